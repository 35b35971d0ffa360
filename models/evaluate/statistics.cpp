// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/statistics.h"

#include "core/error.h"
#include "core/jobcontrol.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/random/mersenne_twister.hpp>
#include <boost/random/seed_seq.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>
#include <vector>

namespace cwb::stats {

namespace {

void checkConfidence(double confidence)
{
    if (!(confidence > 0.0 && confidence < 1.0))
        throw Error(QStringLiteral("confidence level %1 is not between 0 and 1").arg(confidence));
}

// z such that P(|Z| <= z) = confidence.
double twoSidedZ(double confidence)
{
    checkConfidence(confidence);
    return normalQuantile(0.5 + confidence / 2.0);
}

void checkCounts(qint64 successes, qint64 n, const char *what)
{
    if (n < 0 || successes < 0 || successes > n)
        throw Error(QStringLiteral("impossible counts for %1: %2 successes out of %3")
                        .arg(QString::fromLatin1(what))
                        .arg(successes)
                        .arg(n));
}

// A uniform index in [0, n) from one or more 32-bit engine outputs, by Lemire's multiply-and-
// reject method: unbiased, about three times faster than uniform_int_distribution, and the
// same sequence on every platform.
std::uint32_t drawIndex(boost::random::mt19937 &engine, std::uint32_t n)
{
    std::uint64_t m = std::uint64_t(engine()) * n;
    std::uint32_t low = std::uint32_t(m);
    if (low < n) {
        const std::uint32_t threshold = std::uint32_t(-n) % n; // 2^32 mod n
        while (low < threshold) {
            m = std::uint64_t(engine()) * n;
            low = std::uint32_t(m);
        }
    }
    return std::uint32_t(m >> 32);
}

} // namespace

double normalQuantile(double p)
{
    if (!(p > 0.0 && p < 1.0))
        throw Error(QStringLiteral("normal quantile: probability %1 is not in (0, 1)").arg(p));
    return boost::math::quantile(boost::math::normal_distribution<double>(), p);
}

double studentTQuantile(double p, double df)
{
    if (!(p > 0.0 && p < 1.0))
        throw Error(QStringLiteral("t quantile: probability %1 is not in (0, 1)").arg(p));
    if (!(df > 0.0) || !std::isfinite(df))
        throw Error(QStringLiteral("t quantile: degrees of freedom %1 must be positive").arg(df));
    return boost::math::quantile(boost::math::students_t_distribution<double>(df), p);
}

double normalTwoSidedP(double z)
{
    if (std::isnan(z))
        throw Error(QStringLiteral("normal p-value: statistic is not a number"));
    if (std::isinf(z))
        return 0.0;
    // 2 * P(Z > |z|), computed as a complement so tiny p-values keep their precision.
    return 2.0 * boost::math::cdf(boost::math::complement(
                     boost::math::normal_distribution<double>(), std::abs(z)));
}

double studentTTwoSidedP(double t, double df)
{
    if (std::isnan(t))
        throw Error(QStringLiteral("t p-value: statistic is not a number"));
    if (!(df > 0.0) || !std::isfinite(df))
        throw Error(QStringLiteral("t p-value: degrees of freedom %1 must be positive").arg(df));
    if (std::isinf(t))
        return 0.0;
    return 2.0 * boost::math::cdf(boost::math::complement(
                     boost::math::students_t_distribution<double>(df), std::abs(t)));
}

Interval wilsonInterval(qint64 successes, qint64 n, double confidence)
{
    checkCounts(successes, n, "a proportion");
    const double z = twoSidedZ(confidence);
    if (n == 0)
        return {0.0, 1.0};
    const double nn = double(n);
    const double p = double(successes) / nn;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / nn;
    const double centre = (p + z2 / (2.0 * nn)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn));
    // At 0 and n successes the bound is exactly 0 or 1; rounding must not push it past.
    const double low = successes == 0 ? 0.0 : std::max(0.0, centre - half);
    const double high = successes == n ? 1.0 : std::min(1.0, centre + half);
    return {low, high};
}

