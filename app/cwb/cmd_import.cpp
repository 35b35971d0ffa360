// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb import`, `cwb audit`, `cwb rejects`: loading customer extracts and checking them.
#include "cliutil.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "import/audit.h"
#include "import/importer.h"
#include "import/mappingstore.h"
#include "import/rejects.h"
#include "import/retention.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace cwb::cli {

namespace {

const QCommandLineOption kWorkspace({QStringLiteral("w"), QStringLiteral("workspace")},
                                    QStringLiteral("The workspace file (.cwb)."),
                                    QStringLiteral("W.cwb"));
const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print JSON."));

QString number(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

ImportOptions parseImportOptions(const QCommandLineParser &parser)
{
    ImportOptions options;
    auto value = [&](const char *name) { return parser.value(QString::fromLatin1(name)); };
    options.encoding = value("encoding");
    options.delimiter = value("delimiter");
    options.sheet = value("sheet");
    const QString mode = value("mode");
    if (mode == QLatin1String("replace"))
        options.mode = ImportMode::Replace;
    else if (mode == QLatin1String("append"))
        options.mode = ImportMode::Append;
    else
        throw Error(QStringLiteral("--mode must be replace or append, not '%1'").arg(mode));
    const QString duplicate = value("on-duplicate");
    if (duplicate == QLatin1String("reject"))
        options.onDuplicate = DuplicatePolicy::Reject;
    else if (duplicate == QLatin1String("first"))
        options.onDuplicate = DuplicatePolicy::KeepFirst;
    else if (duplicate == QLatin1String("last"))
        options.onDuplicate = DuplicatePolicy::KeepLast;
    else
        throw Error(QStringLiteral("--on-duplicate must be reject, first or last, not '%1'")
                        .arg(duplicate));
    bool ok = false;
    options.maxRejectRatio = value("max-reject-ratio").toDouble(&ok);
    if (!ok || options.maxRejectRatio < 0.0 || options.maxRejectRatio > 1.0)
        throw Error(QStringLiteral("--max-reject-ratio must be a number from 0 to 1, not '%1'")
                        .arg(value("max-reject-ratio")));
    for (const QString &entry : parser.values(QStringLiteral("map"))) {
        const qsizetype eq = entry.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            throw Error(QStringLiteral("--map expects HEADER=COLUMN (or HEADER=- to leave it "
                                       "out), not '%1'")
                            .arg(entry));
        options.mapping.insert(entry.left(eq), entry.mid(eq + 1));
    }
    for (const QString &entry : parser.values(QStringLiteral("type"))) {
        const qsizetype eq = entry.lastIndexOf(QLatin1Char('='));
        const auto type = eq > 0 ? columnTypeFromName(entry.mid(eq + 1)) : std::nullopt;
        if (!type)
            throw Error(QStringLiteral("--type expects COLUMN=TYPE with TYPE one of text, integer, "
                                       "decimal, date, boolean, phone; not '%1'")
                            .arg(entry));
        options.types.insert(entry.left(eq), *type);
    }
    options.generateIds = parser.isSet(QStringLiteral("generate-ids"));
    return options;
}

void printImportSummary(const ImportResult &result, const QString &workspace)
{
    const ImportPlan &plan = result.plan;
    printOut(QStringLiteral("Imported %1 of %2 rows from %3 into %4 (import #%5, %6 s)")
                 .arg(number(result.rowsRead - result.rejected))
                 .arg(number(result.rowsRead))
                 .arg(QFileInfo(plan.path).fileName(), workspace)
                 .arg(result.importId)
                 .arg(result.seconds, 0, 'f', 2));
    if (plan.format == QLatin1String("xlsx"))
        printOut(QStringLiteral("  format: xlsx, sheet '%1'").arg(plan.sheet));
    else
        printOut(QStringLiteral("  encoding: %1 (%2); delimiter: %3")
                     .arg(plan.encoding, plan.encodingReason, plan.delimiterName()));
    printOut(QStringLiteral("  rejected: %1%2")
                 .arg(number(result.rejected), result.rejected
                                                   ? QStringLiteral(" (cwb rejects --workspace "
                                                                    "%1)")
                                                         .arg(workspace)
                                                   : QString()));
    printOut(
        QStringLiteral("  rows with a duplicate customer id: %1").arg(number(result.duplicateIds)));
    if (result.replaced)
        printOut(
            QStringLiteral("  rows of earlier imports replaced: %1").arg(number(result.replaced)));
    printOut(QStringLiteral("  customers in the workspace: %1").arg(number(result.audit.rows)));
    for (const QString &warning : plan.warnings)
        printOut(QStringLiteral("  note: %1").arg(warning));
    printOut(QStringLiteral("Columns:"));
    for (const ColumnPlan &column : plan.columns) {
        printOut(QStringLiteral("  %1 %2 <- %3")
                     .arg(column.name, -22)
                     .arg(columnTypeName(column.type), -8)
                     .arg(column.sourceIndex < 0 ? QStringLiteral("(row numbers)")
                                                 : column.sourceHeader));
    }
    if (!plan.skipped.isEmpty())
        printOut(QStringLiteral("Left out: %1").arg(plan.skipped.join(QStringLiteral(", "))));
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Load a customer extract (CSV/TSV in UTF-8, GBK/GB18030 or UTF-16; or "
                       ".xlsx) into the workspace's customers table, with rejects and a data "
                       "audit. The workspace is created if needed and is unchanged on failure."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The extract to load."));
    parser.addOption(kWorkspace);
    parser.addOption({QStringLiteral("encoding"), QStringLiteral("auto|utf-8|gb18030|utf-16"),
                      QStringLiteral("ENC"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("delimiter"), QStringLiteral("auto|,|;|tab|pipe"),
                      QStringLiteral("D"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("sheet"), QStringLiteral("XLSX sheet (default: the first)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("mode"), QStringLiteral("replace|append"),
                      QStringLiteral("MODE"), QStringLiteral("replace")});
    parser.addOption({QStringLiteral("on-duplicate"),
                      QStringLiteral("reject (all rows of a repeated id) | first | last"),
                      QStringLiteral("POLICY"), QStringLiteral("reject")});
    parser.addOption({QStringLiteral("max-reject-ratio"),
                      QStringLiteral("Abort when more than this share of rows is rejected."),
                      QStringLiteral("R"), QStringLiteral("0.1")});
    parser.addOption({QStringLiteral("map"),
                      QStringLiteral("Map a header to a column: HEADER=COLUMN, or HEADER=- to "
                                     "leave it out (repeatable)."),
                      QStringLiteral("HEADER=COLUMN")});
    parser.addOption({QStringLiteral("type"),
                      QStringLiteral("Set a column's type: COLUMN=text|integer|decimal|date|"
                                     "boolean|phone (repeatable)."),
                      QStringLiteral("COLUMN=TYPE")});
    parser.addOption({QStringLiteral("mapping"),
                      QStringLiteral("Start from the mapping saved in the workspace under NAME "
                                     "(--map and --type still apply on top)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("save-mapping"),
                      QStringLiteral("Save this import's mapping and types under NAME."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("generate-ids"),
                      QStringLiteral("The file has no customer id: number the rows.")});
    parser.addOption({QStringLiteral("progress"), QStringLiteral("Report progress on stderr.")});
    parser.addOption({QStringLiteral("dry-run"),
                      QStringLiteral("Check the first rows (mapping, types, rejects) and write "
                                     "nothing.")});
    parser.addOption(kJson);
    return parseAndRun(parser, args, QStringLiteral("import"), [&] {
        if (parser.positionalArguments().size() != 1)
            throw Error(QStringLiteral("name exactly one FILE to import"));
        const QString file = parser.positionalArguments().constFirst();
        const QString path = requireWorkspace(parser);
        ImportOptions options = parseImportOptions(parser);
        if (parser.isSet(QStringLiteral("mapping"))) {
            const QString name = parser.value(QStringLiteral("mapping"));
            if (!QFileInfo::exists(path))
                throw Error(QStringLiteral("%1 does not exist, so it has no saved mapping '%2'")
                                .arg(path, name));
            auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
            const auto saved = MappingStore::load(workspace->db(), name);
            if (!saved)
                throw Error(
                    QStringLiteral("no mapping named '%1' in %2 (saved: %3)")
                        .arg(name, path,
                             MappingStore::names(workspace->db()).join(QStringLiteral(", "))));
            ImportOptions merged = options;
            saved->applyTo(merged);
            for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it)
                merged.mapping.insert(it.key(), it.value());
            for (auto it = options.types.cbegin(); it != options.types.cend(); ++it)
                merged.types.insert(it.key(), it.value());
            options = merged;
        }
        if (parser.isSet(QStringLiteral("dry-run"))) {
            QList<ColumnPlan> existing;
            if (options.mode == ImportMode::Append && QFileInfo::exists(path)) {
                auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
                existing = Importer::existingColumns(*workspace);
            }
            const ImportPreview preview = Importer::preview(file, options, existing);
            if (parser.isSet(kJson)) {
                printJson(QJsonDocument(preview.toJson()));
                return 0;
            }
            printOut(QStringLiteral("Checked the first %1 rows of %2: %3 would be rejected")
                         .arg(number(preview.rowsChecked), QFileInfo(file).fileName(),
                              number(preview.wouldReject)));
            for (const auto &[line, reason] : preview.rejects)
                printOut(QStringLiteral("  line %1: %2").arg(line).arg(reason));
            for (const ColumnPlan &column : preview.plan.columns)
                printOut(QStringLiteral("  %1 %2 <- %3")
                             .arg(column.name, -22)
                             .arg(columnTypeName(column.type), -8)
                             .arg(column.sourceIndex < 0 ? QStringLiteral("(row numbers)")
                                                         : column.sourceHeader));
            return 0;
        }
        auto workspace = Workspace::openOrCreate(path);
        JobControl job;
        if (parser.isSet(QStringLiteral("progress"))) {
            job.intervalMs = 500;
            job.onProgress = [](const Progress &p) {
                const double share =
                    p.bytesTotal > 0 ? double(p.bytesDone) / double(p.bytesTotal) : 0.0;
                printErr(QStringLiteral("progress: %1 rows, %2%, %3 s")
                             .arg(p.items)
                             .arg(share * 100.0, 0, 'f', 1)
                             .arg(p.secondsElapsed, 0, 'f', 1));
            };
        }
        const ImportResult result = Importer::run(*workspace, file, options, &job);
        if (parser.isSet(QStringLiteral("save-mapping"))) {
            SavedMapping saved;
            saved.name = parser.value(QStringLiteral("save-mapping"));
            for (const ColumnPlan &column : result.plan.columns) {
                if (column.sourceIndex >= 0)
                    saved.mapping.insert(column.sourceHeader, column.name);
                saved.types.insert(column.name, column.type);
            }
            for (const QString &header : result.plan.skipped)
                saved.mapping.insert(header, QStringLiteral("-"));
            MappingStore::save(workspace->db(), saved);
        }
        if (parser.isSet(kJson))
            printJson(QJsonDocument(result.toJson()));
        else
            printImportSummary(result, path);
        return 0;
    });
}

int runAudit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print the data audit of the workspace's customers (after the last "
                       "import): per column type, null rate, distinct values, range, quartiles, "
                       "invalid values, outliers; duplicate ids."));
    parser.addOption(kWorkspace);
    parser.addOption(kJson);
    return parseAndRun(parser, args, QStringLiteral("audit"), [&] {
        auto workspace = Workspace::open(requireWorkspace(parser), Workspace::Access::ReadOnly);
        const AuditReport report = loadLatestAudit(workspace->db());
        if (report.auditId == 0)
            throw Error(QStringLiteral("the workspace has no audit yet: import an extract first"));
        if (parser.isSet(kJson))
            printJson(QJsonDocument(auditToJson(report)));
        else
            printOut(auditToText(report));
        return 0;
    });
}

qint64 importNumber(const QCommandLineParser &parser, const QString &option)
{
    bool ok = false;
    const qint64 id = parser.value(option).toLongLong(&ok);
    if (!ok || id < 0)
        throw Error(QStringLiteral("--%1 expects an import number, not '%2'")
                        .arg(option, parser.value(option)));
    return id;
}

int purgeRejects(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("csv")))
        throw Error(QStringLiteral("--purge and --csv do not go together: export first, then "
                                   "purge"));
    PurgeScope scope;
    const bool customers = parser.isSet(QStringLiteral("import"));
    const bool outcomes = parser.isSet(QStringLiteral("outcome-import"));
    if (customers || outcomes) {
        scope.customers = customers;
        scope.outcomes = outcomes;
        if (customers)
            scope.customerImport = importNumber(parser, QStringLiteral("import"));
        if (outcomes)
            scope.outcomeImport = importNumber(parser, QStringLiteral("outcome-import"));
    }
    const QString path = requireWorkspace(parser);
    auto workspace = Workspace::open(path, Workspace::Access::ReadWrite);
    const PurgeResult result = Retention::purgeRejects(*workspace, scope);
    if (parser.isSet(kJson)) {
        printJson(QJsonDocument(result.toJson()));
        return 0;
    }
    if (result.rows == 0) {
        printOut(QStringLiteral("No rejected rows are kept in %1 for %2: nothing to purge")
                     .arg(path, customers || outcomes ? QStringLiteral("that import")
                                                      : QStringLiteral("any import")));
    } else {
        printOut(QStringLiteral("Purged %1 rejected rows from %2:").arg(number(result.rows), path));
        for (const HeldRejects &held : result.purged) {
            if (held.kind == HeldRejects::Kind::Customers)
                printOut(QStringLiteral("  import #%1 %2 (%3): %4 rows")
                             .arg(held.importId)
                             .arg(held.fileName, held.importedAt, number(held.rows)));
            else
                printOut(
                    QStringLiteral("  outcome import #%1 %2, campaign %3 (%4): %5 rows")
                        .arg(held.importId)
                        .arg(held.fileName, held.campaign, held.importedAt, number(held.rows)));
        }
        printOut(QStringLiteral("The import log keeps each import's file name, times and counts."));
    }
    if (result.auditColumnsMasked > 0)
        printOut(QStringLiteral("Masked the personal values of %1 stored audit columns.")
                     .arg(number(result.auditColumnsMasked)));
    printOut(QStringLiteral("Free space in the file: %1 bytes, overwritten with zeros (reused by "
                            "later imports; a saved copy is compacted).")
                 .arg(number(result.freeBytes)));
    return 0;
}

int runRejects(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the rows the last import rejected, with line, column, reason and the "
                       "raw text; or write them to a CSV file; or purge them (--purge)."));
    parser.addOption(kWorkspace);
    parser.addOption({QStringLiteral("csv"), QStringLiteral("Write the rejects to this CSV file."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("import"),
                      QStringLiteral("Which import (default: the last; 0 = all). With --purge: "
                                     "purge this customer import's rejects only."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("purge"),
                      QStringLiteral("Delete the rejected rows (their raw text and reasons) of "
                                     "every customer and outcome import, or of the one named by "
                                     "--import / --outcome-import; the import log and its counts "
                                     "stay.")});
    parser.addOption({QStringLiteral("outcome-import"),
                      QStringLiteral("With --purge: purge this outcome import's rejects only (0 = "
                                     "all outcome imports)."),
                      QStringLiteral("N")});
    parser.addOption(kJson);
    return parseAndRun(parser, args, QStringLiteral("rejects"), [&] {
        if (parser.isSet(QStringLiteral("purge")))
            return purgeRejects(parser);
        if (parser.isSet(QStringLiteral("outcome-import")))
            throw Error(QStringLiteral("--outcome-import goes with --purge"));
        auto workspace = Workspace::open(requireWorkspace(parser), Workspace::Access::ReadOnly);
        Database &db = workspace->db();
        qint64 importId = Rejects::latestImportId(db);
        if (parser.isSet(QStringLiteral("import"))) {
            bool ok = false;
            importId = parser.value(QStringLiteral("import")).toLongLong(&ok);
            if (!ok || importId < 0)
                throw Error(QStringLiteral("--import expects an import number"));
        }
        if (parser.isSet(QStringLiteral("csv"))) {
            const qint64 rows =
                Rejects::exportCsv(db, importId, parser.value(QStringLiteral("csv")));
            printOut(QStringLiteral("wrote %1 rejected rows to %2")
                         .arg(number(rows), parser.value(QStringLiteral("csv"))));
            return 0;
        }
        const QList<RejectRecord> rejects = Rejects::load(db, importId);
        if (parser.isSet(kJson)) {
            QJsonArray list;
            for (const RejectRecord &r : rejects)
                list.append(QJsonObject{{QStringLiteral("import_id"), r.importId},
                                        {QStringLiteral("file"), r.file},
                                        {QStringLiteral("line"), r.line},
                                        {QStringLiteral("column"), r.column},
                                        {QStringLiteral("reason"), r.reason},
                                        {QStringLiteral("raw"), r.raw}});
            printJson(QJsonDocument(list));
            return 0;
        }
        printOut(QStringLiteral("%1 rejected rows").arg(number(rejects.size())));
        for (const RejectRecord &r : rejects) {
            printOut(
                QStringLiteral("%1:%2  %3%4")
                    .arg(r.file)
                    .arg(r.line)
                    .arg(r.column.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(r.column),
                         r.reason));
            printOut(QStringLiteral("    %1").arg(r.raw));
        }
        return 0;
    });
}

const Registrar importCommand(QStringLiteral("import"),
                              QStringLiteral("Load a customer extract (CSV, GBK, XLSX)"),
                              runImport);
const Registrar auditCommand(QStringLiteral("audit"),
                             QStringLiteral("Print the data audit of the workspace"), runAudit);
const Registrar rejectsCommand(QStringLiteral("rejects"),
                               QStringLiteral("List, export or purge the rows an import "
                                              "rejected"),
                               runRejects);

} // namespace

} // namespace cwb::cli
