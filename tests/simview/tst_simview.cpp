// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the Simulation view: it shows the engine's figures, recomputes off the GUI thread when
// a cell changes, drops stale results, round-trips PLAN.json and writes the PDF summary; rates
// typed as ranges or evidence, scenarios A and B side by side, a plan built from a campaign.
#include "campaign/campaignstore.h"
#include "core/error.h"
#include "offer/packagestore.h"
#include "shell/navigationbar.h"
#include "shell/workbenchshell.h"
#include "simulate/funnelmodel.h"
#include "simulate/planreader.h"
#include "simulate/plansources.h"
#include "simulate/planwriter.h"
#include "simulation/plancellmodel.h"
#include "simulation/resultrows.h"
#include "simulation/simulationrunner.h"
#include "simulation/simulationview.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QHeaderView>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace cwb;
using namespace cwb::simulate;

namespace {

QString examplePlan()
{
    return QDir(qEnvironmentVariable("CWB_TEST_DATA"))
        .absoluteFilePath(QStringLiteral("../../docs/examples/pilot-plan.json"));
}

// The text the results table shows for the row labelled label in column column.
QString shown(const SimulationView &view, const QString &label, int column)
{
    QTableWidget *table = view.resultsTable();
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->verticalHeaderItem(r) && table->verticalHeaderItem(r)->text() == label)
            return table->item(r, column) ? table->item(r, column)->text() : QString();
    return QStringLiteral("<no row %1>").arg(label);
}

} // namespace

class TestSimView : public QObject
{
    Q_OBJECT

private slots:
    void defaultPlanShowsTheEngineFigures();
    void editingCustomersUpdatesTheResults();
    void staleResultIsDropped();
    void openedPlanKeepsRangesAndEvidence();
    void openErrorIsShown();
    void savedPlanReadsBackTheSame();
    void pdfSummaryIsWritten();
    void shellHostsTheSimulationStep();
    void ratesTypedAsRangesAndEvidence();
    void scenariosSideBySide();
    void planFromCampaign();
};

void TestSimView::defaultPlanShowsTheEngineFigures()
{
    SimulationView view;
    view.resize(1200, 800);
    QTRY_VERIFY_WITH_TIMEOUT(view.result().has_value(), 20000);
    const SimulationResult &result = *view.result();
    QCOMPARE(int(result.cells.size()), 1);
    // The engine's own figure for the default cell
    const PlanCell cell = PlanCellModel::defaultCell(QStringLiteral("pilot"));
    const FunnelFigures engine = expectedFunnel(cell, defaults::horizonMonths);
    QCOMPARE(result.cells[0].expected.connected, engine.connected);
    // By hand (shared/DOMAIN.md pilot, no control): 2598 x 0.60 = 1558.8 connected;
    // 1558.8 x 0.2502 = 390.01176 intentions; 390.01176 x 0.4354 = 169.8111 completions.
    QVERIFY(qAbs(result.cells[0].expected.connected - 1558.8) < 1e-9);
    QVERIFY(qAbs(result.cells[0].expected.intentions - 390.01176) < 1e-6);
    QVERIFY(qAbs(result.cells[0].expected.completions - 169.8111) < 1e-3);
    QCOMPARE(result.draws, defaults::draws);
    // The table shows them (column 0 = the cell, 1 = total)
    QCOMPARE(shown(view, QStringLiteral("Connected"), 0), QLocale().toString(1558.8, 'f', 1));
    QCOMPARE(shown(view, QStringLiteral("Connected"), 1), QLocale().toString(1558.8, 'f', 1));
    QCOMPARE(shown(view, QStringLiteral("Completions"), 0), QLocale().toString(169.8, 'f', 1));
    QCOMPARE(shown(view, QStringLiteral("Net (yuan)"), 0), ResultRows::money(engine.net));
    // No control group: the engine warns, and the view shows it.
    QVERIFY2(view.warningText().contains(QStringLiteral("control")),
             qPrintable(view.warningText()));
}

