// SPDX-License-Identifier: GPL-3.0-or-later
// The suggested call time learned from past outcomes, and the call list's pricing columns
// (package fee, expected bill, savings, recommended bundle) from the offer catalog.
#include "common/testsupport.h"
#include "core/error.h"
#include "export/calllist.h"
#include "export/calltime.h"
#include "export/tenfixture.h"
#include "offer/package.h"
#include "offer/packagestore.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QTemporaryDir>
#include <QTest>

using namespace cwb;
using namespace cwb::exporting;

namespace {

// Records attempts in the outcomes table as an import would (campaign 1 of the ten fixture).
class Attempts
{
public:
    explicit Attempts(Workspace &workspace) : m_db(workspace.db())
    {
        m_db.exec("INSERT INTO outcome_imports(id, campaign_id, file_name, file_hash, "
                  "imported_at, rows_read, added, unchanged, rejected, dnd_added) VALUES (1, 1, "
                  "'calls.csv', 'h', '2026-12-05', 0, 0, 0, 0, 0)");
    }
    void add(const QString &customer, const QString &at, bool connected)
    {
        Statement insert(m_db, "INSERT INTO outcomes(campaign_id, customer_id, attempt_at, "
                               "connected, outcome, import_id) VALUES (1, ?, ?, ?, ?, 1)");
        insert.bind(1, customer);
        insert.bind(2, at);
        insert.bind(3, connected ? 1 : 0);
        insert.bind(4, connected ? QStringLiteral("refused") : QStringLiteral("not_reached"));
        insert.exec();
    }
    // n attempts of anonymous customers in the hour of `at` (minutes 00, 01, ...), the first
    // `connected` of them connected.
    void addMany(const QString &prefix, const QString &dateHour, int n, int connected)
    {
        Transaction transaction(m_db);
        for (int i = 0; i < n; ++i)
            add(QStringLiteral("%1%2").arg(prefix).arg(i),
                QStringLiteral("%1:%2:00").arg(dateHour).arg(i % 60, 2, 10, QLatin1Char('0')),
                i < connected);
        transaction.commit();
    }

private:
    Database &m_db;
};

Package package(const QString &name, double fee, double localMinutes, int broadbandMbps = 0,
                const QString &eligibility = {})
{
    Package p;
    p.name = name;
    p.monthlyFee = fee;
    p.localMinutes = localMinutes;
    p.broadbandMbps = broadbandMbps;
    p.eligibility = eligibility;
    return p;
}

} // namespace

class TestCallTime : public QObject
{
    Q_OBJECT

private slots:
    void slotsOfAttemptTimes()
    {
        // 2026-11-02 is a Monday, 2026-11-07 a Saturday, 2026-11-08 a Sunday.
        QCOMPARE(callSlot(u"2026-11-02 09:00:00"), CallSlot::WeekdayDaytime);
        QCOMPARE(callSlot(u"2026-11-02 17:59:59"), CallSlot::WeekdayDaytime);
        QCOMPARE(callSlot(u"2026-11-02 18:00:00"), CallSlot::WeekdayEvening);
        QCOMPARE(callSlot(u"2026-11-02T20:59"), CallSlot::WeekdayEvening);
        QCOMPARE(callSlot(u"2026-11-06 19:30:00"), CallSlot::WeekdayEvening); // Friday
        QCOMPARE(callSlot(u"2026-11-07 10:00:00"), CallSlot::WeekendDaytime);
        QCOMPARE(callSlot(u"2026-11-08 18:30:00"), CallSlot::WeekendEvening);
        // Outside 09:00-21:00, without a time, or not a date-time: no slot.
        QVERIFY(!callSlot(u"2026-11-02 08:59:00"));
        QVERIFY(!callSlot(u"2026-11-02 21:00:00"));
        QVERIFY(!callSlot(u"2026-11-02"));
        QVERIFY(!callSlot(u"2026-13-02 10:00:00"));
        QVERIFY(!callSlot(u"2026-11-02 25:00:00"));
        QVERIFY(!callSlot(u"yesterday evening"));
        QVERIFY(!callSlot(u""));
    }

