// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb simulate PLAN.json`: the ROI simulation of a plan before launch (docs/simulate-plan.md).
// Parses the arguments, runs models/simulate and prints a table or JSON; no figure is computed
// here.
#include "cliutil.h"

#include "core/error.h"
#include "simulate/campaignplan.h"
#include "simulate/montecarlo.h"
#include "simulate/planreader.h"
#include "simulate/plansources.h"
#include "simulate/planwriter.h"
#include "simulate/simulationjson.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <functional>

namespace {

using namespace cwb;
using namespace cwb::simulate;

QString undefined()
{
    return QStringLiteral("n/a");
}

QString count(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 1) : undefined();
}

QString money(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 0) : undefined();
}

QString percent(double value)
{
    return std::isfinite(value) ? QString::number(value * 100.0, 'f', 2) + QLatin1Char('%')
                                : undefined();
}

QString summaryMoney(const Summary &s, double Summary::*field)
{
    return s.valid ? money(s.*field) : undefined();
}

QString summaryPercent(const Summary &s, double Summary::*field)
{
    return s.valid ? percent(s.*field) : undefined();
}

// One table row: a label then one value per cell and the total.
void printRow(const QString &label, const std::vector<const CellResult *> &columns,
              const std::function<QString(const CellResult &)> &value, int width)
{
    QString line = QStringLiteral("  ") + label.leftJustified(30);
    for (const CellResult *r : columns)
        line += value(*r).rightJustified(width);
    cli::printOut(line);
}

void printTable(const QString &planPath, const SimulationResult &result)
{
    cli::printOut(QStringLiteral("%1: %2 cells, horizon %3 months; %4 draws, seed %5")
                      .arg(planPath)
                      .arg(result.cells.size())
                      .arg(result.horizonMonths)
                      .arg(result.draws)
                      .arg(result.seed));
    std::vector<const CellResult *> columns;
    int width = 14;
    for (const CellResult &r : result.cells) {
        columns.push_back(&r);
        width = std::max(width, int(r.name.size()) + 2);
    }
    columns.push_back(&result.total);
    using R = const CellResult &;
    const auto row = [&](const QString &label, const std::function<QString(R)> &value) {
        printRow(label, columns, value, width);
    };
    cli::printOut(QString());
    row(QString(), [](R r) { return r.name; });
    row(QStringLiteral("channel"), [](R r) { return r.channel; });
    cli::printOut(QStringLiteral("Expected (rates at their means)"));
    row(QStringLiteral("customers"), [](R r) { return count(r.expected.customers); });
    row(QStringLiteral("target"), [](R r) { return count(r.expected.target); });
    row(QStringLiteral("control"), [](R r) { return count(r.expected.control); });
    row(QStringLiteral("connected"), [](R r) { return count(r.expected.connected); });
    row(QStringLiteral("intentions"), [](R r) { return count(r.expected.intentions); });
    row(QStringLiteral("completions"), [](R r) { return count(r.expected.completions); });
    row(QStringLiteral("baseline (would convert anyway)"),
        [](R r) { return count(r.expected.baseline); });
    row(QStringLiteral("incremental completions"),
        [](R r) { return count(r.expected.incrementalCompletions); });
    row(QStringLiteral("revenue (yuan)"), [](R r) { return money(r.expected.revenue); });
    row(QStringLiteral("cost (yuan)"), [](R r) { return money(r.expected.cost); });
    row(QStringLiteral("net (yuan)"), [](R r) { return money(r.expected.net); });
    row(QStringLiteral("ROI"), [](R r) { return percent(r.expected.roi); });
    row(QStringLiteral("break-even intention rate"),
        [](R r) { return percent(r.expected.breakEvenIntentionRate); });
    cli::printOut(QStringLiteral("Monte Carlo"));
    row(QStringLiteral("net mean"), [](R r) { return summaryMoney(r.net, &Summary::mean); });
    row(QStringLiteral("net P5"), [](R r) { return summaryMoney(r.net, &Summary::p5); });
    row(QStringLiteral("net P50"), [](R r) { return summaryMoney(r.net, &Summary::p50); });
    row(QStringLiteral("net P95"), [](R r) { return summaryMoney(r.net, &Summary::p95); });
    row(QStringLiteral("P(net > 0)"),
        [](R r) { return summaryPercent(r.net, &Summary::probPositive); });
    row(QStringLiteral("ROI mean"), [](R r) { return summaryPercent(r.roi, &Summary::mean); });
    row(QStringLiteral("ROI P5"), [](R r) { return summaryPercent(r.roi, &Summary::p5); });
    row(QStringLiteral("ROI P50"), [](R r) { return summaryPercent(r.roi, &Summary::p50); });
    row(QStringLiteral("ROI P95"), [](R r) { return summaryPercent(r.roi, &Summary::p95); });
    row(QStringLiteral("P(ROI > 0)"),
        [](R r) { return summaryPercent(r.roi, &Summary::probPositive); });
    cli::printOut(
        QStringLiteral("Power (alpha %1 two-sided, power %2)").arg(result.alpha).arg(result.power));
    row(QStringLiteral("control conversion"), [](R r) { return percent(r.power.baselineRate); });
    row(QStringLiteral("expected target conversion"),
        [](R r) { return percent(r.power.expectedRate); });
    row(QStringLiteral("minimum detectable uplift"),
        [](R r) { return r.power.mde ? percent(*r.power.mde) : undefined(); });
    row(QStringLiteral("needed per group"), [](R r) {
        return r.power.requiredPerGroup ? QString::number(*r.power.requiredPerGroup) : undefined();
    });
    row(QStringLiteral("needed at plan's split"), [](R r) {
        return r.power.requiredTarget && r.power.requiredControl
                   ? QStringLiteral("%1 + %2")
                         .arg(*r.power.requiredTarget)
                         .arg(*r.power.requiredControl)
                   : undefined();
    });
    if (!result.tornado.empty()) {
        cli::printOut(QString());
        cli::printOut(QStringLiteral("Sensitivity of total net (each input at P10 / P90, others "
                                     "at their means; base %1)")
                          .arg(money(result.tornadoBaseNet)));
        for (const TornadoBar &bar : result.tornado) {
            cli::printOut(QStringLiteral("  %1 %2 %3 .. %4  ->  net %5 .. %6")
                              .arg(bar.cell.leftJustified(width), bar.input.leftJustified(24))
                              .arg(bar.lowValue, 0, 'f', 4)
                              .arg(bar.highValue, 0, 'f', 4)
                              .arg(money(bar.netAtLow), money(bar.netAtHigh)));
        }
    }
    if (!result.warnings.isEmpty()) {
        cli::printOut(QString());
        cli::printOut(QStringLiteral("Warnings"));
        for (const QString &warning : result.warnings)
            cli::printOut(QStringLiteral("  - ") + warning);
    }
}

