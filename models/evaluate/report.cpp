// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/report.h"

#include "campaign/campaignstore.h"
#include "core/error.h"
#include "core/jobcontrol.h"
#include "evaluate/followup.h"
#include "evaluate/outcomeimporter.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <functional>
#include <vector>

namespace cwb {

namespace {

struct Attempt
{
    QString customer;
    QString day; // "YYYY-MM-DD": the first ten characters of attempt_at
    bool connected = false;
    OutcomeCode code = OutcomeCode::NotReached;
    QString agent;
    bool completed = false;
    QString package;
    QString reason;
};

// The campaign's split and attempts, read once per report.
struct Data
{
    campaign::Campaign definition;
    QHash<QString, QString> cellOfTarget;
    QHash<QString, QString> offerOfCell;
    QSet<QString> notCalledCells; // cells whose channel is not a call (isCallChannel)
    QMap<QString, qint64> targetsPerCell;
    qint64 targets = 0;
    qint64 callTargets = 0; // targets in call cells: the base of coverage and remaining work
    qint64 controls = 0;

    bool isCall(const QString &customer) const
    {
        return !notCalledCells.contains(cellOfTarget.value(customer));
    }
    std::vector<Attempt> attempts; // by customer, then attempt time
};

QString isoDay(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString noAgent()
{
    return QStringLiteral("(no agent)");
}

Data load(Workspace &workspace, const QString &campaignName, JobControl *job)
{
    Database &db = workspace.db();
    Data d;
    d.definition = campaign::CampaignStore(workspace).get(campaignName);
    for (const campaign::Cell &cell : d.definition.cells) {
        d.offerOfCell.insert(cell.name, cell.offer);
        d.targetsPerCell.insert(cell.name, 0);
        if (!isCallChannel(cell.channel))
            d.notCalledCells.insert(cell.name);
    }
    bool anyMember = false;
    {
        Statement select(db, "SELECT customer_id, cell, role FROM campaign_members WHERE "
                             "campaign_id = ?");
        select.bind(1, d.definition.id);
        while (select.step()) {
            anyMember = true;
            const QString role = select.text(2);
            if (role == QLatin1String("target")) {
                ++d.targets;
                ++d.targetsPerCell[select.text(1)];
                d.callTargets += !d.notCalledCells.contains(select.text(1));
                d.cellOfTarget.insert(select.text(0), select.text(1));
            } else if (role == QLatin1String("control")) {
                ++d.controls;
            }
        }
    }
    if (!anyMember)
        throw Error(QStringLiteral("campaign '%1' has not been split: run cwb campaign split "
                                   "first")
                        .arg(d.definition.name));
    Statement select(db, "SELECT customer_id, substr(attempt_at, 1, 10), connected, outcome, "
                         "coalesce(agent, ''), coalesce(completed_on, '') <> '', "
                         "coalesce(package, ''), coalesce(refusal_reason, '') FROM outcomes "
                         "WHERE campaign_id = ? ORDER BY customer_id, attempt_at");
    select.bind(1, d.definition.id);
    while (select.step()) {
        if (job && (d.attempts.size() & 65535) == 65535)
            job->throwIfCancelled();
        Attempt a;
        a.customer = select.text(0);
        a.day = select.text(1);
        a.connected = select.int64(2) != 0;
        a.code = parseOutcomeCode(select.text(3)).value_or(OutcomeCode::NotReached);
        a.agent = select.text(4);
        a.completed = select.int64(5) != 0;
        a.package = select.text(6);
        a.reason = select.text(7);
        d.attempts.push_back(std::move(a));
    }
    return d;
}

using Groups = QMap<QString, QHash<QString, CustomerStages>>;

// The stages per group and customer of the attempts whose day lies in [from, to] (ISO texts
// compare as dates).
Groups collect(const Data &d, const QString &from, const QString &to,
               const std::function<QString(const Attempt &)> &key)
{
    Groups groups;
    for (const Attempt &a : d.attempts) {
        if (a.day < from || a.day > to)
            continue;
        groups[key(a)][a.customer].add(a.connected, a.code, a.completed, a.package);
    }
    return groups;
}

// A group's funnel; coverage = calledSoFar (customers of call cells called up to the period's
// end) / callTargets, undefined when the group has no target to call.
FunnelRow makeRow(const Data &d, const QString &key, qint64 targets, qint64 callTargets,
                  qint64 calledSoFar, const QHash<QString, CustomerStages> &customers,
                  int smallSample, double confidence)
{
    FunnelRow row;
    row.key = key;
    FunnelCounts &c = row.counts;
    c.targets = targets;
    c.callTargets = callTargets;
    for (auto it = customers.cbegin(); it != customers.cend(); ++it)
        addCustomer(c, it.value(),
                    it.value().completed ? d.offerOfCell.value(d.cellOfTarget.value(it.key()))
                                         : QString(),
                    d.isCall(it.key()));
    row.kpis = stats::funnelKpis(c.called, c.connected, c.intentions, c.completed, confidence);
    row.coverage = callTargets > 0
                       ? stats::rate(std::min(calledSoFar, callTargets), callTargets, confidence)
                       : stats::Rate{};
    row.packageMatch = stats::rate(c.packageMatch, c.packageKnown, confidence);
    row.smallSample = c.connected < smallSample;
    return row;
}

// The whole campaign's funnel over [from, to].
FunnelRow totalRow(const Data &d, const QString &key, const QString &from, const QString &to,
                   qint64 calledSoFar, int smallSample, double confidence)
{
    const Groups g = collect(d, from, to, [](const Attempt &) { return QString(); });
    return makeRow(d, key, d.targets, d.callTargets, calledSoFar, g.value(QString()), smallSample,
                   confidence);
}

// Customers with an attempt up to and including `to`, per cell ("" = those of all call cells).
QHash<QString, qint64> calledUpTo(const Data &d, const QString &to)
{
    QHash<QString, qint64> called;
    const QString *last = nullptr;
    for (const Attempt &a : d.attempts) {
        if (a.day > to || (last && *last == a.customer))
            continue;
        last = &a.customer;
        called[QString()] += d.isCall(a.customer);
        ++called[d.cellOfTarget.value(a.customer)];
    }
    return called;
}

QList<FunnelRow> agentRows(const Data &d, const QString &from, const QString &to, int smallSample,
                           double confidence)
{
    const Groups g = collect(
        d, from, to, [](const Attempt &a) { return a.agent.isEmpty() ? noAgent() : a.agent; });
    QList<FunnelRow> rows;
    for (auto it = g.cbegin(); it != g.cend(); ++it)
        rows.append(makeRow(d, it.key(), -1, -1, 0, it.value(), smallSample, confidence));
    std::stable_sort(rows.begin(), rows.end(), [](const FunnelRow &a, const FunnelRow &b) {
        if (a.counts.agreements != b.counts.agreements)
            return a.counts.agreements > b.counts.agreements;
        return a.counts.connected > b.counts.connected; // equal: by name (the map's order)
    });
    return rows;
}

QList<ReportCellRow> cellRows(const Data &d, const QString &from, const QString &to,
                              const QHash<QString, qint64> &calledSoFar, int smallSample,
                              double confidence)
{
    const Groups g =
        collect(d, from, to, [&](const Attempt &a) { return d.cellOfTarget.value(a.customer); });
    QList<ReportCellRow> rows;
    for (const campaign::Cell &cell : d.definition.cells) {
        const qint64 targets = d.targetsPerCell.value(cell.name);
        const qint64 called = calledSoFar.value(cell.name);
        const bool call = isCallChannel(cell.channel);
        ReportCellRow r;
        r.row = makeRow(d, cell.name, targets, call ? targets : 0, called, g.value(cell.name),
                        smallSample, confidence);
        r.notYetCalled = call ? std::max<qint64>(0, targets - called) : -1;
        rows.append(r);
    }
    return rows;
}

// Refused attempts over [from, to] by reason, largest first (ties by name).
QList<ReasonRow> pareto(const Data &d, const QString &from, const QString &to, qint64 &refusals)
{
    QMap<QString, qint64> counts;
    refusals = 0;
    for (const Attempt &a : d.attempts) {
        if (a.day < from || a.day > to || a.code != OutcomeCode::Refused)
            continue;
        ++counts[a.reason.isEmpty() ? QStringLiteral("(no reason given)") : a.reason];
        ++refusals;
    }
    QList<ReasonRow> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.append({it.key(), it.value(), 0.0, 0.0});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ReasonRow &a, const ReasonRow &b) { return a.count > b.count; });
    qint64 running = 0;
    for (ReasonRow &r : rows) {
        running += r.count;
        r.share = double(r.count) / double(refusals);
        r.cumulativeShare = double(running) / double(refusals);
    }
    return rows;
}

// Customers whose first do-not-disturb answer of the campaign falls in [from, to]: the customers
// the outcome import added to the do-not-disturb list for those days.
qint64 doNotDisturbAdded(const Data &d, const QString &from, const QString &to)
{
    QHash<QString, QString> first;
    for (const Attempt &a : d.attempts) {
        if (a.code == OutcomeCode::DoNotDisturb && !first.contains(a.customer))
            first.insert(a.customer, a.day); // attempts come in time order per customer
    }
    qint64 n = 0;
    for (const QString &day : std::as_const(first))
        n += day >= from && day <= to;
    return n;
}

// Notes comparing two periods' rates: only when both are defined.
void rateNotes(QList<ReportNote> &notes, const FunnelRow &later, const FunnelRow &earlier)
{
    auto one = [&](const char *name, const stats::Rate &now, const stats::Rate &before) {
        if (!now.value || !before.value || *now.value == *before.value)
            return;
        const bool overlap = now.ci.low <= before.ci.high && before.ci.low <= now.ci.high;
        notes.append({ReportNote::Kind::RateChange,
                      {QString::fromLatin1(name), *before.value, *now.value, overlap}});
    };
    one("connect", later.kpis.connect, earlier.kpis.connect);
    one("intention", later.kpis.intention, earlier.kpis.intention);
    one("success", later.kpis.success, earlier.kpis.success);
}

void commonNotes(QList<ReportNote> &notes, const Data &d, const QString &period,
                 const FunnelRow &current, const FunnelRow &before, const QList<FunnelRow> &agents,
                 qint64 dnd, qint64 notYetCalled, int smallSample)
{
    if (d.attempts.empty())
        notes.append({ReportNote::Kind::NoOutcomesYet, {}});
    else if (current.counts.called == 0)
        notes.append({ReportNote::Kind::NoCalls, {period}});
    rateNotes(notes, current, before);
    const qint64 small = std::count_if(agents.begin(), agents.end(),
                                       [](const FunnelRow &r) { return r.smallSample; });
    if (small > 0)
        notes.append(
            {ReportNote::Kind::SmallSampleAgents, {small, qint64(agents.size()), smallSample}});
    if (dnd > 0)
        notes.append({ReportNote::Kind::DoNotDisturb, {dnd}});
    if (notYetCalled > 0)
        notes.append({ReportNote::Kind::RemainingTargets, {notYetCalled, d.callTargets}});
    else
        notes.append({ReportNote::Kind::AllTargetsCalled, {d.callTargets}});
    if (d.targets > d.callTargets) {
        QStringList cells;
        for (const campaign::Cell &cell : d.definition.cells)
            if (!isCallChannel(cell.channel) && d.targetsPerCell.value(cell.name) > 0)
                cells << QStringLiteral("%1: %2").arg(cell.name, cell.channel);
        notes.append({ReportNote::Kind::Evaluation,
                      {int(EvaluationNote::Kind::NotCalledCells), d.targets - d.callTargets,
                       cells.join(QStringLiteral(", "))}});
    }
}

QString number(const QVariant &value)
{
    return QLocale(QLocale::English).toString(value.toLongLong());
}

QString percent(double value)
{
    return QString::number(100.0 * value, 'f', 1) + QLatin1Char('%');
}

} // namespace

