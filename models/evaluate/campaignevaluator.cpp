// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/campaignevaluator.h"

#include "campaign/campaignstore.h"
#include "core/error.h"
#include "core/jobcontrol.h"
#include "evaluate/followup.h"
#include "evaluate/outcomeimporter.h"
#include "segment/rulecompiler.h"
#include "segment/segmentstore.h"
#include "simulate/funnelmodel.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <map>

namespace cwb {

namespace {

struct Member
{
    QString cell;
    QString role;
    int wave = -1; // -1: none
    QString grid;
};

struct AttemptRow
{
    QString customer;
    QString attemptAt;
    bool connected = false;
    OutcomeCode code = OutcomeCode::NotReached;
    QString agent;
    QString completedOn;
    QString package;
    QString reason;
};

QString normalisedPackage(const QString &text)
{
    return text.simplified().toCaseFolded();
}

FunnelRow makeRow(const QString &key, qint64 targets, const FunnelCounts &counts,
                  const CampaignEvaluationOptions &options)
{
    FunnelRow row;
    row.key = key;
    FunnelCounts &c = row.counts;
    c = counts;
    c.targets = targets;
    row.kpis =
        stats::funnelKpis(c.called, c.connected, c.intentions, c.completed, options.confidence);
    row.coverage = targets >= 0
                       ? stats::rate(std::min(c.called, targets), targets, options.confidence)
                       : stats::Rate{};
    row.packageMatch = stats::rate(c.packageMatch, c.packageKnown, options.confidence);
    row.smallSample = c.connected < options.smallSample;
    return row;
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
    return QJsonObject{
        {QStringLiteral("key"), row.key},
        {QStringLiteral("targets"), c.targets >= 0 ? QJsonValue(c.targets) : QJsonValue()},
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
        {QStringLiteral("small_sample"), row.smallSample}};
}

QJsonObject roiJson(const RoiFigures &f)
{
    return QJsonObject{{QStringLiteral("targets"), f.targets},
                       {QStringLiteral("completions"), f.completions},
                       {QStringLiteral("incremental_completions"), f.incrementalCompletions},
                       {QStringLiteral("revenue"), f.revenue},
                       {QStringLiteral("cost"), f.cost},
                       {QStringLiteral("net"), f.net},
                       {QStringLiteral("roi"), number(f.roi)}};
}

// Applies a plan cell's money items to measured counts.
RoiFigures actualMoney(const simulate::PlanCell &cell, double horizon, double targets,
                       double completions, double incremental)
{
    RoiFigures f;
    f.targets = targets;
    f.completions = completions;
    f.incrementalCompletions = incremental;
    f.revenue = incremental * cell.monthlyRevenueUplift * horizon;
    f.cost = targets * cell.costPerContact +
             completions * (cell.costPerSuccess + simulate::discountCost(cell, horizon)) +
             cell.fixedCost;
    f.net = f.revenue - f.cost;
    return f;
}

void addFigures(RoiFigures &sum, const RoiFigures &f)
{
    sum.targets += f.targets;
    sum.completions += f.completions;
    sum.incrementalCompletions += f.incrementalCompletions;
    sum.revenue += f.revenue;
    sum.cost += f.cost;
    sum.net += f.net;
}

void finishRoi(RoiFigures &f)
{
    f.roi = f.cost != 0.0 ? std::optional<double>(f.net / f.cost) : std::nullopt;
}

} // namespace

void CustomerStages::add(bool attemptConnected, OutcomeCode code, bool attemptCompleted,
                         const QString &chosenPackage)
{
    connected = connected || attemptConnected;
    intention = intention || isIntention(code);
    agreement = agreement || isAgreement(code);
    if (attemptCompleted) {
        completed = true;
        package = chosenPackage;
    }
}

void addCustomer(FunnelCounts &c, const CustomerStages &f, const QString &offer)
{
    ++c.called;
    c.connected += f.connected;
    c.intentions += f.intention;
    c.agreements += f.agreement;
    c.completed += f.completed;
    if (f.completed && !f.package.isEmpty() && !offer.isEmpty()) {
        ++c.packageKnown;
        c.packageMatch += normalisedPackage(offer) == normalisedPackage(f.package);
    }
}

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
            {QStringLiteral("ci_method"), QStringLiteral("newcombe-wilson")},
            {QStringLiteral("ci_low"), c.ci.low},
            {QStringLiteral("ci_high"), c.ci.high},
            {QStringLiteral("z"), c.z},
            {QStringLiteral("p_value"), c.pValue}});
    }
    root[QStringLiteral("rows")] = rowArray;
    root[QStringLiteral("agents")] = agentArray;
    root[QStringLiteral("outcomes")] = mixArray;
    root[QStringLiteral("refusal_reasons")] = reasonArray;
    root[QStringLiteral("conversion_rule")] = conversionRule;
    root[QStringLiteral("conversion")] = conversionArray;
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
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("incremental_monthly_revenue"),
             number(arpu->incrementalMonthlyRevenue)}};
    }
    if (roi)
        root[QStringLiteral("roi")] =
            QJsonObject{{QStringLiteral("plan"), roi->planSource},
                        {QStringLiteral("horizon_months"), roi->horizonMonths},
                        {QStringLiteral("cells"), QJsonArray::fromStringList(roi->units)},
                        {QStringLiteral("forecast"), roiJson(roi->forecast)},
                        {QStringLiteral("actual"), roiJson(roi->actual)}};
    QJsonArray noteArray;
    for (const EvaluationNote &note : notes)
        noteArray.append(evaluationNoteText(note));
    root[QStringLiteral("notes")] = noteArray;
    return root;
}