Rate rate(qint64 numerator, qint64 denominator, double confidence)
{
    Rate result;
    result.numerator = numerator;
    result.denominator = denominator;
    result.ci = wilsonInterval(numerator, denominator, confidence);
    if (denominator > 0)
        result.value = double(numerator) / double(denominator);
    return result;
}

FunnelKpis funnelKpis(qint64 called, qint64 connected, qint64 intentions, qint64 completed,
                      double confidence)
{
    if (called < 0 || connected < 0 || intentions < 0 || completed < 0)
        throw Error(QStringLiteral("funnel counts must not be negative (called %1, connected %2, "
                                   "intentions %3, completed %4)")
                        .arg(called)
                        .arg(connected)
                        .arg(intentions)
                        .arg(completed));
    if (connected > called)
        throw Error(QStringLiteral("funnel: %1 connected is more than %2 called")
                        .arg(connected)
                        .arg(called));
    if (intentions > connected)
        throw Error(QStringLiteral("funnel: %1 intentions is more than %2 connected")
                        .arg(intentions)
                        .arg(connected));
    if (completed > intentions)
        throw Error(QStringLiteral("funnel: %1 completed is more than %2 intentions")
                        .arg(completed)
                        .arg(intentions));
    FunnelKpis kpis;
    kpis.connect = rate(connected, called, confidence);
    kpis.intention = rate(intentions, connected, confidence);
    kpis.completion = rate(completed, intentions, confidence);
    kpis.success = rate(completed, connected, confidence);
    return kpis;
}

ProportionComparison compareProportions(qint64 targetSuccesses, qint64 targetN,
                                        qint64 controlSuccesses, qint64 controlN, double confidence)
{
    checkCounts(targetSuccesses, targetN, "the target group");
    checkCounts(controlSuccesses, controlN, "the control group");
    const double zCrit = twoSidedZ(confidence);

    ProportionComparison c;
    c.targetN = targetN;
    c.targetSuccesses = targetSuccesses;
    c.controlN = controlN;
    c.controlSuccesses = controlSuccesses;
    if (targetN > 0)
        c.targetRate = double(targetSuccesses) / double(targetN);
    if (controlN > 0)
        c.controlRate = double(controlSuccesses) / double(controlN);
    if (!c.targetRate || !c.controlRate)
        return c; // an empty group: nothing to compare; ci stays [-1, 1], p stays 1

    const double p1 = *c.targetRate;
    const double p2 = *c.controlRate;
    const double n1 = double(targetN);
    const double n2 = double(controlN);
    const double d = p1 - p2;
    c.upliftAbs = d;
    if (p2 > 0.0)
        c.upliftRel = d / p2;

    // Newcombe (1998) method 10: hybrid score interval from the two Wilson intervals.
    const Interval w1 = wilsonInterval(targetSuccesses, targetN, confidence);
    const Interval w2 = wilsonInterval(controlSuccesses, controlN, confidence);
    c.relCi =
        relativeUpliftInterval(targetSuccesses, targetN, controlSuccesses, controlN, confidence);
    const double low =
        d - std::sqrt((p1 - w1.low) * (p1 - w1.low) + (w2.high - p2) * (w2.high - p2));
    const double high =
        d + std::sqrt((w1.high - p1) * (w1.high - p1) + (p2 - w2.low) * (p2 - w2.low));
    c.ci = {std::max(-1.0, low), std::min(1.0, high)};

    const double waldSe = std::sqrt(p1 * (1.0 - p1) / n1 + p2 * (1.0 - p2) / n2);
    if (waldSe > 0.0)
        c.waldCi = Interval{d - zCrit * waldSe, d + zCrit * waldSe};

    // Pooled two-proportion z-test.
    const double pooled = double(targetSuccesses + controlSuccesses) / (n1 + n2);
    const double pooledSe = std::sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2));
    if (pooledSe > 0.0) {
        c.z = d / pooledSe;
        c.pValue = std::min(1.0, normalTwoSidedP(c.z));
    }
    return c;
}

