// SPDX-License-Identifier: GPL-3.0-or-later
// The writing side of an import: inserts, the duplicate policies, rejects, and the re-read of
// rows rejected after they were written.
#include "import/importpipeline.h"

#include "core/error.h"
#include "import/displaytext.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace cwb::pipeline {

Writer::Writer(Workspace &workspace, Shared &shared, const QString &table)
    : m_db(workspace.db()), m_shared(shared), m_table(table), m_width(shared.plan->columns.size()),
      m_reject(m_db, "INSERT INTO rejects(import_id, file, line, column_name, reason, raw) "
                     "VALUES (?, ?, ?, ?, ?, ?)")
{
    QStringList names;
    QStringList marks;
    for (const ColumnPlan &column : shared.plan->columns) {
        names << Database::quoteIdentifier(column.name);
        marks << QStringLiteral("?");
    }
    const QString quoted = Database::quoteIdentifier(table);
    m_insert.emplace(m_db,
                     QStringLiteral("INSERT INTO %1(%2, _import_id, _line) VALUES "
                                    "(%3, ?, ?) ON CONFLICT(customer_id) DO NOTHING")
                         .arg(quoted, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))
                         .toStdString());
    m_find.emplace(m_db, QStringLiteral("SELECT rowid, _line, _import_id FROM %1 "
                                        "WHERE customer_id = ?")
                             .arg(quoted)
                             .toStdString());
    m_delete.emplace(m_db,
                     QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(quoted).toStdString());
    m_row.emplace(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?")
                            .arg(names.join(QLatin1Char(',')), quoted)
                            .toStdString());
    m_fileName = QFileInfo(shared.plan->path).fileName();
}

void Writer::write(const Batch &batch)
{
    for (const RejectRow &reject : batch.rejects)
        insertReject(reject.line, reject.column, reject.reason, reject.raw); // cut by the parser
    for (std::size_t r = 0; r < batch.rows(); ++r)
        writeRow(batch, r);
}

void Writer::addReject(qint64 line, const QString &column, const QString &reason,
                       std::string_view raw)
{
    // The raw text is kept for the planner to look at, not to hold a 20 MB line: it is cut at
    // display::kRawBytes with a note of its real size.
    if (raw.size() > display::kRawBytes)
        insertReject(line, column, reason, display::storedRaw(raw));
    else
        insertReject(line, column, reason, raw);
}

void Writer::insertReject(qint64 line, const QString &column, const QString &reason,
                          std::string_view raw)
{
    m_reject.bind(1, m_shared.importId);
    m_reject.bind(2, m_fileName);
    m_reject.bind(3, line);
    if (column.isEmpty())
        m_reject.bindNull(4);
    else
        m_reject.bind(4, column);
    m_reject.bind(5, reason);
    m_reject.bindTextStatic(6, raw);
    m_reject.exec();
    m_reject.resetKeep();
    ++rejected;
}

bool Writer::insertRow(const Batch &batch, const Cell *cells, qint64 line)
{
    Statement &insert = *m_insert;
    for (int c = 0; c < m_width; ++c) {
        const Cell &cell = cells[c];
        switch (cell.kind) {
        case NullCell:
            insert.bindNull(c + 1);
            break;
        case IntCell:
            insert.bind(c + 1, qint64(cell.i));
            break;
        case RealCell:
            insert.bind(c + 1, cell.d);
            break;
        case TextCell:
            insert.bindTextStatic(c + 1, batch.view(cell.offset, cell.length));
            break;
        }
    }
    insert.bind(m_width + 1, m_shared.importId);
    insert.bind(m_width + 2, line);
    insert.exec();
    insert.resetKeep();
    return m_db.changes() > 0;
}

void Writer::removeFromProfile(qint64 rowid)
{
    if (!m_shared.profile)
        return;
    Statement &row = *m_row;
    row.bind(1, rowid);
    if (row.step()) {
        std::lock_guard lock(m_shared.profileMutex);
        for (int c = 0; c < m_width; ++c) {
            ColumnProfiler &profiler = m_shared.profilers[std::size_t(c)];
            if (row.isNull(c))
                profiler.removeNull();
            else if (isNumeric(m_shared.plan->columns.at(c).type))
                profiler.removeNumber(row.real(c));
            else
                profiler.removeText(row.textView(c));
        }
    }
    row.reset();
}

void Writer::removeCurrentFromProfile(const Batch &batch, const Cell *cells)
{
    if (!m_shared.profile)
        return;
    std::lock_guard lock(m_shared.profileMutex);
    profileCells(m_shared, cells, batch, false);
}

