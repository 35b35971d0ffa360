// SPDX-License-Identifier: GPL-3.0-or-later
// The files of call lists: the CSV and xlsx writers, and the export that writes a set's files
// and records its contact history together (a list file exists only when its history does).
#include "export/calllist.h"

#include "campaign/campaign.h"
#include "campaign/contactlists.h"
#include "core/atomicfile.h"
#include "core/csvwriter.h"
#include "core/error.h"
#include "core/jobcontrol.h"
#include "export/exporthistory.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <xlsxwriter.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace cwb::exporting {

namespace {

QString tr2(Language language, const char *chinese, const char *english)
{
    return language == Language::Chinese ? QString::fromUtf8(chinese) : QString::fromUtf8(english);
}

void writeCsvRows(CsvWriter &writer, const CallListSet &set, const CallListPart &part,
                  Language language)
{
    for (const auto &[label, value] : set.headerBlock(part, language))
        writer.writeRow({label, value});
    writer.writeRow({});
    writer.writeRow(set.headers);
    for (const QStringList &row : part.rows)
        writer.writeRow(row);
    writer.close();
}

CsvWriter::Encoding csvEncoding(CsvEncoding encoding)
{
    return encoding == CsvEncoding::Gb18030 ? CsvWriter::Encoding::Gb18030
                                            : CsvWriter::Encoding::Utf8Bom;
}

// Owns a libxlsxwriter workbook; closing it writes the file.
struct Workbook
{
    lxw_workbook *book = nullptr;
    ~Workbook()
    {
        if (book)
            workbook_close(book);
    }
};

// libxlsxwriter's errors that come from the file system (errno then says why).
bool fileError(lxw_error error)
{
    switch (error) {
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        return true;
    default:
        return false;
    }
}

void check(lxw_error error, const QString &path)
{
    if (error == LXW_NO_ERROR)
        return;
    const QString detail = QString::fromUtf8(lxw_strerror(error));
    if (fileError(error))
        throwWriteFailure(path, errno, detail);
    throw Error(QStringLiteral("cannot write %1: %2").arg(path, detail));
}

// Writes the xlsx of one part into file (by name); path is the file the messages speak of.
void writeXlsx(const CallListSet &set, const CallListPart &part, const QString &file,
               const QString &path, Language language)
{
    const QByteArray name = QFile::encodeName(file);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows stream to a temporary file: flat memory, and
                                        // measured twice as fast as shared strings here
    Workbook workbook;
    errno = 0;
    workbook.book = workbook_new_opt(name.constData(), &options);
    if (!workbook.book)
        throwWriteFailure(path, errno);
    const QByteArray sheetName = tr2(language, "外呼名单", "Call list").toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook.book, sheetName.constData());
    lxw_format *bold = workbook_add_format(workbook.book);
    format_set_bold(bold);
    lxw_format *head = workbook_add_format(workbook.book);
    format_set_bold(head);
    format_set_bottom(head, LXW_BORDER_THIN);
    format_set_bg_color(head, 0xDDEBF7);

    // Every value is written as a string or a number (worksheet_write_string/_number), never as
    // a formula: a cell "=HYPERLINK(...)" stays text in Excel.
    lxw_row_t r = 0;
    for (const auto &[label, value] : set.headerBlock(part, language)) {
        check(worksheet_write_string(sheet, r, 0, label.toUtf8().constData(), bold), path);
        check(worksheet_write_string(sheet, r, 1, value.toUtf8().constData(), nullptr), path);
        ++r;
    }
    ++r; // a blank row
    const lxw_row_t headerRow = r;
    for (qsizetype c = 0; c < set.headers.size(); ++c) {
        check(worksheet_write_string(sheet, r, lxw_col_t(c), set.headers.at(c).toUtf8().constData(),
                                     head),
              path);
        const QString &id = set.columns.at(c);
        const double width = id == QLatin1String("features")           ? 36
                             : id == QLatin1String("call_time")        ? 22
                             : id.startsWith(QLatin1String("contact")) ? 15
                                                                       : 12;
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    ++r;
    for (const QStringList &row : part.rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString &value = row.at(c);
            if (value.isEmpty())
                continue;
            if (set.numeric.at(c)) {
                bool ok = false;
                const double number = value.toDouble(&ok);
                if (ok) {
                    check(worksheet_write_number(sheet, r, lxw_col_t(c), number, nullptr), path);
                    continue;
                }
            }
            check(
                worksheet_write_string(sheet, r, lxw_col_t(c), value.toUtf8().constData(), nullptr),
                path);
        }
        ++r;
    }
    lxw_workbook *book = workbook.book;
    workbook.book = nullptr;
    errno = 0;
    check(workbook_close(book), path);
}

// The date the contacts of an export happen on: the wave's start when it has one.
QDate contactDate(Workspace &workspace, const CallListSet &set, int wave)
{
    QDate date = set.created.date();
    if (wave <= 0)
        return date;
    Statement find(workspace.db(), "SELECT definition_json FROM campaigns WHERE name = ?");
    find.bind(1, set.campaign);
    find.step();
    const campaign::Campaign definition = campaign::campaignFromJson(
        QJsonDocument::fromJson(find.text(0).toUtf8()).object(), set.campaign);
    if (wave <= definition.waves.size() && definition.waves.at(wave - 1).start.isValid())
        date = definition.waves.at(wave - 1).start;
    return date;
}

