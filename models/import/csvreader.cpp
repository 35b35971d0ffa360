// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/csvreader.h"

#include "core/error.h"
#include "import/displaytext.h"
#include "import/filesniff.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <array>
#include <cstring>

namespace cwb {

namespace {

constexpr qint64 kChunkSize = 4 << 20; // bytes read per fill
constexpr qint64 kSniffSize = 1 << 20; // bytes looked at to detect the encoding
constexpr int kSniffLines = 50;        // lines looked at to detect the delimiter

// Length of the valid UTF-8 prefix of [data, data+size). When the input may continue
// (atEnd false), a sequence cut by the end is treated as valid. Returns size when all is valid.
std::size_t validUtf8Prefix(const char *data, std::size_t size, bool atEnd)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    std::size_t i = 0;
    while (i < size) {
        // Fast path: eight ASCII bytes at a time.
        if (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t need;
        unsigned int min;
        unsigned int cp;
        if ((c & 0xE0) == 0xC0) {
            need = 1;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            need = 2;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            need = 3;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + need >= size) {
            // The sequence runs past the end of what we have.
            if (atEnd)
                return i;
            for (std::size_t k = i + 1; k < size; ++k)
                if ((s[k] & 0xC0) != 0x80)
                    return i;
            return size;
        }
        for (std::size_t k = 1; k <= need; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += need + 1;
    }
    return size;
}

qint64 countLines(std::string_view text)
{
    return qint64(std::count(text.begin(), text.end(), '\n'));
}

char delimiterFromOption(const QString &option)
{
    if (option == QLatin1String(","))
        return ',';
    if (option == QLatin1String(";"))
        return ';';
    if (option == QLatin1String("tab") || option == QLatin1String("\t"))
        return '\t';
    if (option == QLatin1String("pipe") || option == QLatin1String("|"))
        return '|';
    throw Error(
        QCoreApplication::translate("cwb::CsvReader",
                                    "unknown delimiter '%1' (expected auto, ',', ';', tab or pipe)")
            .arg(option));
}

// Picks the delimiter that splits the first lines (outside quotes) most consistently.
char sniffDelimiter(std::string_view text)
{
    const std::array<char, 4> candidates{',', '\t', ';', '|'};
    std::array<std::vector<int>, 4> counts;
    std::array<int, 4> current{};
    bool inQuotes = false;
    int lines = 0;
    for (std::size_t i = 0; i < text.size() && lines < kSniffLines; ++i) {
        const char c = text[i];
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && c == '\n') {
            for (std::size_t k = 0; k < candidates.size(); ++k) {
                counts[k].push_back(current[k]);
                current[k] = 0;
            }
            ++lines;
        } else if (!inQuotes) {
            for (std::size_t k = 0; k < candidates.size(); ++k)
                if (c == candidates[k])
                    ++current[k];
        }
    }
    if (lines == 0) { // a single line without terminator
        for (std::size_t k = 0; k < candidates.size(); ++k)
            counts[k].push_back(current[k]);
    }
    // Score: lines whose count equals the header's count (and is > 0), then the count itself.
    std::size_t best = 0;
    std::pair<int, int> bestScore{-1, -1};
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const int header = counts[k].empty() ? 0 : counts[k].front();
        if (header == 0)
            continue;
        const int consistent = int(std::count(counts[k].begin(), counts[k].end(), header));
        const std::pair<int, int> score{consistent, header};
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    return bestScore.first < 0 ? ',' : candidates[best];
}

// Decoded text has no control characters but tab, line ends and NUL (which fields may hold).
bool looksLikeText(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != 0 && u != u'\t' && u != u'\n' && u != u'\r') ||
            (u >= 0x7F && u < 0xA0))
            return false;
    }
    return true;
}

