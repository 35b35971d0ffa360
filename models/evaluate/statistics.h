// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstdint>
#include <optional>
#include <vector>

namespace cwb {
class JobControl;
}

// The statistics of the evaluation step: funnel rates with Wilson intervals, target-vs-control
// comparisons of binary outcomes (uplift, Newcombe interval, two-proportion z-test) and of
// amounts (Welch t-test, percentile bootstrap). Every formula is written out in
// docs/evaluation.md. Nothing here divides by zero: a quantity that is undefined for the given
// counts is an empty std::optional, and every interval is defined (at worst the whole range).
namespace cwb::stats {

// A closed interval [low, high].
struct Interval
{
    double low = 0.0;
    double high = 0.0;
};

// Quantile of the standard normal distribution: normalQuantile(0.975) = 1.959964...
// p must lie in (0, 1).
double normalQuantile(double p);

// Quantile of Student's t distribution with df > 0 degrees of freedom (df may be fractional).
double studentTQuantile(double p, double df);

// Two-sided p-value of a standard normal statistic z: P(|Z| >= |z|).
double normalTwoSidedP(double z);

// Two-sided p-value of a t statistic with df degrees of freedom: P(|T| >= |t|).
double studentTTwoSidedP(double t, double df);

// Wilson score interval for a binomial proportion successes / n at the given confidence
// (0.95 -> z = 1.96). Defined for every 0 <= successes <= n, including 0 and n; for n = 0 it is
// the whole range [0, 1]. Throws cwb::Error when the counts are impossible.
Interval wilsonInterval(qint64 successes, qint64 n, double confidence = 0.95);

// A proportion numerator / denominator with its Wilson interval. value is empty when the
// denominator is 0.
struct Rate
{
    qint64 numerator = 0;
    qint64 denominator = 0;
    std::optional<double> value;
    Interval ci{0.0, 1.0};
};

// numerator / denominator with a Wilson 95% interval.
Rate rate(qint64 numerator, qint64 denominator, double confidence = 0.95);

// The call funnel with the definitions of DOMAIN.md.
struct FunnelKpis
{
    Rate connect;    // connected / called
    Rate intention;  // intentions / connected
    Rate completion; // completed / intentions
    Rate success;    // completed / connected
};

// Funnel rates from the four counts. Throws cwb::Error when a stage exceeds the stage before it
// (connected > called, intentions > connected, completed > intentions) or a count is negative.
FunnelKpis funnelKpis(qint64 called, qint64 connected, qint64 intentions, qint64 completed,
                      double confidence = 0.95);

// Target vs control for one binary outcome.
struct ProportionComparison
{
    qint64 targetN = 0;
    qint64 targetSuccesses = 0;
    qint64 controlN = 0;
    qint64 controlSuccesses = 0;
    std::optional<double> targetRate; // successes / n, empty when n = 0
    std::optional<double> controlRate;
    std::optional<double> upliftAbs; // targetRate - controlRate
    std::optional<double> upliftRel; // (targetRate - controlRate) / controlRate; empty if control 0
    // Interval of the relative uplift: the log risk-ratio (Katz) interval of p1 / p2 less 1;
    // empty unless both groups have at least one success.
    std::optional<Interval> relCi;
    Interval ci{-1.0, 1.0};         // Newcombe hybrid score interval of the difference
    std::optional<Interval> waldCi; // Wald interval; empty when its standard error is 0
    double z = 0.0;                 // pooled two-proportion z statistic
    double pValue = 1.0;            // two-sided; 1 when the pooled rate is 0 or 1 or a group empty
};

// Compares targetSuccesses / targetN with controlSuccesses / controlN. Throws cwb::Error when a
// count is impossible (negative, or successes > n).
ProportionComparison compareProportions(qint64 targetSuccesses, qint64 targetN,
                                        qint64 controlSuccesses, qint64 controlN,
                                        double confidence = 0.95);

// Interval of the relative uplift p1 / p2 - 1 (p = successes / n) by the log method for the
// risk ratio (Katz et al. 1978): ln(p1 / p2) +- z sqrt(1/x1 - 1/n1 + 1/x2 - 1/n2), back-
// transformed and less 1. Empty when a group has no success (the ratio or its log is then not
// defined) or is empty. Throws cwb::Error for impossible counts.
std::optional<Interval> relativeUpliftInterval(qint64 targetSuccesses, qint64 targetN,
                                               qint64 controlSuccesses, qint64 controlN,
                                               double confidence = 0.95);

// Holm's step-down adjustment of p-values tested together (Holm 1979): with the m defined
// p-values sorted ascending p(1) <= ... <= p(m), the adjusted p(i) = min(1, max over j <= i of
// (m - j + 1) p(j)); each adjusted value goes back to its test's position. Empty entries are
// no test (not counted in m) and stay empty. Rejecting where the adjusted p is below alpha keeps
// the chance of any false rejection among the m tests at most alpha.
std::vector<std::optional<double>> holmAdjust(const std::vector<std::optional<double>> &pValues);

// Running count, mean and sum of squared deviations (Welford), so amounts can be summarised
// while a file streams by.
class RunningMoments
{
public:
    void add(double value);
    qint64 count() const { return m_n; }
    double mean() const { return m_mean; } // 0 when empty
    // Sample variance (divisor n - 1); empty when fewer than 2 values.
    std::optional<double> variance() const;

private:
    qint64 m_n = 0;
    double m_mean = 0.0;
    double m_m2 = 0.0;
};

// Target vs control for an amount: means, difference and the Welch t-test.
struct MeanComparison
{
    qint64 targetN = 0;
    qint64 controlN = 0;
    std::optional<double> targetMean; // empty when the group is empty
    std::optional<double> controlMean;
    std::optional<double> diff;   // targetMean - controlMean
    std::optional<double> se;     // sqrt(s1^2/n1 + s2^2/n2); needs n >= 2 in both groups
    std::optional<double> t;      // diff / se; empty when se is 0
    std::optional<double> df;     // Welch-Satterthwaite degrees of freedom
    std::optional<double> pValue; // two-sided, Student's t with df
    std::optional<Interval> ci;   // diff +- t(0.975, df) * se
};

MeanComparison welchTest(const RunningMoments &target, const RunningMoments &control,
                         double confidence = 0.95);

// A percentile bootstrap interval with the Monte Carlo uncertainty of its endpoints: the
// standard error of each endpoint as an estimate of the quantile it stands for (from the
// resamples' order statistics, docs/evaluation.md) and the number of decimals worth printing:
// -floor(log10(the larger standard error)), clamped to 0..6 (4 when the standard error is 0).
struct BootstrapInterval : Interval
{
    int resamples = 0;
    double seLow = 0.0;  // Monte Carlo standard error of low
    double seHigh = 0.0; // ... of high
    int decimals = 4;
};

// The Monte Carlo standard error of the q-quantile of B sorted resamples: half the distance
// between the quantiles one binomial standard deviation of the rank away,
// (Q(q + s) - Q(q - s)) / 2 with s = sqrt(q (1 - q) / B) and Q as in sortedQuantile (levels
// clipped to [0, 1]).
double quantileMonteCarloSe(const std::vector<double> &sorted, double q);
// Decimals worth printing for a value with this standard error (the rule above).
int decimalsForStandardError(double se);

// Percentile bootstrap interval of mean(target) - mean(control): each of `resamples` rounds
// draws n1 values from target and n2 from control with replacement (round r from a Boost.Random
// mt19937 of its own, seeded through seed_seq with the two 32-bit halves of `seed` and r;
// indices by Lemire's unbiased multiply-and-reject method, so the result is the same on every
// platform for a seed, whatever the number of threads); the interval is the (1-confidence)/2
// and (1+confidence)/2 quantiles (linear interpolation between order statistics) of the
// resampled differences. Empty when a group is empty or resamples < 2. The rounds run on
// `threads` threads; 0 means all cores when there are a million draws or more, else one.
// Checks job for cancel between rounds.
std::optional<BootstrapInterval> bootstrapMeanDiff(const std::vector<double> &target,
                                                   const std::vector<double> &control,
                                                   int resamples = 2000, std::uint64_t seed = 1,
                                                   double confidence = 0.95,
                                                   JobControl *job = nullptr, unsigned threads = 0);

// The q-quantile (0 <= q <= 1) of sorted values by linear interpolation between order
// statistics: h = (n - 1) q, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
double sortedQuantile(const std::vector<double> &sorted, double q);

} // namespace cwb::stats