// Where every input that is not the user's own comes from (defaults, assumptions, the split,
// the offer priced on the customers), and the revenue per completion worked out.
void printSources(const SimulationPlan &plan)
{
    const std::vector<SourceLine> lines = describeSources(plan);
    if (lines.empty())
        return;
    cli::printOut(QString());
    cli::printOut(QStringLiteral("Where the inputs come from"));
    QString cell;
    for (const SourceLine &line : lines) {
        if (line.cell != cell || &line == &lines.front()) {
            cell = line.cell;
            cli::printOut(cell.isEmpty() ? QStringLiteral("  plan")
                                         : QStringLiteral("  cell '%1'").arg(cell));
        }
        cli::printOut(QStringLiteral("    %1 %2: %3").arg(line.label, line.value, line.source));
    }
}

QJsonArray sourcesJson(const SimulationPlan &plan)
{
    QJsonArray array;
    for (const SourceLine &line : describeSources(plan)) {
        array.append(QJsonObject{{QStringLiteral("cell"), line.cell},
                                 {QStringLiteral("field"), line.field},
                                 {QStringLiteral("input"), line.label},
                                 {QStringLiteral("value"), line.value},
                                 {QStringLiteral("source"), line.source},
                                 {QStringLiteral("changed"), line.changed}});
    }
    return array;
}

void printComparison(const QString &pathA, const QString &pathB, const ScenarioComparison &c)
{
    cli::printOut(QString());
    cli::printOut(QStringLiteral("Scenario %1 minus %2 (total net, common random numbers)")
                      .arg(pathB, pathA));
    const Summary &d = c.netDifference;
    cli::printOut(
        QStringLiteral("  mean %1, P5 %2, P50 %3, P95 %4, P(difference > 0) %5")
            .arg(money(d.mean), money(d.p5), money(d.p50), money(d.p95), percent(d.probPositive)));
}

