// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate/samplesize.h"

#include <boost/math/distributions/normal.hpp>

#include <cmath>

namespace cwb::simulate {

namespace {

bool isRate(double p)
{
    return p >= 0.0 && p <= 1.0;
}

// The right side of the MDE equation minus d: negative while d is not yet detectable.
double detectionGap(double d, double p1, double nT, double nC, double zAlpha, double zPower)
{
    const double p2 = p1 + d;
    const double pooled = (nC * p1 + nT * p2) / (nC + nT);
    const double underNull = zAlpha * std::sqrt(pooled * (1.0 - pooled) * (1.0 / nT + 1.0 / nC));
    const double underAlternative = zPower * std::sqrt(p1 * (1.0 - p1) / nC + p2 * (1.0 - p2) / nT);
    return d - (underNull + underAlternative);
}

} // namespace

double normalQuantile(double p)
{
    return boost::math::quantile(boost::math::normal_distribution<double>(), p);
}

std::optional<double> requiredPerGroup(double p1, double p2, double alpha, double power)
{
    if (!isRate(p1) || !isRate(p2) || p1 == p2 || !(alpha > 0.0 && alpha < 1.0) ||
        !(power > 0.0 && power < 1.0))
        return std::nullopt;
    const double zAlpha = normalQuantile(1.0 - alpha / 2.0);
    const double zPower = normalQuantile(power);
    const double pbar = 0.5 * (p1 + p2);
    const double root = zAlpha * std::sqrt(2.0 * pbar * (1.0 - pbar)) +
                        zPower * std::sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2));
    const double d = p2 - p1;
    return root * root / (d * d);
}

std::optional<double> requiredTargets(double p1, double p2, double ratio, double alpha,
                                      double power)
{
    if (!isRate(p1) || !isRate(p2) || p1 == p2 || !(ratio > 0.0) || !std::isfinite(ratio) ||
        !(alpha > 0.0 && alpha < 1.0) || !(power > 0.0 && power < 1.0))
        return std::nullopt;
    const double zAlpha = normalQuantile(1.0 - alpha / 2.0);
    const double zPower = normalQuantile(power);
    const double k = ratio;
    const double pbar = (p2 + k * p1) / (1.0 + k);
    const double root = zAlpha * std::sqrt(pbar * (1.0 - pbar) * (1.0 + 1.0 / k)) +
                        zPower * std::sqrt(p2 * (1.0 - p2) + p1 * (1.0 - p1) / k);
    const double d = p2 - p1;
    return root * root / (d * d);
}

std::optional<double> minimumDetectableUplift(double p1, double nTarget, double nControl,
                                              double alpha, double power)
{
    if (!isRate(p1) || !(nTarget > 0.0) || !(nControl > 0.0) || !(alpha > 0.0 && alpha < 1.0) ||
        !(power > 0.0 && power < 1.0))
        return std::nullopt;
    const double zAlpha = normalQuantile(1.0 - alpha / 2.0);
    const double zPower = normalQuantile(power);
    double low = 0.0;
    double high = 1.0 - p1;
    if (high <= 0.0 || detectionGap(high, p1, nTarget, nControl, zAlpha, zPower) < 0.0)
        return std::nullopt;
    // Invariant: gap(low) < 0 (or low = 0), gap(high) >= 0.
    for (int i = 0; i < 200 && high - low > 1e-13; ++i) {
        const double mid = 0.5 * (low + high);
        if (detectionGap(mid, p1, nTarget, nControl, zAlpha, zPower) < 0.0)
            low = mid;
        else
            high = mid;
    }
    return high;
}

PowerAnalysis analysePower(double baselineRate, double expectedRate, double nTarget,
                           double nControl, double alpha, double power)
{
    PowerAnalysis result;
    result.baselineRate = baselineRate;
    result.expectedRate = expectedRate;
    result.expectedUplift = expectedRate - baselineRate;
    result.noControl = !(nControl > 0.0);
    result.mde = minimumDetectableUplift(baselineRate, nTarget, nControl, alpha, power);
    result.controlRatio = nTarget > 0.0 && nControl > 0.0 ? nControl / nTarget : 1.0;
    if (result.expectedUplift > 0.0) {
        if (const auto n = requiredPerGroup(baselineRate, expectedRate, alpha, power))
            result.requiredPerGroup = qint64(std::ceil(*n - 1e-9));
        if (const auto n =
                requiredTargets(baselineRate, expectedRate, result.controlRatio, alpha, power)) {
            result.requiredTarget = qint64(std::ceil(*n - 1e-9));
            result.requiredControl = qint64(std::ceil(*n * result.controlRatio - 1e-9));
        }
    }
    result.controlTooSmall = !result.noControl && result.expectedUplift > 0.0 &&
                             (!result.mde || *result.mde > result.expectedUplift);
    return result;
}

} // namespace cwb::simulate
