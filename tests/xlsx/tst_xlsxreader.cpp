// SPDX-License-Identifier: GPL-3.0-or-later
#include "customersfixture.h"
#include "xlsxpackage.h"

#include "core/error.h"
#include "import/xlsxcells.h"
#include "import/xlsxreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace cwb;
using namespace cwb::test;

namespace {

struct Row
{
    qint64 line = 0;
    QStringList fields;
    QString raw;
};

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QList<Row> readAll(XlsxReader &reader)
{
    QList<Row> rows;
    Record record;
    while (reader.next(record)) {
        Row row;
        row.line = record.line;
        for (std::string_view f : record.fields)
            row.fields.append(text(f));
        row.raw = text(record.raw);
        rows.append(row);
    }
    return rows;
}

QString errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

// Tests the Excel reader on a libxlsxwriter workbook and on hand-written packages.
class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void fixtureSheetNames();
    void fixtureCustomers();
    void fixtureSecondSheet();
    void fixtureMatchesGenerator();
    void handWrittenInlineStrings();
    void sharedRichTextAnd1904();
    void normalizeNumber();
    void serialToText();
    void formatKinds();
    void streamsLargeSheetInChunks();
    void notAZip();
    void truncatedArchive();
    void corruptSheetData();
    void missingFile();
    void zipWithoutWorkbook();
    void unknownSheet();
    void chartSheet();
    void brokenXmlNamesRow();
    void truncatedXmlNamesRow();
    void badSharedStringIndex();

private:
    QString fixture() const
    {
        return qEnvironmentVariable("CWB_TEST_DATA") + QStringLiteral("/xlsx_basic/customers.xlsx");
    }
    QTemporaryDir m_tmp;
};

void TestXlsxReader::fixtureSheetNames()
{
    QCOMPARE(XlsxReader::sheetNames(fixture()), (QStringList{"客户", "套餐"}));
}

void TestXlsxReader::fixtureCustomers()
{
    XlsxReader reader(fixture());
    QCOMPARE(reader.sheet(), QStringLiteral("客户"));
    QVERIFY(reader.bytesTotal() > 0);
    const QList<Row> rows = readAll(reader);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(reader.bytesRead(), reader.bytesTotal());

    QCOMPARE(rows[0].line, 1);
    QCOMPARE(rows[0].fields,
             (QStringList{"客户ID", "客户名称", "入网时间", "联系电话", "上月总费用", "是否实名"}));
    QCOMPARE(rows[0].raw, QStringLiteral("客户ID,客户名称,入网时间,联系电话,上月总费用,是否实名"));

    // Leading zeros survive (strings); 2019-03-15 with built-in format 14; TRUE -> "1".
    QCOMPARE(rows[1].line, 2);
    QCOMPARE(rows[1].fields,
             (QStringList{"000123", "张三", "2019-03-15", "13800138000", "128.5", "1"}));

    // The blank (formatted) phone cell is an empty field in the middle; the name needs quotes.
    QCOMPARE(rows[2].line, 3);
    QCOMPARE(rows[2].fields,
             (QStringList{"000456", "李四, \"VIP\"", "2020-12-01 08:30:00", "", "99", "0"}));
    QCOMPARE(rows[2].raw, QStringLiteral("000456,\"李四, \"\"VIP\"\"\",2020-12-01 08:30:00,,99,0"));

    // Row 4 is missing: the next record is sheet row 5, padded to the header's 6 fields.
    QCOMPARE(rows[3].line, 5);
    QCOMPARE(rows[3].fields, (QStringList{"007890", "王五", "2021-07-01", "", "", ""}));
    QCOMPARE(rows[3].raw, QStringLiteral("007890,王五,2021-07-01,,,"));

    // Missing cells B6 and C6 are gaps.
    QCOMPARE(rows[4].line, 6);
    QCOMPARE(rows[4].fields, (QStringList{"010000", "", "", "0755-1234", "1234567.891", "1"}));
}

