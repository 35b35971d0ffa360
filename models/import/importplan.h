// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/columntype.h"
#include "import/recordsource.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace cwb {

enum class ImportMode
{
    Replace,
    Append
};
enum class DuplicatePolicy
{
    Reject,
    KeepFirst,
    KeepLast
};

// Everything the user can choose about an import. Passed as one struct (never read from widgets
// during the work).
struct ImportOptions
{
    QString encoding = QStringLiteral("auto");  // auto | utf-8 | gb18030 | utf-16 (text files)
    QString delimiter = QStringLiteral("auto"); // auto | , | ; | tab | pipe
    QString sheet;                              // XLSX: sheet name, empty = first
    ImportMode mode = ImportMode::Replace;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Reject;
    double maxRejectRatio = 0.10; // abort when more than this share of data rows is rejected
    // Source header -> column name (a canonical field such as "customer_id" or a custom
    // snake_case name); the value "-" leaves the column out. Unlisted headers map by synonyms.
    QHash<QString, QString> mapping;
    QHash<QString, ColumnType> types; // column name -> type, overriding inference
    bool generateIds = false;         // number the rows when the file has no customer id
    int sampleRows = 5000;            // data rows used to infer types

    QJsonObject toJson() const;
};

// What will happen to one source column.
struct ColumnPlan
{
    int sourceIndex = -1; // field index in the record, -1 for generated ids
    QString sourceHeader; // as in the file
    QString name;         // column name in the customers table
    QString label;        // what the user sees (the header, or the canonical Chinese label)
    ColumnType type = ColumnType::Text;
    bool canonical = false;
    bool inferred = false; // type came from the sample (not the catalog, the table or the user)
    QStringList samples;   // first non-blank values, for previews
};

// The plan of an import: how the source is read and where each column goes. Made from the
// header and a sample of the file before anything is written; the GUI shows it for editing.
struct ImportPlan
{
    QString path;
    QString format;   // "csv" or "xlsx"
    QString encoding; // detected or chosen ("xlsx" files: "utf-8")
    QString encodingReason;
    char delimiter = ',';
    QString sheet;
    QStringList sheets; // XLSX: all sheet names
    qint64 fileSize = 0;
    QStringList header;
    QList<ColumnPlan> columns; // in table order: customer_id first
    QStringList skipped;       // headers left out by the mapping
    QStringList warnings;

    int idColumn() const;          // index into columns of customer_id (always 0 once planned)
    QString delimiterName() const; // ",", ";", "tab" or "pipe"
};

// A source opened for reading, with the header and a sample already taken from it.
struct OpenedSource
{
    std::unique_ptr<RecordSource> source;
    QStringList header;
    std::vector<std::vector<std::string>> sampleFields; // sample data rows, owned
    std::vector<std::string> sampleRaw;
    std::vector<qint64> sampleLines;
    std::vector<qint64> sampleOffsets;
};

// Opens a CSV/TSV or XLSX file (by content: XLSX files are zip archives), reads its header and
// up to sampleRows data rows. Fills the reading part of plan (format, encoding, delimiter...).
OpenedSource openSource(const QString &path, const ImportOptions &options, ImportPlan &plan);

// Maps and types the columns. existing: the customers table's current columns (append mode).
void planColumns(ImportPlan &plan, const OpenedSource &opened, const ImportOptions &options,
                 const QList<ColumnPlan> &existing = {});

// Empty when the customers table can take the plan's columns (with existing ones, append mode)
// within tableLimit, SQLite's limit on a table's columns; else a message saying how many columns
// there are, the limit, and what to do (leave columns out). planColumns() adds it to the
// warnings (checked against this SQLite library's default limit); Importer::run refuses with it.
QString columnCountProblem(const ImportPlan &plan, const QList<ColumnPlan> &existing,
                           int tableLimit);
// SQLite's limit on the columns of a table in a new connection (SQLITE_MAX_COLUMN, 2000 unless
// the library was built otherwise).
int sqliteColumnLimit();

// Both steps; what the import wizard calls to show a preview.
ImportPlan makeImportPlan(const QString &path, const ImportOptions &options,
                          const QList<ColumnPlan> &existing = {});

} // namespace cwb
