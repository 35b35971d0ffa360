// SPDX-License-Identifier: GPL-3.0-or-later
// bench_offer W.cwb [runs] [rule]: matches a fixed 5-package catalog (one with an eligibility rule,
// one bundle, one with a discount) against every customer of the workspace by each rule (cheapest,
// value:10, upsell; or only the rule given). Times the read of the usage columns (loadUsage) and
// the pricing loop (recommend) separately and together; prints every run and the medians. Build the
// workspace with `cwb demo --rows 1000000 --workspace W.cwb`.
#include "core/error.h"
#include "offer/customerscope.h"
#include "offer/matching.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

using namespace cwb;

namespace {

QList<Package> catalog()
{
    auto make = [](const char *name, double fee, double local, double ld, double data) {
        Package p;
        p.name = QString::fromUtf8(name);
        p.monthlyFee = fee;
        p.localMinutes = local;
        p.ldMinutes = ld;
        p.dataMb = data;
        return p;
    };
    Package a = make("乐享 39", 39, 200, 50, 2048);
    Package b = make("畅聊 69", 69, 500, 300, 5120);
    Package c = make("畅享 129", 129, 1000, 800, 20480);
    c.discount = {Discount::Kind::Percent, 20, 6};
    Package d = make("融合 169", 169, 1000, 500, 30720);
    d.broadbandMbps = 300;
    Package e = make("商务 299", 299, Package::kUnlimited, Package::kUnlimited, 61440);
    e.eligibility = QStringLiteral("brand = \"商务领航\"");
    return {a, b, c, d, e};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// CPU time of the process (all threads): less disturbed than wall time when other processes
// share the cores.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_offer WORKSPACE.cwb [runs] [rule]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    try {
        auto ws = Workspace::open(QString::fromLocal8Bit(argv[1]), Workspace::Access::ReadOnly);
        const QList<Package> packages = catalog();
        const AllCustomers all;
        std::vector<const char *> rules{"cheapest", "value:10", "upsell"};
        if (argc > 3)
            rules = {argv[3]};
        for (const char *ruleText : rules) {
            const MatchRule rule = parseMatchRule(QString::fromLatin1(ruleText));
            const QList<FeatureRule> features =
                rule.kind == MatchRule::Kind::Upsell ? defaultFeatureRules() : QList<FeatureRule>{};
            std::vector<double> load, price, total, cpu;
            qint64 customers = 0, recommended = 0;
            for (int r = 0; r < runs; ++r) {
                const double cpuStart = cpuSeconds();
                const auto start = std::chrono::steady_clock::now();
                UsageTable table = loadUsage(*ws, all, packages, features, QDate(2026, 11, 23));
                const double loaded = secondsSince(start);
                const auto pricing = std::chrono::steady_clock::now();
                const MatchResult result = recommend(packages, std::move(table), rule);
                price.push_back(secondsSince(pricing));
                load.push_back(loaded);
                total.push_back(secondsSince(start));
                cpu.push_back(cpuSeconds() - cpuStart);
                customers = result.size();
                recommended = 0;
                for (const auto c : result.choice)
                    recommended += c >= 0 ? 1 : 0;
                std::printf("%-9s run %d: load %.3f s, price %.3f s, total %.3f s (CPU %.3f s)\n",
                            ruleText, r + 1, load.back(), price.back(), total.back(), cpu.back());
            }
            std::printf("%-9s %lld customers x %lld packages, %lld recommended: median load "
                        "%.3f s, price %.3f s, total %.3f s (CPU %.3f s)\n",
                        ruleText, qlonglong(customers), qlonglong(packages.size()),
                        qlonglong(recommended), median(load), median(price), median(total),
                        median(cpu));
            std::fflush(stdout);
        }
    } catch (const Error &e) {
        std::fprintf(stderr, "bench_offer: %s\n", e.message().toUtf8().constData());
        return 1;
    }
    return 0;
}
