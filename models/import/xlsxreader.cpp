// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsxreader.h"

#include "core/error.h"
#include "import/xlsxcells.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QXmlStreamReader>

#include <zip.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace cwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cwb::XlsxReader", text);
}

QString label(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// ---- the archive ----

struct ZipDiscard
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipDiscard>;

ZipPtr openArchive(const QString &path)
{
    if (!QFile::exists(path))
        throw Error(tr("%1: file not found").arg(label(path)));
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (z)
        return ZipPtr(z);
    if (code == ZIP_ER_NOZIP) {
        QFile f(path);
        QByteArray head;
        if (f.open(QIODevice::ReadOnly))
            head = f.read(8);
        if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
            throw Error(tr("%1 is not an .xlsx workbook: it is an old binary Excel file (.xls) "
                           "or a password-protected workbook; save it as .xlsx without a "
                           "password and import that")
                            .arg(label(path)));
        if (head.startsWith("PK"))
            throw Error(tr("%1 is a damaged zip archive (its table of contents is missing: was "
                           "the file cut short while copying or downloading?)")
                            .arg(label(path)));
        throw Error(tr("%1 is not an .xlsx workbook: it is not a zip archive (an .xlsx file is "
                       "one; is it a CSV file with the wrong extension?)")
                        .arg(label(path)));
    }
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString why = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    throw Error(tr("%1: cannot open it as an .xlsx workbook: %2").arg(label(path), why));
}

zip_int64_t locate(zip_t *z, const QString &name)
{
    const QByteArray n = name.toUtf8();
    zip_int64_t index = zip_name_locate(z, n.constData(), 0);
    if (index < 0)
        index = zip_name_locate(z, n.constData(), ZIP_FL_NOCASE);
    return index;
}

// Reads a whole archive member; an empty optional when it does not exist.
std::optional<QByteArray> readEntry(zip_t *z, const QString &name, const QString &path)
{
    const zip_int64_t index = locate(z, name);
    if (index < 0)
        return std::nullopt;
    zip_file_t *file = zip_fopen_index(z, zip_uint64_t(index), 0);
    if (!file)
        throw Error(tr("%1: cannot read %2 inside the workbook: %3")
                        .arg(label(path), name, QString::fromUtf8(zip_strerror(z))));
    QByteArray data;
    char buffer[65536];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            const QString why = QString::fromUtf8(zip_file_strerror(file));
            zip_fclose(file);
            throw Error(
                tr("%1: %2 inside the workbook is damaged: %3").arg(label(path), name, why));
        }
        if (n == 0)
            break;
        data.append(buffer, qsizetype(n));
    }
    zip_fclose(file);
    return data;
}

[[noreturn]] void throwPartXml(const QString &path, const QString &part, const QXmlStreamReader &x)
{
    throw Error(tr("%1: %2 inside the workbook is not valid XML (line %3, column %4): %5")
                    .arg(label(path), part)
                    .arg(x.lineNumber())
                    .arg(x.columnNumber())
                    .arg(x.errorString()));
}

// Resolves a relationship target against the folder of the part that owns it.
QString resolvePart(const QString &baseDir, const QString &target)
{
    QString joined = target.startsWith(u'/') ? target.mid(1) : baseDir + target;
    QStringList out;
    for (const QString &seg : joined.split(u'/', Qt::SkipEmptyParts)) {
        if (seg == u"..") {
            if (!out.isEmpty())
                out.removeLast();
        } else if (seg != u".") {
            out.append(seg);
        }
    }
    return out.join(u'/');
}

struct Relationship
{
    QString type; // the last segment of the type URI: "worksheet", "sharedStrings"...
    QString target;
};

QHash<QString, Relationship> readRelationships(zip_t *z, const QString &relsPart,
                                               const QString &baseDir, const QString &path)
{
    QHash<QString, Relationship> rels;
    const auto data = readEntry(z, relsPart, path);
    if (!data)
        return rels;
    QXmlStreamReader x(*data);
    while (!x.atEnd()) {
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == u"Relationship") {
            const auto a = x.attributes();
            if (a.value(QLatin1StringView("TargetMode")) == u"External")
                continue;
            const QString type = a.value(QLatin1StringView("Type")).toString();
            rels.insert(a.value(QLatin1StringView("Id")).toString(),
                        {type.mid(type.lastIndexOf(u'/') + 1),
                         resolvePart(baseDir, a.value(QLatin1StringView("Target")).toString())});
        }
    }
    if (x.hasError())
        throwPartXml(path, relsPart, x);
    return rels;
}