std::optional<Interval> relativeUpliftInterval(qint64 targetSuccesses, qint64 targetN,
                                               qint64 controlSuccesses, qint64 controlN,
                                               double confidence)
{
    checkCounts(targetSuccesses, targetN, "the target group");
    checkCounts(controlSuccesses, controlN, "the control group");
    const double z = twoSidedZ(confidence);
    if (targetSuccesses == 0 || controlSuccesses == 0)
        return std::nullopt;
    const double x1 = double(targetSuccesses), n1 = double(targetN);
    const double x2 = double(controlSuccesses), n2 = double(controlN);
    const double logRatio = std::log((x1 / n1) / (x2 / n2));
    const double se = std::sqrt(std::max(0.0, 1.0 / x1 - 1.0 / n1 + 1.0 / x2 - 1.0 / n2));
    return Interval{std::exp(logRatio - z * se) - 1.0, std::exp(logRatio + z * se) - 1.0};
}

std::vector<std::optional<double>> holmAdjust(const std::vector<std::optional<double>> &pValues)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < pValues.size(); ++i) {
        if (!pValues[i])
            continue;
        if (!(*pValues[i] >= 0.0 && *pValues[i] <= 1.0))
            throw Error(
                QStringLiteral("Holm adjustment: p-value %1 is not in [0, 1]").arg(*pValues[i]));
        order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return *pValues[a] < *pValues[b]; });
    std::vector<std::optional<double>> adjusted(pValues.size());
    const double m = double(order.size());
    double running = 0.0;
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        running = std::max(running, std::min(1.0, (m - double(rank)) * *pValues[order[rank]]));
        adjusted[order[rank]] = running;
    }
    return adjusted;
}

void RunningMoments::add(double value)
{
    ++m_n;
    const double delta = value - m_mean;
    m_mean += delta / double(m_n);
    m_m2 += delta * (value - m_mean);
}

std::optional<double> RunningMoments::variance() const
{
    if (m_n < 2)
        return std::nullopt;
    return std::max(0.0, m_m2 / double(m_n - 1));
}

MeanComparison welchTest(const RunningMoments &target, const RunningMoments &control,
                         double confidence)
{
    checkConfidence(confidence);
    MeanComparison m;
    m.targetN = target.count();
    m.controlN = control.count();
    if (m.targetN > 0)
        m.targetMean = target.mean();
    if (m.controlN > 0)
        m.controlMean = control.mean();
    if (m.targetMean && m.controlMean)
        m.diff = *m.targetMean - *m.controlMean;
    const std::optional<double> v1 = target.variance();
    const std::optional<double> v2 = control.variance();
    if (!m.diff || !v1 || !v2)
        return m;

    const double a = *v1 / double(m.targetN);  // s1^2 / n1
    const double b = *v2 / double(m.controlN); // s2^2 / n2
    m.se = std::sqrt(a + b);
    if (!(*m.se > 0.0))
        return m; // both groups constant: no spread to test against
    m.t = *m.diff / *m.se;
    m.df = (a + b) * (a + b) / (a * a / double(m.targetN - 1) + b * b / double(m.controlN - 1));
    m.pValue = std::min(1.0, studentTTwoSidedP(*m.t, *m.df));
    const double tCrit = studentTQuantile(0.5 + confidence / 2.0, *m.df);
    m.ci = Interval{*m.diff - tCrit * *m.se, *m.diff + tCrit * *m.se};
    return m;
}

double sortedQuantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        throw Error(QStringLiteral("quantile of an empty sample"));
    if (!(q >= 0.0 && q <= 1.0))
        throw Error(QStringLiteral("quantile level %1 is not in [0, 1]").arg(q));
    const double h = double(sorted.size() - 1) * q;
    const std::size_t lo = std::size_t(std::floor(h));
    if (lo + 1 >= sorted.size())
        return sorted.back();
    return sorted[lo] + (h - double(lo)) * (sorted[lo + 1] - sorted[lo]);
}

