// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/rulecompiler.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace cwb {

class ColumnarCache;
class JobControl;

// The customers a rule selects, as the columnar evaluator found them.
struct ColumnMatch
{
    qint64 count = 0;
    std::vector<qint64> rowids; // ascending; filled only when asked for
};

// Evaluates a checked rule over a ColumnarCache, block by block, with exactly the semantics of
// the SQL the RuleCompiler makes (documented in rulecompiler.h): three-valued logic with NaN as
// the missing value, floating arithmetic, division by zero missing, text compared byte by byte
// as SQLite's BINARY collation does, dates as day numbers (their 'YYYY-MM-DD' text orders the
// same way).
//
// Rules arrive with tag: and rule segment references expanded (resolveReferences wraps each as
// coalesce(RULE, false), a condition-valued coalesce evaluated like any other); a list segment
// left as a Segment node is its membership, read when evaluate() runs
// (ColumnarCache::listMembership), as the SQL `customer_id IN (SELECT ... segment_list ...)`.
//
// Where the two could differ the evaluator declines and the caller counts in SQL:
// - an unresolved tag: or segment: reference (resolveReferences was not run);
// - a comparison of a date with text that is not a date literal inside IN or BETWEEN;
// - numbers beyond 2^53 anywhere in the arithmetic (SQLite computes whole numbers exactly in 64
//   bits, doubles would round);
// - a column holding a value not stored as its type says (CachedColumn::inexact).
class ColumnEvaluator
{
public:
    explicit ColumnEvaluator(const CheckedRule &rule);
    ~ColumnEvaluator();
    ColumnEvaluator(const ColumnEvaluator &) = delete;
    ColumnEvaluator &operator=(const ColumnEvaluator &) = delete;

    // False when the rule's form cannot be evaluated here (see unsupportedReason()).
    bool supported() const { return m_reason.isEmpty(); }
    QString unsupportedReason() const { return m_reason; }
    // The customer columns the rule reads (names as in customer_columns).
    QStringList columns() const { return m_columns; }
    // The list segments the rule reads (their ids).
    const std::vector<qint64> &listSegments() const { return m_lists; }

    // Evaluates over cache, which must hold columns(). Returns std::nullopt, with the reason in
    // *whyNot, when the rule is not supported or the data would make the result differ from
    // SQL's. Throws cwb::Cancelled when job asks to stop. Not for concurrent calls on one
    // evaluator.
    std::optional<ColumnMatch> evaluate(const ColumnarCache &cache, bool withRowids,
                                        QString *whyNot = nullptr, JobControl *job = nullptr) const;

    struct Expr;

private:
    QString m_reason;
    QStringList m_columns;
    std::vector<qint64> m_lists;
    std::unique_ptr<Expr> m_root;
};

} // namespace cwb
