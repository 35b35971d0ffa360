// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/evaluationtables.h"

#include "evaluation/evaluationformat.h"
#include "evaluation/evaluationview.h"

#include <QFileInfo>
#include <QLocale>

namespace cwb::evaluationtables {

namespace {

using F = EvaluationFormat;

// The whole campaign's row is keyed "all" by the engine; the interface says it in its words.
QString wholeCampaign()
{
    return EvaluationView::tr("Whole campaign");
}

QString dash()
{
    return QStringLiteral("–");
}

QStringList funnelCells(const FunnelRow &row, const QString &label, bool withTargets)
{
    QStringList cells{label.isEmpty() ? row.key : label};
    if (withTargets)
        cells << (row.counts.targets >= 0 ? F::count(row.counts.targets) : dash());
    cells << F::count(row.counts.called);
    // coverage: called / targets of call cells; n/a for cells that are not called (SMS)
    if (withTargets)
        cells << (row.counts.targets >= 0 ? F::rate(row.coverage) : dash());
    return cells + QStringList{F::count(row.counts.connected),
                               F::count(row.counts.intentions),
                               F::count(row.counts.completed),
                               F::rate(row.kpis.connect),
                               F::rate(row.kpis.intention),
                               F::rate(row.kpis.completion),
                               F::rate(row.kpis.success),
                               F::rate(row.packageMatch),
                               row.vsRest ? F::points(row.vsRest->upliftAbs) : dash(),
                               row.vsRest ? F::pValue(row.vsRest->pValue) : dash(),
                               row.vsRest ? F::pValue(row.pValueHolm) : dash(),
                               row.smallSample ? EvaluationView::tr("small") : QString()};
}

} // namespace

QString holmNote()
{
    return EvaluationView::tr("p (Holm): adjusted for the groups of a table tested together.");
}

QString holmExplanation()
{
    return EvaluationView::tr(
        "Several groups tested at once: beside each p-value, Holm's adjusted p (the p-values "
        "sorted, the smallest times the number of tests, the next times one fewer, never "
        "below the one before, at most 1) keeps the chance of any false finding among them "
        "at the test level.");
}

TableContent funnel(const QString &key, const QList<FunnelRow> &rows, const FunnelRow *total,
                    bool withTargets)
{
    TableContent t;
    t.headers = QStringList{key};
    if (withTargets)
        t.headers << EvaluationView::tr("Targets");
    t.headers << EvaluationView::tr("Called");
    if (withTargets)
        t.headers << EvaluationView::tr("Coverage (call cells)");
    t.headers +=
        QStringList{EvaluationView::tr("Connected"),         EvaluationView::tr("Intentions"),
                    EvaluationView::tr("Completed"),         EvaluationView::tr("Connect rate"),
                    EvaluationView::tr("Intention rate"),    EvaluationView::tr("Completion rate"),
                    EvaluationView::tr("Success rate"),      EvaluationView::tr("Package match"),
                    EvaluationView::tr("Success vs others"), EvaluationView::tr("p-value"),
                    EvaluationView::tr("p (Holm)"),          EvaluationView::tr("Sample")};
    if (total) {
        t.rows << funnelCells(*total, wholeCampaign(), withTargets);
        t.flagged << total->smallSample;
    }
    for (const FunnelRow &row : rows) {
        t.rows << funnelCells(row, QString(), withTargets);
        t.flagged << row.smallSample;
    }
    return t;
}

TableContent conversion(const CampaignEvaluation &e)
{
    TableContent t;
    t.headers =
        QStringList{EvaluationView::tr("Cell"),
                    EvaluationView::tr("Target"),
                    EvaluationView::tr("Control"),
                    EvaluationView::tr("Uplift"),
                    EvaluationView::tr("Relative [%1 interval]").arg(F::level(e.confidence)),
                    EvaluationView::tr("%1 interval (pp)").arg(F::level(e.confidence)),
                    EvaluationView::tr("p-value"),
                    EvaluationView::tr("p (Holm)"),
                    EvaluationView::tr("Missing (target / control)")};
    for (const ConversionEvaluation &c : e.conversion) {
        const stats::ProportionComparison &p = c.comparison;
        QString label = t.rows.isEmpty() ? wholeCampaign() : c.key;
        if (!c.offer.isEmpty())
            label = EvaluationView::tr("%1 (offer %2)").arg(label, c.offer);
        t.rows << QStringList{label,
                              F::fraction(p.targetSuccesses, p.targetN, p.targetRate),
                              F::fraction(p.controlSuccesses, p.controlN, p.controlRate),
                              F::points(p.upliftAbs),
                              F::relative(p.upliftRel, p.relCi),
                              F::pointsInterval(p.ci),
                              F::pValue(p.pValue),
                              c.pValueHolm ? F::pValue(c.pValueHolm) : dash(),
                              EvaluationView::tr("%1 / %2").arg(F::count(c.targetMissing),
                                                                F::count(c.controlMissing))};
    }
    return t;
}

TableContent arpu(const CampaignEvaluation &e)
{
    TableContent t;
    t.headers = QStringList{
        EvaluationView::tr("Fee column"),
        EvaluationView::tr("Target mean change"),
        EvaluationView::tr("Control mean change"),
        EvaluationView::tr("Difference"),
        EvaluationView::tr("Welch interval"),
        EvaluationView::tr("Welch p"),
        EvaluationView::tr("Bootstrap interval (%n resamples)", nullptr, e.bootstrapResamples),
        EvaluationView::tr("Incremental revenue / month"),
        EvaluationView::tr("Missing (target / control)")};
    if (e.arpu) {
        const ArpuEvaluation &a = *e.arpu;
        const stats::MeanComparison &w = a.welch;
        t.rows << QStringList{a.feeColumn,
                              EvaluationView::tr("%1 (n %2)")
                                  .arg(F::number(w.targetMean, 2, true), F::count(w.targetN)),
                              EvaluationView::tr("%1 (n %2)")
                                  .arg(F::number(w.controlMean, 2, true), F::count(w.controlN)),
                              F::number(w.diff, 2, true),
                              F::interval(w.ci),
                              F::pValue(w.pValue),
                              F::bootstrap(a.bootstrap),
                              F::number(a.incrementalMonthlyRevenue, 0, true),
                              EvaluationView::tr("%1 / %2").arg(F::count(a.targetMissing),
                                                                F::count(a.controlMissing))};
    }
    return t;
}

TableContent roi(const CampaignEvaluation &e)
{
    TableContent t;
    t.headers = QStringList{
        EvaluationView::tr("Item"),
        e.roi ? EvaluationView::tr("Plan forecast (%1, %2 months) for the actual targets")
                    .arg(QFileInfo(e.roi->planSource).fileName(),
                         QLocale().toString(e.roi->horizonMonths))
              : EvaluationView::tr("Plan forecast"),
        EvaluationView::tr("Actual"),
        EvaluationView::tr("Actual, %1 interval").arg(F::level(e.confidence))};
    if (!e.roi)
        return t;
    const RoiFigures &f = e.roi->forecast;
    const RoiFigures &a = e.roi->actual;
    const auto money = [](double v) { return F::number(v, 0); };
    const auto range = [](const std::optional<stats::Interval> &ci, int decimals) {
        return ci ? F::interval(ci, decimals) : dash();
    };
    t.rows << QStringList{EvaluationView::tr("Targets"), F::number(f.targets, 0),
                          F::number(a.targets, 0),
                          EvaluationView::tr("planned %1").arg(F::number(e.roi->plannedTargets, 0))}
           << QStringList{EvaluationView::tr("Completions"), F::number(f.completions, 1),
                          F::number(a.completions, 1), dash()}
           << QStringList{EvaluationView::tr("Incremental completions"),
                          F::number(f.incrementalCompletions, 1),
                          F::number(a.incrementalCompletions, 1), range(a.incrementalCi, 1)}
           << QStringList{EvaluationView::tr("Revenue"), money(f.revenue), money(a.revenue),
                          range(a.revenueCi, 0)}
           << QStringList{EvaluationView::tr("Cost"), money(f.cost), money(a.cost), dash()}
           << QStringList{EvaluationView::tr("Net"), money(f.net), money(a.net), range(a.netCi, 0)}
           << QStringList{EvaluationView::tr("ROI"), F::percent(f.roi), F::percent(a.roi),
                          a.roiCi ? QStringLiteral("[%1, %2]")
                                        .arg(F::percent(a.roiCi->low), F::percent(a.roiCi->high))
                                  : dash()};
    return t;
}

TableContent fileResponses(const FileEvaluation &e)
{
    TableContent t;
    t.headers =
        QStringList{EvaluationView::tr("Group"),
                    EvaluationView::tr("Response"),
                    EvaluationView::tr("Target"),
                    EvaluationView::tr("Control"),
                    EvaluationView::tr("Uplift"),
                    EvaluationView::tr("Relative [%1 interval]").arg(F::level(e.confidence)),
                    EvaluationView::tr("%1 interval (pp, Newcombe)").arg(F::level(e.confidence)),
                    EvaluationView::tr("z"),
                    EvaluationView::tr("p-value"),
                    EvaluationView::tr("p (Holm)")};
    for (const GroupEvaluation &g : e.groups)
        for (const ResponseEvaluation &r : g.responses) {
            const stats::ProportionComparison &p = r.comparison;
            t.rows << QStringList{g.group,
                                  r.column,
                                  F::fraction(p.targetSuccesses, p.targetN, p.targetRate),
                                  F::fraction(p.controlSuccesses, p.controlN, p.controlRate),
                                  F::points(p.upliftAbs),
                                  F::relative(p.upliftRel, p.relCi),
                                  F::pointsInterval(p.ci),
                                  F::number(p.z, 2),
                                  F::pValue(p.pValue),
                                  F::pValue(r.pValueHolm)};
        }
    return t;
}

TableContent fileAmounts(const FileEvaluation &e)
{
    TableContent t;
    t.headers = QStringList{
        EvaluationView::tr("Group"),
        EvaluationView::tr("Amount"),
        EvaluationView::tr("Target mean"),
        EvaluationView::tr("Control mean"),
        EvaluationView::tr("Difference"),
        EvaluationView::tr("Welch interval"),
        EvaluationView::tr("t"),
        EvaluationView::tr("df"),
        EvaluationView::tr("p-value"),
        EvaluationView::tr("p (Holm)"),
        EvaluationView::tr("Bootstrap interval (%n resamples)", nullptr, e.bootstrapResamples)};
    for (const GroupEvaluation &g : e.groups)
        for (const AmountEvaluation &a : g.amounts) {
            const stats::MeanComparison &w = a.welch;
            t.rows << QStringList{g.group,
                                  a.column,
                                  F::number(w.targetMean, 4),
                                  F::number(w.controlMean, 4),
                                  F::number(w.diff, 4, true),
                                  F::interval(w.ci, 4),
                                  F::number(w.t, 2),
                                  F::number(w.df, 1),
                                  F::pValue(w.pValue),
                                  F::pValue(a.pValueHolm),
                                  F::bootstrap(a.bootstrap)};
        }
    return t;
}

} // namespace cwb::evaluationtables