void TestXlsxReader::fixtureSecondSheet()
{
    XlsxReader reader(fixture(), QStringLiteral("套餐"));
    const QList<Row> rows = readAll(reader);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].fields, (QStringList{"套餐编码", "套餐名称", "月费"}));
    QCOMPARE(rows[1].fields, (QStringList{"P001", "畅享套餐", "128"}));
    QCOMPARE(rows[2].fields, (QStringList{"P002", "流量王", "58"}));
    QCOMPARE(rows[2].line, 3);
}

void TestXlsxReader::fixtureMatchesGenerator()
{
    // The committed file must still be what customersfixture.h writes (the bytes differ by the
    // creation time stamp, so the records are compared).
    const QString fresh = m_tmp.filePath(QStringLiteral("fresh.xlsx"));
    QVERIFY(test::writeCustomersWorkbook(QFile::encodeName(fresh).constData()));
    for (const QString &sheet : XlsxReader::sheetNames(fresh)) {
        XlsxReader a(fixture(), sheet), b(fresh, sheet);
        const QList<Row> ra = readAll(a), rb = readAll(b);
        QCOMPARE(ra.size(), rb.size());
        for (qsizetype i = 0; i < ra.size(); ++i) {
            QCOMPARE(ra[i].fields, rb[i].fields);
            QCOMPARE(ra[i].line, rb[i].line);
        }
    }
}

