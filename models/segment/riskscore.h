// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <limits>
#include <vector>

namespace cwb {

// One churn-risk signal the planner can see and change: a condition "expression op threshold"
// in the rule language (rulecompiler.h) and the weight it adds to the score when it holds.
// Example: {"contract ending", "months_between(contract_end, today)", "<", 3, 2}.
struct RiskSignal
{
    QString name;
    QString expression; // a number-valued rule expression: a column or a formula
    QString op;         // <, <=, >, >=, =, !=
    double threshold = 0;
    double weight = 1; // > 0

    // The condition as rule text, e.g. "months_between(contract_end, today) < 3".
    QString condition() const;
};

// The default signals for a canonical extract (see docs/segmentation-analytics.md): short
// tenure, fee decline from M3 to M1, complaints, late payments, contract ending, no broadband.
QList<RiskSignal> defaultRiskSignals();

// Checks names, operators and weights; throws cwb::Error naming the signal at fault.
void validateSignals(const QList<RiskSignal> &riskSignals);

// The risk score of each customer: the sum of the weights of the signals that hold.
// holds[s][row] is 1 when signal s holds, 0 when it does not, NaN when it is unknown (a value
// it needs is missing): an unknown signal does not hold and adds nothing.
std::vector<double> riskScores(const std::vector<std::vector<double>> &holds,
                               const std::vector<double> &weights);

// A rule that selects exactly the customers with low <= score < high (use -inf / +inf for an
// open end), built from the signals' conditions; unknown conditions count as not holding, as in
// riskScores. The rule is a disjunction of the smallest sets of signals that reach low
// (AND-ed with a conjunction that keeps the score under high). Returns an empty string when the
// rule would need more than maxTerms sets (too long to be useful).
QString scoreBandRule(const QList<RiskSignal> &riskSignals, double low,
                      double high = std::numeric_limits<double>::infinity(), int maxTerms = 24);

} // namespace cwb