void Writer::writeRow(const Batch &batch, std::size_t r)
{
    const Cell *cells = batch.cells.data() + r * std::size_t(m_width);
    const qint64 line = batch.lines[r];
    const std::string_view raw = batch.view(batch.raw[r].first, batch.raw[r].second);
    const std::string_view id = batch.view(cells[0].offset, cells[0].length);
    const DuplicatePolicy policy = m_shared.options->onDuplicate;
    if (!m_poisoned.empty() && m_poisoned.count(std::string(id))) {
        ++duplicateRows;
        removeCurrentFromProfile(batch, cells);
        addReject(line, QStringLiteral("customer_id"),
                  QCoreApplication::translate(
                      "cwb::Import", "customer id '%1' appears more than once; all its rows are "
                                     "rejected (--on-duplicate reject)")
                      .arg(display::value(id)),
                  raw);
        return;
    }
    if (insertRow(batch, cells, line)) {
        ++inserted;
        return;
    }
    // A duplicate customer id.
    ++duplicateRows;
    Statement &find = *m_find;
    find.bindTextStatic(1, id);
    if (!find.step())
        throw Error(QStringLiteral("line %1: the insert was refused but no row has customer id "
                                   "'%2'")
                        .arg(line)
                        .arg(display::value(id)));
    const qint64 rowid = find.int64(0);
    const qint64 earlierLine = find.int64(1);
    const bool thisImport = find.int64(2) == m_shared.importId;
    find.reset();
    const QString idText = display::value(id);
    switch (policy) {
    case DuplicatePolicy::KeepFirst:
        removeCurrentFromProfile(batch, cells);
        addReject(line, QStringLiteral("customer_id"),
                  thisImport
                      ? QCoreApplication::translate("cwb::Import",
                                                    "duplicate customer id '%1': the first row "
                                                    "(line %2) was kept")
                            .arg(idText)
                            .arg(earlierLine)
                      : QCoreApplication::translate("cwb::Import",
                                                    "customer id '%1' is already in the workspace; "
                                                    "the existing row was kept")
                            .arg(idText),
                  raw);
        return;
    case DuplicatePolicy::KeepLast:
        if (thisImport) {
            removeFromProfile(rowid);
            earlierRejects[earlierLine] =
                QCoreApplication::translate(
                    "cwb::Import", "duplicate customer id '%1': replaced by the later row on line "
                                   "%2")
                    .arg(idText)
                    .arg(line);
            ++deleted;
        } else {
            ++replaced;
        }
        m_delete->bind(1, rowid);
        m_delete->exec();
        m_delete->reset();
        if (!insertRow(batch, cells, line))
            throw Error(QStringLiteral("line %1: could not replace customer id '%2'")
                            .arg(line)
                            .arg(idText));
        ++inserted;
        return;
    case DuplicatePolicy::Reject:
        removeCurrentFromProfile(batch, cells);
        if (thisImport) {
            removeFromProfile(rowid);
            m_delete->bind(1, rowid);
            m_delete->exec();
            m_delete->reset();
            ++deleted;
            earlierRejects[earlierLine] =
                QCoreApplication::translate(
                    "cwb::Import", "customer id '%1' appears more than once (also on line %2); "
                                   "all its rows are rejected (--on-duplicate reject)")
                    .arg(idText)
                    .arg(line);
            m_poisoned.insert(std::string(id));
            addReject(line, QStringLiteral("customer_id"),
                      QCoreApplication::translate(
                          "cwb::Import", "customer id '%1' appears more than once (also on line "
                                         "%2); all its rows are rejected (--on-duplicate reject)")
                          .arg(idText)
                          .arg(earlierLine),
                      raw);
        } else {
            addReject(line, QStringLiteral("customer_id"),
                      QCoreApplication::translate(
                          "cwb::Import", "customer id '%1' is already in the workspace from an "
                                         "earlier import")
                          .arg(idText),
                      raw);
        }
        return;
    }
}

QString createTableSql(const QString &table, const QList<ColumnPlan> &columns)
{
    QStringList defs;
    for (const ColumnPlan &column : columns) {
        QString def = Database::quoteIdentifier(column.name) + QLatin1Char(' ') +
                      sqlDeclaredType(column.type);
        if (column.name == QLatin1String("customer_id"))
            def += QStringLiteral(" NOT NULL");
        defs << def;
    }
    defs << QStringLiteral("_import_id INTEGER") << QStringLiteral("_line INTEGER");
    return QStringLiteral("CREATE TABLE %1(%2)")
        .arg(Database::quoteIdentifier(table), defs.join(QStringLiteral(", ")));
}

// Reads the source again to fetch the raw text of rows rejected after they were written:
// from the nearest checkpoint before each such row when the source can seek, else from the start.
void rejectEarlierRows(Writer &writer, const Shared &shared, const ImportPlan &plan,
                       const ImportOptions &options)
{
    if (writer.earlierRejects.empty())
        return;
    ImportPlan again;
    OpenedSource opened = openSource(plan.path, options, again);
    auto take = [&](qint64 line, std::string_view raw) {
        const auto it = writer.earlierRejects.find(line);
        if (it == writer.earlierRejects.end())
            return;
        writer.addReject(line, QStringLiteral("customer_id"), it->second, raw);
        writer.earlierRejects.erase(it);
    };
    for (std::size_t s = 0; s < opened.sampleLines.size(); ++s)
        take(opened.sampleLines[s], opened.sampleRaw[s]);
    Record record;
    const auto &points = shared.checkpoints;
    while (!writer.earlierRejects.empty()) {
        const qint64 wanted = writer.earlierRejects.begin()->first;
        auto point =
            std::upper_bound(points.begin(), points.end(),
                             std::make_pair(wanted, qint64(std::numeric_limits<qint64>::max())));
        if (point != points.begin() &&
            opened.source->seek(std::prev(point)->second, std::prev(point)->first)) {
            while (opened.source->next(record) && record.line <= wanted)
                take(record.line, record.raw);
        } else if (!opened.source->next(record)) {
            break;
        } else {
            take(record.line, record.raw);
            continue;
        }
        if (writer.earlierRejects.count(wanted))
            break; // the line was not found where it should be
    }
    if (!writer.earlierRejects.empty())
        throw Error(QStringLiteral("%1 changed while it was imported (line %2 is gone)")
                        .arg(plan.path)
                        .arg(writer.earlierRejects.begin()->first));
}

} // namespace cwb::pipeline