void TestXlsxReader::handWrittenInlineStrings()
{
    // Prefixed main namespace (x:), as some .NET writers produce; inline strings everywhere.
    const QByteArray rows =
        // Row 1: a rich-text inline header "客户" + "名称".
        "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>编号</x:t></x:is></x:c>"
        "<x:c r=\"B1\" t=\"inlineStr\"><x:is><x:r><x:t>客户</x:t></x:r><x:r><x:rPr><x:b/>"
        "</x:rPr><x:t>名称</x:t></x:r></x:is></x:c>"
        "<x:c r=\"C1\" t=\"inlineStr\"><x:is><x:t>日期</x:t></x:is></x:c>"
        "<x:c r=\"D1\" t=\"inlineStr\"><x:is><x:t>金额</x:t></x:is></x:c>"
        "<x:c r=\"E1\" t=\"inlineStr\"><x:is><x:t>备注</x:t></x:is></x:c></x:row>"
        // Row 2: formula string result, custom Chinese date, float noise, #N/A.
        "<x:row r=\"2\"><x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t>001</x:t></x:is></x:c>"
        "<x:c r=\"B2\" t=\"str\"><x:f>CONCAT(\"公式\",\"结果\")</x:f><x:v>公式结果</x:v></x:c>"
        "<x:c r=\"C2\" s=\"1\"><x:v>45000</x:v></x:c>"
        "<x:c r=\"D2\"><x:v>0.30000000000000004</x:v></x:c>"
        "<x:c r=\"E2\" t=\"e\"><x:v>#N/A</x:v></x:c></x:row>"
        // Row 3 missing. Row 4: _x000D_ escape and a phonetic run, date-time, "days", boolean.
        "<x:row r=\"4\"><x:c r=\"A4\" t=\"inlineStr\"><x:is><x:t xml:space=\"preserve\">a_x000D_b "
        "</x:t><x:rPh sb=\"0\" eb=\"1\"><x:t>ignored</x:t></x:rPh></x:is></x:c>"
        "<x:c r=\"C4\" s=\"2\"><x:v>45000.5</x:v></x:c><x:c r=\"D4\" s=\"3\"><x:v>2.5</x:v></x:c>"
        "<x:c r=\"E4\" t=\"b\"><x:v>1</x:v></x:c></x:row>"
        // Row 5: cells without references follow on; then a jump to E.
        "<x:row r=\"5\"><x:c t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c>"
        "<x:c><x:v>1.0000000000000001E-3</x:v></x:c>"
        "<x:c r=\"E5\" s=\"4\"><x:v>-12.5</x:v></x:c></x:row>"
        // Row 6: the 1900 leap-year bug around serial 60, elapsed time, time of day.
        "<x:row r=\"6\"><x:c r=\"A6\" s=\"8\"><x:v>61</x:v></x:c><x:c r=\"B6\" s=\"8\"><x:v>59"
        "</x:v></x:c><x:c r=\"C6\" s=\"7\"><x:v>60</x:v></x:c><x:c r=\"D6\" s=\"5\"><x:v>1.5"
        "</x:v></x:c><x:c r=\"E6\" s=\"6\"><x:v>0.75</x:v></x:c></x:row>"
        // Row 7: formatting only -> skipped.
        "<x:row r=\"7\"><x:c r=\"A7\" s=\"1\"/><x:c r=\"B7\" t=\"e\"><x:v>#REF!</x:v></x:c>"
        "</x:row>"
        // Row 8: serial 1, a 20-digit number, out-of-range and negative serials, more noise.
        "<x:row r=\"8\"><x:c r=\"A8\" s=\"1\"><x:v>1</x:v></x:c>"
        "<x:c r=\"B8\"><x:v>12345678901234567890</x:v></x:c>"
        "<x:c r=\"C8\" s=\"8\"><x:v>2958466</x:v></x:c>"
        "<x:c r=\"D8\"><x:v>123.45000000000002</x:v></x:c>"
        "<x:c r=\"E8\" s=\"1\"><x:v>-1</x:v></x:c></x:row>";
    QByteArray sheet = sheetXml(rows);
    sheet.replace("<worksheet xmlns=", "<x:worksheet xmlns:x=");
    sheet.replace("<dimension", "<x:dimension").replace("<sheetData>", "<x:sheetData>");
    sheet.replace("</sheetData></worksheet>", "</x:sheetData></x:worksheet>");
    const QString path = m_tmp.filePath(QStringLiteral("inline.xlsx"));
    writeZip(path,
             package({{QStringLiteral("Data"), sheet}, {QStringLiteral("Other"), sheetXml("")}},
                     kStyles));
    QCOMPARE(XlsxReader::sheetNames(path), (QStringList{"Data", "Other"}));

    XlsxReader reader(path);
    const QList<Row> r = readAll(reader);
    QCOMPARE(r.size(), 6);
    QCOMPARE(r[0].fields, (QStringList{"编号", "客户名称", "日期", "金额", "备注"}));
    // 45000 (1900 system) = 2023-03-15: 2023-01-01 is serial 44927 (123 years 1900..2022 with
    // 30 leap years = 44925 days after 1900-01-01, plus 2 for the 1899-12-30 epoch used after
    // serial 60); 45000 - 44927 = 73 = 31 (Jan) + 28 (Feb) + 14 -> March 15.
    QCOMPARE(r[1].line, 2);
    QCOMPARE(r[1].fields, (QStringList{"001", "公式结果", "2023-03-15", "0.3", ""}));
    // 45000.5 = the same day at 12:00:00; 2.5 with format 0.00 "days" stays a number.
    QCOMPARE(r[2].line, 4);
    QCOMPARE(r[2].fields, (QStringList{"a\rb ", "", "2023-03-15 12:00:00", "2.5", "1"}));
    QCOMPARE(r[2].raw, QStringLiteral("\"a\rb \",,2023-03-15 12:00:00,2.5,1"));
    QCOMPARE(r[3].line, 5);
    QCOMPARE(r[3].fields, (QStringList{"x", "1E-3", "", "", "-12.5"}));
    // 61 -> 1900-03-01, 59 -> 1900-02-28, 60 -> the fictitious 1900-02-29; 1.5 with [h]:mm:ss is
    // 36 hours; 0.75 of a day is 18:00:00.
    QCOMPARE(r[4].line, 6);
    QCOMPARE(r[4].fields,
             (QStringList{"1900-03-01", "1900-02-28", "1900-02-29", "36:00:00", "18:00:00"}));
    // Serial 1 = 1900-01-01; 12345678901234567890 to 15 digits = 123456789012346 * 10^5;
    // 2958466 is past 9999-12-31 and -1 is negative: kept as numbers.
    QCOMPARE(r[5].line, 8);
    QCOMPARE(r[5].fields,
             (QStringList{"1900-01-01", "12345678901234600000", "2958466", "123.45", "-1"}));

    XlsxReader other(path, QStringLiteral("Other"));
    QCOMPARE(readAll(other).size(), 0);
    XlsxReader otherCase(path, QStringLiteral("OTHER")); // Excel names ignore case
    QCOMPARE(otherCase.sheet(), QStringLiteral("Other"));
}

