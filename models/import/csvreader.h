// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/recordsource.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringDecoder>

#include <array>
#include <memory>
#include <string>

namespace cwb {

// Options for reading a delimited text file. "auto" detects.
struct CsvOptions
{
    QString encoding = QStringLiteral("auto");  // auto | utf-8 | gb18030 | utf-16
    QString delimiter = QStringLiteral("auto"); // auto | , | ; | tab | pipe
    // A record (a line, or lines joined by a quoted field) longer than this is refused: it is
    // not a table, or a stray quote has opened a field that takes in the rest of the file.
    qint64 maxRecordBytes = qint64(32) << 20;
};

// What sniffing found at the start of a file.
struct CsvSniff
{
    // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "utf-32le", "utf-32be" or "gb18030"
    QString encoding;
    char delimiter = ','; // ',', ';', '\t' or '|'
    QString reason;   // why, in words ("valid UTF-8", "BOM", "bytes not UTF-8, decode as GB18030")
    int bomBytes = 0; // the byte order mark skipped at the start (UTF-16 and UTF-32)
};

// Streams records from a CSV/TSV file: RFC 4180 quoting (delimiters, quotes and newlines inside
// quotes), CRLF or LF, encodings UTF-8 (BOM or not), UTF-16 and UTF-32 (BOM or not: without one,
// the pattern of NUL bytes tells them apart), GBK/GB18030. Non-UTF-8 input is transcoded to UTF-8
// chunk by chunk, so memory stays flat whatever the file size. Files that are not text (an old
// .xls workbook, a PDF, a web page saved as .xls...) are refused saying what they are.
class CsvReader : public RecordSource
{
public:
    explicit CsvReader(const QString &path, const CsvOptions &options = {});
    ~CsvReader() override;

    static CsvSniff sniff(const QString &path, const CsvOptions &options = {});

    bool next(Record &record) override;
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 bytesTotal() const override { return m_bytesTotal; }
    bool seek(qint64 offset, qint64 line) override; // UTF-8 input only

    QString encoding() const { return m_sniff.encoding; }
    char delimiter() const { return m_sniff.delimiter; }
    QString path() const { return m_path; }

private:
    bool fill(); // reads and decodes the next chunk into m_buffer; false at end of file
    void checkUtf8(std::size_t from);
    [[noreturn]] void refuseLongRecord(bool openQuote, bool spansLines) const;

    QString m_path;
    CsvSniff m_sniff;
    qint64 m_maxRecordBytes = 0;
    QFile m_file;
    std::unique_ptr<QStringDecoder> m_decoder; // null for UTF-8 input
    std::string m_buffer;                      // UTF-8 text, m_pos is the parse position
    QByteArray m_chunk;                        // raw bytes before transcoding
    std::size_t m_pos = 0;
    qint64 m_bufferStart = 0; // file offset of m_buffer[0] (UTF-8 input)
    qint64 m_chunkSize = 4 << 20;
    std::size_t m_utf8Pending = 0; // trailing bytes of a sequence the last chunk may have cut
    std::string m_fieldStore;      // unquoted copies of quoted fields
    bool m_eof = false;
    qint64 m_bytesRead = 0;
    qint64 m_bytesTotal = 0;
    qint64 m_line = 1;
    struct Span
    {
        std::size_t offset;
        std::size_t length;
        bool inStore; // in m_fieldStore (an unquoted copy) rather than in m_buffer
    };
    std::vector<Span> m_spans;
    std::array<bool, 256> m_stops{}; // bytes that end an unquoted field: delimiter, CR, LF
};

} // namespace cwb
