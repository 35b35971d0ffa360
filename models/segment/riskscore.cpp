// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/riskscore.h"

#include "core/error.h"

#include <QLocale>

#include <cmath>

namespace cwb {

QString RiskSignal::condition() const
{
    return QStringLiteral("%1 %2 %3")
        .arg(expression, op, QString::number(threshold, 'f', QLocale::FloatingPointShortest));
}

QList<RiskSignal> defaultRiskSignals()
{
    return {
        {QStringLiteral("short tenure"), QStringLiteral("months_between(today, join_date)"),
         QStringLiteral("<"), 12, 1},
        {QStringLiteral("fee decline M3 to M1"), QStringLiteral("total_fee_m1 / total_fee_m3"),
         QStringLiteral("<"), 0.7, 2},
        {QStringLiteral("complaints"), QStringLiteral("complaints_3m"), QStringLiteral(">="), 1, 2},
        {QStringLiteral("late payments"), QStringLiteral("late_payments_3m"), QStringLiteral(">="),
         1, 1},
        {QStringLiteral("contract ending"), QStringLiteral("months_between(contract_end, today)"),
         QStringLiteral("<"), 3, 2},
        {QStringLiteral("no broadband"), QStringLiteral("broadband_mbps"), QStringLiteral("="), 0,
         1},
    };
}

void validateSignals(const QList<RiskSignal> &riskSignals)
{
    static const QStringList ops{QStringLiteral("<"),  QStringLiteral("<="), QStringLiteral(">"),
                                 QStringLiteral(">="), QStringLiteral("="),  QStringLiteral("!=")};
    if (riskSignals.isEmpty())
        throw Error(QStringLiteral("the risk score needs at least one signal"));
    for (const RiskSignal &s : riskSignals) {
        const QString who = s.name.isEmpty() ? s.expression : s.name;
        if (s.expression.trimmed().isEmpty())
            throw Error(QStringLiteral("risk signal '%1': the expression is empty").arg(who));
        if (!ops.contains(s.op))
            throw Error(QStringLiteral("risk signal '%1': expected one of %2 as the comparison, "
                                       "got '%3'")
                            .arg(who, ops.join(QLatin1Char(' ')), s.op));
        if (!std::isfinite(s.threshold))
            throw Error(
                QStringLiteral("risk signal '%1': the threshold must be a finite number").arg(who));
        if (!(s.weight > 0) || !std::isfinite(s.weight))
            throw Error(QStringLiteral("risk signal '%1': the weight must be a positive number, "
                                       "got %2 (reverse the condition instead of a negative "
                                       "weight)")
                            .arg(who)
                            .arg(s.weight));
    }
}

std::vector<double> riskScores(const std::vector<std::vector<double>> &holds,
                               const std::vector<double> &weights)
{
    if (holds.size() != weights.size())
        throw Error(QStringLiteral("risk score: %1 signal columns but %2 weights")
                        .arg(holds.size())
                        .arg(weights.size()));
    const std::size_t rows = holds.empty() ? 0 : holds.front().size();
    std::vector<double> scores(rows, 0.0);
    for (std::size_t s = 0; s < holds.size(); ++s) {
        if (holds[s].size() != rows)
            throw Error(QStringLiteral("risk score: signal columns of different lengths"));
        for (std::size_t r = 0; r < rows; ++r)
            if (holds[s][r] == 1.0) // NaN (unknown) and 0 add nothing
                scores[r] += weights[s];
    }
    return scores;
}

namespace {

// The minimal sets (bit masks over the signals) whose weight reaches threshold: every signal in
// the set is needed. Weights are positive, so "score >= threshold" holds exactly when all the
// signals of one of these sets hold.
std::vector<unsigned> minimalSets(const std::vector<double> &weights, double threshold)
{
    std::vector<unsigned> sets;
    const unsigned n = unsigned(weights.size());
    for (unsigned mask = 0; mask < (1u << n); ++mask) {
        double sum = 0;
        for (unsigned i = 0; i < n; ++i)
            if (mask & (1u << i))
                sum += weights[i];
        if (sum < threshold)
            continue;
        bool minimal = true;
        for (unsigned i = 0; i < n && minimal; ++i)
            if ((mask & (1u << i)) && sum - weights[i] >= threshold)
                minimal = false;
        if (minimal)
            sets.push_back(mask);
    }
    return sets;
}

QString holds(const RiskSignal &s)
{
    return QStringLiteral("(%1)").arg(s.condition());
}

// "Does not hold", with unknown counted as not holding.
QString fails(const RiskSignal &s)
{
    return QStringLiteral("(NOT (%1) OR (%1) IS NULL)").arg(s.condition());
}

} // namespace

QString scoreBandRule(const QList<RiskSignal> &riskSignals, double low, double high, int maxTerms)
{
    validateSignals(riskSignals);
    if (riskSignals.size() > 16)
        return {};
    std::vector<double> weights;
    for (const RiskSignal &s : riskSignals)
        weights.push_back(s.weight);
    const unsigned n = unsigned(riskSignals.size());
    QStringList parts;
    // score >= low: OR over the minimal sets of AND over their signals.
    if (std::isfinite(low) && low > 0) {
        const std::vector<unsigned> sets = minimalSets(weights, low);
        if (sets.empty())
            return QStringLiteral("false");
        if (int(sets.size()) > maxTerms)
            return {};
        QStringList terms;
        for (unsigned mask : sets) {
            QStringList all;
            for (unsigned i = 0; i < n; ++i)
                if (mask & (1u << i))
                    all << holds(riskSignals[int(i)]);
            terms << (all.size() > 1 ? QStringLiteral("(%1)").arg(all.join(QStringLiteral(" AND ")))
                                     : all.front());
        }
        parts << (terms.size() > 1 ? QStringLiteral("(%1)").arg(terms.join(QStringLiteral(" OR ")))
                                   : terms.front());
    }
    // score < high: NOT (score >= high) = AND over the minimal sets of OR over their signals
    // failing.
    if (std::isfinite(high)) {
        if (high <= 0)
            return QStringLiteral("false");
        const std::vector<unsigned> sets = minimalSets(weights, high);
        if (int(sets.size()) > maxTerms)
            return {};
        for (unsigned mask : sets) {
            QStringList any;
            for (unsigned i = 0; i < n; ++i)
                if (mask & (1u << i))
                    any << fails(riskSignals[int(i)]);
            parts << (any.size() > 1 ? QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")))
                                     : any.front());
        }
    }
    if (parts.isEmpty())
        return QStringLiteral("true");
    return parts.join(QStringLiteral(" AND "));
}

} // namespace cwb
