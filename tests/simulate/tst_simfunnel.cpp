// SPDX-License-Identifier: GPL-3.0-or-later
// The deterministic funnel of models/simulate against hand-computed values.
#include "simulate/funnelmodel.h"
#include "simulate/montecarlo.h"
#include "simulate/simulatedefaults.h"

#include <QTest>

#include <cmath>

using namespace cwb::simulate;

class TestSimFunnel : public QObject
{
    Q_OBJECT

private:
    static bool near(double a, double b, double tolerance = 1e-9)
    {
        return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
    }

    // customers 1000, control 20%, connect 0.5, intention 0.2, completion 0.5, control
    // conversion 0.01, uplift 20 yuan/month over 12 months, discount 5 yuan x 6 months,
    // 2 yuan per contact, 10 yuan per success, fixed 1000 yuan.
    static PlanCell roundCell()
    {
        PlanCell cell;
        cell.name = QStringLiteral("round");
        cell.customers = 1000;
        cell.controlShare = 0.2;
        cell.rate(RateSlot::Connect) = UncertainRate::point(0.5);
        cell.rate(RateSlot::Intention) = UncertainRate::point(0.2);
        cell.rate(RateSlot::Completion) = UncertainRate::point(0.5);
        cell.rate(RateSlot::ControlConversion) = UncertainRate::point(0.01);
        cell.monthlyRevenueUplift = 20;
        cell.discountPerMonth = 5;
        cell.discountMonths = 6;
        cell.costPerContact = 2;
        cell.costPerSuccess = 10;
        cell.fixedCost = 1000;
        return cell;
    }

    // customers 500, no control, connect 0.4, intention 0.25, completion 0.5, control 0,
    // uplift 10 yuan/month, 1 yuan per contact, nothing else.
    static PlanCell smsCell()
    {
        PlanCell cell;
        cell.name = QStringLiteral("sms");
        cell.customers = 500;
        cell.channel = Channel::Sms;
        cell.rate(RateSlot::Connect) = UncertainRate::point(0.4);
        cell.rate(RateSlot::Intention) = UncertainRate::point(0.25);
        cell.rate(RateSlot::Completion) = UncertainRate::point(0.5);
        cell.rate(RateSlot::ControlConversion) = UncertainRate::point(0.0);
        cell.monthlyRevenueUplift = 10;
        cell.costPerContact = 1;
        return cell;
    }

private slots:
    void pilotFunnelWithDomainDefaults()
    {
        // The pilot of shared/DOMAIN.md: 2,598 customers, no control, default rates.
        // connected = 2598 x 0.60 = 1558.8; intentions = 1558.8 x 0.2502 = 390.01176;
        // completions = 390.01176 x 0.4354 = 169.81112 (the pilot reported ~1,559 / 395 / 172).
        PlanCell cell;
        cell.name = QStringLiteral("pilot");
        cell.customers = 2598;
        const FunnelFigures f = expectedFunnel(cell, 12);
        QVERIFY(near(f.target, 2598));
        QVERIFY(near(f.control, 0));
        QVERIFY(near(f.connected, 1558.8));
        QVERIFY(near(f.intentions, 390.01176));
        QVERIFY(near(f.completions, 169.81112030));
        QCOMPARE(std::lround(f.connected), 1559L);
        QCOMPARE(std::lround(f.intentions), 390L);
        QCOMPARE(std::lround(f.completions), 170L);
    }

    void fullCellByHand()
    {
        // target = 1000 x 0.8 = 800; control = 200; connected = 400; intentions = 80;
        // completions = 40; baseline = 800 x 0.01 = 8; incremental = 32;
        // revenue = 32 x 20 x 12 = 7680; cost = 800 x 2 + 40 x (10 + 5 x 6) + 1000 = 4200;
        // net = 3480; roi = 3480 / 4200 = 0.828571...;
        // break-even i = (800 x 0.01 x 240 + 800 x 2 + 1000) / (800 x 0.5 x 0.5 x (240 - 40))
        //             = 4520 / 40000 = 0.113.
        const FunnelFigures f = expectedFunnel(roundCell(), 12);
        QVERIFY(near(f.target, 800));
        QVERIFY(near(f.control, 200));
        QVERIFY(near(f.connected, 400));
        QVERIFY(near(f.intentions, 80));
        QVERIFY(near(f.completions, 40));
        QVERIFY(near(f.baseline, 8));
        QVERIFY(near(f.incrementalCompletions, 32));
        QVERIFY(near(f.revenue, 7680));
        QVERIFY(near(f.cost, 4200));
        QVERIFY(near(f.net, 3480));
        QVERIFY(near(f.roi, 3480.0 / 4200.0));
        QVERIFY(near(f.breakEvenIntentionRate, 0.113));
    }

    void breakEvenRateGivesZeroNet()
    {
        // At i = 0.113: completions = 800 x 0.5 x 0.113 x 0.5 = 22.6; revenue = (22.6 - 8) x
        // 240 = 3504; cost = 1600 + 22.6 x 40 + 1000 = 3504; net = 0.
        PlanCell cell = roundCell();
        cell.rate(RateSlot::Intention) = UncertainRate::point(0.113);
        const FunnelFigures f = expectedFunnel(cell, 12);
        QVERIFY(near(f.completions, 22.6));
        QVERIFY(std::abs(f.net) < 1e-9);
    }

