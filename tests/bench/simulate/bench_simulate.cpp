// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: runSimulation on a 5-cell plan (every cell with a uniform, two Beta evidence and a
// triangular rate), 100,000 draws by default. Prints every run and the median.
// Usage: bench_simulate [draws] [runs]
#include "simulate/montecarlo.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

using namespace cwb::simulate;

static SimulationPlan fiveCellPlan(int draws)
{
    SimulationPlan plan;
    plan.draws = draws;
    plan.seed = 20240601;
    const char *names[] = {"call - high value", "call - family", "sms - prepaid",
                           "direct mail - broadband", "door-to-door - high end"};
    const Channel channels[] = {Channel::Call, Channel::Call, Channel::Sms, Channel::DirectMail,
                                Channel::DoorToDoor};
    for (int i = 0; i < 5; ++i) {
        PlanCell cell;
        cell.name = QString::fromUtf8(names[i]);
        cell.channel = channels[i];
        cell.customers = 2000 + 500 * i;
        cell.controlShare = 0.1;
        cell.rate(RateSlot::Connect) = UncertainRate::uniform(0.52, 0.62);
        cell.rate(RateSlot::Intention) = UncertainRate::evidence(395, 1579);
        cell.rate(RateSlot::Completion) = UncertainRate::evidence(172, 395);
        cell.rate(RateSlot::ControlConversion) = UncertainRate::triangular(0.01, 0.02, 0.05);
        cell.controlConversionGiven = true;
        cell.monthlyRevenueUplift = 30 + 5 * i;
        cell.discountPerMonth = 10;
        cell.discountMonths = 6;
        cell.costPerContact = defaultCostPerContact(cell.channel);
        cell.costPerSuccess = 20;
        cell.fixedCost = 5000;
        plan.cells.push_back(cell);
    }
    return plan;
}

int main(int argc, char **argv)
{
    const int draws = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 9;
    const SimulationPlan plan = fiveCellPlan(draws);
    runSimulation(plan); // warm-up (page faults, Beta tables)
    // Wall time, and the CPU time of this thread (less disturbed when other processes share
    // the cores).
    std::vector<double> ms;
    std::vector<double> cpu;
    double check = 0.0;
    for (int r = 0; r < runs; ++r) {
        timespec cpuStart{};
        timespec cpuStop{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuStart);
        const auto start = std::chrono::steady_clock::now();
        const SimulationResult result = runSimulation(plan);
        const auto stop = std::chrono::steady_clock::now();
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuStop);
        ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
        cpu.push_back(double(cpuStop.tv_sec - cpuStart.tv_sec) * 1e3 +
                      double(cpuStop.tv_nsec - cpuStart.tv_nsec) / 1e6);
        check += result.total.net.mean;
        std::printf("run %d: %.1f ms wall, %.1f ms cpu\n", r + 1, ms.back(), cpu.back());
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("5 cells x %d draws: median %.1f ms wall (min %.1f, max %.1f), median %.1f ms "
                "cpu over %d runs (mean total net %.0f)\n",
                draws, ms[ms.size() / 2], ms.front(), ms.back(), cpu[cpu.size() / 2], runs,
                check / runs);
    return 0;
}
