// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsxarchive.h"

#include "core/error.h"
#include "import/displaytext.h"
#include "import/filesniff.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

#include <zip.h>

namespace cwb::xlsx {

namespace {

constexpr std::size_t kChunkBytes = 256 * 1024;

} // namespace

// ---- the archive ----

Archive::Archive(const QString &path, const Limits &limits) : m_path(path), m_limits(limits)
{
    if (!QFile::exists(path))
        throw Error(
            QCoreApplication::translate("cwb::XlsxReader", "%1: file not found").arg(label()));
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (m_zip)
        return;
    if (code == ZIP_ER_NOZIP) {
        QFile f(path);
        QByteArray head;
        if (f.open(QIODevice::ReadOnly))
            head = f.read(4096);
        refuseNonTable(path, head); // an .xls, a PDF, a web page... say what it is
        if (head.startsWith("PK"))
            throw Error(QCoreApplication::translate(
                            "cwb::XlsxReader",
                            "%1 is a damaged zip archive (its table of contents is missing: was "
                            "the file cut short while copying or downloading?)")
                            .arg(label()));
        throw Error(QCoreApplication::translate(
                        "cwb::XlsxReader",
                        "%1 is not an .xlsx workbook: it is not a zip archive (an .xlsx file is "
                        "one; is it a CSV file with the wrong extension?)")
                        .arg(label()));
    }
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString why = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    throw Error(QCoreApplication::translate("cwb::XlsxReader",
                                            "%1: cannot open it as an .xlsx workbook: %2")
                    .arg(label(), why));
}

Archive::~Archive()
{
    if (m_zip)
        zip_discard(m_zip);
}

QString Archive::label() const
{
    return QDir::toNativeSeparators(m_path);
}

std::int64_t Archive::locate(const QString &name) const
{
    const QByteArray n = name.toUtf8();
    zip_int64_t index = zip_name_locate(m_zip, n.constData(), 0);
    if (index < 0)
        index = zip_name_locate(m_zip, n.constData(), ZIP_FL_NOCASE);
    return index;
}

QString Archive::notAWorkbookReason(const QString &bookPart) const
{
    const QString base =
        QCoreApplication::translate("cwb::XlsxReader",
                                    "%1 is a zip archive but not an .xlsx workbook: it has no %2")
            .arg(label(), bookPart);
    // An OpenDocument file names its type in a first member called "mimetype".
    if (const std::int64_t index = locate(QStringLiteral("mimetype")); index >= 0) {
        if (zip_file_t *f = zip_fopen_index(m_zip, zip_uint64_t(index), 0)) {
            char type[128] = {};
            const zip_int64_t n = zip_fread(f, type, sizeof type - 1);
            zip_fclose(f);
            const QByteArray mime(type, n > 0 ? qsizetype(n) : 0);
            if (mime.contains("opendocument.spreadsheet"))
                return QCoreApplication::translate(
                           "cwb::XlsxReader",
                           "%1 is an OpenDocument spreadsheet (.ods), not an .xlsx workbook: open "
                           "it in LibreOffice, WPS or Excel and save it as .xlsx or as CSV, then "
                           "import that")
                    .arg(label());
            if (mime.contains("opendocument"))
                return QCoreApplication::translate(
                           "cwb::XlsxReader",
                           "%1 is an OpenDocument text or presentation, not a table of rows")
                    .arg(label());
        }
    }
    if (locate(QStringLiteral("word/document.xml")) >= 0)
        return QCoreApplication::translate(
                   "cwb::XlsxReader",
                   "%1 is a Word document (.docx), not a table of rows: copy the table into "
                   "Excel and save it as .xlsx or CSV, then import that")
            .arg(label());
    if (locate(QStringLiteral("ppt/presentation.xml")) >= 0)
        return QCoreApplication::translate(
                   "cwb::XlsxReader",
                   "%1 is a PowerPoint presentation (.pptx), not a table of rows")
            .arg(label());
    // A zip holding the extract itself.
    QStringList tables, names;
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count && i < 1000; ++i) {
        const char *raw = zip_get_name(m_zip, zip_uint64_t(i), 0);
        if (!raw)
            continue;
        const QString name = QString::fromUtf8(raw);
        if (name.endsWith(u'/'))
            continue;
        const QString lower = name.toLower();
        for (const char *ext : {".csv", ".tsv", ".txt", ".xlsx", ".xls"})
            if (lower.endsWith(QLatin1StringView(ext)))
                tables << name;
        if (names.size() < 5)
            names << name;
    }
    if (!tables.isEmpty())
        return QCoreApplication::translate("cwb::XlsxReader",
                                           "%1; it holds %2: extract it and import the file inside")
            .arg(base, display::list(tables, 200));
    if (names.isEmpty())
        return QCoreApplication::translate("cwb::XlsxReader", "%1; the archive is empty").arg(base);
    return QCoreApplication::translate("cwb::XlsxReader", "%1 (it holds %2)")
        .arg(base, display::list(names, 200));
}

