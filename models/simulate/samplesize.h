// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace cwb::simulate {

// Standard normal quantile (Boost.Math).
double normalQuantile(double p);

// Customers per group (target and control of equal size) that a two-sided test of two
// proportions at level alpha detects p2 - p1 with the given power (normal approximation with
// a pooled variance under the null, Fleiss without continuity correction):
//   n = (z_{1-alpha/2} sqrt(2 pbar (1 - pbar)) + z_{power} sqrt(p1 q1 + p2 q2))^2 / (p2 - p1)^2
// with pbar = (p1 + p2) / 2. Unrounded; nullopt when p1 == p2 or a rate is outside [0, 1].
std::optional<double> requiredPerGroup(double p1, double p2, double alpha, double power);

// Targets needed when the control group is ratio = nControl / nTarget times the target group
// (unequal allocation: nC = k nT; same test and approximation as requiredPerGroup):
//   nT = (z_{1-alpha/2} sqrt(pbar qbar (1 + 1/k)) + z_{power} sqrt(p2 q2 + p1 q1 / k))^2
//        / (p2 - p1)^2,   pbar = (p2 + k p1) / (1 + k),   nC = k nT
// with p1 the control rate and p2 the target rate. For k = 1 it is requiredPerGroup. Unrounded;
// nullopt when p1 == p2, a rate is outside [0, 1] or k is not positive.
std::optional<double> requiredTargets(double p1, double p2, double ratio, double alpha,
                                      double power);

// The smallest uplift d = p2 - p1 > 0 that a target group of nTarget and a control group of
// nControl detect at alpha (two-sided) with the given power, p1 being the control conversion
// rate: the root of
//   d = z_{1-alpha/2} sqrt(pbar qbar (1/nT + 1/nC)) + z_{power} sqrt(p1 q1 / nC + p2 q2 / nT),
//   pbar = (nC p1 + nT p2) / (nC + nT),
// found by bisection. For nT = nC = n it is the inverse of requiredPerGroup. nullopt when a
// group is empty or no uplift up to p2 = 1 is detectable.
std::optional<double> minimumDetectableUplift(double p1, double nTarget, double nControl,
                                              double alpha, double power);

// What the planned groups can prove: the control conversion rate (baseline), the expected
// conversion of the target (connect x intention x completion), the minimum detectable uplift
// of the planned sizes and the size per group needed for the expected uplift.
struct PowerAnalysis
{
    double baselineRate = 0.0;
    double expectedRate = 0.0;
    double expectedUplift = 0.0;
    std::optional<double> mde;
    std::optional<qint64> requiredPerGroup; // rounded up, equal groups
    // At the plan's own allocation (control / target, requiredTargets; equal groups when the
    // plan has no control group): targets and controls needed, each rounded up.
    double controlRatio = 1.0;
    std::optional<qint64> requiredTarget;
    std::optional<qint64> requiredControl;
    bool noControl = false;
    bool controlTooSmall = false; // the planned groups cannot detect the expected uplift
};

PowerAnalysis analysePower(double baselineRate, double expectedRate, double nTarget,
                           double nControl, double alpha, double power);

} // namespace cwb::simulate
