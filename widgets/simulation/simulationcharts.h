// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/montecarlo.h"

#include <QCoreApplication>

class QCustomPlot;

namespace cwb {

// Draws the simulation's charts from the engine's result structs (never from table text): the
// histogram of the plan's total ROI over the Monte Carlo draws, and the tornado of one-at-a-time
// sensitivity of the total net. Used on screen and in the printed summary.
class SimulationCharts
{
    Q_DECLARE_TR_FUNCTIONS(cwb::SimulationCharts)

public:
    static void drawRoiHistogram(QCustomPlot *plot, const simulate::SimulationResult &result);
    static void drawTornado(QCustomPlot *plot, const simulate::SimulationResult &result);
    static void clear(QCustomPlot *plot, const QString &note);
};

} // namespace cwb
