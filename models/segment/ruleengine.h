// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

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

// Runs segmentation rules against a workspace's customers.
//
// The static functions query SQLite each time (the CLI's one-off counts). A RuleEngine object
// keeps a ColumnarCache of the columns rules have read, so repeated counts (the live count while
// a rule is edited) run in memory; rules the columnar evaluator declines (tag:/segment:
// references, numbers beyond 2^53, columns with values not stored as their type) are counted in
// SQL, and the result says which path ran and why.
class RuleEngine
{
public:
    // Parses, resolves tag: and segment: references (SegmentStore), type-checks and counts; throws
    // RuleError (positioned) or Error. today defaults to the current date.
    static RuleCount count(Workspace &workspace, const QString &rule, QDate today = {});
    // The same in SQL, with the rowids of the selected customers.
    static RuleSelection selectSql(Workspace &workspace, const QString &rule, QDate today = {});

    explicit RuleEngine(Workspace &workspace);
    ~RuleEngine();
    RuleEngine(const RuleEngine &) = delete;
    RuleEngine &operator=(const RuleEngine &) = delete;

    // Counts through the columnar cache (loading the columns the rule reads on first use, or
    // after the workspace's data changed), falling back to SQL. Same errors as the static count;
    // cwb::Cancelled when job asks to stop.
    RuleCount count(const QString &rule, QDate today = {}, JobControl *job = nullptr);
    // The same with the selected customers' rowids.
    RuleSelection select(const QString &rule, QDate today = {}, JobControl *job = nullptr);

    ColumnarCache &cache() { return *m_cache; }

private:
    RuleSelection run(const QString &rule, QDate today, bool withRowids, JobControl *job);

    Workspace &m_workspace;
    std::unique_ptr<ColumnarCache> m_cache;
};

} // namespace cwb
