// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate/montecarlo.h"

#include "core/error.h"
#include "core/jobcontrol.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace cwb::simulate {

namespace {

constexpr int kChunk = 4096;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

quint64 splitMix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

QString percentPoints(double rate)
{
    return QString::number(rate * 100.0, 'f', 2);
}

Summary invalidSummary()
{
    Summary s;
    s.mean = s.p5 = s.p50 = s.p95 = s.probPositive = kNaN;
    s.valid = false;
    return s;
}

void addPowerWarnings(const QString &who, const PowerAnalysis &power, double control, double alpha,
                      double powerLevel, QStringList &warnings)
{
    if (power.expectedUplift <= 0.0) {
        warnings.append(
            QCoreApplication::translate("cwb::Simulation",
                                        "%1: the expected conversion (%2%) is not above the "
                                        "control conversion (%3%); there is no uplift to detect")
                .arg(who, percentPoints(power.expectedRate), percentPoints(power.baselineRate)));
        return;
    }
    if (power.noControl) {
        warnings.append(
            QCoreApplication::translate("cwb::Simulation",
                                        "%1: no control group; the uplift cannot be measured "
                                        "(about %2 customers per group are needed to detect the "
                                        "expected uplift of %3 percentage points)")
                .arg(who)
                .arg(power.requiredPerGroup ? *power.requiredPerGroup : 0)
                .arg(percentPoints(power.expectedUplift)));
        return;
    }
    if (power.controlTooSmall) {
        const QString mde = power.mde
                                ? percentPoints(*power.mde) +
                                      QCoreApplication::translate("cwb::Simulation", " points")
                                : QCoreApplication::translate("cwb::Simulation", "none");
        // The size needed at the plan's own split of target and control (unequal groups).
        warnings.append(
            QCoreApplication::translate("cwb::Simulation",
                                        "%1: the control group (%2 customers) is too small to "
                                        "detect the expected uplift of %3 percentage points "
                                        "(minimum detectable uplift %4 at alpha %5, power %6); "
                                        "at this plan's control share of %7% about %8 targets "
                                        "and %9 controls are needed")
                .arg(who)
                .arg(control, 0, 'f', 0)
                .arg(percentPoints(power.expectedUplift), mde)
                .arg(alpha)
                .arg(powerLevel)
                .arg(100.0 * power.controlRatio / (1.0 + power.controlRatio), 0, 'f', 1)
                .arg(power.requiredTarget ? *power.requiredTarget : 0)
                .arg(power.requiredControl ? *power.requiredControl : 0));
    }
}

void addFunnelWarnings(const QString &who, const FunnelFigures &f, QStringList &warnings)
{
    if (std::isnan(f.breakEvenIntentionRate)) {
        warnings.append(QCoreApplication::translate(
                            "cwb::Simulation", "%1: no intention rate breaks even (no customer is "
                                               "reached or completes, or each completion costs at "
                                               "least what it earns over the horizon)")
                            .arg(who));
    } else if (f.breakEvenIntentionRate > 1.0) {
        warnings.append(QCoreApplication::translate(
                            "cwb::Simulation", "%1: breaking even needs an intention rate of %2%, "
                                               "above 100%")
                            .arg(who, percentPoints(f.breakEvenIntentionRate)));
    }
}

} // namespace

quint64 streamSeed(quint64 planSeed, const QString &cellName, RateSlot slot)
{
    quint64 hash = 0xCBF29CE484222325ULL; // FNV-1a 64
    for (const char byte : cellName.toUtf8()) {
        hash ^= quint64(quint8(byte));
        hash *= 0x100000001B3ULL;
    }
    return splitMix64(planSeed ^ splitMix64(hash + quint64(slot) * 0x632BE59BD9B4E019ULL));
}

