// SPDX-License-Identifier: GPL-3.0-or-later
// The daily battle report and the weekly summary on the small campaign of
// tests/evaluate/outcomesfixture.h (targets c01..c08, controls c09..c12, one cell "all"), every
// figure computed by hand below from the ten recorded attempts:
//   2026-11-02  c01 connected agreed_paid A01 (completed 11-05), c02 connected agreed_trial A01,
//               c03 not reached A01, c04 connected refused "price too high" A02
//   2026-11-03  c03 connected considering A02, c05 connected refused "price too high" A02,
//               c06 connected do_not_disturb A02, c07 connected agreed_paid A01 (completed 11-04),
//               c08 not reached A01
//   2026-11-05  c05 connected refused "no need" A02
// Also: the day rows agree with the evaluation's Day breakdown, the zero-count edges, the chart
// ticks, the xlsx read back and the PDF page counts.
#include "common/testsupport.h"
#include "core/error.h"
#include "evaluate/campaignevaluator.h"
#include "evaluate/followup.h"
#include "evaluate/outcomeimporter.h"
#include "evaluate/outcomesfixture.h"
#include "evaluate/report.h"
#include "export/reportcharts.h"
#include "export/reportwriter.h"
#include "import/xlsxreader.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;
using exporting::Language;

namespace {

void checkCounts(const FunnelRow &row, qint64 called, qint64 connected, qint64 intentions,
                 qint64 agreements, qint64 completed)
{
    QCOMPARE(row.counts.called, called);
    QCOMPARE(row.counts.connected, connected);
    QCOMPARE(row.counts.intentions, intentions);
    QCOMPARE(row.counts.agreements, agreements);
    QCOMPARE(row.counts.completed, completed);
}

bool hasNote(const QList<ReportNote> &notes, ReportNote::Kind kind)
{
    return std::any_of(notes.begin(), notes.end(),
                       [&](const ReportNote &n) { return n.kind == kind; });
}

// The rows of one sheet as strings.
QList<QStringList> readSheet(const QString &path, const QString &sheet)
{
    XlsxReader reader(path, sheet);
    QList<QStringList> rows;
    Record record;
    while (reader.next(record)) {
        QStringList row;
        for (std::string_view f : record.fields)
            row << QString::fromUtf8(f.data(), qsizetype(f.size()));
        rows << row;
    }
    return rows;
}

const QStringList *rowStarting(const QList<QStringList> &rows, const QString &first)
{
    for (const QStringList &r : rows)
        if (!r.isEmpty() && r.first() == first)
            return &r;
    return nullptr;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_w;     // fixture + outcomes + follow-up
    std::unique_ptr<Workspace> m_empty; // fixture, no outcomes

    DailyReport daily(QDate date)
    {
        DailyReportOptions o;
        o.campaign = QStringLiteral("Upsell");
        o.date = date;
        o.generatedAt = QDateTime(QDate(2026, 11, 6), QTime(8, 0));
        return buildDailyReport(*m_w, o);
    }
    WeeklyReport weekly(QDate start, bool conversion)
    {
        WeeklyReportOptions o;
        o.campaign = QStringLiteral("Upsell");
        o.weekStart = start;
        o.generatedAt = QDateTime(QDate(2026, 11, 9), QTime(8, 0));
        if (conversion)
            o.conversionRule = QStringLiteral("package = \"LD 200\"");
        else
            o.conversionByOffer = false; // no target vs control at all
        o.bootstrapResamples = 200;
        return buildWeeklyReport(*m_w, o);
    }

private slots:
    void initTestCase()
    {
        m_w = Workspace::create(m_dir.filePath(QStringLiteral("report.cwb")));
        test::fillOutcomesFixture(*m_w);
        test::importOutcomesAndFollowup(*m_w, m_dir);

        m_empty = Workspace::create(m_dir.filePath(QStringLiteral("empty.cwb")));
        test::fillOutcomesFixture(*m_empty);
    }

    void dailyFigures()
    {
        const DailyReport r = daily(QDate(2026, 11, 3));
        QCOMPARE(r.campaign, QStringLiteral("Upsell"));
        QCOMPARE(r.previousDate, QDate(2026, 11, 2));
        QCOMPARE(r.targets, 8);
        QCOMPARE(r.controls, 4);
        // 11-03: called c03 c05 c06 c07 c08 = 5; connected all but c08 = 4; intentions c03
        // (considering), c07 (paid) = 2; agreements c07 = 1; completed c07 = 1.
        checkCounts(r.day, 5, 4, 2, 1, 1);
        // 11-02: called c01..c04 = 4; connected c01 c02 c04 = 3; intentions = agreements c01 c02
        // = 2; completed c01 = 1.
        checkCounts(r.previous, 4, 3, 2, 2, 1);
        // Up to 11-03: called c01..c08 = 8; connected all but c08 = 7; intentions c01 c02 c03 c07
        // = 4; agreements c01 c02 c07 = 3; completed c01 c07 = 2.
        checkCounts(r.cumulative, 8, 7, 4, 3, 2);
        // Rates: connect 4/5 = 0.8, intention 2/4 = 0.5, completion 1/2, success 1/4.
        CHECK_NEAR(*r.day.kpis.connect.value, 0.8, 1e-12);
        CHECK_NEAR(*r.day.kpis.intention.value, 0.5, 1e-12);
        CHECK_NEAR(*r.day.kpis.completion.value, 0.5, 1e-12);
        CHECK_NEAR(*r.day.kpis.success.value, 0.25, 1e-12);
        // Wilson 95% for 4/5: z = 1.959964, z^2 = 3.841459, d = 1 + z^2/5 = 1.768292,
        // centre = (0.8 + z^2/10) / d = 1.184146 / 1.768292 = 0.669653,
        // half = z sqrt(0.8*0.2/5 + z^2/100) / d = 1.959964 * 0.265358 / 1.768292 = 0.294118:
        // [0.375535, 0.963771].
        CHECK_NEAR(r.day.kpis.connect.ci.low, 0.375535, 1e-6);
        CHECK_NEAR(r.day.kpis.connect.ci.high, 0.963776, 1e-5);
        // Deltas 11-03 - 11-02: counts +1 +1 0 -1 0; connect 0.8 - 0.75 = 0.05; intention
        // 0.5 - 2/3 = -1/6; success 0.25 - 1/3 = -1/12.
        QCOMPARE(r.delta.called, 1);
        QCOMPARE(r.delta.connected, 1);
        QCOMPARE(r.delta.intentions, 0);
        QCOMPARE(r.delta.agreements, -1);
        QCOMPARE(r.delta.completed, 0);
        CHECK_NEAR(*r.delta.connectRate, 0.05, 1e-12);
        CHECK_NEAR(*r.delta.intentionRate, -1.0 / 6.0, 1e-12);
        CHECK_NEAR(*r.delta.successRate, -1.0 / 12.0, 1e-12);
        // Coverage up to the day 8/8; nobody left to call.
        CHECK_NEAR(*r.cumulative.coverage.value, 1.0, 1e-12);
        QCOMPARE(r.notYetCalled, 0);
        QVERIFY(hasNote(r.notes, ReportNote::Kind::AllTargetsCalled));
        // Agents of the day: A01 c07 (paid, completed) c08 (not reached): 2 1 1 1 1;
        // A02 c03 (considering) c05 (refused) c06 (dnd): 3 3 1 0 0. A01 first (1 agreement).
        QCOMPARE(r.agents.size(), 2);
        QCOMPARE(r.agents.at(0).key, QStringLiteral("A01"));
        checkCounts(r.agents.at(0), 2, 1, 1, 1, 1);
        QCOMPARE(r.agents.at(1).key, QStringLiteral("A02"));
        checkCounts(r.agents.at(1), 3, 3, 1, 0, 0);
        QVERIFY(r.agents.at(0).smallSample && r.agents.at(1).smallSample); // < 30 connected
        QVERIFY(hasNote(r.notes, ReportNote::Kind::SmallSampleAgents));
        // The one cell: the day's figures, 8 targets, coverage so far 8/8.
        QCOMPARE(r.cells.size(), 1);
        QCOMPARE(r.cells.at(0).row.key, QStringLiteral("all"));
        QCOMPARE(r.cells.at(0).row.counts.targets, 8);
        checkCounts(r.cells.at(0).row, 5, 4, 2, 1, 1);
        QCOMPARE(r.cells.at(0).notYetCalled, 0);
        // Refusals of the day: c05 "price too high" only; c06's do-not-disturb is its first.
        QCOMPARE(r.refusals, 1);
        QCOMPARE(r.reasons.size(), 1);
        QCOMPARE(r.reasons.at(0).reason, QStringLiteral("price too high"));
        CHECK_NEAR(r.reasons.at(0).cumulativeShare, 1.0, 1e-12);
        QCOMPARE(r.doNotDisturb, 1);
        // Connect rate 0.75 -> 0.8 with overlapping intervals.
        const auto change = std::find_if(r.notes.begin(), r.notes.end(), [](const ReportNote &n) {
            return n.kind == ReportNote::Kind::RateChange &&
                   n.args.at(0).toString() == QLatin1String("connect");
        });
        QVERIFY(change != r.notes.end());
        CHECK_NEAR(change->args.at(1).toDouble(), 0.75, 1e-12);
        CHECK_NEAR(change->args.at(2).toDouble(), 0.8, 1e-12);
        QVERIFY(change->args.at(3).toBool());
        QVERIFY(reportNoteText(*change, Language::English)
                    .contains(QLatin1String("rose from 75.0% to 80.0%")));
        QVERIFY(reportNoteText(*change, Language::Chinese)
                    .contains(QStringLiteral("接通率由 75.0% 升至 80.0%")));
    }

    void firstDayAndRemainingWork()
    {
        const DailyReport r = daily(QDate(2026, 11, 2));
        checkCounts(r.day, 4, 3, 2, 2, 1);
        checkCounts(r.previous, 0, 0, 0, 0, 0);
        // The day before has no calls: its rates and the rate deltas are undefined, not 0.
        QVERIFY(!r.previous.kpis.connect.value);
        QVERIFY(!r.delta.connectRate && !r.delta.successRate);
        QCOMPARE(r.delta.called, 4);
        // c05..c08 not called by the end of 11-02: 8 - 4 = 4; coverage 4/8.
        QCOMPARE(r.notYetCalled, 4);
        QCOMPARE(r.cells.at(0).notYetCalled, 4);
        CHECK_NEAR(*r.cumulative.coverage.value, 0.5, 1e-12);
        QCOMPARE(r.doNotDisturb, 0);
        QVERIFY(hasNote(r.notes, ReportNote::Kind::RemainingTargets));
        QVERIFY(!hasNote(r.notes, ReportNote::Kind::RateChange));
        // Agents: A01 c01 c02 c03: 3 2 2 2 1 (success 1/2); A02 c04: 1 1 0 0 0.
        QCOMPARE(r.agents.at(0).key, QStringLiteral("A01"));
        checkCounts(r.agents.at(0), 3, 2, 2, 2, 1);
        CHECK_NEAR(*r.agents.at(0).kpis.success.value, 0.5, 1e-12);
    }

    void dayWithoutCalls()
    {
        // 11-04: no attempt. A report of zeros, the cumulative figures of 11-03 and a note.
        const DailyReport r = daily(QDate(2026, 11, 4));
        checkCounts(r.day, 0, 0, 0, 0, 0);
        QVERIFY(!r.day.kpis.connect.value && !r.day.kpis.intention.value &&
                !r.day.kpis.completion.value && !r.day.kpis.success.value);
        QCOMPARE(r.day.kpis.connect.ci.low, 0.0); // n = 0: the whole range
        QCOMPARE(r.day.kpis.connect.ci.high, 1.0);
        checkCounts(r.cumulative, 8, 7, 4, 3, 2);
        QVERIFY(r.agents.isEmpty());
        QCOMPARE(r.refusals, 0);
        QVERIFY(r.reasons.isEmpty());
        QVERIFY(hasNote(r.notes, ReportNote::Kind::NoCalls));
        // Every count down from 11-03's 5 4 2 1 1; rate deltas undefined.
        QCOMPARE(r.delta.called, -5);
        QCOMPARE(r.delta.completed, -1);
        QVERIFY(!r.delta.connectRate);
    }

    void defaultDateIsTheLastDayWithOutcomes()
    {
        const DailyReport r = daily(QDate());
        QCOMPARE(r.date, QDate(2026, 11, 5));
        // 11-05: c05 connected, refused "no need": 1 1 0 0 0; c06's do-not-disturb was on 11-03.
        checkCounts(r.day, 1, 1, 0, 0, 0);
        QCOMPARE(r.reasons.size(), 1);
        QCOMPARE(r.reasons.at(0).reason, QStringLiteral("no need"));
        QCOMPARE(r.doNotDisturb, 0);
        QCOMPARE(*lastOutcomeDate(*m_w, QStringLiteral("upsell")), QDate(2026, 11, 5));
    }

    void topReasonsAndOther()
    {
        QTemporaryDir dir;
        auto w = Workspace::create(dir.filePath(QStringLiteral("reasons.cwb")));
        test::fillOutcomesFixture(*w);
        const QString csv = dir.filePath(QStringLiteral("refusals.csv"));
        test::writeText(csv, QByteArray("客户ID,外呼时间,是否接通,外呼结果,坐席,拒绝原因\n"
                                        "c01,2026-11-02 10:00,是,拒绝,A01,price\n"
                                        "c02,2026-11-02 10:10,是,拒绝,A01,price\n"
                                        "c03,2026-11-02 10:20,是,拒绝,A01,coverage\n"
                                        "c04,2026-11-02 10:30,是,拒绝,A01,contract\n"
                                        "c05,2026-11-02 10:40,是,拒绝,A01,\n"));
        OutcomeImportOptions io;
        io.campaign = QStringLiteral("Upsell");
        QCOMPARE(OutcomeImporter::run(*w, csv, io).added, 5);
        DailyReportOptions o;
        o.campaign = QStringLiteral("Upsell");
        o.topReasons = 2;
        const DailyReport r = buildDailyReport(*w, o);
        // 5 refusals: price 2, then 1 each for "(no reason given)", contract, coverage (ties in
        // name order). Top 2: price 2/5 = 0.4 (cumulative 0.4), "(no reason given)" 1/5
        // (cumulative 0.6); the other two folded: "(other)" 2/5, cumulative 1.
        QCOMPARE(r.refusals, 5);
        QCOMPARE(r.reasons.size(), 3);
        QCOMPARE(r.reasons.at(0).reason, QStringLiteral("price"));
        CHECK_NEAR(r.reasons.at(0).share, 0.4, 1e-12);
        QCOMPARE(r.reasons.at(1).reason, QStringLiteral("(no reason given)"));
        CHECK_NEAR(r.reasons.at(1).cumulativeShare, 0.6, 1e-12);
        QCOMPARE(r.reasons.at(2).reason, QStringLiteral("(other)"));
        QCOMPARE(r.reasons.at(2).count, 2);
        CHECK_NEAR(r.reasons.at(2).share, 0.4, 1e-12);
        CHECK_NEAR(r.reasons.at(2).cumulativeShare, 1.0, 1e-12);
        // Intention rate 0 / 5 is defined (0), success 0 / 5 too: zero numerators are not
        // undefined rates.
        CHECK_NEAR(*r.day.kpis.intention.value, 0.0, 1e-12);
        QVERIFY(!r.day.kpis.completion.value); // 0 intentions: completion undefined
    }

    void dayRowsAgreeWithTheEvaluation()
    {
        CampaignEvaluationOptions o;
        o.campaign = QStringLiteral("Upsell");
        o.by = EvaluationBreakdown::Day;
        const CampaignEvaluation e = CampaignEvaluator::evaluate(*m_w, o);
        QCOMPARE(e.rows.size(), 3); // 11-02, 11-03, 11-05
        for (const FunnelRow &row : e.rows) {
            const DailyReport r = daily(QDate::fromString(row.key, Qt::ISODate));
            QCOMPARE(r.day.counts.called, row.counts.called);
            QCOMPARE(r.day.counts.connected, row.counts.connected);
            QCOMPARE(r.day.counts.intentions, row.counts.intentions);
            QCOMPARE(r.day.counts.agreements, row.counts.agreements);
            QCOMPARE(r.day.counts.completed, row.counts.completed);
        }
    }

    void weeklyFigures()
    {
        const WeeklyReport w = weekly(QDate(2026, 11, 2), true);
        QCOMPARE(w.weekEnd, QDate(2026, 11, 8));
        QCOMPARE(w.days.size(), 7);
        QCOMPARE(w.days.at(0).key, QStringLiteral("2026-11-02"));
        checkCounts(w.days.at(0), 4, 3, 2, 2, 1);
        checkCounts(w.days.at(1), 5, 4, 2, 1, 1);
        checkCounts(w.days.at(2), 0, 0, 0, 0, 0);
        checkCounts(w.days.at(3), 1, 1, 0, 0, 0);
        for (int i = 4; i < 7; ++i)
            checkCounts(w.days.at(i), 0, 0, 0, 0, 0);
        // The week: every attempt, customers once: 8 7 4 3 2 (c03 and c05 were called on two
        // days, so the days add up to 4 + 5 + 1 = 10 called).
        checkCounts(w.week, 8, 7, 4, 3, 2);
        checkCounts(w.previousWeek, 0, 0, 0, 0, 0);
        QCOMPARE(w.delta.called, 8);
        QVERIFY(!w.delta.connectRate);
        // Agents of the week: A01 c01 c02 c03 c07 c08: called 5, connected c01 c02 c07 = 3,
        // intentions = agreements = 3, completed c01 c07 = 2; A02 c03 c04 c05 c06: called 4,
        // connected 4, intentions c03 = 1, agreements 0, completed 0.
        QCOMPARE(w.agents.size(), 2);
        QCOMPARE(w.agents.at(0).key, QStringLiteral("A01"));
        checkCounts(w.agents.at(0), 5, 3, 3, 3, 2);
        checkCounts(w.agents.at(1), 4, 4, 1, 0, 0);
        // Pareto: "price too high" c04 + c05 = 2, "no need" 1; shares 2/3, 1/3; cumulative
        // 2/3, 1.
        QCOMPARE(w.refusals, 3);
        QCOMPARE(w.reasons.size(), 2);
        QCOMPARE(w.reasons.at(0).reason, QStringLiteral("price too high"));
        CHECK_NEAR(w.reasons.at(0).share, 2.0 / 3.0, 1e-12);
        CHECK_NEAR(w.reasons.at(1).cumulativeShare, 1.0, 1e-12);
        QCOMPARE(w.doNotDisturb, 1);
        QCOMPARE(w.notYetCalled, 0);
        // Conversion (package = "LD 200" in the follow-up): targets c01 c02 c07 of the 7 present
        // (c08 absent) = 3/7, controls c09 of 4 = 1/4: uplift 3/7 - 1/4 = 0.178571.
        QCOMPARE(w.conversion.size(), 1);
        CHECK_NEAR(*w.conversion.at(0).comparison.upliftAbs, 3.0 / 7.0 - 0.25, 1e-12);
        QVERIFY(w.arpu.has_value());
        QVERIFY(!w.roi);
        // The evaluation's cautions about the follow-up, phrased in the report's language: c08
        // is missing from it, and 7 targets / 4 controls are fewer than 30.
        QList<ReportNote> evaluation;
        for (const ReportNote &n : w.notes)
            if (n.kind == ReportNote::Kind::Evaluation)
                evaluation << n;
        QCOMPARE(evaluation.size(), 2);
        // Without a rule each cell's offer counts (the one cell offers "LD 200": the same 3/7).
        WeeklyReportOptions byOffer;
        byOffer.campaign = QStringLiteral("Upsell");
        byOffer.weekStart = QDate(2026, 11, 2);
        byOffer.bootstrapResamples = 0;
        const WeeklyReport offers = buildWeeklyReport(*m_w, byOffer);
        QVERIFY(offers.conversionByOffer);
        QCOMPARE(offers.conversion.size(), 1);
        QCOMPARE(offers.conversion.at(0).offer, QStringLiteral("LD 200"));
        QCOMPARE(offers.conversion.at(0).comparison.targetSuccesses, 3);
        QCOMPARE(evaluation.at(0).args, (QVariantList{int(EvaluationNote::Kind::MissingInFollowup),
                                                      qint64(1), qint64(0)}));
        QCOMPARE(reportNoteText(evaluation.at(0), exporting::Language::Chinese),
                 QStringLiteral("1 名目标客户和 0 名对照客户不在回访数据中，未计入转化。"));
        QCOMPARE(reportNoteText(evaluation.at(1), exporting::Language::English),
                 QStringLiteral("fewer than 30 customers in the target or control group: the "
                                "uplift is very uncertain."));
    }

    void weekAfterComparesWithTheWeekBefore()
    {
        const WeeklyReport w = weekly(QDate(2026, 11, 9), false);
        checkCounts(w.week, 0, 0, 0, 0, 0);
        checkCounts(w.previousWeek, 8, 7, 4, 3, 2);
        checkCounts(w.cumulative, 8, 7, 4, 3, 2);
        QCOMPARE(w.delta.called, -8);
        QVERIFY(hasNote(w.notes, ReportNote::Kind::NoCalls));
        QVERIFY(w.conversion.isEmpty());
    }

    void edges()
    {
        DailyReportOptions d;
        d.campaign = QStringLiteral("Nope");
        d.date = QDate(2026, 11, 3);
        QVERIFY_THROWS_EXCEPTION(Error, buildDailyReport(*m_w, d));
        // No outcomes at all: without a date it is an error naming the way out ...
        d.campaign = QStringLiteral("Upsell");
        d.date = QDate();
        try {
            buildDailyReport(*m_empty, d);
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("--date")), qPrintable(e.message()));
        }
        // ... with a date a report of zeros: all 8 targets still to call.
        d.date = QDate(2026, 11, 3);
        const DailyReport r = buildDailyReport(*m_empty, d);
        checkCounts(r.day, 0, 0, 0, 0, 0);
        checkCounts(r.cumulative, 0, 0, 0, 0, 0);
        QCOMPARE(r.notYetCalled, 8);
        QCOMPARE(*r.cumulative.coverage.value, 0.0);
        QVERIFY(hasNote(r.notes, ReportNote::Kind::NoOutcomesYet));
        QVERIFY(!lastOutcomeDate(*m_empty, QStringLiteral("Upsell")));
        WeeklyReportOptions w;
        w.campaign = QStringLiteral("Upsell");
        QVERIFY_THROWS_EXCEPTION(Error, buildWeeklyReport(*m_w, w)); // no week start
        w.weekStart = QDate(2026, 11, 2);
        w.plan = simulate::SimulationPlan{};
        QVERIFY_THROWS_EXCEPTION(Error, buildWeeklyReport(*m_w, w)); // a plan without a rule
    }

    void delta()
    {
        FunnelRow a, b;
        a.counts.called = 10;
        a.counts.connected = 6;
        a.kpis = stats::funnelKpis(10, 6, 3, 1);
        b.counts.called = 4;
        b.counts.connected = 4;
        b.kpis = stats::funnelKpis(4, 4, 0, 0);
        const FunnelDelta d = funnelDelta(a, b);
        QCOMPARE(d.called, 6);
        QCOMPARE(d.connected, 2);
        CHECK_NEAR(*d.connectRate, 0.6 - 1.0, 1e-12);   // 6/10 - 4/4
        CHECK_NEAR(*d.intentionRate, 0.5 - 0.0, 1e-12); // 3/6 - 0/4
        b.kpis = stats::funnelKpis(0, 0, 0, 0);
        QVERIFY(!funnelDelta(a, b).connectRate);
    }

    void ticks()
    {
        // 7 / 5 = 1.4 -> step 2: 0 2 4 6 8.
        QCOMPARE(exporting::niceTicks(7), (QList<double>{0, 2, 4, 6, 8}));
        // 0.46 / 5 = 0.092 -> step 0.1: 0 .. 0.5.
        const QList<double> t = exporting::niceTicks(0.46);
        QCOMPARE(t.size(), 6);
        CHECK_NEAR(t.last(), 0.5, 1e-12);
        // 1000 / 5 = 200 -> step 200: 0 .. 1000 (the maximum is a tick itself).
        QCOMPARE(exporting::niceTicks(1000).last(), 1000.0);
        QCOMPARE(exporting::niceTicks(1000).size(), 6);
        QCOMPARE(exporting::niceTicks(0), (QList<double>{0, 1}));
    }

    void xlsxReadsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("day.xlsx"));
        exporting::writeDailyReportXlsx(daily(QDate(2026, 11, 3)), path, Language::English);
        QCOMPARE(XlsxReader::sheetNames(path), exporting::dailyReportSheets(Language::English));
        const QList<QStringList> summary = readSheet(path, QStringLiteral("Summary"));
        const QStringList *today = rowStarting(summary, QStringLiteral("Today"));
        QVERIFY(today);
        // Period, Called, Connected, Intentions, Agreements, Completed, Connect rate ...
        QCOMPARE(today->mid(1, 6),
                 (QStringList{QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("2"),
                              QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0.8")}));
        const QStringList *cumulative = rowStarting(summary, QStringLiteral("Cumulative"));
        QVERIFY(cumulative);
        QCOMPARE(cumulative->at(1), QStringLiteral("8"));
        const QList<QStringList> agents = readSheet(path, QStringLiteral("Agents"));
        QCOMPARE(agents.at(0).at(0), QStringLiteral("Agent"));
        QCOMPARE(agents.at(1).at(0), QStringLiteral("A01"));
        const QList<QStringList> refusals = readSheet(path, QStringLiteral("Refusals"));
        QCOMPARE(refusals.at(1).mid(0, 2),
                 (QStringList{QStringLiteral("price too high"), QStringLiteral("1")}));

        const QString zh = m_dir.filePath(QStringLiteral("week.xlsx"));
        const WeeklyReport w = weekly(QDate(2026, 11, 2), true);
        exporting::writeWeeklyReportXlsx(w, zh, Language::Chinese);
        const QStringList sheets = XlsxReader::sheetNames(zh);
        QCOMPARE(sheets, exporting::weeklyReportSheets(w, Language::Chinese));
        QVERIFY(sheets.contains(QStringLiteral("对照")));
        const QList<QStringList> days = readSheet(zh, QStringLiteral("每日"));
        QCOMPARE(days.size(), 8); // header + 7 days
        QCOMPARE(days.at(2).mid(0, 2),
                 (QStringList{QStringLiteral("2026-11-03"), QStringLiteral("5")}));
        // An undefined rate is an empty cell, never 0: 11-04 has no calls.
        QCOMPARE(days.at(3).at(6), QString());
        const QList<QStringList> control = readSheet(zh, QStringLiteral("对照"));
        // Scope, target n 7, converted 3, rate, control n 4, converted 1.
        QCOMPARE(control.at(1).mid(0, 3),
                 (QStringList{QStringLiteral("all"), QStringLiteral("7"), QStringLiteral("3")}));
        QCOMPARE(control.at(1).mid(4, 2), (QStringList{QStringLiteral("4"), QStringLiteral("1")}));
    }

    void pdfPages()
    {
        // Daily: the funnel page and the agents/cells/refusals page.
        const QString en = m_dir.filePath(QStringLiteral("day-en.pdf"));
        QCOMPARE(exporting::writeDailyReportPdf(daily(QDate(2026, 11, 3)), en, Language::English),
                 2);
        const QString zh = m_dir.filePath(QStringLiteral("day-zh.pdf"));
        QCOMPARE(exporting::writeDailyReportPdf(daily(QDate(2026, 11, 4)), zh, Language::Chinese),
                 2);
        // Weekly with a conversion rule: series, tables, target vs control.
        const QString week = m_dir.filePath(QStringLiteral("week.pdf"));
        QCOMPARE(exporting::writeWeeklyReportPdf(weekly(QDate(2026, 11, 2), true), week,
                                                 Language::Chinese),
                 3);
        const QString plain = m_dir.filePath(QStringLiteral("week-plain.pdf"));
        QCOMPARE(exporting::writeWeeklyReportPdf(weekly(QDate(2026, 11, 9), false), plain,
                                                 Language::English),
                 2);
        for (const QString &path : {en, zh, week, plain}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.read(5) == "%PDF-");
        }
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
