// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "import/valueparser.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <condition_variable>
#include <deque>
#include <exception>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

#include <xxhash.h>

namespace cwb {

namespace {

constexpr int kBatchRows = 2048;
constexpr int kQueueDepth = 4;
const char *const kStagingTable = "customers_import";

enum CellKind : std::uint8_t
{
    NullCell,
    IntCell,
    RealCell,
    TextCell
};

struct Cell
{
    std::int64_t i = 0;
    double d = 0.0;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    CellKind kind = NullCell;
};

struct RejectRow
{
    qint64 line = 0;
    QString column;
    QString reason;
    std::string raw;
};

// Rows parsed and typed by the reading thread, written by the SQLite thread.
struct Batch
{
    std::vector<Cell> cells; // rows x columns
    std::string text;        // text cells and raw lines
    std::vector<std::pair<std::uint32_t, std::uint32_t>> raw;
    std::vector<qint64> lines;
    std::vector<RejectRow> rejects;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    qint64 rowsRead = 0;

    void clear()
    {
        cells.clear();
        text.clear();
        raw.clear();
        lines.clear();
        rejects.clear();
        rowsRead = 0;
    }
    std::size_t rows() const { return lines.size(); }
    std::string_view view(std::uint32_t offset, std::uint32_t length) const
    {
        return std::string_view(text).substr(offset, length);
    }
};

// A bounded hand-over of batches from the reading thread to the writing thread, with the empty
// batches going back for reuse. close() wakes both sides; an error of the reader travels along.
class BatchQueue
{
public:
    BatchQueue()
    {
        for (int i = 0; i < kQueueDepth; ++i)
            m_free.push_back(std::make_unique<Batch>());
    }
    std::unique_ptr<Batch> takeFree()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_closed || !m_free.empty(); });
        if (m_closed)
            return nullptr;
        auto batch = std::move(m_free.front());
        m_free.pop_front();
        return batch;
    }
    void push(std::unique_ptr<Batch> batch)
    {
        std::lock_guard lock(m_mutex);
        m_full.push_back(std::move(batch));
        m_changed.notify_all();
    }
    // Null when the reader has finished (or failed: see rethrow()).
    std::unique_ptr<Batch> takeFull()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_full.empty() || m_done || m_closed; });
        if (m_full.empty())
            return nullptr;
        auto batch = std::move(m_full.front());
        m_full.pop_front();
        return batch;
    }
    void giveBack(std::unique_ptr<Batch> batch)
    {
        batch->clear();
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(batch));
        m_changed.notify_all();
    }
    void finish(std::exception_ptr error)
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_error = error;
        m_changed.notify_all();
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    void rethrow()
    {
        std::lock_guard lock(m_mutex);
        if (m_error)
            std::rethrow_exception(m_error);
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_free, m_full;
    bool m_done = false;
    bool m_closed = false;
    std::exception_ptr m_error;
};

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString shorten(std::string_view text)
{
    QString value = fromUtf8(text);
    if (value.size() > 40)
        value = value.left(40) + QStringLiteral("...");
    return value;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// State shared by both threads; the profilers are guarded by profileMutex.
struct Shared
{
    const ImportPlan *plan = nullptr;
    const ImportOptions *options = nullptr;
    qint64 importId = 0;
    bool profile = true; // replace mode: audit from the profilers (append: rescan the table)
    std::mutex profileMutex;
    std::vector<ColumnProfiler> profilers;
    std::vector<qint64> invalid; // per plan column: values that failed validation
    std::vector<bool> promoted;  // per plan column: integer column that held decimals
    std::atomic<bool> stop{false};
    // Every kCheckpointEvery-th record's line and byte offset (written by the reading thread),
    // so rows rejected after they were written can be found again without a full re-read.
    std::vector<std::pair<qint64, qint64>> checkpoints;
};

constexpr int kCheckpointEvery = 64;

void profileCells(Shared &shared, const Cell *cells, const Batch &batch, bool add)
{
    const auto &columns = shared.plan->columns;
    for (int c = 0; c < columns.size(); ++c) {
        const Cell &cell = cells[c];
        ColumnProfiler &profiler = shared.profilers[std::size_t(c)];
        switch (cell.kind) {
        case NullCell:
            add ? profiler.addNull() : profiler.removeNull();
            break;
        case IntCell:
            add ? profiler.addNumber(double(cell.i)) : profiler.removeNumber(double(cell.i));
            break;
        case RealCell:
            add ? profiler.addNumber(cell.d) : profiler.removeNumber(cell.d);
            break;
        case TextCell:
            add ? profiler.addText(batch.view(cell.offset, cell.length))
                : profiler.removeText(batch.view(cell.offset, cell.length));
            break;
        }
    }
}

// The reading thread: records -> typed cells, validation, rejects.
class Parser
{
public:
    explicit Parser(Shared &shared) : m_shared(shared), m_columns(shared.plan->columns) {}

    // Appends one record to batch (as a row or a reject).
    void parse(const std::vector<std::string_view> &fields, qint64 line, std::string_view raw,
               Batch &batch)
    {
        ++batch.rowsRead;
        const std::size_t width = std::size_t(m_shared.plan->header.size());
        if (fields.size() != width) {
            batch.rejects.push_back(
                {line, QString(),
                 QStringLiteral("%1 fields where the header has %2").arg(fields.size()).arg(width),
                 std::string(raw)});
            return;
        }
        const std::size_t firstCell = batch.cells.size();
        const std::size_t textStart = batch.text.size();
        m_errors.clear();
        for (int c = 0; c < m_columns.size(); ++c) {
            const ColumnPlan &column = m_columns.at(c);
            Cell cell;
            if (column.sourceIndex < 0) { // generated id: "<import>-<row>"
                const std::string id =
                    std::to_string(m_shared.importId) + '-' + std::to_string(++m_generated);
                cell.kind = TextCell;
                cell.offset = std::uint32_t(batch.text.size());
                cell.length = std::uint32_t(id.size());
                batch.text += id;
                batch.cells.push_back(cell);
                continue;
            }
            const std::string_view value = value::trimmed(fields[std::size_t(column.sourceIndex)]);
            if (value.empty()) {
                if (c == 0)
                    m_errors.push_back({c, QStringLiteral("missing customer id")});
                batch.cells.push_back(cell);
                continue;
            }
            bool ok = true;
            switch (column.type) {
            case ColumnType::Phone:
                ok = value::isValidPhone(value);
                [[fallthrough]];
            case ColumnType::Text:
                cell.kind = TextCell;
                cell.offset = std::uint32_t(batch.text.size());
                cell.length = std::uint32_t(value.size());
                batch.text.append(value);
                break;
            case ColumnType::Integer:
                if (value::parseInteger(value, cell.i)) {
                    cell.kind = IntCell;
                } else if (value::parseDecimal(value, cell.d)) {
                    cell.kind = RealCell; // the column widens to decimal
                    m_shared.promoted[std::size_t(c)] = true;
                } else {
                    ok = false;
                }
                break;
            case ColumnType::Decimal:
                ok = value::parseDecimal(value, cell.d);
                cell.kind = RealCell;
                break;
            case ColumnType::Boolean: {
                bool flag = false;
                ok = value::parseBoolean(value, flag);
                cell.kind = IntCell;
                cell.i = flag ? 1 : 0;
                break;
            }
            case ColumnType::Date:
                ok = value::parseDate(value, m_scratch);
                cell.kind = TextCell;
                cell.offset = std::uint32_t(batch.text.size());
                cell.length = std::uint32_t(m_scratch.size());
                batch.text.append(m_scratch);
                break;
            }
            if (!ok) {
                m_errors.push_back(
                    {c, QStringLiteral("%1: '%2' is not %3")
                            .arg(column.label, shorten(value), value::expectation(column.type))});
            }
            batch.cells.push_back(cell);
        }
        if (!m_errors.empty()) {
            batch.cells.resize(firstCell);
            batch.text.resize(textStart);
            QStringList reasons;
            for (const auto &[column, reason] : m_errors) {
                reasons << reason;
                ++m_shared.invalid[std::size_t(column)];
            }
            batch.rejects.push_back({line, m_columns.at(m_errors.front().first).name,
                                     reasons.join(QStringLiteral("; ")), std::string(raw)});
            return;
        }
        batch.raw.emplace_back(std::uint32_t(batch.text.size()), std::uint32_t(raw.size()));
        batch.text.append(raw);
        batch.lines.push_back(line);
    }

private:
    Shared &m_shared;
    const QList<ColumnPlan> &m_columns;
    std::vector<std::pair<int, QString>> m_errors;
    std::string m_scratch;
    qint64 m_generated = 0;
};

void readAll(OpenedSource &opened, Shared &shared, BatchQueue &queue)
{
    Parser parser(shared);
    std::vector<std::string_view> fields;
    std::unique_ptr<Batch> batch = queue.takeFree();
    auto flush = [&]() -> bool {
        batch->bytesRead = opened.source->bytesRead();
        batch->bytesTotal = opened.source->bytesTotal();
        if (shared.profile) {
            std::lock_guard lock(shared.profileMutex);
            const std::size_t width = std::size_t(shared.plan->columns.size());
            for (std::size_t r = 0; r < batch->rows(); ++r)
                profileCells(shared, batch->cells.data() + r * width, *batch, true);
        }
        queue.push(std::move(batch));
        batch = queue.takeFree();
        return batch != nullptr;
    };
    if (!batch)
        return;
    qint64 records = 0;
    auto checkpoint = [&](qint64 line, qint64 offset) {
        if (records++ % kCheckpointEvery == 0 && offset >= 0)
            shared.checkpoints.emplace_back(line, offset);
    };
    for (std::size_t s = 0; s < opened.sampleFields.size(); ++s) {
        checkpoint(opened.sampleLines[s], opened.sampleOffsets[s]);
        fields.assign(opened.sampleFields[s].begin(), opened.sampleFields[s].end());
        parser.parse(fields, opened.sampleLines[s], opened.sampleRaw[s], *batch);
        if (batch->rowsRead >= kBatchRows && !flush())
            return;
    }
    Record record;
    while (!shared.stop.load(std::memory_order_relaxed) && opened.source->next(record)) {
        checkpoint(record.line, record.offset);
        parser.parse(record.fields, record.line, record.raw, *batch);
        if (batch->rowsRead >= kBatchRows && !flush())
            return;
    }
    if (batch->rowsRead > 0)
        flush();
    else
        queue.giveBack(std::move(batch));
}

QString fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    XXH3_state_t *state = XXH3_createState();
    XXH3_128bits_reset(state);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        XXH3_128bits_update(state, buffer.constData(), size_t(n));
    }
    const XXH128_hash_t hash = XXH3_128bits_digest(state);
    XXH3_freeState(state);
    return QStringLiteral("xxh3-128:%1%2")
        .arg(hash.high64, 16, 16, QLatin1Char('0'))
        .arg(hash.low64, 16, 16, QLatin1Char('0'));
}

} // namespace

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
                addReject(
                    batch.lines[0], QStringLiteral("customer_id"),
                    QStringLiteral("duplicate customer id '%1'").arg(QString::fromStdString(key)));
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