struct SheetEntry
{
    QString name;
    QString part;
    bool worksheet = false;
};

struct BookInfo
{
    QList<SheetEntry> sheets;
    bool date1904 = false;
    QString stylesPart;
    QString stringsPart;
};

BookInfo readBookInfo(zip_t *z, const QString &path)
{
    // The package relationships name the workbook part (xl/workbook.xml in practice).
    QString bookPart = QStringLiteral("xl/workbook.xml");
    for (const Relationship &r : readRelationships(z, QStringLiteral("_rels/.rels"), {}, path)) {
        if (r.type == u"officeDocument")
            bookPart = r.target;
    }
    const auto data = readEntry(z, bookPart, path);
    if (!data)
        throw Error(tr("%1 is a zip archive but not an .xlsx workbook: it has no %2")
                        .arg(label(path), bookPart));
    const int slash = int(bookPart.lastIndexOf(u'/'));
    const QString baseDir = bookPart.left(slash + 1);
    const QString relsPart =
        baseDir + QStringLiteral("_rels/") + bookPart.mid(slash + 1) + QStringLiteral(".rels");
    const auto rels = readRelationships(z, relsPart, baseDir, path);

    BookInfo info;
    for (const Relationship &r : rels) {
        if (r.type == u"styles")
            info.stylesPart = r.target;
        else if (r.type == u"sharedStrings")
            info.stringsPart = r.target;
    }
    QXmlStreamReader x(*data);
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = x.attributes();
        if (x.name() == u"workbookPr") {
            const auto v = a.value(QLatin1StringView("date1904"));
            info.date1904 = v == u"1" || v == u"true";
        } else if (x.name() == u"sheet") {
            SheetEntry sheet;
            sheet.name = a.value(QLatin1StringView("name")).toString();
            for (const QXmlStreamAttribute &attr : a) {
                // r:id, whatever the prefix (transitional and strict namespaces differ).
                if (attr.name() == u"id" && !attr.namespaceUri().isEmpty()) {
                    const auto it = rels.constFind(attr.value().toString());
                    if (it != rels.cend()) {
                        sheet.part = it->target;
                        sheet.worksheet = it->type == u"worksheet";
                    }
                }
            }
            info.sheets.append(sheet);
        }
    }
    if (x.hasError())
        throwPartXml(path, bookPart, x);
    return info;
}

std::vector<std::uint8_t> readStyleKinds(zip_t *z, const QString &part, const QString &path)
{
    std::vector<std::uint8_t> kinds;
    const auto data = part.isEmpty() ? std::nullopt : readEntry(z, part, path);
    if (!data)
        return kinds;
    QHash<int, QString> custom;
    std::vector<int> xfFormats;
    bool inCellXfs = false;
    QXmlStreamReader x(*data);
    while (!x.atEnd()) {
        const auto token = x.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto a = x.attributes();
            if (x.name() == u"numFmt")
                custom.insert(a.value(QLatin1StringView("numFmtId")).toInt(),
                              a.value(QLatin1StringView("formatCode")).toString());
            else if (x.name() == u"cellXfs")
                inCellXfs = true;
            else if (inCellXfs && x.name() == u"xf")
                xfFormats.push_back(a.value(QLatin1StringView("numFmtId")).toInt());
        } else if (token == QXmlStreamReader::EndElement && x.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (x.hasError())
        throwPartXml(path, part, x);
    kinds.reserve(xfFormats.size());
    for (int id : xfFormats) {
        const auto it = custom.constFind(id);
        kinds.push_back(std::uint8_t(it != custom.cend() ? xlsx::customFormatKind(*it)
                                                         : xlsx::builtinFormatKind(id)));
    }
    return kinds;
}

bool needsQuotes(std::string_view field)
{
    return field.find_first_of(",\"\r\n") != std::string_view::npos;
}

} // namespace

// ---- the workbook-wide tables ----

struct XlsxReader::Workbook
{
    bool date1904 = false;
    std::string strings;                  // all shared strings, back to back
    std::vector<std::size_t> stringStart; // n + 1 offsets into strings
    std::vector<std::uint8_t> styleKinds; // date kind per cellXfs index