// UTF-16 or UTF-32 without a byte order mark, told by where the NUL bytes fall: the high bytes
// of ASCII characters are NUL, and ordinary text (UTF-8, GBK) has no NUL bytes at all. A few NUL
// bytes inside fields do not make a pattern. Empty when the head is not such text.
QString sniffWideEncoding(const QByteArray &head)
{
    const qsizetype size = std::min<qsizetype>(head.size(), 64 * 1024) & ~qsizetype(3);
    const auto *b = reinterpret_cast<const unsigned char *>(head.constData());
    if (size < 4 || !QByteArrayView(b, size).contains('\0'))
        return {};
    // UTF-32: every unit a code point (at most 0x10FFFF, no surrogates), nearly all of them in
    // the Basic Multilingual Plane (UTF-16 text such as "a\nb\n" can pass the first test), some
    // not NUL.
    const auto utf32 = [&](int b0, int b1, int b2, int b3) {
        qsizetype bmp = 0, text = 0;
        for (qsizetype i = 0; i < size; i += 4) {
            const char32_t c = char32_t(b[i + b0]) | char32_t(b[i + b1]) << 8 |
                               char32_t(b[i + b2]) << 16 | char32_t(b[i + b3]) << 24;
            if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
                return false;
            bmp += c <= 0xFFFF;
            text += c != 0;
        }
        return text > 0 && bmp * 10 >= (size / 4) * 9;
    };
    const QByteArrayView sample(b, size);
    if (utf32(0, 1, 2, 3) && looksLikeText(QStringDecoder(QStringDecoder::Utf32LE)(sample)))
        return QStringLiteral("utf-32le");
    if (utf32(3, 2, 1, 0) && looksLikeText(QStringDecoder(QStringDecoder::Utf32BE)(sample)))
        return QStringLiteral("utf-32be");
    // UTF-16: NUL high bytes (ASCII characters) on one side for at least a quarter of the
    // characters, a third as many at most on the other (characters such as U+4E00 have a NUL
    // low byte), and the whole sample decodes.
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < size; i += 2) {
        even += b[i] == 0;
        odd += b[i + 1] == 0;
    }
    const qsizetype units = size / 2;
    QString encoding;
    if (odd * 4 >= units && even * 3 <= odd)
        encoding = QStringLiteral("utf-16le");
    else if (even * 4 >= units && odd * 3 <= even)
        encoding = QStringLiteral("utf-16be");
    else
        return {};
    QStringDecoder decoder(encoding == QLatin1String("utf-16le") ? QStringDecoder::Utf16LE
                                                                 : QStringDecoder::Utf16BE);
    const QString text = decoder(QByteArrayView(b, size - 2)); // may cut a pair at the end
    return !decoder.hasError() && looksLikeText(text) ? encoding : QString();
}

QStringDecoder::Encoding wideDecoding(const QString &encoding)
{
    if (encoding == QLatin1String("utf-16le"))
        return QStringDecoder::Utf16LE;
    if (encoding == QLatin1String("utf-16be"))
        return QStringDecoder::Utf16BE;
    if (encoding == QLatin1String("utf-32le"))
        return QStringDecoder::Utf32LE;
    return QStringDecoder::Utf32BE;
}

} // namespace

