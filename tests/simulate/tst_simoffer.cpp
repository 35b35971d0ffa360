// SPDX-License-Identifier: GPL-3.0-or-later
// A ROI plan built from a campaign takes each cell's offer from the package catalog: the
// discount of the package, and the revenue change per completion from pricing the package on
// the cell's targets (pricing.h) against their bills today. Hand-computed on a small catalog and
// six customers with known usage; cells without an offer, or with one the catalog lacks, fall
// back to the assumption and say so; every input is listed with its source, also after a
// PLAN.json round trip and after an edit.
#include "campaign/campaignplanner.h"
#include "campaign/campaignstore.h"
#include "common/testsupport.h"
#include "core/error.h"
#include "offer/packagestore.h"
#include "simulate/campaignplan.h"
#include "simulate/funnelmodel.h"
#include "simulate/planreader.h"
#include "simulate/plansources.h"
#include "simulate/planwriter.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cwb;
using namespace cwb::simulate;

namespace {

const char *const kUsageColumns[] = {
    "local_minutes_m1", "local_minutes_m2", "local_minutes_m3", "ld_minutes_m1",
    "ld_minutes_m2",    "ld_minutes_m3",    "data_mb_m1",       "data_mb_m2",
    "data_mb_m3",       "total_fee_m1",     "total_fee_m2",     "total_fee_m3",
    "roaming_fee_m1",   "fixed_fee_m1",     "broadband_fee_m1", "broadband_mbps"};

// One customer: group (the cell), usage per month M1..M3, fees; NaN = missing.
struct Row
{
    const char *id;
    const char *group;
    double local[3];
    double ld[3];
    double data[3];
    double total[3];
    double roaming, fixed, broadbandFee, broadbandMbps;
};

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

// Cell A (offer 畅享 129): c1 within every allowance, today (150 + 160 + 170) / 3 = 160, roaming
// 5 + fixed 10 carried: regular bill 129 + 15 = 144, change -16. c2 100 local minutes over in
// M1 only: 100 x 0.15 = 15 in one of three months = 5 a month, today 100, nothing carried:
// regular 134, change +34. c3 has no total fee (no bill today), c4 is not eligible
// (local_minutes_m1 >= 50). Cell D (offer 宽带 99, a 50 Mbit/s bundle): c5 has 100 Mbit/s (the
// bundle is slower), c6 20 Mbit/s: today 120, fixed 10 carried, its broadband fee of 50 is
// replaced: regular 99 + 10 = 109, change -11. Cells B (a package the catalog lacks) and C (no
// offer) hold c7 and c8.
const Row kRows[] = {
    {"c1", "A", {300, 300, 300}, {100, 100, 100}, {1000, 1000, 1000}, {150, 160, 170}, 5, 10, 0, 0},
    {"c2", "A", {1100, 900, 900}, {0, 0, 0}, {0, 0, 0}, {100, 100, 100}, 0, 0, 0, 0},
    {"c3", "A", {100, 100, 100}, {0, 0, 0}, {0, 0, 0}, {kNone, kNone, kNone}, 0, 0, 0, 0},
    {"c4", "A", {10, 10, 10}, {0, 0, 0}, {0, 0, 0}, {30, 30, 30}, 0, 0, 0, 0},
    {"c5", "D", {100, 100, 100}, {0, 0, 0}, {0, 0, 0}, {200, 200, 200}, 0, 0, 60, 100},
    {"c6", "D", {100, 100, 100}, {0, 0, 0}, {100, 100, 100}, {120, 120, 120}, 0, 10, 50, 20},
    {"c7", "B", {100, 100, 100}, {0, 0, 0}, {0, 0, 0}, {80, 80, 80}, 0, 0, 0, 0},
    {"c8", "C", {100, 100, 100}, {0, 0, 0}, {0, 0, 0}, {90, 90, 90}, 0, 0, 0, 0},
};

void fillCustomers(Workspace &workspace)
{
    Database &db = workspace.db();
    QString create =
        QStringLiteral("CREATE TABLE customers(customer_id TEXT NOT NULL, contact1 TEXT, grp TEXT");
    for (const char *column : kUsageColumns)
        create += QStringLiteral(", %1 REAL").arg(QLatin1String(column));
    db.exec((create + QStringLiteral(", _import_id INTEGER, _line INTEGER)")).toStdString());
    Statement columns(db, "INSERT INTO customer_columns(position, name, label, source_header, "
                          "type, canonical) VALUES (?, ?, ?, ?, ?, 1)");
    const auto column = [&](int position, const QString &name, const QString &type) {
        columns.reset();
        columns.bind(1, position);
        columns.bind(2, name);
        columns.bind(3, name);
        columns.bind(4, name);
        columns.bind(5, type);
        columns.exec();
    };
    column(0, QStringLiteral("customer_id"), QStringLiteral("text"));
    column(1, QStringLiteral("contact1"), QStringLiteral("phone"));
    column(2, QStringLiteral("grp"), QStringLiteral("text"));
    int position = 3;
    for (const char *name : kUsageColumns)
        column(position++, QString::fromLatin1(name), QStringLiteral("decimal"));

    QString placeholders = QStringLiteral("?, ?, ?");
    for (size_t i = 0; i < std::size(kUsageColumns); ++i)
        placeholders += QStringLiteral(", ?");
    Statement insert(
        db,
        QStringLiteral("INSERT INTO customers VALUES (%1, 1, ?)").arg(placeholders).toStdString());
    int line = 2;
    for (const Row &r : kRows) {
        insert.reset();
        int p = 1;
        insert.bind(p++, QString::fromLatin1(r.id));
        insert.bind(p++, QStringLiteral("1390000%1").arg(line, 4, 10, QLatin1Char('0')));
        insert.bind(p++, QString::fromLatin1(r.group));
        const auto number = [&](double v) {
            if (std::isnan(v))
                insert.bindNull(p++);
            else
                insert.bind(p++, v);
        };
        for (const double *month : {r.local, r.ld, r.data, r.total})
            for (int k = 0; k < 3; ++k)
                number(month[k]);
        number(r.roaming);
        number(r.fixed);
        number(r.broadbandFee);
        number(r.broadbandMbps);
        insert.bind(p++, line++);
        insert.exec();
    }
}

void fillCatalog(Workspace &workspace)
{
    PackageStore store(workspace);
    Package changxiang;
    changxiang.name = QStringLiteral("畅享 129");
    changxiang.monthlyFee = 129;
    changxiang.localMinutes = 1000;
    changxiang.ldMinutes = 800;
    changxiang.dataMb = 20480;
    changxiang.discount = {Discount::Kind::Percent, 20, 6};
    changxiang.eligibility = QStringLiteral("local_minutes_m1 >= 50");
    store.add(changxiang);
    Package bundle;
    bundle.name = QStringLiteral("宽带 99");
    bundle.monthlyFee = 99;
    bundle.localMinutes = 500;
    bundle.ldMinutes = 100;
    bundle.dataMb = 10240;
    bundle.broadbandMbps = 50;
    bundle.channels = {QStringLiteral("store")};
    store.add(bundle);
}

campaign::Campaign offersCampaign()
{
    campaign::Campaign c;
    c.name = QStringLiteral("Offers");
    c.period = QStringLiteral("2026-12");
    c.start = QDate(2026, 12, 1);
    c.seed = 7;
    const auto cell = [](const char *name, const char *group, const char *offer) {
        return campaign::Cell{QString::fromUtf8(name),
                              {},
                              QStringLiteral("grp = \"%1\"").arg(QLatin1String(group)),
                              QString::fromUtf8(offer),
                              QStringLiteral("call"),
                              0.0,
                              -1};
    };
    c.cells = {cell("A", "A", "畅享 129"), cell("B", "B", "Missing 1"), cell("C", "C", ""),
               cell("D", "D", "宽带 99")};
    campaign::Wave wave;
    wave.name = QStringLiteral("w1");
    wave.start = QDate(2026, 12, 1);
    c.waves = {wave};
    return c;
}

const QDate kToday(2026, 11, 23);

const PlanCell &cellNamed(const SimulationPlan &plan, const QString &name)
{
    for (const PlanCell &cell : plan.cells)
        if (cell.name == name)
            return cell;
    qFatal("no cell %s", qPrintable(name));
    return plan.cells.front();
}

QString sourceOf(const PlanCell &cell, const char *field)
{
    const InputSource *source = findSource(cell.sources, QString::fromLatin1(field));
    return source ? source->source : QStringLiteral("<none>");
}

// The lines of describeSources for one cell, as "label|value|source".
QStringList linesOf(const SimulationPlan &plan, const QString &cell)
{
    QStringList lines;
    for (const SourceLine &line : describeSources(plan))
        if (line.cell == cell)
            lines << line.label + u'|' + line.value + u'|' + line.source;
    return lines;
}

// Sources as "field=value: source", sorted (a JSON object keeps no order).
QStringList sorted(const std::vector<InputSource> &sources)
{
    QStringList out;
    for (const InputSource &s : sources)
        out << QStringLiteral("%1=%2: %3").arg(s.field).arg(s.value, 0, 'g', 17).arg(s.source);
    out.sort();
    return out;
}

} // namespace

