// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb outcomes import`, `cwb followup import` and `cwb evaluate`: call outcomes and the
// follow-up extract into the workspace, and the evaluation of a campaign. All figures come from
// models/evaluate (OutcomeImporter, Followup, CampaignEvaluator).
#include "cliutil.h"

#include "core/error.h"
#include "evaluate/campaignevaluator.h"
#include "evaluate/followup.h"
#include "evaluate/outcomeimporter.h"
#include "simulate/planreader.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

using namespace cwb;

QString singleFile(const QCommandLineParser &parser, const QString &what)
{
    if (parser.positionalArguments().size() != 1)
        throw Error(QStringLiteral("expected one %1 file").arg(what));
    return parser.positionalArguments().front();
}

int outcomesImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Import the call outcomes of a campaign (CSV or XLSX), e.g.\n"
                       "  cwb outcomes import calls.csv --campaign Upsell --workspace pilot.cwb"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The outcomes file."));
    const QCommandLineOption campaign(QStringLiteral("campaign"),
                                      QStringLiteral("The campaign the calls belong to."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   QStringLiteral("XLSX: the worksheet (default: the first)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(campaign);
    parser.addOption(cli::workspaceOption());
    parser.addOption(sheet);
    parser.addOption(json);
    return cli::parseAndRun(parser, args, QStringLiteral("outcomes import"), [&] {
        const QString file = singleFile(parser, QStringLiteral("outcomes"));
        OutcomeImportOptions options;
        options.campaign = parser.value(campaign);
        options.sheet = parser.value(sheet);
        auto ws = Workspace::open(cli::requireWorkspace(parser), Workspace::Access::ReadWrite);
        const OutcomeImportResult r = OutcomeImporter::run(*ws, file, options);
        if (parser.isSet(json)) {
            cli::printJson(QJsonDocument(r.toJson()));
            return 0;
        }
        if (r.alreadyImported) {
            cli::printOut(QStringLiteral("%1 was imported for campaign %2 before (import %3): "
                                         "nothing changed")
                              .arg(file, r.campaign)
                              .arg(r.previousImportId));
            return 0;
        }
        cli::printOut(QStringLiteral("%1: %2 rows; %3 attempts added, %4 already recorded, %5 "
                                     "rejected; %6 added to the do-not-disturb list")
                          .arg(file)
                          .arg(r.rowsRead)
                          .arg(r.added)
                          .arg(r.unchanged)
                          .arg(r.rejected)
                          .arg(r.dndAdded));
        if (!r.replacedImports.isEmpty()) {
            QStringList ids;
            for (qint64 id : r.replacedImports)
                ids << QString::number(id);
            cli::printOut(QStringLiteral("  replaces outcome import %1 (this file holds all its "
                                         "attempts): its %2 rejected rows were deleted")
                              .arg(ids.join(QStringLiteral(", ")))
                              .arg(r.rejectsDropped));
        }
        for (const OutcomeReject &reject : r.rejects)
            cli::printOut(QStringLiteral("  line %1%2: %3")
                              .arg(reject.line)
                              .arg(reject.column.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" (%1)").arg(reject.column),
                                   reject.reason));
        return 0;
    });
}

int outcomes(const QStringList &args)
{
    const QString verb = args.size() > 1 ? args.at(1) : QString();
    if (verb == QLatin1String("import"))
        return outcomesImport(QStringList{args.at(0) + QStringLiteral(" import")} + args.mid(2));
    cli::printErr(QStringLiteral("usage: cwb outcomes import FILE --campaign NAME --workspace "
                                 "W.cwb [--sheet NAME] [--json]"));
    return verb == QLatin1String("--help") || verb == QLatin1String("-h") ? 0 : 2;
}

int followupImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Import the follow-up extract (billing after the campaign), replacing the "
                       "previous one, e.g.\n"
                       "  cwb followup import billing_dec.csv --workspace pilot.cwb"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The extract."));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   QStringLiteral("XLSX: the worksheet (default: the first)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(cli::workspaceOption());
    parser.addOption(sheet);
    parser.addOption(json);
    return cli::parseAndRun(parser, args, QStringLiteral("followup import"), [&] {
        const QString file = singleFile(parser, QStringLiteral("follow-up extract"));
        FollowupImportOptions options;
        options.sheet = parser.value(sheet);
        auto ws = Workspace::open(cli::requireWorkspace(parser), Workspace::Access::ReadWrite);
        const FollowupImportResult r = Followup::import(*ws, file, options);
        if (parser.isSet(json)) {
            cli::printJson(QJsonDocument(r.toJson()));
            return 0;
        }
        QStringList columns;
        for (const RuleField &f : r.columns)
            columns << QStringLiteral("%1 (%2)").arg(f.name, columnTypeName(f.type));
        cli::printOut(QStringLiteral("%1: %2 rows; %3 customers imported, %4 rejected\n"
                                     "columns: %5")
                          .arg(file)
                          .arg(r.rowsRead)
                          .arg(r.imported)
                          .arg(r.rejected)
                          .arg(columns.join(QStringLiteral(", "))));
        for (const QString &reject : r.rejects)
            cli::printOut(QStringLiteral("  ") + reject);
        return 0;
    });
}

