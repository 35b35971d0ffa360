// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic call outcomes and follow-up extract (models/demo/outcomegenerator): reproducible
// from the seed, imported with no reject (or exactly the planted ones), funnel rates near the
// configured ones, controls never called, the evening connecting best, a real uplift in the
// follow-up extract.
#include "campaign/campaignplanner.h"
#include "campaign/campaignstore.h"
#include "common/testsupport.h"
#include "core/error.h"
#include "demo/extractgenerator.h"
#include "demo/outcomegenerator.h"
#include "evaluate/campaignevaluator.h"
#include "evaluate/followup.h"
#include "evaluate/outcomeimporter.h"
#include "import/importer.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cwb;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// |observed - expected| within four standard errors of a share of n.
void checkRate(const char *what, qint64 successes, qint64 n, double expected)
{
    QVERIFY2(n > 0, what);
    const double observed = double(successes) / double(n);
    const double tolerance = 4.0 * std::sqrt(expected * (1.0 - expected) / double(n));
    QVERIFY2(std::abs(observed - expected) <= tolerance,
             qPrintable(QStringLiteral("%1: %2/%3 = %4, expected %5 +- %6")
                            .arg(QLatin1String(what))
                            .arg(successes)
                            .arg(n)
                            .arg(observed)
                            .arg(expected)
                            .arg(tolerance)));
}

} // namespace

class TestOutcomeGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    const QString m_campaign = QStringLiteral("demo outcomes");

    QString path(const QString &name) const { return m_dir.filePath(name); }
    OutcomeGenerationOptions options(quint64 seed = 7) const
    {
        OutcomeGenerationOptions o;
        o.campaign = m_campaign;
        o.seed = seed;
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ExtractOptions extract;
        extract.rows = 12000;
        extract.seed = 5;
        extract.defectRate = 0.0;
        writeExtract(path(QStringLiteral("extract.csv")), extract);
        m_ws = Workspace::openOrCreate(path(QStringLiteral("w.cwb")));
        const ImportResult imported =
            Importer::run(*m_ws, path(QStringLiteral("extract.csv")), ImportOptions{});
        QCOMPARE(imported.imported, qint64(12000));

        campaign::Campaign c;
        c.name = m_campaign;
        c.period = QStringLiteral("2026-12");
        c.start = QDate(2026, 12, 7);
        c.seed = 11;
        c.cells.append({QStringLiteral("call"),
                        {},
                        QStringLiteral("total_fee_m1 >= 80"),
                        QStringLiteral("LD 200"),
                        QStringLiteral("call"),
                        0.2,
                        -1});
        c.cells.append({QStringLiteral("sms"),
                        {},
                        QStringLiteral("total_fee_m1 < 80"),
                        QStringLiteral("LD 100"),
                        QStringLiteral("sms"),
                        0.2,
                        -1});
        campaign::Wave test;
        test.name = QStringLiteral("test");
        test.start = QDate(2026, 12, 7); // a Monday; 12-13 are a weekend
        test.days = 7;
        test.capacity.insert(QStringLiteral("call"), {4, 60, -1}); // 4 x 60 x 7 = 1,680
        campaign::Wave rollout = test;
        rollout.name = QStringLiteral("rollout");
        rollout.start = QDate(2026, 12, 14);
        rollout.days = 10;
        rollout.capacity.insert(QStringLiteral("call"), {8, 60, -1});
        c.waves = {test, rollout};
        campaign::CampaignStore(*m_ws).create(c);
        campaign::CampaignPlanner(*m_ws).split(m_campaign, nullptr, QDate(2026, 12, 1));
        // A campaign never split, for the error test.
        campaign::Campaign unsplit = c;
        unsplit.name = QStringLiteral("never split");
        unsplit.priority = -1;
        campaign::CampaignStore(*m_ws).create(unsplit);
    }

    // baseConnectChance by hand.
    void baseChance()
    {
        OutcomeRates r;
        // One slot factor, always 3 attempts, no wrong numbers: 1 - (1 - q)^3 = 0.875 gives
        // (1 - q)^3 = 0.125, 1 - q = 0.5, q = 0.5.
        r.slotFactor = {1.0, 1.0, 1.0};
        r.maxAttempts = {0.0, 0.0, 1.0};
        r.wrongNumber = 0.0;
        r.connect = 0.875;
        CHECK_NEAR(baseConnectChance(r), 0.5, 1e-9);
        // One attempt, 20% wrong numbers: the reachable 80% must connect at 0.6 / 0.8 = 0.75.
        r.maxAttempts = {1.0, 0.0, 0.0};
        r.wrongNumber = 0.2;
        r.connect = 0.6;
        CHECK_NEAR(baseConnectChance(r), 0.75, 1e-9);
        // Evening twice as good: mean chance = b (3 x 1 + 6 x 1 + 3 x 2) / 12 = 1.25 b;
        // one attempt, connect 0.5 -> b = 0.5 / 1.25 = 0.4.
        r.slotFactor = {1.0, 1.0, 2.0};
        r.wrongNumber = 0.0;
        r.connect = 0.5;
        CHECK_NEAR(baseConnectChance(r), 0.4, 1e-9);
        // Out of reach: one attempt at factor 1 cannot connect more than 100% of 80%.
        r.slotFactor = {1.0, 1.0, 1.0};
        r.wrongNumber = 0.2;
        r.connect = 0.9;
        QVERIFY_THROWS_EXCEPTION(Error, baseConnectChance(r));
    }

    void reproducible()
    {
        const OutcomeGenerationResult a =
            writeOutcomes(*m_ws, path(QStringLiteral("a.csv")), options());
        const OutcomeGenerationResult b =
            writeOutcomes(*m_ws, path(QStringLiteral("b.csv")), options());
        QCOMPARE(fileHash(path(QStringLiteral("a.csv"))), fileHash(path(QStringLiteral("b.csv"))));
        QCOMPARE(a.rows, b.rows);
        writeOutcomes(*m_ws, path(QStringLiteral("c.csv")), options(8));
        QVERIFY(fileHash(path(QStringLiteral("a.csv"))) != fileHash(path(QStringLiteral("c.csv"))));
        writeFollowup(*m_ws, path(QStringLiteral("fa.csv")), options());
        writeFollowup(*m_ws, path(QStringLiteral("fb.csv")), options());
        QCOMPARE(fileHash(path(QStringLiteral("fa.csv"))),
                 fileHash(path(QStringLiteral("fb.csv"))));
        // The header the importer reads, in Chinese by default.
        QFile file(path(QStringLiteral("a.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readLine()).trimmed(),
                 QStringLiteral("客户ID,外呼时间,是否接通,外呼结果,坐席工号,竣工日期,办理套餐,"
                                "拒绝原因"));
    }

    void errors()
    {
        OutcomeGenerationOptions o = options();
        o.campaign = QStringLiteral("no such campaign");
        QVERIFY_THROWS_EXCEPTION(Error, writeOutcomes(*m_ws, path(QStringLiteral("x.csv")), o));
        o.campaign = QStringLiteral("never split");
        QVERIFY_THROWS_EXCEPTION(Error, writeOutcomes(*m_ws, path(QStringLiteral("x.csv")), o));
        o = options();
        o.rates.completion = 0.9; // above the agreements' share 0.55
        QVERIFY_THROWS_EXCEPTION(Error, writeOutcomes(*m_ws, path(QStringLiteral("x.csv")), o));
        o = options();
        o.badRows = 1.5;
        QVERIFY_THROWS_EXCEPTION(Error, writeOutcomes(*m_ws, path(QStringLiteral("x.csv")), o));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.csv"))));
    }

    // Imported with no reject; the evaluation counts exactly what the generator counted, and
    // the rates land near the configured ones.
    void importAndFunnel()
    {
        const QString file = path(QStringLiteral("outcomes.csv"));
        const OutcomeGenerationResult g = writeOutcomes(*m_ws, file, options());
        QVERIFY(g.callTargets > 2500);
        QCOMPARE(g.badRowsTotal(), qint64(0));
        QCOMPARE(g.rows, g.attempts);
        OutcomeImportOptions io;
        io.campaign = m_campaign;
        const OutcomeImportResult imported = OutcomeImporter::run(*m_ws, file, io);
        QCOMPARE(imported.rejected, qint64(0));
        QCOMPARE(imported.rowsRead, g.rows);
        QCOMPARE(imported.added, g.attempts);
        QCOMPARE(imported.dndAdded, g.doNotDisturb);

        CampaignEvaluationOptions eo;
        eo.campaign = m_campaign;
        eo.bootstrapResamples = 0;
        const CampaignEvaluation e = CampaignEvaluator::evaluate(*m_ws, eo);
        const FunnelCounts &n = e.total.counts;
        QCOMPARE(e.attempts, g.attempts);
        QCOMPARE(n.called, g.called);
        QCOMPARE(n.connected, g.connected);
        QCOMPARE(n.intentions, g.intentions);
        QCOMPARE(n.agreements, g.agreements);
        QCOMPARE(n.completed, g.completed);
        QCOMPARE(n.packageMatch, g.packageMatch);
        QCOMPARE(n.packageKnown, g.completed);

        const OutcomeRates r;
        checkRate("coverage", g.called, g.callTargets, r.coverage);
        checkRate("connect", g.connected, g.called, r.connect);
        checkRate("intention", g.intentions, g.connected, r.intention);
        checkRate("completion", g.completed, g.intentions, r.completion);
        checkRate("package match", g.packageMatch, g.completed, r.packageMatch);
        checkRate("wrong number", g.wrongNumbers, g.called, r.wrongNumber);
        checkRate("do not disturb", g.doNotDisturb, g.connected, r.doNotDisturb);
        // 1-3 attempts a called customer.
        QVERIFY(g.attempts >= g.called && g.attempts <= 3 * g.called);
        QVERIFY(g.agents >= 4 && g.agents <= 8);

        Database &db = m_ws->db();
        // Controls (and customers of the sms cell) never get an attempt.
        QCOMPARE(db.scalar("SELECT count(*) FROM outcomes o JOIN campaign_members m ON "
                           "m.campaign_id = o.campaign_id AND m.customer_id = o.customer_id "
                           "WHERE m.role <> 'target' OR m.cell <> 'call'")
                     .toLongLong(),
                 qint64(0));
        // Attempts fall on weekdays of the customer's wave, 9:00-20:59.
        QCOMPARE(db.scalar("SELECT count(*) FROM outcomes WHERE strftime('%w', attempt_at) IN "
                           "('0', '6') OR CAST(substr(attempt_at, 12, 2) AS INTEGER) NOT "
                           "BETWEEN 9 AND 20")
                     .toLongLong(),
                 qint64(0));
        QCOMPARE(db.scalar("SELECT count(*) FROM outcomes o JOIN campaign_members m ON "
                           "m.campaign_id = o.campaign_id AND m.customer_id = o.customer_id "
                           "WHERE (m.wave = 1 AND date(o.attempt_at) NOT BETWEEN '2026-12-07' "
                           "AND '2026-12-13') OR (m.wave = 2 AND date(o.attempt_at) NOT "
                           "BETWEEN '2026-12-14' AND '2026-12-23')")
                     .toLongLong(),
                 qint64(0));
        // Completions 1-6 days after the attempt.
        QCOMPARE(db.scalar("SELECT count(*) FROM outcomes WHERE completed_on IS NOT NULL AND "
                           "julianday(completed_on) - julianday(date(attempt_at)) NOT BETWEEN "
                           "1 AND 6")
                     .toLongLong(),
                 qint64(0));
        // Per attempt, the evening (18-21) connects better than the day (factor 1.8 vs 1 and
        // 0.8): compare the rates.
        auto slotRate = [&](const char *where) {
            return db
                .scalar(QStringLiteral("SELECT avg(connected) FROM outcomes WHERE outcome <> "
                                       "'wrong_number' AND %1")
                            .arg(QLatin1String(where))
                            .toUtf8()
                            .toStdString())
                .toDouble();
        };
        const double morning = slotRate("CAST(substr(attempt_at, 12, 2) AS INTEGER) < 12");
        const double evening = slotRate("CAST(substr(attempt_at, 12, 2) AS INTEGER) >= 18");
        QVERIFY2(evening > 1.4 * morning,
                 qPrintable(QStringLiteral("evening %1, morning %2").arg(evening).arg(morning)));
        // Refusal reasons from the list, price first.
        QVERIFY(!e.reasons.isEmpty());
        QCOMPARE(e.reasons.first().reason, QStringLiteral("价格太高"));
    }

    // The planted bad rows are exactly the rejects; the good rows of the same attempts count
    // as already recorded.
    void badRows()
    {
        OutcomeGenerationOptions o = options();
        o.badRows = 0.03;
        const QString file = path(QStringLiteral("outcomes-bad.csv"));
        const OutcomeGenerationResult g = writeOutcomes(*m_ws, file, o);
        QVERIFY(g.badUnknownId > 0 && g.badSequence > 0 && g.badCompletion > 0);
        QCOMPARE(g.rows, g.attempts + g.badRowsTotal());
        OutcomeImportOptions io;
        io.campaign = m_campaign;
        const OutcomeImportResult imported = OutcomeImporter::run(*m_ws, file, io);
        QCOMPARE(imported.rejected, g.badRowsTotal());
        QCOMPARE(imported.unchanged, g.attempts); // imported by importAndFunnel
        QCOMPARE(imported.added, qint64(0));
        QCOMPARE(m_ws->db()
                     .scalar("SELECT count(*) FROM outcome_rejects WHERE import_id = ? AND "
                             "reason LIKE 'unknown customer id%'",
                             {imported.importId})
                     .toLongLong(),
                 g.badUnknownId);
        QCOMPARE(m_ws->db()
                     .scalar("SELECT count(*) FROM outcome_rejects WHERE import_id = ? AND "
                             "reason LIKE '%needs a conversation%'",
                             {imported.importId})
                     .toLongLong(),
                 g.badSequence);
    }

    // The follow-up extract: every member, a clear uplift for the call cell's targets.
    void followup()
    {
        const QString file = path(QStringLiteral("followup.csv"));
        const FollowupGenerationResult g = writeFollowup(*m_ws, file, options());
        const qint64 members =
            m_ws->db().scalar("SELECT count(*) FROM campaign_members").toLongLong();
        QCOMPARE(g.rows, members);
        QCOMPARE(g.targets + g.controls, members);
        const FollowupImportResult imported = Followup::import(*m_ws, file);
        QCOMPARE(imported.rejected, qint64(0));
        QCOMPARE(imported.imported, members);

        CampaignEvaluationOptions eo;
        eo.campaign = m_campaign;
        eo.conversionRule = QStringLiteral("package = \"LD 200\" OR package = \"LD 100\"");
        eo.bootstrapResamples = 0;
        const CampaignEvaluation e = CampaignEvaluator::evaluate(*m_ws, eo);
        QCOMPARE(e.conversion.size(), 3); // all, call, sms
        const ConversionEvaluation &call = e.conversion[1];
        QCOMPARE(call.key, QStringLiteral("call"));
        // Call targets convert when they completed (~0.95 x 0.6078 x 0.2502 x 0.4354 = 6.3%) or
        // by themselves (2%); controls only by themselves.
        const auto &cmp = call.comparison;
        QVERIFY(cmp.targetRate && cmp.controlRate);
        checkRate("control conversion", cmp.controlSuccesses, cmp.controlN, 0.02);
        checkRate("call target conversion", cmp.targetSuccesses, cmp.targetN,
                  0.95 * 0.6078 * 0.2502 * 0.4354 + 0.02 * (1 - 0.95 * 0.6078 * 0.2502 * 0.4354));
        QVERIFY2(cmp.pValue < 0.01, qPrintable(QString::number(cmp.pValue)));
        // The ARPU change: everyone +0.5, converts +30 on top.
        QVERIFY(e.arpu && e.arpu->welch.diff);
        QVERIFY(*e.arpu->welch.diff > 0.5);
        QVERIFY(e.arpu->welch.pValue && *e.arpu->welch.pValue < 0.05);
    }
};

QTEST_GUILESS_MAIN(TestOutcomeGenerator)
#include "tst_outcomegenerator.moc"
