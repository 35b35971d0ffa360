// SPDX-License-Identifier: GPL-3.0-or-later
// The importer against odd and hostile input files: text in UTF-16/UTF-32 without a byte order
// mark, files that are not text at all (an .xls under a .csv name, a PDF, a web page), lines of
// megabytes, NUL bytes inside fields, more columns than SQLite allows, the 9999-12-31 "no end
// date" sentinel and phone numbers written with no-break or full-width characters.
#include "common/testsupport.h"

#include "core/error.h"
#include "import/importer.h"
#include "segment/ruleengine.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace cwb;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
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

ImportOptions lenient()
{
    ImportOptions options;
    options.maxRejectRatio = 1.0;
    return options;
}

// A minimal OLE2 compound file: the header, then one directory sector naming its streams.
QByteArray compoundFile(const QStringList &streams)
{
    QByteArray bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes.resize(512, '\0');
    bytes[30] = 9; // 512-byte sectors
    // First directory sector: sector 0 (bytes 512...). Bytes 48-51 are already 0.
    QByteArray directory;
    for (const QString &name : QStringList{QStringLiteral("Root Entry")} + streams) {
        QByteArray entry(128, '\0');
        const QByteArray utf16 =
            QByteArray(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
        entry.replace(0, utf16.size(), utf16);
        directory += entry;
    }
    return bytes + directory;
}

} // namespace

class TestImportHostile : public QObject
{
    Q_OBJECT

private slots:
    void utf16And32WithoutByteOrderMark();
    void xlsUnderAnyName();
    void filesThatAreNotTables_data();
    void filesThatAreNotTables();
    void hugeLineGivesAShortMessage();
    void longRejectedLinesAreCut();
    void sampleOfLongRowsIsBounded();
    void nulBytesRejectTheRow();
    void tooManyColumns();
    void endDateSentinelInRules();
    void phonesWithInvisibleCharacters();
};

void TestImportHostile::utf16And32WithoutByteOrderMark()
{
    QTemporaryDir dir;
    const QString text = QStringLiteral("客户ID,姓名,第一联系电话\nA1,张三,13800138000\n"
                                        "A2,李四,13900139000\n");
    const struct
    {
        const char *name;
        QStringConverter::Encoding encoding;
        QByteArray bom;
        const char *expected;
    } cases[] = {
        {"le.csv", QStringConverter::Utf16LE, {}, "utf-16le"},
        {"be.csv", QStringConverter::Utf16BE, {}, "utf-16be"},
        {"le32.csv", QStringConverter::Utf32LE, {}, "utf-32le"},
        {"be32bom.csv", QStringConverter::Utf32BE, QByteArray("\0\0\xFE\xFF", 4), "utf-32be"},
        {"le32bom.csv", QStringConverter::Utf32LE, QByteArray("\xFF\xFE\0\0", 4), "utf-32le"},
    };
    for (const auto &c : cases) {
        QStringEncoder encoder(c.encoding);
        const QString path = write(dir, QString::fromLatin1(c.name), c.bom + encoder.encode(text));
        auto workspace = Workspace::create(dir.filePath(QString::fromLatin1(c.name) + ".cwb"));
        const ImportResult result = Importer::run(*workspace, path, {});
        QCOMPARE(result.plan.encoding, QString::fromLatin1(c.expected));
        QCOMPARE(result.imported, qint64(2));
        QCOMPARE(result.rejected, qint64(0));
        QCOMPARE(workspace->db()
                     .scalar("SELECT name || contact1 FROM customers WHERE customer_id = 'A2'")
                     .toString(),
                 QStringLiteral("李四13900139000"));
    }
}