void TestSimView::editingCustomersUpdatesTheResults()
{
    SimulationView view;
    QTRY_VERIFY_WITH_TIMEOUT(view.result().has_value(), 20000);
    PlanCellModel *model = view.cellModel();
    QVERIFY(model->setData(model->index(0, PlanCellModel::Customers), 1000.0));
    // 1000 customers x 0.60 = 600 connected
    QTRY_COMPARE_WITH_TIMEOUT(view.result()->cells[0].expected.connected, 600.0, 20000);
    QTRY_COMPARE(shown(view, QStringLiteral("Connected"), 0), QLocale().toString(600.0, 'f', 1));
    // A value the engine's reader refuses is shown as an error, and no run starts.
    const int before = view.runner()->latestJobId();
    QVERIFY(model->setData(model->index(0, PlanCellModel::ConnectRate), 1.5));
    QVERIFY2(view.errorText().contains(QStringLiteral("connect_rate")),
             qPrintable(view.errorText()));
    QTest::qWait(400);
    QCOMPARE(view.runner()->latestJobId(), before);
}

void TestSimView::staleResultIsDropped()
{
    SimulationRunner runner;
    QSignalSpy finished(&runner, &SimulationRunner::finished);
    SimulationPlan slow;
    slow.draws = defaults::maxDraws;
    slow.cells.push_back(PlanCellModel::defaultCell(QStringLiteral("a")));
    slow.cells[0].rates[0] = UncertainRate::uniform(0.5, 0.7);
    slow.cells[0].customers = 100;
    SimulationPlan fast = slow;
    fast.draws = 1000;
    fast.cells[0].customers = 5000;
    const int first = runner.runNow(slow);
    const int second = runner.runNow(fast);
    QVERIFY(second > first);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 20000);
    QCOMPARE(finished.count(), 1); // the first run never arrives
    QCOMPARE(finished.at(0).at(0).toInt(), second);
    QCOMPARE(runner.droppedResults(), 1);
    QCOMPARE(runner.latestPlan().cells[0].customers, 5000.0);
}

void TestSimView::openedPlanKeepsRangesAndEvidence()
{
    SimulationView view;
    QCOMPARE(view.openPlanFile(examplePlan()), QString());
    PlanCellModel *model = view.cellModel();
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex connect = model->index(0, PlanCellModel::ConnectRate);
    QCOMPARE(connect.data().toString(), QStringLiteral("0.52–0.62"));
    QVERIFY(model->flags(connect) & Qt::ItemIsEditable);
    QCOMPARE(connect.data(Qt::EditRole).toString(), QStringLiteral("0.52-0.62"));
    QCOMPARE(model->index(0, PlanCellModel::IntentionRate).data().toString(),
             QStringLiteral("395/1579"));
    QVERIFY(model->flags(model->index(1, PlanCellModel::CompletionRate)) & Qt::ItemIsEditable);
    // The view's result is the engine's for the same plan (docs/simulate-plan.md: net 6,243).
    QTRY_VERIFY_WITH_TIMEOUT(view.result() && view.result()->cells.size() == 2, 30000);
    const SimulationResult engine = runSimulation(readPlanFile(examplePlan()));
    QCOMPARE(view.result()->total.expected.net, engine.total.expected.net);
    QCOMPARE(view.result()->total.net.p50, engine.total.net.p50);
    QCOMPARE(qRound(view.result()->total.expected.net), 6243);
    QVERIFY(!engine.tornado.empty());
    QVERIFY(view.warningText().contains(QStringLiteral("too small")));
}

void TestSimView::openErrorIsShown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"cells": [{"name": "x", "customers": 10, "conect_rate": 0.5,
                "monthly_revenue_uplift": 1}]})");
    file.close();
    SimulationView view;
    const QString error = view.openPlanFile(path);
    QVERIFY2(error.contains(QStringLiteral("conect_rate")), qPrintable(error));
    QVERIFY(view.errorText().contains(QStringLiteral("conect_rate")));
}

