// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "import/importpipeline.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "import/displaytext.h"
#include "import/retention.h"
#include "import/valueparser.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <exception>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

#include <sqlite3.h>

namespace cwb {

using namespace pipeline;

QJsonObject ImportResult::toJson() const
{
    QJsonArray columns;
    for (const ColumnPlan &column : plan.columns) {
        columns.append(QJsonObject{{QStringLiteral("name"), column.name},
                                   {QStringLiteral("source"), column.sourceHeader},
                                   {QStringLiteral("type"), columnTypeName(column.type)},
                                   {QStringLiteral("canonical"), column.canonical}});
    }
    return QJsonObject{
        {QStringLiteral("import_id"), importId},
        {QStringLiteral("file"), plan.path},
        {QStringLiteral("format"), plan.format},
        {QStringLiteral("encoding"), plan.encoding},
        {QStringLiteral("delimiter"),
         plan.format == QLatin1String("csv") ? plan.delimiterName() : QString()},
        {QStringLiteral("sheet"), plan.sheet},
        {QStringLiteral("rows_read"), rowsRead},
        {QStringLiteral("imported"), imported},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("replaced"), replaced},
        {QStringLiteral("duplicate_ids"), duplicateIds},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("file_hash"), fileHash},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
    };
}

QJsonObject ImportPreview::toJson() const
{
    QJsonArray rejectList;
    for (const auto &[line, reason] : rejects)
        rejectList.append(
            QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("reason"), reason}});
    QJsonObject reasonCounts;
    for (const auto &[kind, rows] : reasons)
        reasonCounts.insert(kind, rows);
    return QJsonObject{{QStringLiteral("rows_checked"), rowsChecked},
                       {QStringLiteral("would_reject"), wouldReject},
                       {QStringLiteral("rejects"), rejectList},
                       {QStringLiteral("reasons"), reasonCounts}};
}

ImportPreview Importer::preview(const QString &path, const ImportOptions &options,
                                const QList<ColumnPlan> &existing)
{
    ImportPlan plan;
    OpenedSource opened = openSource(path, options, plan);
    planColumns(plan, opened, options, existing);
    ImportPreview preview = validateSample(plan, opened, options);
    preview.plan = plan;
    return preview;
}

