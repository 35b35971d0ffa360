// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsxreader.h"

#include "core/error.h"
#include "import/displaytext.h"
#include "import/xlsxarchive.h"
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

QString label(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

using xlsx::Archive;
using xlsx::PartReader;
using Role = xlsx::PartReader::Role;

[[noreturn]] void throwPartXml(const Archive &archive, PartReader &part)
{
    const QXmlStreamReader &x = part.xml();
    throw Error(QCoreApplication::translate(
                    "cwb::XlsxReader",
                    "%1: %2 inside the workbook is not valid XML (line %3, column %4): %5")
                    .arg(archive.label(), part.name())
                    .arg(x.lineNumber())
                    .arg(x.columnNumber())
                    .arg(x.errorString()));
}

// Reads a whole XML part token by token; calls visit(xml, token) for each token. Returns false
// when the part does not exist.
template <typename Visit>
bool readPart(Archive &archive, const QString &name, Role role, Visit visit)
{
    PartReader part(archive, name, role);
    if (!part.exists())
        return false;
    for (;;) {
        const QXmlStreamReader::TokenType token = part.next();
        if (token == QXmlStreamReader::Invalid)
            throwPartXml(archive, part);
        if (token == QXmlStreamReader::EndDocument)
            return true;
        visit(part.xml(), token);
    }
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

QHash<QString, Relationship> readRelationships(Archive &archive, const QString &relsPart,
                                               const QString &baseDir)
{
    QHash<QString, Relationship> rels;
    readPart(archive, relsPart, Role::Metadata,
             [&](QXmlStreamReader &x, QXmlStreamReader::TokenType token) {
                 if (token != QXmlStreamReader::StartElement || x.name() != u"Relationship")
                     return;
                 const auto a = x.attributes();
                 if (a.value(QLatin1StringView("TargetMode")) == u"External")
                     return;
                 const QString type = a.value(QLatin1StringView("Type")).toString();
                 rels.insert(
                     a.value(QLatin1StringView("Id")).toString(),
                     {type.mid(type.lastIndexOf(u'/') + 1),
                      resolvePart(baseDir, a.value(QLatin1StringView("Target")).toString())});
             });
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

BookInfo readBookInfo(Archive &archive)
{
    // The package relationships name the workbook part (xl/workbook.xml in practice).
    QString bookPart = QStringLiteral("xl/workbook.xml");
    for (const Relationship &r : readRelationships(archive, QStringLiteral("_rels/.rels"), {})) {
        if (r.type == u"officeDocument")
            bookPart = r.target;
    }
    if (archive.locate(bookPart) < 0)
        throw Error(archive.notAWorkbookReason(bookPart));
    const int slash = int(bookPart.lastIndexOf(u'/'));
    const QString baseDir = bookPart.left(slash + 1);
    const QString relsPart =
        baseDir + QStringLiteral("_rels/") + bookPart.mid(slash + 1) + QStringLiteral(".rels");
    const auto rels = readRelationships(archive, relsPart, baseDir);

    BookInfo info;
    for (const Relationship &r : rels) {
        if (r.type == u"styles")
            info.stylesPart = r.target;
        else if (r.type == u"sharedStrings")
            info.stringsPart = r.target;
    }
    readPart(archive, bookPart, Role::Metadata,
             [&](QXmlStreamReader &x, QXmlStreamReader::TokenType token) {
                 if (token != QXmlStreamReader::StartElement)
                     return;
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
             });
    return info;
}

std::vector<std::uint8_t> readStyleKinds(Archive &archive, const QString &part)
{
    std::vector<std::uint8_t> kinds;
    if (part.isEmpty())
        return kinds;
    QHash<int, int> custom; // numFmtId -> date kind of its format code
    std::vector<int> xfFormats;
    bool inCellXfs = false;
    readPart(archive, part, Role::Metadata,
             [&](QXmlStreamReader &x, QXmlStreamReader::TokenType token) {
                 if (token == QXmlStreamReader::StartElement) {
                     const auto a = x.attributes();
                     if (x.name() == u"numFmt")
                         custom.insert(a.value(QLatin1StringView("numFmtId")).toInt(),
                                       xlsx::customFormatKind(
                                           a.value(QLatin1StringView("formatCode")).toString()));
                     else if (x.name() == u"cellXfs")
                         inCellXfs = true;
                     else if (inCellXfs && x.name() == u"xf")
                         xfFormats.push_back(a.value(QLatin1StringView("numFmtId")).toInt());
                 } else if (token == QXmlStreamReader::EndElement && x.name() == u"cellXfs") {
                     inCellXfs = false;
                 }
             });
    kinds.reserve(xfFormats.size());
    for (int id : xfFormats) {
        const auto it = custom.constFind(id);
        kinds.push_back(std::uint8_t(it != custom.cend() ? *it : xlsx::builtinFormatKind(id)));
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
    std::string strings;                    // all shared strings, back to back
    std::vector<std::uint32_t> stringStart; // n + 1 offsets into strings
    std::vector<std::uint8_t> styleKinds;   // date kind per cellXfs index

    // The shared-string table. Its size is bounded by the part's (Limits::sharedStringsBytes:
    // the text is never longer than the XML holding it); uniqueCount is only a hint, and what
    // is reserved up front never exceeds what the part's declared size can hold.
    void readSharedStrings(Archive &archive, const QString &part)
    {
        stringStart.assign(1, 0);
        if (part.isEmpty())
            return;
        PartReader in(archive, part, Role::SharedStrings);
        if (!in.exists())
            return;
        const qint64 declared = in.declaredSize();
        if (declared > 0) {
            strings.reserve(std::size_t(declared));
            stringStart.reserve(std::size_t(std::min<qint64>(declared / 16, 1 << 20)) + 1);
        }
        const qint64 cellLimit = archive.limits().cellBytes;
        std::string current;
        int phonetic = 0;
        bool inText = false;
        for (;;) {
            const QXmlStreamReader::TokenType token = in.next();
            if (token == QXmlStreamReader::Invalid)
                throwPartXml(archive, in);
            if (token == QXmlStreamReader::EndDocument)
                break;
            QXmlStreamReader &x = in.xml();
            switch (token) {
            case QXmlStreamReader::StartElement:
                if (x.name() == u"si") {
                    current.clear();
                } else if (x.name() == u"rPh") {
                    ++phonetic;
                } else if (x.name() == u"t") {
                    inText = phonetic == 0;
                } else if (x.name() == u"sst") {
                    const qint64 count =
                        x.attributes().value(QLatin1StringView("uniqueCount")).toLongLong();
                    // Never more than the part could hold (an <si/> takes at least 5 bytes).
                    if (count > 0 && declared > 0)
                        stringStart.reserve(std::size_t(std::min(count, declared / 5)) + 1);
                }
                break;
            case QXmlStreamReader::Characters:
                if (inText) {
                    xlsx::appendUtf8(current, x.text());
                    if (qint64(current.size()) > cellLimit)
                        throw Error(QCoreApplication::translate(
                                        "cwb::XlsxReader",
                                        "%1: shared string %2 in %3 holds more than %4 MB of "
                                        "text (Excel allows 32,767 characters in a cell); the "
                                        "file is damaged or made to exhaust memory")
                                        .arg(archive.label())
                                        .arg(stringStart.size())
                                        .arg(part, display::megabytes(cellLimit)));
                }
                break;
            case QXmlStreamReader::EndElement:
                if (x.name() == u"t") {
                    inText = false;
                } else if (x.name() == u"rPh") {
                    --phonetic;
                } else if (x.name() == u"si") {
                    xlsx::decodeEscapes(current);
                    strings += current;
                    stringStart.push_back(std::uint32_t(strings.size()));
                }
                break;
            default:
                break;
            }
        }
    }
    std::size_t stringCount() const { return stringStart.size() - 1; }
};

// ---- static helpers ----

QStringList XlsxReader::sheetNames(const QString &path, const xlsx::Limits &limits)
{
    Archive archive(path, limits);
    QStringList names;
    for (const SheetEntry &s : readBookInfo(archive).sheets) {
        if (s.worksheet)
            names.append(s.name);
    }
    return names;
}

// ---- the reader ----

XlsxReader::XlsxReader(const QString &path, const QString &sheet, const xlsx::Limits &limits)
    : m_path(path), m_book(std::make_unique<Workbook>())
{
    m_archive = std::make_unique<Archive>(path, limits);
    const BookInfo info = readBookInfo(*m_archive);
    // Excel sheet names are unique ignoring case, so a name in other case still finds its sheet.
    QStringList names;
    const SheetEntry *chosen = nullptr;
    for (const SheetEntry &s : info.sheets) {
        if (!s.worksheet) {
            if (!sheet.isEmpty() && s.name.compare(sheet, Qt::CaseInsensitive) == 0)
                throw Error(
                    QCoreApplication::translate(
                        "cwb::XlsxReader", "%1: sheet '%2' is a chart sheet, not a table of rows")
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
            throw Error(QCoreApplication::translate("cwb::XlsxReader", "%1 has no worksheet")
                            .arg(label(path)));
        throw Error(QCoreApplication::translate("cwb::XlsxReader",
                                                "%1 has no sheet '%2'; its sheets are: %3")
                        .arg(label(path), sheet, names.join(QStringLiteral(", "))));
    }
    m_sheet = chosen->name;
    m_part = chosen->part;
    m_book->date1904 = info.date1904;
    m_book->readSharedStrings(*m_archive, info.stringsPart);
    m_book->styleKinds = readStyleKinds(*m_archive, info.stylesPart);

    if (m_archive->locate(m_part) < 0)
        throw Error(QCoreApplication::translate(
                        "cwb::XlsxReader", "%1: sheet '%2' is missing from the archive (no %3)")
                        .arg(label(path), m_sheet, m_part));
    m_sheetPart = std::make_unique<PartReader>(*m_archive, m_part, Role::Sheet);
    m_sheetPart->setContext(where(), &m_row);
    m_bytesTotal = std::max<qint64>(m_sheetPart->declaredSize(), 0);
}

XlsxReader::~XlsxReader() = default;

QString XlsxReader::where() const
{
    return QCoreApplication::translate("cwb::XlsxReader", "%1, sheet '%2'")
        .arg(label(m_path), m_sheet);
}

void XlsxReader::throwXmlError() const
{
    const QXmlStreamReader &xml = m_sheetPart->xml();
    const QString at =
        m_row > 0 ? QCoreApplication::translate("cwb::XlsxReader", "at sheet row %1").arg(m_row)
                  : QCoreApplication::translate("cwb::XlsxReader", "before the first row");
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        throw Error(QCoreApplication::translate(
                        "cwb::XlsxReader",
                        "%1: the sheet XML (%2) ends too early %3: the file is truncated")
                        .arg(where(), m_part, at));
    throw Error(QCoreApplication::translate(
                    "cwb::XlsxReader", "%1: broken sheet XML (%2) %3 (XML line %4, column %5): %6")
                    .arg(where(), m_part, at)
                    .arg(xml.lineNumber())
                    .arg(xml.columnNumber())
                    .arg(xml.errorString()));
}

void XlsxReader::refuseCell() const
{
    throw Error(QCoreApplication::translate(
                    "cwb::XlsxReader",
                    "%1, row %2, column %3: the cell holds more than %4 MB of text (Excel allows "
                    "32,767 characters in a cell); the file is damaged or made to exhaust memory")
                    .arg(where())
                    .arg(m_row)
                    .arg(m_col + 1)
                    .arg(display::megabytes(m_archive->limits().cellBytes)));
}

void XlsxReader::startCell()
{
    const QXmlStreamAttributes a = m_sheetPart->xml().attributes();
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
            throw Error(QCoreApplication::translate("cwb::XlsxReader",
                                                    "%1, row %2: invalid cell reference '%3'")
                            .arg(where())
                            .arg(m_row)
                            .arg(display::value(ref.toString())));
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
            throw Error(QCoreApplication::translate(
                            "cwb::XlsxReader",
                            "%1, row %2, column %3: the cell refers to shared string '%4' but the "
                            "workbook has %5 shared strings")
                            .arg(where())
                            .arg(m_row)
                            .arg(m_col + 1)
                            .arg(display::value(m_text))
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
    const qint64 cellBytes = qint64(m_store.size() - offset);
    if (cellBytes > m_archive->limits().cellBytes)
        refuseCell();
    if (qint64(m_store.size()) > m_archive->limits().rowBytes)
        throw Error(QCoreApplication::translate(
                        "cwb::XlsxReader",
                        "%1, row %2: the row holds more than %3 MB of text; the file is damaged or "
                        "made to exhaust memory")
                        .arg(where())
                        .arg(m_row)
                        .arg(display::megabytes(m_archive->limits().rowBytes)));
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
    QXmlStreamReader &xml = m_sheetPart->xml();
    while (!m_sheetDone) {
        const QXmlStreamReader::TokenType token = m_sheetPart->next();
        m_bytesRead = m_sheetPart->inflated();
        switch (token) {
        case QXmlStreamReader::StartElement: {
            if (m_skipDepth > 0) {
                ++m_skipDepth;
                break;
            }
            const QStringView name = xml.name();
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
                const QStringView r = xml.attributes().value(QLatin1StringView("r"));
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
            const QStringView name = xml.name();
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
            if (m_capture != Capture::None && m_skipDepth == 0) {
                xlsx::appendUtf8(m_text, xml.text());
                if (qint64(m_text.size()) > m_archive->limits().cellBytes)
                    refuseCell();
            }
            break;
        case QXmlStreamReader::EndDocument:
            m_sheetDone = true;
            break;
        case QXmlStreamReader::Invalid:
            throwXmlError();
        default:
            break;
        }
    }
    m_bytesRead = m_bytesTotal;
    return false;
}

} // namespace cwb
