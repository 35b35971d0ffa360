// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/funnelmodel.h"
#include "simulate/samplesize.h"
#include "simulate/simstats.h"
#include "simulate/simulationplan.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cwb {
class JobControl;
}

namespace cwb::simulate {

// Everything the simulation says about one cell, or about the plan in total.
struct CellResult
{
    QString name; // the cell's name; "total" for the plan
    QString channel;
    FunnelFigures expected; // at the means of the rates
    Summary net;            // Monte Carlo
    Summary roi;            // invalid when the cost can be 0
    Histogram roiHistogram;
    PowerAnalysis power;
};

// One bar of the tornado chart: the plan's total net with one uncertain input at its P10 and
// at its P90, every other input at its mean.
struct TornadoBar
{
    QString cell;
    QString input; // "connect_rate", ...
    double lowValue = 0.0;
    double highValue = 0.0;
    double netAtLow = 0.0;
    double netAtHigh = 0.0;
    double swing() const
    {
        return netAtHigh > netAtLow ? netAtHigh - netAtLow : netAtLow - netAtHigh;
    }
};

// The result of simulating a plan: per cell, in total, the sensitivity and the warnings.
struct SimulationResult
{
    int draws = 0;
    quint64 seed = 0;
    double horizonMonths = 0.0;
    double alpha = 0.0;
    double power = 0.0;
    std::vector<CellResult> cells;
    CellResult total;
    double tornadoBaseNet = 0.0;     // total net with every input at its mean
    std::vector<TornadoBar> tornado; // largest swing first
    QStringList warnings;
    std::vector<double> totalNetDraws; // in draw order (for comparing scenarios)
};

// Runs the plan: the expected funnel, plan.draws Monte Carlo draws from plan.seed, the power
// analysis and the tornado. Each rate of each cell draws from its own Boost.Random stream
// seeded from (seed, cell name, rate), so the result depends only on the seed and the plan, and
// a cell with the same name in another plan sees the same random numbers. Throws
// cwb::Cancelled when job asks to stop.
SimulationResult runSimulation(const SimulationPlan &plan, JobControl *job = nullptr);

// The one-at-a-time sensitivity of the total net (P10 / P90 of each uncertain rate).
std::vector<TornadoBar> tornado(const SimulationPlan &plan);

// Two plans side by side with common random numbers (b is run with a's draws and seed).
struct ScenarioComparison
{
    SimulationResult a;
    SimulationResult b;
    Summary netDifference; // total net of b minus total net of a, per draw
};

ScenarioComparison compareScenarios(const SimulationPlan &a, const SimulationPlan &b,
                                    JobControl *job = nullptr);

// The seed of the stream of one rate of one cell (FNV-1a of the UTF-8 name, SplitMix64 mixing).
quint64 streamSeed(quint64 planSeed, const QString &cellName, RateSlot slot);

} // namespace cwb::simulate