void TestXlsxReader::sharedRichTextAnd1904()
{
    const QByteArray strings =
        QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"") + kMain +
        "\" count=\"3\" uniqueCount=\"3\"><si><t>ID</t></si>"
        "<si><r><t>入网</t></r><r><rPr><i/></rPr><t>时间</t></r><rPh sb=\"0\" eb=\"2\"><t>x</t>"
        "</rPh></si><si><t>_x005F_x000D_ &amp; 😀</t></si></sst>";
    // 1904 system: serial 0 = 1904-01-01; 43465 = 2023-01-01 (119 years 1904..2022 with 30 leap
    // years: 119 * 365 + 30 = 43465).
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\">"
                            "<v>1</v></c></row>"
                            "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\" s=\"1\">"
                            "<v>0</v></c></row>"
                            "<row r=\"4\"><c r=\"A4\"><v>7</v></c><c r=\"B4\" s=\"1\"><v>43465"
                            "</v></c></row>";
    const QString path = m_tmp.filePath(QStringLiteral("shared1904.xlsx"));
    writeZip(path, package({{QStringLiteral("S"), sheetXml(rows)}}, kStyles, strings, true, true));
    XlsxReader reader(path, QStringLiteral("S"));
    const QList<Row> r = readAll(reader);
    QCOMPARE(r.size(), 3);
    QCOMPARE(r[0].fields, (QStringList{"ID", "入网时间"}));
    // _x005F_ is an escaped "_", so the text is the literal "_x000D_".
    QCOMPARE(r[1].fields, (QStringList{QStringLiteral("_x000D_ & 😀"), "1904-01-01"}));
    QCOMPARE(r[1].line, 3);
    QCOMPARE(r[2].fields, (QStringList{"7", "2023-01-01"}));
}

void TestXlsxReader::normalizeNumber()
{
    QCOMPARE(xlsx::normalizeNumber("128.5"), std::string("128.5"));
    QCOMPARE(xlsx::normalizeNumber("-0.30000000000000004"), std::string("-0.3"));
    // 1/3 as Excel writes it: 0.33333333333333331 -> 15 digits 0.333333333333333.
    QCOMPARE(xlsx::normalizeNumber("0.33333333333333331"), std::string("0.333333333333333"));
    // 2/3: 0.66666666666666663 rounds up in the 15th digit.
    QCOMPARE(xlsx::normalizeNumber("0.66666666666666663"), std::string("0.666666666666667"));
    QCOMPARE(xlsx::normalizeNumber("1.2345678901234568E+18"), std::string("1.23456789012346E+18"));
    QCOMPARE(xlsx::normalizeNumber("4.0000000000000001E-3"), std::string("4E-3"));
    QCOMPARE(xlsx::normalizeNumber("1E-3"), std::string("1E-3"));
    QCOMPARE(xlsx::normalizeNumber("0.000012345678901234567"),
             std::string("0.0000123456789012346"));
    QCOMPARE(xlsx::normalizeNumber("13800138000"), std::string("13800138000"));
}