// ---- one part ----

PartReader::PartReader(Archive &archive, const QString &name, Role role)
    : m_archive(archive), m_name(name), m_where(archive.label())
{
    const Limits &limits = archive.limits();
    m_limit = role == Role::Sheet           ? limits.sheetBytes
              : role == Role::SharedStrings ? limits.sharedStringsBytes
                                            : limits.partBytes;
    const std::int64_t index = name.isEmpty() ? -1 : archive.locate(name);
    if (index < 0)
        return;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive.handle(), zip_uint64_t(index), 0, &st) == 0) {
        if (st.valid & ZIP_STAT_SIZE)
            m_declared = qint64(std::min<zip_uint64_t>(st.size, zip_uint64_t(1) << 62));
        if (st.valid & ZIP_STAT_COMP_SIZE)
            m_compressed = qint64(std::min<zip_uint64_t>(st.comp_size, zip_uint64_t(1) << 62));
    }
    // What the directory declares is checked before anything is inflated...
    if (m_declared > m_limit)
        refuseSize(m_declared, true);
    if (m_declared > limits.ratioGrace && m_compressed >= 0 &&
        m_declared / std::max<qint64>(m_compressed, 1) >= limits.ratio)
        refuseRatio(m_declared);
    if (m_declared >= 0 && archive.inflated + m_declared > limits.totalBytes)
        throw Error(QCoreApplication::translate(
                        "cwb::XlsxReader",
                        "%1: the workbook expands to more than %2 MB in all (%3 alone is %4 MB); "
                        "the file is damaged or made to exhaust memory. If it is a real "
                        "workbook, export the sheet as CSV and import that")
                        .arg(archive.label(), display::megabytes(limits.totalBytes), name,
                             display::megabytes(m_declared)));
    // ...and what is inflated is checked against it on every chunk (see feed()).
    m_file = zip_fopen_index(archive.handle(), zip_uint64_t(index), 0);
    if (!m_file)
        throw Error(
            QCoreApplication::translate("cwb::XlsxReader",
                                        "%1: cannot read %2 inside the workbook: %3")
                .arg(archive.label(), name, QString::fromUtf8(zip_strerror(archive.handle()))));
    m_chunk.resize(kChunkBytes);
}

PartReader::~PartReader()
{
    if (m_file)
        zip_fclose(m_file);
}

void PartReader::refuseSize(qint64 size, bool declared) const
{
    if (declared)
        throw Error(
            QCoreApplication::translate(
                "cwb::XlsxReader",
                "%1: %2 expands to %3 MB, more than the %4 MB this part of a workbook "
                "may have; the file is damaged or made to exhaust memory (a \"zip "
                "bomb\"). If it is a real workbook, export the sheet as CSV and import "
                "that")
                .arg(m_where, m_name, display::megabytes(size), display::megabytes(m_limit)));
    throw Error(QCoreApplication::translate(
                    "cwb::XlsxReader",
                    "%1: %2 expands to more than %3 MB, the most this part of a workbook may "
                    "have; the file is damaged or made to exhaust memory (a \"zip bomb\"). If it "
                    "is a real workbook, export the sheet as CSV and import that")
                    .arg(m_where, m_name, display::megabytes(m_limit)));
}