CsvSniff CsvReader::sniff(const QString &path, const CsvOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("cwb::CsvReader", "cannot open %1: %2")
                        .arg(path, file.errorString()));
    // A small file is read whole: no buffer of kSniffSize for a few hundred bytes.
    const QByteArray head = file.read(
        file.isSequential() || file.size() <= 0 ? kSniffSize : std::min(kSniffSize, file.size()));
    const bool wholeFile = file.atEnd();

    CsvSniff result;
    const QString enc = options.encoding.toLower();
    refuseNonTable(path, head); // an .xls, a PDF, a web page...: say what it is
    const bool bomUtf8 = head.startsWith("\xEF\xBB\xBF");
    const bool bom32Le = head.startsWith(QByteArrayView("\xFF\xFE\0\0", 4));
    const bool bom32Be = head.startsWith(QByteArrayView("\0\0\xFE\xFF", 4));
    const bool bomLe = head.startsWith("\xFF\xFE") && !bom32Le;
    const bool bomBe = head.startsWith("\xFE\xFF");
    if (enc == QLatin1String("auto")) {
        QString wide;
        if (bomUtf8) {
            result.encoding = QStringLiteral("utf-8-bom");
            result.reason = QCoreApplication::translate("cwb::CsvReader", "UTF-8 byte order mark");
        } else if (bom32Le || bom32Be) {
            result.encoding = bom32Le ? QStringLiteral("utf-32le") : QStringLiteral("utf-32be");
            result.reason = QCoreApplication::translate("cwb::CsvReader", "UTF-32 byte order mark");
            result.bomBytes = 4;
        } else if (bomLe || bomBe) {
            result.encoding = bomLe ? QStringLiteral("utf-16le") : QStringLiteral("utf-16be");
            result.reason = QCoreApplication::translate("cwb::CsvReader", "UTF-16 byte order mark");
            result.bomBytes = 2;
        } else if (!(wide = sniffWideEncoding(head)).isEmpty()) {
            result.encoding = wide;
            result.reason =
                QCoreApplication::translate("cwb::CsvReader",
                                            "no byte order mark; NUL bytes fall where %1 text has "
                                            "them")
                    .arg(wide.toUpper());
        } else if (validUtf8Prefix(head.constData(), size_t(head.size()), wholeFile) ==
                   size_t(head.size())) {
            result.encoding = QStringLiteral("utf-8");
            result.reason =
                QCoreApplication::translate("cwb::CsvReader", "the first %1 bytes are valid UTF-8")
                    .arg(head.size());
        } else {
            QStringDecoder gb("GB18030");
            if (!gb.isValid())
                throw Error(QCoreApplication::translate(
                    "cwb::CsvReader", "GB18030 decoding is not available on this system"));
            (void)QString(gb(head));
            const std::size_t bad = validUtf8Prefix(head.constData(), size_t(head.size()), true);
            if (gb.hasError() || head.contains('\0')) {
                const qint64 line = countLines(std::string_view(head.constData(), bad)) + 1;
                throw Error(QCoreApplication::translate(
                                "cwb::CsvReader",
                                "%1: line %2 (byte %3): the text is neither UTF-8 nor "
                                "GBK/GB18030; save it as UTF-8 or name the encoding "
                                "with --encoding")
                                .arg(path)
                                .arg(line)
                                .arg(bad + 1));
            }
            result.encoding = QStringLiteral("gb18030");
            result.reason = QCoreApplication::translate(
                                "cwb::CsvReader", "not valid UTF-8 at byte %1; decodes as GB18030")
                                .arg(bad + 1);
        }
    } else if (enc == QLatin1String("utf-8") || enc == QLatin1String("utf8")) {
        result.encoding = bomUtf8 ? QStringLiteral("utf-8-bom") : QStringLiteral("utf-8");
        result.reason = QCoreApplication::translate("cwb::CsvReader", "chosen by the user");
    } else if (enc == QLatin1String("gb18030") || enc == QLatin1String("gbk")) {
        result.encoding = QStringLiteral("gb18030");
        result.reason = QCoreApplication::translate("cwb::CsvReader", "chosen by the user");
    } else if (enc == QLatin1String("utf-16")) {
        if (bomLe || bomBe) {
            result.encoding = bomLe ? QStringLiteral("utf-16le") : QStringLiteral("utf-16be");
            result.bomBytes = 2;
            result.reason = QCoreApplication::translate("cwb::CsvReader", "chosen by the user");
        } else {
            // No byte order mark: the NUL bytes say which byte comes first; Windows writes
            // little-endian, so that is the default.
            const QString wide = sniffWideEncoding(head);
            result.encoding = wide == QLatin1String("utf-16be") ? wide : QStringLiteral("utf-16le");
            result.reason =
                QCoreApplication::translate("cwb::CsvReader",
                                            "chosen by the user; no byte order mark, read as %1")
                    .arg(result.encoding.toUpper());
        }
    } else {
        throw Error(
            QCoreApplication::translate(
                "cwb::CsvReader", "unknown encoding '%1' (expected auto, utf-8, gb18030 or utf-16)")
                .arg(options.encoding));
    }

    // Decode the sample to find the delimiter.
    std::string text;
    if (result.encoding == QLatin1String("utf-8")) {
        text.assign(head.constData(), size_t(head.size()));
    } else if (result.encoding == QLatin1String("utf-8-bom")) {
        text.assign(head.constData() + 3, size_t(head.size() - 3));
    } else {
        QStringDecoder decoder(result.encoding == QLatin1String("gb18030")
                                   ? QStringDecoder("GB18030")
                                   : QStringDecoder(wideDecoding(result.encoding)));
        const QByteArray utf8 = QString(decoder(head.mid(result.bomBytes))).toUtf8();
        text.assign(utf8.constData(), size_t(utf8.size()));
    }
    result.delimiter = options.delimiter.toLower() == QLatin1String("auto")
                           ? sniffDelimiter(text)
                           : delimiterFromOption(options.delimiter);
    return result;
}

