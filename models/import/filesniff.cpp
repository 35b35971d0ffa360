// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/filesniff.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace cwb {

namespace {

bool startsWith(const QByteArray &head, const char *magic, qsizetype size)
{
    return head.startsWith(QByteArrayView(magic, size));
}

// The first non-blank bytes of a text file (after a UTF-8 BOM), lower-cased, for markup tests.
QByteArray textStart(const QByteArray &head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    return head.mid(i, 1024).toLower();
}

// The names in an OLE2 compound file's directory say what it holds: "Workbook" or "Book" (an
// .xls workbook), "EncryptedPackage" (a password-protected .xlsx), "WordDocument" (a .doc).
enum class Ole2Content
{
    Unknown,
    Workbook,
    Encrypted,
    WordDocument,
    Presentation,
};

Ole2Content ole2Content(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Ole2Content::Unknown;
    const QByteArray header = file.read(512);
    if (header.size() < 512)
        return Ole2Content::Unknown;
    const auto u16 = [&](int at) {
        return unsigned(static_cast<unsigned char>(header[at])) |
               unsigned(static_cast<unsigned char>(header[at + 1])) << 8;
    };
    const unsigned shift = u16(30);
    const quint32 directory = u16(48) | quint32(u16(50)) << 16;
    if (shift < 9 || shift > 16 || directory >= 0xFFFFFFFA)
        return Ole2Content::Unknown;
    const qint64 offset = (qint64(directory) + 1) << shift;
    if (!file.seek(offset))
        return Ole2Content::Unknown;
    const QByteArray entries = file.read(64 * 1024);
    const auto has = [&](const char *name) {
        QByteArray utf16;
        for (const char *c = name; *c; ++c)
            utf16.append(*c).append('\0');
        return entries.contains(utf16);
    };
    if (has("EncryptedPackage"))
        return Ole2Content::Encrypted;
    if (has("Workbook") || has("Book"))
        return Ole2Content::Workbook;
    if (has("WordDocument"))
        return Ole2Content::WordDocument;
    if (has("PowerPoint Document"))
        return Ole2Content::Presentation;
    return Ole2Content::Unknown;
}

} // namespace