void TestXlsxReader::serialToText()
{
    // 1900 system: 43539 = 2019-01-01 (43466) + 73 days = 2019-03-15; 0.25 day = 06:00:00.
    QCOMPARE(xlsx::serialToText(43539.25, 2, false), std::string("2019-03-15 06:00:00"));
    QCOMPARE(xlsx::serialToText(43539.25, 1, false), std::string("2019-03-15"));
    // 2958465 = 9999-12-31, the last day Excel shows.
    QCOMPARE(xlsx::serialToText(2958465, 1, false), std::string("9999-12-31"));
    // 1904 system: serial 1462 = 1908-01-02 (1904..1907 = 4 * 365 + 1 = 1461 days).
    QCOMPARE(xlsx::serialToText(1462, 1, true), std::string("1908-01-02"));
    // 1.999999 days = 172799.9136 s, rounded to 172800 s = day 2 at midnight: 1900-01-02.
    QCOMPARE(xlsx::serialToText(1.999999, 2, false), std::string("1900-01-02 00:00:00"));
    // A time of 1/86400 * 3661 = 01:01:01.
    QCOMPARE(xlsx::serialToText(3661.0 / 86400.0, 3, false), std::string("01:01:01"));
    QCOMPARE(xlsx::serialToText(-0.5, 1, false), std::string());
}

void TestXlsxReader::formatKinds()
{
    using namespace xlsx;
    QCOMPARE(customFormatKind(QStringLiteral("yyyy-mm-dd")), int(Date));
    QCOMPARE(customFormatKind(QStringLiteral("mmm")), int(Date)); // m alone is a month
    QCOMPARE(customFormatKind(QStringLiteral("yyyy\"年\"m\"月\"")), int(Date));
    QCOMPARE(customFormatKind(QStringLiteral("[$-804]yyyy\"年\"m\"月\"d\"日\" dddd")), int(Date));
    QCOMPARE(customFormatKind(QStringLiteral("m/d/yy h:mm")), int(DateTime));
    QCOMPARE(customFormatKind(QStringLiteral("h:mm AM/PM")), int(Time));
    QCOMPARE(customFormatKind(QStringLiteral("mm:ss")), int(Time)); // m with s is minutes
    QCOMPARE(customFormatKind(QStringLiteral("[h]:mm:ss")), int(Elapsed));
    QCOMPARE(customFormatKind(QStringLiteral("0.00 \"days\"")), int(NotDate));
    QCOMPARE(customFormatKind(QStringLiteral("0.0\\d")), int(NotDate)); // escaped d
    QCOMPARE(customFormatKind(QStringLiteral("[Red]#,##0.00")), int(NotDate));
    QCOMPARE(customFormatKind(QStringLiteral("#,##0_);[Red](#,##0)")), int(NotDate));
    QCOMPARE(customFormatKind(QStringLiteral("General")), int(NotDate));
    QCOMPARE(customFormatKind(QStringLiteral("@")), int(NotDate));
    QCOMPARE(customFormatKind(QStringLiteral("0.00E+00")), int(NotDate));
    QCOMPARE(builtinFormatKind(14), int(Date));
    QCOMPARE(builtinFormatKind(22), int(DateTime));
    QCOMPARE(builtinFormatKind(31), int(Date)); // zh-CN yyyy"年"m"月"d"日"
    QCOMPARE(builtinFormatKind(32), int(Time)); // zh-CN h"时"mm"分"
    QCOMPARE(builtinFormatKind(46), int(Elapsed));
    QCOMPARE(builtinFormatKind(2), int(NotDate));  // 0.00
    QCOMPARE(builtinFormatKind(49), int(NotDate)); // @
}

