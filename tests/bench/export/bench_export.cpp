// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of a call list export: 100,000 targets of a split one-cell campaign written to xlsx
// (10 agents, the default template with feature phrases, masked phones), with the contact
// history recorded, as `cwb export calllist --format xlsx` does it.
// Usage: bench_export DIR [runs]
//   DIR: a scratch folder; the first run generates a 100,000-customer extract there, imports it
//   into DIR/export.cwb and splits the campaign (not timed).
#include "campaign/campaignplanner.h"
#include "campaign/campaignstore.h"
#include "core/error.h"
#include "demo/extractgenerator.h"
#include "export/calllist.h"
#include "import/importer.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace cwb;

namespace {

double cpuMs() // CPU time of the process, all threads: the load of other processes aside
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

std::unique_ptr<Workspace> prepare(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("export.cwb"));
    if (QFileInfo::exists(path))
        return Workspace::open(path);
    QDir().mkpath(dir);
    const QString csv = QDir(dir).filePath(QStringLiteral("extract.csv"));
    ExtractOptions options;
    options.rows = 100000;
    options.defectRate = 0.0;
    writeExtract(csv, options);
    auto workspace = Workspace::create(path);
    Importer::run(*workspace, csv, ImportOptions());
    campaign::Campaign c;
    c.name = QStringLiteral("bench export");
    c.period = QStringLiteral("2026-12");
    c.start = QDate(2026, 12, 1);
    c.seed = 7;
    c.cells.append({QStringLiteral("all"),
                    {},
                    QStringLiteral("total_fee_m1 >= 0"),
                    QStringLiteral("LD 200"),
                    QStringLiteral("call"),
                    0.0,
                    0});
    campaign::CampaignStore(*workspace).create(c);
    campaign::CampaignPlanner(*workspace).split(c.name, nullptr, QDate(2026, 11, 23));
    return workspace;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_export DIR [runs]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    try {
        const QString dir = QString::fromLocal8Bit(argv[1]);
        auto workspace = prepare(dir);
        exporting::CallListOptions options;
        options.agents = 10;
        options.maskPhones = true;
        std::vector<double> buildMs, writeMs, totalMs, buildCpuMs, writeCpuMs, totalCpuMs;
        qint64 rows = 0;
        for (int run = 0; run < runs; ++run) {
            const QString out = QDir(dir).filePath(QStringLiteral("lists-%1").arg(run));
            QDir(out).removeRecursively();
            QElapsedTimer timer;
            timer.start();
            double cpu = cpuMs();
            const exporting::CallListSet set =
                exporting::buildCallLists(*workspace, QStringLiteral("bench export"), options);
            buildMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            buildCpuMs.push_back(cpuMs() - cpu);
            // The writing alone, into a scratch folder.
            const QString scratch = QDir(dir).filePath(QStringLiteral("write-%1").arg(run));
            QDir().mkpath(scratch);
            timer.restart();
            cpu = cpuMs();
            for (const exporting::CallListPart &part : set.parts)
                exporting::writeCallListXlsx(
                    set, part, QDir(scratch).filePath(part.fileStem + QStringLiteral(".xlsx")),
                    options.language);
            writeMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            writeCpuMs.push_back(cpuMs() - cpu);
            QDir(scratch).removeRecursively();
            timer.restart();
            cpu = cpuMs();
            const exporting::ExportResult result = exporting::exportCallLists(
                *workspace, QStringLiteral("bench export"), options, exporting::FileFormat::Xlsx,
                exporting::CsvEncoding::Utf8Bom, out);
            totalMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            totalCpuMs.push_back(cpuMs() - cpu);
            rows = result.rows;
            QDir(out).removeRecursively();
        }
        std::printf("rows exported %lld in %d agent files\n", static_cast<long long>(rows),
                    options.agents);
        std::printf("build (query + features + split): median %.0f ms of %d runs, CPU %.0f ms\n",
                    median(buildMs), runs, median(buildCpuMs));
        std::printf("write xlsx (10 files, one thread): median %.0f ms, CPU %.0f ms\n",
                    median(writeMs), median(writeCpuMs));
        std::printf("export to xlsx (build + write + contact history): median %.0f ms of %d "
                    "runs (min %.0f, max %.0f); CPU time median %.0f ms\n",
                    median(totalMs), runs, *std::min_element(totalMs.begin(), totalMs.end()),
                    *std::max_element(totalMs.begin(), totalMs.end()), median(totalCpuMs));
    } catch (const Error &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
