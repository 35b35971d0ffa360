// SPDX-License-Identifier: GPL-3.0-or-later
// The value x risk grid: quantile edges, bands, the risk score, a grid on a handful of
// customers and, on an imported workspace, the whole analysis with an exact rule per cell
// (each rule, counted by the rule engine, gives the cell's count). Expected values are worked
// out by hand in the comments.
#include "common/testsupport.h"

#include "core/error.h"
#include "import/importer.h"
#include "segment/customerframe.h"
#include "segment/riskscore.h"
#include "segment/ruleengine.h"
#include "segment/segmentstore.h"
#include "segment/valuerisk.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace cwb;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const QDate kToday(2026, 11, 23);

// Eight customers, imported with the product's importer. Scores with the default signals on
// 2026-11-23 (weights: short tenure 1, fee decline 2, complaints 2, late payments 1, contract
// ending 2, no broadband 1; an unknown condition adds nothing):
//  C1 ARPU 100:  nothing holds                                               -> 0
//  C2 ARPU 60:   tenure 5.7 m (1) + 40/80 = 0.5 < 0.7 (2) + complaint (2) + bb 0 (1) -> 6
//  C3 ARPU 200:  contract 2027-01-10: 2 - 13/31 = 1.58 m < 3 (2) + complaint (2)   -> 4
//  C4 ARPU 30 (M2 blank: (30 + 30) / 2): late (1) + bb 0 (1); 30/30 = 1 no         -> 2
//  C5 ARPU (150 + 150 + 160) / 3 = 153.33: bb blank is unknown -> 0; 150/160 no    -> 0
//  C6 all fees blank: no value -> unscored
//  C7 ARPU (90 + 120 + 150) / 3 = 120: tenure 10 + 13/31 m (1) + 90/150 = 0.6 (2)
//     + late (1) + contract 2026-12-31: 1 + 8/31 m (2)                           -> 6
//  C8 ARPU 0: 0/0 is unknown; complaints blank unknown; bb 0 (1)                 -> 1
const char *kExtract =
    "customer_id,total_fee_m1,total_fee_m2,total_fee_m3,join_date,contract_end,complaints_3m,"
    "late_payments_3m,broadband_mbps\n"
    "C1,100,100,100,2015-01-01,2027-12-31,0,0,100\n"
    "C2,40,60,80,2026-06-01,,1,0,0\n"
    "C3,200,210,190,2010-03-15,2027-01-10,1,0,200\n"
    "C4,30,,30,2020-01-01,,0,2,0\n"
    "C5,150,150,160,2019-05-05,2028-01-01,0,0,\n"
    "C6,,,,2024-04-04,,0,0,100\n"
    "C7,90,120,150,2026-01-10,2026-12-31,0,1,100\n"
    "C8,0,0,0,2012-02-02,,,0,0\n";

