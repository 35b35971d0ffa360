// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The import pipeline's parts, shared by importer.cpp (the orchestration), importparser.cpp (the
// reading thread: records -> typed cells, validation, rejects) and importwriter.cpp (the SQLite
// side: inserts, duplicate policies, rejects). Internal to the engine: include only there.

#include "import/audit.h"
#include "import/importer.h"
#include "import/importplan.h"
#include "workspace/database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace cwb {

class Workspace;

namespace pipeline {

constexpr int kBatchRows = 2048;
// A batch is handed over at this many bytes of text too, however few its rows: long lines must
// not pile up kBatchRows at a time (cell offsets are 32-bit, and memory must stay bounded).
constexpr std::size_t kBatchBytes = std::size_t(16) << 20;
constexpr int kQueueDepth = 4;
inline constexpr const char *kStagingTable = "customers_import";

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

inline QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

inline QString nowIso()
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

// Adds (or removes) one row's cells to the column profilers; the caller holds profileMutex.
void profileCells(Shared &shared, const Cell *cells, const Batch &batch, bool add);

// The reading thread's parser: one record -> one row of typed cells, or a reject.
class Parser
{
public:
    explicit Parser(Shared &shared) : m_shared(shared), m_columns(shared.plan->columns) {}

    // Appends one record to batch (as a row or a reject).
    void parse(const std::vector<std::string_view> &fields, qint64 line, std::string_view raw,
               Batch &batch);

private:
    Shared &m_shared;
    const QList<ColumnPlan> &m_columns;
    std::vector<std::pair<int, QString>> m_errors;
    std::string m_scratch;
    std::string m_phone; // a phone number made plain (normalizePhone)
    qint64 m_generated = 0;
};

// The reading thread: every record of the source (the sample first) into batches.
void readAll(OpenedSource &opened, Shared &shared, BatchQueue &queue);

// XXH3-128 of the file's bytes, as "xxh3-128:<32 hex digits>".
QString fileHash(const QString &path);

// The writing side of one import, on the thread that owns the connection.
class Writer
{
public:
    Writer(Workspace &workspace, Shared &shared, const QString &table);

    void write(const Batch &batch);

    // Records a rejected row; raw is cut to display::kRawBytes (with a note of its size).
    void addReject(qint64 line, const QString &column, const QString &reason, std::string_view raw);

    qint64 inserted = 0;
    qint64 deleted = 0;
    qint64 rejected = 0;
    qint64 replaced = 0;
    qint64 duplicateRows = 0;
    std::map<qint64, QString> earlierRejects; // line -> reason, raw text read in a second pass

private:
    void insertReject(qint64 line, const QString &column, const QString &reason,
                      std::string_view raw); // raw as it is to be stored
    bool insertRow(const Batch &batch, const Cell *cells, qint64 line);

    void removeFromProfile(qint64 rowid);

    void removeCurrentFromProfile(const Batch &batch, const Cell *cells);

    void writeRow(const Batch &batch, std::size_t r);

    Database &m_db;
    Shared &m_shared;
    QString m_table;
    int m_width;
    QString m_fileName;
    Statement m_reject;
    std::optional<Statement> m_insert, m_find, m_delete, m_row;
    std::unordered_set<std::string> m_poisoned;
};

QString createTableSql(const QString &table, const QList<ColumnPlan> &columns);

// Reads the source again to fetch the raw text of rows rejected after they were written.
void rejectEarlierRows(Writer &writer, const Shared &shared, const ImportPlan &plan,
                       const ImportOptions &options);

} // namespace pipeline
} // namespace cwb
