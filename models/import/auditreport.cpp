// SPDX-License-Identifier: GPL-3.0-or-later
// The audit of a whole table: one streaming scan feeding a ColumnProfiler per column, the exact
// outlier count for columns whose quartiles are estimated, storage in audit_runs /
// audit_columns, and the JSON and text forms shown by `cwb audit` and the audit view.
#include "import/audit.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "workspace/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <cmath>
#include <vector>

namespace cwb {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// A savepoint: nests inside a caller's transaction (an import) or stands alone; rolled back on
// destruction unless released.
class Savepoint
{
public:
    explicit Savepoint(Database &db) : m_db(db) { m_db.exec("SAVEPOINT cwb_store_audit"); }
    ~Savepoint()
    {
        if (m_done)
            return;
        try {
            m_db.exec("ROLLBACK TO cwb_store_audit; RELEASE cwb_store_audit");
        } catch (const Error &) {
            // The connection already rolled back (the original error is what the caller sees).
        }
    }
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;
    void release()
    {
        m_db.exec("RELEASE cwb_store_audit");
        m_done = true;
    }

private:
    Database &m_db;
    bool m_done = false;
};

void bindOptional(Statement &statement, int index, const std::optional<double> &value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bindNull(index);
}

void bindText(Statement &statement, int index, const QString &value)
{
    if (value.isEmpty())
        statement.bindNull(index);
    else
        statement.bind(index, value);
}

std::optional<double> optionalReal(const Statement &statement, int column)
{
    if (statement.isNull(column))
        return std::nullopt;
    return statement.real(column);
}

QJsonValue jsonOptional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray topValuesJson(const ColumnAudit &column)
{
    QJsonArray array;
    for (const auto &[value, count] : column.topValues)
        array.append(QJsonObject{{QStringLiteral("value"), value},
                                 {QStringLiteral("count"), double(count)}});
    return array;
}

// [[import id, line], ...]
QJsonArray sourceLinesJson(const QList<SourceLine> &lines)
{
    QJsonArray array;
    for (const SourceLine &line : lines)
        array.append(QJsonArray{double(line.importId), double(line.line)});
    return array;
}

QJsonArray numbersJson(const QList<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

QJsonArray countsJson(const QList<qint64> &values)
{
    QJsonArray array;
    for (qint64 v : values)
        array.append(double(v));
    return array;
}

QString compactJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonValue parseJson(const QString &text, qint64 auditId, const QString &column, const char *field)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (document.isNull())
        throw Error(QStringLiteral("audit %1, column %2: %3 is not valid JSON (%4)")
                        .arg(auditId)
                        .arg(column, QLatin1String(field), error.errorString()));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// ------------------------------------------------------------------ text table helpers

// Terminal columns taken by a code point: 2 for East Asian wide and fullwidth characters (CJK,
// Hangul, fullwidth forms), 0 for combining marks, else 1.
int codePointWidth(char32_t c)
{
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) || c == 0xFE0F)
        return 0;
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
        (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
        (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
        (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
        (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += codePointWidth(c);
    return width;
}

// Cuts `text` to at most `maxWidth` terminal columns, ending in "…" when cut.
QString elide(const QString &text, int maxWidth)
{
    if (displayWidth(text) <= maxWidth)
        return text;
    QString out;
    int width = 0;
    for (char32_t c : text.toUcs4()) {
        const int w = codePointWidth(c);
        if (width + w > maxWidth - 1)
            break;
        out += QString::fromUcs4(&c, 1);
        width += w;
    }
    return out + QChar(0x2026);
}

QString pad(const QString &text, int width, bool right)
{
    const QString fill(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

// A statistic for the table: 2 decimals at most (trailing zeros dropped), or 4 significant
// digits in exponent form when very large or small.
QString shortNumber(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude >= 1e9 || (magnitude > 0 && magnitude < 1e-3))
        return QString::number(value, 'g', 4);
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

// The null share with one decimal, "<0.1%" when there are nulls but fewer than 0.05%.
QString nullPercent(const ColumnAudit &column)
{
    const double percent = 100.0 * column.nullRate;
    if (column.nulls > 0 && percent < 0.05)
        return QStringLiteral("<0.1%");
    return QString::number(percent, 'f', 1) + QLatin1Char('%');
}

// The checks below the table: negative values of money and usage columns, with the first lines,
// and the personal columns whose values are not kept.
QString checksText(const AuditReport &report)
{
    QString text;
    QStringList negative, unchecked, personal;
    bool amounts = false;
    for (const ColumnAudit &c : report.columns) {
        const QString name = c.label.isEmpty() || c.label == c.name
                                 ? c.name
                                 : QStringLiteral("%1 (%2)").arg(c.name, c.label);
        if (c.masked)
            personal << c.name;
        if (!isAmount(c.role()))
            continue;
        amounts = true;
        if (c.negatives < 0) {
            unchecked << c.name;
            continue;
        }
        if (c.negatives == 0)
            continue;
        QStringList lines;
        for (const SourceLine &line : c.negativeLines)
            lines << (line.importId == report.importId || report.importId <= 0
                          ? QString::number(line.line)
                          : QStringLiteral("%1 of import %2").arg(line.line).arg(line.importId));
        QString entry = QStringLiteral("  %1: %2 %3")
                            .arg(name)
                            .arg(c.negatives)
                            .arg(c.negatives == 1 ? QStringLiteral("row") : QStringLiteral("rows"));
        if (!lines.isEmpty())
            entry += QStringLiteral(", %1 %2%3")
                         .arg(lines.size() == 1 ? QStringLiteral("line") : QStringLiteral("lines"),
                              lines.join(QStringLiteral(", ")),
                              c.negatives > lines.size() ? QStringLiteral(", ...") : QString());
        negative << entry;
    }
    if (!negative.isEmpty()) {
        text +=
            QStringLiteral("negative fees and usage: %1 %2\n")
                .arg(negative.size())
                .arg(negative.size() == 1 ? QStringLiteral("column") : QStringLiteral("columns"));
        for (const QString &entry : std::as_const(negative))
            text += entry + QLatin1Char('\n');
    } else if (amounts && unchecked.isEmpty()) {
        text += QStringLiteral("negative fees and usage: none\n");
    }
    if (!unchecked.isEmpty())
        text += QStringLiteral("negative fees and usage not checked (an audit from an earlier "
                               "version): %1\n")
                    .arg(unchecked.join(QStringLiteral(", ")));
    if (!personal.isEmpty())
        text += QStringLiteral("masked (personal data, no values kept): %1\n")
                    .arg(personal.join(QStringLiteral(", ")));
    return text;
}

} // namespace

AuditReport auditTable(Database &db, const QString &table, const QList<ColumnAudit> &columns,
                       JobControl *job)
{
    if (columns.isEmpty())
        throw Error(QStringLiteral("audit of table %1: no columns to audit").arg(table));
    QStringList names;
    std::vector<ColumnProfiler> profilers;
    std::vector<bool> numeric;
    profilers.reserve(std::size_t(columns.size()));
    for (const ColumnAudit &column : columns) {
        names.append(Database::quoteIdentifier(column.name));
        profilers.emplace_back(column.type);
        numeric.push_back(isNumeric(column.type));
    }
    const QString quotedTable = Database::quoteIdentifier(table);
    Statement scan(db, utf8(QStringLiteral("SELECT %1 FROM %2")
                                .arg(names.join(QStringLiteral(", ")), quotedTable)));
    const int count = int(columns.size());
    qint64 rows = 0;
    while (scan.step()) {
        for (int i = 0; i < count; ++i) {
            ColumnProfiler &profiler = profilers[std::size_t(i)];
            if (scan.isNull(i))
                profiler.addNull();
            else if (numeric[std::size_t(i)])
                profiler.addNumber(scan.real(i));
            else
                profiler.addText(scan.textView(i));
        }
        ++rows;
        if (job && (rows & 4095) == 0) {
            job->throwIfCancelled();
            Progress progress;
            progress.items = rows;
            job->report(progress);
        }
    }

    AuditReport report;
    report.computedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    report.rows = rows;
    for (int i = 0; i < count; ++i) {
        const ColumnAudit &given = columns.at(i);
        ColumnAudit audit = profilers[std::size_t(i)].finish();
        audit.position = given.position;
        audit.name = given.name;
        audit.label = given.label;
        audit.invalid = given.invalid;
        report.columns.append(audit);
    }

    // Columns whose quartiles come from a sample: count the values outside the fences exactly,
    // all such columns in one aggregate query (fences bound as parameters).
    QStringList sums;
    QList<int> pending;
    for (int i = 0; i < count; ++i) {
        const ColumnAudit &audit = report.columns.at(i);
        if (audit.outliers >= 0)
            continue;
        if (!audit.q1 || !audit.q3) { // no values left: nothing lies outside
            report.columns[i].outliers = 0;
            continue;
        }
        const int p = 2 * int(pending.size()) + 1;
        sums.append(QStringLiteral("COALESCE(SUM(CASE WHEN %1 < ?%2 OR %1 > ?%3 THEN 1 ELSE 0 "
                                   "END), 0)")
                        .arg(names.at(i))
                        .arg(p)
                        .arg(p + 1));
        pending.append(i);
    }
    if (!pending.isEmpty()) {
        if (job)
            job->throwIfCancelled();
        Statement outliers(db, utf8(QStringLiteral("SELECT %1 FROM %2")
                                        .arg(sums.join(QStringLiteral(", ")), quotedTable)));
        for (int k = 0; k < pending.size(); ++k) {
            const ColumnAudit &audit = report.columns.at(pending.at(k));
            const double iqr = *audit.q3 - *audit.q1;
            outliers.bind(2 * k + 1, *audit.q1 - 1.5 * iqr);
            outliers.bind(2 * k + 2, *audit.q3 + 1.5 * iqr);
        }
        if (!outliers.step())
            throw Error(
                QStringLiteral("audit of table %1: the outlier query returned no row").arg(table));
        for (int k = 0; k < pending.size(); ++k)
            report.columns[pending.at(k)].outliers = outliers.int64(k);
    }
    locateNegatives(db, table, report);
    if (job) {
        Progress progress;
        progress.items = rows;
        job->report(progress, true);
    }
    return report;
}

qint64 storeAudit(Database &db, const AuditReport &given)
{
    AuditReport report = given;
    maskPersonalValues(report);
    Savepoint savepoint(db);
    Statement run(db, "INSERT INTO audit_runs(import_id, computed_at, rows, duplicate_ids) "
                      "VALUES (?1, ?2, ?3, ?4)");
    if (report.importId > 0)
        run.bind(1, report.importId);
    else
        run.bindNull(1);
    run.bind(2, report.computedAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
                                            : report.computedAt);
    run.bind(3, report.rows);
    run.bind(4, report.duplicateIds);
    run.exec();
    const qint64 auditId = db.lastInsertRowId();

    Statement insert(db, "INSERT INTO audit_columns(audit_id, position, name, label, type, rows, "
                         "nulls, distinct_count, distinct_exact, min_value, max_value, mean, "
                         "stddev, q1, median, q3, quantiles_exact, invalid, outliers, top_values, "
                         "histogram) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                         "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)");
    for (const ColumnAudit &column : report.columns) {
        insert.bind(1, auditId);
        insert.bind(2, column.position);
        insert.bind(3, column.name);
        bindText(insert, 4, column.label);
        insert.bind(5, columnTypeName(column.type));
        insert.bind(6, column.rows);
        insert.bind(7, column.nulls);
        insert.bind(8, column.distinct);
        insert.bind(9, qint64(column.distinctExact ? 1 : 0));
        bindText(insert, 10, column.minValue);
        bindText(insert, 11, column.maxValue);
        bindOptional(insert, 12, column.mean);
        bindOptional(insert, 13, column.stddev);
        bindOptional(insert, 14, column.q1);
        bindOptional(insert, 15, column.median);
        bindOptional(insert, 16, column.q3);
        insert.bind(17, qint64(column.quantilesExact ? 1 : 0));
        insert.bind(18, column.invalid);
        insert.bind(19, column.outliers);
        insert.bind(20, compactJson(topValuesJson(column)));
        // The histogram object also carries the negative-value check of money and usage
        // columns (there is a histogram whenever such a column has values).
        if (column.histogramCounts.isEmpty()) {
            insert.bindNull(21);
        } else {
            QJsonObject histogram{{QStringLiteral("edges"), numbersJson(column.histogramEdges)},
                                  {QStringLiteral("counts"), countsJson(column.histogramCounts)}};
            if (isAmount(column.role()) && column.negatives >= 0) {
                histogram.insert(QStringLiteral("negative"), double(column.negatives));
                histogram.insert(QStringLiteral("negative_lines"),
                                 sourceLinesJson(column.negativeLines));
            }
            insert.bind(21, compactJson(histogram));
        }
        insert.exec();
        insert.reset();
    }
    savepoint.release();
    return auditId;
}

AuditReport loadLatestAudit(Database &db)
{
    AuditReport report;
    Statement run(db, "SELECT id, import_id, computed_at, rows, duplicate_ids FROM audit_runs "
                      "ORDER BY id DESC LIMIT 1");
    if (!run.step())
        return report;
    report.auditId = run.int64(0);
    report.importId = run.isNull(1) ? 0 : run.int64(1);
    report.computedAt = run.text(2);
    report.rows = run.int64(3);
    report.duplicateIds = run.int64(4);

    Statement columns(db, "SELECT position, name, label, type, rows, nulls, distinct_count, "
                          "distinct_exact, min_value, max_value, mean, stddev, q1, median, q3, "
                          "quantiles_exact, invalid, outliers, top_values, histogram "
                          "FROM audit_columns WHERE audit_id = ?1 ORDER BY position");
    columns.bind(1, report.auditId);
    while (columns.step()) {
        ColumnAudit column;
        column.position = int(columns.int64(0));
        column.name = columns.text(1);
        column.label = columns.text(2);
        const QString typeName = columns.text(3);
        const auto type = columnTypeFromName(typeName);
        if (!type)
            throw Error(QStringLiteral("audit %1, column %2: unknown column type \"%3\"")
                            .arg(report.auditId)
                            .arg(column.name, typeName));
        column.type = *type;
        column.rows = columns.int64(4);
        column.nulls = columns.int64(5);
        column.nullRate = column.rows > 0 ? double(column.nulls) / double(column.rows) : 0.0;
        column.distinct = columns.int64(6);
        column.distinctExact = columns.int64(7) != 0;
        column.minValue = columns.text(8);
        column.maxValue = columns.text(9);
        column.mean = optionalReal(columns, 10);
        column.stddev = optionalReal(columns, 11);
        column.q1 = optionalReal(columns, 12);
        column.median = optionalReal(columns, 13);
        column.q3 = optionalReal(columns, 14);
        column.quantilesExact = columns.int64(15) != 0;
        column.invalid = columns.int64(16);
        column.outliers = columns.int64(17);
        if (!columns.isNull(18)) {
            const QJsonValue top =
                parseJson(columns.text(18), report.auditId, column.name, "top_values");
            for (const QJsonValue &entry : top.toArray()) {
                const QJsonObject object = entry.toObject();
                column.topValues.append({object.value(QStringLiteral("value")).toString(),
                                         qint64(object.value(QStringLiteral("count")).toDouble())});
            }
        }
        if (!columns.isNull(19)) {
            const QJsonObject histogram =
                parseJson(columns.text(19), report.auditId, column.name, "histogram").toObject();
            for (const QJsonValue &edge : histogram.value(QStringLiteral("edges")).toArray())
                column.histogramEdges.append(edge.toDouble());
            for (const QJsonValue &n : histogram.value(QStringLiteral("counts")).toArray())
                column.histogramCounts.append(qint64(n.toDouble()));
            const QJsonValue negatives = histogram.value(QStringLiteral("negative"));
            column.negatives = negatives.isDouble() ? qint64(negatives.toDouble()) : -1;
            for (const QJsonValue &entry :
                 histogram.value(QStringLiteral("negative_lines")).toArray()) {
                const QJsonArray pair = entry.toArray();
                column.negativeLines.append(
                    {qint64(pair.at(0).toDouble()), qint64(pair.at(1).toDouble())});
            }
            if (column.histogramEdges.size() != column.histogramCounts.size() + 1)
                throw Error(QStringLiteral("audit %1, column %2: histogram has %3 edges for %4 "
                                           "bins")
                                .arg(report.auditId)
                                .arg(column.name)
                                .arg(column.histogramEdges.size())
                                .arg(column.histogramCounts.size()));
        }
        maskPersonalValues(column); // an audit stored by an earlier version kept the values
        report.columns.append(column);
    }
    return report;
}

QJsonObject auditToJson(const AuditReport &report)
{
    QJsonArray columns;
    QJsonArray checks;
    for (const ColumnAudit &c : report.columns) {
        const ColumnRole role = c.role();
        const bool amount = isAmount(role);
        QJsonArray negativeLines;
        for (const SourceLine &line : c.negativeLines)
            negativeLines.append(QJsonObject{{QStringLiteral("import_id"), double(line.importId)},
                                             {QStringLiteral("line"), double(line.line)}});
        if (amount && c.negatives > 0)
            checks.append(QJsonObject{{QStringLiteral("check"), QStringLiteral("negative_values")},
                                      {QStringLiteral("column"), c.name},
                                      {QStringLiteral("label"), c.label},
                                      {QStringLiteral("role"), columnRoleName(role)},
                                      {QStringLiteral("rows"), double(c.negatives)},
                                      {QStringLiteral("lines"), negativeLines}});
        columns.append(QJsonObject{
            {QStringLiteral("position"), c.position},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("label"), c.label},
            {QStringLiteral("type"), columnTypeName(c.type)},
            {QStringLiteral("rows"), double(c.rows)},
            {QStringLiteral("nulls"), double(c.nulls)},
            {QStringLiteral("null_rate"), c.nullRate},
            {QStringLiteral("distinct"), double(c.distinct)},
            {QStringLiteral("distinct_exact"), c.distinctExact},
            {QStringLiteral("min_value"),
             c.minValue.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.minValue)},
            {QStringLiteral("max_value"),
             c.maxValue.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.maxValue)},
            {QStringLiteral("mean"), jsonOptional(c.mean)},
            {QStringLiteral("stddev"), jsonOptional(c.stddev)},
            {QStringLiteral("q1"), jsonOptional(c.q1)},
            {QStringLiteral("median"), jsonOptional(c.median)},
            {QStringLiteral("q3"), jsonOptional(c.q3)},
            {QStringLiteral("quantiles_exact"), c.quantilesExact},
            {QStringLiteral("invalid"), double(c.invalid)},
            // -1 (not counted) only for a report that did not come from auditTable.
            {QStringLiteral("outliers"),
             c.outliers < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(c.outliers))},
            {QStringLiteral("top_values"), topValuesJson(c)},
            {QStringLiteral("histogram_edges"), numbersJson(c.histogramEdges)},
            {QStringLiteral("histogram_counts"), countsJson(c.histogramCounts)},
            {QStringLiteral("role"), columnRoleName(role)},
            {QStringLiteral("masked"), c.masked},
            // money and usage columns: values below 0 (null: not counted, or another role)
            {QStringLiteral("negative"), amount && c.negatives >= 0
                                             ? QJsonValue(double(c.negatives))
                                             : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("negative_lines"), negativeLines},
        });
    }
    return QJsonObject{
        {QStringLiteral("audit_id"), double(report.auditId)},
        {QStringLiteral("import_id"),
         report.importId > 0 ? QJsonValue(double(report.importId)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("computed_at"), report.computedAt},
        {QStringLiteral("rows"), double(report.rows)},
        {QStringLiteral("duplicate_ids"), double(report.duplicateIds)},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("checks"), checks},
    };
}

QString auditToText(const AuditReport &report)
{
    constexpr int kMaxCell = 24;     // longer cells (text min/max) are cut with "…"
    constexpr int kQuartileCell = 9; // the "Q1 / median / Q3" cell, cut only past 48
    const QStringList headers = {QStringLiteral("#"),       QStringLiteral("column"),
                                 QStringLiteral("label"),   QStringLiteral("type"),
                                 QStringLiteral("null %"),  QStringLiteral("distinct"),
                                 QStringLiteral("min"),     QStringLiteral("max"),
                                 QStringLiteral("mean"),    QStringLiteral("Q1 / median / Q3"),
                                 QStringLiteral("invalid"), QStringLiteral("outliers")};
    // Right-aligned: the numeric cells.
    const QList<bool> right = {true,  false, false, false, true, true,
                               false, false, true,  false, true, true};
    const QString dash = QStringLiteral("-");
    const QString approx = QString(QChar(0x2248)); // "≈": estimated from a sketch or sample
    const QString masked = QStringLiteral("(masked)");

    QList<QStringList> rows;
    for (const ColumnAudit &c : report.columns) {
        const bool numeric = isNumeric(c.type);
        QString quartiles = dash;
        if (c.q1 && c.median && c.q3) {
            quartiles = QStringLiteral("%1 / %2 / %3")
                            .arg(shortNumber(*c.q1), shortNumber(*c.median), shortNumber(*c.q3));
            if (!c.quantilesExact)
                quartiles.prepend(approx);
        }
        QString outliers = dash;
        if (numeric && c.type != ColumnType::Boolean)
            outliers = c.outliers < 0 ? QStringLiteral("?") : QString::number(c.outliers);
        rows.append({QString::number(c.position), c.name, c.label.isEmpty() ? dash : c.label,
                     columnTypeName(c.type), nullPercent(c),
                     (c.distinctExact ? QString() : approx) + QString::number(c.distinct),
                     c.masked               ? masked
                     : c.minValue.isEmpty() ? dash
                                            : c.minValue,
                     c.masked               ? masked
                     : c.maxValue.isEmpty() ? dash
                                            : c.maxValue,
                     c.mean ? shortNumber(*c.mean) : dash, quartiles, QString::number(c.invalid),
                     outliers});
    }
    QList<int> widths;
    for (int k = 0; k < headers.size(); ++k) {
        int width = displayWidth(headers.at(k));
        for (QStringList &row : rows) {
            row[k] = elide(row.at(k), k == kQuartileCell ? 2 * kMaxCell : kMaxCell);
            width = std::max(width, displayWidth(row.at(k)));
        }
        widths.append(width);
    }
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (int k = 0; k < cells.size(); ++k)
            padded.append(pad(cells.at(k), widths.at(k), right.at(k)));
        QString text = padded.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };

    QString text = QStringLiteral("Data audit");
    if (report.auditId > 0)
        text += QStringLiteral(" %1").arg(report.auditId);
    if (report.importId > 0)
        text += QStringLiteral(" (import %1)").arg(report.importId);
    if (!report.computedAt.isEmpty())
        text += QStringLiteral(", computed %1").arg(report.computedAt);
    text += QStringLiteral("\n\n") + line(headers);
    QStringList rules;
    for (int width : widths)
        rules.append(QString(width, QLatin1Char('-')));
    text += rules.join(QStringLiteral("  ")) + QLatin1Char('\n');
    for (const QStringList &row : rows)
        text += line(row);
    text +=
        QStringLiteral("\nrows: %1\nduplicate ids: %2\n").arg(report.rows).arg(report.duplicateIds);
    text += checksText(report);
    bool estimated = false;
    for (const ColumnAudit &c : report.columns)
        estimated = estimated || !c.distinctExact || !c.quantilesExact;
    if (estimated)
        text += approx + QStringLiteral(" estimated (distinct: HyperLogLog; quartiles: a sample of "
                                        "%1 values)\n")
                             .arg(ColumnProfiler::kReservoirSize);
    return text;
}

} // namespace cwb