    void noBreakEvenWhenCompletionsLoseMoney()
    {
        // uplift 2 yuan x 12 = 24 < cost per completion 10 + 5 x 6 = 40: slope < 0, no rate.
        PlanCell cell = roundCell();
        cell.monthlyRevenueUplift = 2;
        QVERIFY(std::isnan(expectedFunnel(cell, 12).breakEvenIntentionRate));
    }

    void totalsOverCells()
    {
        // sms cell: target 500, connected 200, intentions 50, completions 25, revenue
        // 25 x 10 x 12 = 3000, cost 500, net 2500. Totals with the round cell: net 3480 + 2500
        // = 5980, cost 4200 + 500 = 4700, roi = 5980 / 4700 = 1.272340...; completions 65.
        // Break-even of the plan: offsets 4520 + 500 = 5020, slopes 40000 + 500 x 0.4 x 0.5 x
        // 120 = 52000 -> 5020 / 52000 = 0.0965384615.
        const PlanCell a = roundCell();
        const PlanCell b = smsCell();
        const std::vector<FunnelFigures> cells{expectedFunnel(a, 12), expectedFunnel(b, 12)};
        QVERIFY(near(cells[1].net, 2500));
        QVERIFY(near(cells[1].breakEvenIntentionRate, 500.0 / 12000.0));
        const FunnelFigures t =
            totalFunnel(cells, {netLine(a, meanRates(a), 12), netLine(b, meanRates(b), 12)});
        QVERIFY(near(t.customers, 1500));
        QVERIFY(near(t.target, 1300));
        QVERIFY(near(t.control, 200));
        QVERIFY(near(t.completions, 65));
        QVERIFY(near(t.incrementalCompletions, 57));
        QVERIFY(near(t.revenue, 10680));
        QVERIFY(near(t.cost, 4700));
        QVERIFY(near(t.net, 5980));
        QVERIFY(near(t.roi, 5980.0 / 4700.0));
        QVERIFY(near(t.breakEvenIntentionRate, 5020.0 / 52000.0));
    }

    void roiUndefinedWithoutCost()
    {
        PlanCell cell = smsCell();
        cell.costPerContact = 0;
        QVERIFY(std::isnan(expectedFunnel(cell, 12).roi));
    }

    // Over a 3-month horizon the 6-month discount costs 3 months: target 800, completions 40,
    // incremental 32; revenue 32 x 20 x 3 = 1,920; cost 800 x 2 + 40 x (10 + 5 x 3) + 1,000 =
    // 3,600 (not 4,200 with all six months); net -1,680. Break-even: slope 800 x 0.5 x 0.5 x
    // (60 - 10 - 15) = 7,000, offset 800 x 0.01 x 60 + 1,600 + 1,000 = 3,080: 0.44. The Monte
    // Carlo (point rates) gives the same net.
    void discountPastTheHorizonIsNotCounted()
    {
        const PlanCell cell = roundCell();
        const FunnelFigures f = expectedFunnel(cell, 3.0);
        QVERIFY(near(f.revenue, 1920.0));
        QVERIFY(near(f.cost, 3600.0));
        QVERIFY(near(f.net, -1680.0));
        QVERIFY(near(f.breakEvenIntentionRate, 0.44));
        QVERIFY(near(discountCost(cell, 3.0), 15.0));
        QVERIFY(near(discountCost(cell, 12.0), 30.0));
        SimulationPlan plan;
        plan.horizonMonths = 3.0;
        plan.draws = 10;
        plan.cells = {cell};
        QVERIFY(near(runSimulation(plan).cells[0].net.mean, -1680.0));
    }

    // An offer that lowers the bill: -10 yuan a month per incremental completion. Revenue 32 x
    // -10 x 12 = -3,840; cost 4,200; net -8,040; no intention rate breaks even.
    void negativeRevenueChange()
    {
        PlanCell cell = roundCell();
        cell.monthlyRevenueUplift = -10;
        const FunnelFigures f = expectedFunnel(cell, 12.0);
        QVERIFY(near(f.revenue, -3840.0));
        QVERIFY(near(f.cost, 4200.0));
        QVERIFY(near(f.net, -8040.0));
        QVERIFY(std::isnan(f.breakEvenIntentionRate));
    }

    void channelDefaults()
    {
        QCOMPARE(channelNames(),
                 QStringList({QStringLiteral("call"), QStringLiteral("sms"),
                              QStringLiteral("direct_mail"), QStringLiteral("door_to_door"),
                              QStringLiteral("store")}));
        for (const QString &name : channelNames()) {
            const auto channel = channelFromName(name);
            QVERIFY(channel);
            QCOMPARE(channelName(*channel), name);
            QVERIFY(defaultCostPerContact(*channel) > 0.0);
        }
        QVERIFY(!channelFromName(QStringLiteral("fax")));
        // Door-to-door is the expensive channel, SMS the cheap one (DOMAIN.md).
        QVERIFY(defaultCostPerContact(Channel::DoorToDoor) > defaultCostPerContact(Channel::Call));
        QVERIFY(defaultCostPerContact(Channel::Sms) < defaultCostPerContact(Channel::Call));
    }
};

QTEST_GUILESS_MAIN(TestSimFunnel)
#include "tst_simfunnel.moc"
