// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of a campaign split on a large workspace: finding the cell's customers, the full
// contact policy (blacklist, graylist, do-not-disturb, fatigue over a contact history,
// priority against another campaign of the period, the universal control group), the
// stratified control draw, the balance table and capacity waves; then storing the split.
// Usage: bench_campaign WORKSPACE.cwb [runs] [RULE]
//   WORKSPACE.cwb: made with `cwb demo --rows 1000000 -w W.cwb` (the benchmark adds its lists,
//   history and campaigns to it the first time).
//   RULE: instead of the two-cell campaign with call capacity, one call cell of the customers
//   RULE selects, control share 0.1, stratified by brand, one wave without a capacity limit, so
//   every eligible customer is stored (e.g. a 500,000-customer cell, or all of a 10 M base).
#include "campaign/campaignplanner.h"
#include "campaign/campaignstore.h"
#include "campaign/contactlists.h"
#include "core/error.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace cwb;
using namespace cwb::campaign;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

void prepare(Workspace &workspace)
{
    CampaignStore store(workspace);
    if (store.find(QStringLiteral("bench")))
        return;
    Database &db = workspace.db();
    Transaction transaction(db);
    // 10,000 blacklisted ids, 5,000 do-not-disturb numbers, 5,000 graylisted for calls,
    // 200,000 earlier contacts: every 5th customer contacted on 2026-11-20.
    db.exec("INSERT INTO contact_lists(kind, channel, entry, entry_kind, added_at) SELECT "
            "'blacklist', '', "
            "customer_id, 'id', '2026-11-01' FROM customers WHERE rowid % 100 = 1");
    db.exec("INSERT OR IGNORE INTO contact_lists(kind, channel, entry, entry_kind, added_at) "
            "SELECT 'do_not_disturb', '', contact1, 'phone', '2026-11-01' FROM customers WHERE "
            "rowid % 200 = 2 "
            "AND contact1 IS NOT NULL");
    db.exec("INSERT OR IGNORE INTO contact_lists(kind, channel, entry, entry_kind, added_at) "
            "SELECT 'graylist', 'call', customer_id, 'id', '2026-11-01' FROM customers WHERE rowid "
            "% 200 = 3");
    db.exec("INSERT INTO contact_history(customer_id, campaign, contact_date) SELECT "
            "customer_id, 'earlier', '2026-11-20' FROM customers WHERE rowid % 5 = 0");
    transaction.commit();
    ContactLists(workspace).drawUniversalControl(QStringLiteral("2026-12"), 0.05, 11);
    // A higher-priority campaign of the period holding 20,000 customers.
    Campaign other;
    other.name = QStringLiteral("retention");
    other.period = QStringLiteral("2026-12");
    other.priority = 9;
    other.cells.append({QStringLiteral("all"),
                        {},
                        QStringLiteral("total_fee_m1 > 600"),
                        {},
                        QStringLiteral("call"),
                        0.1,
                        -1});
    store.create(other);
    CampaignPlanner(workspace).split(QStringLiteral("retention"));
    // The benchmarked campaign: about half the base in two cells, stratified by brand.
    Campaign c;
    c.name = QStringLiteral("bench");
    c.period = QStringLiteral("2026-12");
    c.start = QDate(2026, 12, 1);
    c.priority = 1;
    c.seed = 3;
    c.stratifyBy = QStringLiteral("brand");
    c.cells.append({QStringLiteral("call"),
                    {},
                    QStringLiteral("total_fee_m1 >= 150"),
                    {},
                    QStringLiteral("call"),
                    0.1,
                    -1});
    c.cells.append({QStringLiteral("sms"),
                    {},
                    QStringLiteral("total_fee_m1 BETWEEN 100 AND 150"),
                    {},
                    QStringLiteral("sms"),
                    0.1,
                    -1});
    Wave wave;
    wave.start = QDate(2026, 12, 1);
    wave.days = 5;
    wave.capacity.insert(QStringLiteral("call"), {40, 60, -1});
    Wave rollout = wave;
    rollout.start = QDate(2026, 12, 8);
    rollout.days = 15;
    c.waves = {wave, rollout};
    store.create(c);
}

// The one-cell campaign of RULE (replaced when the rule differs).
QString prepareOneCell(Workspace &workspace, const QString &rule)
{
    const QString name = QStringLiteral("bench one cell");
    CampaignStore store(workspace);
    if (const auto existing = store.find(name)) {
        if (existing->cells.value(0).rule == rule)
            return name;
        store.remove(name, true);
    }
    Campaign c;
    c.name = name;
    c.period = QStringLiteral("2026-12");
    c.start = QDate(2026, 12, 1);
    c.priority = 1;
    c.seed = 5;
    c.stratifyBy = QStringLiteral("brand");
    c.cells.append({QStringLiteral("cell"), {}, rule, {}, QStringLiteral("call"), 0.1, -1});
    Wave wave;
    wave.start = QDate(2026, 12, 1);
    wave.days = 20;
    c.waves = {wave};
    store.create(c);
    return name;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_campaign WORKSPACE.cwb [runs] [RULE]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    try {
        auto workspace = Workspace::open(QString::fromLocal8Bit(argv[1]));
        if (qEnvironmentVariableIsSet("BENCH_PRAGMA"))
            workspace->db().exec(qgetenv("BENCH_PRAGMA").constData());
        prepare(*workspace);
        const QString name = argc > 3 ? prepareOneCell(*workspace, QString::fromLocal8Bit(argv[3]))
                                      : QStringLiteral("bench");
        const Campaign campaign = CampaignStore(*workspace).get(name);
        CampaignPlanner planner(*workspace);
        std::vector<double> planMs, commitMs, planCpuMs, commitCpuMs;
        CampaignPlan plan;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            std::clock_t cpu = std::clock();
            plan = planner.plan(campaign, nullptr, QDate(2026, 11, 23));
            planMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            planCpuMs.push_back(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
            timer.restart();
            cpu = std::clock();
            planner.commit(plan);
            commitMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            commitCpuMs.push_back(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
        }
        qint64 population = 0, removed = 0, targets = 0, control = 0;
        for (const CellPlan &cell : plan.cells) {
            population += cell.population;
            for (qint64 r : cell.removed)
                removed += r;
            targets += cell.targets;
            control += cell.control;
        }
        std::printf("customers %lld, cells' population %lld, removed by policy %lld, control "
                    "%lld, targets %lld\n",
                    static_cast<long long>(workspace->customerCount()),
                    static_cast<long long>(population), static_cast<long long>(removed),
                    static_cast<long long>(control), static_cast<long long>(targets));
        std::printf("plan (select + policy + split + balance + waves): median %.0f ms of %d "
                    "runs (min %.0f, max %.0f)\n",
                    median(planMs), runs, *std::min_element(planMs.begin(), planMs.end()),
                    *std::max_element(planMs.begin(), planMs.end()));
        std::printf("commit (store members and waterfall): median %.0f ms\n", median(commitMs));
        std::printf("split total: median %.0f ms wall, %.0f ms CPU (plan %.0f + commit %.0f)\n",
                    median(planMs) + median(commitMs), median(planCpuMs) + median(commitCpuMs),
                    median(planCpuMs), median(commitCpuMs));
    } catch (const Error &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
