// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/simulationplan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cwb {

// Writes a ROI plan in the PLAN.json format of docs/simulate-plan.md, the exact inverse of
// simulate::readPlan (every rate form, the channel, the costs, the offer and the sources of the
// inputs). A control conversion rate the
// reader assumed (controlConversionGiven false) is left out, so reading the file again gives
// the same plan and the same warning. Used by the simulation view's "Save Plan…" and to let the
// reader check a plan typed into its table.
class PlanWriter
{
    Q_DECLARE_TR_FUNCTIONS(cwb::PlanWriter)

public:
    static QJsonObject toJson(const simulate::SimulationPlan &plan);
    static QByteArray toBytes(const simulate::SimulationPlan &plan);
    // Throws cwb::Error naming the file when it cannot be written.
    static void writeFile(const simulate::SimulationPlan &plan, const QString &path);
};

} // namespace cwb