void TestImportHostile::xlsUnderAnyName()
{
    QTemporaryDir dir;
    // An .xls workbook (its directory names a "Workbook" stream), whatever the extension.
    for (const char *name : {"extract.csv", "extract.xlsx", "extract.txt"}) {
        const QString path =
            write(dir, QString::fromLatin1(name), compoundFile({QStringLiteral("Workbook")}));
        const QString message = errorOf([&] { Importer::preview(path, {}); });
        QVERIFY2(message.contains(QStringLiteral("is an old binary Excel workbook (.xls)")) &&
                     message.contains(QStringLiteral("save it as .xlsx or as CSV")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("neither UTF-8 nor GBK")), qPrintable(message));
    }
    // A password-protected .xlsx is a compound file too.
    const QString locked = write(dir, QStringLiteral("locked.xlsx"),
                                 compoundFile({QStringLiteral("EncryptedPackage")}));
    QVERIFY(errorOf([&] {
                Importer::preview(locked, {});
            }).contains(QStringLiteral("is a password-protected Excel workbook")));
    // One whose directory cannot be read still gets the Office message.
    const QString bare =
        write(dir, QStringLiteral("bare.csv"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    QVERIFY(errorOf([&] {
                Importer::preview(bare, {});
            }).contains(QStringLiteral("is an old binary Office file")));
}

void TestImportHostile::filesThatAreNotTables_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj")
                         << "is a PDF document";
    QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\x00\x00\x00\x00\x00", 8)
                          << "is a compressed archive";
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << "is an image";
    QTest::newRow("html as xls")
        << QByteArray("\xEF\xBB\xBF\r\n<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
                      "<table><tr><td>id</td></tr></table></html>")
        << "is a web page (HTML)";
    QTest::newRow("excel 2003 xml")
        << QByteArray("<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:"
                      "office:spreadsheet\"></Workbook>")
        << "is an Excel 2003 XML spreadsheet";
    QTest::newRow("workspace") << QByteArray("SQLite format 3\0\x40\0", 19)
                               << "is an SQLite database";
}

void TestImportHostile::filesThatAreNotTables()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("extract.csv"), bytes);
    const QString message = errorOf([&] { Importer::preview(path, {}); });
    QVERIFY2(message.contains(QStringLiteral("extract.csv ") + expected), qPrintable(message));
}

void TestImportHostile::hugeLineGivesAShortMessage()
{
    // 20 MB on one line without a newline: nothing of it is echoed in full.
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
    // 2,000 headers of 10 KB each: no customer id among them.
    QByteArray line;
    for (int i = 0; i < 2000; ++i)
        line += (i ? "," : "") + QByteArray("h") + QByteArray::number(i) + QByteArray(10000, 'x');
    const QString headers = write(dir, QStringLiteral("headers.csv"), line);
    QString message = errorOf([&] { Importer::run(*workspace, headers, {}); });
    QVERIFY2(message.contains(QStringLiteral("has no customer id column")) &&
                 message.contains(QStringLiteral("characters in all)")) &&
                 message.contains(QStringLiteral(" more")) && message.size() < 2000,
             qPrintable(message.left(3000)));
    // One field of 20 MB.
    const QString field = write(dir, QStringLiteral("one-field.csv"), QByteArray(20 << 20, 'x'));
    message = errorOf([&] { Importer::run(*workspace, field, {}); });
    QVERIFY2(message.size() < 2000 &&
                 message.contains(QStringLiteral("(20,971,520 characters in all)")),
             qPrintable(message.left(3000)));
    // A million fields: refused before their names are held.
    QByteArray many;
    many.reserve(20 << 20);
    for (int i = 0; many.size() < (20 << 20); ++i)
        many += "c" + QByteArray::number(i) + ",";
    const QString wide = write(dir, QStringLiteral("fields.csv"), many);
    message = errorOf([&] { Importer::run(*workspace, wide, {}); });
    QVERIFY2(message.contains(QStringLiteral("columns, more than any SQLite table can hold "
                                             "(32,767)")) &&
                 message.size() < 2000,
             qPrintable(message.left(3000)));
    QVERIFY(!workspace->hasCustomers());
}

void TestImportHostile::longRejectedLinesAreCut()
{
    QTemporaryDir dir;
    QByteArray csv = "customer_id,name,arpu_m1\n";
    for (int i = 0; i < 8; ++i)
        csv += "C" + QByteArray::number(i) + ",ok,12.5\n";
    csv += "R1," + QByteArray(1 << 20, 'y') + ",1,extra\n"; // a ragged 1 MB line
    csv += "R2,long," + QByteArray(3 << 20, '7') + "x\n";   // a 3 MB number that is not one
    csv += QByteArray(200000, 'D') + ",dup,1\n" + QByteArray(200000, 'D') + ",dup,2\n";
    const QString path = write(dir, QStringLiteral("long.csv"), csv);
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
    const ImportResult result = Importer::run(*workspace, path, lenient());
    QCOMPARE(result.imported, qint64(8));
    QCOMPARE(result.rejected, qint64(4));
    Statement rejects(workspace->db(), "SELECT line, reason, raw FROM rejects ORDER BY line, id");
    int rows = 0;
    while (rejects.step()) {
        ++rows;
        const QString reason = rejects.text(1);
        const QByteArray raw = rejects.text(2).toUtf8();
        QVERIFY2(reason.size() < 600, qPrintable(reason.left(1000)));
        QVERIFY2(raw.size() < 4200, qPrintable(QString::number(raw.size())));
        QVERIFY2(raw.contains("truncated to the first 4,096 of"), raw.right(100).constData());
    }
    QCOMPARE(rows, 4);
    const QString number =
        workspace->db().scalar("SELECT reason FROM rejects WHERE line = 11").toString();
    QVERIFY2(number.contains(QStringLiteral("(3,145,729 bytes in all)")), qPrintable(number));
}

