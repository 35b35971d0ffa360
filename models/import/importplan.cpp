// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importplan.h"

#include "core/error.h"
#include "import/csvreader.h"
#include "import/fieldcatalog.h"
#include "import/valueparser.h"
#include "import/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

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
    return file.read(4) == QByteArray("PK\x03\x04", 4);
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

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
    for (std::string_view field : record.fields)
        opened.header << fromUtf8(value::trimmed(field));
    // A UTF-8 BOM inside the first header cell (some tools write it twice).
    if (!opened.header.isEmpty() && opened.header.first().startsWith(QChar(0xFEFF)))
        opened.header.first().remove(0, 1);
    plan.header = opened.header;
    const int sampleRows = std::max(1, options.sampleRows);
    while (int(opened.sampleFields.size()) < sampleRows && opened.source->next(record)) {
        std::vector<std::string> fields;
        fields.reserve(record.fields.size());
        for (std::string_view field : record.fields)
            fields.emplace_back(field);
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
                                 .arg(header);
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
                                .arg(header, column.name));
            canonical = FieldCatalog::find(column.name);
        } else {
            canonical = FieldCatalog::match(header);
            if (canonical && used.contains(canonical->name)) {
                plan.warnings << QCoreApplication::translate(
                                     "cwb::ImportPlan",
                                     "'%1' also looks like %2, which is already taken "
                                     "by an earlier column; kept under its own name")
                                     .arg(header, canonical->name);
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
                                 opened.header.join(QStringLiteral(", "))));
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