CsvReader::CsvReader(const QString &path, const CsvOptions &options)
    : m_path(path), m_sniff(sniff(path, options)),
      m_maxRecordBytes(std::max<qint64>(options.maxRecordBytes, 1)), m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("cwb::CsvReader", "cannot open %1: %2")
                        .arg(path, m_file.errorString()));
    m_bytesTotal = m_file.size();
    if (!m_file.isSequential() && m_bytesTotal > 0) // a small file needs no 4 MiB chunk
        m_chunkSize = std::min(kChunkSize, m_bytesTotal + 1);
    if (m_sniff.encoding == QLatin1String("utf-8-bom")) {
        m_file.seek(3);
        m_bytesRead = 3;
        m_bufferStart = 3;
    } else if (m_sniff.encoding == QLatin1String("gb18030")) {
        m_decoder = std::make_unique<QStringDecoder>("GB18030");
    } else if (m_sniff.encoding.startsWith(QLatin1String("utf-16")) ||
               m_sniff.encoding.startsWith(QLatin1String("utf-32"))) {
        m_decoder = std::make_unique<QStringDecoder>(wideDecoding(m_sniff.encoding),
                                                     QStringDecoder::Flag::ConvertInitialBom);
        m_file.seek(m_sniff.bomBytes);
        m_bytesRead = m_sniff.bomBytes;
    }
    m_buffer.reserve(size_t(m_chunkSize) + 1024);
    m_stops.fill(false);
    m_stops[static_cast<unsigned char>(m_sniff.delimiter)] = true;
    m_stops['\n'] = true;
    m_stops['\r'] = true;
}

CsvReader::~CsvReader() = default;

void CsvReader::checkUtf8(std::size_t from)
{
    const std::size_t size = m_buffer.size() - from;
    const std::size_t valid = validUtf8Prefix(m_buffer.data() + from, size, m_eof);
    if (valid != size) {
        const qint64 line =
            m_line + countLines(std::string_view(m_buffer).substr(m_pos, from + valid - m_pos));
        throw Error(QCoreApplication::translate(
                        "cwb::CsvReader",
                        "%1: line %2: invalid UTF-8 text (the file was read as UTF-8; "
                        "if it was saved as GBK/GB18030, import with --encoding "
                        "gb18030)")
                        .arg(m_path)
                        .arg(line));
    }
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Drop what was consumed; keep the unparsed tail.
    if (m_pos > 0) {
        m_buffer.erase(0, m_pos);
        m_bufferStart += qint64(m_pos);
        m_pos = 0;
    }
    const std::size_t before = m_buffer.size();
    // Read straight into the buffer (UTF-8) or into a reused chunk (to be transcoded): no fresh
    // allocation per chunk, so memory pages are not faulted in again and again.
    char *target = nullptr;
    if (m_decoder) {
        m_chunk.resize(m_chunkSize);
        target = m_chunk.data();
    } else {
        m_buffer.resize(before + std::size_t(m_chunkSize));
        target = m_buffer.data() + before;
    }
    const qint64 got = m_file.read(target, m_chunkSize);
    if (got < 0)
        throw Error(QCoreApplication::translate("cwb::CsvReader", "%1: read error: %2")
                        .arg(m_path, m_file.errorString()));
    m_bytesRead += got;
    if (got == 0 || m_file.atEnd())
        m_eof = true;
    if (m_decoder) {
        const QString text = (*m_decoder)(QByteArrayView(m_chunk.constData(), got));
        if (m_decoder->hasError()) {
            throw Error(QCoreApplication::translate("cwb::CsvReader",
                                                    "%1: near line %2: bytes that are not valid %3")
                            .arg(m_path)
                            .arg(m_line + countLines(m_buffer))
                            .arg(m_sniff.encoding.toUpper()));
        }
        const QByteArray utf8 = text.toUtf8();
        m_buffer.append(utf8.constData(), size_t(utf8.size()));
    } else {
        m_buffer.resize(before + std::size_t(got));
        // Validate the new bytes, starting again at a multi-byte sequence the last chunk cut.
        checkUtf8(before - m_utf8Pending);
        m_utf8Pending = 0;
        const std::size_t n = m_buffer.size();
        std::size_t k = 0; // continuation bytes at the end
        while (k < 3 && k < n && (static_cast<unsigned char>(m_buffer[n - 1 - k]) & 0xC0) == 0x80)
            ++k;
        if (k < n) {
            const auto lead = static_cast<unsigned char>(m_buffer[n - 1 - k]);
            const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            if (length > k + 1)
                m_utf8Pending = k + 1;
        }
    }
    return true;
}

