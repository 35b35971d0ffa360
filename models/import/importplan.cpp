// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importplan.h"

#include "core/error.h"
#include "import/csvreader.h"
#include "import/displaytext.h"
#include "import/fieldcatalog.h"
#include "import/filesniff.h"
#include "import/valueparser.h"
#include "import/xlsxreader.h"
#include "workspace/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <cstring>

#include <sqlite3.h>

namespace cwb {

namespace {

QString policyName(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::KeepFirst:
        return QStringLiteral("first");
    case DuplicatePolicy::KeepLast:
        return QStringLiteral("last");
    case DuplicatePolicy::Reject:
        break;
    }
    return QStringLiteral("reject");
}

bool isZipFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    return sniffFileKind(file.read(8)) == FileKind::Zip;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// No table of any SQLite library has more columns than this (SQLITE_MAX_COLUMN's upper bound);
// a header with more is refused before its names are even held in memory. The workspace's own,
// lower limit is checked by the importer once the mapping has left columns out.
constexpr std::size_t kMaxHeaderFields = 32767;
// The sample rows kept for typing and previews stop growing at this many bytes (5000 rows of a
// wide file with long values would otherwise take gigabytes).
constexpr std::size_t kMaxSampleBytes = std::size_t(32) << 20;

} // namespace

QJsonObject ImportOptions::toJson() const
{
    QJsonObject mappingJson;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        mappingJson.insert(it.key(), it.value());
    QJsonObject typesJson;
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        typesJson.insert(it.key(), columnTypeName(it.value()));
    return QJsonObject{
        {QStringLiteral("encoding"), encoding},
        {QStringLiteral("delimiter"), delimiter},
        {QStringLiteral("sheet"), sheet},
        {QStringLiteral("mode"),
         mode == ImportMode::Append ? QStringLiteral("append") : QStringLiteral("replace")},
        {QStringLiteral("on_duplicate"), policyName(onDuplicate)},
        {QStringLiteral("max_reject_ratio"), maxRejectRatio},
        {QStringLiteral("mapping"), mappingJson},
        {QStringLiteral("types"), typesJson},
        {QStringLiteral("generate_ids"), generateIds},
    };
}

int ImportPlan::idColumn() const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).name == QLatin1String("customer_id"))
            return i;
    return -1;
}

QString ImportPlan::delimiterName() const
{
    switch (delimiter) {
    case '\t':
        return QStringLiteral("tab");
    case '|':
        return QStringLiteral("pipe");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

OpenedSource openSource(const QString &path, const ImportOptions &options, ImportPlan &plan)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(QStringLiteral("%1: no such file").arg(path));
    if (!info.isFile())
        throw Error(QStringLiteral("%1 is not a file").arg(path));
    plan.path = path;
    plan.fileSize = info.size();
    OpenedSource opened;
    if (isZipFile(path)) {
        plan.format = QStringLiteral("xlsx");
        plan.encoding = QStringLiteral("utf-8");
        plan.encodingReason = QStringLiteral("XLSX files are always Unicode");
        plan.sheets = XlsxReader::sheetNames(path);
        plan.sheet = options.sheet.isEmpty() ? plan.sheets.value(0) : options.sheet;
        opened.source = std::make_unique<XlsxReader>(path, options.sheet);
    } else {
        if (!options.sheet.isEmpty())
            throw Error(
                QStringLiteral("%1 is a text file; --sheet applies to .xlsx files only").arg(path));
        auto reader =
            std::make_unique<CsvReader>(path, CsvOptions{options.encoding, options.delimiter});
        plan.format = QStringLiteral("csv");
        const CsvSniff sniff = CsvReader::sniff(path, {options.encoding, options.delimiter});
        plan.encoding = sniff.encoding;
        plan.encodingReason = sniff.reason;
        plan.delimiter = sniff.delimiter;
        opened.source = std::move(reader);
    }

    Record record;
    if (!opened.source->next(record))
        throw Error(QStringLiteral("%1 is empty: expected a header row").arg(path));
    if (record.fields.size() > kMaxHeaderFields)
        throw Error(QCoreApplication::translate(
                        "cwb::ImportPlan",
                        "%1: the header row has %2 columns, more than any SQLite table can hold "
                        "(%3): keep only the columns you need in the file")
                        .arg(path, display::number(qint64(record.fields.size())),
                             display::number(qint64(kMaxHeaderFields))));
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
        const std::string_view field = record.fields[i];
        if (std::memchr(field.data(), 0, field.size()))
            throw Error(QCoreApplication::translate(
                            "cwb::ImportPlan",
                            "%1: the header of column %2 ('%3') contains a NUL byte (U+0000); "
                            "the file is damaged or not a text table")
                            .arg(path)
                            .arg(i + 1)
                            .arg(display::value(field)));
        opened.header << fromUtf8(value::trimmed(field));
    }
    // A UTF-8 BOM inside the first header cell (some tools write it twice).
    if (!opened.header.isEmpty() && opened.header.first().startsWith(QChar(0xFEFF)))
        opened.header.first().remove(0, 1);
    plan.header = opened.header;
    const int sampleRows = std::max(1, options.sampleRows);
    std::size_t sampleBytes = 0;
    while (int(opened.sampleFields.size()) < sampleRows && sampleBytes < kMaxSampleBytes &&
           opened.source->next(record)) {
        std::vector<std::string> fields;
        fields.reserve(record.fields.size());
        sampleBytes += record.raw.size();
        for (std::string_view field : record.fields) {
            fields.emplace_back(field);
            sampleBytes += sizeof(std::string) + field.size();
        }
        opened.sampleFields.push_back(std::move(fields));
        opened.sampleRaw.emplace_back(record.raw);
        opened.sampleLines.push_back(record.line);
        opened.sampleOffsets.push_back(record.offset);
    }
    return opened;
}

