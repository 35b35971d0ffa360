// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/assignment.h"

#include "core/error.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>
#include <tuple>

namespace cwb::campaign {

quint32 splitHash(quint64 seed, QByteArrayView customerIdUtf8)
{
    thread_local QCryptographicHash md5(QCryptographicHash::Md5);
    thread_local QByteArray text;
    text.setNum(seed);
    text.append(':');
    text.append(customerIdUtf8);
    md5.reset();
    md5.addData(text);
    const QByteArrayView digest = md5.resultView();
    const auto *b = reinterpret_cast<const unsigned char *>(digest.data());
    return (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
}

qint64 controlQuota(qint64 n, double share)
{
    if (n <= 0 || share <= 0.0)
        return 0;
    return std::min(n, qint64(std::floor(double(n) * share + 0.5)));
}

namespace {

// Running counts of one group (cell, stratum) within the wave being filled.
struct GroupCount
{
    qint64 n = 0;
    qint64 forced = 0;
};

qint64 targetsOf(const GroupCount &g, double share)
{
    return g.n - std::max(controlQuota(g.n, share), g.forced);
}

} // namespace

Assignment assign(const AssignmentInput &input)
{
    const auto &customers = input.customers;
    const size_t n = customers.size();
    for (double share : input.cellShare) {
        if (!(share >= 0.0 && share < 1.0))
            throw Error(QStringLiteral("control share %1 is not in [0, 1)").arg(share));
    }
    Assignment result;
    result.wave.assign(n, -1);
    result.control.assign(n, 0);

    // 1. Capacity, by value (highest first), ties by id.
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const Eligible &x = customers[a];
        const Eligible &y = customers[b];
        if (x.value != y.value)
            return x.value > y.value;
        return x.id < y.id;
    });
    std::vector<qint64> capacities = input.capacities;
    if (capacities.empty())
        capacities.push_back(-1);
    size_t wave = 0;
    std::map<std::pair<int, int>, GroupCount> groups;
    qint64 targets = 0;
    for (size_t k = 0; k < n && wave < capacities.size();) {
        if (capacities[wave] == 0) { // a wave without room takes no one, not even a control
            ++wave;
            continue;
        }
        const Eligible &c = customers[order[k]];
        const double share = input.cellShare.at(size_t(c.cell));
        GroupCount &g = groups[{c.cell, c.stratum}];
        GroupCount next = g;
        ++next.n;
        next.forced += c.forced ? 1 : 0;
        const qint64 after = targets - targetsOf(g, share) + targetsOf(next, share);
        if (capacities[wave] >= 0 && after > capacities[wave]) {
            ++wave; // this wave is full: the customer opens the next one
            groups.clear();
            targets = 0;
            continue;
        }
        g = next;
        targets = after;
        result.wave[order[k]] = int(wave);
        ++k;
    }

    // 2. The draw in each group (cell, wave, stratum): by (hash, id).
    std::vector<size_t> assigned;
    assigned.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if (result.wave[i] >= 0)
            assigned.push_back(i);
    }
    std::sort(assigned.begin(), assigned.end(), [&](size_t a, size_t b) {
        const Eligible &x = customers[a];
        const Eligible &y = customers[b];
        return std::tie(x.cell, result.wave[a], x.stratum, x.hash, x.id) <
               std::tie(y.cell, result.wave[b], y.stratum, y.hash, y.id);
    });
    for (size_t begin = 0; begin < assigned.size();) {
        const Eligible &first = customers[assigned[begin]];
        const int firstWave = result.wave[assigned[begin]];
        size_t end = begin;
        qint64 forced = 0;
        while (end < assigned.size()) {
            const Eligible &c = customers[assigned[end]];
            if (c.cell != first.cell || result.wave[assigned[end]] != firstWave ||
                c.stratum != first.stratum)
                break;
            forced += c.forced ? 1 : 0;
            ++end;
        }
        const qint64 size = qint64(end - begin);
        qint64 left =
            controlQuota(size, input.cellShare.at(size_t(first.cell))) - forced; // drawn ones
        for (size_t k = begin; k < end; ++k) {
            const size_t i = assigned[k];
            if (customers[i].forced) {
                result.control[i] = 1;
            } else if (left > 0) {
                result.control[i] = 1;
                --left;
            }
        }
        begin = end;
    }
    return result;
}

} // namespace cwb::campaign
