// SPDX-License-Identifier: GPL-3.0-or-later
// A ROI plan built from a campaign of the workspace (simulate::planFromCampaign): counts from a
// dry split before the campaign is split, from the stored split afterwards (even when the data
// would now give other counts), and from a dry split again once the definition changed; the
// channel's cost, the assumed revenue uplift in the description, a valid PLAN.json round trip.
#include "campaign/campaignplanner.h"
#include "campaign/campaignstore.h"
#include "campaign/contactlists.h"
#include "common/testsupport.h"
#include "core/error.h"
#include "simulate/campaignplan.h"
#include "simulate/funnelmodel.h"
#include "simulate/planreader.h"
#include "simulate/planwriter.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cwb;
using namespace cwb::simulate;

namespace {

// Ten customers c01..c10 with total_fee_m1 = 10 x N.
void fillTen(Workspace &workspace)
{
    Database &db = workspace.db();
    db.exec("CREATE TABLE customers(customer_id TEXT NOT NULL, contact1 TEXT, total_fee_m1 REAL, "
            "_import_id INTEGER, _line INTEGER)");
    db.exec("INSERT INTO customer_columns(position, name, label, source_header, type, canonical) "
            "VALUES (0, 'customer_id', '客户ID', '客户ID', 'text', 1), "
            "(1, 'contact1', '第一联系电话', '第一联系电话', 'phone', 1), "
            "(2, 'total_fee_m1', '总费用_M1', '总费用_M1', 'decimal', 1)");
    Statement insert(db, "INSERT INTO customers VALUES (?, ?, ?, 1, ?)");
    for (int i = 1; i <= 10; ++i) {
        insert.reset();
        insert.bind(1, QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0')));
        insert.bind(2, QStringLiteral("139000000%1").arg(i, 2, 10, QLatin1Char('0')));
        insert.bind(3, 10.0 * i);
        insert.bind(4, i + 1);
        insert.exec();
    }
}

// "low" (c01..c05) by call holding out 40%; "high" (c06..c10) by SMS holding out 20%, with
// room for 3 SMS in the only wave.
campaign::Campaign winback()
{
    campaign::Campaign c;
    c.name = QStringLiteral("Winback");
    c.period = QStringLiteral("2026-12");
    c.start = QDate(2026, 12, 1);
    c.seed = 7;
    c.cells.append({QStringLiteral("low"),
                    {},
                    QStringLiteral("total_fee_m1 <= 50"),
                    {},
                    QStringLiteral("call"),
                    0.4,
                    -1});
    c.cells.append({QStringLiteral("high"),
                    {},
                    QStringLiteral("total_fee_m1 > 50"),
                    {},
                    QStringLiteral("sms"),
                    0.2,
                    -1});
    campaign::Wave wave;
    wave.name = QStringLiteral("w1");
    wave.start = QDate(2026, 12, 1);
    wave.capacity.insert(QStringLiteral("sms"), {0, 0, 3});
    c.waves = {wave};
    return c;
}

const QDate kToday(2026, 11, 23);

} // namespace

class TestSimCampaign : public QObject
{
    Q_OBJECT

private slots:
    void countsFromDrySplitThenStoredSplit()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        fillTen(*workspace);
        campaign::CampaignStore store(*workspace);
        store.create(winback());

