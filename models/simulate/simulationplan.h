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
    double monthlyRevenueUplift = 0.0;   // yuan per incremental completion per month
    double discountPerMonth = 0.0;       // yuan per completion per discounted month
    double discountMonths = 0.0;
    double costPerContact = 0.0; // yuan per targeted customer (channel default unless given)
    double costPerSuccess = 0.0; // yuan per completion (commission, gift, installation)
    double fixedCost = 0.0;      // yuan (script, training, printing)

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
};

} // namespace cwb::simulate
