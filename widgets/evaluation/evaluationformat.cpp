// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/evaluationformat.h"

#include <QLocale>

#include <cmath>

namespace cwb {

QString EvaluationFormat::undefined()
{
    return tr("n/a");
}

QString EvaluationFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString EvaluationFormat::percent(const std::optional<double> &value, int decimals)
{
    if (!value)
        return undefined();
    return QLocale().toString(*value * 100.0, 'f', decimals) + QLatin1Char('%');
}

QString EvaluationFormat::rate(const stats::Rate &rate)
{
    if (!rate.value)
        return undefined();
    const QLocale locale;
    return QStringLiteral("%1 [%2, %3]")
        .arg(percent(rate.value), locale.toString(rate.ci.low * 100.0, 'f', 1),
             locale.toString(rate.ci.high * 100.0, 'f', 1));
}

QString EvaluationFormat::fraction(qint64 numerator, qint64 denominator,
                                   const std::optional<double> &value)
{
    return QStringLiteral("%1/%2 %3").arg(count(numerator), count(denominator), percent(value));
}

QString EvaluationFormat::points(const std::optional<double> &difference)
{
    if (!difference)
        return undefined();
    return tr("%1 pp").arg(number(*difference * 100.0, 1, true));
}

QString EvaluationFormat::pointsInterval(const stats::Interval &interval)
{
    return QStringLiteral("[%1, %2]")
        .arg(number(interval.low * 100.0, 1, true), number(interval.high * 100.0, 1, true));
}

QString EvaluationFormat::number(const std::optional<double> &value, int decimals, bool sign)
{
    if (!value)
        return undefined();
    const QString text = QLocale().toString(*value, 'f', decimals);
    return sign && *value >= 0.0 ? QLatin1Char('+') + text : text;
}

QString EvaluationFormat::interval(const std::optional<stats::Interval> &interval, int decimals)
{
    if (!interval)
        return undefined();
    return QStringLiteral("[%1, %2]")
        .arg(number(interval->low, decimals), number(interval->high, decimals));
}

QString EvaluationFormat::pValue(const std::optional<double> &p)
{
    if (!p)
        return undefined();
    return *p >= 0.001 ? QLocale().toString(*p, 'f', 4) : QLocale().toString(*p, 'e', 2);
}

QString EvaluationFormat::relative(const std::optional<double> &value,
                                   const std::optional<stats::Interval> &interval)
{
    if (!value)
        return undefined();
    const QString point = number(*value * 100.0, 1, true) + QLatin1Char('%');
    if (!interval)
        return point;
    return QStringLiteral("%1 [%2, %3]")
        .arg(point, number(interval->low * 100.0, 1, true),
             number(interval->high * 100.0, 1, true));
}

QString EvaluationFormat::bootstrap(const std::optional<stats::BootstrapInterval> &interval)
{
    if (!interval)
        return undefined();
    return QStringLiteral("[%1, %2]")
        .arg(number(interval->low, interval->decimals), number(interval->high, interval->decimals));
}

QString EvaluationFormat::level(double confidence)
{
    return QLocale().toString(int(std::lround(confidence * 100.0))) + QLatin1Char('%');
}

} // namespace cwb