        // Not split: a dry split. low: 5 eligible, control floor(5 x 0.4 + 0.5) = 2, 3 targets
        // -> 5 customers, share 2 / 5 = 0.4. high: 5 eligible by value into a wave of 3 targets
        // at share 0.2: n = 4 has quota floor(1.3) = 1 and 3 targets; n = 5 would have 4. So 4
        // assigned (3 targets + 1 control), share 1 / 4 = 0.25; 1 is neither.
        const CampaignSimulationPlan dry =
            planFromCampaign(*workspace, QStringLiteral("winback"), nullptr, kToday);
        QCOMPARE(dry.source, CampaignPlanSource::DryPlan);
        QCOMPARE(dry.plan.cells.size(), size_t(2));
        const PlanCell &low = dry.plan.cells[0];
        const PlanCell &high = dry.plan.cells[1];
        QCOMPARE(low.name, QStringLiteral("low"));
        QCOMPARE(low.customers, 5.0);
        CHECK_NEAR(low.controlShare, 0.4, 1e-12);
        QCOMPARE(low.channel, Channel::Call);
        QCOMPARE(low.costPerContact, 3.0); // the call default (simulatedefaults.cpp)
        QCOMPARE(high.name, QStringLiteral("high"));
        QCOMPARE(high.customers, 4.0);
        CHECK_NEAR(high.controlShare, 0.25, 1e-12);
        QCOMPARE(high.channel, Channel::Sms);
        QCOMPARE(high.costPerContact, 0.05);
        // Uplift: 205.2 / 12 = 17.1 yuan per month, stated in the description.
        CHECK_NEAR(low.monthlyRevenueUplift, 17.1, 1e-12);
        QVERIFY(dry.plan.description.contains(QStringLiteral("17.10")));
        QVERIFY(dry.plan.description.contains(QStringLiteral("dry split")));
        QCOMPARE(low.rate(RateSlot::Connect).mean(), defaults::connectRate);
        QVERIFY(!low.controlConversionGiven);
        QVERIFY(dry.plan.warnings.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("cell 'high': 1 eligible customers found no room")));

        // The funnel of these cells: both have target 3 (5 x 0.6 and 4 x 0.75).
        // completions = 3 x 0.6 x 0.2502 x 0.4354 = 0.196086744; revenue = 0.196086744 x 17.1 x
        // 12 = 40.23700; cost low = 3 x 3.00 = 9 -> net 31.23700; cost high = 3 x 0.05 = 0.15
        // -> net 40.08700.
        const FunnelFigures fl = expectedFunnel(low, dry.plan.horizonMonths);
        const FunnelFigures fh = expectedFunnel(high, dry.plan.horizonMonths);
        CHECK_NEAR(fl.target, 3.0, 1e-9);
        CHECK_NEAR(fh.target, 3.0, 1e-9);
        CHECK_NEAR(fl.completions, 0.196086744, 1e-9);
        CHECK_NEAR(fl.net, 31.23700, 1e-4);
        CHECK_NEAR(fh.net, 40.08700, 1e-4);

        // Split, then blacklist c01: the stored split still has 5 in "low".
        campaign::CampaignPlanner planner(*workspace);
        planner.split(QStringLiteral("Winback"), nullptr, kToday);
        campaign::ContactLists lists(*workspace);
        lists.add(campaign::ListKind::Blacklist, {}, {QStringLiteral("c01")}, {},
                  QStringLiteral("t"));
        const CampaignSimulationPlan stored =
            planFromCampaign(*workspace, QStringLiteral("Winback"), nullptr, kToday);
        QCOMPARE(stored.source, CampaignPlanSource::Split);
        QCOMPARE(stored.plan.cells[0].customers, 5.0);
        CHECK_NEAR(stored.plan.cells[0].controlShare, 0.4, 1e-12);
        QCOMPARE(stored.plan.cells[1].customers, 4.0);
        QVERIFY(stored.plan.description.contains(QStringLiteral("its split of")));

        // The definition changes (split_at cleared): a dry split again, now without c01:
        // low 4 eligible, control round(4 x 0.4) = 2, 2 targets -> 4 customers, share 0.5.
        store.update(store.get(QStringLiteral("Winback")));
        const CampaignSimulationPlan again =
            planFromCampaign(*workspace, QStringLiteral("Winback"), nullptr, kToday);
        QCOMPARE(again.source, CampaignPlanSource::DryPlan);
        QCOMPARE(again.plan.cells[0].customers, 4.0);
        CHECK_NEAR(again.plan.cells[0].controlShare, 0.5, 1e-12);

        // The plan is a valid PLAN.json: written and read back with the same figures.
        const SimulationPlan read =
            readPlan(PlanWriter::toBytes(again.plan), QStringLiteral("from-campaign.json"));
        QCOMPARE(read.description, again.plan.description);
        QCOMPARE(read.cells.size(), size_t(2));
        QCOMPARE(read.cells[1].customers, 4.0);
        CHECK_NEAR(read.cells[1].controlShare, 0.25, 1e-12);
        QCOMPARE(read.cells[1].costPerContact, 0.05);
    }

    void unknownCampaignIsRefused()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        fillTen(*workspace);
        try {
            planFromCampaign(*workspace, QStringLiteral("nope"));
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("nope")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSimCampaign)
#include "tst_simcampaign.moc"
