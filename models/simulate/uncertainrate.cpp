// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate/uncertainrate.h"

#include "core/error.h"

#include <QLocale>
#include <QStringList>

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/random/normal_distribution.hpp>
#include <boost/random/uniform_01.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cwb::simulate {

namespace {

constexpr double kZMax = 8.5;
constexpr double kStep = 0.125;
constexpr int kIntervals = int(2 * kZMax / kStep); // 136

double triangularQuantile(double low, double mode, double high, double p)
{
    const double width = high - low;
    if (width <= 0.0)
        return low;
    const double split = (mode - low) / width;
    if (p < split)
        return low + std::sqrt(p * width * (mode - low));
    return high - std::sqrt((1.0 - p) * width * (high - mode));
}

// Beta quantile of Phi(z), exact; the upper tail goes through the complement so that it keeps
// its precision when Phi(z) rounds to 1.
double exactBetaFromNormal(const boost::math::beta_distribution<double> &beta, double z)
{
    const boost::math::normal_distribution<double> normal;
    if (z <= 0.0)
        return boost::math::quantile(beta, boost::math::cdf(normal, z));
    return boost::math::quantile(boost::math::complement(beta, boost::math::cdf(normal, -z)));
}

} // namespace

UncertainRate UncertainRate::point(double value)
{
    UncertainRate rate;
    rate.m_kind = Kind::Point;
    rate.m_low = rate.m_high = rate.m_mode = value;
    return rate;
}

UncertainRate UncertainRate::uniform(double low, double high)
{
    UncertainRate rate;
    rate.m_kind = Kind::Uniform;
    rate.m_low = low;
    rate.m_high = high;
    rate.m_mode = 0.5 * (low + high);
    return rate;
}

UncertainRate UncertainRate::triangular(double low, double mode, double high)
{
    UncertainRate rate;
    rate.m_kind = Kind::Triangular;
    rate.m_low = low;
    rate.m_high = high;
    rate.m_mode = mode;
    return rate;
}

UncertainRate UncertainRate::evidence(qint64 successes, qint64 trials)
{
    UncertainRate rate;
    rate.m_kind = Kind::Evidence;
    rate.m_low = 0.0;
    rate.m_high = 1.0;
    rate.m_successes = successes;
    rate.m_trials = trials;
    rate.m_mode = trials > 0 ? double(successes) / double(trials) : 0.5;
    return rate;
}

double UncertainRate::mean() const
{
    switch (m_kind) {
    case Kind::Point:
        return m_low;
    case Kind::Uniform:
        return 0.5 * (m_low + m_high);
    case Kind::Triangular:
        return (m_low + m_mode + m_high) / 3.0;
    case Kind::Evidence:
        return betaA() / (betaA() + betaB());
    }
    return m_low;
}

double UncertainRate::quantile(double p) const
{
    p = std::clamp(p, 0.0, 1.0);
    switch (m_kind) {
    case Kind::Point:
        return m_low;
    case Kind::Uniform:
        return m_low + p * (m_high - m_low);
    case Kind::Triangular:
        return triangularQuantile(m_low, m_mode, m_high, p);
    case Kind::Evidence:
        return boost::math::quantile(boost::math::beta_distribution<double>(betaA(), betaB()), p);
    }
    return m_low;
}

UncertainRate parseRateText(const QString &text)
{
    const QString trimmed = text.trimmed();
    const auto fail = [&](const QString &what) {
        throw Error(QStringLiteral("rate '%1': %2").arg(trimmed, what));
    };
    const QString forms = QStringLiteral("expected 0.6, a range 0.5-0.7, low-mode-high "
                                         "0.5-0.6-0.7 or successes/trials 395/1579");
    if (trimmed.isEmpty())
        fail(forms);
    if (trimmed.contains(QLatin1Char('/'))) {
        const QStringList parts = trimmed.split(QLatin1Char('/'));
        if (parts.size() != 2)
            fail(forms);
        bool okS = false;
        bool okT = false;
        const qint64 successes = parts[0].trimmed().toLongLong(&okS);
        const qint64 trials = parts[1].trimmed().toLongLong(&okT);
        if (!okS || !okT)
            fail(QStringLiteral("successes and trials must be whole numbers"));
        if (trials < 1)
            fail(QStringLiteral("trials must be 1 or more, got %1").arg(trials));
        if (successes < 0)
            fail(QStringLiteral("successes must be 0 or more, got %1").arg(successes));
        if (successes > trials)
            fail(QStringLiteral("successes %1 is more than trials %2").arg(successes).arg(trials));
        return UncertainRate::evidence(successes, trials);
    }
    QString normalized = trimmed;
    normalized.replace(QChar(0x2013), QLatin1Char('-')).replace(QLatin1Char('~'), QLatin1Char('-'));
    const QStringList parts = normalized.split(QLatin1Char('-'));
    if (parts.size() > 3)
        fail(forms);
    std::vector<double> values;
    for (const QString &part : parts) {
        bool ok = false;
        const double value = QLocale::c().toDouble(part.trimmed(), &ok);
        if (!ok)
            fail(forms);
        if (!(value >= 0.0 && value <= 1.0))
            fail(QStringLiteral("%1 is not a rate from 0 to 1").arg(part.trimmed()));
        values.push_back(value);
    }
    if (values.size() == 1)
        return UncertainRate::point(values[0]);
    if (values.size() == 2) {
        if (values[0] > values[1])
            fail(QStringLiteral("low %1 is above high %2").arg(values[0]).arg(values[1]));
        return UncertainRate::uniform(values[0], values[1]);
    }
    if (values[0] > values[2])
        fail(QStringLiteral("low %1 is above high %2").arg(values[0]).arg(values[2]));
    if (values[1] < values[0] || values[1] > values[2]) {
        fail(QStringLiteral("mode %1 is outside the range %2 to %3")
                 .arg(values[1])
                 .arg(values[0])
                 .arg(values[2]));
    }
    return UncertainRate::triangular(values[0], values[1], values[2]);
}

