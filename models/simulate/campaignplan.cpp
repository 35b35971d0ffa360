// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate/campaignplan.h"

#include "campaign/campaignplanner.h"
#include "campaign/campaignstore.h"
#include "core/error.h"
#include "offer/customerscope.h"
#include "offer/packagestore.h"
#include "simulate/offerrevenue.h"
#include "simulate/plansources.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

namespace cwb::simulate {

namespace {

// Per campaign cell: targets, eligible customers no wave had room for (neither target nor
// control), control (incl. universal).
struct CellCounts
{
    qint64 contacted = 0;
    qint64 overCapacity = 0;
    qint64 control = 0;
};

// The customers at the given rows (a JSON array bound as one parameter, so any number of them
// costs one statement).
class RowScope : public CustomerScope
{
public:
    explicit RowScope(QString rowsJson) : m_rows(std::move(rowsJson)) {}
    QString describe() const override { return QStringLiteral("the campaign's targets"); }
    CompiledRule where(Workspace &, QDate) const override
    {
        return {QStringLiteral("rowid IN (SELECT value FROM json_each(?))"), {m_rows}};
    }

private:
    QString m_rows;
};

// What the plan knows of a cell's offer.
struct CellOffer
{
    int package = -1;            // index into the packages priced, -1 when there is none
    QString missing;             // why there is no package to price (no offer, not in the catalog)
    std::vector<qsizetype> rows; // the cell's targets in the usage table
    std::vector<qint64> rowids;  // the cell's targets (customers rowid)
};

} // namespace

CampaignSimulationPlan planFromCampaign(Workspace &workspace, const QString &campaignName,
                                        JobControl *job, QDate today)
{
    campaign::CampaignStore store(workspace);
    const campaign::Campaign definition = store.get(campaignName);

    Database &db = workspace.db();
    Statement head(db, "SELECT id, split_at, split_data_version FROM campaigns WHERE id = ?");
    head.bind(1, definition.id);
    if (!head.step())
        throw Error(QStringLiteral("no campaign '%1'").arg(campaignName));
    const bool split = !head.isNull(1);
    const QString splitAt = head.text(1);
    const bool stale = split && head.int64(2) != workspace.dataVersion();

    // The cells' offers in the workspace's catalog.
    QList<Package> catalog;
    if (db.tableExists(QStringLiteral("packages")))
        catalog = PackageStore(workspace).list();
    QList<Package> priced; // the distinct packages offered, priced in one pass
    std::vector<CellOffer> offers(size_t(definition.cells.size()));
    for (qsizetype c = 0; c < definition.cells.size(); ++c) {
        const QString offer = definition.cells.at(c).offer.trimmed();
        CellOffer &o = offers[size_t(c)];
        if (offer.isEmpty()) {
            o.missing = QCoreApplication::translate("cwb::Simulation", "the cell names no offer");
            continue;
        }
        const auto found = std::find_if(catalog.begin(), catalog.end(), [&](const Package &p) {
            return p.name.compare(offer, Qt::CaseInsensitive) == 0;
        });
        if (found == catalog.end()) {
            o.missing =
                QCoreApplication::translate(
                    "cwb::Simulation", "its offer '%1' is not in the workspace's package catalog")
                    .arg(offer);
            continue;
        }
        const auto known = std::find_if(priced.begin(), priced.end(),
                                        [&](const Package &p) { return p.name == found->name; });
        o.package = int(known - priced.begin());
        if (known == priced.end())
            priced.append(*found);
    }

    CampaignSimulationPlan out;
    QHash<QString, CellCounts> counts;
    QHash<QString, int> cellIndex;
    for (qsizetype c = 0; c < definition.cells.size(); ++c)
        cellIndex.insert(definition.cells.at(c).name, int(c));
    if (split) {
        out.source = CampaignPlanSource::Split;
        // Targets of splits stored before capacity assigned whole groups may lack a wave: those
        // were over capacity.
        Statement members(db, "SELECT cell, sum(role = 'target' AND wave IS NOT NULL), "
                              "sum(role = 'target' AND wave IS NULL), sum(role <> 'target') "
                              "FROM campaign_members WHERE campaign_id = ? GROUP BY cell");
        members.bind(1, definition.id);
        while (members.step())
            counts.insert(members.text(0), {members.int64(1), members.int64(2), members.int64(3)});
        Statement over(db, "SELECT cell, customers FROM campaign_waterfall WHERE campaign_id = ? "
                           "AND name = 'over_capacity'");
        over.bind(1, definition.id);
        while (over.step())
            counts[over.text(0)].overCapacity += over.int64(1);
        if (!priced.isEmpty() && db.tableExists(QStringLiteral("customers"))) {
            Statement targets(db, "SELECT c.rowid, m.cell FROM campaign_members m JOIN customers c "
                                  "ON c.customer_id = m.customer_id WHERE m.campaign_id = ? AND "
                                  "m.role = 'target' AND m.wave IS NOT NULL");
            targets.bind(1, definition.id);
            while (targets.step()) {
                const int c = cellIndex.value(targets.text(1), -1);
                if (c >= 0 && offers[size_t(c)].package >= 0)
                    offers[size_t(c)].rowids.push_back(targets.int64(0));
            }
        }
    } else {
        out.source = CampaignPlanSource::DryPlan;
        campaign::CampaignPlanner planner(workspace);
        const campaign::CampaignPlan dry = planner.plan(definition, job, today);
        for (const campaign::CellPlan &cell : dry.cells)
            counts.insert(cell.name, {cell.targets, cell.overCapacity, cell.control});
        for (const campaign::Member &m : dry.members) {
            if (m.role == campaign::Member::Target && m.wave >= 0 && m.cell >= 0 &&
                size_t(m.cell) < offers.size() && offers[size_t(m.cell)].package >= 0)
                offers[size_t(m.cell)].rowids.push_back(m.key);
        }
    }

    // The offered packages priced on the cells' targets (their last three months), on the
    // campaign's first day.
    QString usageProblem;
    UsageTable usage;
    if (!priced.isEmpty()) {
        QStringList rows;
        std::unordered_map<qint64, int> cellOfRow;
        for (size_t c = 0; c < offers.size(); ++c) {
            for (const qint64 rowid : offers[c].rowids) {
                rows << QString::number(rowid);
                cellOfRow.emplace(rowid, int(c));
            }
        }
        const QDate on = definition.start.isValid() ? definition.start
                         : today.isValid()          ? today
                                                    : QDate::currentDate();
        try {
            usage = loadUsage(
                workspace,
                RowScope(QLatin1Char('[') + rows.join(QLatin1Char(',')) + QLatin1Char(']')), priced,
                {}, on, job);
            for (qsizetype i = 0; i < usage.size(); ++i) {
                const auto it = cellOfRow.find(usage.rowids[size_t(i)]);
                if (it != cellOfRow.end())
                    offers[size_t(it->second)].rows.push_back(i);
            }
        } catch (const Error &error) {
            usageProblem = error.message();
        }
    }

    SimulationPlan &plan = out.plan;
    const QLocale locale;
    const QString countedFrom =
        split
            ? QCoreApplication::translate("cwb::Simulation", "the campaign's split of %1")
                  .arg(splitAt)
            : QCoreApplication::translate(
                  "cwb::Simulation", "a dry split on the current data (the campaign is not split)");
    setSource(plan.sources, QStringLiteral("horizon_months"), plan.horizonMonths,
              defaultSource(QStringLiteral("horizon_months")));
    QStringList assumed;
    for (qsizetype c = 0; c < definition.cells.size(); ++c) {
        const campaign::Cell &cell = definition.cells.at(c);
        const std::optional<Channel> channel = channelFromName(cell.channel);
        if (!channel) {
            throw Error(QStringLiteral("campaign '%1': cell '%2': unknown channel '%3' (expected "
                                       "one of: %4)")
                            .arg(definition.name, cell.name, cell.channel,
                                 channelNames().join(QStringLiteral(", "))));
        }
        const CellCounts n = counts.value(cell.name);
        PlanCell p;
        p.name = cell.name;
        p.channel = *channel;
        p.offer = cell.offer.trimmed();
        p.costPerContact = defaultCostPerContact(*channel);
        p.monthlyRevenueUplift = defaults::assumedMonthlyRevenueUplift;
        p.controlConversionGiven = false;
        if (n.contacted > 0) {
            p.customers = double(n.contacted + n.control);
            p.controlShare = double(n.control) / p.customers;
        } else {
            plan.warnings.append(QCoreApplication::translate(
                                     "cwb::Simulation",
                                     "cell '%1': no customer to contact (%2 in the control group); "
                                     "simulated with 0 customers")
                                     .arg(cell.name)
                                     .arg(n.control));
        }
        if (n.overCapacity > 0) {
            plan.warnings.append(
                QCoreApplication::translate("cwb::Simulation",
                                            "cell '%1': %2 eligible customers found no room in "
                                            "any wave and are left out of the plan")
                    .arg(cell.name)
                    .arg(n.overCapacity));
        }
        plan.warnings.append(QCoreApplication::translate(
                                 "cwb::Simulation", "cell '%1': control_conversion_rate not given; "
                                                    "assuming 0 (every completion counts as "
                                                    "incremental, which is optimistic)")
                                 .arg(cell.name));

        setSource(
            p.sources, QStringLiteral("customers"), p.customers,
            QCoreApplication::translate("cwb::Simulation",
                                        "%1 targets with a wave + %2 in the control group, from %3")
                .arg(locale.toString(n.contacted), locale.toString(n.control), countedFrom));
        setSource(
            p.sources, QStringLiteral("control_share"), p.controlShare,
            QCoreApplication::translate("cwb::Simulation", "the control group / customers, from %1")
                .arg(countedFrom));
        for (const QString &field :
             {QStringLiteral("connect_rate"), QStringLiteral("intention_rate"),
              QStringLiteral("completion_rate"), QStringLiteral("control_conversion_rate"),
              QStringLiteral("cost_per_success"), QStringLiteral("fixed_cost")})
            setSource(p.sources, field, *inputValue(p, field), defaultSource(field, *channel));
        setSource(p.sources, QStringLiteral("cost_per_contact"), p.costPerContact,
                  defaultSource(QStringLiteral("cost_per_contact"), *channel));

        // The offer: its discount from the catalog, the revenue change from pricing it on the
        // cell's targets; the assumption where either is missing.
        const CellOffer &o = offers[size_t(c)];
        QString why = o.missing;
        if (o.package >= 0) {
            const Package &package = priced.at(o.package);
            p.offer = package.name;
            p.discountPerMonth = discountPerMonth(package);
            p.discountMonths = p.discountPerMonth > 0.0 ? package.discount.months : 0.0;
            const QString discountSource =
                QCoreApplication::translate("cwb::Simulation", "%1 in the package catalog: %2")
                    .arg(package.name, describeDiscount(package));
            setSource(p.sources, QStringLiteral("discount_per_month"), p.discountPerMonth,
                      discountSource);
            setSource(p.sources, QStringLiteral("discount_months"), p.discountMonths,
                      discountSource);
            if (!package.channels.isEmpty() && !package.channels.contains(cell.channel)) {
                plan.warnings.append(
                    QCoreApplication::translate(
                        "cwb::Simulation",
                        "cell '%1': the package '%2' is offered only through %3, not %4")
                        .arg(cell.name, package.name, package.channels.join(QStringLiteral(", ")),
                             cell.channel));
            }
            if (!usageProblem.isEmpty()) {
                why = QCoreApplication::translate("cwb::Simulation",
                                                  "its customers could not be priced on '%1': %2")
                          .arg(package.name, usageProblem);
            } else {
                const OfferRevenue r = offerRevenue(package, o.package, usage, o.rows);
                if (r.priced == 0) {
                    why = QCoreApplication::translate(
                              "cwb::Simulation",
                              "none of the cell's targets (%1) can take '%2' and has a bill today")
                              .arg(locale.toString(r.customers), package.name);
                } else {
                    p.monthlyRevenueUplift = r.changeAfterDiscount();
                    QString source =
                        QCoreApplication::translate(
                            "cwb::Simulation",
                            "the cell's targets priced on %1 (%2) against their bills today, "
                            "last three months (pricing.h): %3 priced, %4 a month today on "
                            "average, %5 on the package once the discount ends")
                            .arg(package.name, describeDiscount(package), locale.toString(r.priced),
                                 locale.toString(r.todayTotal / double(r.priced), 'f', 2),
                                 locale.toString(r.regularTotal / double(r.priced), 'f', 2));
                    const qint64 left = r.notEligible + r.slowerBundle + r.noBillToday;
                    if (left > 0) {
                        const QString detail =
                            QCoreApplication::translate(
                                "cwb::Simulation",
                                "targets left out of the revenue change: %1 (not eligible for "
                                "the package %2, a bundle slower than their broadband %3, no "
                                "bill today %4)")
                                .arg(locale.toString(left), locale.toString(r.notEligible),
                                     locale.toString(r.slowerBundle),
                                     locale.toString(r.noBillToday));
                        source += QStringLiteral("; ") + detail;
                        plan.warnings.append(
                            QCoreApplication::translate("cwb::Simulation", "cell '%1': %2")
                                .arg(cell.name, detail));
                    }
                    setSource(p.sources, QStringLiteral("monthly_revenue_uplift"),
                              p.monthlyRevenueUplift, source);
                }
            }
        } else {
            setSource(p.sources, QStringLiteral("discount_per_month"), 0.0,
                      QCoreApplication::translate("cwb::Simulation", "no discount counted: %1")
                          .arg(o.missing));
            setSource(p.sources, QStringLiteral("discount_months"), 0.0,
                      QCoreApplication::translate("cwb::Simulation", "no discount counted: %1")
                          .arg(o.missing));
        }
        if (!why.isEmpty()) {
            setSource(p.sources, QStringLiteral("monthly_revenue_uplift"), p.monthlyRevenueUplift,
                      assumedRevenueSource() + QStringLiteral("; ") + why);
            plan.warnings.append(
                QCoreApplication::translate("cwb::Simulation",
                                            "cell '%1': %2, so the monthly revenue change is the "
                                            "ASSUMED %3 yuan per completion; edit it for the offer")
                    .arg(cell.name, why, locale.toString(p.monthlyRevenueUplift, 'f', 2)));
            assumed << cell.name;
        }
        plan.cells.push_back(p);
    }
    if (stale) {
        plan.warnings.prepend(QStringLiteral("campaign '%1' was split on data a later import "
                                             "replaced: split it again for current counts")
                                  .arg(definition.name));
    }

    const QString counted =
        split ? QStringLiteral("its split of %1").arg(splitAt)
              : QStringLiteral("a dry split on the current data (the campaign is not split)");
    QString revenue = QStringLiteral(
        "The monthly revenue change per completion and the discount come from each cell's offer "
        "in the package catalog, priced on the cell's targets' last three months against their "
        "bills today.");
    if (!assumed.isEmpty()) {
        revenue = QStringLiteral(
                      "%1 ASSUMPTION for %2 (no offer that could be priced): monthly revenue "
                      "change %3 yuan per incremental completion (the pilot's 205.2 yuan of "
                      "incremental revenue per customer per year / 12); edit it for the offer.")
                      .arg(assumed.size() < definition.cells.size() ? revenue : QString(),
                           QStringLiteral("'%1'").arg(assumed.join(QStringLiteral("', '"))),
                           QString::number(defaults::assumedMonthlyRevenueUplift, 'f', 2))
                      .trimmed();
    }
    plan.description =
        QStringLiteral("From campaign '%1': customers per cell are the targets (assigned to a "
                       "wave) plus their control group, from %2. Rates are the pilot defaults "
                       "and the cost per contact the channel's default. %3")
            .arg(definition.name, counted, revenue);
    return out;
}

} // namespace cwb::simulate
