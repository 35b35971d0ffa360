// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/ruleengine.h"

#include "core/jobcontrol.h"
#include "segment/columnarcache.h"
#include "segment/columnevaluator.h"
#include "segment/rulecompiler.h"
#include "segment/ruleparser.h"
#include "segment/ruleresolver.h"
#include "segment/segmentstore.h"
#include "workspace/workspace.h"

#include <sqlite3.h>

#include <algorithm>

namespace cwb {

namespace {

void requireCustomers(Workspace &workspace)
{
    if (!workspace.db().tableExists(QStringLiteral("customers")))
        throw Error(QStringLiteral("%1 has no customers yet: import an extract first")
                        .arg(workspace.path()));
}

void checkLimit(int limit)
{
    if (limit < 0 || limit > 10000)
        throw Error(QStringLiteral("a sample holds 0 to 10000 customers, not %1").arg(limit));
}

// A rule parsed, with its references expanded and type-checked: what every path starts from.
struct PreparedRule
{
    QList<RuleField> fields;
    RulePtr tree;        // the resolved tree (checked points into it)
    CheckedRule checked; // with the SQL for the fallback
};

PreparedRule prepare(Workspace &workspace, const QString &ruleText, QDate today)
{
    requireCustomers(workspace);
    PreparedRule prepared;
    prepared.fields = RuleCompiler::loadFields(workspace.db());
    const RulePtr parsed = parseRule(ruleText);
    prepared.tree = resolveReferences(*parsed, SegmentStore(workspace, today).definitions()).tree;
    prepared.checked = RuleCompiler(prepared.fields, today).check(*prepared.tree);
    return prepared;
}

// While alive, SQLite polls the job's cancel flag every few thousand virtual-machine steps and
// interrupts the running statement when it is set; the statement then fails and the caller
// turns that failure into Cancelled.
class CancelWatch
{
public:
    CancelWatch(Database &db, JobControl *job) : m_db(db), m_job(job)
    {
        if (m_job)
            sqlite3_progress_handler(m_db.handle(), 4000, &CancelWatch::poll, m_job);
    }
    ~CancelWatch()
    {
        if (m_job)
            sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
    }
    CancelWatch(const CancelWatch &) = delete;
    CancelWatch &operator=(const CancelWatch &) = delete;

    // Runs work; an error caused by the interruption becomes Cancelled.
    template <typename Work> auto run(Work work)
    {
        try {
            if (m_job)
                m_job->throwIfCancelled();
            return work();
        } catch (const Cancelled &) {
            throw;
        } catch (const Error &e) {
            if (m_job && m_job->isCancelled())
                throw Cancelled();
            // The parser keeps rules within 32 levels, but some functions expand to deeper SQL
            // than SQLite's parser accepts; say so instead of showing the SQL.
            if (e.message().contains(QLatin1String("parser stack overflow")) ||
                e.message().contains(QLatin1String("Expression tree is too large")))
                throw Error(QStringLiteral("the rule nests too many functions and operators for "
                                           "the database to run it; write it with fewer levels"));
            throw;
        }
    }

private:
    static int poll(void *job) { return static_cast<JobControl *>(job)->isCancelled() ? 1 : 0; }

    Database &m_db;
    JobControl *m_job;
};

void setShare(RuleCount &result)
{
    result.share = result.base > 0 ? double(result.count) / double(result.base) : 0.0;
}

RuleSelection sqlSelection(Workspace &workspace, const CompiledRule &compiled, bool withRowids,
                           JobControl *job)
{
    Database &db = workspace.db();
    RuleSelection result;
    result.count.sql = compiled.sql;
    CancelWatch watch(db, job);
    watch.run([&] {
        if (withRowids) {
            Statement query(db,
                            QStringLiteral("SELECT rowid FROM customers WHERE %1 ORDER BY rowid")
                                .arg(compiled.sql)
                                .toStdString());
            for (int i = 0; i < compiled.params.size(); ++i)
                query.bindVariant(i + 1, compiled.params.at(i));
            while (query.step())
                result.rowids.push_back(query.int64(0));
            result.count.count = qint64(result.rowids.size());
        } else {
            result.count.count = db.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE %1")
                                               .arg(compiled.sql)
                                               .toStdString(),
                                           compiled.params)
                                     .toLongLong();
        }
        return 0;
    });
    result.count.base = workspace.customerCount();
    setShare(result.count);
    return result;
}

QStringList quotedColumns(const QList<RuleField> &fields)
{
    QStringList columns;
    for (const RuleField &field : fields)
        columns << Database::quoteIdentifier(field.name);
    return columns;
}

void readRow(Statement &query, RuleSample &result)
{
    QVariantList row;
    row.reserve(query.columnCount());
    for (int c = 0; c < query.columnCount(); ++c)
        row << query.value(c);
    result.rows << row;
}

RuleSample sqlSample(Workspace &workspace, const PreparedRule &prepared, int limit, JobControl *job)
{
    Database &db = workspace.db();
    RuleSample result;
    result.columns = prepared.fields;
    const QStringList columns = quotedColumns(prepared.fields);
    if (columns.isEmpty())
        return result; // check() has already refused any rule naming a field
    const CompiledRule &compiled = prepared.checked.sql;
    CancelWatch watch(db, job);
    watch.run([&] {
        Statement query(db, QStringLiteral("SELECT %1 FROM customers WHERE %2 ORDER BY rowid "
                                           "LIMIT ?")
                                .arg(columns.join(QStringLiteral(", ")), compiled.sql)
                                .toStdString());
        int index = 1;
        for (const QVariant &param : compiled.params)
            query.bindVariant(index++, param);
        query.bind(index, limit);
        while (query.step())
            readRow(query, result);
        return 0;
    });
    return result;
}

} // namespace