void TestSimView::savedPlanReadsBackTheSame()
{
    QTemporaryDir dir;
    SimulationView view;
    QCOMPARE(view.openPlanFile(examplePlan()), QString());
    const QString path = dir.filePath(QStringLiteral("saved.json"));
    QCOMPARE(view.savePlanFile(path), QString());
    const SimulationPlan original = readPlanFile(examplePlan());
    const SimulationPlan saved = readPlanFile(path);
    QCOMPARE(saved.seed, original.seed);
    QCOMPARE(saved.cells.size(), original.cells.size());
    for (size_t i = 0; i < saved.cells.size(); ++i) {
        QCOMPARE(saved.cells[i].name, original.cells[i].name);
        QCOMPARE(saved.cells[i].costPerContact, original.cells[i].costPerContact);
        for (int s = 0; s < kRateSlots; ++s)
            QCOMPARE(saved.cells[i].rates[size_t(s)].describe(),
                     original.cells[i].rates[size_t(s)].describe());
    }
    // Same plan, same seed: the same result.
    QCOMPARE(runSimulation(saved).total.net.p5, runSimulation(original).total.net.p5);
}

void TestSimView::pdfSummaryIsWritten()
{
    QTemporaryDir dir;
    const QString out = qEnvironmentVariable("CWB_SIMVIEW_OUT");
    SimulationView view;
    view.resize(1280, 800);
    QCOMPARE(view.openPlanFile(examplePlan()), QString());
    if (!out.isEmpty()) { // a screenshot for the user guide
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.result() && view.result()->cells.size() == 2, 30000);
        QVERIFY(view.grab().save(out + QStringLiteral("/simulation.png")));
    }
    // The translated view: every new string has its zh_CN text (spot check of the buttons).
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/translations/campaign-workbench_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        SimulationView chinese;
        QStringList buttons;
        for (const QPushButton *button : chinese.findChildren<QPushButton *>())
            buttons << button->text();
        QVERIFY2(buttons.contains(QStringLiteral("导出 PDF…")), qPrintable(buttons.join(u'|')));
        // The engine's warnings speak the interface's language too.
        const simulate::SimulationPlan plan =
            simulate::readPlan("{\"cells\": [{\"name\": \"A\", \"customers\": 100, "
                               "\"monthly_revenue_uplift\": 10}]}",
                               QStringLiteral("p.json"));
        QCOMPARE(plan.warnings,
                 QStringList{QStringLiteral("单元“A”：未给出 control_conversion_rate；按 0 计算"
                                            "（每个竣工都算作增量，偏乐观）")});
        if (!out.isEmpty()) {
            chinese.resize(1280, 800);
            chinese.show();
            QTRY_VERIFY_WITH_TIMEOUT(chinese.result().has_value(), 30000);
            QVERIFY(chinese.grab().save(out + QStringLiteral("/simulation-zh.png")));
        }
        QCoreApplication::removeTranslator(&zh);
    }
    // A Chinese cell name must reach the PDF as text (the font has the glyphs).
    const QString chinese = QStringLiteral("外呼全部客户");
    QVERIFY(view.cellModel()->setData(view.cellModel()->index(0, PlanCellModel::Name), chinese));
    QTRY_VERIFY_WITH_TIMEOUT(view.result() && view.result()->cells.size() == 2 &&
                                 view.result()->cells[0].name == chinese,
                             30000);
    const QString path = (out.isEmpty() ? dir.path() : out) + QStringLiteral("/summary.pdf");
    view.exportPdf(path);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.size() > 5000);
    QVERIFY(pdf.read(5).startsWith("%PDF"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(chinese), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Approved by")));
    }
}

void TestSimView::shellHostsTheSimulationStep()
{
    QUndoStack undo;
    WorkbenchShell shell(&undo);
    shell.showStep(PlanningStep::Simulation);
    auto *pages = shell.findChild<QStackedWidget *>();
    QVERIFY(pages);
    QVERIFY(qobject_cast<SimulationView *>(pages->currentWidget()));
    auto *navigation = shell.findChild<NavigationBar *>();
    QVERIFY(navigation);
    const QString text = navigation->item(int(PlanningStep::Simulation))->text();
    QVERIFY2(!text.contains(QStringLiteral("planned")), qPrintable(text));
}

