// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/montecarlo.h"

#include <QJsonObject>

namespace cwb::simulate {

// The JSON form of a simulation result (the output of `cwb simulate --json`, documented in
// docs/simulate-plan.md): per cell and in total `expected`, `distribution`, `power` and
// `roi_histogram`; then `tornado` and `warnings`. Undefined figures (NaN, no value) are null.
QJsonObject toJson(const SimulationResult &result);
QJsonObject toJson(const Summary &summary);

} // namespace cwb::simulate
