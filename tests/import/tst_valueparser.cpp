// SPDX-License-Identifier: GPL-3.0-or-later
// Cell parsing and type inference, with hand-checked values.
#include "import/fieldcatalog.h"
#include "import/valueparser.h"

#include <QTest>

using namespace cwb;

class TestValueParser : public QObject
{
    Q_OBJECT

private slots:
    void integers()
    {
        std::int64_t v = 0;
        QVERIFY(value::parseInteger("1234", v) && v == 1234);
        QVERIFY(value::parseInteger("-12", v) && v == -12);
        QVERIFY(value::parseInteger("1,234,567", v) && v == 1234567);
        QVERIFY(value::parseInteger("¥1,000", v) && v == 1000);
        QVERIFY(!value::parseInteger("12,34", v));
        QVERIFY(!value::parseInteger("1.5", v));
        QVERIFY(!value::parseInteger("abc", v));
    }
    void decimals()
    {
        double d = 0;
        QVERIFY(value::parseDecimal("128.50", d) && d == 128.5);
        QVERIFY(value::parseDecimal("¥1,234.50", d) && d == 1234.5);
        QVERIFY(value::parseDecimal("￥88", d) && d == 88.0);
        QVERIFY(value::parseDecimal("12.50元", d) && d == 12.5);
        QVERIFY(value::parseDecimal("$3.2", d) && d == 3.2);
        QVERIFY(value::parseDecimal("-0.5", d) && d == -0.5);
        QVERIFY(value::parseDecimal(".5", d) && d == 0.5);
        QVERIFY(value::parseDecimal("1.5e3", d) && d == 1500.0);
        QVERIFY(value::parseDecimal("0.1", d) && d == 0.1);               // the fast path rounds
        QVERIFY(value::parseDecimal("123456.789", d) && d == 123456.789); // like strtod
        QVERIFY(value::parseDecimal("12345678901234567.5", d) && d == 12345678901234567.5);
        QVERIFY(value::parseDecimal("7.", d) && d == 7.0);
        QVERIFY(!value::parseDecimal(".", d));
        QVERIFY(!value::parseDecimal("-", d));
        QVERIFY(!value::parseDecimal("1.2.3", d));
        QVERIFY(!value::parseDecimal("N/A", d));
        QVERIFY(!value::parseDecimal("--", d));
        QVERIFY(!value::parseDecimal("inf", d));
        QVERIFY(!value::parseDecimal("12,5", d));
        QVERIFY(!value::parseDecimal("1,23.4", d));
    }
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("iso") << "2026-11-01"
                             << "2026-11-01";
        QTest::newRow("slashes") << "2026/11/01"
                                 << "2026-11-01";
        QTest::newRow("dots, short") << "2026.1.5"
                                     << "2026-01-05";
        QTest::newRow("digits") << "20261101"
                                << "2026-11-01";
        QTest::newRow("month") << "2026-11"
                               << "2026-11-01";
        QTest::newRow("month digits") << "202611"
                                      << "2026-11-01";
        QTest::newRow("leap day") << "2024-02-29"
                                  << "2024-02-29";
        QTest::newRow("time") << "2026-11-01 08:30"
                              << "2026-11-01 08:30:00";
        QTest::newRow("not a leap year") << "2026-02-29"
                                         << "";
        QTest::newRow("month 13") << "2026-13-01"
                                  << "";
        QTest::newRow("seven digits") << "2026111"
                                      << "";
        QTest::newRow("words") << "yesterday"
                               << "";
        QTest::newRow("month with time") << "2026-11 08:00"
                                         << "";
        // Any real calendar date from 1900-01-01 to 9999-12-31 ("no end date" in extracts).
        QTest::newRow("no end date") << "9999-12-31"
                                     << "9999-12-31";
        QTest::newRow("no end date, digits") << "99991231"
                                             << "9999-12-31";
        QTest::newRow("no end date, slashes") << "9999/12/31"
                                              << "9999-12-31";
        QTest::newRow("far year") << "2500-02-29"
                                  << "";
        QTest::newRow("far leap day") << "2400-02-29"
                                      << "2400-02-29";
        QTest::newRow("first day") << "1900-01-01"
                                   << "1900-01-01";
        QTest::newRow("before 1900") << "1899-12-31"
                                     << "";
        QTest::newRow("five-digit year") << "10000-01-01"
                                         << "";
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        std::string out;
        const QByteArray utf8 = text.toUtf8();
        const bool ok =
            value::parseDate(std::string_view(utf8.constData(), size_t(utf8.size())), out);
        QCOMPARE(ok, !iso.isEmpty());
        if (ok)
            QCOMPARE(QString::fromStdString(out), iso);
    }
    void booleans()
    {
        bool b = false;
        for (const char *yes : {"Y", "yes", "TRUE", "t", "1", "是"})
            QVERIFY2(value::parseBoolean(yes, b) && b, yes);
        for (const char *no : {"N", "No", "false", "F", "0", "否"})
            QVERIFY2(value::parseBoolean(no, b) && !b, no);
        QVERIFY(!value::parseBoolean("2", b));
        QVERIFY(!value::parseBoolean("maybe", b));
    }
    void phones_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("mobile") << "13812345678" << true;
        QTest::newRow("mobile +86") << "+86 138 1234 5678" << true;
        QTest::newRow("mobile 86 prefix") << "8613812345678" << true;
        QTest::newRow("mobile 12x") << "12812345678" << false;
        QTest::newRow("mobile 10 digits") << "1381234567" << false;
        QTest::newRow("fixed with area") << "0571-88123456" << true;
        QTest::newRow("fixed Beijing no dash") << "01062345678" << true;
        QTest::newRow("fixed 7 digits") << "0571-8812345" << true;
        QTest::newRow("local 8") << "88123456" << true;
        QTest::newRow("local starts 1") << "18123456" << false;
        QTest::newRow("7-digit local with dash") << "382-4657" << true;
        QTest::newRow("letters") << "0571-88ABC" << false;
        QTest::newRow("too short") << "12345" << false;
        // Spaces and digits as spreadsheets and Chinese input methods write them.
        QTest::newRow("no-break spaces") << "138\u00A00013\u00A08000" << true;
        QTest::newRow("ideographic spaces") << "138\u30000013\u30008000" << true;
        QTest::newRow("figure space") << "138\u20070013\u20078000" << true;
        QTest::newRow("narrow no-break space") << "138\u202F0013\u202F8000" << true;
        QTest::newRow("full-width digits") << "１３８００１３８０００" << true;
        QTest::newRow("full-width plus and hyphen") << "＋86 138－0013－8000" << true;
        QTest::newRow("zero-width space") << "1380013\u200B8000" << true;
        QTest::newRow("en dash in fixed line") << "0571\u201388123456" << true;
        QTest::newRow("soft hyphen") << "1380013\u00AD8000" << false;
        QTest::newRow("full-width too short") << "１３８００１３８００" << false;
    }
    void phones()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(value::isValidPhone(std::string_view(utf8.constData(), size_t(utf8.size()))),
                 valid);
    }
    void normalizingPhones()
    {
        std::string out;
        QVERIFY(!value::normalizePhone("138 0013 8000", out)); // plain ASCII: nothing to do
        QVERIFY(value::normalizePhone("138\u00A00013\u30008000", out));
        QCOMPARE(out, std::string("138 0013 8000"));
        QVERIFY(value::normalizePhone("＋８６\u200B１３８", out));
        QCOMPARE(out, std::string("+86138"));
        QVERIFY(value::normalizePhone("张三 138", out)); // other text is kept as it is
        QCOMPARE(out, std::string("张三 138"));
    }
    void trimming()
    {
        QCOMPARE(value::trimmed("\u2007x\u202F"), std::string_view("x"));
        QCOMPARE(value::trimmed("\uFEFF\u200Bx\u2003"), std::string_view("x"));
        QCOMPARE(value::trimmed("中文\u3000"), std::string_view("中文"));
        QCOMPARE(value::trimmed("x\u2010"), std::string_view("x\u2010")); // a hyphen stays
        QCOMPARE(value::trimmed("  a b \t"), std::string_view("a b"));
        QCOMPARE(value::trimmed("\xC2\xA0x\xE3\x80\x80"), std::string_view("x"));
        QCOMPARE(value::trimmed(" "), std::string_view(""));
    }
    void inference()
    {
        using V = std::vector<std::string>;
        QCOMPARE(inferColumnType(V{"1", "0", "1"}, "flag"), ColumnType::Boolean);
        QCOMPARE(inferColumnType(V{"Yes", "No"}, "Partner"), ColumnType::Boolean);
        QCOMPARE(inferColumnType(V{"12", "3", "450"}, "tenure"), ColumnType::Integer);
        QCOMPARE(inferColumnType(V{"12", "3.5"}, "fee"), ColumnType::Decimal);
        QCOMPARE(inferColumnType(V{"007", "123"}, "code"), ColumnType::Text);
        QCOMPARE(inferColumnType(V{"13812345678"}, "x"), ColumnType::Text);
        QCOMPARE(inferColumnType(V{"415", "510"}, "area code"), ColumnType::Text);
        QCOMPARE(inferColumnType(V{"20261101", "20250101"}, "到期日期"), ColumnType::Date);
        QCOMPARE(inferColumnType(V{"20261101", "20250101"}, "amount"), ColumnType::Integer);
        QCOMPARE(inferColumnType(V{"2026-11-01", "2025/1/1"}, "x"), ColumnType::Date);
        QCOMPARE(inferColumnType(V{"abc", "1"}, "x"), ColumnType::Text);
        QCOMPARE(inferColumnType(V{}, "x"), ColumnType::Text);
    }
    void catalogMapping()
    {
        QCOMPARE(FieldCatalog::match(QStringLiteral("客户ID"))->name,
                 QStringLiteral("customer_id"));
        QCOMPARE(FieldCatalog::match(QStringLiteral("customerID"))->name,
                 QStringLiteral("customer_id"));
        QCOMPARE(FieldCatalog::match(QStringLiteral("入网时间"))->name,
                 QStringLiteral("join_date"));
        QCOMPARE(FieldCatalog::match(QStringLiteral("联系电话"))->name, QStringLiteral("contact1"));
        QCOMPARE(FieldCatalog::match(QStringLiteral("长途费_M2"))->name,
                 QStringLiteral("ld_fee_m2"));
        QCOMPARE(FieldCatalog::match(QStringLiteral("上月总费用"))->name,
                 QStringLiteral("total_fee_m1"));
        QCOMPARE(FieldCatalog::match(QStringLiteral("ＡＲＰＵ＿Ｍ１"))->name,
                 QStringLiteral("total_fee_m1")); // full-width forms fold
        QVERIFY(FieldCatalog::match(QStringLiteral("gender")) == nullptr);
        QCOMPARE(FieldCatalog::safeColumnName(QStringLiteral("MonthlyCharges"), 0),
                 QStringLiteral("monthly_charges"));
        QCOMPARE(FieldCatalog::safeColumnName(QStringLiteral("customerID"), 0),
                 QStringLiteral("customer_id"));
        QCOMPARE(FieldCatalog::safeColumnName(QStringLiteral("number vmail messages"), 0),
                 QStringLiteral("number_vmail_messages"));
        QCOMPARE(FieldCatalog::safeColumnName(QStringLiteral("性别"), 4), QStringLiteral("col_5"));
        QCOMPARE(FieldCatalog::safeColumnName(QStringLiteral("2nd"), 1), QStringLiteral("col_2"));
    }
};

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
