// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the evaluation step on a large campaign (issue 8): importing ~1,000,000 call
// attempts (synthetic, models/demo/outcomegenerator), importing the same file again (same hash:
// nothing to do) and the same attempts under another hash (every row found as already
// recorded), the follow-up extract, and CampaignEvaluator::evaluate with each breakdown.
// Usage: bench_outcomes WORKSPACE.cwb DIR [runs]
//   WORKSPACE.cwb: made with `cwb demo --rows 560000 -w W.cwb`; the benchmark creates and splits
//   the campaign of bench-campaign.json (one call cell, ~500,000 targets) the first time.
//   DIR: where the synthetic outcome and follow-up files are written the first time.
#include "campaign/campaign.h"
#include "campaign/campaignplanner.h"
#include "campaign/campaignstore.h"
#include "core/error.h"
#include "demo/outcomegenerator.h"
#include "evaluate/campaignevaluator.h"
#include "evaluate/followup.h"
#include "evaluate/outcomeimporter.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

using namespace cwb;

namespace {

const QString kCampaign = QStringLiteral("bench outcomes");

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

// Peak resident memory since the last resetPeak(), in MB (Linux: VmHWM, reset via clear_refs).
void resetPeak()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}
double peakMb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0.0;
}

struct Timed
{
    double wallMs = 0.0;
    double cpuMs = 0.0;
};

template <typename F> Timed timed(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    f();
    return {double(timer.nsecsElapsed()) / 1e6,
            double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC};
}

void prepare(Workspace &workspace)
{
    campaign::CampaignStore store(workspace);
    if (store.find(kCampaign))
        return;
    QFile file(QStringLiteral(CWB_BENCH_DIR "/bench-campaign.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read %1").arg(file.fileName()));
    store.create(campaign::campaignFromJson(QJsonDocument::fromJson(file.readAll()).object(),
                                            file.fileName()));
    const Timed t = timed([&] { campaign::CampaignPlanner(workspace).split(kCampaign); });
    std::printf("prepared: campaign created and split in %.0f ms\n", t.wallMs);
}

void reset(Workspace &workspace)
{
    Database &db = workspace.db();
    Transaction transaction(db);
    const QVariant id = db.scalar("SELECT id FROM campaigns WHERE name = ?", {kCampaign});
    db.scalar("DELETE FROM outcomes WHERE campaign_id = ?", {id});
    db.scalar("DELETE FROM outcome_rejects WHERE import_id IN (SELECT id FROM outcome_imports "
              "WHERE campaign_id = ?)",
              {id});
    db.scalar("DELETE FROM outcome_imports WHERE campaign_id = ?", {id});
    db.scalar("DELETE FROM contact_lists WHERE kind = 'do_not_disturb' AND reason = ?",
              {QStringLiteral("do-not-disturb answer, campaign %1").arg(kCampaign)});
    transaction.commit();
}

