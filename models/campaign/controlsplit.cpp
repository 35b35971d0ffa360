// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/controlsplit.h"

#include "core/error.h"

#include <QHash>

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/uniform_int_distribution.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cwb::campaign {

std::vector<qint64> apportion(qint64 total, const std::vector<qint64> &sizes)
{
    const qint64 sum = std::accumulate(sizes.begin(), sizes.end(), qint64(0));
    std::vector<qint64> quota(sizes.size(), 0);
    if (sum <= 0 || total <= 0)
        return quota;
    std::vector<std::pair<double, size_t>> remainders;
    qint64 given = 0;
    for (size_t i = 0; i < sizes.size(); ++i) {
        const double exact = double(total) * double(sizes[i]) / double(sum);
        quota[i] = qint64(std::floor(exact));
        given += quota[i];
        remainders.emplace_back(exact - double(quota[i]), i);
    }
    // Largest remainder first; equal remainders go to the lower index.
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t k = 0; given < total && k < remainders.size(); ++k) {
        ++quota[remainders[k].second];
        ++given;
    }
    return quota;
}

SplitResult splitControl(const SplitRequest &request)
{
    const size_t n = request.strata.size();
    if (request.forcedControl.size() != n)
        throw Error(QStringLiteral("control split: %1 strata for %2 candidates")
                        .arg(request.strata.size())
                        .arg(request.forcedControl.size()));
    SplitResult result;
    if (request.controlSize >= 0) {
        result.planned = std::min<qint64>(request.controlSize, qint64(n));
    } else {
        if (!(request.controlShare >= 0.0 && request.controlShare < 1.0))
            throw Error(QStringLiteral("control share must be at least 0 and below 1 (0.1 holds "
                                       "out 10%), got %1")
                            .arg(request.controlShare));
        result.planned = qint64(std::llround(double(n) * request.controlShare));
    }
    result.control.assign(n, 0);

    int strataCount = 0;
    for (int s : request.strata) {
        if (s < 0)
            throw Error(QStringLiteral("control split: negative stratum index"));
        strataCount = std::max(strataCount, s + 1);
    }
    std::vector<qint64> sizes(size_t(strataCount), 0);
    std::vector<std::vector<size_t>> pools(static_cast<size_t>(strataCount));
    std::vector<qint64> forced(size_t(strataCount), 0);
    for (size_t i = 0; i < n; ++i) {
        const size_t s = size_t(request.strata[i]);
        ++sizes[s];
        if (request.forcedControl[i]) {
            result.control[i] = 1;
            ++forced[s];
            ++result.forced;
        } else {
            pools[s].push_back(i);
        }
    }
    const std::vector<qint64> quota = apportion(result.planned, sizes);
    boost::random::mt19937_64 engine(request.seed);
    for (size_t s = 0; s < size_t(strataCount); ++s) {
        std::vector<size_t> &pool = pools[s];
        const qint64 want =
            std::min<qint64>(std::max<qint64>(quota[s] - forced[s], 0), qint64(pool.size()));
        for (qint64 k = 0; k < want; ++k) {
            boost::random::uniform_int_distribution<size_t> pick(size_t(k), pool.size() - 1);
            std::swap(pool[size_t(k)], pool[pick(engine)]);
            result.control[pool[size_t(k)]] = 1;
        }
        result.drawn += want;
    }
    result.controlCount = result.forced + result.drawn;
    return result;
}

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

} // namespace cwb::campaign
