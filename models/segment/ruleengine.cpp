// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/ruleengine.h"

#include "segment/rulecompiler.h"
#include "segment/segmentstore.h"
#include "workspace/workspace.h"

namespace cwb {

RuleCount RuleEngine::count(Workspace &workspace, const QString &rule, QDate today)
{
    Database &db = workspace.db();
    if (!db.tableExists(QStringLiteral("customers")))
        throw Error(QStringLiteral("%1 has no customers yet: import an extract first")
                        .arg(workspace.path()));
    // tag:NAME and segment:"NAME" are expanded from the workspace's library first.
    const CompiledRule compiled = SegmentStore(workspace, today).compile(rule);
    RuleCount result;
    result.sql = compiled.sql;
    result.count = db.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE %1")
                                 .arg(compiled.sql)
                                 .toStdString(),
                             compiled.params)
                       .toLongLong();
    result.base = workspace.customerCount();
    result.share = result.base > 0 ? double(result.count) / double(result.base) : 0.0;
    return result;
}

} // namespace cwb
