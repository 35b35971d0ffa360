// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate/simstats.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cwb::simulate {

namespace {

// The k-th smallest of [first, last) with its successor, after nth_element on that range.
double interpolatedOrderStatistic(double *first, double *last, double position)
{
    const auto n = last - first;
    const auto k = std::min<std::ptrdiff_t>(std::ptrdiff_t(std::floor(position)), n - 1);
    std::nth_element(first, first + k, last);
    const double lower = first[k];
    const double fraction = position - double(k);
    if (fraction <= 0.0 || k + 1 >= n)
        return lower;
    const double upper = *std::min_element(first + k + 1, last);
    return lower + fraction * (upper - lower);
}

} // namespace

double percentile(std::vector<double> &values, double q)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    q = std::clamp(q, 0.0, 1.0);
    return interpolatedOrderStatistic(values.data(), values.data() + values.size(),
                                      q * double(values.size() - 1));
}

Summary summarize(const std::vector<double> &values)
{
    Summary s;
    if (values.empty()) {
        s.mean = s.p5 = s.p50 = s.p95 = s.probPositive = std::numeric_limits<double>::quiet_NaN();
        return s;
    }
    const size_t n = values.size();
    double sum = 0.0;
    qint64 positive = 0;
    double low = values[0];
    double high = values[0];
    for (double v : values) {
        sum += v;
        positive += v > 0.0 ? 1 : 0;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    s.mean = sum / double(n);
    s.probPositive = double(positive) / double(n);
    s.valid = true;
    const double last = double(n - 1);
    const double positions[3] = {0.05 * last, 0.5 * last, 0.95 * last};
    double *result[3] = {&s.p5, &s.p50, &s.p95};
    if (!(high > low)) {
        s.p5 = s.p50 = s.p95 = low;
        return s;
    }
    // Exact selection in two linear passes: count the values into equal bins between the
    // extremes (the bin index is monotone in the value, so bins keep the order), then select
    // the wanted order statistics among the few values of their bins only.
    constexpr int kBins = 4096;
    const double scale = double(kBins) / (high - low);
    const auto binOf = [&](double v) { return std::min(int((v - low) * scale), kBins - 1); };
    std::vector<qint64> below(kBins + 1, 0); // below[b] = values in bins < b, after the sum
    for (double v : values)
        ++below[size_t(binOf(v)) + 1];
    for (int b = 0; b < kBins; ++b)
        below[size_t(b) + 1] += below[size_t(b)];
    const auto binOfRank = [&](qint64 rank) {
        return int(std::upper_bound(below.begin(), below.end(), rank) - below.begin()) - 1;
    };
    // The bins holding the order statistics k and k + 1 of each position.
    std::vector<int> wanted;
    for (double position : positions) {
        const auto k = qint64(std::floor(position));
        wanted.push_back(binOfRank(k));
        wanted.push_back(binOfRank(std::min<qint64>(k + 1, qint64(n) - 1)));
    }
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    std::vector<std::vector<double>> members(wanted.size());
    std::vector<qint8> memberOfBin(kBins, -1); // which `members` list a bin feeds, or -1
    for (size_t w = 0; w < wanted.size(); ++w) {
        memberOfBin[size_t(wanted[w])] = qint8(w);
        members[w].reserve(size_t(below[size_t(wanted[w]) + 1] - below[size_t(wanted[w])]));
    }
    for (double v : values) {
        const qint8 w = memberOfBin[size_t(binOf(v))];
        if (w >= 0)
            members[size_t(w)].push_back(v);
    }
    const auto orderStatistic = [&](qint64 rank) {
        const int bin = binOfRank(rank);
        std::vector<double> &m = members[size_t(memberOfBin[size_t(bin)])];
        const auto local = std::ptrdiff_t(rank - below[size_t(bin)]);
        std::nth_element(m.begin(), m.begin() + local, m.end());
        return m[size_t(local)];
    };
    for (int i = 0; i < 3; ++i) {
        const auto k = qint64(std::floor(positions[i]));
        const double fraction = positions[i] - double(k);
        const double lower = orderStatistic(k);
        *result[i] = fraction > 0.0 && k + 1 < qint64(n)
                         ? lower + fraction * (orderStatistic(k + 1) - lower)
                         : lower;
    }
    return s;
}

Histogram histogram(const std::vector<double> &values, int bins)
{
    Histogram h;
    if (values.empty() || bins < 1)
        return h;
    const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
    const double low = *minIt;
    const double high = *maxIt;
    if (!(high > low)) {
        h.edges = {low, high};
        h.counts = {qint64(values.size())};
        return h;
    }
    h.edges.resize(size_t(bins) + 1);
    for (int i = 0; i <= bins; ++i)
        h.edges[size_t(i)] = low + (high - low) * double(i) / double(bins);
    h.edges.back() = high;
    h.counts.assign(size_t(bins), 0);
    const double scale = double(bins) / (high - low);
    for (double v : values) {
        const int bin = std::clamp(int((v - low) * scale), 0, bins - 1);
        ++h.counts[size_t(bin)];
    }
    return h;
}

} // namespace cwb::simulate