QString UncertainRate::describe() const
{
    switch (m_kind) {
    case Kind::Point:
        return QString::number(m_low);
    case Kind::Uniform:
        return QStringLiteral("%1-%2").arg(m_low).arg(m_high);
    case Kind::Triangular:
        return QStringLiteral("%1-%2-%3").arg(m_low).arg(m_mode).arg(m_high);
    case Kind::Evidence:
        return QStringLiteral("%1/%2").arg(m_successes).arg(m_trials);
    }
    return QString();
}

RateSampler::RateSampler(const UncertainRate &rate) : m_rate(rate)
{
    if (rate.kind() != UncertainRate::Kind::Evidence)
        return;
    const boost::math::beta_distribution<double> beta(rate.betaA(), rate.betaB());
    const boost::math::normal_distribution<double> normal;
    m_values.resize(kIntervals + 1);
    m_slopes.resize(kIntervals + 1);
    for (int i = 0; i <= kIntervals; ++i)
        m_values[size_t(i)] = exactBetaFromNormal(beta, -kZMax + i * kStep);
    for (int i = 0; i <= kIntervals; ++i) {
        const double z = -kZMax + i * kStep;
        const double x = m_values[size_t(i)];
        // dG/dz = phi(z) / f_beta(G(z)); where the density is 0 or infinite use a secant.
        double slope = std::numeric_limits<double>::quiet_NaN();
        if (x > 0.0 && x < 1.0) {
            const double density = boost::math::pdf(beta, x);
            if (density > 0.0 && std::isfinite(density))
                slope = boost::math::pdf(normal, z) / density;
        }
        if (!std::isfinite(slope)) {
            const int a = std::max(0, i - 1);
            const int b = std::min(kIntervals, i + 1);
            slope = (m_values[size_t(b)] - m_values[size_t(a)]) / ((b - a) * kStep);
        }
        m_slopes[size_t(i)] = slope;
    }
}

double RateSampler::betaFromNormal(double z) const
{
    if (!(z > -kZMax && z < kZMax)) {
        return exactBetaFromNormal(
            boost::math::beta_distribution<double>(m_rate.betaA(), m_rate.betaB()), z);
    }
    const double position = (z + kZMax) / kStep;
    const int i = std::min(int(position), kIntervals - 1);
    const double t = position - i;
    const double t2 = t * t;
    const double t3 = t2 * t;
    const double h00 = 2 * t3 - 3 * t2 + 1;
    const double h10 = t3 - 2 * t2 + t;
    const double h01 = -2 * t3 + 3 * t2;
    const double h11 = t3 - t2;
    const size_t j = size_t(i);
    const double g = h00 * m_values[j] + h10 * kStep * m_slopes[j] + h01 * m_values[j + 1] +
                     h11 * kStep * m_slopes[j + 1];
    return std::clamp(g, 0.0, 1.0);
}

void RateSampler::fill(double *out, int count, Engine &engine) const
{
    switch (m_rate.kind()) {
    case UncertainRate::Kind::Point:
        std::fill(out, out + count, m_rate.low());
        return;
    case UncertainRate::Kind::Uniform: {
        boost::random::uniform_01<double> unit;
        const double low = m_rate.low();
        const double width = m_rate.high() - m_rate.low();
        for (int i = 0; i < count; ++i)
            out[i] = low + width * unit(engine);
        return;
    }
    case UncertainRate::Kind::Triangular: {
        boost::random::uniform_01<double> unit;
        for (int i = 0; i < count; ++i)
            out[i] = triangularQuantile(m_rate.low(), m_rate.mode(), m_rate.high(), unit(engine));
        return;
    }
    case UncertainRate::Kind::Evidence: {
        boost::random::normal_distribution<double> normal;
        for (int i = 0; i < count; ++i)
            out[i] = betaFromNormal(normal(engine));
        return;
    }
    }
}

} // namespace cwb::simulate
