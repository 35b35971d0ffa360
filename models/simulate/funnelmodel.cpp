// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate/funnelmodel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cwb::simulate {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double ratio(double numerator, double denominator)
{
    return denominator > 0.0 ? numerator / denominator : kNaN;
}
} // namespace

double discountCost(const PlanCell &cell, double horizonMonths)
{
    return cell.discountPerMonth * std::min(cell.discountMonths, horizonMonths);
}

QString rateFieldName(RateSlot slot)
{
    switch (slot) {
    case RateSlot::Connect:
        return QStringLiteral("connect_rate");
    case RateSlot::Intention:
        return QStringLiteral("intention_rate");
    case RateSlot::Completion:
        return QStringLiteral("completion_rate");
    case RateSlot::ControlConversion:
        return QStringLiteral("control_conversion_rate");
    }
    return QString();
}

double NetLine::breakEven() const
{
    return slope > 0.0 ? offset / slope : kNaN;
}

FunnelRates meanRates(const PlanCell &cell)
{
    return FunnelRates{cell.rate(RateSlot::Connect).mean(), cell.rate(RateSlot::Intention).mean(),
                       cell.rate(RateSlot::Completion).mean(),
                       cell.rate(RateSlot::ControlConversion).mean()};
}

NetLine netLine(const PlanCell &cell, const FunnelRates &rates, double horizonMonths)
{
    const double target = cell.customers * (1.0 - cell.controlShare);
    const double revenuePerCompletion = cell.monthlyRevenueUplift * horizonMonths;
    const double costPerCompletion = cell.costPerSuccess + discountCost(cell, horizonMonths);
    NetLine line;
    line.slope =
        target * rates.connect * rates.completion * (revenuePerCompletion - costPerCompletion);
    line.offset = target * rates.controlConversion * revenuePerCompletion +
                  target * cell.costPerContact + cell.fixedCost;
    return line;
}

FunnelFigures computeFunnel(const PlanCell &cell, const FunnelRates &rates, double horizonMonths)
{
    FunnelFigures f;
    f.customers = cell.customers;
    f.target = cell.customers * (1.0 - cell.controlShare);
    f.control = cell.customers * cell.controlShare;
    f.connected = f.target * rates.connect;
    f.intentions = f.connected * rates.intention;
    f.completions = f.intentions * rates.completion;
    f.baseline = f.target * rates.controlConversion;
    f.incrementalCompletions = f.completions - f.baseline;
    f.revenue = f.incrementalCompletions * cell.monthlyRevenueUplift * horizonMonths;
    f.cost = f.target * cell.costPerContact +
             f.completions * (cell.costPerSuccess + discountCost(cell, horizonMonths)) +
             cell.fixedCost;
    f.net = f.revenue - f.cost;
    f.roi = ratio(f.net, f.cost);
    f.breakEvenIntentionRate = netLine(cell, rates, horizonMonths).breakEven();
    return f;
}

FunnelFigures expectedFunnel(const PlanCell &cell, double horizonMonths)
{
    return computeFunnel(cell, meanRates(cell), horizonMonths);
}

FunnelFigures totalFunnel(const std::vector<FunnelFigures> &cells,
                          const std::vector<NetLine> &lines)
{
    FunnelFigures t;
    for (const FunnelFigures &f : cells) {
        t.customers += f.customers;
        t.target += f.target;
        t.control += f.control;
        t.connected += f.connected;
        t.intentions += f.intentions;
        t.completions += f.completions;
        t.baseline += f.baseline;
        t.incrementalCompletions += f.incrementalCompletions;
        t.revenue += f.revenue;
        t.cost += f.cost;
        t.net += f.net;
    }
    t.roi = ratio(t.net, t.cost);
    NetLine sum;
    for (const NetLine &line : lines) {
        sum.slope += line.slope;
        sum.offset += line.offset;
    }
    t.breakEvenIntentionRate = sum.breakEven();
    return t;
}

double planNet(const SimulationPlan &plan, const std::vector<FunnelRates> &rates)
{
    double net = 0.0;
    for (size_t i = 0; i < plan.cells.size(); ++i)
        net += computeFunnel(plan.cells[i], rates[i], plan.horizonMonths).net;
    return net;
}

} // namespace cwb::simulate
