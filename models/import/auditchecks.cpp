// SPDX-License-Identifier: GPL-3.0-or-later
// What the data audit checks beyond its statistics and what it must not keep: the rows with a
// negative fee or usage (locateNegatives), and personal columns kept without their values
// (maskPersonalValues, and scrubStoredAudits for audits written by an earlier version).
#include "import/audit.h"

#include "core/error.h"
#include "import/retention.h"
#include "workspace/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cwb {

QString columnRoleName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Other:
        return QStringLiteral("other");
    case ColumnRole::PersonName:
        return QStringLiteral("person_name");
    case ColumnRole::Phone:
        return QStringLiteral("phone");
    case ColumnRole::IdNumber:
        return QStringLiteral("id_number");
    case ColumnRole::Address:
        return QStringLiteral("address");
    case ColumnRole::Email:
        return QStringLiteral("email");
    case ColumnRole::Money:
        return QStringLiteral("money");
    case ColumnRole::Usage:
        return QStringLiteral("usage");
    }
    return QStringLiteral("other");
}

void locateNegatives(Database &db, const QString &table, AuditReport &report)
{
    bool wanted = false;
    for (ColumnAudit &column : report.columns) {
        column.negativeLines.clear();
        wanted = wanted || (column.negatives > 0 && isAmount(column.role()));
    }
    if (!wanted)
        return;
    const qint64 origin =
        db.scalar("SELECT count(*) FROM pragma_table_info(?) WHERE name IN ('_import_id', '_line')",
                  {table})
            .toLongLong();
    if (origin != 2)
        return; // a table without the import's bookkeeping: counts only
    for (ColumnAudit &column : report.columns) {
        if (column.negatives <= 0 || !isAmount(column.role()))
            continue;
        Statement first(
            db, QStringLiteral("SELECT _import_id, _line FROM %1 WHERE %2 < 0 "
                               "ORDER BY _import_id, _line LIMIT %3")
                    .arg(Database::quoteIdentifier(table), Database::quoteIdentifier(column.name))
                    .arg(ColumnAudit::kNegativeLines)
                    .toStdString());
        while (first.step())
            column.negativeLines.append({first.int64(0), first.int64(1)});
    }
}

void maskPersonalValues(ColumnAudit &column)
{
    const ColumnRole role = column.role();
    if (!isPersonal(role))
        return;
    column.masked = true;
    column.minValue.clear();
    column.maxValue.clear();
    column.mean.reset();
    column.stddev.reset();
    column.q1.reset();
    column.median.reset();
    column.q3.reset();
    column.histogramEdges.clear();
    column.histogramCounts.clear();
    column.negatives = 0;
    column.negativeLines.clear();
    QList<QPair<QString, qint64>> kept;
    if (role == ColumnRole::Phone) {
        for (const auto &[value, count] : std::as_const(column.topValues))
            if (count > 1)
                kept.append({maskPhoneValue(value), count});
    }
    column.topValues = kept;
}

void maskPersonalValues(AuditReport &report)
{
    for (ColumnAudit &column : report.columns)
        maskPersonalValues(column);
}

namespace {

QString topValuesText(const QList<QPair<QString, qint64>> &values)
{
    QJsonArray array;
    for (const auto &[value, count] : values)
        array.append(QJsonObject{{QStringLiteral("value"), value},
                                 {QStringLiteral("count"), double(count)}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

qint64 scrubStoredAudits(Database &db)
{
    struct Change
    {
        qint64 auditId;
        qint64 position;
        QString topValues;
    };
    QList<Change> changes;
    {
        Statement rows(db, "SELECT audit_id, position, name, label, type, top_values, "
                           "min_value IS NOT NULL OR max_value IS NOT NULL OR mean IS NOT NULL OR "
                           "stddev IS NOT NULL OR q1 IS NOT NULL OR median IS NOT NULL OR "
                           "q3 IS NOT NULL OR histogram IS NOT NULL FROM audit_columns");
        while (rows.step()) {
            ColumnAudit column;
            column.name = rows.text(2);
            column.label = rows.text(3);
            column.type = columnTypeFromName(rows.text(4)).value_or(ColumnType::Text);
            if (!isPersonal(column.role()))
                continue;
            const QString stored = rows.isNull(5) ? QString() : rows.text(5);
            const QJsonArray top = QJsonDocument::fromJson(stored.toUtf8()).array();
            for (const QJsonValue &entry : top) {
                const QJsonObject object = entry.toObject();
                column.topValues.append({object.value(QStringLiteral("value")).toString(),
                                         qint64(object.value(QStringLiteral("count")).toDouble())});
            }
            maskPersonalValues(column);
            const QString masked = topValuesText(column.topValues);
            if (rows.int64(6) != 0 || stored != masked)
                changes.append({rows.int64(0), rows.int64(1), masked});
        }
    }
    if (changes.isEmpty())
        return 0;
    SecureDelete secure(db);
    Transaction transaction(db);
    Statement update(db,
                     "UPDATE audit_columns SET min_value = NULL, max_value = NULL, mean = NULL, "
                     "stddev = NULL, q1 = NULL, median = NULL, q3 = NULL, histogram = NULL, "
                     "top_values = ?3 WHERE audit_id = ?1 AND position = ?2");
    for (const Change &change : std::as_const(changes)) {
        update.reset();
        update.bind(1, change.auditId);
        update.bind(2, change.position);
        update.bind(3, change.topValues);
        update.exec();
    }
    transaction.commit();
    return qint64(changes.size());
}

} // namespace cwb
