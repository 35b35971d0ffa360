// SPDX-License-Identifier: GPL-3.0-or-later
// Monte Carlo, tornado and scenario comparison of models/simulate.
#include "core/error.h"
#include "core/jobcontrol.h"
#include "simulate/montecarlo.h"

#include <QTest>

#include <cmath>

using namespace cwb::simulate;

class TestSimMonteCarlo : public QObject
{
    Q_OBJECT

private:
    static bool near(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }

    // One cell whose only uncertain input is the connect rate c ~ uniform(0.5, 0.7):
    // 1000 customers, intention 0.2, completion 0.5, no baseline, uplift 10 yuan x 12 months,
    // 2 yuan per contact, fixed 5000. net(c) = 1000 c 0.2 0.5 120 - 2000 - 5000 = 12000 c - 7000;
    // cost = 7000 in every draw.
    static SimulationPlan linearPlan(int draws)
    {
        PlanCell cell;
        cell.name = QStringLiteral("linear");
        cell.customers = 1000;
        cell.rate(RateSlot::Connect) = UncertainRate::uniform(0.5, 0.7);
        cell.rate(RateSlot::Intention) = UncertainRate::point(0.2);
        cell.rate(RateSlot::Completion) = UncertainRate::point(0.5);
        cell.rate(RateSlot::ControlConversion) = UncertainRate::point(0.0);
        cell.monthlyRevenueUplift = 10;
        cell.costPerContact = 2;
        cell.fixedCost = 5000;
        SimulationPlan plan;
        plan.draws = draws;
        plan.seed = 11;
        plan.cells.push_back(cell);
        return plan;
    }

    // A plan with every kind of rate in two cells.
    static SimulationPlan mixedPlan()
    {
        SimulationPlan plan = linearPlan(20000);
        PlanCell &a = plan.cells[0];
        a.controlShare = 0.1;
        a.rate(RateSlot::Intention) = UncertainRate::evidence(395, 1579);
        a.rate(RateSlot::Completion) = UncertainRate::evidence(172, 395);
        a.rate(RateSlot::ControlConversion) = UncertainRate::triangular(0.01, 0.02, 0.05);
        PlanCell b = a;
        b.name = QStringLiteral("second");
        b.channel = Channel::DoorToDoor;
        b.costPerContact = 40;
        b.monthlyRevenueUplift = 60;
        plan.cells.push_back(b);
        return plan;
    }

private slots:
    void pointRatesGiveTheExpectedFunnelInEveryDraw()
    {
        SimulationPlan plan = linearPlan(1000);
        plan.cells[0].rate(RateSlot::Connect) = UncertainRate::point(0.6);
        const SimulationResult r = runSimulation(plan);
        // net(0.6) = 12000 x 0.6 - 7000 = 200; roi = 200 / 7000.
        QVERIFY(near(r.cells[0].expected.net, 200, 1e-9));
        QVERIFY(near(r.total.net.mean, 200, 1e-9));
        QVERIFY(near(r.total.net.p5, 200, 1e-9));
        QVERIFY(near(r.total.net.p95, 200, 1e-9));
        QCOMPARE(r.total.net.probPositive, 1.0);
        QVERIFY(near(r.total.roi.p50, 200.0 / 7000.0, 1e-12));
        QVERIFY(r.tornado.empty());
    }

    void linearNetHasHandComputedPercentiles()
    {
        // c uniform on 0.5..0.7, net = 12000 c - 7000:
        //   mean = 12000 x 0.6 - 7000 = 200; P5 at c = 0.51 -> -880; P50 at 0.60 -> 200;
        //   P95 at 0.69 -> 1280; P(net > 0) = P(c > 7/12) = (0.7 - 0.583333) / 0.2 = 0.583333;
        //   roi = net / 7000: P50 = 0.028571.
        // 100,000 draws: standard error of P5 about 2 yuan, of the probability 0.0016.
        const SimulationResult r = runSimulation(linearPlan(100000));
        const Summary &net = r.cells[0].net;
        QVERIFY2(near(net.mean, 200, 5), qPrintable(QString::number(net.mean)));
        QVERIFY2(near(net.p5, -880, 10), qPrintable(QString::number(net.p5)));
        QVERIFY2(near(net.p50, 200, 10), qPrintable(QString::number(net.p50)));
        QVERIFY2(near(net.p95, 1280, 10), qPrintable(QString::number(net.p95)));
        QVERIFY(near(net.probPositive, 0.583333, 0.006));
        QVERIFY(near(r.cells[0].roi.p50, 200.0 / 7000.0, 10.0 / 7000.0));
        QVERIFY(near(r.cells[0].roi.probPositive, net.probPositive, 1e-12));
        // One cell: the total is the cell.
        QCOMPARE(r.total.net.p5, net.p5);
        QCOMPARE(r.total.expected.net, r.cells[0].expected.net);
        // The ROI histogram spans the draws: roi from (6000-7000)/7000 to (8400-7000)/7000.
        const Histogram &h = r.total.roiHistogram;
        QCOMPARE(h.counts.size(), size_t(40));
        qint64 sum = 0;
        for (qint64 c : h.counts)
            sum += c;
        QCOMPARE(sum, qint64(100000));
        QVERIFY(h.edges.front() >= -1000.0 / 7000.0 && h.edges.front() < -990.0 / 7000.0);
        QVERIFY(h.edges.back() <= 1400.0 / 7000.0 && h.edges.back() > 1390.0 / 7000.0);
    }

