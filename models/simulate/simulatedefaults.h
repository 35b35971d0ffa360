// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/channel.h"

#include <QString>
#include <QStringList>

namespace cwb::simulate {

// The one place that holds the defaults of a ROI plan. Funnel rates are the pilot figures from
// shared/DOMAIN.md (2,598 customers called). The per-contact channel costs are ASSUMPTIONS made
// for planning, not measured figures: a plan overrides them with `cost_per_contact`, and a branch
// that knows its own costs should edit the table in simulatedefaults.cpp (docs/simulate-plan.md
// lists them).
namespace defaults {

inline constexpr double connectRate = 0.60;      // 接通率, pilot ~60%
inline constexpr double intentionRate = 0.2502;  // 意向率 = intentions / connected
inline constexpr double completionRate = 0.4354; // 竣工率 = completed / intentions
inline constexpr double controlConversionRate = 0.0;
inline constexpr double controlShare = 0.0;
inline constexpr double horizonMonths = 12.0;
inline constexpr int draws = 100000;
inline constexpr int maxDraws = 1000000;
inline constexpr quint64 seed = 1;
inline constexpr double alpha = 0.05;
inline constexpr double power = 0.80;
inline constexpr int histogramBins = 40;
// ASSUMPTION used when a plan is built from a campaign (which names an offer but no revenue):
// the pilot's control-group evaluation found 205.2 yuan of incremental revenue per customer per
// year; read as per converted customer and spread over 12 months, 205.2 / 12 = 17.10 yuan per
// incremental completion per month. The plan says so in its description; edit it per offer.
inline constexpr double assumedMonthlyRevenueUplift = 205.2 / 12.0;

} // namespace defaults

// The channels (core/channel.h), as the plan's code has always named them.
using cwb::Channel;
using cwb::channelFromName;
using cwb::channelName;
using cwb::channelNames;
// Assumed cost in yuan of one contact through the channel (see simulatedefaults.cpp).
double defaultCostPerContact(Channel channel);

} // namespace cwb::simulate