void CsvReader::refuseLongRecord(bool openQuote, bool spansLines) const
{
    if (openQuote)
        throw Error(QCoreApplication::translate(
                        "cwb::CsvReader",
                        "%1: line %2: a quoted field runs on for more than %3 MB without its "
                        "closing quote; a stray '\"' on that line probably opened it (a quoted "
                        "field may span lines, so it takes in the rest of the file)")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(m_line)
                        .arg(display::megabytes(m_maxRecordBytes)));
    if (spansLines)
        throw Error(QCoreApplication::translate(
                        "cwb::CsvReader",
                        "%1: line %2: a record runs on for more than %3 MB over several lines "
                        "(quoted fields may span lines); is a quote misplaced?")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(m_line)
                        .arg(display::megabytes(m_maxRecordBytes)));
    throw Error(QCoreApplication::translate(
                    "cwb::CsvReader",
                    "%1: line %2 runs on for more than %3 MB without a line break; a table of "
                    "rows has no lines that long: is it the right file?")
                    .arg(QDir::toNativeSeparators(m_path))
                    .arg(m_line)
                    .arg(display::megabytes(m_maxRecordBytes)));
}

bool CsvReader::seek(qint64 offset, qint64 line)
{
    if (m_decoder || offset < 0 || offset > m_bytesTotal)
        return false;
    if (!m_file.seek(offset))
        throw Error(QCoreApplication::translate("cwb::CsvReader", "%1: cannot read at byte %2: %3")
                        .arg(m_path)
                        .arg(offset)
                        .arg(m_file.errorString()));
    m_buffer.clear();
    m_pos = 0;
    m_bufferStart = offset;
    m_bytesRead = offset;
    m_utf8Pending = 0;
    m_eof = false;
    m_line = line;
    m_chunkSize = 64 << 10; // a seek looks at a few records: read little
    return true;
}

