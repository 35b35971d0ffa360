// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/simulatedefaults.h"
#include "simulate/uncertainrate.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace cwb::simulate {

// The four uncertain rates of a cell, in the order the simulation draws them.
enum class RateSlot
{
    Connect = 0,
    Intention = 1,
    Completion = 2,
    ControlConversion = 3
};
inline constexpr int kRateSlots = 4;
// The plan field of a slot: "connect_rate", "intention_rate", ...
QString rateFieldName(RateSlot slot);

// Where one input of a plan came from when it was not typed in: a default, an assumption, the
// campaign's split, the cell's offer priced on its customers (PLAN.json `sources`). `value` is
// the input as it was set (a rate: its point value), so an input changed since is no longer
// credited to the source (plansources.h says which are still true).
struct InputSource
{
    QString field; // the plan key: "connect_rate", "monthly_revenue_uplift", "horizon_months", ...
    double value = 0.0;
    QString source; // in words, e.g. "pilot default (simulatedefaults.h)"

    bool operator==(const InputSource &) const = default;
};

// One cell of a ROI plan: a group of customers reached through one channel with one offer.
// Money is in yuan; `customers` includes the control group (control_share of it).
struct PlanCell
{
    QString name;
    double customers = 0.0;
    double controlShare = defaults::controlShare;
    Channel channel = Channel::Call;
    std::array<UncertainRate, kRateSlots> rates{
        UncertainRate::point(defaults::connectRate), UncertainRate::point(defaults::intentionRate),
        UncertainRate::point(defaults::completionRate),
        UncertainRate::point(defaults::controlConversionRate)};
    bool controlConversionGiven = false; // false: the default 0 was assumed
    // Yuan per incremental completion per month once any discount has ended (PLAN.json
    // `monthly_revenue_uplift`): what a customer who takes the offer pays more (or, negative,
    // less) than today. During the discount months it is this less discountPerMonth.
    double monthlyRevenueUplift = 0.0;
    double discountPerMonth = 0.0;    // yuan per completion per discounted month
    double discountMonths = 0.0;      // counted up to the plan's horizon
    double costPerContact = 0.0;      // yuan per targeted customer (channel default unless given)
    double costPerSuccess = 0.0;      // yuan per completion (commission, gift, installation)
    double fixedCost = 0.0;           // yuan (script, training, printing)
    QString offer;                    // the package the cell offers (informational; may be empty)
    std::vector<InputSource> sources; // where its inputs came from (see InputSource)

    const UncertainRate &rate(RateSlot slot) const { return rates[size_t(slot)]; }
    UncertainRate &rate(RateSlot slot) { return rates[size_t(slot)]; }
};

// A ROI plan as read from PLAN.json (docs/simulate-plan.md): horizon, Monte Carlo settings,
// test settings and the cells. `warnings` collects what the reader assumed.
struct SimulationPlan
{
    double horizonMonths = defaults::horizonMonths;
    int draws = defaults::draws;
    quint64 seed = defaults::seed;
    double alpha = defaults::alpha;
    double power = defaults::power;
    std::vector<PlanCell> cells;
    QStringList warnings;
    QString description; // free text (PLAN.json `description`): where the plan came from
    std::vector<InputSource> sources; // where the plan's settings came from (horizon_months)
};

} // namespace cwb::simulate