std::vector<TornadoBar> tornado(const SimulationPlan &plan)
{
    std::vector<FunnelRates> means;
    for (const PlanCell &cell : plan.cells)
        means.push_back(meanRates(cell));
    std::vector<TornadoBar> bars;
    for (size_t c = 0; c < plan.cells.size(); ++c) {
        for (int s = 0; s < kRateSlots; ++s) {
            const auto slot = RateSlot(s);
            const UncertainRate &rate = plan.cells[c].rate(slot);
            if (!rate.isUncertain())
                continue;
            TornadoBar bar;
            bar.cell = plan.cells[c].name;
            bar.input = rateFieldName(slot);
            bar.lowValue = rate.quantile(0.10);
            bar.highValue = rate.quantile(0.90);
            std::vector<FunnelRates> at = means;
            double *field[] = {&at[c].connect, &at[c].intention, &at[c].completion,
                               &at[c].controlConversion};
            *field[s] = bar.lowValue;
            bar.netAtLow = planNet(plan, at);
            *field[s] = bar.highValue;
            bar.netAtHigh = planNet(plan, at);
            bars.push_back(bar);
        }
    }
    std::stable_sort(bars.begin(), bars.end(), [](const TornadoBar &a, const TornadoBar &b) {
        return a.swing() > b.swing();
    });
    return bars;
}

