// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/followup.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "evaluate/tablesource.h"
#include "import/fieldcatalog.h"
#include "import/valueparser.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

#include <string>
#include <vector>

namespace cwb {

namespace {

// Does every value of the column parse as type?
bool allParse(const std::vector<std::vector<std::string>> &rows, size_t column, ColumnType type)
{
    std::int64_t i = 0;
    double d = 0.0;
    bool b = false;
    std::string out;
    for (const std::vector<std::string> &row : rows) {
        if (column >= row.size() || row[column].empty())
            continue;
        const std::string_view text = row[column];
        const bool ok = type == ColumnType::Integer   ? value::parseInteger(text, i)
                        : type == ColumnType::Decimal ? value::parseDecimal(text, d)
                        : type == ColumnType::Date    ? value::parseDate(text, out)
                        : type == ColumnType::Boolean ? value::parseBoolean(text, b)
                                                      : true;
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QJsonObject FollowupImportResult::toJson() const
{
    QJsonArray columnArray;
    for (const RuleField &f : columns)
        columnArray.append(QJsonObject{{QStringLiteral("name"), f.name},
                                       {QStringLiteral("label"), f.label},
                                       {QStringLiteral("type"), columnTypeName(f.type)}});
    return QJsonObject{{QStringLiteral("import_id"), importId},
                       {QStringLiteral("file"), file},
                       {QStringLiteral("file_hash"), fileHash},
                       {QStringLiteral("rows_read"), rowsRead},
                       {QStringLiteral("imported"), imported},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("columns"), columnArray},
                       {QStringLiteral("rejects"), QJsonArray::fromStringList(rejects)}};
}

bool Followup::exists(Database &db)
{
    return db.tableExists(QStringLiteral("followup"));
}

QList<RuleField> Followup::fields(Database &db)
{
    QList<RuleField> fields;
    if (!exists(db))
        return fields;
    Statement query(db, "SELECT name, label, type FROM followup_columns ORDER BY position");
    while (query.step()) {
        RuleField field;
        field.name = query.text(0);
        field.label = query.text(1);
        field.type = columnTypeFromName(query.text(2)).value_or(ColumnType::Text);
        fields << field;
    }
    return fields;
}

FollowupImportResult Followup::import(Workspace &workspace, const QString &path,
                                      const FollowupImportOptions &options, JobControl *job)
{
    if (workspace.isReadOnly())
        throw Error(QStringLiteral("%1 is open read-only").arg(workspace.path()));
    FollowupImportResult result;
    result.file = path;
    result.fileHash = tableFileHash(path);

    std::unique_ptr<RecordSource> source = openTable(path, options.sheet, options.csv);
    Record record;
    if (!source->next(record))
        throw Error(QStringLiteral("%1: the file is empty (expected a header row)").arg(path));
    QStringList headers;
    QStringList names;
    QStringList labels;
    int idColumn = -1;
    for (size_t i = 0; i < record.fields.size(); ++i) {
        const QString header =
            QString::fromUtf8(record.fields[i].data(), qsizetype(record.fields[i].size()))
                .trimmed();
        const CanonicalField *canonical = FieldCatalog::match(header);
        QString name = canonical ? canonical->name : FieldCatalog::safeColumnName(header, int(i));
        if (canonical && canonical->name == QLatin1String("customer_id") && idColumn < 0)
            idColumn = int(i);
        QString unique = name;
        for (int n = 2; names.contains(unique, Qt::CaseInsensitive); ++n)
            unique = QStringLiteral("%1_%2").arg(name).arg(n);
        headers << header;
        names << unique;
        labels << (canonical ? canonical->labelZh : header);
    }
    if (idColumn < 0)
        throw Error(QStringLiteral("%1: no customer id column (the header has: %2)")
                        .arg(path, headers.join(QStringLiteral(", "))));

    // All rows in memory: a column's type is known only after its last value.
    std::vector<std::vector<std::string>> rows;
    QHash<QString, qint64> seen; // customer id -> line
    while (source->next(record)) {
        ++result.rowsRead;
        if (job && (result.rowsRead & 4095) == 0) {
            job->throwIfCancelled();
            job->report({source->bytesRead(), source->bytesTotal(), result.rowsRead, 0.0});
        }
        QString reason;
        const std::string_view idText = size_t(idColumn) < record.fields.size()
                                            ? value::trimmed(record.fields[size_t(idColumn)])
                                            : std::string_view();
        const QString id = QString::fromUtf8(idText.data(), qsizetype(idText.size()));
        if (id.isEmpty()) {
            reason = QStringLiteral("the customer id (%1) is empty").arg(headers[idColumn]);
        } else if (const auto it = seen.constFind(id); it != seen.constEnd()) {
            reason =
                QStringLiteral("customer id '%1' repeated (first on line %2)").arg(id).arg(*it);
        }
        if (!reason.isEmpty()) {
            ++result.rejected;
            if (result.rejects.size() < options.keepRejects)
                result.rejects << QStringLiteral("line %1: %2").arg(record.line).arg(reason);
            continue;
        }
        seen.insert(id, record.line);
        std::vector<std::string> row;
        row.reserve(record.fields.size());
        for (std::string_view field : record.fields)
            row.emplace_back(value::trimmed(field));
        rows.push_back(std::move(row));
    }

    QList<ColumnType> types;
    for (qsizetype c = 0; c < names.size(); ++c) {
        ColumnType type = ColumnType::Text;
        if (c != idColumn) {
            std::vector<std::string> samples;
            for (const std::vector<std::string> &row : rows) {
                if (size_t(c) < row.size() && !row[size_t(c)].empty())
                    samples.push_back(row[size_t(c)]);
                if (samples.size() >= 1000)
                    break;
            }
            type = samples.empty() ? ColumnType::Text : inferColumnType(samples, headers[c]);
            if (type == ColumnType::Phone)
                type = ColumnType::Text;
            if (type == ColumnType::Integer && !allParse(rows, size_t(c), type))
                type = ColumnType::Decimal;
            if (!allParse(rows, size_t(c), type))
                type = ColumnType::Text;
        }
        types << type;
    }

    Database &db = workspace.db();
    Transaction transaction(db);
    db.exec("DROP TABLE IF EXISTS followup");
    db.exec("DELETE FROM followup_columns");
    QString create = QStringLiteral("CREATE TABLE followup(customer_id TEXT PRIMARY KEY");
    QString insertSql = QStringLiteral("INSERT INTO followup(customer_id");
    QString placeholders = QStringLiteral("?");
    QList<int> order; // file columns in table order (customer_id first)
    order << idColumn;
    for (qsizetype c = 0; c < names.size(); ++c) {
        if (c == idColumn)
            continue;
        order << int(c);
        create += QStringLiteral(", %1 %2").arg(Database::quoteIdentifier(names[c]),
                                                sqlDeclaredType(types[c]));
        insertSql += QStringLiteral(", ") + Database::quoteIdentifier(names[c]);
        placeholders += QStringLiteral(", ?");
    }
    create += QLatin1Char(')');
    insertSql += QStringLiteral(") VALUES (") + placeholders + QLatin1Char(')');
    db.exec(create.toStdString());
    {
        Statement column(db, "INSERT INTO followup_columns(position, name, label, source_header, "
                             "type) VALUES (?, ?, ?, ?, ?)");
        for (qsizetype p = 0; p < order.size(); ++p) {
            const int c = order[p];
            const QString name = c == idColumn ? QStringLiteral("customer_id") : names[c];
            column.reset();
            column.bind(1, qint64(p));
            column.bind(2, name);
            column.bind(3, labels[c]);
            column.bind(4, headers[c]);
            column.bind(5, columnTypeName(types[c]));
            column.exec();
            result.columns.append({name, labels[c], types[c]});
        }
    }
    Statement insert(db, insertSql.toStdString());
    std::string scratch;
    for (size_t r = 0; r < rows.size(); ++r) {
        if (job && (r & 4095) == 0)
            job->throwIfCancelled();
        const std::vector<std::string> &row = rows[r];
        insert.reset();
        for (qsizetype p = 0; p < order.size(); ++p) {
            const int c = order[p];
            const int index = int(p) + 1;
            if (size_t(c) >= row.size() || row[size_t(c)].empty()) {
                insert.bindNull(index);
                continue;
            }
            const std::string_view text = row[size_t(c)];
            std::int64_t i = 0;
            double d = 0.0;
            bool b = false;
            switch (types[c]) {
            case ColumnType::Integer:
                value::parseInteger(text, i);
                insert.bind(index, qint64(i));
                break;
            case ColumnType::Decimal:
                value::parseDecimal(text, d);
                insert.bind(index, d);
                break;
            case ColumnType::Boolean:
                value::parseBoolean(text, b);
                insert.bind(index, b ? 1 : 0);
                break;
            case ColumnType::Date:
                value::parseDate(text, scratch);
                insert.bindText(index, scratch);
                break;
            default:
                insert.bindText(index, text);
                break;
            }
        }
        insert.exec();
        ++result.imported;
    }
    Statement log(db, "INSERT INTO followup_imports(file_name, file_path, file_hash, imported_at, "
                      "rows_read, imported, rejected) VALUES (?, ?, ?, ?, ?, ?, ?)");
    log.bind(1, QFileInfo(path).fileName());
    log.bind(2, QFileInfo(path).absoluteFilePath());
    log.bind(3, result.fileHash);
    log.bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    log.bind(5, result.rowsRead);
    log.bind(6, result.imported);
    log.bind(7, result.rejected);
    log.exec();
    result.importId = db.lastInsertRowId();
    transaction.commit();
    return result;
}

} // namespace cwb