namespace {

// The writing side of one import, on the calling thread (which owns the connection).
class Writer
{
public:
    Writer(Workspace &workspace, Shared &shared, const QString &table)
        : m_db(workspace.db()), m_shared(shared), m_table(table),
          m_width(shared.plan->columns.size()),
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
        m_insert.emplace(
            m_db, QStringLiteral("INSERT INTO %1(%2, _import_id, _line) VALUES "
                                 "(%3, ?, ?) ON CONFLICT(customer_id) DO NOTHING")
                      .arg(quoted, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))
                      .toStdString());
        m_find.emplace(m_db, QStringLiteral("SELECT rowid, _line, _import_id FROM %1 "
                                            "WHERE customer_id = ?")
                                 .arg(quoted)
                                 .toStdString());
        m_delete.emplace(
            m_db, QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(quoted).toStdString());
        m_row.emplace(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?")
                                .arg(names.join(QLatin1Char(',')), quoted)
                                .toStdString());
        m_fileName = QFileInfo(shared.plan->path).fileName();
    }

    void write(const Batch &batch)
    {
        for (const RejectRow &reject : batch.rejects)
            addReject(reject.line, reject.column, reject.reason, reject.raw);
        for (std::size_t r = 0; r < batch.rows(); ++r)
            writeRow(batch, r);
    }

    void addReject(qint64 line, const QString &column, const QString &reason, std::string_view raw)
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

    qint64 inserted = 0;
    qint64 deleted = 0;
    qint64 rejected = 0;
    qint64 replaced = 0;
    qint64 duplicateRows = 0;
    std::map<qint64, QString> earlierRejects; // line -> reason, raw text read in a second pass

