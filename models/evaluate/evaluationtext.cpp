// SPDX-License-Identifier: GPL-3.0-or-later
// The words and the JSON of a campaign evaluation: breakdown names, the notes in English and
// Chinese, CampaignEvaluation::toJson. The figures come from campaignevaluator.cpp.
#include "evaluate/campaignevaluator.h"

#include "core/error.h"

#include <QJsonArray>
#include <QLocale>

namespace cwb {

namespace {
QJsonObject intervalJson(const std::optional<stats::Interval> &ci)
{
    return QJsonObject{{QStringLiteral("low"), ci ? QJsonValue(ci->low) : QJsonValue()},
                       {QStringLiteral("high"), ci ? QJsonValue(ci->high) : QJsonValue()}};
}

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject rateJson(const stats::Rate &r)
{
    return QJsonObject{{QStringLiteral("numerator"), r.numerator},
                       {QStringLiteral("denominator"), r.denominator},
                       {QStringLiteral("value"), number(r.value)},
                       {QStringLiteral("ci_low"), r.ci.low},
                       {QStringLiteral("ci_high"), r.ci.high}};
}

QJsonObject rowJson(const FunnelRow &row)
{
    const FunnelCounts &c = row.counts;
    QJsonObject vsRest;
    if (row.vsRest)
        vsRest = QJsonObject{{QStringLiteral("rate"), number(row.vsRest->targetRate)},
                             {QStringLiteral("rest_rate"), number(row.vsRest->controlRate)},
                             {QStringLiteral("diff"), number(row.vsRest->upliftAbs)},
                             {QStringLiteral("ci_low"), row.vsRest->ci.low},
                             {QStringLiteral("ci_high"), row.vsRest->ci.high},
                             {QStringLiteral("z"), row.vsRest->z},
                             {QStringLiteral("p_value"), row.vsRest->pValue},
                             {QStringLiteral("p_value_holm"), number(row.pValueHolm)}};
    return QJsonObject{
        {QStringLiteral("key"), row.key},
        {QStringLiteral("targets"), c.targets >= 0 ? QJsonValue(c.targets) : QJsonValue()},
        {QStringLiteral("call_targets"),
         c.callTargets >= 0 ? QJsonValue(c.callTargets) : QJsonValue()},
        {QStringLiteral("called"), c.called},
        {QStringLiteral("connected"), c.connected},
        {QStringLiteral("intentions"), c.intentions},
        {QStringLiteral("agreements"), c.agreements},
        {QStringLiteral("completed"), c.completed},
        {QStringLiteral("coverage"), rateJson(row.coverage)},
        {QStringLiteral("connect_rate"), rateJson(row.kpis.connect)},
        {QStringLiteral("intention_rate"), rateJson(row.kpis.intention)},
        {QStringLiteral("completion_rate"), rateJson(row.kpis.completion)},
        {QStringLiteral("success_rate"), rateJson(row.kpis.success)},
        {QStringLiteral("package_match_rate"), rateJson(row.packageMatch)},
        {QStringLiteral("small_sample"), row.smallSample},
        // success rate against the other groups (breakdowns and agents), Holm over the groups
        {QStringLiteral("success_vs_rest"), row.vsRest ? QJsonValue(vsRest) : QJsonValue()},
        {QStringLiteral("p_value"), row.vsRest ? QJsonValue(row.vsRest->pValue) : QJsonValue()},
        {QStringLiteral("p_value_holm"), number(row.pValueHolm)}};
}

QJsonObject roiJson(const RoiFigures &f)
{
    return QJsonObject{
        {QStringLiteral("targets"), f.targets},
        {QStringLiteral("completions"), f.completions},
        {QStringLiteral("incremental_completions"), f.incrementalCompletions},
        {QStringLiteral("revenue"), f.revenue},
        {QStringLiteral("cost"), f.cost},
        {QStringLiteral("net"), f.net},
        {QStringLiteral("roi"), number(f.roi)},
        {QStringLiteral("incremental_completions_ci"), intervalJson(f.incrementalCi)},
        {QStringLiteral("revenue_ci"), intervalJson(f.revenueCi)},
        {QStringLiteral("net_ci"), intervalJson(f.netCi)},
        {QStringLiteral("roi_ci"), intervalJson(f.roiCi)}};
}

} // namespace

QString breakdownName(EvaluationBreakdown by)
{
    switch (by) {
    case EvaluationBreakdown::None:
        return QStringLiteral("none");
    case EvaluationBreakdown::Cell:
        return QStringLiteral("cell");
    case EvaluationBreakdown::Wave:
        return QStringLiteral("wave");
    case EvaluationBreakdown::Agent:
        return QStringLiteral("agent");
    case EvaluationBreakdown::Grid:
        return QStringLiteral("grid");
    case EvaluationBreakdown::Day:
        return QStringLiteral("day");
    }
    return QString();
}

EvaluationBreakdown breakdownFromName(const QString &name)
{
    for (EvaluationBreakdown by :
         {EvaluationBreakdown::None, EvaluationBreakdown::Cell, EvaluationBreakdown::Wave,
          EvaluationBreakdown::Agent, EvaluationBreakdown::Grid, EvaluationBreakdown::Day}) {
        if (name == breakdownName(by))
            return by;
    }
    throw Error(QStringLiteral("unknown breakdown '%1' (expected cell, wave, agent, grid or day)")
                    .arg(name));
}

QString evaluationNoteText(const EvaluationNote &note, bool chinese)
{
    const QVariantList &a = note.args;
    auto count = [&](int i) { return QLocale().toString(i < a.size() ? a.at(i).toLongLong() : 0); };
    auto text = [&](int i) { return i < a.size() ? a.at(i).toString() : QString(); };
    switch (note.kind) {
    case EvaluationNote::Kind::SmallSampleAgents:
        return chinese ? QStringLiteral("%2 名坐席中有 %1 名接通客户少于 %3 人：其比率波动大，"
                                        "请比较区间而非点值")
                             .arg(count(0), count(1), count(2))
                       : QStringLiteral("%1 of %2 agents have fewer than %3 connected customers: "
                                        "their rates are noisy; compare the intervals, not the "
                                        "points")
                             .arg(count(0), count(1), count(2));
    case EvaluationNote::Kind::NoOutcomes:
        return chinese ? QStringLiteral("本活动尚未导入任何外呼结果")
                       : QStringLiteral("no outcomes recorded for the campaign yet");
    case EvaluationNote::Kind::FeeColumnUnusable:
        return chinese ? QStringLiteral("无 ARPU 变化：“%1”不是客户表和回访数据共有的数值列")
                             .arg(text(0))
                       : QStringLiteral("no ARPU change: '%1' is not a number column of both the "
                                        "customers table and the follow-up extract")
                             .arg(text(0));
    case EvaluationNote::Kind::MissingInFollowup:
        return chinese ? QStringLiteral("%1 名目标客户和 %2 名对照客户不在回访数据中，未计入转化")
                             .arg(count(0), count(1))
                       : QStringLiteral("%1 targets and %2 controls are not in the follow-up "
                                        "extract and are left out of the conversion")
                             .arg(count(0), count(1));
    case EvaluationNote::Kind::SmallGroups:
        return chinese
                   ? QStringLiteral("目标组或对照组不足 %1 人：提升的不确定性很大").arg(count(0))
                   : QStringLiteral("fewer than %1 customers in the target or control group: "
                                    "the uplift is very uncertain")
                         .arg(count(0));
    case EvaluationNote::Kind::NoFollowup:
        return chinese ? QStringLiteral("没有回访数据：与对照组比较转化和 ARPU 变化需要先导入回访"
                                        "数据（cwb followup import）")
                       : QStringLiteral("no follow-up extract: conversion and ARPU change against "
                                        "the control group need one (cwb followup import)");
    case EvaluationNote::Kind::NotCalledCells:
        return chinese ? QStringLiteral("%1 名目标客户所在的单元（%2）不外呼：覆盖率只按外呼单元"
                                        "计算，这些单元的覆盖率为 n/a")
                             .arg(count(0), text(1))
                       : QStringLiteral("%1 targets are in cells not worked by calls (%2): "
                                        "coverage counts the call cells only and is n/a for "
                                        "those cells")
                             .arg(count(0), text(1));
    case EvaluationNote::Kind::NoOfferConversion:
        return chinese ? QStringLiteral("无法按各单元自己的推荐套餐计算转化（%1）：请给出转化规则")
                             .arg(text(0))
                       : QStringLiteral("conversion cannot count each cell's own offer (%1): "
                                        "give a conversion rule")
                             .arg(text(0));
    case EvaluationNote::Kind::CellsWithoutOffer:
        return chinese ? QStringLiteral("单元 %1 没有推荐套餐，未计入转化").arg(text(0))
                       : QStringLiteral("cells without an offer are left out of the conversion: "
                                        "%1")
                             .arg(text(0));
    }
    return QString();
}

QJsonObject CampaignEvaluation::toJson() const
{
    QJsonObject root;
    root[QStringLiteral("campaign")] = campaign;
    root[QStringLiteral("targets")] = targets;
    root[QStringLiteral("controls")] = controls;
    root[QStringLiteral("universal_controls")] = universalControls;
    root[QStringLiteral("attempts")] = attempts;
    root[QStringLiteral("confidence")] = confidence;
    root[QStringLiteral("small_sample_threshold")] = smallSample;
    root[QStringLiteral("funnel")] = rowJson(total);
    root[QStringLiteral("by")] = breakdownName(by);
    QJsonArray rowArray, agentArray, mixArray, reasonArray, conversionArray;
    for (const FunnelRow &r : rows)
        rowArray.append(rowJson(r));
    for (const FunnelRow &r : agents)
        agentArray.append(rowJson(r));
    for (const OutcomeMixRow &m : outcomes)
        mixArray.append(QJsonObject{{QStringLiteral("outcome"), m.code},
                                    {QStringLiteral("attempts"), m.attempts}});
    for (const ReasonRow &r : reasons)
        reasonArray.append(QJsonObject{{QStringLiteral("reason"), r.reason},
                                       {QStringLiteral("count"), r.count},
                                       {QStringLiteral("share"), r.share},
                                       {QStringLiteral("cumulative_share"), r.cumulativeShare}});
    for (const ConversionEvaluation &ce : conversion) {
        const stats::ProportionComparison &c = ce.comparison;
        conversionArray.append(QJsonObject{
            {QStringLiteral("key"), ce.key},
            {QStringLiteral("offer"), ce.offer.isEmpty() ? QJsonValue() : QJsonValue(ce.offer)},
            {QStringLiteral("target_missing"), ce.targetMissing},
            {QStringLiteral("control_missing"), ce.controlMissing},
            {QStringLiteral("target"), QJsonObject{{QStringLiteral("n"), c.targetN},
                                                   {QStringLiteral("converted"), c.targetSuccesses},
                                                   {QStringLiteral("rate"), number(c.targetRate)}}},
            {QStringLiteral("control"),
             QJsonObject{{QStringLiteral("n"), c.controlN},
                         {QStringLiteral("converted"), c.controlSuccesses},
                         {QStringLiteral("rate"), number(c.controlRate)}}},
            {QStringLiteral("uplift_abs"), number(c.upliftAbs)},
            {QStringLiteral("uplift_rel"), number(c.upliftRel)},
            {QStringLiteral("uplift_rel_ci_method"), QStringLiteral("log-risk-ratio")},
            {QStringLiteral("uplift_rel_ci_low"),
             c.relCi ? QJsonValue(c.relCi->low) : QJsonValue()},
            {QStringLiteral("uplift_rel_ci_high"),
             c.relCi ? QJsonValue(c.relCi->high) : QJsonValue()},
            {QStringLiteral("ci_method"), QStringLiteral("newcombe-wilson")},
            {QStringLiteral("ci_low"), c.ci.low},
            {QStringLiteral("ci_high"), c.ci.high},
            {QStringLiteral("z"), c.z},
            {QStringLiteral("p_value"), c.pValue},
            {QStringLiteral("p_value_holm"), number(ce.pValueHolm)}});
    }
    root[QStringLiteral("rows")] = rowArray;
    root[QStringLiteral("agents")] = agentArray;
    root[QStringLiteral("outcomes")] = mixArray;
    root[QStringLiteral("refusal_reasons")] = reasonArray;
    root[QStringLiteral("conversion_rule")] = conversionRule;
    root[QStringLiteral("conversion_by")] =
        conversionByOffer ? QStringLiteral("offer") : QStringLiteral("rule");
    root[QStringLiteral("conversion")] = conversionArray;
    root[QStringLiteral("multiple_testing")] = QStringLiteral(
        "p_value_holm: Holm's step-down adjustment over the groups of one table (cells of the "
        "conversion, groups of the breakdown, agents) tested together");
    if (arpu) {
        const stats::MeanComparison &w = arpu->welch;
        root[QStringLiteral("arpu_change")] = QJsonObject{
            {QStringLiteral("fee_column"), arpu->feeColumn},
            {QStringLiteral("target_missing"), arpu->targetMissing},
            {QStringLiteral("control_missing"), arpu->controlMissing},
            {QStringLiteral("target"), QJsonObject{{QStringLiteral("n"), w.targetN},
                                                   {QStringLiteral("mean"), number(w.targetMean)}}},
            {QStringLiteral("control"),
             QJsonObject{{QStringLiteral("n"), w.controlN},
                         {QStringLiteral("mean"), number(w.controlMean)}}},
            {QStringLiteral("diff"), number(w.diff)},
            {QStringLiteral("t"), number(w.t)},
            {QStringLiteral("df"), number(w.df)},
            {QStringLiteral("p_value"), number(w.pValue)},
            {QStringLiteral("welch_ci_low"), w.ci ? QJsonValue(w.ci->low) : QJsonValue()},
            {QStringLiteral("welch_ci_high"), w.ci ? QJsonValue(w.ci->high) : QJsonValue()},
            {QStringLiteral("bootstrap_ci_low"),
             arpu->bootstrap ? QJsonValue(arpu->bootstrap->low) : QJsonValue()},
            {QStringLiteral("bootstrap_ci_high"),
             arpu->bootstrap ? QJsonValue(arpu->bootstrap->high) : QJsonValue()},
            {QStringLiteral("bootstrap_resamples"), bootstrapResamples},
            {QStringLiteral("bootstrap_decimals"),
             arpu->bootstrap ? QJsonValue(arpu->bootstrap->decimals) : QJsonValue()},
            {QStringLiteral("bootstrap_se_low"),
             arpu->bootstrap ? QJsonValue(arpu->bootstrap->seLow) : QJsonValue()},
            {QStringLiteral("bootstrap_se_high"),
             arpu->bootstrap ? QJsonValue(arpu->bootstrap->seHigh) : QJsonValue()},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("incremental_monthly_revenue"),
             number(arpu->incrementalMonthlyRevenue)}};
    }
    if (roi)
        root[QStringLiteral("roi")] =
            QJsonObject{{QStringLiteral("plan"), roi->planSource},
                        {QStringLiteral("horizon_months"), roi->horizonMonths},
                        {QStringLiteral("planned_targets"), roi->plannedTargets},
                        {QStringLiteral("cells"), QJsonArray::fromStringList(roi->units)},
                        {QStringLiteral("forecast"), roiJson(roi->forecast)},
                        {QStringLiteral("actual"), roiJson(roi->actual)}};
    QJsonArray noteArray;
    for (const EvaluationNote &note : notes)
        noteArray.append(evaluationNoteText(note));
    root[QStringLiteral("notes")] = noteArray;
    return root;
}

} // namespace cwb
