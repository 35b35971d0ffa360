// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace cwb::campaign {

// What to split: the candidates of one cell, in a canonical order (the caller sorts them by
// customer id), each with its stratum and whether it must be control.
struct SplitRequest
{
    std::vector<int> strata;         // stratum index per candidate, 0..strataCount-1 (all 0: none)
    std::vector<char> forcedControl; // 1: already control in this period (stays control)
    double controlShare = 0.0;       // used when controlSize < 0; 0 <= share < 1
    qint64 controlSize = -1;         // a fixed control size instead of a share
    quint64 seed = 0;
};

struct SplitResult
{
    std::vector<char> control; // 1: control, 0: target
    qint64 planned = 0;        // control size asked for: round(n x share) or the fixed size
    qint64 forced = 0;         // candidates that were control already
    qint64 drawn = 0;          // drawn at random on top of the forced ones
    qint64 controlCount = 0;   // forced + drawn (above planned when more were forced)
};

// Draws the control group of a cell at random, reproducibly from the seed:
// - the planned size C = round(n x share) (or the fixed size, at most n) is spread over the
//   strata in proportion to their sizes by largest remainder (ties to the lower stratum), so
//   each stratum's control share is as close to the cell's as whole customers allow;
// - in each stratum the forced candidates count first; the rest of its quota is drawn by a
//   partial Fisher-Yates shuffle of its other candidates, strata in index order, all from one
//   Boost mt19937_64 engine seeded with seed. Same input and seed, same split, on any platform.
// Throws cwb::Error for an impossible share or size.
SplitResult splitControl(const SplitRequest &request);

// Largest-remainder apportionment of total over the given sizes (sum(sizes) > 0).
std::vector<qint64> apportion(qint64 total, const std::vector<qint64> &sizes);

// One line of the balance table: target vs control on a column (numeric) or on one value of a
// column (categorical, as a share). The standardised difference is
// (target - control) / sqrt((var_target + var_control) / 2), sample variances for means and
// p(1 - p) for shares; 0 when both groups are constant and equal.
struct BalanceRow
{
    QString column;
    QString level; // the value, for a categorical column; empty for a numeric one
    double target = 0.0;
    double control = 0.0;
    double standardisedDifference = 0.0;
    qint64 targetCount = 0;  // customers with a value
    qint64 controlCount = 0; // customers with a value
    bool unbalanced = false; // |standardised difference| > kBalanceThreshold
};

// The usual rule of thumb for randomised groups: an absolute standardised difference above
// 0.1 is worth a look.
inline constexpr double kBalanceThreshold = 0.1;

// values: NaN for missing. control: 1 for control.
BalanceRow balanceNumeric(const QString &column, const std::vector<double> &values,
                          const std::vector<char> &control);
// One row per distinct value (missing values are left out), most frequent first, at most
// maxLevels rows.
std::vector<BalanceRow> balanceCategorical(const QString &column, const QStringList &values,
                                           const std::vector<char> &control, int maxLevels = 8);
// The same on coded values: codes[i] indexes names (-1: missing).
std::vector<BalanceRow> balanceCategorical(const QString &column, const std::vector<int> &codes,
                                           const QStringList &names,
                                           const std::vector<char> &control, int maxLevels = 8);

} // namespace cwb::campaign