double quantileMonteCarloSe(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        throw Error(QStringLiteral("quantile of an empty sample"));
    if (!(q >= 0.0 && q <= 1.0))
        throw Error(QStringLiteral("quantile level %1 is not in [0, 1]").arg(q));
    const double s = std::sqrt(q * (1.0 - q) / double(sorted.size()));
    return (sortedQuantile(sorted, std::min(1.0, q + s)) -
            sortedQuantile(sorted, std::max(0.0, q - s))) /
           2.0;
}

int decimalsForStandardError(double se)
{
    if (!(se > 0.0) || !std::isfinite(se))
        return 4;
    return std::clamp(int(-std::floor(std::log10(se))), 0, 6);
}

std::optional<BootstrapInterval> bootstrapMeanDiff(const std::vector<double> &target,
                                                   const std::vector<double> &control,
                                                   int resamples, std::uint64_t seed,
                                                   double confidence, JobControl *job,
                                                   unsigned threads)
{
    checkConfidence(confidence);
    if (target.empty() || control.empty() || resamples < 2)
        return std::nullopt;

    const std::uint64_t limit = std::numeric_limits<std::uint32_t>::max();
    if (target.size() > limit || control.size() > limit)
        throw Error(QStringLiteral("bootstrap: a group has more than %1 values").arg(limit));
    const auto n1 = std::uint32_t(target.size());
    const auto n2 = std::uint32_t(control.size());
    const auto seedLow = std::uint32_t(seed), seedHigh = std::uint32_t(seed >> 32);

    // Round r draws from its own engine, seeded from (seed, r): the rounds are independent of
    // each other and of how they are shared out, so the threads change the time, never the
    // interval.
    std::vector<double> diffs(std::size_t(resamples), 0.0);
    std::atomic<int> next{0};
    std::atomic<bool> stop{false};
    auto work = [&] {
        for (;;) {
            const int round = next.fetch_add(1, std::memory_order_relaxed);
            if (round >= resamples || stop.load(std::memory_order_relaxed))
                return;
            if (job && job->isCancelled()) {
                stop.store(true, std::memory_order_relaxed);
                return;
            }
            // All 64 bits of the seed reach the engine, and the round number after them.
            boost::random::seed_seq seeds{seedLow, seedHigh, std::uint32_t(round)};
            boost::random::mt19937 engine(seeds);
            double sumTarget = 0.0;
            for (std::uint32_t i = 0; i < n1; ++i)
                sumTarget += target[drawIndex(engine, n1)];
            double sumControl = 0.0;
            for (std::uint32_t i = 0; i < n2; ++i)
                sumControl += control[drawIndex(engine, n2)];
            diffs[std::size_t(round)] = sumTarget / double(n1) - sumControl / double(n2);
        }
    };
    // Threads pay off from about a million draws; below that one thread does it all.
    const double draws = double(n1 + std::uint64_t(n2)) * double(resamples);
    if (threads == 0)
        threads = draws < 1e6 ? 1u : std::clamp(std::thread::hardware_concurrency(), 1u, 16u);
    threads = std::min(threads, unsigned(resamples));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    if (job)
        job->throwIfCancelled();
    std::sort(diffs.begin(), diffs.end());
    const double alpha = 1.0 - confidence;
    BootstrapInterval result;
    result.low = sortedQuantile(diffs, alpha / 2.0);
    result.high = sortedQuantile(diffs, 1.0 - alpha / 2.0);
    result.resamples = resamples;
    result.seLow = quantileMonteCarloSe(diffs, alpha / 2.0);
    result.seHigh = quantileMonteCarloSe(diffs, 1.0 - alpha / 2.0);
    result.decimals = decimalsForStandardError(std::max(result.seLow, result.seHigh));
    return result;
}

} // namespace cwb::stats