    void readSharedStrings(zip_t *z, const QString &part, const QString &path)
    {
        stringStart.assign(1, 0);
        const auto data = part.isEmpty() ? std::nullopt : readEntry(z, part, path);
        if (!data)
            return;
        QXmlStreamReader x(*data);
        std::string current;
        int phonetic = 0;
        bool inText = false;
        while (!x.atEnd()) {
            switch (x.readNext()) {
            case QXmlStreamReader::StartElement:
                if (x.name() == u"si") {
                    current.clear();
                } else if (x.name() == u"rPh") {
                    ++phonetic;
                } else if (x.name() == u"t") {
                    inText = phonetic == 0;
                } else if (x.name() == u"sst") {
                    const int count =
                        x.attributes().value(QLatin1StringView("uniqueCount")).toInt();
                    stringStart.reserve(std::size_t(std::max(count, 0)) + 1);
                }
                break;
            case QXmlStreamReader::Characters:
                if (inText)
                    xlsx::appendUtf8(current, x.text());
                break;
            case QXmlStreamReader::EndElement:
                if (x.name() == u"t") {
                    inText = false;
                } else if (x.name() == u"rPh") {
                    --phonetic;
                } else if (x.name() == u"si") {
                    xlsx::decodeEscapes(current);
                    strings += current;
                    stringStart.push_back(strings.size());
                }
                break;
            default:
                break;
            }
        }
        if (x.hasError())
            throwPartXml(path, part, x);
    }
    std::size_t stringCount() const { return stringStart.size() - 1; }
};

// ---- static helpers ----

QStringList XlsxReader::sheetNames(const QString &path)
{
    const ZipPtr z = openArchive(path);
    QStringList names;
    for (const SheetEntry &s : readBookInfo(z.get(), path).sheets) {
        if (s.worksheet)
            names.append(s.name);
    }
    return names;
}

// ---- the reader ----

XlsxReader::XlsxReader(const QString &path, const QString &sheet)
    : m_path(path), m_book(std::make_unique<Workbook>()), m_chunk(256 * 1024)
{
    ZipPtr z = openArchive(path);
    const BookInfo info = readBookInfo(z.get(), path);
    // Excel sheet names are unique ignoring case, so a name in other case still finds its sheet.
    QStringList names;
    const SheetEntry *chosen = nullptr;
    for (const SheetEntry &s : info.sheets) {
        if (!s.worksheet) {
            if (!sheet.isEmpty() && s.name.compare(sheet, Qt::CaseInsensitive) == 0)
                throw Error(tr("%1: sheet '%2' is a chart sheet, not a table of rows")
                                .arg(label(path), s.name));
            continue;
        }
        names.append(QStringLiteral("'%1'").arg(s.name));
        const bool exact = !sheet.isEmpty() && s.name == sheet;
        const bool loose = !sheet.isEmpty() && s.name.compare(sheet, Qt::CaseInsensitive) == 0;
        if (exact || (!chosen && (sheet.isEmpty() || loose)))
            chosen = &s;
    }
    if (!chosen) {
        if (names.isEmpty())
            throw Error(tr("%1 has no worksheet").arg(label(path)));
        throw Error(tr("%1 has no sheet '%2'; its sheets are: %3")
                        .arg(label(path), sheet, names.join(QStringLiteral(", "))));
    }
    m_sheet = chosen->name;
    m_part = chosen->part;
    m_book->date1904 = info.date1904;
    m_book->readSharedStrings(z.get(), info.stringsPart, path);
    m_book->styleKinds = readStyleKinds(z.get(), info.stylesPart, path);

    const zip_int64_t index = locate(z.get(), m_part);
    if (index < 0)
        throw Error(tr("%1: sheet '%2' is missing from the archive (no %3)")
                        .arg(label(path), m_sheet, m_part));
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z.get(), zip_uint64_t(index), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE))
        m_bytesTotal = qint64(st.size);
    m_file = zip_fopen_index(z.get(), zip_uint64_t(index), 0);
    if (!m_file)
        throw Error(tr("%1: cannot read sheet '%2': %3")
                        .arg(label(path), m_sheet, QString::fromUtf8(zip_strerror(z.get()))));
    m_zip = z.release();
    m_xml = std::make_unique<QXmlStreamReader>();
}