ImportPreview Importer::validateSample(const ImportPlan &plan, const OpenedSource &opened,
                                       const ImportOptions &options)
{
    ImportPreview preview;
    Shared shared;
    shared.plan = &plan;
    shared.options = &options;
    shared.importId = 0;
    shared.profile = false;
    shared.invalid.assign(std::size_t(plan.columns.size()), 0);
    shared.promoted.assign(std::size_t(plan.columns.size()), false);
    Parser parser(shared);
    Batch batch;
    std::vector<std::string_view> fields;
    std::unordered_set<std::string> ids;
    QMap<QString, qint64> reasons;
    const std::size_t width = std::size_t(plan.columns.size());
    auto addReject = [&](qint64 line, const QString &kind, const QString &reason) {
        ++preview.wouldReject;
        reasons[kind.isEmpty() ? QStringLiteral("(field count)") : kind] += 1;
        if (preview.rejects.size() < 200)
            preview.rejects.append({line, reason});
    };
    for (std::size_t s = 0; s < opened.sampleFields.size(); ++s) {
        batch.clear();
        fields.assign(opened.sampleFields[s].begin(), opened.sampleFields[s].end());
        parser.parse(fields, opened.sampleLines[s], opened.sampleRaw[s], batch);
        ++preview.rowsChecked;
        for (const RejectRow &reject : batch.rejects)
            addReject(reject.line, reject.column, reject.reason);
        if (batch.rows() == 1) {
            const Cell &id = batch.cells[0];
            const std::string key(batch.view(id.offset, id.length));
            if (!ids.insert(key).second)
                addReject(batch.lines[0], QStringLiteral("customer_id"),
                          QCoreApplication::translate("cwb::Import", "duplicate customer id '%1'")
                              .arg(display::value(key)));
        }
        Q_ASSERT(batch.cells.size() == batch.rows() * width);
    }
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        preview.reasons.append({it.key(), it.value()});
    std::sort(preview.reasons.begin(), preview.reasons.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    return preview;
}

QList<ColumnPlan> Importer::existingColumns(Workspace &workspace)
{
    QList<ColumnPlan> columns;
    if (!workspace.hasCustomers())
        return columns;
    Statement query(workspace.db(), "SELECT name, label, source_header, type, canonical "
                                    "FROM customer_columns ORDER BY position");
    while (query.step()) {
        ColumnPlan column;
        column.name = query.text(0);
        column.label = query.text(1);
        column.sourceHeader = query.text(2);
        column.type = columnTypeFromName(query.text(3)).value_or(ColumnType::Text);
        column.canonical = query.int64(4) != 0;
        columns << column;
    }
    return columns;
}

ImportResult Importer::run(Workspace &workspace, const QString &path, const ImportOptions &options,
                           JobControl *job)
{
    if (workspace.isReadOnly())
        throw Error(QStringLiteral("the workspace is open read-only"));
    if (!(options.maxRejectRatio >= 0.0 && options.maxRejectRatio <= 1.0))
        throw Error(QStringLiteral("the reject limit must be a share between 0 and 1, not %1")
                        .arg(options.maxRejectRatio));
    QElapsedTimer timer;
    timer.start();
    Database &db = workspace.db();
    const bool append = options.mode == ImportMode::Append && workspace.hasCustomers();

    ImportResult result;
    OpenedSource opened = openSource(path, options, result.plan);
    const QList<ColumnPlan> existing = append ? existingColumns(workspace) : QList<ColumnPlan>();
    planColumns(result.plan, opened, options, existing);
    const ImportPlan &plan = result.plan;
    if (const QString problem =
            columnCountProblem(plan, existing, sqlite3_limit(db.handle(), SQLITE_LIMIT_COLUMN, -1));
        !problem.isEmpty())
        throw Error(problem);

    db.exec("PRAGMA cache_size = -32768"); // 32 MB: the unique index stays in memory
    Transaction transaction(db);

    // The import log entry first: rejects refer to it.
    {
        Statement log(db, "INSERT INTO imports(file_name, file_path, file_size, started_at, mode, "
                          "encoding, delimiter, sheet, options_json) VALUES (?,?,?,?,?,?,?,?,?)");
        log.bind(1, QFileInfo(path).fileName());
        log.bind(2, QFileInfo(path).absoluteFilePath());
        log.bind(3, plan.fileSize);
        log.bind(4, nowIso());
        log.bind(5, append ? QStringLiteral("append") : QStringLiteral("replace"));
        log.bind(6, plan.encoding);
        log.bind(7, plan.format == QLatin1String("csv") ? plan.delimiterName() : QString());
        log.bind(8, plan.sheet);
        log.bind(9,
                 QString::fromUtf8(QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact)));
        log.exec();
    }
    result.importId = db.lastInsertRowId();
    // A replace import replaces every earlier import: their rejects and audits go in this
    // transaction (the import log stays), before any new reject is written into the pages they
    // leave (docs/user-guide.md, "What the workspace keeps").
    if (!append)
        Retention::dropReplacedImports(db, result.importId);

    // The target table: a new staging table (replace) or the existing one, widened (append).
    QString table = QString::fromLatin1(kStagingTable);
    if (append) {
        table = QStringLiteral("customers");
        for (const ColumnPlan &column : plan.columns) {
            const bool known =
                std::any_of(existing.cbegin(), existing.cend(),
                            [&](const ColumnPlan &c) { return c.name == column.name; });
            if (!known)
                db.exec(
                    QStringLiteral("ALTER TABLE customers ADD COLUMN %1 %2")
                        .arg(Database::quoteIdentifier(column.name), sqlDeclaredType(column.type))
                        .toStdString());
        }
    } else {
        db.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table).toStdString());
        db.exec(createTableSql(table, plan.columns).toStdString());
        db.exec(QStringLiteral("CREATE UNIQUE INDEX customers_id_%1 ON %2(customer_id)")
                    .arg(result.importId)
                    .arg(table)
                    .toStdString());
    }

    Shared shared;
    shared.plan = &plan;
    shared.options = &options;
    shared.importId = result.importId;
    shared.profile = !append;
    shared.invalid.assign(std::size_t(plan.columns.size()), 0);
    shared.promoted.assign(std::size_t(plan.columns.size()), false);
    if (shared.profile)
        for (const ColumnPlan &column : plan.columns)
            shared.profilers.emplace_back(column.type);

    Writer writer(workspace, shared, table);
    BatchQueue queue;
    std::thread reader([&] {
        try {
            readAll(opened, shared, queue);
            queue.finish(nullptr);
        } catch (...) {
            queue.finish(std::current_exception());
        }
    });
    struct Joiner
    {
        std::thread &thread;
        Shared &shared;
        BatchQueue &queue;
        ~Joiner()
        {
            shared.stop = true;
            queue.close();
            if (thread.joinable())
                thread.join();
        }
    } joiner{reader, shared, queue};

    result.fileHash = fileHash(path);
    while (std::unique_ptr<Batch> batch = queue.takeFull()) {
        if (job)
            job->throwIfCancelled();
        writer.write(*batch);
        result.rowsRead += batch->rowsRead;
        if (job)
            job->report({batch->bytesRead, batch->bytesTotal, result.rowsRead, 0.0});
        queue.giveBack(std::move(batch));
    }
    queue.rethrow();
    if (job)
        job->throwIfCancelled();
    rejectEarlierRows(writer, shared, plan, options);

    result.rejected = writer.rejected;
    result.replaced = writer.replaced;
    result.duplicateIds = writer.duplicateRows;
    if (result.rowsRead == 0)
        throw Error(
            QStringLiteral("%1 has a header but no data rows; nothing was imported").arg(path));
    const double ratio = double(result.rejected) / double(result.rowsRead);
    if (ratio > options.maxRejectRatio) {
        const QString first = db.scalar("SELECT 'line ' || line || ': ' || reason FROM rejects "
                                        "WHERE import_id = ? ORDER BY line LIMIT 1",
                                        {result.importId})
                                  .toString();
        throw Error(QStringLiteral("%1 of %2 rows (%3%) were rejected, more than the limit of "
                                   "%4%; nothing was imported. First: %5")
                        .arg(result.rejected)
                        .arg(result.rowsRead)
                        .arg(ratio * 100.0, 0, 'f', 1)
                        .arg(options.maxRejectRatio * 100.0, 0, 'f', 1)
                        .arg(first));
    }

    // Widened integer columns are decimals from now on.
    for (int c = 0; c < plan.columns.size(); ++c)
        if (shared.promoted[std::size_t(c)])
            result.plan.columns[c].type = ColumnType::Decimal;

    // Swap the new table in and record its columns.
    if (!append) {
        {
            // The replaced customers are overwritten, not left in free pages of the file (the
            // default of Debian's SQLite; other builds need asking).
            SecureDelete secure(db);
            db.exec("DROP TABLE IF EXISTS customers");
        }
        db.exec(QStringLiteral("ALTER TABLE %1 RENAME TO customers").arg(table).toStdString());
        db.exec("DELETE FROM customer_columns");
    }
    {
        Statement column(db, "INSERT INTO customer_columns(position, name, label, source_header, "
                             "type, canonical) VALUES (?,?,?,?,?,?) ON CONFLICT(name) DO UPDATE "
                             "SET type = excluded.type");
        const qint64 base =
            db.scalar("SELECT coalesce(max(position) + 1, 0) FROM customer_columns").toLongLong();
        for (int c = 0; c < result.plan.columns.size(); ++c) {
            const ColumnPlan &plan_ = result.plan.columns.at(c);
            column.bind(1, base + c);
            column.bind(2, plan_.name);
            column.bind(3, plan_.label);
            column.bind(4, plan_.sourceHeader);
            column.bind(5, columnTypeName(plan_.type));
            column.bind(6, plan_.canonical ? 1 : 0);
            column.exec();
            column.reset();
        }
    }
    result.imported = workspace.customerCount();

    // The audit: from the profilers (replace) or a scan of the whole table (append).
    AuditReport audit;
    if (append) {
        QList<ColumnAudit> columns;
        for (const ColumnPlan &column : existingColumns(workspace)) {
            ColumnAudit entry;
            entry.position = int(columns.size());
            entry.name = column.name;
            entry.label = column.label;
            entry.type = column.type;
            columns << entry;
        }
        audit = auditTable(db, QStringLiteral("customers"), columns, job);
        for (ColumnAudit &column : audit.columns)
            for (int c = 0; c < plan.columns.size(); ++c)
                if (plan.columns.at(c).name == column.name)
                    column.invalid = shared.invalid[std::size_t(c)];
    } else {
        audit.rows = result.imported;
        for (int c = 0; c < plan.columns.size(); ++c) {
            ColumnAudit column = shared.profilers[std::size_t(c)].finish();
            column.position = c;
            column.name = result.plan.columns.at(c).name;
            column.label = result.plan.columns.at(c).label;
            column.type = result.plan.columns.at(c).type;
            column.invalid = shared.invalid[std::size_t(c)];
            audit.columns << column;
        }
        locateNegatives(db, QStringLiteral("customers"), audit);
    }
    audit.importId = result.importId;
    audit.duplicateIds = result.duplicateIds;
    audit.computedAt = nowIso();
    maskPersonalValues(audit);
    audit.auditId = storeAudit(db, audit);
    result.audit = audit;
    // What an earlier version kept of replaced imports, and the values in its audits (a replace
    // import has already deleted both).
    if (append)
        Retention::tidy(db);

    QJsonArray mapping;
    for (const ColumnPlan &column : result.plan.columns)
        mapping.append(QJsonObject{{QStringLiteral("source"), column.sourceHeader},
                                   {QStringLiteral("column"), column.name},
                                   {QStringLiteral("type"), columnTypeName(column.type)}});
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    {
        Statement log(db, "UPDATE imports SET finished_at = ?, file_hash = ?, rows_read = ?, "
                          "imported = ?, rejected = ?, replaced = ?, duplicate_ids = ?, "
                          "mapping_json = ? WHERE id = ?");
        log.bind(1, nowIso());
        log.bind(2, result.fileHash);
        log.bind(3, result.rowsRead);
        log.bind(4, writer.inserted - writer.deleted);
        log.bind(5, result.rejected);
        log.bind(6, result.replaced);
        log.bind(7, result.duplicateIds);
        log.bind(8, QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)));
        log.bind(9, result.importId);
        log.exec();
    }
    workspace.bumpDataVersion();
    if (job)
        job->throwIfCancelled();
    transaction.commit();
    return result;
}

} // namespace cwb
