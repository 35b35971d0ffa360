// SPDX-License-Identifier: GPL-3.0-or-later
// Outcomes import and the follow-up extract on the small campaign of outcomesfixture.h: what is
// recorded, every reject with its reason, idempotent re-import, do-not-disturb answers feeding
// the list, and an import that fails changing nothing.
#include "campaign/contactlists.h"
#include "common/testsupport.h"
#include "core/error.h"
#include "core/jobcontrol.h"
#include "evaluate/followup.h"
#include "evaluate/outcomeimporter.h"
#include "outcomesfixture.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

class TestOutcomes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> fresh(const QString &name)
    {
        auto workspace = Workspace::create(m_dir.filePath(name));
        test::fillOutcomesFixture(*workspace);
        return workspace;
    }
    qint64 count(Workspace &w, const char *sql) { return w.db().scalar(sql).toLongLong(); }

private slots:
    void codes()
    {
        QCOMPARE(parseOutcomeCode(u"同意办理"), OutcomeCode::AgreedPaid);
        QCOMPARE(parseOutcomeCode(u"同意试用"), OutcomeCode::AgreedTrial);
        QCOMPARE(parseOutcomeCode(u"考虑"), OutcomeCode::Considering);
        QCOMPARE(parseOutcomeCode(u"拒绝"), OutcomeCode::Refused);
        QCOMPARE(parseOutcomeCode(u"勿扰"), OutcomeCode::DoNotDisturb);
        QCOMPARE(parseOutcomeCode(u"号码错误"), OutcomeCode::WrongNumber);
        QCOMPARE(parseOutcomeCode(u"未接通"), OutcomeCode::NotReached);
        QCOMPARE(parseOutcomeCode(u" Agreed Paid "), OutcomeCode::AgreedPaid);
        QCOMPARE(parseOutcomeCode(u"do-not-disturb"), OutcomeCode::DoNotDisturb);
        QVERIFY(!parseOutcomeCode(u"maybe"));
        QVERIFY(isIntention(OutcomeCode::Considering));
        QVERIFY(!isAgreement(OutcomeCode::Considering));
        QVERIFY(!isIntention(OutcomeCode::Refused));
    }

    void importWithRejects()
    {
        auto w = fresh(QStringLiteral("rejects.cwb"));
        const QString path = m_dir.filePath(QStringLiteral("outcomes.csv"));
        test::writeText(path, test::outcomesCsv());
        OutcomeImportOptions options;
        options.campaign = QStringLiteral("upsell"); // names are case-insensitive
        const OutcomeImportResult r = OutcomeImporter::run(*w, path, options);
        QCOMPARE(r.campaign, QStringLiteral("Upsell"));
        QCOMPARE(r.rowsRead, 16);
        QCOMPARE(r.added, 10); // lines 2-10 and 17
        QCOMPARE(r.rejected, 6);
        QCOMPARE(r.unchanged, 0);
        QCOMPARE(r.dndAdded, 1); // c06
        QCOMPARE(count(*w, "SELECT count(*) FROM outcomes"), 10);
        QCOMPARE(count(*w, "SELECT count(*) FROM outcome_rejects"), 6);
        QCOMPARE(r.rejects.size(), 6);
        const QList<QPair<qint64, QString>> expected = {
            {11, QStringLiteral("control group")},
            {12, QStringLiteral("is not on the lists of campaign 'Upsell'")},
            {13, QStringLiteral("unknown customer id 'c99'")},
            {14, QStringLiteral("outcome agreed_paid needs a conversation, but connected = no")},
            {15, QStringLiteral("completed on 2026-11-05 without an agreement (outcome refused)")},
            {16, QStringLiteral("completed on 2026-11-01, before the attempt on 2026-11-04")}};
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(r.rejects[i].line, expected[i].first);
            QVERIFY2(r.rejects[i].reason.contains(expected[i].second),
                     qPrintable(r.rejects[i].reason));
        }
        QCOMPARE(r.rejects[0].column, QStringLiteral("客户ID"));
        QCOMPARE(r.rejects[3].column, QStringLiteral("是否接通"));
        QCOMPARE(r.rejects[4].column, QStringLiteral("竣工日期"));
        // Stored as read: codes by name, dates ISO, empty outcome with connected = no.
        QCOMPARE(w->db()
                     .scalar("SELECT outcome || '/' || connected || '/' || agent FROM outcomes "
                             "WHERE customer_id = 'c08'")
                     .toString(),
                 QStringLiteral("not_reached/0/A01"));
        QCOMPARE(w->db()
                     .scalar("SELECT attempt_at || '|' || completed_on || '|' || package FROM "
                             "outcomes WHERE customer_id = 'c01'")
                     .toString(),
                 QStringLiteral("2026-11-02 10:00:00|2026-11-05|LD 200"));
        QCOMPARE(w->db()
                     .scalar("SELECT refusal_reason FROM outcomes WHERE customer_id = 'c05' "
                             "AND attempt_at LIKE '2026-11-05%'")
                     .toString(),
                 QStringLiteral("no need"));
        // The do-not-disturb answer is on the list, by customer id.
        campaign::ContactLists lists(*w);
        QCOMPARE(lists.count(campaign::ListKind::DoNotDisturb), 1);
        QCOMPARE(w->db()
                     .scalar("SELECT entry FROM contact_lists WHERE kind = 'do_not_disturb'")
                     .toString(),
                 QStringLiteral("c06"));
    }

    void reimportIsIdempotent()
    {
        auto w = fresh(QStringLiteral("idempotent.cwb"));
        const QString path = m_dir.filePath(QStringLiteral("same.csv"));
        test::writeText(path, test::outcomesCsv());
        OutcomeImportOptions options;
        options.campaign = QStringLiteral("Upsell");
        const OutcomeImportResult first = OutcomeImporter::run(*w, path, options);
        // The very same file: nothing changes, the earlier import is named.
        const OutcomeImportResult again = OutcomeImporter::run(*w, path, options);
        QVERIFY(again.alreadyImported);
        QCOMPARE(again.previousImportId, first.importId);
        QCOMPARE(again.added, 0);
        QCOMPARE(count(*w, "SELECT count(*) FROM outcomes"), 10);
        QCOMPARE(count(*w, "SELECT count(*) FROM outcome_imports"), 1);
        // Another file repeating two attempts, one new attempt, one changed attempt.
        const QString other = m_dir.filePath(QStringLiteral("other.csv"));
        test::writeText(other, "customer_id,attempt_time,connected,outcome,agent\n"
                               "c02,2026-11-02 10:30,yes,agreed_trial,A01\n"
                               "c04,2026-11-02 11:30,yes,refused,A02\n"
                               "c08,2026-11-06 18:00,yes,wrong_number,A01\n"
                               "c06,2026-11-03 10:30,yes,considering,A02\n");
        // c04's first import had a refusal reason, this row has none: a different content.
        const OutcomeImportResult second = OutcomeImporter::run(*w, other, options);
        QCOMPARE(second.rowsRead, 4);
        QCOMPARE(second.unchanged, 1); // c02
        QCOMPARE(second.added, 1);     // c08's second attempt
        QCOMPARE(second.rejected, 2);  // c04 (reason differs) and c06 (answer differs)
        QVERIFY2(second.rejects[0].reason.contains(QStringLiteral("another content (import 1, "
                                                                  "line 6)")),
                 qPrintable(second.rejects[0].reason));
        QCOMPARE(count(*w, "SELECT count(*) FROM outcomes"), 11);
        QCOMPARE(count(*w, "SELECT count(*) FROM contact_lists"), 1);
    }

    void failureChangesNothing()
    {
        auto w = fresh(QStringLiteral("failure.cwb"));
        const QString path = m_dir.filePath(QStringLiteral("nooutcome.csv"));
        test::writeText(path, "customer_id,attempt_time,connected\nc01,2026-11-02 10:00,yes\n");
        OutcomeImportOptions options;
        options.campaign = QStringLiteral("Upsell");
        try {
            OutcomeImporter::run(*w, path, options);
            QFAIL("a file without an outcome column was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("no column for outcome")),
                     qPrintable(e.message()));
        }
        options.campaign = QStringLiteral("Nope");
        test::writeText(path, test::outcomesCsv());
        QVERIFY_THROWS_EXCEPTION(Error, OutcomeImporter::run(*w, path, options));
        QCOMPARE(count(*w, "SELECT count(*) FROM outcomes"), 0);
        QCOMPARE(count(*w, "SELECT count(*) FROM outcome_imports"), 0);
        QCOMPARE(count(*w, "SELECT count(*) FROM contact_lists"), 0);
    }

    void cancelRollsBack()
    {
        auto w = fresh(QStringLiteral("cancel.cwb"));
        const QString path = m_dir.filePath(QStringLiteral("many.csv"));
        QByteArray text("customer_id,attempt_time,connected,outcome\n");
        for (int i = 0; i < 3000; ++i)
            text += QStringLiteral("c0%1,2026-11-02 %2:%3,no,not_reached\n")
                        .arg(1 + i % 8)
                        .arg(10 + i / 60 % 10)
                        .arg(i % 60, 2, 10, QLatin1Char('0'))
                        .toUtf8();
        test::writeText(path, text);
        JobControl job;
        job.requestCancel();
        OutcomeImportOptions options;
        options.campaign = QStringLiteral("Upsell");
        QVERIFY_THROWS_EXCEPTION(Cancelled, OutcomeImporter::run(*w, path, options, &job));
        QCOMPARE(count(*w, "SELECT count(*) FROM outcomes"), 0);
        QCOMPARE(count(*w, "SELECT count(*) FROM outcome_imports"), 0);
    }

    void followupImport()
    {
        auto w = fresh(QStringLiteral("followup.cwb"));
        const QString path = m_dir.filePath(QStringLiteral("followup.csv"));
        test::writeText(path, test::followupCsv() + "c01,LD 200,1\n,basic,1\n");
        const FollowupImportResult r = Followup::import(*w, path);
        QCOMPARE(r.rowsRead, 13);
        QCOMPARE(r.imported, 11);
        QCOMPARE(r.rejected, 2);
        QVERIFY2(r.rejects[0].contains(QStringLiteral("line 13: customer id 'c01' repeated (first "
                                                      "on line 2)")),
                 qPrintable(r.rejects[0]));
        QVERIFY2(r.rejects[1].contains(QStringLiteral("line 14")), qPrintable(r.rejects[1]));
        const QList<RuleField> fields = Followup::fields(w->db());
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields[0].name, QStringLiteral("customer_id"));
        QCOMPARE(fields[1].name, QStringLiteral("package"));
        QCOMPARE(fields[1].type, ColumnType::Text);
        QCOMPARE(fields[2].name, QStringLiteral("total_fee_m1")); // 总费用_M1 by the catalog
        QVERIFY(isNumeric(fields[2].type));
        QCOMPARE(w->db()
                     .scalar("SELECT total_fee_m1 FROM followup WHERE customer_id = 'c07'")
                     .toDouble(),
                 100.0);
        // A second import replaces the first.
        test::writeText(path, "customer_id,arpu\nc01,12.5\n");
        Followup::import(*w, path);
        QCOMPARE(w->db().scalar("SELECT count(*) FROM followup").toLongLong(), 1);
        QCOMPARE(Followup::fields(w->db()).size(), 2);
        test::writeText(path, "package,fee\nx,1\n");
        QVERIFY_THROWS_EXCEPTION(Error, Followup::import(*w, path));
        QCOMPARE(w->db().scalar("SELECT count(*) FROM followup").toLongLong(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutcomes)
#include "tst_outcomes.moc"
