// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate/campaignplan.h"

#include "campaign/campaignplanner.h"
#include "campaign/campaignstore.h"
#include "core/error.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>

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

    CampaignSimulationPlan out;
    QHash<QString, CellCounts> counts;
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
    } else {
        out.source = CampaignPlanSource::DryPlan;
        campaign::CampaignPlanner planner(workspace);
        const campaign::CampaignPlan dry = planner.plan(definition, job, today);
        for (const campaign::CellPlan &cell : dry.cells)
            counts.insert(cell.name, {cell.targets, cell.overCapacity, cell.control});
    }

    SimulationPlan &plan = out.plan;
    for (const campaign::Cell &cell : definition.cells) {
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
    plan.description =
        QStringLiteral(
            "From campaign '%1': customers per cell are the targets (assigned to a "
            "wave) plus their control group, from %2. Rates are the pilot defaults and the "
            "cost per contact the channel's default. ASSUMPTION: monthly revenue "
            "uplift %3 yuan per incremental completion (the pilot's 205.2 yuan of "
            "incremental revenue per customer per year / 12); edit it for the offer.")
            .arg(definition.name, counted,
                 QString::number(defaults::assumedMonthlyRevenueUplift, 'f', 2));
    return out;
}

} // namespace cwb::simulate
