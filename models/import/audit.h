// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/columnrole.h"
#include "import/columntype.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>
#include <string_view>

namespace cwb {

class Database;
class JobControl;

// A row of the customers table by where it came from: the import and the line in its file.
struct SourceLine
{
    qint64 importId = 0;
    qint64 line = 0;
    friend bool operator==(const SourceLine &, const SourceLine &) = default;
};

// The audit (数据审核) of one customer column.
struct ColumnAudit
{
    int position = 0;
    QString name;  // column name in the customers table
    QString label; // source header / display label
    ColumnType type = ColumnType::Text;
    qint64 rows = 0; // values seen, nulls included
    qint64 nulls = 0;
    double nullRate = 0.0; // nulls / rows (0 when rows == 0)
    qint64 distinct = 0;   // distinct non-null values
    bool distinctExact = true;
    QString minValue, maxValue; // as text (numbers formatted, dates ISO); empty when no values
    std::optional<double> mean, stddev, q1, median, q3; // numeric columns only
    bool quantilesExact = true;
    qint64 invalid = 0; // values rejected by validation in the import (set by the importer)
    // numeric values outside [Q1 - 1.5 IQR, Q3 + 1.5 IQR]; -1 = not counted (only straight from
    // ColumnProfiler::finish() in approximate mode; auditTable always fills it in)
    qint64 outliers = 0;
    QList<QPair<QString, qint64>> topValues; // up to 10, most frequent first (exact only)
    QList<double> histogramEdges;            // numeric: bins+1 edges from min to max
    QList<qint64> histogramCounts;           // numeric: count per bin
    // Numeric columns: values below zero. The audit reports them for money and usage columns
    // (isAmount(role())), where they are a mistake or a refund to look at; -1 = not counted (an
    // audit stored before the check existed).
    qint64 negatives = 0;
    QList<SourceLine> negativeLines; // the first kNegativeLines rows with one (locateNegatives)
    // A personal column (isPersonal(role())): its values are not kept (maskPersonalValues).
    bool masked = false;

    static constexpr int kNegativeLines = 5;
    ColumnRole role() const { return columnRole(name, label, type); }
};

// The audit of the customers table after an import.
struct AuditReport
{
    qint64 auditId = 0;
    qint64 importId = 0;
    QString computedAt; // ISO 8601 UTC
    qint64 rows = 0;
    qint64 duplicateIds = 0; // rows of the import whose customer id was already seen
    QList<ColumnAudit> columns;
};

// Accumulates one column's statistics in bounded memory. Exact while the column has at most
// kExactLimit distinct values; beyond that distinct counts come from a HyperLogLog sketch and
// quantiles from a seeded reservoir sample, and the result says so (distinctExact,
// quantilesExact). Values can be removed again (a duplicate row dropped after it was counted).
//
// Exact mode keeps a flat value -> count table; every statistic is computed from it in finish(),
// so remove*() undoes add*() exactly. A text column also leaves exact mode when its distinct
// values hold more than kExactTextBytes bytes. Approximate mode (entered once, never left) keeps
// counts, nulls, exact running min/max, compensated sums (mean, stddev), a HyperLogLog sketch
// (precision 14) and, for numbers, an Algorithm R reservoir with a fixed seed; remove*() then
// adjusts counts, nulls and sums only: the sketch, the reservoir and min/max keep the value.
// In approximate mode finish() leaves outliers at -1 (auditTable counts them in SQL) and gives
// no top values; the histogram is scaled from the reservoir to the number of values.
// Memory per column, whatever the row count: numbers at most 2 MiB (131072 slots x 16 bytes)
// in exact mode, 512 KiB reservoir + 16 KiB sketch after; text at most 2 MiB of slots plus a
// 2 MiB byte arena (kExactTextBytes of distinct values, removed values until compaction and
// growth slack), then 16 KiB plus the min/max strings.
// Per type: Integer/Decimal: everything. Boolean (0/1): mean (= share of 1s), stddev,
// quartiles and top values; no outliers (0) and no histogram. Text/Date/Phone: counts, distinct,
// byte-wise min/max (chronological for ISO dates) and top values. NaN and infinities count as
// nulls (SQLite stores NaN as NULL, so a table scan agrees).
// Speed: exact-mode numbers are buffered 64 at a time so that their table slots are prefetched
// together (finish() and remove*() flush the buffer first); tests/bench/audit times the load.
// Not thread-safe, finish() included: one profiler is used by one thread at a time.
class ColumnProfiler
{
public:
    static constexpr int kExactLimit = 65536;
    static constexpr int kReservoirSize = 65536;
    static constexpr int kHistogramBins = 20;
    static constexpr int kExactTextBytes = 1024 * 1024;
    static constexpr int kTopValues = 10;

