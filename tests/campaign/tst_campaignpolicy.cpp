// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of campaign design: the balance table, the contact policy's eligibility steps
// (reachability by channel included), fatigue windows at their edges, and the campaign file's
// checks (the draw and capacity are tst_assignment's). Every expected value is worked out by
// hand in the comments.
#include "campaign/campaign.h"
#include "campaign/contactpolicy.h"
#include "campaign/controlsplit.h"
#include "common/testsupport.h"
#include "core/error.h"

#include <QJsonDocument>
#include <QTest>

using namespace cwb;
using namespace cwb::campaign;

class TestCampaignPolicy : public QObject
{
    Q_OBJECT

private slots:
    void balanceTable()
    {
        // Target 1, 2, 3 (mean 2, sample variance 1); control 2, 4 (mean 3, variance 2);
        // a missing value is left out. d = (2 - 3) / sqrt((1 + 2) / 2) = -1 / 1.224745 = -0.816497.
        const BalanceRow row =
            balanceNumeric(QStringLiteral("fee"), {1, 2, 3, 2, 4, NAN}, {0, 0, 0, 1, 1, 1});
        QCOMPARE(row.targetCount, qint64(3));
        QCOMPARE(row.controlCount, qint64(2));
        CHECK_NEAR(row.target, 2.0, 1e-12);
        CHECK_NEAR(row.control, 3.0, 1e-12);
        CHECK_NEAR(row.standardisedDifference, -0.816497, 1e-6);
        QVERIFY(row.unbalanced);
        // Equal constants: difference 0, balanced.
        const BalanceRow same = balanceNumeric(QStringLiteral("x"), {5, 5, 5}, {0, 1, 0});
        QCOMPARE(same.standardisedDifference, 0.0);
        QVERIFY(!same.unbalanced);
        // Shares: target A A A B (A 0.75), control A B (A 0.5):
        // d = (0.75 - 0.5) / sqrt((0.75 x 0.25 + 0.5 x 0.5) / 2) = 0.25 / sqrt(0.21875)
        //   = 0.25 / 0.467707 = 0.534522.
        const auto rows =
            balanceCategorical(QStringLiteral("brand"),
                               {QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("A"),
                                QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("B")},
                               {0, 0, 0, 0, 1, 1});
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0].level, QStringLiteral("A"));
        CHECK_NEAR(rows[0].target, 0.75, 1e-12);
        CHECK_NEAR(rows[0].control, 0.5, 1e-12);
        CHECK_NEAR(rows[0].standardisedDifference, 0.534522, 1e-6);
        CHECK_NEAR(rows[1].standardisedDifference, -0.534522, 1e-6);
    }

    void fatigueWindowEdges()
    {
        // At most 1 contact in any 30 days; contacted on day 100.
        const std::vector<qint64> once{100};
        QVERIFY(!fatigueAllows(once, 129, 1, 30)); // 29 days later: days 100..129 = 30 days
        QVERIFY(fatigueAllows(once, 130, 1, 30));  // 30 days later: outside the window
        QVERIFY(!fatigueAllows(once, 71, 1, 30));  // a contact planned 29 days before one
        QVERIFY(fatigueAllows(once, 70, 1, 30));
        QVERIFY(!fatigueAllows(once, 100, 1, 30)); // the same day
        // At most 2 in 30 days; contacted on days 100 and 110.
        const std::vector<qint64> twice{100, 110};
        QVERIFY(!fatigueAllows(twice, 125, 2, 30)); // 100, 110, 125 within days 96..125
        QVERIFY(!fatigueAllows(twice, 129, 2, 30)); // 100..129 holds all three
        QVERIFY(fatigueAllows(twice, 130, 2, 30));  // 101..130 holds 110 and 130 only
        // A later contact counts too: 150 and a new one on 125 share days 121..150.
        QVERIFY(!fatigueAllows({150}, 125, 1, 30));
        QVERIFY(fatigueAllows({150}, 120, 1, 30));
        // No rule.
        QVERIFY(fatigueAllows(twice, 105, 0, 30));
    }

    void eligibilitySteps()
    {
        // c1 listed by id, c2 by its second number, c3 graylisted for sms only (cell: call),
        // c4 do-not-disturb, c5 contacted 10 days before (1 in 30 days), c6 30 days before,
        // c7 held by a higher-priority campaign, c8 taken by an earlier cell, c9 clean.
        std::vector<Candidate> candidates;
        for (int i = 1; i <= 9; ++i)
            candidates.push_back({i,
                                  {QStringLiteral("1380000000%1").arg(i),
                                   QStringLiteral("1390000000%1").arg(i), QString()},
                                  double(i)});
        ContactRules rules;
        rules.blacklist = {{1}, {QStringLiteral("13900000002")}};
        rules.graylist[QStringLiteral("sms")] = {{3}, {}};
        rules.doNotDisturb = {{}, {QStringLiteral("13800000004")}};
        rules.history[5] = {990};
        rules.history[6] = {970};
        rules.fatigueMaxContacts = 1;
        rules.fatigueWindowDays = 30;
        rules.claimed = {7};
        QSet<qint64> taken{8};
        const EligibilityResult result =
            applyEligibility(candidates, QStringLiteral("call"), 1000, rules, taken);
        QCOMPARE(result.eligible, (std::vector<char>{0, 0, 1, 0, 0, 1, 0, 0, 1}));
        QCOMPARE(result.removed[size_t(PolicyStep::EarlierCell)], qint64(1));
        QCOMPARE(result.removed[size_t(PolicyStep::Blacklist)], qint64(2));
        QCOMPARE(result.removed[size_t(PolicyStep::Graylist)], qint64(0));
        QCOMPARE(result.removed[size_t(PolicyStep::DoNotDisturb)], qint64(1));
        QCOMPARE(result.removed[size_t(PolicyStep::Fatigue)], qint64(1));
        QCOMPARE(result.removed[size_t(PolicyStep::Priority)], qint64(1));
        QVERIFY(taken.contains(9));
        // Through sms, c3 is graylisted.
        QSet<qint64> none;
        const EligibilityResult sms =
            applyEligibility(candidates, QStringLiteral("sms"), 1000, rules, none);
        QCOMPARE(sms.removed[size_t(PolicyStep::Graylist)], qint64(1));
        QCOMPARE(sms.eligible[2], char(0));
    }

    void reachabilityByChannel()
    {
        QCOMPARE(reachNeeded(QStringLiteral("call")), Reach::AnyPhone);
        QCOMPARE(reachNeeded(QStringLiteral("sms")), Reach::Mobile);
        QCOMPARE(reachNeeded(QStringLiteral("direct_mail")), Reach::Address);
        QCOMPARE(reachNeeded(QStringLiteral("store")), Reach::Anyone);
        QVERIFY(isMobileNumber("13812345678"));
        QVERIFY(isMobileNumber("8613812345678"));
        QVERIFY(!isMobileNumber("12812345678"));  // 12x is not a mobile prefix
        QVERIFY(!isMobileNumber("057188881234")); // a fixed line
        QVERIFY(!isMobileNumber("1381234567"));   // ten digits
        // An unreachable customer is removed before the lists, and not taken from later cells.
        std::vector<Candidate> candidates(2);
        candidates[0].key = 1;
        candidates[1].key = 2;
        candidates[1].reachable = false;
        QSet<qint64> taken;
        const EligibilityResult result =
            applyEligibility(candidates, QStringLiteral("sms"), 1000, ContactRules(), taken);
        QCOMPARE(result.removed[size_t(PolicyStep::Unreachable)], qint64(1));
        QCOMPARE(result.eligible, (std::vector<char>{1, 0}));
        QVERIFY(taken.contains(1) && !taken.contains(2));
        QCOMPARE(policyStepName(PolicyStep::Unreachable), QStringLiteral("unreachable"));
    }

    void campaignFileRoundTripAndErrors()
    {
        Campaign c;
        c.name = QStringLiteral("高值保有");
        c.period = QStringLiteral("2026-12");
        c.seed = 18446744073709551557ULL; // above 2^53: kept exactly as a string
        c.cells.append({QStringLiteral("A"),
                        {},
                        QStringLiteral("total_fee_m1 > 100"),
                        QStringLiteral("Tier 2"),
                        QStringLiteral("call"),
                        0.1,
                        -1});
        Wave w;
        w.name = QStringLiteral("test");
        w.start = QDate(2026, 12, 1);
        w.days = 3;
        w.capacity.insert(QStringLiteral("call"), {4, 60, -1});
        c.waves.append(w);
        const Campaign back = campaignFromJson(toJson(c), QStringLiteral("x"));
        QCOMPARE(back.seed, c.seed);
        QCOMPARE(back.name, c.name);
        QCOMPARE(back.waves.first().capacity.value(QStringLiteral("call")).capacity(3),
                 qint64(720)); // 4 agents x 60 calls x 3 days
        QCOMPARE(QJsonDocument(toJson(back)).toJson(), QJsonDocument(toJson(c)).toJson());

        auto expectError = [](const char *json, const QString &words) {
            try {
                campaignFromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("c.json"));
                QFAIL("expected an error");
            } catch (const Error &error) {
                QVERIFY2(error.message().contains(words), qPrintable(error.message()));
            }
        };
        expectError(R"({"name":"x","cells":[{"name":"a","rule":"1=1","control_share":1.5}]})",
                    QStringLiteral("c.json: cells[0].control_share"));
        expectError(R"({"name":"x","cells":[{"name":"a","rule":"1=1","channel":"fax"}]})",
                    QStringLiteral("unknown channel 'fax'"));
        expectError(R"({"name":"x","cells":[{"name":"a","rule":"1=1","colour":"red"}]})",
                    QStringLiteral("cells[0].colour: unknown key"));
        expectError(R"({"name":"x","cells":[{"name":"a","rule":"1=1"},{"name":"A","rule":"1=1"}]})",
                    QStringLiteral("names two cells"));
        expectError(R"({"name":"x","cells":[]})", QStringLiteral("at least one cell"));
        expectError(R"({"name":"x","start":"2026-12-31","end":"2026-12-01",)"
                    R"("cells":[{"name":"a","rule":"1=1"}]})",
                    QStringLiteral("before it starts"));
        expectError(R"({"name":"x","cells":[{"name":"a"}]})",
                    QStringLiteral("either a segment or a rule"));
    }
};

QTEST_GUILESS_MAIN(TestCampaignPolicy)
#include "tst_campaignpolicy.moc"