int simulate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulates the ROI of a plan before launch: the expected funnel, a Monte "
                       "Carlo of net and ROI, the sensitivity of net to each uncertain rate and "
                       "the power of the control group. The plan format is in "
                       "docs/simulate-plan.md. With --campaign, the plan is built from a "
                       "campaign of the workspace instead of read from PLAN.json."));
    parser.addPositionalArgument(QStringLiteral("PLAN.json"),
                                 QStringLiteral("The plan (not with --campaign)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption draws(QStringLiteral("draws"),
                                   QStringLiteral("Monte Carlo draws (overrides the plan)."),
                                   QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed (overrides the plan)."),
                                  QStringLiteral("S"));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QStringLiteral("A second plan: prints its total net minus this plan's, with the "
                       "probability that the difference is positive (same draws and seed)."),
        QStringLiteral("OTHER.json"));
    const QCommandLineOption campaign(
        QStringLiteral("campaign"),
        QStringLiteral("Build the plan from this campaign of --workspace: customers from its "
                       "split (or a dry split when it is not split), each cell's offer priced on "
                       "its targets (the revenue change and the discount), the channels' costs "
                       "and the default rates; the output lists where every input comes from."),
        QStringLiteral("NAME"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QStringLiteral("The workspace (.cwb) of --campaign."),
                                       QStringLiteral("W.cwb"));
    const QCommandLineOption writePlan(
        QStringLiteral("write-plan"),
        QStringLiteral("Also save the plan as PLAN.json (to edit it and simulate it again)."),
        QStringLiteral("FILE"));
    parser.addOptions({json, draws, seed, compare, campaign, workspace, writePlan});
    int exitCode = 0;
    if (!cli::parseArgs(parser, args, exitCode))
        return exitCode;
    const bool fromCampaign = parser.isSet(campaign);
    const QString usageError =
        fromCampaign && !parser.positionalArguments().isEmpty()
            ? QStringLiteral("cwb simulate: --campaign builds the plan; give no PLAN.json")
        : fromCampaign && parser.value(workspace).isEmpty()
            ? QStringLiteral("cwb simulate: --campaign NAME needs --workspace W.cwb")
        : !fromCampaign && parser.positionalArguments().size() != 1
            ? QStringLiteral("cwb simulate: expected one PLAN.json (or --campaign NAME "
                             "--workspace W.cwb)")
            : QString();
    if (!usageError.isEmpty()) {
        cli::printErr(usageError);
        cli::printErr(parser.helpText());
        return 2;
    }
    return cli::guarded(QStringLiteral("simulate"), [&]() {
        QString path;
        SimulationPlan plan;
        if (fromCampaign) {
            auto ws = Workspace::open(parser.value(workspace), Workspace::Access::ReadOnly);
            plan = planFromCampaign(*ws, parser.value(campaign)).plan;
            path = QStringLiteral("campaign '%1'").arg(parser.value(campaign));
        } else {
            path = parser.positionalArguments().constFirst();
            plan = readPlanFile(path);
        }
        if (parser.isSet(draws)) {
            bool ok = false;
            const int n = parser.value(draws).toInt(&ok);
            if (!ok || n < 1 || n > defaults::maxDraws) {
                throw Error(QStringLiteral("--draws: expected a whole number from 1 to %1, got "
                                           "'%2'")
                                .arg(defaults::maxDraws)
                                .arg(parser.value(draws)));
            }
            plan.draws = n;
        }
        if (parser.isSet(seed)) {
            bool ok = false;
            const qulonglong s = parser.value(seed).toULongLong(&ok);
            if (!ok || s > (qulonglong(1) << 53)) {
                throw Error(QStringLiteral("--seed: expected a whole number from 0 to 2^53, got "
                                           "'%1'")
                                .arg(parser.value(seed)));
            }
            plan.seed = s;
        }
        if (parser.isSet(writePlan)) {
            PlanWriter::writeFile(plan, parser.value(writePlan));
            if (!parser.isSet(json))
                cli::printOut(QStringLiteral("plan written to %1").arg(parser.value(writePlan)));
        }
        if (!parser.isSet(json) && !plan.description.isEmpty())
            cli::printOut(plan.description);
        if (parser.isSet(compare)) {
            const QString otherPath = parser.value(compare);
            const ScenarioComparison comparison = compareScenarios(plan, readPlanFile(otherPath));
            if (parser.isSet(json)) {
                QJsonObject root = toJson(comparison.a);
                root.insert(QStringLiteral("sources"), sourcesJson(plan));
                QJsonObject other;
                other.insert(QStringLiteral("plan"), otherPath);
                other.insert(QStringLiteral("result"), toJson(comparison.b));
                other.insert(QStringLiteral("net_difference"), toJson(comparison.netDifference));
                root.insert(QStringLiteral("comparison"), other);
                cli::printJson(QJsonDocument(root));
            } else {
                printTable(path, comparison.a);
                cli::printOut(QString());
                printTable(otherPath, comparison.b);
                printComparison(path, otherPath, comparison);
                printSources(plan);
            }
            return 0;
        }
        const SimulationResult result = runSimulation(plan);
        if (parser.isSet(json)) {
            QJsonObject root = toJson(result);
            root.insert(QStringLiteral("sources"), sourcesJson(plan));
            cli::printJson(QJsonDocument(root));
        } else {
            printTable(path, result);
            printSources(plan);
        }
        return 0;
    });
}

const cli::Registrar registrar(QStringLiteral("simulate"),
                               QStringLiteral("ROI simulation of a plan (funnel, Monte Carlo, "
                                              "sensitivity, power)"),
                               simulate);

} // namespace
