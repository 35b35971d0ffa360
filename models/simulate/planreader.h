// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/simulationplan.h"

#include <QByteArray>
#include <QString>

namespace cwb::simulate {

// Reads a ROI plan (PLAN.json, docs/simulate-plan.md) with QJsonDocument. Missing optional
// fields take the documented defaults (recorded in plan.warnings where they matter); an
// impossible value or an unknown key throws cwb::Error naming the source, the cell and the field.
SimulationPlan readPlan(const QByteArray &json, const QString &source);
SimulationPlan readPlanFile(const QString &path);

} // namespace cwb::simulate