SimulationResult runSimulation(const SimulationPlan &plan, JobControl *job)
{
    if (plan.cells.empty())
        throw Error(QStringLiteral("the plan has no cells"));
    if (plan.draws < 1)
        throw Error(QStringLiteral("draws must be at least 1, got %1").arg(plan.draws));

    SimulationResult result;
    result.draws = plan.draws;
    result.seed = plan.seed;
    result.horizonMonths = plan.horizonMonths;
    result.alpha = plan.alpha;
    result.power = plan.power;
    result.warnings = plan.warnings;

    const size_t cellCount = plan.cells.size();
    const size_t draws = size_t(plan.draws);

    // The expected funnel and the power analysis.
    std::vector<FunnelFigures> expected;
    std::vector<NetLine> lines;
    double totalBaselineCount = 0.0;
    for (const PlanCell &cell : plan.cells) {
        const FunnelRates means = meanRates(cell);
        CellResult r;
        r.name = cell.name;
        r.channel = channelName(cell.channel);
        r.expected = computeFunnel(cell, means, plan.horizonMonths);
        r.power = analysePower(means.controlConversion,
                               means.connect * means.intention * means.completion,
                               r.expected.target, r.expected.control, plan.alpha, plan.power);
        expected.push_back(r.expected);
        lines.push_back(netLine(cell, means, plan.horizonMonths));
        totalBaselineCount += r.expected.baseline;
        result.cells.push_back(r);
    }
    result.total.name = QStringLiteral("total");
    result.total.expected = totalFunnel(expected, lines);
    {
        const FunnelFigures &t = result.total.expected;
        const double baseline = t.target > 0.0 ? totalBaselineCount / t.target : 0.0;
        const double rate = t.target > 0.0 ? t.completions / t.target : 0.0;
        result.total.power =
            analysePower(baseline, rate, t.target, t.control, plan.alpha, plan.power);
    }

    // Monte Carlo, one cell after the other (each (cell, rate) has its own stream, so the order
    // does not change the draws), chunk by chunk; the buffers of a cell are reused by the next.
    std::vector<double> net(draws);
    std::vector<double> roi(draws);
    std::vector<double> totalNet(draws, 0.0);
    std::vector<double> totalCost(draws, 0.0);
    std::array<std::vector<double>, kRateSlots> column;
    for (auto &values : column)
        values.resize(kChunk);
    const auto summarizeRoi = [&](qint64 zeroCostDraws, CellResult &r) {
        if (zeroCostDraws > 0) {
            r.roi = invalidSummary();
            return;
        }
        r.roiHistogram = histogram(roi, defaults::histogramBins);
        r.roi = summarize(roi);
    };
    const qint64 totalWork = qint64(cellCount) * qint64(draws);
    for (size_t c = 0; c < cellCount; ++c) {
        const PlanCell &cell = plan.cells[c];
        std::vector<RateSampler> samplers;
        std::vector<Engine> engines;
        for (int s = 0; s < kRateSlots; ++s) {
            samplers.emplace_back(cell.rate(RateSlot(s)));
            engines.emplace_back(streamSeed(plan.seed, cell.name, RateSlot(s)));
        }
        const double target = cell.customers * (1.0 - cell.controlShare);
        const double revenuePerCompletion = cell.monthlyRevenueUplift * plan.horizonMonths;
        const double costPerCompletion =
            cell.costPerSuccess + discountCost(cell, plan.horizonMonths);
        const double fixedPart = target * cell.costPerContact + cell.fixedCost;
        qint64 zeroCostDraws = 0;
        for (size_t start = 0; start < draws; start += kChunk) {
            if (job)
                job->throwIfCancelled();
            const int n = int(std::min<size_t>(kChunk, draws - start));
            for (int s = 0; s < kRateSlots; ++s)
                samplers[size_t(s)].fill(column[size_t(s)].data(), n, engines[size_t(s)]);
            const double *connect = column[0].data();
            const double *intention = column[1].data();
            const double *completion = column[2].data();
            const double *control = column[3].data();
            double *cellNet = net.data() + start;
            double *cellRoi = roi.data() + start;
            double *sumNet = totalNet.data() + start;
            double *sumCost = totalCost.data() + start;
            qint64 zero = 0;
            for (int i = 0; i < n; ++i) {
                const double completions = target * connect[i] * intention[i] * completion[i];
                const double cost = fixedPart + completions * costPerCompletion;
                const double value =
                    (completions - target * control[i]) * revenuePerCompletion - cost;
                cellNet[i] = value;
                cellRoi[i] = cost > 0.0 ? value / cost : 0.0;
                zero += cost > 0.0 ? 0 : 1;
                sumNet[i] += value;
                sumCost[i] += cost;
            }
            zeroCostDraws += zero;
            if (job) {
                Progress progress;
                progress.items =
                    (qint64(c) * qint64(draws) + qint64(start) + n) / qint64(cellCount);
                job->report(progress, qint64(c + 1) * qint64(draws) >= totalWork &&
                                          start + size_t(n) >= draws);
            }
        }
        CellResult &r = result.cells[c];
        r.net = summarize(net);
        summarizeRoi(zeroCostDraws, r);
    }
    // The total; its draws are kept in order for comparisons.
    qint64 totalZero = 0;
    for (size_t i = 0; i < draws; ++i) {
        roi[i] = totalCost[i] > 0.0 ? totalNet[i] / totalCost[i] : 0.0;
        totalZero += totalCost[i] > 0.0 ? 0 : 1;
    }
    result.total.net = summarize(totalNet);
    summarizeRoi(totalZero, result.total);
    result.totalNetDraws = std::move(totalNet);

    // Sensitivity and warnings.
    result.tornadoBaseNet = result.total.expected.net;
    result.tornado = tornado(plan);
    for (size_t c = 0; c < cellCount; ++c) {
        const CellResult &r = result.cells[c];
        const QString who = QCoreApplication::translate("cwb::Simulation", "cell '%1'").arg(r.name);
        addFunnelWarnings(who, r.expected, result.warnings);
        addPowerWarnings(who, r.power, r.expected.control, plan.alpha, plan.power, result.warnings);
        if (!r.roi.valid)
            result.warnings.append(
                QCoreApplication::translate(
                    "cwb::Simulation",
                    "%1: the cost can be 0 (no cost per contact and no fixed cost), "
                    "so ROI is undefined")
                    .arg(who));
    }
    if (cellCount > 1) {
        addPowerWarnings(QStringLiteral("plan total"), result.total.power,
                         result.total.expected.control, plan.alpha, plan.power, result.warnings);
    }
    return result;
}

ScenarioComparison compareScenarios(const SimulationPlan &a, const SimulationPlan &b,
                                    JobControl *job)
{
    SimulationPlan second = b;
    second.draws = a.draws;
    second.seed = a.seed;
    ScenarioComparison comparison;
    comparison.a = runSimulation(a, job);
    comparison.b = runSimulation(second, job);
    std::vector<double> difference(comparison.a.totalNetDraws.size());
    for (size_t i = 0; i < difference.size(); ++i)
        difference[i] = comparison.b.totalNetDraws[i] - comparison.a.totalNetDraws[i];
    comparison.netDifference = summarize(difference);
    return comparison;
}

} // namespace cwb::simulate
