// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: counting a segmentation rule on a workspace (built with `cwb demo --rows 1000000`).
// Times the SQL count (RuleEngine::count), the first count of a RuleEngine object (cold: the
// columns are loaded into the columnar cache), then warm counts and selections (count + rowids)
// from the cache; prints every run, the medians, the cache's memory and the peak RSS.
// Usage: bench_segment W.cwb [runs] [rule]
#include "segment/columnarcache.h"
#include "segment/ruleengine.h"
#include "workspace/workspace.h"

#include <QString>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

template <typename F> double timeMs(F &&f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void series(const char *what, const std::vector<double> &ms, qint64 count)
{
    std::printf("%-34s", what);
    for (double m : ms)
        std::printf(" %.1f", m);
    std::printf("\n%-34s median %.1f ms, min %.1f, max %.1f (count %lld)\n", "", median(ms),
                *std::min_element(ms.begin(), ms.end()), *std::max_element(ms.begin(), ms.end()),
                static_cast<long long>(count));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_segment W.cwb [runs] [rule]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 21;
    const QString rule = argc > 3 ? QString::fromLocal8Bit(argv[3])
                                  : QStringLiteral("ld_fee_m1 / total_fee_m1 > 0.3 AND brand = "
                                                   "\"天翼\" AND months_between(contract_end, "
                                                   "today) < 6");
    try {
        auto workspace =
            cwb::Workspace::open(QString::fromLocal8Bit(argv[1]), cwb::Workspace::Access::ReadOnly);
        std::printf("rule: %s\ncustomers: %lld, runs: %d\n", rule.toUtf8().constData(),
                    static_cast<long long>(workspace->customerCount()), runs);

        std::vector<double> sql;
        qint64 sqlCount = 0;
        for (int i = 0; i < std::max(3, runs / 3); ++i)
            sql.push_back(
                timeMs([&] { sqlCount = cwb::RuleEngine::count(*workspace, rule).count; }));
        series("SQL count (RuleEngine::count)", sql, sqlCount);

        cwb::RuleEngine engine(*workspace);
        const double before = peakMiB();
        cwb::RuleCount first;
        const double cold = timeMs([&] { first = engine.count(rule); });
        std::printf("%-34s %.1f ms (count %lld, %s)\n", "cold count (loads the columns)", cold,
                    static_cast<long long>(first.count),
                    first.path == cwb::RuleCount::Path::Columnar
                        ? "columnar"
                        : qPrintable(QStringLiteral("SQL: ") + first.fallbackReason));

        std::vector<double> warm;
        qint64 count = 0;
        for (int i = 0; i < runs; ++i)
            warm.push_back(timeMs([&] { count = engine.count(rule).count; }));
        series("warm count (columnar)", warm, count);

        std::vector<double> select;
        std::size_t rowids = 0;
        for (int i = 0; i < runs; ++i)
            select.push_back(timeMs([&] { rowids = engine.select(rule).rowids.size(); }));
        series("warm select (count + rowids)", select, qint64(rowids));

        // What the Segments step's RuleCountRunner does per pause in typing with its kept
        // engine: one select, then the first 50 customers read by rowid.
        std::vector<double> live;
        for (int i = 0; i < runs; ++i)
            live.push_back(timeMs([&] {
                const cwb::RuleSelection s = engine.select(rule);
                rowids = std::size_t(engine.rows(s.rowids, 50).rows.size());
            }));
        series("warm live run (select + 50 rows)", live, qint64(rowids));

        const cwb::ColumnarCache &cache = engine.cache();
        std::printf("cache: %s; %.1f MiB (rowids %.1f MiB); peak RSS %.1f MiB before the cache, "
                    "%.1f MiB after\n",
                    qPrintable(cache.loadedColumns().join(QStringLiteral(", "))),
                    double(cache.memoryBytes()) / 1048576.0,
                    double(cache.rowids().size() * sizeof(qint64)) / 1048576.0, before, peakMiB());
        if (count != sqlCount) {
            std::fprintf(stderr, "MISMATCH: columnar %lld, SQL %lld\n",
                         static_cast<long long>(count), static_cast<long long>(sqlCount));
            return 1;
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_segment: %s\n", e.what());
        return 1;
    }
    return 0;
}
