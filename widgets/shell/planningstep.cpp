// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/planningstep.h"

namespace cwb {

QList<PlanningStepInfo> PlanningSteps::all()
{
    return {
        {PlanningStep::Data,
         tr("Data"),
         tr("Import the customer extract, browse it and check its quality."),
         {tr("Import wizard for CSV (UTF-8, GBK/GB18030) and Excel files"),
          tr("Customer table with sorting and quick filter"),
          tr("Data audit per column with charts"), tr("Rejected rows with reasons")},
         true},
        {PlanningStep::Segments,
         tr("Segments"),
         tr("Divide customers into groups that get the same treatment."),
         {tr("Rule builder for tags (AND / OR / NOT)"), tr("Value × churn-risk grid"),
          tr("Clusters of value and behaviour"), tr("Profile of each segment")},
         true},
        {PlanningStep::Offers,
         tr("Offers"),
         tr("Design the packages each segment is offered."),
         {tr("Offer catalogue"), tr("Price tiers from a segment's ARPU distribution"),
          tr("Recommended package per customer")},
         true},
        {PlanningStep::Campaigns,
         tr("Campaigns"),
         tr("Turn segments and offers into campaigns with a control group."),
         {tr("Campaign cells and waves"), tr("Random control group with a recorded seed"),
          tr("Contact policy: black, gray and do-not-disturb lists, fatigue windows, channel "
             "capacity")},
         true},
        {PlanningStep::Simulation,
         tr("Simulation"),
         tr("Estimate what a campaign will return before running it."),
         {tr("ROI funnel: connect, intention, completion"),
          tr("Monte Carlo ranges and tornado chart"),
          tr("Sample size and power of the control comparison")},
         true},
        {PlanningStep::ListsScripts,
         tr("Lists & Scripts"),
         tr("Produce what the outbound-call team works from."),
         {tr("Call lists as CSV or Excel"), tr("Printable call scripts (PDF)"),
          tr("Suggested call times")},
         true},
        {PlanningStep::Evaluation,
         tr("Evaluation"),
         tr("Measure the outcome against the control group."),
         {tr("Outcome import"), tr("Funnel KPIs per cell"),
          tr("Uplift with confidence intervals and p-values"), tr("Printable report")},
         true},
    };
}

PlanningStepInfo PlanningSteps::info(PlanningStep step)
{
    const QList<PlanningStepInfo> steps = all();
    return steps.at(int(step));
}

} // namespace cwb