    void defaultWithoutOutcomes()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        const CallTimeAdvice advice = adviseCallTime(*workspace, Language::English);
        QVERIFY(!advice.best);
        QCOMPARE(advice.attempts, qint64(0));
        QCOMPARE(advice.text, defaultCallTime(Language::English));
        QCOMPARE(advice.source, QStringLiteral("default: no call outcomes in the workspace yet"));
        QCOMPARE(advice.rates.size(), kCallSlots);
        for (const SlotConnectRate &r : advice.rates)
            QVERIFY(!r.connect.value); // 0 attempts: undefined, not 0%
    }

    void bestSlotByLowerBound()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        test::splitCampaign(*workspace);
        Attempts attempts(*workspace);
        // Weekday daytime 55/100 = 55.0%, weekday evening 34/60 = 56.7%, weekend evening 40/40
        // (too few to count), 7 calls at 08:30 (outside every slot).
        attempts.addMany(QStringLiteral("d"), QStringLiteral("2026-11-02 10"), 100, 55);
        attempts.addMany(QStringLiteral("e"), QStringLiteral("2026-11-03 19"), 60, 34);
        attempts.addMany(QStringLiteral("w"), QStringLiteral("2026-11-08 19"), 40, 40);
        attempts.addMany(QStringLiteral("o"), QStringLiteral("2026-11-04 08"), 7, 7);

        const CallTimeAdvice advice = adviseCallTime(*workspace, Language::English);
        QCOMPARE(advice.attempts, qint64(200));
        QCOMPARE(advice.outsideSlots, qint64(7));
        QCOMPARE(advice.rates.at(0).connect.numerator, qint64(55));
        QCOMPARE(advice.rates.at(1).connect.denominator, qint64(60));
        QCOMPARE(advice.rates.at(2).connect.denominator, qint64(0));
        QCOMPARE(advice.rates.at(3).connect.numerator, qint64(40));
        // Wilson 95% lower bounds (z = 1.96):
        //  55/100: d = 1.038416, centre = (0.55 + 0.019208)/d = 0.548152,
        //          half = (1.96/d)·sqrt(0.002475 + 0.00009604) = 0.095706 -> 0.4524
        //  34/60:  d = 1.064027, centre = (0.566667 + 0.032013)/d = 0.562648,
        //          half = (1.96/d)·sqrt(0.0040926 + 0.00026678) = 0.121624 -> 0.4410
        // The evening's higher rate rests on fewer calls: daytime wins on the lower bound.
        QVERIFY(std::abs(advice.rates.at(0).connect.ci.low - 0.4524) < 5e-4);
        QVERIFY(std::abs(advice.rates.at(1).connect.ci.low - 0.4410) < 5e-4);
        QCOMPARE(advice.best, CallSlot::WeekdayDaytime);
        QCOMPARE(advice.text, QStringLiteral("weekday daytime 09:00-18:00"));
        QCOMPARE(advice.source, QStringLiteral("connect rate 55.0% over 100 past attempts"));

        // With a lower threshold the 40 weekend evening calls count: 40/40 has the lower bound
        // d = 1.09604, centre = (1 + 0.04802)/d = 0.956187, half = (1.96/d)·sqrt(0 + 3.8416/6400)
        // = 1.788256·0.0245 = 0.043812 -> 0.9124, the best.
        CallTimeOptions loose;
        loose.minAttempts = 40;
        const CallTimeAdvice weekend = adviseCallTime(*workspace, Language::Chinese, loose);
        QVERIFY(std::abs(weekend.rates.at(3).connect.ci.low - 0.9124) < 5e-4);
        QCOMPARE(weekend.best, CallSlot::WeekendEvening);
        QCOMPARE(weekend.text, QStringLiteral("周末晚上 18:00-21:00"));

        // Too few calls in every slot: the default, saying why.
        CallTimeOptions strict;
        strict.minAttempts = 101;
        const CallTimeAdvice none = adviseCallTime(*workspace, Language::English, strict);
        QVERIFY(!none.best);
        QCOMPARE(none.text, defaultCallTime(Language::English));
        QCOMPARE(none.source, QStringLiteral("default: no time slot has 101 past attempts yet"));
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.cwb"));
        {
            auto workspace = Workspace::create(path);
            test::fillTen(*workspace);
            test::splitCampaign(*workspace);
            Attempts attempts(*workspace);
            attempts.addMany(QStringLiteral("e"), QStringLiteral("2026-11-03 19"), 60, 45);
            attempts.addMany(QStringLiteral("s"), QStringLiteral("2026-11-07 12"), 50, 20);
        }
        test::CwbRun run =
            test::runCwb({QStringLiteral("export"), QStringLiteral("calltime"),
                          QStringLiteral("--json"), QStringLiteral("--workspace"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QStringLiteral("attempts")).toInteger(), 110);
        const QJsonArray slotRows = o.value(QStringLiteral("slots")).toArray();
        QCOMPARE(slotRows.size(), 4);
        QCOMPARE(slotRows.at(1).toObject().value(QStringLiteral("connected")).toInteger(), 45);
        QCOMPARE(slotRows.at(2).toObject().value(QStringLiteral("attempts")).toInteger(), 50);
        QVERIFY(slotRows.at(0).toObject().value(QStringLiteral("connect_rate")).isNull());
        QCOMPARE(o.value(QStringLiteral("call_time")).toString(),
                 QStringLiteral("工作日晚上 18:00-21:00"));

        run = test::runCwb({QStringLiteral("export"), QStringLiteral("calltime"),
                            QStringLiteral("--min-attempts"), QStringLiteral("0"),
                            QStringLiteral("--workspace"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("--min-attempts: expected a whole number of at least 1"),
                 run.err.constData());
    }

    void listUsesLearnedAndOwnCallTimes()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        test::splitCampaign(*workspace);
        const QStringList targets = [&] {
            QStringList ids;
            Statement q(workspace->db(), "SELECT customer_id FROM campaign_members WHERE role = "
                                         "'target' ORDER BY customer_id");
            while (q.step())
                ids << q.text(0);
            return ids;
        }();
        QCOMPARE(targets.size(), 8);
        Attempts attempts(*workspace);
        attempts.addMany(QStringLiteral("e"), QStringLiteral("2026-11-03 19"), 60, 45); // 75%
        attempts.addMany(QStringLiteral("d"), QStringLiteral("2026-11-03 11"), 60, 15); // 25%
        // The first target answered on a Saturday morning, later missed a weekday evening
        // call and was reached once at 07:45 (outside the slots): Saturday daytime it is.
        attempts.add(targets.at(0), QStringLiteral("2026-11-07 10:15:00"), true);
        attempts.add(targets.at(0), QStringLiteral("2026-11-10 19:00:00"), false);
        attempts.add(targets.at(0), QStringLiteral("2026-11-11 07:45:00"), true);
        // The second never connected: the learned slot.
        attempts.add(targets.at(1), QStringLiteral("2026-11-07 10:15:00"), false);

        CallListOptions options;
        options.language = Language::English;
        options.columns = {QStringLiteral("customer_id"), QStringLiteral("call_time")};
        const CallListSet set = buildCallLists(*workspace, QStringLiteral("宽带提速"), options);
        QCOMPARE(set.callTime, QStringLiteral("weekday evening 18:00-21:00"));
        // 45 connected of the 60 + 1 weekday evening attempts (the first target's missed call
        // is one of them): 45/61 = 73.8%.
        QCOMPARE(set.callTimeSource, QStringLiteral("connect rate 73.8% over 61 past attempts"));
        QCOMPARE(set.customerCallTimes, qint64(1));
        int own = 0;
        for (const CallListPart &part : set.parts)
            for (const QStringList &row : part.rows) {
                if (row.at(0) == targets.at(0)) {
                    QCOMPARE(row.at(1), QStringLiteral("weekend daytime 09:00-18:00"));
                    ++own;
                } else {
                    QCOMPARE(row.at(1), QStringLiteral("weekday evening 18:00-21:00"));
                }
            }
        QCOMPARE(own, 1);
    }

    void pricingColumnsFromTheCatalog()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        test::splitCampaign(*workspace);
        PackageStore store(*workspace);
        // The cell's offer: 58 yuan with 300 local minutes (0.15 yuan a minute beyond).
        store.add(package(QStringLiteral("LD 200"), 58.0, 300.0));
        // Two bundles: 99 yuan, 300 Mbit/s, 1000 minutes for everyone; 88 yuan, 100 Mbit/s, 200
        // minutes for customers under 800 local minutes.
        store.add(package(QStringLiteral("Family 300M"), 99.0, 1000.0, 300));
        store.add(package(QStringLiteral("Home 100M"), 88.0, 200.0, 100,
                          QStringLiteral("local_minutes_m1 < 800")));

        CallListOptions options;
        options.language = Language::English;
        options.columns = {QStringLiteral("customer_id"), QStringLiteral("price"),
                           QStringLiteral("bill"), QStringLiteral("savings"),
                           QStringLiteral("bundle")};
        const CallListSet set = buildCallLists(*workspace, QStringLiteral("宽带提速"), options);
        QCOMPARE(set.notes, QStringList());
        QCOMPARE(set.numeric, (QList<bool>{false, true, true, true, false}));
        int rows = 0;
        for (const CallListPart &part : set.parts)
            for (const QStringList &row : part.rows) {
                ++rows;
                const int n = row.at(0).mid(1).toInt();
                // Customer cNN used 100·N local minutes last month and none in M2, M3 (missing
                // months count as 0); today's bill is total_fee_m1 = 100 (the only month given).
                // On LD 200: bill = 58 + max(0, 100N - 300) · 0.15 / 3.
                const double bill = 58.0 + std::max(0.0, 100.0 * n - 300.0) * 0.15 / 3.0;
                QCOMPARE(row.at(1), QStringLiteral("58.00"));
                QCOMPARE(row.at(2), QString::number(bill, 'f', 2)); // c05: 68.00, c10: 93.00
                QCOMPARE(row.at(3), QString::number(100.0 - bill, 'f', 2)); // c05: 32.00
                // Home 100M: 88 + max(0, 100N - 200) · 0.15 / 3 -> c02 88, c03 93, c04 98,
                // c05 103 (> 99), eligible up to c07; Family 300M: 99 for everyone.
                const QString bundle =
                    n <= 4 ? QStringLiteral("Home 100M") : QStringLiteral("Family 300M");
                QCOMPARE(row.at(4), bundle);
            }
        QCOMPARE(rows, 8);

        // An offer the catalog lacks: the fee, bill and savings stay empty, with a note.
        store.remove(QStringLiteral("LD 200"));
        const CallListSet missing = buildCallLists(*workspace, QStringLiteral("宽带提速"), options);
        QCOMPARE(missing.notes.size(), 1);
        QVERIFY(missing.notes.at(0).contains(QStringLiteral("'LD 200' is not in the offer")));
        // ... in the list's language.
        options.language = Language::Chinese;
        const CallListSet missingZh =
            buildCallLists(*workspace, QStringLiteral("宽带提速"), options);
        QCOMPARE(missingZh.notes,
                 QStringList{QStringLiteral("单元“all”：其套餐“LD 200”不在套餐目录中，套餐月费、"
                                            "预计账单和节省列留空")});
        options.language = Language::English;
        for (const CallListPart &part : missing.parts)
            for (const QStringList &row : part.rows) {
                QCOMPARE(row.at(1), QString());
                QCOMPARE(row.at(3), QString());
                QVERIFY(!row.at(4).isEmpty()); // the bundles are still recommended
            }
    }
};

QTEST_GUILESS_MAIN(TestCallTime)
#include "tst_calltime.moc"
