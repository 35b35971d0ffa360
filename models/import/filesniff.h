// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace cwb {

// What the first bytes of a file say it is, whatever its name: extracts arrive as .csv files
// that are really old .xls workbooks, as "Excel" downloads that are web pages, as PDFs or zip
// archives. The readers ask here first, so that such a file gets a message saying what it is and
// what to do instead of "the text is neither UTF-8 nor GBK".
enum class FileKind : std::uint8_t
{
    Text,           // anything not recognised below: read as delimited text
    Zip,            // a zip archive (an .xlsx workbook is one)
    Ole2,           // a Microsoft compound file: .xls, a password-protected workbook, .doc...
    Pdf,            // %PDF-
    Compressed,     // gzip, bzip2, xz, 7-Zip, RAR
    Image,          // PNG, JPEG, GIF, BMP, TIFF, WebP
    Sqlite,         // an SQLite database (a workspace file, say)
    Program,        // ELF or Windows executable
    Html,           // a web page or web archive (MHTML), often saved under an .xls name
    SpreadsheetXml, // Excel 2003 XML spreadsheet
};

// The kind of a file from its first bytes (at least the first 1 KiB for the text kinds).
FileKind sniffFileKind(const QByteArray &head);

// Throws cwb::Error when the file with these first bytes cannot be a table of rows (an .xls
// workbook, a PDF, an image, an archive...), with what it is and how to get a table from it.
// Returns the kind otherwise (Text or Zip).
FileKind refuseNonTable(const QString &path, const QByteArray &head);

} // namespace cwb