// Takes back an export whose files could not all be put in place after its history was
// recorded: its files and its history rows go (best effort: the error is what the user sees).
void undoExport(Workspace &workspace, const QString &listId, const QStringList &placed)
{
    for (const QString &path : placed)
        QFile::remove(path);
    try {
        Transaction undo(workspace.db());
        Statement history(workspace.db(), "DELETE FROM contact_history WHERE list_id = ?");
        history.bind(1, listId);
        history.exec();
        Statement record(workspace.db(), "DELETE FROM list_exports WHERE list_id = ?");
        record.bind(1, listId);
        record.exec();
        undo.commit();
    } catch (const Error &) {
        // The history stays; without its files it records contacts that will not happen.
    }
}

} // namespace

void writeCallListCsv(const CallListSet &set, const CallListPart &part, const QString &path,
                      CsvEncoding encoding, Language language)
{
    CsvWriter writer(path, csvEncoding(encoding));
    writeCsvRows(writer, set, part, language);
}

void writeCallListXlsx(const CallListSet &set, const CallListPart &part, const QString &path,
                       Language language)
{
    AtomicFile staged(path);
    writeXlsx(set, part, staged.pathForWriter(), path, language);
    staged.commit();
}

ExportResult exportCallLists(Workspace &workspace, const QString &campaign,
                             const CallListOptions &options, FileFormat format,
                             CsvEncoding encoding, const QString &dir, JobControl *job)
{
    if (workspace.isReadOnly())
        throw Error(QStringLiteral("the workspace is open read-only: exporting records the "
                                   "contact history"));
    const CallListSet set = buildCallLists(workspace, campaign, options, job);
    errno = 0;
    if (!QDir().mkpath(dir))
        throwWriteFailure(QDir(dir).absolutePath(), errno);
    // The temporaries of an export killed before it finished (they hold customer data).
    AtomicFile::removeStale(dir);
    const QString extension =
        format == FileFormat::Xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    ExportResult result;
    result.listId = set.listId;
    QStringList paths;
    for (const CallListPart &part : set.parts) {
        const QString path =
            QDir(dir).filePath(part.fileStem + QLatin1Char('_') + set.listId + extension);
        if (QFileInfo::exists(path))
            throw Error(QStringLiteral("%1 exists already: choose another folder").arg(path));
        paths << path;
    }

    // 1. Every file to a temporary beside it. A few threads write at once (each its own file
    // and libxlsxwriter workbook); the first error stops the others before their next file.
    // libxlsxwriter keeps no shared state between workbooks except gmtime()'s buffer for the
    // document's creation time (docProps/core.xml), which at worst gets a neighbouring second;
    // its temporary files come from tmpfile(). A file is open only while it is written.
    std::vector<std::unique_ptr<AtomicFile>> staged(std::size_t(paths.size()));
    std::atomic<qsizetype> next{0};
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    std::exception_ptr error;
    auto worker = [&] {
        for (qsizetype i = next++; i < set.parts.size() && !failed; i = next++) {
            try {
                if (job)
                    job->throwIfCancelled();
                auto file = std::make_unique<AtomicFile>(paths.at(i));
                if (format == FileFormat::Xlsx) {
                    writeXlsx(set, set.parts.at(i), file->pathForWriter(), paths.at(i),
                              options.language);
                } else {
                    CsvWriter writer(file->file(), paths.at(i), csvEncoding(encoding));
                    writeCsvRows(writer, set, set.parts.at(i), options.language);
                }
                file->finish();
                staged[std::size_t(i)] = std::move(file);
            } catch (...) {
                const std::lock_guard<std::mutex> lock(errorMutex);
                if (!error)
                    error = std::current_exception();
                failed = true;
            }
        }
    };
    const int threads = int(std::clamp<qsizetype>(
        std::min<qsizetype>(std::thread::hardware_concurrency(), 4), 1, set.parts.size()));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();
    if (error)
        std::rethrow_exception(error); // the temporaries go with `staged`
    if (job)
        job->throwIfCancelled();

    // 2. The history, in one transaction: the contacts and the export's record.
    {
        Transaction transaction(workspace.db());
        result.historyRows = campaign::ContactLists(workspace).recordExport(
            set.campaign, options.wave, set.listId, contactDate(workspace, set, options.wave));
        ListExport record;
        record.listId = set.listId;
        record.campaign = set.campaign;
        record.wave = options.wave;
        record.exportedAt = set.created;
        record.format = format == FileFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
        record.files = int(paths.size());
        record.rows = set.rows;
        record.fullPhones = !options.maskPhones;
        recordListExport(workspace, record);
        transaction.commit();
    }

    // 3. The files into place, after the history: a list on disk always has its history.
    QStringList placed;
    try {
        for (qsizetype i = 0; i < paths.size(); ++i) {
            staged[std::size_t(i)]->commit(AtomicFile::Replace::No);
            placed << paths.at(i);
        }
    } catch (...) {
        undoExport(workspace, set.listId, placed);
        throw;
    }
    result.files = paths;
    result.rows = set.rows;
    result.callTime = set.callTime;
    result.callTimeSource = set.callTimeSource;
    result.customerCallTimes = set.customerCallTimes;
    result.notes = set.notes;
    result.fullPhones = !options.maskPhones;
    return result;
}

} // namespace cwb::exporting