void TestSimView::ratesTypedAsRangesAndEvidence()
{
    SimulationView view;
    QTRY_VERIFY_WITH_TIMEOUT(view.result().has_value(), 20000);
    PlanCellModel *model = view.cellModel();
    const QModelIndex connect = model->index(0, PlanCellModel::ConnectRate);
    const QModelIndex intention = model->index(0, PlanCellModel::IntentionRate);
    // A range and the evidence of an earlier pilot, typed as text.
    QVERIFY(model->setData(connect, QStringLiteral("0.5-0.7")));
    QVERIFY(model->setData(intention, QStringLiteral("395/1579")));
    QCOMPARE(model->cells()[0].rate(RateSlot::Connect).kind(), UncertainRate::Kind::Uniform);
    QCOMPARE(connect.data().toString(), QStringLiteral("0.5–0.7"));
    QCOMPARE(model->cells()[0].rate(RateSlot::Intention).kind(), UncertainRate::Kind::Evidence);
    // The view then shows the engine's result for exactly that plan: connected at the mean,
    // 2598 x (0.5 + 0.7) / 2 = 1558.8; the net now has a spread.
    QTRY_VERIFY_WITH_TIMEOUT(view.result() && view.result()->tornado.size() == 2, 30000);
    const SimulationResult engine =
        runSimulation(readPlan(PlanWriter::toBytes(view.plan()), QStringLiteral("typed")));
    QVERIFY(qAbs(view.result()->cells[0].expected.connected - 1558.8) < 1e-9);
    QCOMPARE(view.result()->total.net.p50, engine.total.net.p50);
    QVERIFY(view.result()->total.net.p5 < view.result()->total.net.p95);
    // A text the engine refuses is not stored and its message is shown.
    QVERIFY(!model->setData(connect, QStringLiteral("0.7-0.5")));
    QVERIFY2(view.errorText().contains(QStringLiteral("low 0.7 is above high 0.5")),
             qPrintable(view.errorText()));
    QVERIFY(!model->setData(intention, QStringLiteral("12/10")));
    QVERIFY2(view.errorText().contains(QStringLiteral("successes 12 is more than trials 10")),
             qPrintable(view.errorText()));
    QCOMPARE(model->cells()[0].rate(RateSlot::Connect).high(), 0.7);
    // Back to a point.
    QVERIFY(model->setData(connect, QStringLiteral("0.6")));
    QCOMPARE(model->cells()[0].rate(RateSlot::Connect).kind(), UncertainRate::Kind::Point);
}

void TestSimView::scenariosSideBySide()
{
    SimulationView view;
    view.cellModel()->setData(view.cellModel()->index(0, PlanCellModel::ConnectRate),
                              QStringLiteral("0.5-0.7"));
    QTRY_VERIFY_WITH_TIMEOUT(view.result() && view.result()->tornado.size() == 1, 30000);
    const SimulationPlan a = readPlan(PlanWriter::toBytes(view.plan()), QStringLiteral("a"));
    QVERIFY(view.keepAsScenarioA());
    QVERIFY(view.hasScenarioA());
    // B: the same cell with half the cost per contact.
    PlanCellModel *model = view.cellModel();
    QVERIFY(model->setData(model->index(0, PlanCellModel::CostPerContact), 1.5));
    QTRY_VERIFY_WITH_TIMEOUT(view.comparison() && view.comparison()->b.total.expected.cost <
                                                      view.comparison()->a.total.expected.cost,
                             30000);
    const SimulationPlan b = readPlan(PlanWriter::toBytes(view.plan()), QStringLiteral("b"));
    const ScenarioComparison engine = compareScenarios(a, b);
    QCOMPARE(view.comparison()->netDifference.mean, engine.netDifference.mean);
    QCOMPARE(view.comparison()->netDifference.probPositive, engine.netDifference.probPositive);
    // Same customers and rates, 1.5 yuan less per contact: B - A = 2598 x 1.5 = 3897 yuan in
    // every draw, so the difference is positive in all of them.
    QVERIFY(qAbs(engine.netDifference.mean - 3897.0) < 1e-6);
    QCOMPARE(engine.netDifference.probPositive, 1.0);
    QTableWidget *table = view.comparisonTable();
    QCOMPARE(table->columnCount(), 3);
    int meanRow = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->verticalHeaderItem(r)->text() == QStringLiteral("Net, mean (yuan)"))
            meanRow = r;
    QVERIFY(meanRow >= 0);
    QCOMPARE(table->item(meanRow, 0)->text(), QLocale().toString(engine.a.total.net.mean, 'f', 0));
    QCOMPARE(table->item(meanRow, 1)->text(), QLocale().toString(engine.b.total.net.mean, 'f', 0));
    QCOMPARE(table->item(meanRow, 2)->text(), QLocale().toString(3897.0, 'f', 0));
    view.clearScenarioA();
    QVERIFY(!view.hasScenarioA());
    QCOMPARE(view.comparisonTable()->rowCount(), 0);
}

