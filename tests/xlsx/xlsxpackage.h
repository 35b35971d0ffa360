// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-built .xlsx packages for the reader's tests: minimal workbooks written with libzip, and
// archives written byte by byte (to give the zip directory any sizes, and to build "zip bombs"
// from repeated deflate blocks without inflating them first).
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QTest>

#include <zip.h>
#include <zlib.h>

#include <utility>

namespace cwb::test {

// Writes a zip archive from in-memory parts with libzip (to build xlsx files by hand).
inline void writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &parts)
{
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    QVERIFY(z);
    for (const auto &[name, data] : parts) {
        zip_source_t *src = zip_source_buffer(z, data.constData(), zip_uint64_t(data.size()), 0);
        QVERIFY(src);
        QVERIFY(zip_file_add(z, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) >= 0);
    }
    QCOMPARE(zip_close(z), 0);
}

inline const char *const kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline const char *const kRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A minimal package: one workbook with the given sheets (name, XML), styles and shared strings.
inline QList<std::pair<QString, QByteArray>>
package(const QList<std::pair<QString, QByteArray>> &sheets, const QByteArray &styles,
        const QByteArray &sharedStrings = {}, bool date1904 = false, bool absoluteTargets = false)
{
    QByteArray book = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"") +
                      kMain + "\" xmlns:r=\"" + kRel + "\">" +
                      (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>";
    QByteArray rels = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                                 "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                 "relationships\">");
    const QByteArray typeBase = QByteArray(kRel) + "/";
    QList<std::pair<QString, QByteArray>> parts;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        book += "<sheet name=\"" + sheets[i].first.toUtf8() + "\" sheetId=\"" + n +
                "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + typeBase + "worksheet\" Target=\"" +
                (absoluteTargets ? "/xl/" : "") + "worksheets/sheet" + n + ".xml\"/>";
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheets[i].second});
    }
    book += "</sheets></workbook>";
    rels += "<Relationship Id=\"rSt\" Type=\"" + typeBase + "styles\" Target=\"styles.xml\"/>";
    if (!sharedStrings.isEmpty())
        rels += "<Relationship Id=\"rSs\" Type=\"" + typeBase +
                "sharedStrings\" Target=\"sharedStrings.xml\"/>";
    rels += "</Relationships>";
    parts.append({QStringLiteral("[Content_Types].xml"),
                  "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                  "package/2006/content-types\"/>"});
    parts.append({QStringLiteral("_rels/.rels"),
                  QByteArray("<?xml version=\"1.0\"?><Relationships xmlns=\"http://"
                             "schemas.openxmlformats.org/package/2006/relationships\">"
                             "<Relationship Id=\"rId1\" Type=\"") +
                      typeBase + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    parts.append({QStringLiteral("xl/workbook.xml"), book});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    parts.append({QStringLiteral("xl/styles.xml"), styles});
    if (!sharedStrings.isEmpty())
        parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    return parts;
}

inline QByteArray sheetXml(const QByteArray &rows)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"") + kMain +
           "\"><dimension ref=\"A1:E8\"/><sheetData>" + rows + "</sheetData></worksheet>";
}

// s = 0 general, 1 yyyy"年"m"月"d"日", 2 yyyy-mm-dd hh:mm:ss, 3 0.00 "days" (not a date),
// 4 [Red]#,##0.00 (not a date), 5 [h]:mm:ss, 6 h:mm AM/PM, 7 built-in 31 (zh-CN date),
// 8 built-in 14. The cellStyleXfs entry (a date format) must not shift the indexes.
inline const QByteArray kStyles =
    QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"") + kMain +
    "\"><numFmts count=\"6\">"
    "<numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"0.00 &quot;days&quot;\"/>"
    "<numFmt numFmtId=\"167\" formatCode=\"[Red]#,##0.00;[Blue]-#,##0.00\"/>"
    "<numFmt numFmtId=\"168\" formatCode=\"[h]:mm:ss\"/>"
    "<numFmt numFmtId=\"169\" formatCode=\"h:mm AM/PM\"/>"
    "</numFmts><cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
    "<cellXfs count=\"9\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
    "<xf numFmtId=\"166\"/><xf numFmtId=\"167\"/><xf numFmtId=\"168\"/><xf numFmtId=\"169\"/>"
    "<xf numFmtId=\"31\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";

