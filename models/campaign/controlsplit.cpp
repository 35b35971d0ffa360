// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/controlsplit.h"

#include "core/error.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cwb::campaign {

namespace {

struct Moments
{
    qint64 n = 0;
    double sum = 0.0;
    double sumSquares = 0.0;
    double mean() const { return n > 0 ? sum / double(n) : 0.0; }
    double variance() const
    {
        if (n < 2)
            return 0.0;
        const double m = mean();
        return std::max(0.0, (sumSquares - double(n) * m * m) / double(n - 1));
    }
};

double standardised(double target, double control, double varTarget, double varControl)
{
    const double pooled = std::sqrt((varTarget + varControl) / 2.0);
    if (pooled > 0.0)
        return (target - control) / pooled;
    return target == control ? 0.0 : std::copysign(INFINITY, target - control);
}

} // namespace

BalanceRow balanceNumeric(const QString &column, const std::vector<double> &values,
                          const std::vector<char> &control)
{
    Moments t, c;
    for (size_t i = 0; i < values.size() && i < control.size(); ++i) {
        const double v = values[i];
        if (std::isnan(v))
            continue;
        Moments &m = control[i] ? c : t;
        ++m.n;
        m.sum += v;
        m.sumSquares += v * v;
    }
    BalanceRow row;
    row.column = column;
    row.target = t.mean();
    row.control = c.mean();
    row.targetCount = t.n;
    row.controlCount = c.n;
    row.standardisedDifference = standardised(row.target, row.control, t.variance(), c.variance());
    row.unbalanced = !(std::abs(row.standardisedDifference) <= kBalanceThreshold);
    return row;
}

std::vector<BalanceRow> balanceCategorical(const QString &column, const std::vector<int> &codes,
                                           const QStringList &names,
                                           const std::vector<char> &control, int maxLevels)
{
    std::vector<std::pair<qint64, qint64>> counts(size_t(names.size())); // (target, control)
    qint64 targetN = 0, controlN = 0;
    for (size_t i = 0; i < codes.size() && i < control.size(); ++i) {
        if (codes[i] < 0)
            continue;
        auto &entry = counts[size_t(codes[i])];
        if (control[i]) {
            ++entry.second;
            ++controlN;
        } else {
            ++entry.first;
            ++targetN;
        }
    }
    std::vector<int> levels;
    for (int l = 0; l < names.size(); ++l) {
        if (counts[size_t(l)].first + counts[size_t(l)].second > 0)
            levels.push_back(l);
    }
    std::sort(levels.begin(), levels.end(), [&](int a, int b) {
        const qint64 na = counts[size_t(a)].first + counts[size_t(a)].second;
        const qint64 nb = counts[size_t(b)].first + counts[size_t(b)].second;
        return na != nb ? na > nb : names.at(a) < names.at(b);
    });
    std::vector<BalanceRow> rows;
    for (int level : levels) {
        if (int(rows.size()) >= maxLevels)
            break;
        const auto &n = counts[size_t(level)];
        BalanceRow row;
        row.column = column;
        row.level = names.at(level);
        row.targetCount = targetN;
        row.controlCount = controlN;
        row.target = targetN > 0 ? double(n.first) / double(targetN) : 0.0;
        row.control = controlN > 0 ? double(n.second) / double(controlN) : 0.0;
        row.standardisedDifference =
            standardised(row.target, row.control, row.target * (1.0 - row.target),
                         row.control * (1.0 - row.control));
        row.unbalanced = !(std::abs(row.standardisedDifference) <= kBalanceThreshold);
        rows.push_back(row);
    }
    return rows;
}

std::vector<BalanceRow> balanceCategorical(const QString &column, const QStringList &values,
                                           const std::vector<char> &control, int maxLevels)
{
    QHash<QString, int> index;
    QStringList names;
    std::vector<int> codes;
    codes.reserve(size_t(values.size()));
    for (const QString &value : values) {
        if (value.isNull()) {
            codes.push_back(-1);
            continue;
        }
        auto it = index.find(value);
        if (it == index.end()) {
            it = index.insert(value, int(names.size()));
            names << value;
        }
        codes.push_back(it.value());
    }
    return balanceCategorical(column, codes, names, control, maxLevels);
}

double balanceChance(qint64 targets, qint64 control)
{
    if (targets <= 0 || control <= 0)
        return 0.0;
    return 1.96 * std::sqrt(1.0 / double(targets) + 1.0 / double(control));
}

} // namespace cwb::campaign
