// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QXmlStreamReader>

#include <cstdint>
#include <memory>
#include <vector>

struct zip;
struct zip_file;

namespace cwb::xlsx {

// What an .xlsx file may claim. A workbook is a zip archive: a 1 MB file can inflate to
// gigabytes, and its directory can declare sizes its data do not keep to. Every part is inflated
// in chunks with these limits checked on each chunk, so that a hostile or broken file is refused
// with a message (naming the file and the part) before it can exhaust memory. The defaults keep
// the reader well under 300 MB whatever the input, and far above what real workbooks need.
struct Limits
{
    static constexpr qint64 MiB = 1024 * 1024;
    qint64 partBytes = 32 * MiB;           // workbook, relationships, styles (whole parts)
    qint64 sharedStringsBytes = 192 * MiB; // xl/sharedStrings.xml: its text is held in memory
    qint64 sheetBytes = 4096 * MiB;        // the sheet XML (streamed: costs time, not memory)
    qint64 totalBytes = 5120 * MiB;        // everything inflated from one workbook
    int ratio = 200;                       // inflated : compressed, checked on parts above...
    qint64 ratioGrace = 16 * MiB;          // ...this size (small parts compress very well)
    qint64 tokenBytes = 8 * MiB;           // XML read without completing one element or text
    qint64 cellBytes = 1 * MiB;            // one cell's text (Excel allows 32,767 characters)
    qint64 rowBytes = 32 * MiB;            // one row's text
};

// An .xlsx file opened as a zip archive. Throws cwb::Error when the file is missing, is not a zip
// archive (saying what it is instead when it can tell: an old .xls, a PDF, a web page...) or is a
// damaged one.
class Archive
{
public:
    Archive(const QString &path, const Limits &limits);
    ~Archive();
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    zip *handle() const { return m_zip; }
    const QString &path() const { return m_path; }
    QString label() const; // the path as the user writes it
    const Limits &limits() const { return m_limits; }
    // The index of a member (exact name, else ignoring case); -1 when there is none.
    std::int64_t locate(const QString &name) const;
    // Why the archive is not a workbook, for a zip without a workbook part: "it is a Word
    // document", "it holds extract.csv: extract it and import that", or the first names in it.
    QString notAWorkbookReason(const QString &bookPart) const;

    qint64 inflated = 0; // bytes inflated from all parts so far

private:
    QString m_path;
    Limits m_limits;
    zip *m_zip = nullptr;
};

// One part of the archive, inflated chunk by chunk into a QXmlStreamReader, within the limits
// for its role. next() returns the next XML token; it returns QXmlStreamReader::Invalid when the
// XML is broken or ends too early (xml() says which), and throws cwb::Error when a limit is
// passed or the compressed data are damaged.
class PartReader
{
public:
    enum class Role : std::uint8_t
    {
        Metadata,
        SharedStrings,
        Sheet
    };

    // A part that does not exist reads as an empty document (exists() is false).
    PartReader(Archive &archive, const QString &name, Role role);
    ~PartReader();
    PartReader(const PartReader &) = delete;
    PartReader &operator=(const PartReader &) = delete;

    bool exists() const { return m_file != nullptr; }
    const QString &name() const { return m_name; }
    qint64 declaredSize() const { return m_declared; } // -1 when the directory gives none
    qint64 inflated() const { return m_inflated; }
    QXmlStreamReader &xml() { return m_xml; }

    QXmlStreamReader::TokenType next();
    // For error messages about a sheet: how to name it ("file.xlsx, sheet 'X'") and the row
    // being read when the data broke off.
    void setContext(const QString &where, const qint64 *row)
    {
        m_where = where;
        m_row = row;
    }

private:
    bool feed(); // false at the end of the part
    [[noreturn]] void refuseSize(qint64 size, bool declared) const;
    [[noreturn]] void refuseRatio(qint64 size) const;

    Archive &m_archive;
    QString m_name;
    QString m_where; // the file (or file and sheet) as messages name it
    qint64 m_limit = 0;
    zip_file *m_file = nullptr;
    QXmlStreamReader m_xml;
    std::vector<char> m_chunk;
    qint64 m_declared = -1;
    qint64 m_compressed = -1;
    qint64 m_inflated = 0;
    qint64 m_sinceToken = 0; // bytes fed since the parser last completed a token
    bool m_done = false;
    const qint64 *m_row = nullptr;
};

} // namespace cwb::xlsx