XlsxReader::~XlsxReader()
{
    if (m_file)
        zip_fclose(m_file);
    if (m_zip)
        zip_discard(m_zip);
}

QString XlsxReader::where() const
{
    return tr("%1, sheet '%2'").arg(label(m_path), m_sheet);
}

bool XlsxReader::feed()
{
    if (m_entryDone)
        return false;
    const zip_int64_t n = zip_fread(m_file, m_chunk.data(), m_chunk.size());
    if (n < 0)
        throw Error(tr("%1: the archive is damaged after row %2: %3")
                        .arg(where())
                        .arg(m_row)
                        .arg(QString::fromUtf8(zip_file_strerror(m_file))));
    if (n == 0) {
        m_entryDone = true;
        return false;
    }
    m_bytesRead += n;
    m_xml->addData(QByteArray(m_chunk.data(), qsizetype(n)));
    return true;
}

void XlsxReader::throwXmlError() const
{
    const QString at = m_row > 0 ? tr("at sheet row %1").arg(m_row) : tr("before the first row");
    if (m_xml->error() == QXmlStreamReader::PrematureEndOfDocumentError)
        throw Error(tr("%1: the sheet XML (%2) ends too early %3: the file is truncated")
                        .arg(where(), m_part, at));
    throw Error(tr("%1: broken sheet XML (%2) %3 (XML line %4, column %5): %6")
                    .arg(where(), m_part, at)
                    .arg(m_xml->lineNumber())
                    .arg(m_xml->columnNumber())
                    .arg(m_xml->errorString()));
}

void XlsxReader::startCell()
{
    const QXmlStreamAttributes a = m_xml->attributes();
    const QStringView ref = a.value(QLatin1StringView("r"));
    if (ref.isEmpty()) {
        m_col = m_nextCol;
    } else {
        int col = 0;
        qsizetype i = 0;
        for (; i < ref.size() && col <= 16384; ++i) {
            const char16_t c = ref[i].unicode();
            if (c >= u'A' && c <= u'Z')
                col = col * 26 + (c - u'A' + 1);
            else if (c >= u'a' && c <= u'z')
                col = col * 26 + (c - u'a' + 1);
            else
                break;
        }
        if (col == 0 || col > 16384)
            throw Error(tr("%1, row %2: invalid cell reference '%3'")
                            .arg(where())
                            .arg(m_row)
                            .arg(ref.toString()));
        m_col = col - 1;
    }
    m_nextCol = m_col + 1;
    const QStringView t = a.value(QLatin1StringView("t"));
    if (t.isEmpty() || t == u"n")
        m_type = 'n';
    else if (t == u"s")
        m_type = 's';
    else if (t == u"inlineStr")
        m_type = 'i';
    else if (t == u"b")
        m_type = 'b';
    else if (t == u"e")
        m_type = 'e';
    else if (t == u"d")
        m_type = 'd';
    else
        m_type = 't'; // "str" (a formula's text result) and anything unknown: text as written
    const QStringView s = a.value(QLatin1StringView("s"));
    m_style = s.isEmpty() ? 0 : s.toInt();
    m_text.clear();
    m_capture = Capture::None;
    m_inInline = false;
}