int followup(const QStringList &args)
{
    const QString verb = args.size() > 1 ? args.at(1) : QString();
    if (verb == QLatin1String("import"))
        return followupImport(QStringList{args.at(0) + QStringLiteral(" import")} + args.mid(2));
    cli::printErr(QStringLiteral(
        "usage: cwb followup import FILE --workspace W.cwb [--sheet NAME] [--json]"));
    return verb == QLatin1String("--help") || verb == QLatin1String("-h") ? 0 : 2;
}

QString pct(const stats::Rate &r)
{
    if (!r.value)
        return QStringLiteral("n/a");
    return QStringLiteral("%1% [%2, %3]")
        .arg(QString::number(*r.value * 100.0, 'f', 1), QString::number(r.ci.low * 100.0, 'f', 1),
             QString::number(r.ci.high * 100.0, 'f', 1));
}

QString num(const std::optional<double> &v, int decimals = 2)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("n/a");
}

QString pValueText(const std::optional<double> &p)
{
    if (!p)
        return QStringLiteral("-");
    return *p >= 0.001 ? QString::number(*p, 'f', 4) : QString::number(*p, 'e', 2);
}

void printFunnel(const QString &title, const QList<FunnelRow> &rows)
{
    cli::printOut(title);
    cli::printOut(QStringLiteral("  %1 %2 %3 %4 %5 %6 %7  %8  %9  %10  %11 %12")
                      .arg(QStringLiteral("group").leftJustified(16),
                           QStringLiteral("targets").rightJustified(8),
                           QStringLiteral("called").rightJustified(7),
                           QStringLiteral("coverage").rightJustified(8),
                           QStringLiteral("conn.").rightJustified(6),
                           QStringLiteral("int.").rightJustified(5),
                           QStringLiteral("compl.").rightJustified(6),
                           QStringLiteral("connect").leftJustified(22),
                           QStringLiteral("intention").leftJustified(22),
                           QStringLiteral("success").leftJustified(22),
                           QStringLiteral("p vs rest").rightJustified(9),
                           QStringLiteral("p (Holm)").rightJustified(9)));
    for (const FunnelRow &r : rows)
        cli::printOut(
            QStringLiteral("  %1 %2 %3 %4 %5 %6 %7  %8  %9  %10  %11 %12%13")
                .arg(r.key.leftJustified(16),
                     (r.counts.targets >= 0 ? QString::number(r.counts.targets)
                                            : QStringLiteral("-"))
                         .rightJustified(8),
                     QString::number(r.counts.called).rightJustified(7),
                     (r.counts.targets < 0 ? QStringLiteral("-")
                      : r.coverage.value
                          ? QString::number(*r.coverage.value * 100.0, 'f', 1) + QLatin1Char('%')
                          : QStringLiteral("n/a"))
                         .rightJustified(8),
                     QString::number(r.counts.connected).rightJustified(6),
                     QString::number(r.counts.intentions).rightJustified(5),
                     QString::number(r.counts.completed).rightJustified(6),
                     pct(r.kpis.connect).leftJustified(22), pct(r.kpis.intention).leftJustified(22))
                .arg(pct(r.kpis.success).leftJustified(22),
                     pValueText(r.vsRest ? std::optional<double>(r.vsRest->pValue) : std::nullopt)
                         .rightJustified(9),
                     pValueText(r.pValueHolm).rightJustified(9),
                     r.smallSample ? QStringLiteral("  (small)") : QString()));
    if (std::any_of(rows.begin(), rows.end(), [](const FunnelRow &r) { return r.vsRest; }))
        cli::printOut(QStringLiteral("  p vs rest: success rate against the other groups' "
                                     "(two-proportion z-test); p (Holm): adjusted for the %1 "
                                     "groups tested together")
                          .arg(std::count_if(rows.begin(), rows.end(),
                                             [](const FunnelRow &r) { return r.vsRest; })));
}