void TestXlsxReader::streamsLargeSheetInChunks()
{
    // 4000 rows x 8 columns (> 256 KiB of sheet XML: several chunks). Even columns hold
    // "r<row>c<col>", odd columns row * col + 0.25, which libxlsxwriter writes exactly.
    const QString path = m_tmp.filePath(QStringLiteral("large.xlsx"));
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, "big");
    const int rowCount = 4000, colCount = 8;
    for (int r = 0; r < rowCount; ++r)
        for (int c = 0; c < colCount; ++c) {
            if (c % 2 == 0)
                worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c),
                                       QStringLiteral("r%1c%2").arg(r).arg(c).toUtf8().constData(),
                                       nullptr);
            else
                worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), r * c + 0.25, nullptr);
        }
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

    XlsxReader reader(path);
    QVERIFY(reader.bytesTotal() > 2 * 256 * 1024);
    Record record;
    qint64 previous = 0;
    bool sawPartial = false;
    int r = 0;
    while (reader.next(record)) {
        QCOMPARE(record.line, qint64(r + 1));
        QCOMPARE(int(record.fields.size()), colCount);
        for (int c = 0; c < colCount; ++c) {
            const QString expected = c % 2 == 0 ? QStringLiteral("r%1c%2").arg(r).arg(c)
                                                : QString::number(r * c + 0.25, 'g', 15);
            QCOMPARE(text(record.fields[std::size_t(c)]), expected);
        }
        QVERIFY(reader.bytesRead() >= previous);
        previous = reader.bytesRead();
        sawPartial = sawPartial || (previous > 0 && previous < reader.bytesTotal());
        ++r;
    }
    QCOMPARE(r, rowCount);
    QVERIFY(sawPartial); // progress moved through the sheet in steps
    QCOMPARE(reader.bytesRead(), reader.bytesTotal());
}

void TestXlsxReader::notAZip()
{
    const QString path = m_tmp.filePath(QStringLiteral("fake.xlsx"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("客户ID,客户名称\n000123,张三\n");
    f.close();
    const QString message = errorOf([&] { XlsxReader reader(path); });
    QVERIFY2(message.contains(QStringLiteral("fake.xlsx")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("not a zip archive")), qPrintable(message));
    QVERIFY(errorOf([&] { XlsxReader::sheetNames(path); }).contains(QStringLiteral("not a zip")));
}

void TestXlsxReader::truncatedArchive()
{
    QFile in(fixture());
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray half = in.readAll().left(3000);
    const QString path = m_tmp.filePath(QStringLiteral("cut.xlsx"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(half);
    out.close();
    const QString message = errorOf([&] { XlsxReader reader(path); });
    QVERIFY2(message.contains(QStringLiteral("cut.xlsx is a damaged zip archive")),
             qPrintable(message));
}

void TestXlsxReader::corruptSheetData()
{
    // A large sheet whose compressed bytes are overwritten in the middle of the archive (the
    // sheet is most of it): reading must stop with an error naming the file, never return
    // garbage silently to the end.
    const QString path = m_tmp.filePath(QStringLiteral("corrupt.xlsx"));
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, "big");
    for (int r = 0; r < 3000; ++r)
        for (int c = 0; c < 6; ++c)
            worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), r * 7 + c * 0.5, nullptr);
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 64; ++i)
        bytes[i] = char(0x5A);
    QVERIFY(f.seek(0));
    f.write(bytes);
    f.close();
    const QString message = errorOf([&] {
        XlsxReader reader(path);
        Record record;
        while (reader.next(record)) {
        }
    });
    QVERIFY2(message.contains(QStringLiteral("corrupt.xlsx, sheet 'big'")), qPrintable(message));
}

void TestXlsxReader::missingFile()
{
    const QString message = errorOf([&] { XlsxReader reader(m_tmp.filePath("none.xlsx")); });
    QVERIFY2(message.contains(QStringLiteral("none.xlsx: file not found")), qPrintable(message));
}