void planColumns(ImportPlan &plan, const OpenedSource &opened, const ImportOptions &options,
                 const QList<ColumnPlan> &existing)
{
    plan.columns.clear();
    plan.skipped.clear();
    QSet<QString> used;
    QSet<QString> seenHeaders;
    for (int i = 0; i < opened.header.size(); ++i) {
        const QString header = opened.header.at(i);
        if (header.isEmpty() && opened.header.size() == 1)
            throw Error(QStringLiteral("%1: the header row is empty").arg(plan.path));
        if (seenHeaders.contains(header) && !header.isEmpty())
            plan.warnings << QCoreApplication::translate("cwb::ImportPlan",
                                                         "the header '%1' appears more than once")
                                 .arg(display::value(header));
        seenHeaders.insert(header);

        ColumnPlan column;
        column.sourceIndex = i;
        column.sourceHeader = header;
        column.label = header.isEmpty() ? QStringLiteral("(column %1)").arg(i + 1) : header;
        const auto chosen = options.mapping.constFind(header);
        const CanonicalField *canonical = nullptr;
        if (chosen != options.mapping.cend()) {
            if (chosen.value() == QLatin1String("-")) {
                plan.skipped << header;
                continue;
            }
            column.name = chosen.value();
            if (FieldCatalog::safeColumnName(column.name, i) != column.name)
                throw Error(QStringLiteral("mapping '%1' -> '%2': a column name must be lower-case "
                                           "ASCII letters, digits and '_', starting with a letter")
                                .arg(display::value(header), column.name));
            canonical = FieldCatalog::find(column.name);
        } else {
            canonical = FieldCatalog::match(header);
            if (canonical && used.contains(canonical->name)) {
                plan.warnings << QCoreApplication::translate(
                                     "cwb::ImportPlan",
                                     "'%1' also looks like %2, which is already taken "
                                     "by an earlier column; kept under its own name")
                                     .arg(display::value(header), canonical->name);
                canonical = nullptr;
            }
            column.name = canonical ? canonical->name : FieldCatalog::safeColumnName(header, i);
        }
        if (used.contains(column.name)) {
            if (chosen != options.mapping.cend())
                throw Error(QStringLiteral("two columns map to '%1'").arg(column.name));
            int suffix = 2;
            while (used.contains(QStringLiteral("%1_%2").arg(column.name).arg(suffix)))
                ++suffix;
            column.name = QStringLiteral("%1_%2").arg(column.name).arg(suffix);
        }
        used.insert(column.name);
        column.canonical = canonical != nullptr;

        std::vector<std::string> samples;
        for (const auto &fields : opened.sampleFields) {
            if (fields.size() != std::size_t(opened.header.size()))
                continue; // a ragged row will be rejected: its values say nothing of the column
            const std::string_view value = value::trimmed(fields[std::size_t(i)]);
            if (value.empty())
                continue;
            samples.emplace_back(value);
            if (column.samples.size() < 5)
                column.samples << fromUtf8(value);
        }
        // Type: the user's choice, then the existing table's, then the catalog's, then inferred.
        const auto existingColumn =
            std::find_if(existing.cbegin(), existing.cend(),
                         [&](const ColumnPlan &c) { return c.name == column.name; });
        if (options.types.contains(column.name)) {
            column.type = options.types.value(column.name);
        } else if (existingColumn != existing.cend()) {
            column.type = existingColumn->type;
        } else if (canonical) {
            column.type = canonical->type;
        } else {
            column.type = inferColumnType(samples, header);
            column.inferred = true;
        }
        if (column.name == QLatin1String("customer_id"))
            column.type = ColumnType::Text; // identifiers are text: leading zeros survive
        plan.columns << column;
    }

    // The customer id goes first.
    int id = plan.idColumn();
    if (id < 0) {
        if (!options.generateIds) {
            QStringList known;
            for (const QString &synonym :
                 FieldCatalog::find(QStringLiteral("customer_id"))->synonyms)
                if (known.size() < 8)
                    known << synonym;
            throw Error(QStringLiteral("%1 has no customer id column (looked for headers such as "
                                       "%2; the file's headers are: %3). Map one with "
                                       "--map 'HEADER=customer_id', or number the rows with "
                                       "--generate-ids")
                            .arg(plan.path, known.join(QStringLiteral(", ")),
                                 display::list(opened.header)));
        }
        ColumnPlan generated;
        generated.name = QStringLiteral("customer_id");
        generated.label = QStringLiteral("customer_id");
        generated.sourceHeader = QString();
        generated.type = ColumnType::Text;
        generated.canonical = true;
        plan.columns.prepend(generated);
        plan.warnings << QCoreApplication::translate(
            "cwb::ImportPlan", "no customer id column: ids are the row numbers");
    } else if (id > 0) {
        plan.columns.move(id, 0);
    }
    if (plan.columns.first().sourceIndex >= 0)
        plan.columns.first().label = plan.columns.first().sourceHeader;
    if (const QString problem = columnCountProblem(plan, existing, sqliteColumnLimit());
        !problem.isEmpty())
        plan.warnings << problem;
}