void TestImportHostile::sampleOfLongRowsIsBounded()
{
    // 300 rows of 128 KB: the sample taken for typing stops at 32 MB instead of holding them all
    // (and twice: fields and raw line), and the import still reads every row.
    QTemporaryDir dir;
    QByteArray csv = "customer_id,note\n";
    for (int r = 0; r < 300; ++r)
        csv +=
            "S" + QByteArray::number(r) + "," + QByteArray(128 * 1024, char('a' + r % 26)) + "\n";
    const QString path = write(dir, QStringLiteral("long-rows.csv"), csv);
    ImportPlan plan;
    const OpenedSource opened = openSource(path, {}, plan);
    QVERIFY2(opened.sampleFields.size() < 200,
             qPrintable(QString::number(opened.sampleFields.size())));
    QVERIFY(opened.sampleFields.size() > 100);
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
    const ImportResult result = Importer::run(*workspace, path, {});
    QCOMPARE(result.imported, qint64(300));
    QCOMPARE(workspace->db()
                 .scalar("SELECT length(note) FROM customers WHERE customer_id = 'S299'")
                 .toLongLong(),
             qint64(128 * 1024));
}

void TestImportHostile::nulBytesRejectTheRow()
{
    QTemporaryDir dir;
    QByteArray csv("customer_id,name,arpu_m1\nN1,Alice,10\nN2,Bo@b,20\nN3,Carol,3@\nN4,Dan,40\n");
    csv.replace('@', '\0');
    const QString path = write(dir, QStringLiteral("nul.csv"), csv);
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
    const ImportResult result = Importer::run(*workspace, path, lenient());
    QCOMPARE(result.imported, qint64(2));
    QCOMPARE(result.rejected, qint64(2));
    const QString name = workspace->db()
                             .scalar("SELECT column_name || ': ' || reason FROM rejects "
                                     "WHERE line = 3")
                             .toString();
    QVERIFY2(name.contains(QStringLiteral("name: ")) &&
                 name.contains(QStringLiteral("'Bo<U+0000>b' contains a NUL byte (U+0000) at "
                                              "character 3")),
             qPrintable(name));
    const QString number =
        workspace->db().scalar("SELECT reason FROM rejects WHERE line = 4").toString();
    QVERIFY2(number.contains(QStringLiteral("at character 2")), qPrintable(number));
    QCOMPARE(workspace->db()
                 .scalar("SELECT count(*) FROM customers WHERE instr(name, char(0))")
                 .toLongLong(),
             qint64(0));
    // A NUL byte in the header refuses the file.
    const QString header = write(dir, QStringLiteral("nul-header.csv"),
                                 QByteArray("customer_id,na@me\nN1,x\n").replace('@', '\0'));
    const QString message = errorOf([&] { Importer::preview(header, {}); });
    QVERIFY2(message.contains(QStringLiteral("the header of column 2 ('na<U+0000>me') contains a "
                                             "NUL byte")),
             qPrintable(message));
}

void TestImportHostile::tooManyColumns()
{
    QTemporaryDir dir;
    QByteArray csv = "customer_id";
    for (int c = 1; c < 5000; ++c)
        csv += ",c" + QByteArray::number(c);
    csv += '\n';
    for (int r = 0; r < 3; ++r) {
        csv += "R" + QByteArray::number(r);
        for (int c = 1; c < 5000; ++c)
            csv += "," + QByteArray::number(c % 7);
        csv += '\n';
    }
    const QString path = write(dir, QStringLiteral("wide.csv"), csv);
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
    const QString message = errorOf([&] { Importer::run(*workspace, path, {}); });
    QVERIFY2(message.contains(QStringLiteral("wide.csv has 5,000 columns to import, more than the "
                                             "1,998 a workspace's customers table can hold "
                                             "(SQLite allows 2,000 columns in a table")) &&
                 message.contains(QStringLiteral("--map 'HEADER=-'")),
             qPrintable(message));
    QVERIFY(!workspace->hasCustomers());
    // The plan says so before the import is run (the wizard shows it among its checks).
    const ImportPlan plan = makeImportPlan(path, {});
    QVERIFY(plan.warnings.join(u'\n').contains(QStringLiteral("5,000 columns to import")));
    // With columns left out down to the limit, it imports: 1,998 columns and the 2 hidden ones.
    ImportOptions options;
    for (int c = 1998; c < 5000; ++c)
        options.mapping.insert(QStringLiteral("c%1").arg(c), QStringLiteral("-"));
    const ImportResult result = Importer::run(*workspace, path, options);
    QCOMPARE(result.imported, qint64(3));
    QCOMPARE(workspace->db().scalar("SELECT count(*) FROM pragma_table_info('customers')").toInt(),
             2000);
    // One more is refused, in append mode too.
    options.mapping.remove(QStringLiteral("c1998"));
    options.mode = ImportMode::Append;
    QVERIFY(errorOf([&] { Importer::run(*workspace, path, options); })
                .contains(QStringLiteral("would bring the customers table to 1,999 columns (1,998 "
                                         "are there already)")));
}