// The same rows with CR LF line ends: another hash, the same attempts.
void writeCrlfCopy(const QString &from, const QString &to)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("cannot copy %1 to %2").arg(from, to));
    while (!in.atEnd()) {
        QByteArray line = in.readLine();
        if (line.endsWith('\n'))
            line.insert(line.size() - 1, '\r');
        out.write(line);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_outcomes WORKSPACE.cwb DIR [runs]\n");
        return 2;
    }
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;
    try {
        auto workspace = Workspace::open(QString::fromLocal8Bit(argv[1]));
        prepare(*workspace);
        const QDir dir(QString::fromLocal8Bit(argv[2]));
        const QString outcomes = dir.filePath(QStringLiteral("bench-outcomes.csv"));
        const QString crlf = dir.filePath(QStringLiteral("bench-outcomes-crlf.csv"));
        const QString followup = dir.filePath(QStringLiteral("bench-followup.csv"));
        OutcomeGenerationOptions generation;
        generation.campaign = kCampaign;
        if (!QFileInfo::exists(outcomes)) {
            OutcomeGenerationResult g;
            const Timed t = timed([&] { g = writeOutcomes(*workspace, outcomes, generation); });
            std::printf("generated %s: %lld attempts of %lld targets in %.0f ms\n",
                        qPrintable(outcomes), static_cast<long long>(g.attempts),
                        static_cast<long long>(g.callTargets), t.wallMs);
            writeCrlfCopy(outcomes, crlf);
            const Timed f = timed([&] { writeFollowup(*workspace, followup, generation); });
            std::printf("generated %s in %.0f ms\n", qPrintable(followup), f.wallMs);
        }
        std::printf("outcome file: %.1f MB\n", double(QFileInfo(outcomes).size()) / 1e6);

        OutcomeImportOptions options;
        options.campaign = kCampaign;
        std::vector<double> importMs, importCpu, peak, againMs, unchangedMs, followupMs;
        OutcomeImportResult first, again, unchanged;
        for (int run = 0; run < runs; ++run) {
            reset(*workspace);
            resetPeak();
            Timed t = timed([&] { first = OutcomeImporter::run(*workspace, outcomes, options); });
            importMs.push_back(t.wallMs);
            importCpu.push_back(t.cpuMs);
            peak.push_back(peakMb());
            t = timed([&] { again = OutcomeImporter::run(*workspace, outcomes, options); });
            againMs.push_back(t.wallMs);
            t = timed([&] { unchanged = OutcomeImporter::run(*workspace, crlf, options); });
            unchangedMs.push_back(t.wallMs);
            t = timed([&] { Followup::import(*workspace, followup); });
            followupMs.push_back(t.wallMs);
        }
        std::printf("import: %lld rows, %lld added, %lld rejected; median %.0f ms wall (%.0f ms "
                    "CPU) of %d runs (min %.0f, max %.0f) = %.0f rows/s; peak memory %.0f MB\n",
                    static_cast<long long>(first.rowsRead), static_cast<long long>(first.added),
                    static_cast<long long>(first.rejected), median(importMs), median(importCpu),
                    runs, *std::min_element(importMs.begin(), importMs.end()),
                    *std::max_element(importMs.begin(), importMs.end()),
                    double(first.rowsRead) / (median(importMs) / 1000.0), median(peak));
        std::printf("re-import of the same file (already imported: %s): median %.1f ms\n",
                    again.alreadyImported ? "yes" : "no", median(againMs));
        std::printf("re-import of the same rows under another hash: %lld unchanged, %lld added; "
                    "median %.0f ms\n",
                    static_cast<long long>(unchanged.unchanged),
                    static_cast<long long>(unchanged.added), median(unchangedMs));
        std::printf("follow-up import: median %.0f ms\n", median(followupMs));

        for (const EvaluationBreakdown by :
             {EvaluationBreakdown::None, EvaluationBreakdown::Cell, EvaluationBreakdown::Wave,
              EvaluationBreakdown::Agent, EvaluationBreakdown::Grid, EvaluationBreakdown::Day}) {
            for (const int resamples : {2000, 0}) {
                if (resamples == 0 && by != EvaluationBreakdown::None)
                    continue;
                CampaignEvaluationOptions eo;
                eo.campaign = kCampaign;
                eo.conversionRule = QStringLiteral("package = \"LD 200\"");
                eo.by = by;
                eo.bootstrapResamples = resamples;
                std::vector<double> ms, cpu;
                CampaignEvaluation e;
                for (int run = 0; run < runs; ++run) {
                    const Timed t = timed([&] { e = CampaignEvaluator::evaluate(*workspace, eo); });
                    ms.push_back(t.wallMs);
                    cpu.push_back(t.cpuMs);
                }
                std::printf("evaluate --by %-5s bootstrap %4d: median %.0f ms wall, %.0f ms CPU "
                            "(%lld targets, %lld controls, %lld attempts, %lld rows)\n",
                            qPrintable(breakdownName(by)), resamples, median(ms), median(cpu),
                            static_cast<long long>(e.targets), static_cast<long long>(e.controls),
                            static_cast<long long>(e.attempts),
                            static_cast<long long>(e.rows.size()));
            }
        }
    } catch (const Error &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