void TestXlsxReader::zipWithoutWorkbook()
{
    const QString path = m_tmp.filePath(QStringLiteral("plain.zip"));
    writeZip(path, {{QStringLiteral("hello.txt"), "hello"}});
    const QString message = errorOf([&] { XlsxReader reader(path); });
    QVERIFY2(message.contains(QStringLiteral("plain.zip is a zip archive but not an .xlsx "
                                             "workbook: it has no xl/workbook.xml")),
             qPrintable(message));
}

void TestXlsxReader::unknownSheet()
{
    const QString message = errorOf([&] { XlsxReader reader(fixture(), QStringLiteral("Nope")); });
    QVERIFY2(
        message.contains(QStringLiteral("has no sheet 'Nope'; its sheets are: '客户', '套餐'")),
        qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("customers.xlsx")));
}

void TestXlsxReader::chartSheet()
{
    auto parts = package({{QStringLiteral("Data"), sheetXml("<row r=\"1\"><c><v>1</v></c></row>")},
                          {QStringLiteral("Chart1"), "<chartsheet/>"}},
                         kStyles);
    for (auto &[name, data] : parts) {
        if (name == u"xl/_rels/workbook.xml.rels")
            data.replace("worksheet\" Target=\"worksheets/sheet2.xml",
                         "chartsheet\" Target=\"worksheets/sheet2.xml");
    }
    const QString path = m_tmp.filePath(QStringLiteral("chart.xlsx"));
    writeZip(path, parts);
    QCOMPARE(XlsxReader::sheetNames(path), QStringList{"Data"});
    const QString message = errorOf([&] { XlsxReader reader(path, QStringLiteral("chart1")); });
    QVERIFY2(message.contains(QStringLiteral("sheet 'Chart1' is a chart sheet")),
             qPrintable(message));
}

void TestXlsxReader::brokenXmlNamesRow()
{
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                            "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"
                            "<row r=\"3\"><c r=\"A3\"><v>3</v></x></row>";
    const QString path = m_tmp.filePath(QStringLiteral("broken.xlsx"));
    writeZip(path, package({{QStringLiteral("S"), sheetXml(rows)}}, kStyles));
    XlsxReader reader(path);
    Record record;
    QVERIFY(reader.next(record));
    QVERIFY(reader.next(record));
    QCOMPARE(record.line, 2);
    const QString message = errorOf([&] { reader.next(record); });
    QVERIFY2(message.contains(QStringLiteral("broken.xlsx, sheet 'S': broken sheet XML "
                                             "(xl/worksheets/sheet1.xml) at sheet row 3")),
             qPrintable(message));
}

void TestXlsxReader::truncatedXmlNamesRow()
{
    QByteArray sheet = sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>");
    sheet.truncate(sheet.indexOf("<v>2"));
    const QString path = m_tmp.filePath(QStringLiteral("truncated.xlsx"));
    writeZip(path, package({{QStringLiteral("S"), sheet}}, kStyles));
    XlsxReader reader(path);
    Record record;
    QVERIFY(reader.next(record));
    const QString message = errorOf([&] { reader.next(record); });
    QVERIFY2(message.contains(QStringLiteral("ends too early at sheet row 2")),
             qPrintable(message));
}

void TestXlsxReader::badSharedStringIndex()
{
    const QByteArray strings = QByteArray("<sst xmlns=\"") + kMain + "\"><si><t>a</t></si></sst>";
    const QString path = m_tmp.filePath(QStringLiteral("badindex.xlsx"));
    writeZip(path,
             package({{QStringLiteral("S"), sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                                                     "<c r=\"C1\" t=\"s\"><v>5</v></c></row>")}},
                     kStyles, strings));
    XlsxReader reader(path);
    Record record;
    const QString message = errorOf([&] { reader.next(record); });
    QVERIFY2(message.contains(QStringLiteral("row 1, column 3: the cell refers to shared string "
                                             "'5' but the workbook has 1 shared strings")),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
