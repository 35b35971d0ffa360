// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the clustering engine on the synthetic extract: k-means (k-means++ seeding and
// Lloyd iterations, the best of several starts run on all cores) with k = 7 on 8 standardised
// features of 1,000,000 customers; target under 5 s (median of the runs). Also times loading
// the features from the workspace, the standardisation, the sampled silhouette and the profiles.
// Usage: bench_kmeans W.cwb [runs] [k] [starts]
// When W.cwb does not exist it is built first: writeExtract (1,000,000 rows, seed 20261123) to
// W.cwb.csv, imported with the product's importer.
#include "core/jobcontrol.h"
#include "demo/extractgenerator.h"
#include "import/importer.h"
#include "segment/clusterprofile.h"
#include "segment/customerframe.h"
#include "segment/kmeans.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

using namespace cwb;

namespace {

double seconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// CPU time of this process (all its threads): leaves out the time other processes ran on the
// shared machine.
double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + 1e-9 * double(now.tv_nsec);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_kmeans W.cwb [runs] [k] [starts]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const int k = argc > 3 ? std::max(2, std::atoi(argv[3])) : 7;
    const int starts = argc > 4 ? std::max(1, std::atoi(argv[4])) : KMeansOptions().starts;
    try {
        if (!QFile::exists(path)) {
            const QString csv = path + QStringLiteral(".csv");
            ExtractOptions extract;
            extract.rows = 1000000;
            std::printf("building %s from a %lld-row extract...\n", qPrintable(path),
                        static_cast<long long>(extract.rows));
            writeExtract(csv, extract);
            auto created = Workspace::create(path);
            Importer::run(*created, csv, {});
            QFile::remove(csv);
        }
        auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
        const QStringList features{"total_fee_m1",   "local_fee_m1",     "ld_fee_m1",
                                   "roaming_fee_m1", "broadband_fee_m1", "data_mb_m1",
                                   "ld_minutes_m1",  "local_minutes_m1"};
        double t = seconds();
        double c = cpuSeconds();
        const CustomerFrame frame = loadCustomerFrame(*workspace, features);
        const double loadSeconds = seconds() - t, loadCpu = cpuSeconds() - c;
        std::vector<qsizetype> rows;
        for (qsizetype r = 0; r < frame.rows(); ++r) {
            bool complete = true;
            for (const auto &column : frame.columns)
                complete = complete && !std::isnan(column[std::size_t(r)]);
            if (complete)
                rows.push_back(r);
        }
        t = seconds();
        c = cpuSeconds();
        const PointMatrix points = standardise(frame.columns, rows);
        const double standardiseSeconds = seconds() - t, standardiseCpu = cpuSeconds() - c;
        std::printf("customers %lld, complete rows %lld, features %d, k %d\n",
                    static_cast<long long>(frame.rows()), static_cast<long long>(points.n),
                    points.d, k);
        std::printf("                                   wall s    cpu s\n");
        std::printf("load features from the workspace  %7.3f  %7.3f\n", loadSeconds, loadCpu);
        std::printf("standardise                       %7.3f  %7.3f\n", standardiseSeconds,
                    standardiseCpu);

        std::vector<double> times, cpuTimes;
        KMeansResult result;
        for (int run = 0; run < runs; ++run) {
            KMeansOptions options;
            options.k = k;
            options.seed = 1;
            options.starts = starts;
            JobControl job;
            t = seconds();
            c = cpuSeconds();
            result = kmeans(points, options, &job);
            times.push_back(seconds() - t);
            cpuTimes.push_back(cpuSeconds() - c);
            std::printf(
                "k-means run %d                     %7.3f  %7.3f (%d starts, %d at the best, "
                "start %d kept: %d iterations%s, inertia %.1f)\n",
                run + 1, times.back(), cpuTimes.back(), result.starts, result.startsAtBest,
                result.bestStart + 1, result.iterations, result.converged ? "" : ", not converged",
                result.inertia);
            std::fflush(stdout);
        }
        std::printf("k-means median of %d runs          %7.3f  %7.3f (wall min %.3f, max %.3f)\n",
                    runs, median(times), median(cpuTimes),
                    *std::min_element(times.begin(), times.end()),
                    *std::max_element(times.begin(), times.end()));
        t = seconds();
        const double s = silhouette(points, result.assignment, k, 2000, 1);
        std::printf("silhouette, sample of 2,000       %7.3f s (%.3f)\n", seconds() - t, s);
        std::vector<std::vector<double>> original(frame.columns.size());
        for (std::size_t j = 0; j < frame.columns.size(); ++j)
            for (qsizetype r : rows)
                original[j].push_back(frame.columns[j][std::size_t(r)]);
        QStringList ids;
        for (qsizetype r : rows)
            ids << frame.ids.at(r);
        t = seconds();
        const std::vector<ClusterProfile> profiles =
            profileClusters(result.assignment, k, original, features, original[0], ids, nullptr);
        std::printf("profiles (with ids)               %7.3f s\n", seconds() - t);
        for (const ClusterProfile &p : profiles)
            std::printf("  cluster %d: %5.1f%%  %s\n", p.cluster + 1, 100.0 * p.sizeShare,
                        qPrintable(p.description));
    } catch (const std::exception &error) {
        std::fprintf(stderr, "bench_kmeans: %s\n", error.what());
        return 1;
    }
    return 0;
}