    explicit ColumnProfiler(ColumnType type);
    ~ColumnProfiler();
    ColumnProfiler(ColumnProfiler &&) noexcept;
    ColumnProfiler &operator=(ColumnProfiler &&) noexcept;

    void addNull();
    void addNumber(double value);        // Integer, Decimal, Boolean columns (else throws)
    void addText(std::string_view utf8); // Text, Date, Phone columns (else throws)
    void removeNull();
    void removeNumber(double value);
    void removeText(std::string_view utf8);

    // Fills every field of ColumnAudit except position, name, label, invalid, negativeLines and
    // masked (negatives counts the values below zero of a numeric column, whatever its role).
    ColumnAudit finish() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Scans a table of the workspace (every column in `columns`, by name) and returns its audit: the
// path used after an append, and to recompute an audit on demand. Position, label and invalid
// are copied from `columns`; importId and duplicateIds are left 0 for the caller to set. Where
// the quartiles are estimated, one more aggregate query counts the outliers exactly against the
// fences from those quartiles. Progress items = rows scanned; cancel throws cwb::Cancelled.
AuditReport auditTable(Database &db, const QString &table, const QList<ColumnAudit> &columns,
                       JobControl *job = nullptr);

// Finds the first rows (ColumnAudit::kNegativeLines, by import and line) with a negative value
// in every money or usage column whose `negatives` count is above 0, from the table's _import_id
// and _line columns (none when the table has no such columns). auditTable calls it; the import
// calls it after an audit from its profilers.
void locateNegatives(Database &db, const QString &table, AuditReport &report);

// Personal columns (names, phones, ID numbers, addresses, e-mail addresses) keep no values in an
// audit: minimum, maximum, mean, quartiles and histogram are cleared, and so are the top values,
// except a phone number that several customers share (a placeholder such as 13800000000 is a
// finding), which stays masked as 138****0000. Sets `masked`; doing it twice changes nothing.
void maskPersonalValues(ColumnAudit &column);
void maskPersonalValues(AuditReport &report);

// Stores a report in the audit_runs / audit_columns tables (returns the new audit id), and
// loads the newest one (an AuditReport with auditId 0 when there is none). Both mask personal
// columns (maskPersonalValues): nothing personal is written, and an audit stored by an earlier
// version is shown masked too.
qint64 storeAudit(Database &db, const AuditReport &report);
AuditReport loadLatestAudit(Database &db);

// Masks the personal columns of every audit stored in the workspace (audits written by an
// earlier version kept their values), overwriting the old values in the file (secure_delete).
// Idempotent: a second run changes nothing. Returns the columns changed. Runs inside the
// caller's transaction when there is one (an import, a purge).
qint64 scrubStoredAudits(Database &db);

// A number as the audit shows it (min, max, top values): integers without a decimal point,
// other values in the shortest form that reads back to the same double.
QString formatAuditNumber(double value);

QJsonObject auditToJson(const AuditReport &report);
QString auditToText(const AuditReport &report); // a readable table for `cwb audit`
// "other", "person_name", "phone", "id_number", "address", "email", "money", "usage".
QString columnRoleName(ColumnRole role);

} // namespace cwb
