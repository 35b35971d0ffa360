// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaign.h"
#include "campaign/contactpolicy.h"
#include "campaign/controlsplit.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace cwb {
class JobControl;
class Workspace;
} // namespace cwb

namespace cwb::campaign {

// One step of a cell's waterfall: how many customers it removed (or, for the first line, how
// many the segment holds).
struct WaterfallStep
{
    QString name; // "segment", "earlier_cell", "blacklist", ..., "control", "over_capacity"
    qint64 customers = 0;
};

struct CellPlan
{
    QString name;
    QString channel;
    qint64 population = 0; // customers of the cell's segment
    std::array<qint64, kPolicyStepCount> removed{};
    qint64 eligible = 0;
    qint64 plannedControl = 0;
    qint64 control = 0;          // drawn for this campaign (incl. controls of the period)
    qint64 universalControl = 0; // of those, in the period's universal control group
    qint64 periodControl = 0;    // of those, control in another campaign of the period
    qint64 targets = 0;          // eligible - control
    qint64 overCapacity = 0;     // targets no wave had room for
    std::vector<qint64> perWave; // targets per wave
    std::vector<BalanceRow> balance;
    QList<WaterfallStep> waterfall() const;
};

struct Member
{
    qint64 key = 0; // the customer's row in the workspace (its id is stored on commit)
    int cell = 0;
    enum Role : char
    {
        Target,
        Control,
        UniversalControl
    } role = Target;
    int wave = -1; // targets only; -1: over capacity (not contacted)
    double value = 0.0;
};

struct CampaignPlan
{
    Campaign campaign;
    QDate contactDay;
    qint64 dataVersion = 0;
    QList<CellPlan> cells;
    // Every customer the campaign keeps: targets with a wave, and controls (over-capacity
    // targets are left out: they are not contacted).
    std::vector<Member> members;
    QStringList warnings;
};

// Splits a campaign: finds each cell's customers, applies the contact policy, draws the control
// group and spreads the targets over the waves by capacity (see docs/campaigns.md):
// 1. population: the customers of the cell's segment (a customer in two cells goes to the
//    first);
// 2. eligibility, in order: blacklist, graylist of the cell's channel, do-not-disturb, fatigue
//    (on the first wave's start, else the campaign's start, else today), priority (customers
//    held by a campaign of the same period with a higher priority, or the same priority and
//    created earlier, are left to it);
// 3. control: drawn from the eligible customers, so target and control are alike; customers in
//    the period's universal control group, or control in another campaign of the period, stay
//    control; stratified by the campaign's stratify_by column;
// 4. capacity: per channel, targets by value (highest first) fill wave 1, the overflow moves to
//    wave 2 and so on; what no wave has room for is left out this time.
class CampaignPlanner
{
public:
    explicit CampaignPlanner(Workspace &workspace) : m_workspace(workspace) {}

    CampaignPlan plan(const Campaign &campaign, JobControl *job = nullptr, QDate today = {});
    // Writes the plan as the campaign's split (members and waterfall), replacing an earlier one;
    // refuses when the data changed since the plan was made.
    void commit(const CampaignPlan &plan);
    // plan() + commit().
    CampaignPlan split(const QString &campaignName, JobControl *job = nullptr, QDate today = {});

private:
    Workspace &m_workspace;
};

} // namespace cwb::campaign