FunnelDelta funnelDelta(const FunnelRow &later, const FunnelRow &earlier)
{
    FunnelDelta d;
    d.called = later.counts.called - earlier.counts.called;
    d.connected = later.counts.connected - earlier.counts.connected;
    d.intentions = later.counts.intentions - earlier.counts.intentions;
    d.agreements = later.counts.agreements - earlier.counts.agreements;
    d.completed = later.counts.completed - earlier.counts.completed;
    auto diff = [](const stats::Rate &a, const stats::Rate &b) -> std::optional<double> {
        if (!a.value || !b.value)
            return std::nullopt;
        return *a.value - *b.value;
    };
    d.connectRate = diff(later.kpis.connect, earlier.kpis.connect);
    d.intentionRate = diff(later.kpis.intention, earlier.kpis.intention);
    d.completionRate = diff(later.kpis.completion, earlier.kpis.completion);
    d.successRate = diff(later.kpis.success, earlier.kpis.success);
    return d;
}

QString reportNoteText(const ReportNote &note, Language language)
{
    const bool zh = language == Language::Chinese;
    const QVariantList &a = note.args;
    auto arg = [&](int i) { return i < a.size() ? a.at(i) : QVariant(); };
    switch (note.kind) {
    case ReportNote::Kind::NoCalls:
        return zh ? QStringLiteral("%1 没有外呼记录：当期数字均为零。").arg(arg(0).toString())
                  : QStringLiteral("No calls were recorded for %1: the figures of the period are "
                                   "zero.")
                        .arg(arg(0).toString());
    case ReportNote::Kind::NoOutcomesYet:
        return zh ? QStringLiteral("本活动尚未导入任何外呼结果。")
                  : QStringLiteral("No call outcomes have been imported for the campaign yet.");
    case ReportNote::Kind::RemainingTargets:
        return zh ? QStringLiteral("目标客户 %2 人中尚有 %1 人未外呼。")
                        .arg(number(arg(0)))
                        .arg(number(arg(1)))
                  : QStringLiteral("%1 of %2 target customers have not been called yet.")
                        .arg(number(arg(0)))
                        .arg(number(arg(1)));
    case ReportNote::Kind::AllTargetsCalled:
        return zh ? QStringLiteral("全部 %1 名目标客户均已外呼。").arg(number(arg(0)))
                  : QStringLiteral("All %1 target customers have been called.").arg(number(arg(0)));
    case ReportNote::Kind::RateChange: {
        const QString rate = arg(0).toString();
        const double before = arg(1).toDouble(), now = arg(2).toDouble();
        const bool overlap = arg(3).toBool();
        QString name;
        if (zh)
            name = rate == QLatin1String("connect")     ? QStringLiteral("接通率")
                   : rate == QLatin1String("intention") ? QStringLiteral("意向率")
                                                        : QStringLiteral("成功率");
        else
            name = rate == QLatin1String("connect")     ? QStringLiteral("connect rate")
                   : rate == QLatin1String("intention") ? QStringLiteral("intention rate")
                                                        : QStringLiteral("success rate");
        if (zh)
            return QStringLiteral("%1由 %2 %3至 %4%5")
                .arg(name, percent(before),
                     now > before ? QStringLiteral("升") : QStringLiteral("降"), percent(now),
                     overlap ? QStringLiteral("；置信区间重叠，变化可能只是随机波动。")
                             : QStringLiteral("；置信区间不重叠，变化明显。"));
        return QStringLiteral("The %1 %2 from %3 to %4%5")
            .arg(name, now > before ? QStringLiteral("rose") : QStringLiteral("fell"),
                 percent(before), percent(now),
                 overlap ? QStringLiteral("; the intervals overlap, so the change may be noise.")
                         : QStringLiteral("; the intervals do not overlap."));
    }
    case ReportNote::Kind::SmallSampleAgents:
        return zh ? QStringLiteral("%2 名坐席中有 %1 名接通客户少于 %3 人，其比率波动大，"
                                   "请比较区间而非点值。")
                        .arg(number(arg(0)))
                        .arg(number(arg(1)))
                        .arg(arg(2).toInt())
                  : QStringLiteral("%1 of %2 agents have fewer than %3 connected customers: "
                                   "their rates are noisy; compare the intervals, not the points.")
                        .arg(number(arg(0)))
                        .arg(number(arg(1)))
                        .arg(arg(2).toInt());
    case ReportNote::Kind::DoNotDisturb:
        return zh ? QStringLiteral("%1 名客户要求免打扰，已加入免打扰名单。").arg(number(arg(0)))
                  : QStringLiteral("Customers who asked not to be disturbed: %1 (added to the "
                                   "do-not-disturb list).")
                        .arg(number(arg(0)));
    case ReportNote::Kind::Evaluation: {
        const EvaluationNote evaluationNote{EvaluationNote::Kind(arg(0).toInt()), a.mid(1)};
        return evaluationNoteText(evaluationNote, zh) +
               (zh ? QStringLiteral("。") : QStringLiteral("."));
    }
    }
    return QString();
}

