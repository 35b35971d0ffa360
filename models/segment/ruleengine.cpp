// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/ruleengine.h"

#include "core/jobcontrol.h"
#include "workspace/workspace.h"

#include <sqlite3.h>

namespace cwb {

namespace {

void requireCustomers(Workspace &workspace)
{
    if (!workspace.db().tableExists(QStringLiteral("customers")))
        throw Error(QStringLiteral("%1 has no customers yet: import an extract first")
                        .arg(workspace.path()));
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

} // namespace

RuleCount RuleEngine::count(Workspace &workspace, const QString &rule, QDate today, JobControl *job)
{
    requireCustomers(workspace);
    Database &db = workspace.db();
    const RuleCompiler compiler(RuleCompiler::loadFields(db), today);
    const CompiledRule compiled = compiler.compile(rule);
    RuleCount result;
    result.sql = compiled.sql;
    CancelWatch watch(db, job);
    result.count = watch.run([&] {
        return db
            .scalar(QStringLiteral("SELECT count(*) FROM customers WHERE %1")
                        .arg(compiled.sql)
                        .toStdString(),
                    compiled.params)
            .toLongLong();
    });
    result.base = workspace.customerCount();
    result.share = result.base > 0 ? double(result.count) / double(result.base) : 0.0;
    return result;
}

RuleSample RuleEngine::sample(Workspace &workspace, const QString &rule, int limit, QDate today,
                              JobControl *job)
{
    if (limit < 0 || limit > 10000)
        throw Error(QStringLiteral("a sample holds 0 to 10000 customers, not %1").arg(limit));
    requireCustomers(workspace);
    Database &db = workspace.db();
    RuleSample result;
    result.columns = RuleCompiler::loadFields(db);
    const RuleCompiler compiler(result.columns, today);
    const CompiledRule compiled = compiler.compile(rule);
    QStringList columns;
    for (const RuleField &field : result.columns)
        columns << Database::quoteIdentifier(field.name);
    if (columns.isEmpty())
        return result; // compile() has already refused any rule naming a field
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
        while (query.step()) {
            QVariantList row;
            row.reserve(query.columnCount());
            for (int c = 0; c < query.columnCount(); ++c)
                row << query.value(c);
            result.rows << row;
        }
        return 0;
    });
    return result;
}

} // namespace cwb
