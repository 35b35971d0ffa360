// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace cwb::campaign {

// The balance of a split: how alike its target and control groups are (the draw itself is in
// assignment.h).

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

// The standardised difference two random groups of these sizes reach by chance 1 time in 20:
// 1.96 x sqrt(1/targets + 1/control) (d of a column has a standard error of about
// sqrt(1/n1 + 1/n2) when the groups are random halves of one population). 0 when a group is
// empty.
double balanceChance(qint64 targets, qint64 control);

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