std::optional<QDate> lastOutcomeDate(Workspace &workspace, const QString &campaign)
{
    const campaign::Campaign definition = campaign::CampaignStore(workspace).get(campaign);
    const QVariant last =
        workspace.db().scalar("SELECT max(substr(attempt_at, 1, 10)) FROM outcomes WHERE "
                              "campaign_id = ?",
                              {definition.id});
    if (!last.isValid() || last.isNull())
        return std::nullopt;
    const QDate date = QDate::fromString(last.toString(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

DailyReport buildDailyReport(Workspace &workspace, const DailyReportOptions &options,
                             JobControl *job)
{
    if (options.campaign.isEmpty())
        throw Error(QStringLiteral("the daily report needs a campaign"));
    const Data d = load(workspace, options.campaign, job);
    DailyReport r;
    r.campaign = d.definition.name;
    r.date = options.date;
    if (!r.date.isValid()) {
        const std::optional<QDate> last = lastOutcomeDate(workspace, r.campaign);
        if (!last)
            throw Error(QStringLiteral("campaign '%1' has no call outcomes yet: give the date of "
                                       "the report (--date YYYY-MM-DD) for a report of zeros")
                            .arg(r.campaign));
        r.date = *last;
    }
    r.previousDate = r.date.addDays(-1);
    r.generatedAt =
        options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTime();
    r.confidence = options.confidence;
    r.smallSample = options.smallSample;
    r.targets = d.targets;
    r.controls = d.controls;
    const QString day = isoDay(r.date), before = isoDay(r.previousDate);
    const QHash<QString, qint64> calledSoFar = calledUpTo(d, day);
    const QHash<QString, qint64> calledBefore = calledUpTo(d, before);
    const qint64 called = calledSoFar.value(QString());
    r.day = totalRow(d, day, day, day, called, options.smallSample, options.confidence);
    r.previous = totalRow(d, before, before, before, calledBefore.value(QString()),
                          options.smallSample, options.confidence);
    r.delta = funnelDelta(r.day, r.previous);
    r.cumulative = totalRow(d, QStringLiteral("cumulative"), QString(), day, called,
                            options.smallSample, options.confidence);
    if (job)
        job->throwIfCancelled();
    r.agents = agentRows(d, day, day, options.smallSample, options.confidence);
    r.cells = cellRows(d, day, day, calledSoFar, options.smallSample, options.confidence);
    const QList<ReasonRow> all = pareto(d, day, day, r.refusals);
    const int top = std::max(1, options.topReasons);
    r.reasons = all.mid(0, top);
    if (all.size() > top) {
        ReasonRow other{QStringLiteral("(other)"), 0, 0.0, 1.0};
        for (qsizetype i = top; i < all.size(); ++i)
            other.count += all.at(i).count;
        other.share = double(other.count) / double(r.refusals);
        r.reasons.append(other);
    }
    r.doNotDisturb = doNotDisturbAdded(d, day, day);
    r.notYetCalled = std::max<qint64>(0, d.callTargets - called);
    commonNotes(r.notes, d, day, r.day, r.previous, r.agents, r.doNotDisturb, r.notYetCalled,
                options.smallSample);
    return r;
}

WeeklyReport buildWeeklyReport(Workspace &workspace, const WeeklyReportOptions &options,
                               JobControl *job)
{
    if (options.campaign.isEmpty())
        throw Error(QStringLiteral("the weekly report needs a campaign"));
    if (!options.weekStart.isValid())
        throw Error(QStringLiteral("the weekly report needs the first day of the week "
                                   "(--week-start YYYY-MM-DD)"));
    const Data d = load(workspace, options.campaign, job);
    WeeklyReport r;
    r.campaign = d.definition.name;
    r.weekStart = options.weekStart;
    r.weekEnd = options.weekStart.addDays(6);
    r.generatedAt =
        options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTime();
    r.confidence = options.confidence;
    r.smallSample = options.smallSample;
    r.targets = d.targets;
    r.controls = d.controls;
    const QString from = isoDay(r.weekStart), to = isoDay(r.weekEnd);
    const QString previousFrom = isoDay(r.weekStart.addDays(-7)),
                  previousTo = isoDay(r.weekStart.addDays(-1));
    for (int i = 0; i < 7; ++i) {
        const QString day = isoDay(r.weekStart.addDays(i));
        r.days.append(totalRow(d, day, day, day, calledUpTo(d, day).value(QString()),
                               options.smallSample, options.confidence));
    }
    const QHash<QString, qint64> calledSoFar = calledUpTo(d, to);
    const qint64 called = calledSoFar.value(QString());
    r.week = totalRow(d, QStringLiteral("week"), from, to, called, options.smallSample,
                      options.confidence);
    r.previousWeek = totalRow(d, QStringLiteral("previous week"), previousFrom, previousTo,
                              calledUpTo(d, previousTo).value(QString()), options.smallSample,
                              options.confidence);
    r.delta = funnelDelta(r.week, r.previousWeek);
    r.cumulative = totalRow(d, QStringLiteral("cumulative"), QString(), to, called,
                            options.smallSample, options.confidence);
    if (job)
        job->throwIfCancelled();
    r.cells = cellRows(d, from, to, calledSoFar, options.smallSample, options.confidence);
    r.agents = agentRows(d, from, to, options.smallSample, options.confidence);
    r.reasons = pareto(d, from, to, r.refusals);
    r.doNotDisturb = doNotDisturbAdded(d, from, to);
    r.notYetCalled = std::max<qint64>(0, d.callTargets - called);
    commonNotes(r.notes, d, QStringLiteral("%1 - %2").arg(from, to), r.week, r.previousWeek,
                r.agents, r.doNotDisturb, r.notYetCalled, options.smallSample);

    // Target vs control: with a rule, a plan, or (each cell counting its own offer) whenever the
    // follow-up extract is there.
    if (!options.conversionRule.isEmpty() || options.plan ||
        (options.conversionByOffer && Followup::exists(workspace.db()))) {
        CampaignEvaluationOptions e;
        e.campaign = r.campaign;
        e.conversionRule = options.conversionRule;
        e.conversionByOffer = options.conversionByOffer;
        e.plan = options.plan;
        e.planSource = options.planSource;
        e.smallSample = options.smallSample;
        e.confidence = options.confidence;
        e.bootstrapResamples = options.bootstrapResamples;
        e.today = options.today;
        const CampaignEvaluation evaluation = CampaignEvaluator::evaluate(workspace, e, job);
        r.conversionRule = evaluation.conversionRule;
        r.conversionByOffer = evaluation.conversionByOffer;
        r.conversion = evaluation.conversion;
        r.arpu = evaluation.arpu;
        r.roi = evaluation.roi;
        for (const EvaluationNote &note : evaluation.notes) {
            // The funnel notes are the report's own; keep what concerns the follow-up.
            switch (note.kind) {
            case EvaluationNote::Kind::SmallSampleAgents:
            case EvaluationNote::Kind::NoOutcomes:
            case EvaluationNote::Kind::NotCalledCells: // the report's own (commonNotes)
                break;
            case EvaluationNote::Kind::FeeColumnUnusable:
            case EvaluationNote::Kind::MissingInFollowup:
            case EvaluationNote::Kind::SmallGroups:
            case EvaluationNote::Kind::NoFollowup:
            case EvaluationNote::Kind::NoOfferConversion:
            case EvaluationNote::Kind::CellsWithoutOffer:
                r.notes.append(
                    {ReportNote::Kind::Evaluation, QVariantList{int(note.kind)} + note.args});
                break;
            }
        }
    }
    return r;
}

} // namespace cwb