    void tornadoByHand()
    {
        // P10 of c = 0.52 -> net 12000 x 0.52 - 7000 = -760; P90 = 0.68 -> 1160.
        const std::vector<TornadoBar> bars = tornado(linearPlan(10));
        QCOMPARE(bars.size(), size_t(1));
        QCOMPARE(bars[0].input, QStringLiteral("connect_rate"));
        QVERIFY(near(bars[0].lowValue, 0.52, 1e-12));
        QVERIFY(near(bars[0].highValue, 0.68, 1e-12));
        QVERIFY(near(bars[0].netAtLow, -760, 1e-9));
        QVERIFY(near(bars[0].netAtHigh, 1160, 1e-9));
    }

    void tornadoIsSortedBySwing()
    {
        const SimulationResult r = runSimulation(mixedPlan());
        QCOMPARE(r.tornado.size(), size_t(8)); // 4 uncertain rates x 2 cells
        for (size_t i = 1; i < r.tornado.size(); ++i)
            QVERIFY(r.tornado[i - 1].swing() >= r.tornado[i].swing());
        // The control conversion works against net: its P90 lowers net.
        for (const TornadoBar &bar : r.tornado) {
            if (bar.input == QStringLiteral("control_conversion_rate"))
                QVERIFY(bar.netAtHigh < bar.netAtLow);
            else
                QVERIFY(bar.netAtHigh > bar.netAtLow);
        }
    }

    void meanNetMatchesTheExpectedFunnel()
    {
        // Net is linear in each rate and the rates are independent, so E[net] = net at the
        // means; the Monte Carlo mean must agree within its standard error (a few yuan).
        SimulationPlan plan = mixedPlan();
        plan.draws = 100000;
        const SimulationResult r = runSimulation(plan);
        for (size_t c = 0; c < r.cells.size(); ++c) {
            const double expected = r.cells[c].expected.net;
            const double spread = r.cells[c].net.p95 - r.cells[c].net.p5;
            QVERIFY2(near(r.cells[c].net.mean, expected, spread * 0.01),
                     qPrintable(QStringLiteral("%1 vs %2").arg(r.cells[c].net.mean).arg(expected)));
        }
        QVERIFY(near(r.total.net.mean, r.total.expected.net,
                     (r.total.net.p95 - r.total.net.p5) * 0.01));
    }

    void reproducibleFromTheSeed()
    {
        const SimulationPlan plan = mixedPlan();
        const SimulationResult a = runSimulation(plan);
        const SimulationResult b = runSimulation(plan);
        QVERIFY(a.totalNetDraws == b.totalNetDraws);
        QCOMPARE(a.total.net.p5, b.total.net.p5);
        QCOMPARE(a.total.roi.p95, b.total.roi.p95);
        SimulationPlan other = plan;
        other.seed = 12;
        const SimulationResult c = runSimulation(other);
        QVERIFY(a.totalNetDraws != c.totalNetDraws);
        // The first draws do not depend on how many draws follow.
        SimulationPlan shorter = plan;
        shorter.draws = 5000;
        const SimulationResult d = runSimulation(shorter);
        QVERIFY(
            std::equal(d.totalNetDraws.begin(), d.totalNetDraws.end(), a.totalNetDraws.begin()));
        // Streams are keyed by cell name and rate: different names, different streams.
        QVERIFY(streamSeed(1, QStringLiteral("a"), RateSlot::Connect) !=
                streamSeed(1, QStringLiteral("b"), RateSlot::Connect));
        QVERIFY(streamSeed(1, QStringLiteral("a"), RateSlot::Connect) !=
                streamSeed(1, QStringLiteral("a"), RateSlot::Intention));
        QVERIFY(streamSeed(1, QStringLiteral("a"), RateSlot::Connect) !=
                streamSeed(2, QStringLiteral("a"), RateSlot::Connect));
    }