class TestSimOffer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void offersPricedOnTheCellsTargets()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        fillCustomers(*workspace);
        fillCatalog(*workspace);
        campaign::CampaignStore(*workspace).create(offersCampaign());

        // Dry split first, then the stored split: the same figures.
        for (const bool stored : {false, true}) {
            if (stored) {
                campaign::CampaignPlanner(*workspace)
                    .split(QStringLiteral("Offers"), nullptr, kToday);
            }
            const CampaignSimulationPlan built =
                planFromCampaign(*workspace, QStringLiteral("Offers"), nullptr, kToday);
            QCOMPARE(built.source,
                     stored ? CampaignPlanSource::Split : CampaignPlanSource::DryPlan);
            const SimulationPlan &plan = built.plan;
            QCOMPARE(plan.cells.size(), size_t(4));

            // A: the mean change of c1 (-16) and c2 (+34) once the discount ends = +9.00; the
            // discount 20% of 129 = 25.80 a month for 6 months.
            const PlanCell &a = cellNamed(plan, QStringLiteral("A"));
            QCOMPARE(a.offer, QStringLiteral("畅享 129"));
            QCOMPARE(a.customers, 4.0);
            CHECK_NEAR(a.monthlyRevenueUplift, 9.0, 1e-9);
            CHECK_NEAR(a.discountPerMonth, 25.8, 1e-9);
            QCOMPARE(a.discountMonths, 6.0);
            const QString aRevenue = sourceOf(a, "monthly_revenue_uplift");
            QVERIFY2(aRevenue.contains(QStringLiteral("畅享 129 (20% off 129.00 for 6 months)")) &&
                         aRevenue.contains(QStringLiteral("2 priced")) &&
                         aRevenue.contains(QStringLiteral("130.00 a month today")) &&
                         aRevenue.contains(QStringLiteral("139.00 on the package")) &&
                         aRevenue.contains(QStringLiteral("not eligible for the package 1")) &&
                         aRevenue.contains(QStringLiteral("no bill today 1")),
                     qPrintable(aRevenue));
            QCOMPARE(
                sourceOf(a, "discount_per_month"),
                QStringLiteral("畅享 129 in the package catalog: 20% off 129.00 for 6 months"));
            // Worked out over the horizon: during the discount 9.00 - 25.80 = -16.80; over 12
            // months 6 x -16.80 + 6 x 9.00 = -46.80.
            const QStringList aLines = linesOf(plan, QStringLiteral("A"));
            QVERIFY2(aLines.contains(QStringLiteral(
                         "monthly revenue change per completion during the discount|-16.80 "
                         "yuan|9.00 after the discount ends less the discount of 25.80")),
                     qPrintable(aLines.join(u'\n')));
            QVERIFY2(aLines.contains(QStringLiteral(
                         "revenue change per completion over the 12-month horizon|-46.80 yuan|6 "
                         "months at -16.80 during the discount + 6 months at 9.00 after it")),
                     qPrintable(aLines.join(u'\n')));
            QVERIFY(aLines.contains(
                QStringLiteral("connect rate|0.6|pilot default (simulatedefaults.h)")));
            QVERIFY(aLines.contains(
                QStringLiteral("cost per contact|3.00 yuan|assumed cost of a contact by call "
                               "(channel default, simulatedefaults.cpp)")));
            QVERIFY(aLines.contains(QStringLiteral(
                "control conversion rate|0|not given: assumed 0, so every completion counts as "
                "incremental (optimistic)")));

            // The funnel of A: 4 targets x 0.6 x 0.2502 x 0.4354 = 0.261448992 completions;
            // revenue 0.261448992 x 9 x 12 = 28.23649; cost 4 x 3 + 0.261448992 x 25.8 x 6
            // = 52.47230; net -24.23581.
            const FunnelFigures f = expectedFunnel(a, plan.horizonMonths);
            CHECK_NEAR(f.completions, 0.261448992, 1e-10);
            CHECK_NEAR(f.revenue, 28.23649, 1e-5);
            CHECK_NEAR(f.cost, 52.47230, 1e-5);
            CHECK_NEAR(f.net, -24.23581, 1e-5);

            // D: the bundle is slower than c5's broadband, so only c6 is priced: -11.00, no
            // discount. The bundle is not offered through calls: a warning.
            const PlanCell &d = cellNamed(plan, QStringLiteral("D"));
            CHECK_NEAR(d.monthlyRevenueUplift, -11.0, 1e-9);
            QCOMPARE(d.discountPerMonth, 0.0);
            QCOMPARE(d.discountMonths, 0.0);
            QVERIFY(sourceOf(d, "monthly_revenue_uplift")
                        .contains(QStringLiteral("a bundle slower than their broadband 1")));
            QVERIFY(linesOf(plan, QStringLiteral("D"))
                        .contains(QStringLiteral("revenue change per completion over the "
                                                 "12-month horizon|-132.00 yuan|12 months at "
                                                 "-11.00")));
            const QString warnings = plan.warnings.join(u'\n');
            QVERIFY2(
                warnings.contains(QStringLiteral(
                    "cell 'D': the package '宽带 99' is offered only through store, not call")),
                qPrintable(warnings));

            // B and C fall back to the assumption, and say why.
            for (const char *name : {"B", "C"}) {
                const PlanCell &cell = cellNamed(plan, QString::fromLatin1(name));
                CHECK_NEAR(cell.monthlyRevenueUplift, defaults::assumedMonthlyRevenueUplift, 1e-12);
                QCOMPARE(cell.discountPerMonth, 0.0);
                QVERIFY(
                    sourceOf(cell, "monthly_revenue_uplift").startsWith(assumedRevenueSource()));
            }
            QVERIFY(sourceOf(cellNamed(plan, QStringLiteral("B")), "monthly_revenue_uplift")
                        .endsWith(QStringLiteral(
                            "its offer 'Missing 1' is not in the workspace's package catalog")));
            QVERIFY(sourceOf(cellNamed(plan, QStringLiteral("C")), "monthly_revenue_uplift")
                        .endsWith(QStringLiteral("the cell names no offer")));
            QVERIFY2(warnings.contains(QStringLiteral(
                         "cell 'B': its offer 'Missing 1' is not in the workspace's package "
                         "catalog, so the monthly revenue change is the ASSUMED 17.10 yuan per "
                         "completion; edit it for the offer")),
                     qPrintable(warnings));
            QVERIFY(plan.description.contains(QStringLiteral("ASSUMPTION for 'B', 'C'")));
            QVERIFY(plan.description.contains(QStringLiteral("17.10")));
            bool flagged = false;
            for (const SourceLine &line : describeSources(plan))
                flagged |= line.assumption && line.cell == QLatin1String("B");
            QVERIFY(flagged);
        }
    }

    void sourcesSurviveTheFileAndSeeEdits()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        fillCustomers(*workspace);
        fillCatalog(*workspace);
        campaign::CampaignStore(*workspace).create(offersCampaign());
        const SimulationPlan built =
            planFromCampaign(*workspace, QStringLiteral("Offers"), nullptr, kToday).plan;

        // Written and read back: the same offer, inputs and sources.
        SimulationPlan read = readPlan(PlanWriter::toBytes(built), QStringLiteral("p.json"));
        QCOMPARE(read.cells.size(), built.cells.size());
        for (size_t i = 0; i < read.cells.size(); ++i) {
            QCOMPARE(read.cells[i].offer, built.cells[i].offer);
            QCOMPARE(read.cells[i].monthlyRevenueUplift, built.cells[i].monthlyRevenueUplift);
            QCOMPARE(sorted(read.cells[i].sources), sorted(built.cells[i].sources));
        }
        QCOMPARE(sorted(read.sources), sorted(built.sources));
        QCOMPARE(linesOf(read, QStringLiteral("A")), linesOf(built, QStringLiteral("A")));

        // A revenue change typed over the priced one is no longer credited to the offer.
        read.cells[0].monthlyRevenueUplift = 12.5;
        read.horizonMonths = 6;
        bool seen = false;
        for (const SourceLine &line : describeSources(read)) {
            if (line.cell == QLatin1String("A") &&
                line.field == QLatin1String("monthly_revenue_uplift")) {
                seen = true;
                QVERIFY(line.changed);
                QCOMPARE(line.value, QStringLiteral("12.50 yuan"));
                QVERIFY2(
                    line.source.startsWith(QStringLiteral("typed in (it was 9.00 yuan: the "
                                                          "cell's targets priced on 畅享 129")),
                    qPrintable(line.source));
            }
            if (line.cell.isEmpty())
                QVERIFY(line.changed); // the horizon is no longer the default
        }
        QVERIFY(seen);
        // Over 6 months the discount covers the whole horizon: 6 x (12.50 - 25.80) = -79.80.
        QVERIFY(linesOf(read, QStringLiteral("A"))
                    .contains(QStringLiteral("revenue change per completion over the 6-month "
                                             "horizon|-79.80 yuan|6 months at -13.30 during the "
                                             "discount + 0 months at 12.50 after it")));
    }

    void customersWithoutUsageFallBackToTheAssumption()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        Database &db = workspace->db();
        db.exec("CREATE TABLE customers(customer_id TEXT NOT NULL, contact1 TEXT, grp TEXT, "
                "_import_id INTEGER, _line INTEGER)");
        db.exec("INSERT INTO customer_columns(position, name, label, source_header, type, "
                "canonical) VALUES (0, 'customer_id', 'id', 'id', 'text', 1), (1, 'contact1', "
                "'c', 'c', 'phone', 1), (2, 'grp', 'grp', 'grp', 'text', 1)");
        db.exec("INSERT INTO customers VALUES ('c1', '13900000001', 'A', 1, 2)");
        fillCatalog(*workspace);
        campaign::Campaign c = offersCampaign();
        c.cells = {c.cells.first()};
        campaign::CampaignStore(*workspace).create(c);
        const SimulationPlan plan =
            planFromCampaign(*workspace, QStringLiteral("Offers"), nullptr, kToday).plan;
        const PlanCell &a = plan.cells.at(0);
        CHECK_NEAR(a.monthlyRevenueUplift, defaults::assumedMonthlyRevenueUplift, 1e-12);
        // The discount is still the package's.
        CHECK_NEAR(a.discountPerMonth, 25.8, 1e-9);
        const QString source = sourceOf(a, "monthly_revenue_uplift");
        QVERIFY2(source.startsWith(assumedRevenueSource()) &&
                     source.contains(QStringLiteral("could not be priced on '畅享 129'")) &&
                     source.contains(QStringLiteral("no usage columns")),
                 qPrintable(source));
    }
};

QTEST_GUILESS_MAIN(TestSimOffer)
#include "tst_simoffer.moc"
