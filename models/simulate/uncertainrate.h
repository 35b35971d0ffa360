// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <boost/random/mersenne_twister.hpp>

#include <vector>

namespace cwb::simulate {

// The random engine of the simulation: Boost.Random's 64-bit Mersenne twister, seeded per
// (plan seed, cell name, rate) so that equal names share their random numbers across plans.
using Engine = boost::random::mt19937_64;

// A rate of the funnel (connect, intention, completion, control conversion) as the planner
// knows it: a point value, a range {low, high} (uniform, or triangular with a mode), or the
// evidence of an earlier pilot {successes, trials}. Evidence gives the posterior of a uniform
// Beta(1, 1) prior: Beta(successes + 1, trials - successes + 1).
class UncertainRate
{
public:
    enum class Kind
    {
        Point,
        Uniform,
        Triangular,
        Evidence
    };

    UncertainRate() = default;
    static UncertainRate point(double value);
    static UncertainRate uniform(double low, double high);
    static UncertainRate triangular(double low, double mode, double high);
    static UncertainRate evidence(qint64 successes, qint64 trials);

    Kind kind() const { return m_kind; }
    bool isUncertain() const { return m_kind != Kind::Point; }
    double low() const { return m_low; }   // point: the value; evidence: 0
    double high() const { return m_high; } // point: the value; evidence: 1
    double mode() const { return m_mode; } // triangular only
    qint64 successes() const { return m_successes; }
    qint64 trials() const { return m_trials; }
    double betaA() const { return double(m_successes) + 1.0; }
    double betaB() const { return double(m_trials - m_successes) + 1.0; }

    // Mean of the distribution (the value a point rate stands for).
    double mean() const;
    // Exact quantile (inverse CDF) at probability p in [0, 1]; Boost.Math for the Beta.
    double quantile(double p) const;
    // Short text for tables: "0.6", "0.5-0.7", "0.5-0.6-0.7", "395/1579".
    QString describe() const;

private:
    Kind m_kind = Kind::Point;
    double m_low = 0.0;
    double m_high = 0.0;
    double m_mode = 0.0;
    qint64 m_successes = 0;
    qint64 m_trials = 0;
};

// Reads a rate typed as text, in the forms describe() writes: "0.6" (a point), "0.52-0.62" (a
// uniform range), "0.5-0.6-0.7" (triangular: low-mode-high) or "395/1579" (evidence: successes
// of trials). An en dash or "~" may stand for "-". Throws cwb::Error saying what is wrong
// ("low 0.7 is above high 0.5", "successes 12 is more than trials 10", ...).
UncertainRate parseRateText(const QString &text);

// Draws values of one UncertainRate fast. Ranges use the inverse CDF of one uniform number.
// Evidence draws a standard normal z (Boost.Random's ziggurat) and maps it through the Beta
// quantile of Phi(z), tabulated once as a cubic Hermite spline on z in [-8.5, 8.5] (step 1/8,
// slopes from the Beta density; error below 2e-7, see tst_simrates) and computed exactly
// outside that range. The map is monotone, so equal random numbers give ordered draws
// (common random numbers couple two plans well).
class RateSampler
{
public:
    explicit RateSampler(const UncertainRate &rate);

    // Writes count draws to out, consuming random numbers from engine only.
    void fill(double *out, int count, Engine &engine) const;
    // The evidence map G(z) = Beta quantile of Phi(z), as interpolated (for tests).
    double betaFromNormal(double z) const;

private:
    UncertainRate m_rate;
    std::vector<double> m_values; // G at the nodes (evidence only)
    std::vector<double> m_slopes; // G' at the nodes
};

} // namespace cwb::simulate