void TestSimView::planFromCampaign()
{
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
    Database &db = workspace->db();
    // The call cell needs numbers to call.
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
    campaign::Campaign c;
    c.name = QStringLiteral("Winback");
    c.period = QStringLiteral("2026-12");
    c.start = QDate(2026, 12, 1);
    c.cells.append({QStringLiteral("low"),
                    {},
                    QStringLiteral("total_fee_m1 <= 50"),
                    QStringLiteral("P 50"),
                    QStringLiteral("call"),
                    0.4,
                    -1});
    c.cells.append({QStringLiteral("high"),
                    {},
                    QStringLiteral("total_fee_m1 > 50"),
                    {},
                    QStringLiteral("door_to_door"),
                    0.2,
                    -1});
    campaign::CampaignStore(*workspace).create(c);
    // The offer of "low" is in the catalog (10 yuan off for 2 months); the customers have no
    // usage to price it on.
    Package p50;
    p50.name = QStringLiteral("P 50");
    p50.monthlyFee = 50;
    p50.discount = {Discount::Kind::Amount, 10, 2};
    PackageStore(*workspace).add(p50);

    SimulationView view;
    QVERIFY(!view.loadCampaign(QStringLiteral("Winback")).isEmpty()); // no workspace yet
    view.setWorkspace(workspace.get());
    QVERIFY(view.loadCampaign(QStringLiteral("nope")).contains(QStringLiteral("nope")));
    QCOMPARE(view.loadCampaign(QStringLiteral("Winback")), QString());
    // Not split: 5 customers each, control round(5 x 0.4) = 2 and round(5 x 0.2) = 1.
    PlanCellModel *model = view.cellModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->cells()[0].customers, 5.0);
    QVERIFY(qAbs(model->cells()[0].controlShare - 0.4) < 1e-12);
    QCOMPARE(model->cells()[1].channel, Channel::DoorToDoor);
    QCOMPARE(model->cells()[1].costPerContact, defaultCostPerContact(Channel::DoorToDoor));
    QVERIFY2(view.sourceText().contains(QStringLiteral("17.10")), qPrintable(view.sourceText()));
    // The offer's discount from the catalog; the revenue change an assumption that says why.
    QCOMPARE(model->cells()[0].offer, QStringLiteral("P 50"));
    QCOMPARE(model->cells()[0].discountPerMonth, 10.0);
    QCOMPARE(model->cells()[0].discountMonths, 2.0);
    QVERIFY2(view.sourceText().contains(QStringLiteral("could not be priced on 'P 50'")),
             qPrintable(view.sourceText()));
    // The Sources tab lists what the engine lists: every input with a source, per cell.
    const auto sourceRows = [&view] {
        QStringList rows;
        QTableWidget *table = view.sourcesTable();
        for (int r = 0; r < table->rowCount(); ++r)
            rows << QStringList{table->item(r, 0)->text(), table->item(r, 1)->text(),
                                table->item(r, 2)->text(), table->item(r, 3)->text()}
                        .join(u'|');
        return rows;
    };
    QCOMPARE(view.sourcesTable()->rowCount(), int(describeSources(view.plan()).size()));
    const QString revenueLabel = inputLabel(QStringLiteral("monthly_revenue_uplift"));
    QStringList rows = sourceRows();
    QVERIFY2(rows.contains(QStringLiteral("low|%1|17.10 yuan|%2; its customers could not be "
                                          "priced on 'P 50': %3: the customers have no usage "
                                          "columns (local_minutes_m1, ld_minutes_m1 or "
                                          "data_mb_m1), so packages cannot be priced")
                               .arg(revenueLabel, assumedRevenueSource(), workspace->path())),
             qPrintable(rows.join(u'\n')));
    QVERIFY(rows.contains(QStringLiteral("low|%1|10.00 yuan|P 50 in the package catalog: 10.00 "
                                         "yuan off 50.00 for 2 months")
                              .arg(inputLabel(QStringLiteral("discount_per_month")))));
    QVERIFY(rows.contains(QStringLiteral("high|%1|17.10 yuan|%2; the cell names no offer")
                              .arg(revenueLabel, assumedRevenueSource())));
    QVERIFY(rows.contains(QStringLiteral("high|connect rate|0.6|pilot default "
                                         "(simulatedefaults.h)")));
    QVERIFY(rows.contains(QStringLiteral("high|cost per contact|40.00 yuan|assumed cost of a "
                                         "contact by door_to_door (channel default, "
                                         "simulatedefaults.cpp)")));
    // 2 months at 17.10 - 10.00 = 7.10, 10 at 17.10: 185.20 over 12 months.
    QVERIFY(rows.contains(QStringLiteral("low|revenue change per completion over the 12-month "
                                         "horizon|185.20 yuan|2 months at 7.10 during the "
                                         "discount + 10 months at 17.10 after it")));
    // A revenue change typed over the assumption (a negative one: the offer lowers the bill)
    // is no longer credited to it.
    QVERIFY(model->setData(model->index(0, PlanCellModel::MonthlyRevenueUplift),
                           QLocale().toString(-12.5)));
    QCOMPARE(model->cells()[0].monthlyRevenueUplift, -12.5);
    rows = sourceRows();
    QVERIFY2(rows.contains(QStringLiteral("low|%1|-12.50 yuan|typed in (it was 17.10 yuan: %2; "
                                          "its customers could not be priced on 'P 50': %3: the "
                                          "customers have no usage columns (local_minutes_m1, "
                                          "ld_minutes_m1 or data_mb_m1), so packages cannot be "
                                          "priced)")
                               .arg(revenueLabel, assumedRevenueSource(), workspace->path())),
             qPrintable(rows.join(u'\n')));
    QVERIFY(!model->setData(model->index(0, PlanCellModel::CostPerContact), QStringLiteral("-1")));
    QTRY_VERIFY_WITH_TIMEOUT(view.result() && view.result()->cells.size() == 2 &&
                                 view.result()->cells[0].expected.revenue < 0.0,
                             30000);
    // The PDF summary names the assumption on page 1 and lists the sources on page 2.
    const QString pdfPath = dir.filePath(QStringLiteral("summary.pdf"));
    view.exportPdf(pdfPath);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        // NFKC: the PDF's ligatures (ﬀ, ﬁ) as letters.
        const QString text = QString::fromUtf8(process.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC)
                                 .simplified();
        // Page 1: what a completion of each cell is worth and where that comes from.
        QVERIFY2(text.contains(QStringLiteral("high: 205.20 yuan per completion over 12 months "
                                              "(12 months at 17.10); ASSUMPTION, not the "
                                              "offer's figure")),
                 qPrintable(text.left(1500)));
        QVERIFY2(text.contains(QStringLiteral("Where the inputs come from: campaign Winback")),
                 qPrintable(text.right(1500)));
        QVERIFY2(text.contains(QStringLiteral("the cell names no offer")),
                 qPrintable(text.right(3000)));
        QVERIFY2(text.contains(QStringLiteral("typed in (it was 17.10 yuan")),
                 qPrintable(text.right(3000)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(view.result() && view.result()->cells.size() == 2, 30000);
    // target of "high" = 5 x (1 - 0.2) = 4
    QVERIFY(qAbs(view.result()->cells[1].expected.target - 4.0) < 1e-9);
    QCOMPARE(view.plan().description, view.plan().description.trimmed());
    QVERIFY(view.plan().description.startsWith(QStringLiteral("From campaign 'Winback'")));
}

QTEST_MAIN(TestSimView)
#include "tst_simview.moc"