void TestImportHostile::endDateSentinelInRules()
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("contracts.csv"),
                               "customer_id,contract_end\nK1,9999-12-31\nK2,2025-06-30\n"
                               "K3,9999/12/31\nK4,2031-01-01\nK5,99991231\n");
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
    ImportOptions options;
    options.types.insert(QStringLiteral("contract_end"), ColumnType::Date);
    const ImportResult result = Importer::run(*workspace, path, options);
    QCOMPARE(result.rejected, qint64(0));
    QCOMPARE(result.imported, qint64(5));
    QCOMPARE(workspace->db()
                 .scalar("SELECT group_concat(contract_end) FROM customers WHERE customer_id "
                         "IN ('K1', 'K3', 'K5')")
                 .toString(),
             QStringLiteral("9999-12-31,9999-12-31,9999-12-31"));
    // Compared as dates in rules, in SQL and in memory alike.
    const QString rule = QStringLiteral("contract_end > \"2030-01-01\"");
    QCOMPARE(RuleEngine::count(*workspace, rule, QDate(2026, 1, 1)).count, qint64(4));
    RuleEngine engine(*workspace);
    QCOMPARE(engine.count(rule, QDate(2026, 1, 1)).count, qint64(4));
    QCOMPARE(engine.count(QStringLiteral("contract_end < \"9999-12-31\""), QDate(2026, 1, 1)).count,
             qint64(2));
    // Inferred as a date without being told.
    const ImportPlan plan = makeImportPlan(path, {});
    QCOMPARE(plan.columns.at(1).type, ColumnType::Date);
}

void TestImportHostile::phonesWithInvisibleCharacters()
{
    QTemporaryDir dir;
    const QString csv = QStringLiteral(
        "customer_id,第一联系电话\n"
        "P1,138\u00A00013\u00A08000\n"        // no-break spaces
        "P2,139\u30000013\u30008000\n"        // ideographic spaces
        "P3,１３７００１３７０００\n"         // full-width digits
        "P4,0571\u2007\uFF0D\u202F88123456\n" // figure space, full-width hyphen, narrow NBSP
        "P5,\u00A0136 0013 6000\u3000\n"      // blanks around it
        "P6,138\u00A00013\u00A0800\n"         // one digit short: refused
        "P7,1380013\u00AD8000\n");            // a soft hyphen: refused
    const QString path = write(dir, QStringLiteral("phones.csv"), csv.toUtf8());
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
    const ImportResult result = Importer::run(*workspace, path, lenient());
    QCOMPARE(result.plan.columns.at(1).type, ColumnType::Phone);
    QCOMPARE(result.imported, qint64(5));
    QCOMPARE(result.rejected, qint64(2));
    // Stored plain.
    QCOMPARE(workspace->db()
                 .scalar("SELECT group_concat(contact1, '|') FROM (SELECT contact1 FROM customers "
                         "ORDER BY customer_id)")
                 .toString(),
             QStringLiteral("138 0013 8000|139 0013 8000|13700137000|0571 - 88123456|"
                            "136 0013 6000"));
    // What is refused shows its invisible characters.
    const QString shortOne =
        workspace->db().scalar("SELECT reason FROM rejects WHERE line = 7").toString();
    QVERIFY2(shortOne.contains(QStringLiteral("'138<U+00A0>0013<U+00A0>800' is not")),
             qPrintable(shortOne));
    const QString soft =
        workspace->db().scalar("SELECT reason FROM rejects WHERE line = 8").toString();
    QVERIFY2(soft.contains(QStringLiteral("'1380013<U+00AD>8000' is not")), qPrintable(soft));
}

QTEST_GUILESS_MAIN(TestImportHostile)
#include "tst_importhostile.moc"