CampaignEvaluation CampaignEvaluator::evaluate(Workspace &workspace,
                                               const CampaignEvaluationOptions &options,
                                               JobControl *job)
{
    Database &db = workspace.db();
    const campaign::Campaign definition = campaign::CampaignStore(workspace).get(options.campaign);
    CampaignEvaluation e;
    e.campaign = definition.name;
    e.confidence = options.confidence;
    e.smallSample = options.smallSample;
    e.by = options.by;
    e.conversionRule = options.conversionRule;
    const qint64 campaignId = definition.id;

    QHash<QString, QString> offerOfCell;
    for (const campaign::Cell &cell : definition.cells)
        offerOfCell.insert(cell.name, cell.offer);

    // The split.
    QHash<QString, Member> members;
    QMap<QString, qint64> targetsPerCell;
    std::map<int, qint64> targetsPerWave;
    {
        members.reserve(
            db.scalar("SELECT count(*) FROM campaign_members WHERE campaign_id = ?", {campaignId})
                .toLongLong());
        Statement select(db, "SELECT customer_id, cell, role, wave FROM campaign_members WHERE "
                             "campaign_id = ?");
        select.bind(1, campaignId);
        // Cells and roles repeat: members share one string per value instead of a copy each.
        QHash<QByteArray, QString> shared;
        auto sharedText = [&](int column) {
            const std::string_view view = select.textView(column);
            const QByteArray key = QByteArray::fromRawData(view.data(), qsizetype(view.size()));
            const auto it = shared.constFind(key);
            if (it != shared.constEnd())
                return *it;
            const QString text = QString::fromUtf8(view.data(), qsizetype(view.size()));
            shared.insert(QByteArray(view.data(), qsizetype(view.size())), text);
            return text;
        };
        while (select.step()) {
            Member m;
            m.cell = sharedText(1);
            m.role = sharedText(2);
            m.wave = select.isNull(3) ? -1 : int(select.int64(3));
            if (m.role == QLatin1String("target")) {
                ++e.targets;
                ++targetsPerCell[m.cell];
                ++targetsPerWave[m.wave];
            } else if (m.role == QLatin1String("control")) {
                ++e.controls;
            } else {
                ++e.universalControls;
            }
            members.insert(select.text(0), m);
        }
    }
    if (members.isEmpty())
        throw Error(QStringLiteral("campaign '%1' has not been split: run cwb campaign split "
                                   "first")
                        .arg(e.campaign));
    QMap<QString, qint64> targetsPerGrid;
    if (options.by == EvaluationBreakdown::Grid) {
        if (!db.scalar("SELECT 1 FROM customer_columns WHERE name = 'grid'").isValid())
            throw Error(QStringLiteral("the customers table has no grid column (营销网格): the "
                                       "funnel cannot be broken down by grid"));
        Statement select(db, "SELECT m.customer_id, c.grid FROM campaign_members m JOIN customers "
                             "c ON c.customer_id = m.customer_id WHERE m.campaign_id = ? AND "
                             "m.role = 'target'");
        select.bind(1, campaignId);
        while (select.step()) {
            const auto it = members.find(select.text(0));
            if (it != members.end() && it->grid.isEmpty())
                it->grid = select.isNull(1) ? QString() : select.text(1);
        }
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            if (it->role == QLatin1String("target"))
                ++targetsPerGrid[it->grid.isEmpty() ? QStringLiteral("(no grid)") : it->grid];
        }
    }
    auto waveKey = [&](int wave) {
        if (wave < 0)
            return QStringLiteral("(no wave)");
        if (wave < definition.waves.size() && !definition.waves[wave].name.isEmpty())
            return QStringLiteral("%1 %2").arg(wave + 1).arg(definition.waves[wave].name);
        return QStringLiteral("%1").arg(wave + 1);
    };

    // Funnel: per group, per customer, the stages reached by the attempts in the group.
    auto keyOf = [&](const AttemptRow &a, const Member &m) -> QString {
        switch (options.by) {
        case EvaluationBreakdown::None:
            return QStringLiteral("all");
        case EvaluationBreakdown::Cell:
            return m.cell;
        case EvaluationBreakdown::Wave:
            return waveKey(m.wave);
        case EvaluationBreakdown::Agent:
            return a.agent.isEmpty() ? QStringLiteral("(no agent)") : a.agent;
        case EvaluationBreakdown::Grid:
            return m.grid.isEmpty() ? QStringLiteral("(no grid)") : m.grid;
        case EvaluationBreakdown::Day:
            return a.attemptAt.left(10);
        }
        return QString();
    };
    auto apply = [](CustomerStages &f, const AttemptRow &a) {
        f.add(a.connected, a.code, !a.completedOn.isEmpty(), a.package);
    };
    // The attempts are read in key order (the outcomes table's primary key), so a customer's
    // attempts come together: their stages are gathered per group for the customer, then added
    // to the groups' counts when the next customer starts.
    FunnelCounts allCounts;
    QMap<QString, FunnelCounts> groupCounts;
    QMap<QString, FunnelCounts> agentCounts;
    QHash<QString, qint64> completedPerCell; // for the ROI by cell
    std::array<qint64, 7> mixByCode{};       // by OutcomeCode
    QMap<QString, qint64> reasons;
    const Member noMember;
    QByteArray customerUtf8;
    const Member *member = nullptr;
    bool haveCustomer = false;
    CustomerStages customerFlags;
    QVarLengthArray<QPair<QString, CustomerStages>, 4> customerGroups, customerAgents;
    auto flagsOf = [](QVarLengthArray<QPair<QString, CustomerStages>, 4> &list,
                      const QString &key) -> CustomerStages & {
        for (auto &entry : list)
            if (entry.first == key)
                return entry.second;
        list.append({key, CustomerStages{}});
        return list.back().second;
    };
    auto flush = [&] {
        if (!haveCustomer)
            return;
        const QString offer = offerOfCell.value(member->cell);
        addCustomer(allCounts, customerFlags, offer);
        if (customerFlags.completed)
            ++completedPerCell[member->cell];
        for (const auto &entry : customerGroups)
            addCustomer(groupCounts[entry.first], entry.second, offer);
        for (const auto &entry : customerAgents)
            addCustomer(agentCounts[entry.first], entry.second, offer);
        customerFlags = CustomerStages{};
        customerGroups.clear();
        customerAgents.clear();
    };
    {
        Statement select(db, "SELECT customer_id, attempt_at, connected, outcome, "
                             "coalesce(agent, ''), coalesce(completed_on, ''), "
                             "coalesce(package, ''), coalesce(refusal_reason, '') FROM outcomes "
                             "WHERE campaign_id = ? ORDER BY customer_id, attempt_at");
        select.bind(1, campaignId);
        AttemptRow a;
        QByteArray agentUtf8;
        while (select.step()) {
            if (job && (e.attempts & 65535) == 0)
                job->throwIfCancelled();
            ++e.attempts;
            const std::string_view customer = select.textView(0);
            if (!haveCustomer || std::string_view(customerUtf8.constData(),
                                                  size_t(customerUtf8.size())) != customer) {
                flush();
                customerUtf8 = QByteArray(customer.data(), qsizetype(customer.size()));
                a.customer = QString::fromUtf8(customerUtf8);
                const auto found = members.constFind(a.customer);
                member = found == members.constEnd() ? &noMember : &*found;
                haveCustomer = true;
            }
            if (options.by == EvaluationBreakdown::Day) // the only use of the time
                a.attemptAt = select.text(1);
            a.connected = select.int64(2) != 0;
            const std::string_view code = select.textView(3);
            a.code = parseOutcomeCode(QString::fromUtf8(code.data(), qsizetype(code.size())))
                         .value_or(OutcomeCode::NotReached);
            // Agents repeat from one attempt to the next: keep the string when it is the same.
            const std::string_view agent = select.textView(4);
            if (std::string_view(agentUtf8.constData(), size_t(agentUtf8.size())) != agent) {
                agentUtf8 = QByteArray(agent.data(), qsizetype(agent.size()));
                a.agent = QString::fromUtf8(agentUtf8);
            }
            a.completedOn = select.text(5);
            a.package = select.text(6);
            a.reason = a.code == OutcomeCode::Refused ? select.text(7) : QString();

            apply(customerFlags, a);
            if (options.by != EvaluationBreakdown::None)
                apply(flagsOf(customerGroups, keyOf(a, *member)), a);
            apply(
                flagsOf(customerAgents, a.agent.isEmpty() ? QStringLiteral("(no agent)") : a.agent),
                a);
            ++mixByCode[size_t(a.code)];
            if (a.code == OutcomeCode::Refused)
                ++reasons[a.reason.isEmpty() ? QStringLiteral("(no reason given)") : a.reason];
        }
        flush();
    }
    if (job)
        job->throwIfCancelled();
    QMap<QString, qint64> mix;
    for (size_t code = 0; code < mixByCode.size(); ++code)
        if (mixByCode[code] > 0)
            mix.insert(outcomeCodeName(OutcomeCode(code)), mixByCode[code]);
    e.total = makeRow(QStringLiteral("all"), e.targets, allCounts, options);

    // Groups that have targets but no attempt yet appear too (cell, wave, grid).
    switch (options.by) {
    case EvaluationBreakdown::Cell:
        for (const campaign::Cell &cell : definition.cells)
            e.rows.append(makeRow(cell.name, targetsPerCell.value(cell.name),
                                  groupCounts.value(cell.name), options));
        break;
    case EvaluationBreakdown::Wave:
        for (const auto &[wave, count] : targetsPerWave)
            e.rows.append(makeRow(waveKey(wave), count, groupCounts.value(waveKey(wave)), options));
        break;
    case EvaluationBreakdown::Grid:
        for (auto it = targetsPerGrid.cbegin(); it != targetsPerGrid.cend(); ++it)
            e.rows.append(makeRow(it.key(), it.value(), groupCounts.value(it.key()), options));
        break;
    case EvaluationBreakdown::Agent:
    case EvaluationBreakdown::Day:
        for (auto it = groupCounts.cbegin(); it != groupCounts.cend(); ++it)
            e.rows.append(makeRow(it.key(), -1, it.value(), options));
        break;
    case EvaluationBreakdown::None:
        break;
    }
    qint64 smallAgents = 0;
    for (auto it = agentCounts.cbegin(); it != agentCounts.cend(); ++it) {
        e.agents.append(makeRow(it.key(), -1, it.value(), options));
        smallAgents += e.agents.last().smallSample;
    }
    if (smallAgents > 0)
        e.notes.append({EvaluationNote::Kind::SmallSampleAgents,
                        {smallAgents, qint64(e.agents.size()), options.smallSample}});
    if (e.attempts == 0)
        e.notes.append({EvaluationNote::Kind::NoOutcomes, {}});

    for (auto it = mix.cbegin(); it != mix.cend(); ++it)
        e.outcomes.append({it.key(), it.value()});
    {
        qint64 refusals = 0;
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
            e.reasons.append({it.key(), it.value(), 0.0, 0.0});
            refusals += it.value();
        }
        std::stable_sort(e.reasons.begin(), e.reasons.end(),
                         [](const ReasonRow &a, const ReasonRow &b) { return a.count > b.count; });
        qint64 running = 0;
        for (ReasonRow &r : e.reasons) {
            running += r.count;
            r.share = double(r.count) / double(refusals);
            r.cumulativeShare = double(running) / double(refusals);
        }
    }

    // Target vs control over the follow-up extract.
    const bool haveFollowup = Followup::exists(db);
    if (!options.conversionRule.isEmpty() && !haveFollowup)
        throw Error(QStringLiteral("a conversion rule needs the follow-up extract (billing after "
                                   "the campaign): import it with cwb followup import"));
    if (options.feeColumnGiven && !haveFollowup)
        throw Error(QStringLiteral("ARPU change needs the follow-up extract: import it with cwb "
                                   "followup import"));
    if (haveFollowup) {
        const QList<RuleField> followupFields = Followup::fields(db);
        CompiledRule rule{QStringLiteral("0"), {}};
        if (!options.conversionRule.isEmpty())
            rule = SegmentStore(workspace,
                                options.today.isValid() ? options.today : QDate::currentDate())
                       .compile(options.conversionRule, followupFields);
        bool feeUsable = false;
        {
            bool inFollowup = false;
            for (const RuleField &f : followupFields)
                inFollowup = inFollowup || (f.name == options.feeColumn && isNumeric(f.type));
            const QVariant inCustomers =
                db.scalar("SELECT type FROM customer_columns WHERE name = ?", {options.feeColumn});
            const bool customersNumeric =
                inCustomers.isValid() &&
                isNumeric(columnTypeFromName(inCustomers.toString()).value_or(ColumnType::Text));
            feeUsable = inFollowup && customersNumeric;
            if (!feeUsable && options.feeColumnGiven)
                throw Error(QStringLiteral("fee column '%1' must be a number column of both the "
                                           "customers table and the follow-up extract (%2)")
                                .arg(options.feeColumn,
                                     !inFollowup ? QStringLiteral("not a number column of the "
                                                                  "follow-up extract")
                                                 : QStringLiteral("not a number column of the "
                                                                  "customers table")));
            if (!feeUsable)
                e.notes.append({EvaluationNote::Kind::FeeColumnUnusable, {options.feeColumn}});
        }
        const QString fee = Database::quoteIdentifier(options.feeColumn);
        const QString sql =
            QStringLiteral("SELECT m.role, m.cell, f.customer_id IS NOT NULL, f.conv, %1, %2 "
                           "FROM campaign_members m LEFT JOIN (SELECT customer_id, CASE WHEN (%3) "
                           "THEN 1 ELSE 0 END AS conv%4 FROM followup) f ON f.customer_id = "
                           "m.customer_id WHERE m.campaign_id = ? AND m.role IN ('target', "
                           "'control')")
                .arg(feeUsable ? QStringLiteral("f.fee_after") : QStringLiteral("NULL"),
                     feeUsable ? QStringLiteral("(SELECT c.%1 FROM customers c WHERE "
                                                "c.customer_id = m.customer_id LIMIT 1)")
                                     .arg(fee)
                               : QStringLiteral("NULL"),
                     rule.sql,
                     feeUsable ? QStringLiteral(", %1 AS fee_after").arg(fee) : QString());
        Statement select(db, sql.toStdString());
        int index = 1;
        for (const QVariant &p : rule.params)
            select.bindVariant(index++, p);
        select.bind(index, campaignId);
        struct Counts
        {
            qint64 n[2] = {0, 0}, converted[2] = {0, 0}, missing[2] = {0, 0};
        };
        std::map<QString, Counts> perCell; // "" is the whole campaign
        std::vector<double> change[2];
        stats::RunningMoments moments[2];
        qint64 feeMissing[2] = {0, 0};
        qint64 rowsRead = 0;
        while (select.step()) {
            if (job && (++rowsRead & 4095) == 0)
                job->throwIfCancelled();
            const int g = select.text(0) == QLatin1String("target") ? 0 : 1;
            const QString cell = select.text(1);
            const bool found = select.int64(2) != 0;
            for (const QString &key : {QString(), cell}) {
                Counts &c = perCell[key];
                if (!found) {
                    ++c.missing[g];
                    continue;
                }
                ++c.n[g];
                c.converted[g] += select.int64(3) != 0;
            }
            if (feeUsable) {
                if (!found || select.isNull(4) || select.isNull(5)) {
                    ++feeMissing[g];
                } else {
                    const double d = select.real(4) - select.real(5);
                    change[g].push_back(d);
                    moments[g].add(d);
                }
            }
        }
        if (!options.conversionRule.isEmpty()) {
            auto add = [&](const QString &key, const Counts &c) {
                ConversionEvaluation ce;
                ce.key = key;
                ce.targetMissing = c.missing[0];
                ce.controlMissing = c.missing[1];
                ce.comparison = stats::compareProportions(c.converted[0], c.n[0], c.converted[1],
                                                          c.n[1], options.confidence);
                e.conversion.append(ce);
            };
            add(QStringLiteral("all"), perCell[QString()]);
            if (definition.cells.size() > 1) {
                for (const campaign::Cell &cell : definition.cells)
                    add(cell.name, perCell[cell.name]);
            }
            const Counts &t = perCell[QString()];
            if (t.missing[0] + t.missing[1] > 0)
                e.notes.append(
                    {EvaluationNote::Kind::MissingInFollowup, {t.missing[0], t.missing[1]}});
            if (t.n[0] < options.smallSample || t.n[1] < options.smallSample)
                e.notes.append({EvaluationNote::Kind::SmallGroups, {options.smallSample}});
        }
        if (feeUsable) {
            ArpuEvaluation a;
            a.feeColumn = options.feeColumn;
            a.targetMissing = feeMissing[0];
            a.controlMissing = feeMissing[1];
            a.welch = stats::welchTest(moments[0], moments[1], options.confidence);
            a.bootstrap = stats::bootstrapMeanDiff(change[0], change[1], options.bootstrapResamples,
                                                   options.seed, options.confidence, job);
            if (a.welch.diff)
                a.incrementalMonthlyRevenue = *a.welch.diff * double(e.targets);
            e.arpu = a;
            e.bootstrapResamples = options.bootstrapResamples;
            e.seed = options.seed;
        }
    } else {
        e.notes.append({EvaluationNote::Kind::NoFollowup, {}});
    }

    // Actual ROI beside the plan's forecast.
    if (options.plan) {
        const simulate::SimulationPlan &plan = *options.plan;
        if (plan.cells.empty())
            throw Error(QStringLiteral("%1: the plan has no cells").arg(options.planSource));
        if (e.conversion.isEmpty())
            throw Error(QStringLiteral("the actual ROI needs the measured incremental "
                                       "conversions: give a conversion rule (--conversion) "
                                       "together with the plan"));
        RoiComparison roi;
        roi.planSource = options.planSource;
        roi.horizonMonths = plan.horizonMonths;
        auto forecastOf = [&](const simulate::PlanCell &cell) {
            const simulate::FunnelFigures f = simulate::expectedFunnel(cell, plan.horizonMonths);
            RoiFigures r;
            r.targets = f.target;
            r.completions = f.completions;
            r.incrementalCompletions = f.incrementalCompletions;
            r.revenue = f.revenue;
            r.cost = f.cost;
            r.net = f.net;
            return r;
        };
        auto incremental = [&](const ConversionEvaluation &ce, double targets) {
            return ce.comparison.upliftAbs ? *ce.comparison.upliftAbs * targets : 0.0;
        };
        if (plan.cells.size() == 1) {
            roi.units << plan.cells.front().name;
            roi.forecast = forecastOf(plan.cells.front());
            roi.actual = actualMoney(plan.cells.front(), plan.horizonMonths, double(e.targets),
                                     double(e.total.counts.completed),
                                     incremental(e.conversion.front(), double(e.targets)));
        } else {
            for (const campaign::Cell &cell : definition.cells) {
                const auto planCell =
                    std::find_if(plan.cells.begin(), plan.cells.end(),
                                 [&](const simulate::PlanCell &p) { return p.name == cell.name; });
                if (planCell == plan.cells.end())
                    throw Error(QStringLiteral("%1: no plan cell named '%2' (the campaign's cells "
                                               "and the plan's must have the same names, or the "
                                               "plan a single cell)")
                                    .arg(options.planSource, cell.name));
                const auto ce =
                    std::find_if(e.conversion.begin(), e.conversion.end(),
                                 [&](const ConversionEvaluation &c) { return c.key == cell.name; });
                roi.units << cell.name;
                addFigures(roi.forecast, forecastOf(*planCell));
                const double targets = double(targetsPerCell.value(cell.name));
                addFigures(roi.actual,
                           actualMoney(*planCell, plan.horizonMonths, targets,
                                       double(completedPerCell.value(cell.name)),
                                       ce == e.conversion.end() ? 0.0 : incremental(*ce, targets)));
            }
        }
        finishRoi(roi.forecast);
        finishRoi(roi.actual);
        e.roi = roi;
    }
    return e;
}

} // namespace cwb
