// SPDX-License-Identifier: GPL-3.0-or-later
// bench_materialise W.cwb [RULE] [RUNS]: saves RULE as the segment "bench" (replacing its rule
// if it exists), materialises it RUNS times (default 7) and prints each time and the median,
// then times a two-segment overlap and a profile once each. Results go to docs/benchmarks.md.
// The workspace is changed (segments "bench" and "bench_ld" are left in it).
#include "segment/segmentprofile.h"
#include "segment/segmentstore.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_materialise WORKSPACE.cwb [RULE] [RUNS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString rule =
        argc > 2 ? QString::fromUtf8(argv[2]) : QStringLiteral("total_fee_m1 > 150");
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 7;
    try {
        auto workspace = cwb::Workspace::open(path, cwb::Workspace::Access::ReadWrite);
        cwb::SegmentStore store(*workspace);
        const qint64 base = workspace->customerCount();
        for (const auto &[name, text] :
             {std::pair{QStringLiteral("bench"), rule},
              std::pair{QStringLiteral("bench_ld"),
                        QStringLiteral("ld_fee_m1 / total_fee_m1 > 0.3")}}) {
            if (store.segment(name))
                store.updateSegmentRule(name, text);
            else
                store.addSegment(name, text);
        }
        std::printf("rule: %s\n", rule.toUtf8().constData());
        std::vector<double> seconds;
        qint64 members = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            members = store.materialise(QStringLiteral("bench")).members;
            seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
            std::printf("materialise run %d: %lld of %lld members, %.3f s\n", i + 1,
                        static_cast<long long>(members), static_cast<long long>(base),
                        seconds.back());
            std::fflush(stdout);
        }
        std::vector<double> sorted = seconds;
        std::sort(sorted.begin(), sorted.end());
        std::printf("materialise median of %d: %.3f s (min %.3f, max %.3f)\n", runs,
                    sorted[sorted.size() / 2], sorted.front(), sorted.back());

        QElapsedTimer timer;
        timer.start();
        const cwb::SegmentOverlap o =
            store.overlap(QStringLiteral("bench"), QStringLiteral("bench_ld"));
        std::printf("overlap (materialised x rule): both %lld, a only %lld, b only %lld: %.3f s\n",
                    static_cast<long long>(o.both), static_cast<long long>(o.aOnly),
                    static_cast<long long>(o.bOnly), double(timer.nsecsElapsed()) / 1e9);
        timer.restart();
        const cwb::SegmentProfile p = cwb::profileSegment(*workspace, QStringLiteral("bench"));
        std::printf("profile (materialised, %lld columns): %.3f s\n",
                    static_cast<long long>(p.columns.size()), double(timer.nsecsElapsed()) / 1e9);
    } catch (const cwb::Error &e) {
        std::fprintf(stderr, "bench_materialise: %s\n", e.message().toUtf8().constData());
        return 1;
    }
    return 0;
}