void PartReader::refuseRatio(qint64 size) const
{
    throw Error(QCoreApplication::translate(
                    "cwb::XlsxReader",
                    "%1: %2 expands %3 times (%4 MB from %5 bytes), more than the %6 times real "
                    "workbooks come near; the file is damaged or made to exhaust memory (a \"zip "
                    "bomb\"). If it is a real workbook, export the sheet as CSV and import that")
                    .arg(m_where, m_name)
                    .arg(size / std::max<qint64>(m_compressed, 1))
                    .arg(display::megabytes(size), display::number(m_compressed))
                    .arg(m_archive.limits().ratio));
}

bool PartReader::feed()
{
    if (!m_file || m_done)
        return false;
    const Limits &limits = m_archive.limits();
    if (m_sinceToken > limits.tokenBytes)
        throw Error(QCoreApplication::translate(
                        "cwb::XlsxReader",
                        "%1: %2 has a single XML element or text of more than %3 MB (from XML "
                        "line %4); no workbook cell holds that much: the file is damaged or made "
                        "to exhaust memory")
                        .arg(m_where, m_name, display::megabytes(limits.tokenBytes))
                        .arg(m_xml.lineNumber()));
    const zip_int64_t n = zip_fread(m_file, m_chunk.data(), m_chunk.size());
    if (n < 0) {
        const QString why = QString::fromUtf8(zip_file_strerror(m_file));
        if (m_row && *m_row > 0)
            throw Error(QCoreApplication::translate("cwb::XlsxReader",
                                                    "%1: the archive is damaged after row %2: %3")
                            .arg(m_where)
                            .arg(*m_row)
                            .arg(why));
        throw Error(QCoreApplication::translate("cwb::XlsxReader",
                                                "%1: %2 inside the workbook is damaged: %3")
                        .arg(m_where, m_name, why));
    }
    if (n == 0) {
        m_done = true;
        return false;
    }
    m_inflated += n;
    m_archive.inflated += n;
    m_sinceToken += n;
    // The directory may lie about the size: what is inflated must keep to what it declares.
    if (m_declared >= 0 && m_inflated > m_declared)
        throw Error(QCoreApplication::translate(
                        "cwb::XlsxReader",
                        "%1: %2 expands to more than the %3 bytes the archive's directory "
                        "declares for it: the archive is damaged or made to exhaust memory")
                        .arg(m_where, m_name, display::number(m_declared)));
    if (m_inflated > m_limit)
        refuseSize(m_inflated, false);
    if (m_inflated > limits.ratioGrace && m_compressed >= 0 &&
        m_inflated / std::max<qint64>(m_compressed, 1) >= limits.ratio)
        refuseRatio(m_inflated);
    if (m_archive.inflated > limits.totalBytes)
        throw Error(QCoreApplication::translate(
                        "cwb::XlsxReader",
                        "%1: the workbook expands to more than %2 MB in all; the file is damaged "
                        "or made to exhaust memory. If it is a real workbook, export the sheet as "
                        "CSV and import that")
                        .arg(m_where, display::megabytes(limits.totalBytes)));
    m_xml.addData(QByteArray(m_chunk.data(), qsizetype(n)));
    return true;
}

QXmlStreamReader::TokenType PartReader::next()
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token != QXmlStreamReader::Invalid) {
            m_sinceToken = 0;
            return token;
        }
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || !feed())
            return QXmlStreamReader::Invalid;
    }
}

} // namespace cwb::xlsx