int sqliteColumnLimit()
{
    static const int limit = [] {
        Database db(QStringLiteral(":memory:"), Database::Mode::ReadWriteCreate);
        return sqlite3_limit(db.handle(), SQLITE_LIMIT_COLUMN, -1);
    }();
    return limit;
}

QString columnCountProblem(const ImportPlan &plan, const QList<ColumnPlan> &existing,
                           int tableLimit)
{
    const int hidden = 2; // _import_id and _line, which createTableSql adds
    const int limit = tableLimit - hidden;
    int added = 0;
    for (const ColumnPlan &column : plan.columns)
        if (std::none_of(existing.cbegin(), existing.cend(),
                         [&](const ColumnPlan &c) { return c.name == column.name; }))
            ++added;
    const int total = int(existing.size()) + added;
    if (total <= limit)
        return {};
    const QString what =
        existing.isEmpty()
            ? QCoreApplication::translate("cwb::ImportPlan", "%1 has %2 columns to import")
                  .arg(plan.path, display::number(total))
            : QCoreApplication::translate("cwb::ImportPlan", "%1 would bring the customers table "
                                                             "to %2 columns (%3 are there already)")
                  .arg(plan.path, display::number(total), display::number(existing.size()));
    return QCoreApplication::translate(
               "cwb::ImportPlan",
               "%1, more than the %2 a workspace's customers table can hold (SQLite allows %3 "
               "columns in a table, and the import adds %4 of its own). Keep only the columns "
               "you need: leave the others out with --map 'HEADER=-' (or in the import wizard's "
               "mapping), or remove them from the file")
        .arg(what, display::number(limit), display::number(tableLimit))
        .arg(hidden);
}

ImportPlan makeImportPlan(const QString &path, const ImportOptions &options,
                          const QList<ColumnPlan> &existing)
{
    ImportPlan plan;
    const OpenedSource opened = openSource(path, options, plan);
    planColumns(plan, opened, options, existing);
    return plan;
}

} // namespace cwb
