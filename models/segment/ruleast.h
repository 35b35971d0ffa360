// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace cwb {

// A positioned error in a rule: "line L, col C: what was expected". line() and column() (1-based,
// columns count UTF-16 characters) let an editor underline the offending text.
class RuleError : public Error
{
public:
    RuleError(int line, int column, const QString &detail);
    int line() const { return m_line; }
    int column() const { return m_column; }
    QString detail() const { return m_detail; }

private:
    int m_line;
    int m_column;
    QString m_detail;
};

// One node of a parsed segmentation rule. The parser builds it, the printer turns it back into
// canonical rule text and the compiler turns it into SQL with bound parameters.
struct RuleNode
{
    enum class Kind
    {
        Number,     // text: the literal as written ("12", "0.5")
        String,     // text: the value (escapes removed)
        Boolean,    // text: "true" or "false"
        Today,      // the current date
        Field,      // text: the name or label as written; quoted: written in backticks
        Tag,        // text: tag name (tag:NAME); replaced by its rule by resolveReferences
        Segment,    // text: segment name (segment:"NAME"); after resolveReferences only list
                    // segments are left, with segmentId set
        Not,        // children: [operand]
        Negate,     // unary minus; children: [operand]
        And,        // children: [left, right]
        Or,         // children: [left, right]
        Compare,    // text: = != <> < <= > >=; children: [left, right]
        Arith,      // text: + - * /; children: [left, right]
        In,         // negated: NOT IN; children: [value, item...]
        Between,    // negated: NOT BETWEEN; children: [value, low, high]
        Contains,   // negated: NOT CONTAINS; children: [value, needle]
        StartsWith, // negated: NOT STARTS WITH; children: [value, prefix]
        IsNull,     // negated: IS NOT NULL; children: [value]
        Call        // text: function name in lower case; children: arguments
    };

    Kind kind = Kind::Number;
    QString text;
    bool negated = false;
    bool quoted = false;
    int line = 1;
    int column = 1;
    // Set by resolveReferences (ruleresolver.h). segmentId: the id of the list segment a Segment
    // node names. via: for a node that came from a tag's or segment's rule, the chain of
    // references it was expanded from ("tag:trader", "segment:\"高值\" -> tag:trader"); its
    // line and column are then those of the reference in the rule as written.
    qint64 segmentId = 0;
    QString via;
    std::vector<std::unique_ptr<RuleNode>> children;
};
using RulePtr = std::unique_ptr<RuleNode>;

// Canonical rule text: upper-case keywords, single spaces, parentheses only where precedence
// needs them. parseRule(printRule(n)) gives a tree that prints the same again.
QString printRule(const RuleNode &node);

// The closest of candidates to word by edit distance (case-insensitive), or an empty string when
// none is close enough to be a plausible typo.
QString closestName(const QString &word, const QStringList &candidates);

} // namespace cwb