void XlsxReader::endCell()
{
    const std::size_t offset = m_store.size();
    switch (m_type) {
    case 's': {
        std::size_t index = 0;
        const auto r = std::from_chars(m_text.data(), m_text.data() + m_text.size(), index);
        if (m_text.empty())
            break;
        if (r.ec != std::errc{} || index >= m_book->stringCount())
            throw Error(tr("%1, row %2, column %3: the cell refers to shared string '%4' but the "
                           "workbook has %5 shared strings")
                            .arg(where())
                            .arg(m_row)
                            .arg(m_col + 1)
                            .arg(QString::fromStdString(m_text))
                            .arg(m_book->stringCount()));
        const std::size_t from = m_book->stringStart[index];
        m_store.append(m_book->strings, from, m_book->stringStart[index + 1] - from);
        break;
    }
    case 'i':
    case 't':
        xlsx::decodeEscapes(m_text);
        m_store += m_text;
        break;
    case 'b':
        if (!m_text.empty())
            m_store += (m_text == "1" || m_text == "true" || m_text == "TRUE") ? "1" : "0";
        break;
    case 'e':
        break; // #N/A, #DIV/0!...: no value
    case 'd':  // an ISO 8601 date (strict OOXML)
        for (char &c : m_text)
            c = c == 'T' ? ' ' : c;
        m_store += m_text;
        break;
    default: { // a number, maybe a date serial
        if (m_text.empty())
            break;
        const int kind = m_style >= 0 && std::size_t(m_style) < m_book->styleKinds.size()
                             ? m_book->styleKinds[std::size_t(m_style)]
                             : 0;
        if (kind != 0) {
            double serial = 0;
            if (std::from_chars(m_text.data(), m_text.data() + m_text.size(), serial).ec ==
                std::errc{}) {
                const std::string date = xlsx::serialToText(serial, kind, m_book->date1904);
                if (!date.empty()) {
                    m_store += date;
                    break;
                }
            }
        }
        m_store += xlsx::normalizeNumber(m_text);
        break;
    }
    }
    if (std::size_t(m_col) >= m_spans.size())
        m_spans.resize(std::size_t(m_col) + 1, {0, 0});
    m_spans[std::size_t(m_col)] = {offset, std::ptrdiff_t(m_store.size() - offset)};
}

bool XlsxReader::finishRow(Record &record)
{
    std::size_t width = m_spans.size();
    while (width > 0 && m_spans[width - 1].second <= 0)
        --width;
    if (width == 0)
        return false; // a row with no value (formatting only)
    if (!m_haveHeader) {
        m_haveHeader = true;
        m_headerWidth = width;
    }
    const std::size_t count = std::max(width, m_headerWidth);
    record.fields.resize(count);
    m_raw.clear();
    for (std::size_t c = 0; c < count; ++c) {
        std::string_view field;
        if (c < m_spans.size() && m_spans[c].second > 0)
            field =
                std::string_view(m_store.data() + m_spans[c].first, std::size_t(m_spans[c].second));
        record.fields[c] = field;
        if (c > 0)
            m_raw.push_back(',');
        if (needsQuotes(field)) {
            m_raw.push_back('"');
            for (char ch : field) {
                if (ch == '"')
                    m_raw.push_back('"');
                m_raw.push_back(ch);
            }
            m_raw.push_back('"');
        } else {
            m_raw.append(field);
        }
    }
    record.line = m_row;
    record.raw = m_raw;
    return true;
}

bool XlsxReader::next(Record &record)
{
    while (!m_sheetDone) {
        switch (m_xml->readNext()) {
        case QXmlStreamReader::StartElement: {
            if (m_skipDepth > 0) {
                ++m_skipDepth;
                break;
            }
            const QStringView name = m_xml->name();
            if (name == u"c") {
                startCell();
            } else if (name == u"v") {
                m_capture = Capture::Value;
            } else if (name == u"is") {
                m_inInline = true;
            } else if (name == u"t" && m_inInline) {
                m_capture = Capture::InlineText;
            } else if (name == u"rPh") {
                m_skipDepth = 1;
            } else if (name == u"row") {
                const QStringView r = m_xml->attributes().value(QLatin1StringView("r"));
                bool ok = false;
                const qint64 number = r.toLongLong(&ok);
                m_row = ok && number > 0 ? number : m_row + 1;
                m_nextCol = 0;
                m_store.clear();
                m_spans.clear();
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            if (m_skipDepth > 0) {
                --m_skipDepth;
                break;
            }
            const QStringView name = m_xml->name();
            if (name == u"v" || name == u"t") {
                m_capture = Capture::None;
            } else if (name == u"is") {
                m_inInline = false;
            } else if (name == u"c") {
                endCell();
            } else if (name == u"row") {
                if (finishRow(record))
                    return true;
            } else if (name == u"sheetData") {
                m_sheetDone = true; // what follows (merged cells, page setup) is not data
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (m_capture != Capture::None && m_skipDepth == 0)
                xlsx::appendUtf8(m_text, m_xml->text());
            break;
        case QXmlStreamReader::EndDocument:
            m_sheetDone = true;
            break;
        case QXmlStreamReader::Invalid:
            if (m_xml->error() == QXmlStreamReader::PrematureEndOfDocumentError && feed())
                break;
            throwXmlError();
        default:
            break;
        }
    }
    m_bytesRead = m_bytesTotal;
    return false;
}

} // namespace cwb
