// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/ruleengine.h"

#include "segment/columnarcache.h"
#include "segment/columnevaluator.h"
#include "segment/rulecompiler.h"
#include "segment/segmentstore.h"
#include "workspace/workspace.h"

namespace cwb {

namespace {

void requireCustomers(Workspace &workspace)
{
    if (!workspace.db().tableExists(QStringLiteral("customers")))
        throw Error(QStringLiteral("%1 has no customers yet: import an extract first")
                        .arg(workspace.path()));
}

void setShare(RuleCount &result)
{
    result.share = result.base > 0 ? double(result.count) / double(result.base) : 0.0;
}

RuleSelection sqlSelection(Workspace &workspace, const CompiledRule &compiled, bool withRowids)
{
    Database &db = workspace.db();
    RuleSelection result;
    result.count.sql = compiled.sql;
    if (withRowids) {
        Statement query(db, QStringLiteral("SELECT rowid FROM customers WHERE %1 ORDER BY rowid")
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
    result.count.base = workspace.customerCount();
    setShare(result.count);
    return result;
}

} // namespace

RuleCount RuleEngine::count(Workspace &workspace, const QString &rule, QDate today)
{
    requireCustomers(workspace);
    // tag:NAME and segment:"NAME" are expanded from the workspace's library first.
    return sqlSelection(workspace, SegmentStore(workspace, today).compile(rule), false).count;
}

RuleSelection RuleEngine::selectSql(Workspace &workspace, const QString &rule, QDate today)
{
    requireCustomers(workspace);
    return sqlSelection(workspace, SegmentStore(workspace, today).compile(rule), true);
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

RuleSelection RuleEngine::run(const QString &ruleText, QDate today, bool withRowids,
                              JobControl *job)
{
    requireCustomers(m_workspace);
    const RuleCompiler compiler(RuleCompiler::loadFields(m_workspace.db()), today);
    const ResolvedRule resolved = SegmentStore(m_workspace, today).resolve(ruleText);
    const RuleNode &rule = *resolved.tree;
    const CheckedRule checked = compiler.check(rule);
    const ColumnEvaluator evaluator(checked);
    QString why = evaluator.unsupportedReason();
    if (evaluator.supported()) {
        m_cache->ensure(evaluator.columns(), job);
        if (auto match = evaluator.evaluate(*m_cache, withRowids, &why, job)) {
            RuleSelection result;
            result.count.count = match->count;
            result.count.base = m_cache->rowCount();
            result.count.sql = checked.sql.sql;
            result.count.path = RuleCount::Path::Columnar;
            setShare(result.count);
            result.rowids = std::move(match->rowids);
            return result;
        }
    }
    RuleSelection result = sqlSelection(m_workspace, checked.sql, withRowids);
    result.count.fallbackReason = why;
    return result;
}

} // namespace cwb
