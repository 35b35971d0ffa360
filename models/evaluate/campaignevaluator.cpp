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
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace cwb {

namespace {

struct Member
{
    QString cell;
    QString role;
    int wave = -1; // -1: none
    QString grid;
    bool call = true; // the cell is worked by calls
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

FunnelRow makeRow(const QString &key, qint64 targets, qint64 callTargets,
                  const FunnelCounts &counts, const CampaignEvaluationOptions &options)
{
    FunnelRow row;
    row.key = key;
    FunnelCounts &c = row.counts;
    c = counts;
    c.targets = targets;
    c.callTargets = callTargets;
    row.kpis =
        stats::funnelKpis(c.called, c.connected, c.intentions, c.completed, options.confidence);
    // Coverage is of the targets that were to be called: SMS (and other) cells leave no call
    // attempts, so their targets are not in it, and a group with none of them has no coverage.
    row.coverage = callTargets > 0 ? stats::rate(std::min(c.calledInCallCells, callTargets),
                                                 callTargets, options.confidence)
                                   : stats::Rate{};
    row.packageMatch = stats::rate(c.packageMatch, c.packageKnown, options.confidence);
    row.smallSample = c.connected < options.smallSample;
    return row;
}

// Each group's success rate against the other groups' pooled, and Holm over the groups.
void testAgainstRest(QList<FunnelRow> &rows, double confidence)
{
    qint64 connected = 0, completed = 0;
    for (const FunnelRow &r : rows) {
        connected += r.counts.connected;
        completed += r.counts.completed;
    }
    std::vector<std::optional<double>> p;
    for (FunnelRow &r : rows) {
        const qint64 restConnected = connected - r.counts.connected;
        const qint64 restCompleted = completed - r.counts.completed;
        if (r.counts.connected > 0 && restConnected > 0) {
            r.vsRest = stats::compareProportions(r.counts.completed, r.counts.connected,
                                                 restCompleted, restConnected, confidence);
            p.push_back(r.vsRest->pValue);
        } else {
            p.push_back(std::nullopt);
        }
    }
    const std::vector<std::optional<double>> adjusted = stats::holmAdjust(p);
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].pValueHolm = adjusted[std::size_t(i)];
}

// One unit (the campaign, or a cell) of the actual ROI: its absolute uplift with interval and
// the weight that turns it into the figure (targets for completions, targets x monthly revenue
// x horizon for revenue).
struct UpliftTerm
{
    double weight = 0.0;
    double uplift = 0.0;
    stats::Interval ci{0.0, 0.0};
};

// Interval of sum(weight x uplift) from each term's interval by the method of variance
// estimates recovery (MOVER, Zou and Donner 2008): the lower (upper) distances of the terms are
// combined in quadrature. With one term it is the term's interval times its weight.
stats::Interval moverSum(const std::vector<UpliftTerm> &terms)
{
    double sum = 0.0, lowSquares = 0.0, highSquares = 0.0;
    for (const UpliftTerm &t : terms) {
        const double value = t.weight * t.uplift;
        const double a = t.weight * t.ci.low, b = t.weight * t.ci.high;
        sum += value;
        lowSquares += (value - std::min(a, b)) * (value - std::min(a, b));
        highSquares += (std::max(a, b) - value) * (std::max(a, b) - value);
    }
    return {sum - std::sqrt(lowSquares), sum + std::sqrt(highSquares)};
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

bool isCallChannel(const QString &channel)
{
    return channel == QLatin1String("call");
}

void addCustomer(FunnelCounts &c, const CustomerStages &f, const QString &offer, bool callCell)
{
    ++c.called;
    c.calledInCallCells += callCell;
    c.connected += f.connected;
    c.intentions += f.intention;
    c.agreements += f.agreement;
    c.completed += f.completed;
    if (f.completed && !f.package.isEmpty() && !offer.isEmpty()) {
        ++c.packageKnown;
        c.packageMatch += normalisedPackage(offer) == normalisedPackage(f.package);
    }
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
    QSet<QString> notCalledCells;
    for (const campaign::Cell &cell : definition.cells) {
        offerOfCell.insert(cell.name, cell.offer);
        if (!isCallChannel(cell.channel))
            notCalledCells.insert(cell.name);
    }

    // The split.
    QHash<QString, Member> members;
    QMap<QString, qint64> targetsPerCell;
    std::map<int, qint64> targetsPerWave, callTargetsPerWave;
    qint64 callTargets = 0;
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
            m.call = !notCalledCells.contains(m.cell);
            if (m.role == QLatin1String("target")) {
                ++e.targets;
                ++targetsPerCell[m.cell];
                ++targetsPerWave[m.wave];
                callTargets += m.call;
                callTargetsPerWave[m.wave] += m.call;
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
    QMap<QString, qint64> targetsPerGrid, callTargetsPerGrid;
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
            if (it->role != QLatin1String("target"))
                continue;
            const QString grid = it->grid.isEmpty() ? QStringLiteral("(no grid)") : it->grid;
            ++targetsPerGrid[grid];
            callTargetsPerGrid[grid] += it->call;
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
        addCustomer(allCounts, customerFlags, offer, member->call);
        if (customerFlags.completed)
            ++completedPerCell[member->cell];
        for (const auto &entry : customerGroups)
            addCustomer(groupCounts[entry.first], entry.second, offer, member->call);
        for (const auto &entry : customerAgents)
            addCustomer(agentCounts[entry.first], entry.second, offer, member->call);
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
    e.total = makeRow(QStringLiteral("all"), e.targets, callTargets, allCounts, options);

    // Groups that have targets but no attempt yet appear too (cell, wave, grid).
    switch (options.by) {
    case EvaluationBreakdown::Cell:
        for (const campaign::Cell &cell : definition.cells) {
            const qint64 targets = targetsPerCell.value(cell.name);
            e.rows.append(makeRow(cell.name, targets, isCallChannel(cell.channel) ? targets : 0,
                                  groupCounts.value(cell.name), options));
        }
        break;
    case EvaluationBreakdown::Wave:
        for (const auto &[wave, count] : targetsPerWave)
            e.rows.append(makeRow(waveKey(wave), count, callTargetsPerWave[wave],
                                  groupCounts.value(waveKey(wave)), options));
        break;
    case EvaluationBreakdown::Grid:
        for (auto it = targetsPerGrid.cbegin(); it != targetsPerGrid.cend(); ++it)
            e.rows.append(makeRow(it.key(), it.value(), callTargetsPerGrid.value(it.key()),
                                  groupCounts.value(it.key()), options));
        break;
    case EvaluationBreakdown::Agent:
    case EvaluationBreakdown::Day:
        for (auto it = groupCounts.cbegin(); it != groupCounts.cend(); ++it)
            e.rows.append(makeRow(it.key(), -1, -1, it.value(), options));
        break;
    case EvaluationBreakdown::None:
        break;
    }
    testAgainstRest(e.rows, options.confidence);
    qint64 smallAgents = 0;
    for (auto it = agentCounts.cbegin(); it != agentCounts.cend(); ++it) {
        e.agents.append(makeRow(it.key(), -1, -1, it.value(), options));
        smallAgents += e.agents.last().smallSample;
    }
    testAgainstRest(e.agents, options.confidence);
    if (e.targets > callTargets) {
        QStringList cells;
        for (const campaign::Cell &cell : definition.cells)
            if (!isCallChannel(cell.channel) && targetsPerCell.value(cell.name) > 0)
                cells << QStringLiteral("%1: %2").arg(cell.name, cell.channel);
        e.notes.append({EvaluationNote::Kind::NotCalledCells,
                        {e.targets - callTargets, cells.join(QStringLiteral(", "))}});
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
        // Without a rule, each cell's conversion counts its own offer: the follow-up's package
        // column equals the cell's offer (compared like the package match).
        bool byOffer = false;
        if (options.conversionRule.isEmpty() && options.conversionByOffer) {
            const bool packageColumn =
                std::any_of(followupFields.begin(), followupFields.end(),
                            [](const RuleField &f) { return f.name == QLatin1String("package"); });
            QStringList withoutOffer;
            for (const campaign::Cell &cell : definition.cells)
                if (cell.offer.trimmed().isEmpty())
                    withoutOffer << cell.name;
            if (!packageColumn)
                e.notes.append({EvaluationNote::Kind::NoOfferConversion,
                                {QStringLiteral("the follow-up extract has no package column")}});
            else if (withoutOffer.size() == definition.cells.size())
                e.notes.append({EvaluationNote::Kind::NoOfferConversion,
                                {QStringLiteral("no cell has an offer")}});
            else
                byOffer = true;
            if (byOffer && !withoutOffer.isEmpty())
                e.notes.append({EvaluationNote::Kind::CellsWithoutOffer,
                                {withoutOffer.join(QStringLiteral(", "))}});
        }
        e.conversionByOffer = byOffer;
        const bool measureConversion = byOffer || !options.conversionRule.isEmpty();
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
                           "FROM campaign_members m LEFT JOIN (SELECT customer_id, %3 AS conv%4 "
                           "FROM followup) f ON f.customer_id = m.customer_id WHERE "
                           "m.campaign_id = ? AND m.role IN ('target', 'control')")
                .arg(feeUsable ? QStringLiteral("f.fee_after") : QStringLiteral("NULL"),
                     feeUsable ? QStringLiteral("(SELECT c.%1 FROM customers c WHERE "
                                                "c.customer_id = m.customer_id LIMIT 1)")
                                     .arg(fee)
                               : QStringLiteral("NULL"),
                     byOffer ? QStringLiteral("package")
                             : QStringLiteral("CASE WHEN (%1) THEN 1 ELSE 0 END").arg(rule.sql),
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
            const QString offer = byOffer ? normalisedPackage(offerOfCell.value(cell)) : QString();
            const bool counted = !byOffer || !offer.isEmpty();
            const bool converted = found && (byOffer ? normalisedPackage(select.text(3)) == offer
                                                     : select.int64(3) != 0);
            for (const QString &key : {QString(), cell}) {
                if (!counted)
                    break;
                Counts &c = perCell[key];
                if (!found) {
                    ++c.missing[g];
                    continue;
                }
                ++c.n[g];
                c.converted[g] += converted;
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
        if (measureConversion) {
            auto add = [&](const QString &key, const Counts &c) {
                ConversionEvaluation ce;
                ce.key = key;
                if (byOffer)
                    ce.offer = offerOfCell.value(key);
                ce.targetMissing = c.missing[0];
                ce.controlMissing = c.missing[1];
                ce.comparison = stats::compareProportions(c.converted[0], c.n[0], c.converted[1],
                                                          c.n[1], options.confidence);
                e.conversion.append(ce);
            };
            add(QStringLiteral("all"), perCell[QString()]);
            if (definition.cells.size() > 1) {
                std::vector<std::optional<double>> p;
                for (const campaign::Cell &cell : definition.cells) {
                    if (byOffer && cell.offer.trimmed().isEmpty())
                        continue;
                    add(cell.name, perCell[cell.name]);
                    p.push_back(e.conversion.back().comparison.pValue);
                }
                // The cells are tested together: Holm over them.
                const std::vector<std::optional<double>> adjusted = stats::holmAdjust(p);
                for (std::size_t i = 0; i < adjusted.size(); ++i)
                    e.conversion[qsizetype(i) + 1].pValueHolm = adjusted[i];
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
                                       "together with the plan, or give the cells offers and "
                                       "the follow-up extract a package column"));
        RoiComparison roi;
        roi.planSource = options.planSource;
        roi.horizonMonths = plan.horizonMonths;
        // The forecast per target actually in the campaign: the plan cell's customers scaled so
        // that its targets are the campaign's (the fixed cost stays as planned).
        auto forecastOf = [&](const simulate::PlanCell &planned, double targets) {
            roi.plannedTargets += planned.customers * (1.0 - planned.controlShare);
            simulate::PlanCell cell = planned;
            cell.customers = targets / (1.0 - planned.controlShare);
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
        std::vector<UpliftTerm> completionTerms, revenueTerms;
        auto account = [&](const simulate::PlanCell &planCell, const ConversionEvaluation *ce,
                           double targets, double completed) {
            const stats::ProportionComparison *c = ce ? &ce->comparison : nullptr;
            const double uplift = c && c->upliftAbs ? *c->upliftAbs : 0.0;
            const stats::Interval ci = c ? c->ci : stats::Interval{0.0, 0.0};
            addFigures(roi.forecast, forecastOf(planCell, targets));
            addFigures(roi.actual, actualMoney(planCell, plan.horizonMonths, targets, completed,
                                               uplift * targets));
            completionTerms.push_back({targets, uplift, ci});
            revenueTerms.push_back(
                {targets * planCell.monthlyRevenueUplift * plan.horizonMonths, uplift, ci});
        };
        if (plan.cells.size() == 1) {
            roi.units << plan.cells.front().name;
            account(plan.cells.front(), &e.conversion.front(), double(e.targets),
                    double(e.total.counts.completed));
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
                // The cells' rows follow the campaign's (a cell may be named "all" too); a
                // campaign of one cell has only the campaign's row, which is the cell's.
                const auto ce = definition.cells.size() == 1
                                    ? e.conversion.begin()
                                    : std::find_if(e.conversion.begin() + 1, e.conversion.end(),
                                                   [&](const ConversionEvaluation &c) {
                                                       return c.key == cell.name;
                                                   });
                roi.units << cell.name;
                account(*planCell, ce == e.conversion.end() ? nullptr : &*ce,
                        double(targetsPerCell.value(cell.name)),
                        double(completedPerCell.value(cell.name)));
            }
        }
        // The measured uplift is uncertain, the cost is not: the intervals of the incremental
        // completions and of the revenue carry the uplift's interval (MOVER over the cells),
        // net and ROI follow from the revenue's.
        roi.actual.incrementalCi = moverSum(completionTerms);
        roi.actual.revenueCi = moverSum(revenueTerms);
        roi.actual.netCi = stats::Interval{roi.actual.revenueCi->low - roi.actual.cost,
                                           roi.actual.revenueCi->high - roi.actual.cost};
        if (roi.actual.cost > 0.0)
            roi.actual.roiCi = stats::Interval{roi.actual.netCi->low / roi.actual.cost,
                                               roi.actual.netCi->high / roi.actual.cost};
        finishRoi(roi.forecast);
        finishRoi(roi.actual);
        e.roi = roi;
    }
    return e;
}

} // namespace cwb
