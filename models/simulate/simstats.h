// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace cwb::simulate {

// What the Monte Carlo says about one output (net or ROI of a cell or of the plan): mean,
// 5th/50th/95th percentiles and the share of draws above 0. All NaN when undefined.
struct Summary
{
    double mean = 0.0;
    double p5 = 0.0;
    double p50 = 0.0;
    double p95 = 0.0;
    double probPositive = 0.0;
    bool valid = false;
};

// Counts of draws per bin; edges has counts.size() + 1 increasing values, the last bin
// includes its upper edge. Fed to a chart as is.
struct Histogram
{
    std::vector<double> edges;
    std::vector<qint64> counts;
};

// Percentile q in [0, 1] of values by linear interpolation between order statistics at
// position (n - 1) q (R type 7, numpy's default). Reorders values. NaN when values is empty.
double percentile(std::vector<double> &values, double q);
// Mean, P5/P50/P95 (exactly as percentile() computes them) and P(x > 0) of values. Selects the
// order statistics by counting into bins first, so it costs a few linear passes.
Summary summarize(const std::vector<double> &values);
// bins equal bins from the smallest to the largest value (one bin of width 0 when all agree).
Histogram histogram(const std::vector<double> &values, int bins);

} // namespace cwb::simulate
