// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/simulationplan.h"

#include <QDate>
#include <QString>

namespace cwb {
class JobControl;
class Workspace;
} // namespace cwb

namespace cwb::simulate {

// Where the customer counts of a plan built from a campaign came from.
enum class CampaignPlanSource
{
    Split,   // the campaign's stored split (table campaign_members)
    DryPlan, // never split (or changed since): a dry CampaignPlanner::plan, nothing stored
};

struct CampaignSimulationPlan
{
    SimulationPlan plan;
    CampaignPlanSource source = CampaignPlanSource::Split;
};

// Builds a ROI plan from a campaign of the workspace, one plan cell per campaign cell, in the
// campaign's order:
// - customers = the cell's targets that have a wave (are contacted) + its control group
//   (control and universal_control), from the stored split; when the campaign was never split,
//   or its definition changed since (split_at cleared), from a dry CampaignPlanner::plan on
//   `today`. Targets no wave had room for are left out (they cost and earn nothing this time;
//   a warning counts them);
// - control_share = control / customers (0 when the cell has no customer);
// - channel = the cell's channel, cost_per_contact = its default (defaultCostPerContact);
// - rates = the defaults (simulatedefaults.h); control_conversion_rate is not known yet, so it
//   is assumed 0 with the same warning the plan reader gives;
// - offer = the cell's offer; when the workspace's package catalog has it (names compared
//   without case): discount_per_month and discount_months = the package's discount, and
//   monthly_revenue_uplift = the mean change of the bills of the cell's targets (those who can
//   take it and have a bill today) once the discount has ended, priced on the campaign's start
//   by the pricing rule (offerrevenue.h);
// - otherwise (no offer, not in the catalog, customers without usage columns, nobody who can
//   take it) monthly_revenue_uplift = defaults::assumedMonthlyRevenueUplift, an ASSUMPTION that
//   the cell's sources, a warning and the plan's description state.
// Every input gets its source (PlanCell::sources; plansources.h lists them).
// Throws cwb::Error when the campaign does not exist or a channel is unknown; reads only.
CampaignSimulationPlan planFromCampaign(Workspace &workspace, const QString &campaignName,
                                        JobControl *job = nullptr, QDate today = {});

} // namespace cwb::simulate