// One member of a zip archive written by writeRawZip: its bytes as stored (method 0) or raw
// deflate data (method 8), with the CRC and the uncompressed size the directory declares.
struct RawMember
{
    QByteArray name;
    QByteArray data;
    quint16 method = 0;
    quint32 crc = 0;
    quint32 declaredSize = 0;
};

// A stored member, honest about its size and CRC.
inline RawMember storedMember(const QString &name, const QByteArray &data)
{
    return {name.toUtf8(), data, 0,
            quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()))),
            quint32(data.size())};
}

// Raw deflate of data as complete blocks (final: the last block of the stream; else ending in a
// full flush, byte-aligned and with no reference back), so that copies can be concatenated.
inline QByteArray deflateBlocks(const QByteArray &data, bool final)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size())) + 64), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, final ? Z_FINISH : Z_FULL_FLUSH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

// A deflated member whose content is head + copies x block + tail, built from one compressed
// block (a 1 KB block of repeated text inflates about 1000 times). declaredSize < 0: the true
// size; else what the directory claims.
inline RawMember bombMember(const QString &name, const QByteArray &head, const QByteArray &block,
                            qint64 copies, const QByteArray &tail, qint64 declaredSize = -1)
{
    const QByteArray packedBlock = deflateBlocks(block, false);
    QByteArray data = deflateBlocks(head, false);
    data.reserve(data.size() + packedBlock.size() * copies + 64);
    uLong crc = crc32(0, reinterpret_cast<const Bytef *>(head.constData()), uInt(head.size()));
    const uLong blockCrc =
        crc32(0, reinterpret_cast<const Bytef *>(block.constData()), uInt(block.size()));
    for (qint64 i = 0; i < copies; ++i) {
        data += packedBlock;
        crc = crc32_combine(crc, blockCrc, z_off_t(block.size()));
    }
    data += deflateBlocks(tail, true);
    crc = crc32_combine(
        crc, crc32(0, reinterpret_cast<const Bytef *>(tail.constData()), uInt(tail.size())),
        z_off_t(tail.size()));
    const qint64 size = head.size() + block.size() * copies + tail.size();
    return {name.toUtf8(), data, 8, quint32(crc), quint32(declaredSize < 0 ? size : declaredSize)};
}

// Writes a zip archive member by member (local headers, data, central directory), with the
// sizes and CRCs the members give: what libzip would refuse to write for a lying member.
inline void writeRawZip(const QString &path, const QList<RawMember> &members)
{
    QByteArray out, directory;
    auto u16 = [](QByteArray &b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); };
    auto u32 = [&](QByteArray &b, quint32 v) {
        u16(b, quint16(v & 0xFFFF));
        u16(b, quint16(v >> 16));
    };
    for (const RawMember &m : members) {
        const quint32 offset = quint32(out.size());
        for (QByteArray *b : {&out, &directory}) {
            const bool central = b == &directory;
            u32(*b, central ? 0x02014b50 : 0x04034b50);
            if (central)
                u16(*b, 20); // made by
            u16(*b, 20);     // needed
            u16(*b, 0x0800); // UTF-8 names
            u16(*b, m.method);
            u16(*b, 0);    // time
            u16(*b, 0x21); // date
            u32(*b, m.crc);
            u32(*b, quint32(m.data.size()));
            u32(*b, m.declaredSize);
            u16(*b, quint16(m.name.size()));
            u16(*b, 0); // extra
            if (central) {
                u16(*b, 0); // comment
                u16(*b, 0); // disk
                u16(*b, 0); // internal attributes
                u32(*b, 0); // external attributes
                u32(*b, offset);
            }
            b->append(m.name);
            if (!central)
                b->append(m.data);
        }
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    u32(out, 0x06054b50);
    u16(out, 0);
    u16(out, 0);
    u16(out, quint16(members.size()));
    u16(out, quint16(members.size()));
    u32(out, quint32(directory.size()));
    u32(out, directoryOffset);
    u16(out, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(out), out.size());
}

// The parts of a package as stored members, one of them replaced (by name) when given.
inline QList<RawMember> storedPackage(const QList<std::pair<QString, QByteArray>> &parts,
                                      const RawMember &replacement = {})
{
    QList<RawMember> members;
    for (const auto &[name, data] : parts)
        members << (name.toUtf8() == replacement.name ? replacement : storedMember(name, data));
    return members;
}

} // namespace cwb::test
