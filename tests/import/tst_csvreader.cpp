// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader: RFC 4180 quoting, line ends, encodings, delimiter sniffing, chunk boundaries.
#include "core/error.h"
#include "import/csvreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

namespace {

QString write(QTemporaryDir &dir, const QByteArray &bytes, const QString &name = "f.csv")
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

QList<QStringList> readAll(const QString &path, const CsvOptions &options = {},
                           QList<qint64> *lines = nullptr)
{
    CsvReader reader(path, options);
    QList<QStringList> rows;
    Record record;
    while (reader.next(record)) {
        QStringList row;
        for (auto field : record.fields)
            row << QString::fromUtf8(field.data(), qsizetype(field.size()));
        rows << row;
        if (lines)
            *lines << record.line;
    }
    return rows;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void quoting()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                                        "plain,,\"\"\r\n");
        QList<qint64> lines;
        const auto rows = readAll(path, {}, &lines);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1], (QStringList{"x,1", "say \"hi\"", "two\nlines"}));
        QCOMPARE(rows[2], (QStringList{"plain", "", ""}));
        // The record after a quoted newline starts on line 4.
        QCOMPARE(lines, (QList<qint64>{1, 2, 4}));
    }
    void rawTextAndLineEnds()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "h1,h2\rv1,v2\r\n\n\nlast,row"); // CR, CRLF, blanks, no EOL
        CsvReader reader(path);
        Record record;
        QVERIFY(reader.next(record));
        QVERIFY(reader.next(record));
        QCOMPARE(QByteArray(record.raw.data(), qsizetype(record.raw.size())), QByteArray("v1,v2"));
        QCOMPARE(record.line, qint64(2));
        QVERIFY(reader.next(record));
        QCOMPARE(QByteArray(record.raw.data(), qsizetype(record.raw.size())),
                 QByteArray("last,row"));
        QCOMPARE(record.line, qint64(5));
        QVERIFY(!reader.next(record));
    }
    void trailingDelimiterGivesEmptyField()
    {
        QTemporaryDir dir;
        const auto rows = readAll(write(dir, "a,b\n1,\n"));
        QCOMPARE(rows[1], (QStringList{"1", ""}));
    }
    void sniffDelimiters_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
        QTest::newRow("semicolon with commas in values")
            << QByteArray("a;b\n\"1,5\";2\n3,5;4\n") << ';';
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << '\t';
        QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << '|';
    }
    void sniffDelimiters()
    {
        QFETCH(QByteArray, text);
        QFETCH(char, delimiter);
        QTemporaryDir dir;
        QCOMPARE(CsvReader::sniff(write(dir, text)).delimiter, delimiter);
    }
    void encodings()
    {
        QTemporaryDir dir;
        const QString text = QStringLiteral("客户ID,姓名\n1,张三\n");
        // GB18030 bytes of the same text are detected and decoded.
        QStringEncoder gb("GB18030");
        const QString gbPath = write(dir, gb.encode(text), "gb.csv");
        QCOMPARE(CsvReader::sniff(gbPath).encoding, QStringLiteral("gb18030"));
        QCOMPARE(readAll(gbPath)[1], (QStringList{"1", "张三"}));
        // UTF-8 with BOM: the BOM is not part of the first header.
        const QString bomPath = write(dir, "\xEF\xBB\xBF" + text.toUtf8(), "bom.csv");
        QCOMPARE(CsvReader::sniff(bomPath).encoding, QStringLiteral("utf-8-bom"));
        QCOMPARE(readAll(bomPath)[0][0], QStringLiteral("客户ID"));
        // UTF-16 BE with BOM.
        QStringEncoder be(QStringEncoder::Utf16BE);
        const QString bePath = write(dir, QByteArray("\xFE\xFF") + be.encode(text), "be.csv");
        QCOMPARE(CsvReader::sniff(bePath).encoding, QStringLiteral("utf-16be"));
        QCOMPARE(readAll(bePath)[1], (QStringList{"1", "张三"}));
        // Forcing UTF-8 on GB18030 bytes fails with the line and a hint.
        try {
            readAll(gbPath, {QStringLiteral("utf-8"), QStringLiteral("auto")});
            QFAIL("expected an error");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains("line 1") &&
                         error.message().contains("--encoding gb18030"),
                     qPrintable(error.message()));
        }
    }
    void wideEncodingsWithoutByteOrderMark()
    {
        QTemporaryDir dir;
        const QString text = QStringLiteral("客户ID,姓名\n1,张三\n2,一二\n");
        const struct
        {
            QStringConverter::Encoding encoding;
            const char *name;
        } cases[] = {{QStringConverter::Utf16LE, "utf-16le"},
                     {QStringConverter::Utf16BE, "utf-16be"},
                     {QStringConverter::Utf32LE, "utf-32le"},
                     {QStringConverter::Utf32BE, "utf-32be"}};
        for (const auto &c : cases) {
            QStringEncoder encoder(c.encoding);
            const QString path = write(dir, encoder.encode(text), QString::fromLatin1(c.name));
            const CsvSniff sniff = CsvReader::sniff(path);
            QCOMPARE(sniff.encoding, QString::fromLatin1(c.name));
            QCOMPARE(sniff.bomBytes, 0);
            QVERIFY2(sniff.reason.contains(QStringLiteral("no byte order mark")),
                     qPrintable(sniff.reason));
            const auto rows = readAll(path);
            QCOMPARE(rows.size(), 3);
            QCOMPARE(rows[0][0], QStringLiteral("客户ID"));
            QCOMPARE(rows[2], (QStringList{"2", "一二"}));
        }
        // UTF-32 with its byte order mark (whose first bytes are UTF-16's).
        QStringEncoder le32(QStringConverter::Utf32LE);
        const QString bom32 = write(dir, QByteArray("\xFF\xFE\0\0", 4) + le32.encode(text),
                                    QStringLiteral("bom32.csv"));
        QCOMPARE(CsvReader::sniff(bom32).encoding, QStringLiteral("utf-32le"));
        QCOMPARE(readAll(bom32)[1], (QStringList{"1", "张三"}));
        // --encoding utf-16 without a byte order mark reads the byte order from the text.
        QStringEncoder be(QStringConverter::Utf16BE);
        const QString be16 = write(dir, be.encode(text), QStringLiteral("be16.csv"));
        QCOMPARE(readAll(be16, {QStringLiteral("utf-16"), QStringLiteral("auto")})[1],
                 (QStringList{"1", "张三"}));
        // A few NUL bytes inside UTF-8 fields are not a pattern: still UTF-8.
        const QString nul = write(dir, QByteArray("id,name\n1,a@b\n2,c\n").replace('@', '\0'),
                                  QStringLiteral("nul.csv"));
        QCOMPARE(CsvReader::sniff(nul).encoding, QStringLiteral("utf-8"));
        QCOMPARE(readAll(nul)[1][1].size(), 3);
    }
    void overlongRecordIsRefused()
    {
        QTemporaryDir dir;
        CsvOptions options;
        options.maxRecordBytes = 1 << 20;
        // A line of 2 MB.
        const QString longLine =
            write(dir, "id,name\n1,a\n2," + QByteArray(2 << 20, 'z') + "\n3,c\n", "long.csv");
        try {
            readAll(longLine, options);
            QFAIL("expected an error");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("line 3 runs on for more than 1 MB "
                                                             "without a line break")),
                     qPrintable(error.message()));
        }
        // A stray quote that opens a field taking in the rest of a large file.
        QByteArray rest;
        while (rest.size() < (6 << 20)) // more than one read of the file
            rest += "4,just a row\n";
        const QString stray = write(dir, "id,name\n1,a\n2,\"oops\n" + rest, "stray.csv");
        try {
            readAll(stray, options);
            QFAIL("expected an error");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("line 3: a quoted field runs on for "
                                                             "more than 1 MB without its closing "
                                                             "quote")),
                     qPrintable(error.message()));
        }
        // Within the limit, the same long line is read.
        options.maxRecordBytes = 4 << 20;
        QCOMPARE(readAll(longLine, options)[2][1].size(), 2 << 20);
    }
    void binaryIsRefused()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QByteArray("a,b\n\x00\x01\xff\xfe\x80", 9));
        QVERIFY_THROWS_EXCEPTION(Error, CsvReader::sniff(path));
    }
    void multibyteAcrossChunks()
    {
        // 4 MiB chunks: put Chinese text across the boundary and check every row survives.
        QTemporaryDir dir;
        QByteArray bytes = "id,name\n";
        int rows = 0;
        while (bytes.size() < (9 << 20)) {
            bytes +=
                QByteArray::number(rows) + ",客户名称测试" + (rows % 7 ? "" : ",\"x\ny\"") + "\n";
            ++rows;
        }
        const auto read = readAll(write(dir, bytes));
        QCOMPARE(read.size(), rows + 1);
        for (int i = 1; i < read.size(); ++i)
            QVERIFY(read[i][1].startsWith(QStringLiteral("客户名称测试")));
    }
    void invalidUtf8LaterInFile()
    {
        QTemporaryDir dir;
        QByteArray bytes = "id,name\n";
        for (int i = 0; i < 80000; ++i)
            bytes += "1,abcdefghijklmn\n"; // over 1 MiB of ASCII, then a bad byte
        bytes += "2,\xB0\xA1\n";
        try {
            readAll(write(dir, bytes));
            QFAIL("expected an error");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains("line 80002"), qPrintable(error.message()));
        }
    }
    void unclosedQuote()
    {
        QTemporaryDir dir;
        try {
            readAll(write(dir, "a,b\n1,\"open\n2,3\n"));
            QFAIL("expected an error");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains("line 2") && error.message().contains("not closed"),
                     qPrintable(error.message()));
        }
    }
    void seekReturnsToARecord()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "h\nr1\nr2\nr3\n");
        CsvReader reader(path);
        Record record;
        qint64 offset = -1;
        while (reader.next(record))
            if (record.line == 3)
                offset = record.offset;
        QCOMPARE(offset, qint64(5)); // "h\nr1\n" is 5 bytes
        QVERIFY(reader.seek(offset, 3));
        QVERIFY(reader.next(record));
        QCOMPARE(QByteArray(record.raw.data(), qsizetype(record.raw.size())), QByteArray("r2"));
        QCOMPARE(record.line, qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
