// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/rulecompiler.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

#include <memory>
#include <vector>

namespace cwb {

class ColumnarCache;
class JobControl;
class Workspace;

// How many customers a rule selects, out of how many.
struct RuleCount
{
    enum class Path
    {
        Sql,     // a query over the customers table
        Columnar // the in-memory columnar cache (ColumnarCache + ColumnEvaluator)
    };

    qint64 count = 0;
    qint64 base = 0;  // all customers in the workspace
    double share = 0; // count / base; 0 when the workspace has no customers
    QString sql;      // the compiled WHERE expression (literals are '?' parameters)
    Path path = Path::Sql;
    QString fallbackReason; // a RuleEngine object's count in SQL: why not in memory
};

// A count with the selected customers' rowids (ascending).
struct RuleSelection
{
    RuleCount count;
    std::vector<qint64> rowids;
};

// The first customers a rule selects, in import order (rowid), with every customer column.
struct RuleSample
{
    QList<RuleField> columns; // customer_columns in position order (bookkeeping excluded)
    QList<QVariantList> rows; // one value per column; a missing value is an invalid QVariant
};

// Runs segmentation rules against a workspace's customers: the one way the CLI, the GUI and the
// other modules count and select. Every call goes the same way: parse, expand tag:/segment:
// references from the workspace's library (SegmentStore::definitions, ruleresolver.h), type-check
// (RuleCompiler::check), then count.
//
// The static functions count in SQL each time (one-off counts: the CLI, a materialise; loading
// columns into memory would cost more than the one query). A RuleEngine object keeps a
// ColumnarCache of the columns rules have read, so repeated counts (the live count while a rule
// is edited) run in memory; rules the columnar evaluator declines (numbers beyond 2^53, columns
// with values not stored as their type, see columnevaluator.h) are counted in SQL, and the result
// says which path ran and why. Both paths give the same counts and rowids (tst_differential).
//
// Errors: RuleError (positioned) for a rule that does not parse, names an unknown field, tag or
// segment, or mixes types; Error for a workspace without customers. With a job, a cancel request
// stops the count (an SQL query is interrupted) and throws Cancelled. today defaults to the
// current date.
class RuleEngine
{
public:
    static RuleCount count(Workspace &workspace, const QString &rule, QDate today = {},
                           JobControl *job = nullptr);
    // The same with the rowids of the selected customers.
    static RuleSelection selectSql(Workspace &workspace, const QString &rule, QDate today = {},
                                   JobControl *job = nullptr);
    // The first `limit` customers (0 <= limit <= 10000) the rule selects, in import order.
    static RuleSample sample(Workspace &workspace, const QString &rule, int limit, QDate today = {},
                             JobControl *job = nullptr);

    explicit RuleEngine(Workspace &workspace);
    ~RuleEngine();
    RuleEngine(const RuleEngine &) = delete;
    RuleEngine &operator=(const RuleEngine &) = delete;

    // Counts through the columnar cache (loading the columns the rule reads on first use, or
    // after the workspace's data changed), falling back to SQL.
    RuleCount count(const QString &rule, QDate today = {}, JobControl *job = nullptr);
    // The same with the selected customers' rowids.
    RuleSelection select(const QString &rule, QDate today = {}, JobControl *job = nullptr);
    // The first `limit` customers the rule selects, found like count() and read by rowid.
    RuleSample sample(const QString &rule, int limit, QDate today = {}, JobControl *job = nullptr);
    // The customers of the first `limit` rowids (a selection's), with every customer column.
    RuleSample rows(const std::vector<qint64> &rowids, int limit);

    Workspace &workspace() { return m_workspace; }
    ColumnarCache &cache() { return *m_cache; }

private:
    RuleSelection run(const QString &rule, QDate today, bool withRowids, JobControl *job);

    Workspace &m_workspace;
    std::unique_ptr<ColumnarCache> m_cache;
};

} // namespace cwb