std::unique_ptr<Workspace> importExtract(QTemporaryDir &temp)
{
    const QString csv = temp.filePath(QStringLiteral("extract.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly) || file.write(kExtract) < 0)
        return {};
    file.close();
    auto workspace = Workspace::create(temp.filePath(QStringLiteral("w.cwb")));
    Importer::run(*workspace, csv, {});
    return workspace;
}

} // namespace

class TestValueRisk : public QObject
{
    Q_OBJECT

private slots:
    void quantileEdgesByHand();
    void bandsAndAverages();
    void riskScoresByHand();
    void gridOfEightCustomers();
    void scoreBandRuleByHand();
    void workspaceGridWithExactRules();
    void threeByThreeRulesAreExact();
    void badOptionsAreRefused();
    void commandLineGrid();
    void conditionsExpandReferences();
};

void TestValueRisk::quantileEdgesByHand()
{
    // Type 7 on 10, 20, ..., 80 (n = 8; NaN is skipped):
    //  p = 1/2: h = 7 * 0.5 = 3.5 -> x[3] + 0.5 * (x[4] - x[3]) = 40 + 5 = 45
    //  p = 1/3: h = 7/3 = 2.333 -> 30 + 0.333 * 10 = 33.333
    //  p = 2/3: h = 14/3 = 4.667 -> 50 + 0.667 * 10 = 56.667
    const std::vector<double> values{80, 10, kNaN, 30, 20, 50, 40, 70, 60};
    const std::vector<double> two = quantileEdges(values, 2);
    QCOMPARE(two.size(), std::size_t(1));
    CHECK_NEAR(two[0], 45.0, 1e-12);
    const std::vector<double> three = quantileEdges(values, 3);
    QCOMPARE(three.size(), std::size_t(2));
    CHECK_NEAR(three[0], 30.0 + 10.0 / 3.0, 1e-12);
    CHECK_NEAR(three[1], 50.0 + 20.0 / 3.0, 1e-12);
    // Ends: p = 0 and p = 1 are the minimum and maximum.
    CHECK_NEAR(quantileSorted({1, 2, 3}, 0.0), 1.0, 0);
    CHECK_NEAR(quantileSorted({1, 2, 3}, 1.0), 3.0, 0);
    QVERIFY_THROWS_EXCEPTION(Error, quantileEdges({kNaN, kNaN}, 2));
    QVERIFY_THROWS_EXCEPTION(Error, quantileEdges({1, 2}, 1));
}

void TestValueRisk::bandsAndAverages()
{
    // A value on an edge belongs to the band above it.
    const std::vector<double> edges{45};
    QCOMPARE(bandOf(44.99, edges), 0);
    QCOMPARE(bandOf(45.0, edges), 1);
    QCOMPARE(bandOf(kNaN, edges), -1);
    QCOMPARE(bandOf(5, {10, 20}), 0);
    QCOMPARE(bandOf(10, {10, 20}), 1);
    QCOMPARE(bandOf(25, {10, 20}), 2);
    // avg of the present values: (100 + 50) / 2 = 75; all missing -> missing.
    const std::vector<double> avg =
        averagePresent({{100, kNaN, 3}, {kNaN, kNaN, 4}, {50, kNaN, 5}});
    CHECK_NEAR(avg[0], 75.0, 0);
    QVERIFY(std::isnan(avg[1]));
    CHECK_NEAR(avg[2], 4.0, 0);
}

void TestValueRisk::riskScoresByHand()
{
    // Weights 1, 2, 2. Customer 1: 1 + 0 + unknown = 1; 2: 1 + 2 + 2 = 5; 3: all unknown = 0;
    // 4: 0 + 2 + 0 = 2.
    const std::vector<std::vector<double>> holds{
        {1, 1, kNaN, 0}, {0, 1, kNaN, 1}, {kNaN, 1, kNaN, 0}};
    const std::vector<double> scores = riskScores(holds, {1, 2, 2});
    QCOMPARE(scores, (std::vector<double>{1, 5, 0, 2}));
    QVERIFY_THROWS_EXCEPTION(Error, riskScores(holds, {1, 2}));
}

void TestValueRisk::gridOfEightCustomers()
{
    // Value edge 70, risk edge 3 (score >= 3 is high).
    //  c1 30/0 LL, c2 50/3 LH, c3 80/4 HH, c4 120/1 HL, c5 200/5 HH, c6 60/2 LL, c7 150/3 HH,
    //  c8 no value -> unscored.
    // LL: 2 customers, revenue 30 + 60 = 90; LH: 1, 50; HL: 1, 120; HH: 3, 80 + 200 + 150 = 430.
    // Scored revenue 90 + 50 + 120 + 430 = 690; HH revenue share 430 / 690 = 0.623188...
    const QStringList ids{"c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"};
    const ValueRiskGrid grid =
        buildGrid(ids, {30, 50, 80, 120, 200, 60, 150, kNaN}, {0, 3, 4, 1, 5, 2, 3, 4}, {70}, {3});
    QCOMPARE(grid.customers, qint64(8));
    QCOMPARE(grid.scored, qint64(7));
    QCOMPARE(grid.unscored, qint64(1));
    CHECK_NEAR(grid.revenue, 690.0, 1e-9);
    QCOMPARE(grid.cell(0, 0).count, qint64(2));
    QCOMPARE(grid.cell(0, 1).count, qint64(1));
    QCOMPARE(grid.cell(1, 0).count, qint64(1));
    QCOMPARE(grid.cell(1, 1).count, qint64(3));
    CHECK_NEAR(grid.cell(0, 0).revenue, 90.0, 1e-9);
    CHECK_NEAR(grid.cell(1, 1).revenue, 430.0, 1e-9);
    CHECK_NEAR(grid.cell(1, 1).revenueShare, 430.0 / 690.0, 1e-12);
    CHECK_NEAR(grid.cell(1, 1).countShare, 3.0 / 7.0, 1e-12);
    CHECK_NEAR(grid.cell(1, 1).meanRisk, 4.0, 1e-12); // (4 + 5 + 3) / 3
    QCOMPARE(grid.cell(1, 1).customerIds, (QStringList{"c3", "c5", "c7"}));
    QCOMPARE(grid.cell(0, 1).customerIds, QStringList{"c2"});
    QCOMPARE(grid.cell(1, 1).label, QStringLiteral("high value / high risk"));
    QVERIFY(grid.cell(1, 1).strategy.startsWith(QStringLiteral("Retain first")));
    QVERIFY(grid.cell(0, 1).strategy.startsWith(QStringLiteral("Low-cost retention")));
}

void TestValueRisk::scoreBandRuleByHand()
{
    // Weights a 1, b 2, c 2. Score >= 3: the smallest sets reaching 3 are {a, b} (3), {a, c} (3)
    // and {b, c} (4); {a, b, c} is not minimal.
    const QList<RiskSignal> s{{"a", "x", ">", 1, 1}, {"b", "y", "<", 2, 2}, {"c", "z", "=", 0, 2}};
    QCOMPARE(scoreBandRule(s, 3),
             QStringLiteral("(((x > 1) AND (y < 2)) OR ((x > 1) AND (z = 0)) OR ((y < 2) AND "
                            "(z = 0)))"));
    // Score < 2: no set reaching 2 holds: {b} and {c} each fail.
    QCOMPARE(
        scoreBandRule(s, -std::numeric_limits<double>::infinity(), 2),
        QStringLiteral("(NOT (y < 2) OR (y < 2) IS NULL) AND (NOT (z = 0) OR (z = 0) IS NULL)"));
    // Nothing reaches 6 (total 5).
    QCOMPARE(scoreBandRule(s, 6), QStringLiteral("false"));
}

void TestValueRisk::workspaceGridWithExactRules()
{
    QTemporaryDir temp;
    auto workspace = importExtract(temp);
    QVERIFY(workspace);
    ValueRiskOptions options;
    options.today = kToday;
    const ValueRiskAnalysis analysis = analyseValueRisk(*workspace, options);
    QCOMPARE(analysis.riskSignals.size(), 6);
    QVERIFY(analysis.droppedSignals.isEmpty());
    // ARPU of the scored: 0, 30, 60, 100, 120, 153.33, 200; the median (h = 6 * 0.5 = 3) is 100.
    const ValueRiskGrid &grid = analysis.grid;
    QCOMPARE(grid.valueEdges, std::vector<double>{100});
    QCOMPARE(grid.riskEdges, std::vector<double>{3});
    QCOMPARE(grid.unscored, qint64(1)); // C6
    // low/low C4 (2), C8 (1); low/high C2 (6); high/low C1 (0), C5 (0); high/high C3 (4), C7 (6).
    QCOMPARE(grid.cell(0, 0).customerIds, (QStringList{"C4", "C8"}));
    QCOMPARE(grid.cell(0, 1).customerIds, QStringList{"C2"});
    QCOMPARE(grid.cell(1, 0).customerIds, (QStringList{"C1", "C5"}));
    QCOMPARE(grid.cell(1, 1).customerIds, (QStringList{"C3", "C7"}));
    // Revenue: 30 + 0, 60, 100 + 153.333, 200 + 120; total 663.333; high/high 320 / 663.333.
    CHECK_NEAR(grid.revenue, 30 + 60 + 100 + 460.0 / 3.0 + 320, 1e-9);
    CHECK_NEAR(grid.cell(1, 1).revenueShare, 320.0 / (30 + 60 + 100 + 460.0 / 3.0 + 320), 1e-12);
    CHECK_NEAR(grid.cell(1, 1).meanRisk, 5.0, 1e-12); // (4 + 6) / 2
    CHECK_NEAR(grid.cell(0, 0).meanRisk, 1.5, 1e-12); // (2 + 1) / 2
    // Every cell has an exact rule: counted by the rule engine it gives the cell.
    for (const GridCell &cell : grid.cells) {
        QVERIFY2(!cell.rule.isEmpty(), qPrintable(cell.ruleNote));
        const RuleCount count = RuleEngine::count(*workspace, cell.rule, kToday);
        QVERIFY2(count.count == cell.count, qPrintable(QStringLiteral("%1: rule %2 counts %3")
                                                           .arg(cell.label, cell.rule)
                                                           .arg(count.count)));
    }
    QVERIFY(grid.cell(1, 1).rule.startsWith(
        QStringLiteral("avg(total_fee_m1, total_fee_m2, total_fee_m3) >= 100 AND ")));
    // Value columns named in another case (or by their labels) give the same grid, with the
    // column names in the rules.
    options.valueColumns = {QStringLiteral("TOTAL_FEE_M1"), QStringLiteral("Total_Fee_M2"),
                            QStringLiteral("total_fee_M3")};
    const ValueRiskAnalysis byLabel = analyseValueRisk(*workspace, options);
    QCOMPARE(byLabel.valueColumns, (QStringList{"total_fee_m1", "total_fee_m2", "total_fee_m3"}));
    QCOMPARE(byLabel.grid.cell(1, 1).rule, grid.cell(1, 1).rule);
}

void TestValueRisk::threeByThreeRulesAreExact()
{
    QTemporaryDir temp;
    auto workspace = importExtract(temp);
    QVERIFY(workspace);
    ValueRiskOptions options;
    options.today = kToday;
    options.valueBands = 3;
    options.riskBands = 3;
    const ValueRiskAnalysis analysis = analyseValueRisk(*workspace, options);
    const ValueRiskGrid &grid = analysis.grid;
    // Terciles of 0, 30, 60, 100, 120, 153.33, 200: h = 2 -> 60, h = 4 -> 120.
    QCOMPARE(grid.valueEdges, (std::vector<double>{60, 120}));
    QCOMPARE(grid.riskEdges, (std::vector<double>{2, 4}));
    // Value low (< 60): C4 (2), C8 (1); mid (60..120): C2 (6), C1 (0); high: C3 (4), C5 (0),
    // C7 (6). Risk low < 2, mid 2..4, high >= 4.
    QCOMPARE(grid.cell(0, 0).customerIds, QStringList{"C8"});
    QCOMPARE(grid.cell(0, 1).customerIds, QStringList{"C4"});
    QCOMPARE(grid.cell(1, 0).customerIds, QStringList{"C1"});
    QCOMPARE(grid.cell(1, 2).customerIds, QStringList{"C2"});
    QCOMPARE(grid.cell(2, 0).customerIds, QStringList{"C5"});
    QCOMPARE(grid.cell(2, 2).customerIds, (QStringList{"C3", "C7"}));
    qint64 total = 0;
    for (const GridCell &cell : grid.cells) {
        QVERIFY(!cell.rule.isEmpty());
        QCOMPARE(RuleEngine::count(*workspace, cell.rule, kToday).count, cell.count);
        total += cell.count;
    }
    QCOMPARE(total, qint64(7));
}

void TestValueRisk::badOptionsAreRefused()
{
    QTemporaryDir temp;
    auto workspace = importExtract(temp);
    QVERIFY(workspace);
    const auto refused = [&](const ValueRiskOptions &options, const QString &expected) {
        try {
            analyseValueRisk(*workspace, options);
        } catch (const Error &error) {
            if (!error.message().contains(expected))
                qWarning("message: %s", qPrintable(error.message()));
            return error.message().contains(expected);
        }
        return false;
    };
    ValueRiskOptions options;
    options.valueColumns = {QStringLiteral("no_such_fee")};
    QVERIFY(refused(options, QStringLiteral("'no_such_fee' is not a column")));
    options = {};
    options.valueThresholds = {100, 50};
    QVERIFY(refused(options, QStringLiteral("thresholds must increase")));
    options = {};
    options.riskSignals = {{"odd", "complaints_3m", ">", 0, -1}};
    QVERIFY(refused(options, QStringLiteral("the weight must be a positive number")));
    options = {};
    options.riskSignals = {{"odd", "complaints_3m", "~", 0, 1}};
    QVERIFY(refused(options, QStringLiteral("expected one of")));
    options = {};
    options.riskModel = RiskModel::Logistic;
    QVERIFY(refused(options, QStringLiteral("needs the churn label column")));
    // A label must be 0/1: C4 has 2 late payments.
    options.label = QStringLiteral("late_payments_3m");
    options.features = {QStringLiteral("complaints_3m")};
    QVERIFY(refused(options, QStringLiteral("must hold 0/1")));
    options = {};
    options.valueBands = 4;
    QVERIFY(refused(options, QStringLiteral("value bands: expected 2 or 3")));
}

void TestValueRisk::commandLineGrid()
{
    QTemporaryDir temp;
    {
        auto workspace = importExtract(temp);
        QVERIFY(workspace);
    }
    const QString path = temp.filePath(QStringLiteral("w.cwb"));
    // The same grid as workspaceGridWithExactRules, through `cwb segment grid --json`.
    const test::CwbRun run = test::runCwb(
        {"segment", "grid", "--workspace", path, "--today", "2026-11-23", "--json", "--with-ids"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value("scored").toInt(), 7);
    QCOMPARE(root.value("unscored").toInt(), 1);
    QCOMPARE(root.value("value_edges").toArray().at(0).toDouble(), 100.0);
    const QJsonArray cells = root.value("cells").toArray();
    QCOMPARE(cells.size(), 4);
    const QJsonObject highHigh = cells.at(3).toObject(); // value band 1, risk band 1
    QCOMPARE(highHigh.value("label").toString(), QStringLiteral("high value / high risk"));
    QCOMPARE(highHigh.value("customer_ids").toArray(), (QJsonArray{"C3", "C7"}));
    QVERIFY(highHigh.value("rule").toString().startsWith(QStringLiteral("avg(")));
    // Own signals: complaints (weight 2) alone; score >= 2 is high risk: C2 and C3.
    const test::CwbRun own = test::runCwb({"segment", "grid", "--workspace", path, "--signal",
                                           "complaints:complaints_3m >= 1:2", "--risk-thresholds",
                                           "2", "--json", "--with-ids"});
    QVERIFY2(own.exitCode == 0, own.err.constData());
    const QJsonArray ownCells = QJsonDocument::fromJson(own.out).object().value("cells").toArray();
    QCOMPARE(ownCells.at(1).toObject().value("customer_ids").toArray(), QJsonArray{"C2"});
    QCOMPARE(ownCells.at(3).toObject().value("customer_ids").toArray(), QJsonArray{"C3"});
    // Usage errors: exit code 1 and a message naming the option.
    const test::CwbRun both = test::runCwb({"segment", "grid", "--workspace", path, "--value-bands",
                                            "2", "--value-thresholds", "100"});
    QCOMPARE(both.exitCode, 1);
    QVERIFY(both.err.contains("not both"));
    const test::CwbRun model =
        test::runCwb({"segment", "grid", "--workspace", path, "--risk-model", "magic"});
    QCOMPARE(model.exitCode, 1);
    QVERIFY(model.err.contains("expected score or logistic"));
    const test::CwbRun signal =
        test::runCwb({"segment", "grid", "--workspace", path, "--signal", "complaints_3m > 1"});
    QCOMPARE(signal.exitCode, 1);
    QVERIFY(signal.err.contains("NAME:EXPRESSION OP THRESHOLD:WEIGHT"));
}

// Conditions of the analytics (loadCustomerFrame: risk signals, cluster features) may use the
// tag library and saved segments, expanded as the rule engine expands them.
void TestValueRisk::conditionsExpandReferences()
{
    QTemporaryDir temp;
    auto workspace = importExtract(temp);
    QVERIFY(workspace);
    SegmentStore store(*workspace, kToday);
    store.saveTag(
        {QStringLiteral("complainer"), QStringLiteral("complaints_3m > 0"), {}, {}, {}, {}});
    store.addListSegment(QStringLiteral("vip"), {QStringLiteral("C1"), QStringLiteral("C3")});
    const CustomerFrame frame =
        loadCustomerFrame(*workspace,
                          {QStringLiteral("tag:complainer"),
                           QStringLiteral("segment:\"vip\" AND NOT tag:complainer")},
                          kToday);
    QCOMPARE(frame.rows(), qsizetype(8));
    // complaints_3m: 0 1 1 0 0 0 0 blank -> the tag holds for C2, C3. A reference stands for
    // coalesce(RULE, false) (ruleresolver.h): C8's unknown complaint count gives 0, not NaN,
    // unlike the bare condition.
    const std::vector<double> complainer = frame.column(0);
    const std::vector<double> expected{0, 1, 1, 0, 0, 0, 0, 0};
    for (std::size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(complainer[i], expected[i]);
    const CustomerFrame bare =
        loadCustomerFrame(*workspace, {QStringLiteral("complaints_3m > 0")}, kToday);
    QVERIFY(std::isnan(bare.column(0)[7]));
    // vip = {C1, C3}; C3 complains: only C1 holds. C8: vip is false, so the AND is false.
    const std::vector<double> vipQuiet = frame.column(1);
    QCOMPARE(vipQuiet[0], 1.0);
    QCOMPARE(vipQuiet[2], 0.0);
    QCOMPARE(vipQuiet[7], 0.0);
    double sum = 0;
    for (double v : vipQuiet)
        sum += v;
    QCOMPARE(sum, 1.0);
    // An unknown reference is a clear error naming it.
    try {
        loadCustomerFrame(*workspace, {QStringLiteral("tag:nosuch")}, kToday);
        QFAIL("an unknown tag was accepted");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("nosuch")), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestValueRisk)
#include "tst_valuerisk.moc"