void printEvaluation(const CampaignEvaluation &e)
{
    cli::printOut(QStringLiteral("Campaign %1: %2 targets, %3 controls, %4 attempts recorded")
                      .arg(e.campaign)
                      .arg(e.targets)
                      .arg(e.controls)
                      .arg(e.attempts));
    const FunnelRow &t = e.total;
    cli::printOut(
        QStringLiteral("Funnel (%1% Wilson intervals)").arg(std::lround(e.confidence * 100)));
    cli::printOut(QStringLiteral("  called %1 (coverage %2 of the %3 targets in call cells); "
                                 "connected %4; intentions %5; completed %6")
                      .arg(t.counts.called)
                      .arg(pct(t.coverage))
                      .arg(t.counts.callTargets)
                      .arg(t.counts.connected)
                      .arg(t.counts.intentions)
                      .arg(t.counts.completed));
    cli::printOut(QStringLiteral("  connect rate    %1\n  intention rate  %2\n  completion rate "
                                 "%3\n  success rate    %4\n  package match   %5")
                      .arg(pct(t.kpis.connect), pct(t.kpis.intention), pct(t.kpis.completion),
                           pct(t.kpis.success), pct(t.packageMatch)));
    if (e.by != EvaluationBreakdown::None)
        printFunnel(QStringLiteral("By %1").arg(breakdownName(e.by)), e.rows);
    if (!e.agents.isEmpty())
        printFunnel(QStringLiteral("Agents"), e.agents);
    if (!e.reasons.isEmpty()) {
        cli::printOut(QStringLiteral("Refusal reasons"));
        for (const ReasonRow &r : e.reasons)
            cli::printOut(QStringLiteral("  %1 %2 %3% (cumulative %4%)")
                              .arg(r.reason.leftJustified(24))
                              .arg(r.count, 6)
                              .arg(QString::number(r.share * 100.0, 'f', 1),
                                   QString::number(r.cumulativeShare * 100.0, 'f', 1)));
    }
    const int level = int(std::lround(e.confidence * 100));
    for (const ConversionEvaluation &c : e.conversion) {
        const stats::ProportionComparison &p = c.comparison;
        cli::printOut(
            QStringLiteral("Conversion (%1) %2: target %3/%4 = %5%, control %6/%7 = "
                           "%8%, uplift %9 pp")
                .arg(e.conversionByOffer
                         ? (c.offer.isEmpty() ? QStringLiteral("each cell's offer")
                                              : QStringLiteral("package = \"%1\"").arg(c.offer))
                         : e.conversionRule,
                     c.key)
                .arg(p.targetSuccesses)
                .arg(p.targetN)
                .arg(num(p.targetRate ? std::optional<double>(*p.targetRate * 100) : std::nullopt))
                .arg(p.controlSuccesses)
                .arg(p.controlN)
                .arg(
                    num(p.controlRate ? std::optional<double>(*p.controlRate * 100) : std::nullopt),
                    num(p.upliftAbs ? std::optional<double>(*p.upliftAbs * 100) : std::nullopt)));
        cli::printOut(
            QStringLiteral("  relative uplift %1% (%2% CI %3), %2% CI of the difference [%4, %5] "
                           "pp, z = %6, p = %7%8")
                .arg(num(p.upliftRel ? std::optional<double>(*p.upliftRel * 100) : std::nullopt))
                .arg(level)
                .arg(p.relCi ? QStringLiteral("[%1%, %2%]")
                                   .arg(QString::number(p.relCi->low * 100, 'f', 1),
                                        QString::number(p.relCi->high * 100, 'f', 1))
                             : QStringLiteral("n/a"),
                     QString::number(p.ci.low * 100, 'f', 2),
                     QString::number(p.ci.high * 100, 'f', 2), QString::number(p.z, 'f', 3),
                     QString::number(p.pValue, 'g', 4),
                     c.pValueHolm ? QStringLiteral(", p (Holm, %1 cells) = %2")
                                        .arg(e.conversion.size() - 1)
                                        .arg(QString::number(*c.pValueHolm, 'g', 4))
                                  : QString()));
    }
    if (e.conversion.size() > 2)
        cli::printOut(QStringLiteral("  p (Holm): the cells are tested together; Holm's "
                                     "step-down adjustment keeps the chance of any false finding "
                                     "among them at the test level"));
    if (e.arpu) {
        const stats::MeanComparison &w = e.arpu->welch;
        cli::printOut(QStringLiteral("ARPU change (%1): target mean %2 (n %3), control mean %4 "
                                     "(n %5), difference %6")
                          .arg(e.arpu->feeColumn, num(w.targetMean))
                          .arg(w.targetN)
                          .arg(num(w.controlMean))
                          .arg(w.controlN)
                          .arg(num(w.diff)));
        cli::printOut(QStringLiteral("  Welch t = %1, df = %2, p = %3; bootstrap interval %4; "
                                     "incremental revenue %5 yuan/month")
                          .arg(num(w.t, 3), num(w.df, 1), num(w.pValue, 4),
                               e.arpu->bootstrap
                                   ? QStringLiteral("[%1, %2] (%3 resamples; decimals to the "
                                                    "Monte Carlo error)")
                                         .arg(QString::number(e.arpu->bootstrap->low, 'f',
                                                              e.arpu->bootstrap->decimals),
                                              QString::number(e.arpu->bootstrap->high, 'f',
                                                              e.arpu->bootstrap->decimals))
                                         .arg(e.arpu->bootstrap->resamples)
                                   : QStringLiteral("n/a"),
                               num(e.arpu->incrementalMonthlyRevenue)));
    }
    if (e.roi) {
        cli::printOut(QStringLiteral("ROI (%1, %2 months; the plan's %3 targets scaled to the "
                                     "campaign's %4)")
                          .arg(e.roi->planSource)
                          .arg(e.roi->horizonMonths)
                          .arg(QString::number(e.roi->plannedTargets, 'f', 0))
                          .arg(QString::number(e.roi->actual.targets, 'f', 0)));
        cli::printOut(QStringLiteral("  %1 %2 %3  %4")
                          .arg(QString().leftJustified(24),
                               QStringLiteral("forecast").rightJustified(11),
                               QStringLiteral("actual").rightJustified(11),
                               QStringLiteral("actual, %1% CI").arg(level)));
        auto range = [](const std::optional<stats::Interval> &ci, int decimals) {
            return ci ? QStringLiteral("[%1, %2]")
                            .arg(QString::number(ci->low, 'f', decimals),
                                 QString::number(ci->high, 'f', decimals))
                      : QString();
        };
        auto line = [&](const QString &label, double a, double b,
                        const std::optional<stats::Interval> &ci) {
            cli::printOut(QStringLiteral("  %1 %2 %3  %4")
                              .arg(label.leftJustified(24))
                              .arg(QString::number(a, 'f', 2).rightJustified(11))
                              .arg(QString::number(b, 'f', 2).rightJustified(11))
                              .arg(range(ci, 2)));
        };
        line(QStringLiteral("incremental completions"), e.roi->forecast.incrementalCompletions,
             e.roi->actual.incrementalCompletions, e.roi->actual.incrementalCi);
        line(QStringLiteral("revenue"), e.roi->forecast.revenue, e.roi->actual.revenue,
             e.roi->actual.revenueCi);
        line(QStringLiteral("cost"), e.roi->forecast.cost, e.roi->actual.cost, std::nullopt);
        line(QStringLiteral("net"), e.roi->forecast.net, e.roi->actual.net, e.roi->actual.netCi);
        cli::printOut(QStringLiteral("  %1 %2 %3  %4")
                          .arg(QStringLiteral("ROI").leftJustified(24))
                          .arg(num(e.roi->forecast.roi, 3).rightJustified(11))
                          .arg(num(e.roi->actual.roi, 3).rightJustified(11))
                          .arg(range(e.roi->actual.roiCi, 3)));
    }
    for (const EvaluationNote &note : e.notes)
        cli::printOut(QStringLiteral("Note: ") + evaluationNoteText(note));
}

