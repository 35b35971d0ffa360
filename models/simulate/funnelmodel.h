// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/simulationplan.h"

#include <vector>

namespace cwb::simulate {

// The four rates of a cell at one point (a Monte Carlo draw, their means, a tornado end).
struct FunnelRates
{
    double connect = 0.0;
    double intention = 0.0;
    double completion = 0.0;
    double controlConversion = 0.0;
};

// The deterministic funnel of one cell (or the sum over cells), docs/simulate-plan.md:
// target = customers (1 - control share); control = customers control share;
// connected = target connect; intentions = connected intention; completions = intentions
// completion; baseline = target control conversion; incremental = completions - baseline;
// revenue = incremental uplift horizon; cost = target cost_per_contact + completions
// (cost_per_success + discount_per_month min(discount_months, horizon)) + fixed;
// net = revenue - cost;
// roi = net / cost (NaN when cost is 0); breakEvenIntentionRate: the intention rate at which
// net = 0 (NaN when no rate can reach it).
struct FunnelFigures
{
    double customers = 0.0;
    double target = 0.0;
    double control = 0.0;
    double connected = 0.0;
    double intentions = 0.0;
    double completions = 0.0;
    double baseline = 0.0;
    double incrementalCompletions = 0.0;
    double revenue = 0.0;
    double cost = 0.0;
    double net = 0.0;
    double roi = 0.0;
    double breakEvenIntentionRate = 0.0;
};

// net as a linear function of the intention rate i: net(i) = i * slope - offset, with
// slope = target connect completion (uplift horizon - cost per success - discount) and
// offset = target control_conversion uplift horizon + target cost_per_contact + fixed cost.
struct NetLine
{
    double slope = 0.0;
    double offset = 0.0;
    // offset / slope when slope > 0, else NaN.
    double breakEven() const;
};

// The discount one completion costs within the horizon: discount_per_month
// min(discount_months, horizon) (months past the horizon count no more than their revenue).
double discountCost(const PlanCell &cell, double horizonMonths);
FunnelRates meanRates(const PlanCell &cell);
NetLine netLine(const PlanCell &cell, const FunnelRates &rates, double horizonMonths);
FunnelFigures computeFunnel(const PlanCell &cell, const FunnelRates &rates, double horizonMonths);
// The funnel at the means of the rates: the `expected` block of the output.
FunnelFigures expectedFunnel(const PlanCell &cell, double horizonMonths);
// Sums the counts and money of the cells; roi = total net / total cost; the break-even
// intention rate is the one rate that, used in every cell, makes the total net 0
// (sum of offsets / sum of slopes).
FunnelFigures totalFunnel(const std::vector<FunnelFigures> &cells,
                          const std::vector<NetLine> &lines);
// Net of the whole plan with the rates of each cell at the given points.
double planNet(const SimulationPlan &plan, const std::vector<FunnelRates> &rates);

} // namespace cwb::simulate