FileKind sniffFileKind(const QByteArray &head)
{
    if (startsWith(head, "PK\x03\x04", 4) || startsWith(head, "PK\x05\x06", 4) ||
        startsWith(head, "PK\x07\x08", 4))
        return FileKind::Zip;
    if (startsWith(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return FileKind::Ole2;
    if (head.startsWith("%PDF-"))
        return FileKind::Pdf;
    if (startsWith(head, "\x1F\x8B", 2) || head.startsWith("BZh") ||
        startsWith(head,
                   "\xFD"
                   "7zXZ\x00",
                   6) ||
        startsWith(head, "7z\xBC\xAF\x27\x1C", 6) || head.startsWith("Rar!\x1A\x07"))
        return FileKind::Compressed;
    if (startsWith(head, "\x89PNG\r\n\x1A\n", 8) || startsWith(head, "\xFF\xD8\xFF", 3) ||
        head.startsWith("GIF87a") || head.startsWith("GIF89a") ||
        (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP") || startsWith(head, "II*\x00", 4) ||
        startsWith(head, "MM\x00*", 4) ||
        (head.startsWith("BM") && head.size() >= 26 && head.mid(6, 4) == QByteArray(4, '\0')))
        return FileKind::Image;
    if (startsWith(head, "SQLite format 3\x00", 16))
        return FileKind::Sqlite;
    if (startsWith(head,
                   "\x7F"
                   "ELF",
                   4) ||
        (head.startsWith("MZ") && head.size() >= 64 && head.contains(QByteArrayView("PE\0\0", 4))))
        return FileKind::Program;
    const QByteArray start = textStart(head);
    if (start.startsWith("<?xml") && start.contains("urn:schemas-microsoft-com:office:spreadsheet"))
        return FileKind::SpreadsheetXml;
    if (start.startsWith("<!doctype html") || start.startsWith("<html") ||
        start.startsWith("<table") || start.startsWith("mime-version:") ||
        (start.startsWith("<?xml") && start.contains("<html")))
        return FileKind::Html;
    return FileKind::Text;
}

FileKind refuseNonTable(const QString &path, const QByteArray &head)
{
    const QString file = QDir::toNativeSeparators(path);
    const FileKind kind = sniffFileKind(head);
    switch (kind) {
    case FileKind::Text:
    case FileKind::Zip:
        return kind;
    case FileKind::Ole2:
        switch (ole2Content(path)) {
        case Ole2Content::Workbook:
            throw Error(QCoreApplication::translate(
                            "cwb::Import",
                            "%1 is an old binary Excel workbook (.xls), whatever its name says; it "
                            "cannot be read directly: open it in Excel or WPS and save it as .xlsx "
                            "or as CSV (UTF-8), then import that")
                            .arg(file));
        case Ole2Content::Encrypted:
            throw Error(QCoreApplication::translate(
                            "cwb::Import",
                            "%1 is a password-protected Excel workbook: open it in Excel, remove "
                            "the password and save it as .xlsx or as CSV (UTF-8), then import that")
                            .arg(file));
        case Ole2Content::WordDocument:
        case Ole2Content::Presentation:
            throw Error(QCoreApplication::translate(
                            "cwb::Import",
                            "%1 is an old Word or PowerPoint document, not a table of rows: copy "
                            "the table into Excel and save it as .xlsx or CSV, then import that")
                            .arg(file));
        case Ole2Content::Unknown:
            break;
        }
        throw Error(QCoreApplication::translate(
                        "cwb::Import",
                        "%1 is an old binary Office file: an Excel workbook (.xls) or a "
                        "password-protected workbook; open it in Excel or WPS and save it as .xlsx "
                        "(without a password) or as CSV (UTF-8), then import that")
                        .arg(file));
    case FileKind::Pdf:
        throw Error(QCoreApplication::translate(
                        "cwb::Import",
                        "%1 is a PDF document, not a table of rows: ask for the extract as CSV or "
                        ".xlsx, or export it as such from the system that produced the PDF")
                        .arg(file));
    case FileKind::Compressed:
        throw Error(QCoreApplication::translate(
                        "cwb::Import",
                        "%1 is a compressed archive (gzip, bzip2, xz, 7-Zip or RAR): extract it "
                        "and import the CSV or .xlsx file inside")
                        .arg(file));
    case FileKind::Image:
        throw Error(QCoreApplication::translate(
                        "cwb::Import",
                        "%1 is an image, not a table of rows: import the CSV or .xlsx extract "
                        "itself")
                        .arg(file));
    case FileKind::Sqlite:
        throw Error(QCoreApplication::translate(
                        "cwb::Import",
                        "%1 is an SQLite database (a workspace file?), not a customer extract: "
                        "pass a workspace with --workspace, and import a CSV or .xlsx extract")
                        .arg(file));
    case FileKind::Program:
        throw Error(
            QCoreApplication::translate("cwb::Import", "%1 is a program, not a table of rows")
                .arg(file));
    case FileKind::Html:
        throw Error(QCoreApplication::translate(
                        "cwb::Import",
                        "%1 is a web page (HTML), not a CSV or Excel file, whatever its name says "
                        "(systems that offer an \"Excel\" download often write one): open it in "
                        "Excel or WPS and save it as .xlsx or as CSV (UTF-8), then import that")
                        .arg(file));
    case FileKind::SpreadsheetXml:
        throw Error(QCoreApplication::translate(
                        "cwb::Import",
                        "%1 is an Excel 2003 XML spreadsheet: open it in Excel or WPS and save it "
                        "as .xlsx or as CSV (UTF-8), then import that")
                        .arg(file));
    }
    return kind;
}

} // namespace cwb