RuleCount RuleEngine::count(Workspace &workspace, const QString &rule, QDate today, JobControl *job)
{
    const PreparedRule prepared = prepare(workspace, rule, today);
    return sqlSelection(workspace, prepared.checked.sql, false, job).count;
}

RuleSelection RuleEngine::selectSql(Workspace &workspace, const QString &rule, QDate today,
                                    JobControl *job)
{
    const PreparedRule prepared = prepare(workspace, rule, today);
    return sqlSelection(workspace, prepared.checked.sql, true, job);
}

RuleSample RuleEngine::sample(Workspace &workspace, const QString &rule, int limit, QDate today,
                              JobControl *job)
{
    checkLimit(limit);
    const PreparedRule prepared = prepare(workspace, rule, today);
    return sqlSample(workspace, prepared, limit, job);
}

RuleEngine::RuleEngine(Workspace &workspace)
    : m_workspace(workspace), m_cache(std::make_unique<ColumnarCache>(workspace))
{}

RuleEngine::~RuleEngine() = default;

RuleCount RuleEngine::count(const QString &rule, QDate today, JobControl *job)
{
    return run(rule, today, false, job).count;
}

RuleSelection RuleEngine::select(const QString &rule, QDate today, JobControl *job)
{
    return run(rule, today, true, job);
}

RuleSample RuleEngine::sample(const QString &rule, int limit, QDate today, JobControl *job)
{
    checkLimit(limit);
    return rows(run(rule, today, true, job).rowids, limit);
}

RuleSample RuleEngine::rows(const std::vector<qint64> &rowids, int limit)
{
    checkLimit(limit);
    RuleSample result;
    result.columns = RuleCompiler::loadFields(m_workspace.db());
    const QStringList columns = quotedColumns(result.columns);
    if (columns.isEmpty())
        return result;
    Statement query(m_workspace.db(), QStringLiteral("SELECT %1 FROM customers WHERE rowid = ?")
                                          .arg(columns.join(QStringLiteral(", ")))
                                          .toStdString());
    const std::size_t n = std::min(rowids.size(), std::size_t(limit));
    for (std::size_t i = 0; i < n; ++i) {
        query.reset();
        query.bind(1, rowids[i]);
        if (query.step())
            readRow(query, result);
    }
    return result;
}

RuleSelection RuleEngine::run(const QString &ruleText, QDate today, bool withRowids,
                              JobControl *job)
{
    const PreparedRule prepared = prepare(m_workspace, ruleText, today);
    const ColumnEvaluator evaluator(prepared.checked);
    QString why = evaluator.unsupportedReason();
    if (evaluator.supported()) {
        m_cache->ensure(evaluator.columns(), job);
        if (auto match = evaluator.evaluate(*m_cache, withRowids, &why, job)) {
            RuleSelection result;
            result.count.count = match->count;
            result.count.base = m_cache->rowCount();
            result.count.sql = prepared.checked.sql.sql;
            result.count.path = RuleCount::Path::Columnar;
            setShare(result.count);
            result.rowids = std::move(match->rowids);
            return result;
        }
    }
    RuleSelection result = sqlSelection(m_workspace, prepared.checked.sql, withRowids, job);
    result.count.fallbackReason = why;
    return result;
}

} // namespace cwb