    void scenariosUseCommonRandomNumbers()
    {
        // B = A with 1000 yuan more fixed cost: with common random numbers every draw of the
        // difference is exactly -1000, so P(diff > 0) = 0.
        const SimulationPlan a = mixedPlan();
        SimulationPlan b = a;
        b.cells[0].fixedCost += 1000;
        b.seed = 999; // ignored: b runs with a's seed and draws
        const ScenarioComparison cmp = compareScenarios(a, b);
        QVERIFY(near(cmp.netDifference.mean, -1000, 1e-6));
        QVERIFY(near(cmp.netDifference.p5, -1000, 1e-6));
        QVERIFY(near(cmp.netDifference.p95, -1000, 1e-6));
        QCOMPARE(cmp.netDifference.probPositive, 0.0);
        QCOMPARE(cmp.b.seed, a.seed);
        // Adding a profitable cell: the difference is that cell's net, positive in most draws.
        SimulationPlan c = a;
        PlanCell extra = a.cells[0];
        extra.name = QStringLiteral("extra");
        extra.fixedCost = 0;
        c.cells.push_back(extra);
        const ScenarioComparison more = compareScenarios(a, c);
        QVERIFY(near(more.netDifference.mean, more.b.cells[2].net.mean, 1e-6));
        QVERIFY(more.netDifference.probPositive > 0.9);
    }

    void powerAndWarnings()
    {
        SimulationPlan plan = mixedPlan();
        plan.draws = 1000;
        const SimulationResult r = runSimulation(plan);
        // Cell 0: 900 target, 100 control; expected conversion 0.6 x (396/1581) x (173/397)
        // = 0.065490; baseline (0.01 + 0.02 + 0.05) / 3 = 0.026667.
        const PowerAnalysis &p = r.cells[0].power;
        QVERIFY(near(p.baselineRate, 0.08 / 3.0, 1e-12));
        QVERIFY(near(p.expectedRate, 0.6 * (396.0 / 1581.0) * (173.0 / 397.0), 1e-12));
        QVERIFY(p.mde);
        QVERIFY(p.requiredPerGroup);
        QVERIFY(*p.requiredPerGroup > 0);
        // The total pools the two cells: 1800 target, 200 control.
        QCOMPARE(r.total.expected.target, 1800.0);
        QCOMPARE(r.total.expected.control, 200.0);
        QVERIFY(p.controlTooSmall == (*p.mde > p.expectedUplift));
        bool warned = false;
        for (const QString &w : r.warnings)
            warned = warned || (w.contains(QStringLiteral("too small")) &&
                                w.contains(QStringLiteral("linear")));
        QCOMPARE(warned, p.controlTooSmall);
        // The size it asks for is the one of the plan's own split (10% control: k = 1/9).
        QVERIFY(near(p.controlRatio, 100.0 / 900.0, 1e-15));
        if (p.controlTooSmall)
            QVERIFY(r.warnings.join(QLatin1Char('\n'))
                        .contains(QStringLiteral("control share of 10.0% about %1 targets and %2 "
                                                 "controls are needed")
                                      .arg(*p.requiredTarget)
                                      .arg(*p.requiredControl)));
        // No control group at all: a warning says the uplift cannot be measured.
        const SimulationResult noControl = runSimulation(linearPlan(100));
        QVERIFY(noControl.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("no control")));
    }

    void cancelStopsTheRun()
    {
        cwb::JobControl job;
        job.requestCancel();
        QVERIFY_THROWS_EXCEPTION(cwb::Cancelled, runSimulation(mixedPlan(), &job));
        cwb::JobControl progress;
        qint64 last = 0;
        progress.onProgress = [&](const cwb::Progress &p) { last = p.items; };
        runSimulation(mixedPlan(), &progress);
        QCOMPARE(last, qint64(20000));
    }

    void roiUndefinedWhenCostCanBeZero()
    {
        SimulationPlan plan = linearPlan(1000);
        plan.cells[0].costPerContact = 0;
        plan.cells[0].fixedCost = 0;
        const SimulationResult r = runSimulation(plan);
        QVERIFY(!r.cells[0].roi.valid);
        QVERIFY(r.cells[0].net.valid);
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("ROI is undefined")));
    }
};

QTEST_GUILESS_MAIN(TestSimMonteCarlo)
#include "tst_simmontecarlo.moc"