int evaluate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Evaluate a campaign of the workspace: funnel, target vs control, ROI, e.g.\n"
        "  cwb evaluate --workspace pilot.cwb --campaign Upsell --conversion "
        "'package = \"LD 200\"' --by agent"));
    const QCommandLineOption campaign(QStringLiteral("campaign"), QStringLiteral("The campaign."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption conversion(
        QStringLiteral("conversion"),
        QStringLiteral("What counts as conversion: a rule over the follow-up extract (default: "
                       "each cell's own offer, the follow-up's package column)."),
        QStringLiteral("RULE"));
    const QCommandLineOption fee(QStringLiteral("fee"),
                                 QStringLiteral("The fee column of ARPU change (default "
                                                "total_fee_m1)."),
                                 QStringLiteral("COLUMN"));
    const QCommandLineOption plan(QStringLiteral("plan"),
                                  QStringLiteral("The ROI plan to set the actual ROI beside."),
                                  QStringLiteral("PLAN.json"));
    const QCommandLineOption by(QStringLiteral("by"),
                                QStringLiteral("Break the funnel down by cell, wave, agent, grid "
                                               "or day."),
                                QStringLiteral("WHAT"));
    const QCommandLineOption resamples(QStringLiteral("resamples"),
                                       QStringLiteral("Bootstrap resamples (default 2000)."),
                                       QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Bootstrap seed (default 20240601)."),
                                  QStringLiteral("S"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    for (const QCommandLineOption &o :
         {cli::workspaceOption(), campaign, conversion, fee, plan, by, resamples, seed, json})
        parser.addOption(o);
    return cli::parseAndRun(parser, args, QStringLiteral("evaluate"), [&] {
        CampaignEvaluationOptions options;
        options.campaign = parser.value(campaign);
        if (options.campaign.isEmpty())
            throw Error(QStringLiteral("--campaign NAME is required"));
        options.conversionRule = parser.value(conversion);
        if (parser.isSet(fee)) {
            options.feeColumn = parser.value(fee);
            options.feeColumnGiven = true;
        }
        if (parser.isSet(by))
            options.by = breakdownFromName(parser.value(by));
        if (parser.isSet(plan)) {
            options.plan = simulate::readPlanFile(parser.value(plan));
            options.planSource = parser.value(plan);
        }
        if (parser.isSet(resamples)) {
            bool ok = false;
            options.bootstrapResamples = parser.value(resamples).toInt(&ok);
            if (!ok || options.bootstrapResamples < 2 || options.bootstrapResamples > 1000000)
                throw Error(QStringLiteral("--resamples: expected a whole number from 2 to "
                                           "1,000,000, got '%1'")
                                .arg(parser.value(resamples)));
        }
        if (parser.isSet(seed)) {
            bool ok = false;
            options.seed = parser.value(seed).toULongLong(&ok);
            if (!ok)
                throw Error(QStringLiteral("--seed: expected a whole number, got '%1'")
                                .arg(parser.value(seed)));
        }
        auto ws = Workspace::open(cli::requireWorkspace(parser), Workspace::Access::ReadOnly);
        const CampaignEvaluation e = CampaignEvaluator::evaluate(*ws, options);
        if (parser.isSet(json))
            cli::printJson(QJsonDocument(e.toJson()));
        else
            printEvaluation(e);
        return 0;
    });
}

const cli::Registrar outcomesRegistrar(QStringLiteral("outcomes"),
                                       QStringLiteral("Import the call outcomes of a campaign"),
                                       outcomes);
const cli::Registrar followupRegistrar(QStringLiteral("followup"),
                                       QStringLiteral("Import the follow-up extract (billing "
                                                      "after the campaign)"),
                                       followup);
const cli::Registrar evaluateRegistrar(QStringLiteral("evaluate"),
                                       QStringLiteral("Evaluate a campaign: funnel, uplift against "
                                                      "control, ROI"),
                                       evaluate);

} // namespace
