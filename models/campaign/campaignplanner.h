// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaign.h"
#include "campaign/contactpolicy.h"
#include "campaign/controlsplit.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>
#include <string>
#include <string_view>
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
    QString name; // "segment", "earlier_cell", "unreachable", ..., "over_capacity", "control"
    qint64 customers = 0;
};

struct CellPlan
{
    QString name;
    QString channel;
    qint64 population = 0; // customers of the cell's segment
    std::array<qint64, kPolicyStepCount> removed{};
    qint64 eligible = 0;
    qint64 overCapacity = 0;            // eligible customers no wave had room for (not assigned)
    qint64 plannedControl = 0;          // the quotas of the assigned groups (cell, wave, stratum)
    qint64 control = 0;                 // drawn for this campaign (incl. controls of the period)
    qint64 universalControl = 0;        // of those, in the period's universal control group
    qint64 periodControl = 0;           // of those, control in another campaign of the period
    qint64 targets = 0;                 // assigned - control
    std::vector<qint64> perWave;        // targets per wave
    std::vector<qint64> perWaveControl; // controls per wave
    std::vector<BalanceRow> balance;    // the stored groups of the whole cell
    std::vector<std::vector<BalanceRow>> waveBalance; // the stored groups of each wave
    QList<WaterfallStep> waterfall() const;
};

struct Member
{
    qint64 key = 0;      // the customer's row in the workspace
    std::string_view id; // the customer id (into the plan's idArenas)
    int cell = 0;
    enum Role : char
    {
        Target,
        Control,
        UniversalControl
    } role = Target;
    int wave = -1; // 0-based: the wave of a target, and the wave a control would have been in
    double value = 0.0;
};

struct CampaignPlan
{
    Campaign campaign;
    QDate contactDay;
    qint64 dataVersion = 0;
    QList<CellPlan> cells;
    // Every customer the campaign assigns: targets and controls, each with its wave (customers
    // no wave had room for are left out: neither target nor control).
    std::vector<Member> members;
    std::vector<std::shared_ptr<std::string>> idArenas; // the members' ids live here
    // A new wave of a campaign already split (planNewWave): the stored waves it follows; its
    // members are added to the stored ones as wave waveOffset + 1.
    bool newWave = false;
    int waveOffset = 0;
    QStringList warnings;
};

// Splits a campaign: finds each cell's customers, applies the contact policy, lets capacity
// decide who is assigned to which wave and draws the control group inside every cell, wave and
// stratum (see docs/campaigns.md, "The split"):
// 1. population: the customers of the cell's segment or rule (tags and saved segments resolved;
//    a customer in two cells goes to the first);
// 2. eligibility, in order: reachable through the cell's channel (a call needs a valid number,
//    an SMS a mobile number, direct mail an address when the customers have one), blacklist,
//    graylist of the cell's channel, do-not-disturb, fatigue (on the first wave's start, else
//    the campaign's start, else today), priority (customers held by a campaign of the same
//    period with a higher priority, or the same priority and created earlier, are left to it);
// 3. assignment (assignment.h): per channel, the eligible by value fill the waves as far as the
//    waves' capacity for contacts allows; the rest are not assigned this time;
// 4. control: in each cell, wave and stratum, the customers with the lowest draws
//    md5("seed:id"), after those who must stay control (the period's universal control group,
//    controls of the period's other campaigns), so target and control of every wave are random
//    halves of the same customers.
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
    // A new wave for a split campaign, frozen or not: the customers of its cells who are not yet
    // members, with the capacity of its last wave, as wave (last stored wave + 1); the stored
    // members stay as they are. commit() adds them.
    CampaignPlan planNewWave(const QString &campaignName, JobControl *job = nullptr,
                             QDate today = {});

private:
    CampaignPlan build(const Campaign &campaign, JobControl *job, QDate today,
                       const QSet<qint64> &exclude);
    Workspace &m_workspace;
};

} // namespace cwb::campaign
