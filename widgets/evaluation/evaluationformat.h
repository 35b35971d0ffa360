// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluate/statistics.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cwb {

// How the Evaluation step writes the engine's figures: formatting only, no arithmetic beyond
// scaling a proportion to percent.
class EvaluationFormat
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationFormat)

public:
    static QString undefined(); // "n/a"
    static QString count(qint64 value);
    // 0.1234 -> "12.3%"; empty -> "n/a".
    static QString percent(const std::optional<double> &value, int decimals = 1);
    // A rate with its interval: "12.3% [10.1, 14.8]"; "n/a" when the rate is undefined.
    static QString rate(const stats::Rate &rate);
    // "3/7 42.9%".
    static QString fraction(qint64 numerator, qint64 denominator,
                            const std::optional<double> &value);
    // A difference of proportions in percentage points: "+17.9 pp".
    static QString points(const std::optional<double> &difference);
    // An interval of proportions in percentage points: "[-34.6, +55.9]".
    static QString pointsInterval(const stats::Interval &interval);
    // An amount with the given decimals, signed when sign is set.
    static QString number(const std::optional<double> &value, int decimals = 2, bool sign = false);
    static QString interval(const std::optional<stats::Interval> &interval, int decimals = 2);
    // p-values: 4 decimals, or scientific below 0.001.
    static QString pValue(const std::optional<double> &p);
    // A relative change with its interval: "+33.3% [+7.7, +65.1]"; the interval left out when
    // empty.
    static QString relative(const std::optional<double> &value,
                            const std::optional<stats::Interval> &interval);
    // A bootstrap interval to the decimals its resamples support (BootstrapInterval::decimals).
    static QString bootstrap(const std::optional<stats::BootstrapInterval> &interval);
    // A confidence level: 0.95 -> "95%".
    static QString level(double confidence);
};

} // namespace cwb
