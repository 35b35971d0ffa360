// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offer/package.h"

#include <QStringList>

#include <vector>

namespace cwb {

class CustomerScope;
class JobControl;
class Workspace;

// Tier design from a fee measure's distribution (DOMAIN: a segment's local + long-distance ARPU
// falls 34.9% in 50-89, 27.4% in 90-139, 17.4% in 140-229 yuan, so three tiers cover ~80%).

// A fee measure per customer: the sum of the given numeric columns (missing cells count as 0;
// a customer with all of them missing has no value and is left out), with the customer's
// 3-month average usage alongside for package drafts. Sorted by value, ascending.
struct MeasureSample
{
    QStringList columns;
    std::vector<double> values;   // ascending
    std::vector<double> localAvg; // same order as values
    std::vector<double> ldAvg;
    std::vector<double> dataAvg;
    qint64 missing = 0; // customers of the scope with no value
    qsizetype size() const { return qsizetype(values.size()); }
};

// Reads the measure over the scope. Throws cwb::Error naming an unknown or non-numeric column.
MeasureSample loadMeasure(Workspace &workspace, const CustomerScope &scope,
                          const QStringList &columns, JobControl *job = nullptr);
// The same from values alone (tests, callers with their own data); sorts them.
MeasureSample measureFromValues(std::vector<double> values);

// Counts in bins [from + i * width, from + (i + 1) * width), i = 0..bins-1; values outside
// fall into below / above.
struct Histogram
{
    double from = 0;
    double width = 1;
    std::vector<qint64> counts;
    qint64 below = 0;
    qint64 above = 0;
};
Histogram histogram(const std::vector<double> &sorted, double from, double width, int bins);
// A histogram spanning 0 (or the minimum, if negative) to the 99th percentile in about `bins`
// bins of a round width (1, 2, 5 x 10^k yuan).
Histogram autoHistogram(const std::vector<double> &sorted, int bins = 40);

// A band [from, to) and the share of all customers with a value that fall in it.
struct Band
{
    double from = 0;
    double to = 0;
    qint64 count = 0;
    double share = 0;
};
struct TierProposal
{
    std::vector<double> edges; // tiers + 1 ascending edges
    std::vector<Band> bands;   // edges[j] <= value < edges[j + 1]
    double coverage = 0;       // sum of the band shares
};

// Bands between consecutive edges and their shares, from the sorted values by binary search
// (cheap enough to call on every drag of an edge). Throws cwb::Error unless the edges are
// at least two and strictly ascending.
TierProposal evaluateEdges(const std::vector<double> &sorted, const std::vector<double> &edges);

// Proposes `tiers` bands covering `coverage` of the values:
//  1. the shortest interval holding k = ceil(coverage * n) consecutive sorted values (the
//     densest stretch of the distribution; the first such interval on ties),
//  2. split into `tiers` bands of (nearly) equal counts at the values k * j / tiers of it,
//  3. edges rounded to multiples of roundTo (if > 0): the lowest edge down, the highest up (to
//     the next multiple above the interval's last value, so it is inside), the inner edges to
//     the nearest; edges that collapse onto one another are dropped.
// The shares are then recomputed on the rounded edges (the coverage may move a little off the
// target). Throws cwb::Error for tiers < 1, coverage outside (0, 1], or no values.
TierProposal proposeTiers(const std::vector<double> &sorted, int tiers, double coverage,
                          double roundTo = 10);

// A package draft for a band: monthly fee = the median measure of the band's customers,
// rounded to the yuan; allowances = the medians of their 3-month average local, long-distance
// and data usage, rounded up to 10 minutes / 100 MB; default overage prices. Throws
// cwb::Error when the band holds no customer.
Package draftPackage(const MeasureSample &sample, const Band &band, const QString &name);

// What a planner must know before taking a draft: a monthly fee of 0 yuan (the band's median
// measure rounds to 0, as in a band of customers who pay nothing for the measure), which would
// give the package away. Empty when there is nothing to say. In the interface's language.
QStringList draftWarnings(const Package &draft, const Band &band);

} // namespace cwb