private:
    bool insertRow(const Batch &batch, const Cell *cells, qint64 line)
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

    void removeFromProfile(qint64 rowid)
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

    void removeCurrentFromProfile(const Batch &batch, const Cell *cells)
    {
        if (!m_shared.profile)
            return;
        std::lock_guard lock(m_shared.profileMutex);
        profileCells(m_shared, cells, batch, false);
    }

    void writeRow(const Batch &batch, std::size_t r)
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
                      QStringLiteral("customer id '%1' appears more than once; all its rows are "
                                     "rejected (--on-duplicate reject)")
                          .arg(fromUtf8(id)),
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
                            .arg(fromUtf8(id)));
        const qint64 rowid = find.int64(0);
        const qint64 earlierLine = find.int64(1);
        const bool thisImport = find.int64(2) == m_shared.importId;
        find.reset();
        const QString idText = fromUtf8(id);
        switch (policy) {
        case DuplicatePolicy::KeepFirst:
            removeCurrentFromProfile(batch, cells);
            addReject(line, QStringLiteral("customer_id"),
                      thisImport ? QStringLiteral("duplicate customer id '%1': the first row "
                                                  "(line %2) was kept")
                                       .arg(idText)
                                       .arg(earlierLine)
                                 : QStringLiteral("customer id '%1' is already in the workspace; "
                                                  "the existing row was kept")
                                       .arg(idText),
                      raw);
            return;
        case DuplicatePolicy::KeepLast:
            if (thisImport) {
                removeFromProfile(rowid);
                earlierRejects[earlierLine] =
                    QStringLiteral("duplicate customer id '%1': replaced by the later row on line "
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
                    QStringLiteral("customer id '%1' appears more than once (also on line %2); "
                                   "all its rows are rejected (--on-duplicate reject)")
                        .arg(idText)
                        .arg(line);
                m_poisoned.insert(std::string(id));
                addReject(line, QStringLiteral("customer_id"),
                          QStringLiteral("customer id '%1' appears more than once (also on line "
                                         "%2); all its rows are rejected (--on-duplicate reject)")
                              .arg(idText)
                              .arg(earlierLine),
                          raw);
            } else {
                addReject(line, QStringLiteral("customer_id"),
                          QStringLiteral("customer id '%1' is already in the workspace from an "
                                         "earlier import")
                              .arg(idText),
                          raw);
            }
            return;
        }
    }

    Database &m_db;
    Shared &m_shared;
    QString m_table;
    int m_width;
    QString m_fileName;
    Statement m_reject;
    std::optional<Statement> m_insert, m_find, m_delete, m_row;
    std::unordered_set<std::string> m_poisoned;
};

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

} // namespace

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
        db.exec("DROP TABLE IF EXISTS customers");
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
    }
    audit.importId = result.importId;
    audit.duplicateIds = result.duplicateIds;
    audit.computedAt = nowIso();
    audit.auditId = storeAudit(db, audit);
    result.audit = audit;

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