bool CsvReader::next(Record &record)
{
    const char delim = m_sniff.delimiter;
    for (;;) {
        // Skip blank lines.
        while (true) {
            if (m_pos >= m_buffer.size()) {
                if (!fill())
                    return false;
                continue;
            }
            if (m_buffer[m_pos] == '\n') {
                ++m_pos;
                ++m_line;
            } else if (m_buffer[m_pos] == '\r' && m_pos + 1 < m_buffer.size() &&
                       m_buffer[m_pos + 1] == '\n') {
                m_pos += 2;
                ++m_line;
            } else if (m_buffer[m_pos] == '\r' && m_pos + 1 >= m_buffer.size() && !m_eof) {
                fill();
            } else if (m_buffer[m_pos] == '\r') { // a lone CR ends a line too
                ++m_pos;
                ++m_line;
            } else {
                break;
            }
        }

        // Parse one record from m_pos. If the buffer ends first, read more and start again.
        m_spans.clear();
        m_fieldStore.clear();
        const char *data = m_buffer.data();
        const std::size_t size = m_buffer.size();
        std::size_t i = m_pos;
        bool complete = false;
        std::size_t recordEnd = 0; // end of record text (before the terminator)
        std::size_t nextPos = 0;
        qint64 newlines = 0;
        bool openQuote = false; // the buffer ended inside a quoted field
        while (true) {
            // One field.
            if (i < size && data[i] == '"') {
                const std::size_t storeStart = m_fieldStore.size();
                ++i;
                bool closed = false;
                while (i < size) {
                    const char *quote =
                        static_cast<const char *>(std::memchr(data + i, '"', size - i));
                    const std::size_t stop = quote ? std::size_t(quote - data) : size;
                    newlines += countLines(std::string_view(data + i, stop - i));
                    m_fieldStore.append(data + i, stop - i);
                    i = stop;
                    if (!quote)
                        break;
                    if (i + 1 < size && data[i + 1] == '"') { // escaped quote
                        m_fieldStore.push_back('"');
                        i += 2;
                        continue;
                    }
                    if (i + 1 >= size && !m_eof)
                        break; // cannot tell yet whether the quote is doubled
                    ++i;
                    closed = true;
                    break;
                }
                if (!closed) {
                    if (m_eof) {
                        throw Error(
                            QCoreApplication::translate("cwb::CsvReader",
                                                        "%1: line %2: a quoted field is not closed "
                                                        "before the end of the file")
                                .arg(m_path)
                                .arg(m_line));
                    }
                    openQuote = true;
                    break; // need more data
                }
                // Text after the closing quote up to the delimiter is kept as it stands.
                while (i < size && !m_stops[static_cast<unsigned char>(data[i])])
                    m_fieldStore.push_back(data[i++]);
                m_spans.push_back({storeStart, m_fieldStore.size() - storeStart, true});
            } else {
                const std::size_t start = i;
                while (i < size && !m_stops[static_cast<unsigned char>(data[i])])
                    ++i;
                m_spans.push_back({start, i - start, false});
            }
            if (i >= size) {
                if (!m_eof)
                    break; // need more data
                recordEnd = size;
                nextPos = size;
                complete = true;
                break;
            }
            if (data[i] == delim) {
                ++i;
                if (i >= size && m_eof) { // a trailing delimiter: one more empty field
                    m_spans.push_back({i, 0, false});
                    recordEnd = size;
                    nextPos = size;
                    complete = true;
                    break;
                }
                continue;
            }
            if (data[i] == '\r') {
                if (i + 1 >= size && !m_eof)
                    break; // need more data to see if '\n' follows
                recordEnd = i;
                nextPos = (i + 1 < size && data[i + 1] == '\n') ? i + 2 : i + 1;
                ++newlines;
                complete = true;
                break;
            }
            // '\n'
            recordEnd = i;
            nextPos = i + 1;
            ++newlines;
            complete = true;
            break;
        }
        if (!complete) {
            if (qint64(size - m_pos) > m_maxRecordBytes)
                refuseLongRecord(openQuote, newlines > 0);
            fill();
            continue;
        }

        if (qint64(recordEnd - m_pos) > m_maxRecordBytes)
            refuseLongRecord(false, newlines > 1);
        record.line = m_line;
        record.offset = m_decoder ? -1 : m_bufferStart + qint64(m_pos);
        record.raw = std::string_view(data + m_pos, recordEnd - m_pos);
        record.fields.resize(m_spans.size());
        for (std::size_t k = 0; k < m_spans.size(); ++k) {
            const auto [offset, length, inStore] = m_spans[k];
            record.fields[k] = inStore ? std::string_view(m_fieldStore).substr(offset, length)
                                       : std::string_view(data + offset, length);
        }
        m_line += newlines;
        m_pos = nextPos;
        return true;
    }
}

} // namespace cwb
