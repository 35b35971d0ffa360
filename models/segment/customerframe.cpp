// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/customerframe.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "segment/rulecompiler.h"
#include "segment/segmentstore.h"
#include "workspace/workspace.h"

#include <limits>

namespace cwb {

namespace {

const RuleField *findField(const QList<RuleField> &fields, const QString &item)
{
    for (const RuleField &field : fields)
        if (field.name.compare(item, Qt::CaseInsensitive) == 0)
            return &field;
    for (const RuleField &field : fields)
        if (!field.label.isEmpty() && field.label.compare(item, Qt::CaseInsensitive) == 0)
            return &field;
    return nullptr;
}

void requireCustomers(Workspace &workspace)
{
    if (!workspace.db().tableExists(QStringLiteral("customers")))
        throw Error(QStringLiteral("%1 has no customers yet: import an extract first")
                        .arg(workspace.path()));
}

} // namespace

QStringList numericCustomerColumns(Workspace &workspace)
{
    requireCustomers(workspace);
    QStringList names;
    for (const RuleField &field : RuleCompiler::loadFields(workspace.db()))
        if (isNumeric(field.type))
            names << field.name;
    return names;
}

CustomerFrame loadCustomerFrame(Workspace &workspace, const QStringList &items, QDate today,
                                JobControl *job)
{
    requireCustomers(workspace);
    Database &db = workspace.db();
    const QList<RuleField> fields = RuleCompiler::loadFields(db);
    // Conditions may use tag: and segment: references: the store expands them.
    SegmentStore store(workspace, today);

    QStringList select{QStringLiteral("customer_id")};
    QVariantList params;
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            throw Error(QStringLiteral("an empty column name or condition was given"));
        if (const RuleField *field = findField(fields, item)) {
            if (!isNumeric(field->type))
                throw Error(QStringLiteral("column %1 is %2, not a number: use a condition such "
                                           "as `%1 = \"...\"` or one of the numeric columns: %3")
                                .arg(field->name, columnTypeName(field->type),
                                     numericCustomerColumns(workspace).join(QStringLiteral(", "))));
            select
                << QStringLiteral("CAST(%1 AS REAL)").arg(Database::quoteIdentifier(field->name));
            continue;
        }
        const CompiledRule compiled = store.compile(item);
        select << QStringLiteral("CAST(%1 AS REAL)").arg(compiled.sql);
        params << compiled.params;
    }

    CustomerFrame frame;
    for (const QString &item : items)
        frame.names << item.trimmed();
    frame.columns.resize(std::size_t(items.size()));
    const qint64 total = workspace.customerCount();
    frame.ids.reserve(total);
    for (auto &column : frame.columns)
        column.reserve(std::size_t(total));

    Statement query(db, QStringLiteral("SELECT %1 FROM customers ORDER BY rowid")
                            .arg(select.join(QStringLiteral(", ")))
                            .toStdString());
    for (int i = 0; i < params.size(); ++i)
        query.bindVariant(i + 1, params.at(i));
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    qint64 row = 0;
    while (query.step()) {
        frame.ids << query.text(0);
        for (std::size_t c = 0; c < frame.columns.size(); ++c)
            frame.columns[c].push_back(query.isNull(int(c) + 1) ? nan : query.real(int(c) + 1));
        if (job && (++row & 0x3fff) == 0) {
            job->throwIfCancelled();
            Progress progress;
            progress.items = row;
            job->report(progress);
        }
    }
    return frame;
}

} // namespace cwb
