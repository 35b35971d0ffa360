// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/recordsource.h"
#include "import/xlsxarchive.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace cwb {

// Streams the rows of one worksheet of an Excel .xlsx workbook as records (the first record is
// the header row). The sheet XML is read from the archive in chunks and parsed incrementally, so
// memory stays flat whatever the sheet size; only the shared-string table is held in memory.
//
// How cells become fields (all UTF-8):
// - strings (shared, inline, rich text, formula results t="str") as written, _xHHHH_ escapes
//   decoded;
// - numbers as written in <v>, except that binary-float noise is removed by rounding to 15
//   significant digits (0.30000000000000004 -> 0.3), as Excel itself displays them;
// - numbers whose cell format is a date/time format (built-in ids 14-22, 45-47, the zh-CN ids
//   27-36 and 50-58, or a custom format code with y/m/d/h/s tokens outside quotes and brackets)
//   become "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS" (format with a time part) or "HH:MM:SS" (time-only
//   format); elapsed formats such as [h]:mm:ss give "H:MM:SS" with total hours. Both the 1900
//   system (serial 60 is Excel's fictitious 1900-02-29, kept as such) and the 1904 system;
// - booleans become "1" / "0"; error values (#N/A, #DIV/0!...) become empty fields.
// Cell references decide the column: gaps become empty fields. Rows that are absent or have no
// non-empty cell are skipped, and Record::line is always the true sheet row number. Data rows are
// padded with empty fields up to the header width (trailing empty cells beyond it are dropped).
//
// Nothing the file claims is trusted for memory: parts are inflated within xlsx::Limits (sizes
// declared and actually inflated, compression ratio, total, one XML token, one cell, one row),
// and counts such as uniqueCount only hint at what to reserve. A file beyond them is refused
// with a cwb::Error naming the file and the part.
class XlsxReader : public RecordSource
{
public:
    // sheet: a sheet name; empty means the first worksheet. Throws cwb::Error when the file is not
    // an .xlsx workbook or has no such sheet (the message lists the sheets it has).
    explicit XlsxReader(const QString &path, const QString &sheet = {},
                        const xlsx::Limits &limits = {});
    ~XlsxReader() override;
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    // The names of the worksheets in workbook order (chart sheets are left out).
    static QStringList sheetNames(const QString &path, const xlsx::Limits &limits = {});

    bool next(Record &record) override;
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 bytesTotal() const override { return m_bytesTotal; }

    QString path() const { return m_path; }
    QString sheet() const { return m_sheet; }

private:
    struct Workbook;
    enum class Capture : std::uint8_t
    {
        None,
        Value,
        InlineText
    };

    void startCell();               // at <c>
    void endCell();                 // at </c>
    bool finishRow(Record &record); // at </row>: false when the row is blank
    [[noreturn]] void throwXmlError() const;
    [[noreturn]] void refuseCell() const; // a cell beyond Limits::cellBytes
    QString where() const;                // "file.xlsx, sheet 'X'"

    QString m_path;
    QString m_sheet;
    QString m_part;
    std::unique_ptr<xlsx::Archive> m_archive;
    std::unique_ptr<Workbook> m_book;
    std::unique_ptr<xlsx::PartReader> m_sheetPart; // the sheet XML, read as next() goes
    bool m_sheetDone = false;
    qint64 m_bytesRead = 0;
    qint64 m_bytesTotal = 0;

    // Parse state of the current row and cell.
    qint64 m_row = 0;
    int m_nextCol = 0;
    int m_col = 0;
    char m_type = 'n'; // n number, s shared, i inline, t str, b bool, e error, d ISO date
    int m_style = 0;
    Capture m_capture = Capture::None;
    int m_skipDepth = 0; // inside <rPh> (phonetic runs), whose text is not cell text
    bool m_inInline = false;
    std::string m_text; // text of the current <v> or inline string

    // The current row: cell texts in m_store, spans per column (offset, length; length -1 = empty).
    std::string m_store;
    std::vector<std::pair<std::size_t, std::ptrdiff_t>> m_spans;
    std::string m_raw;
    std::size_t m_headerWidth = 0;
    bool m_haveHeader = false;
};

} // namespace cwb
