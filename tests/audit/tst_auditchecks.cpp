// SPDX-License-Identifier: GPL-3.0-or-later
// The audit's checks beyond its statistics: which columns are personal or amounts, phone
// masking, the negative values of fee and usage columns (counts and first lines computed by hand,
// through an import, an append and `cwb audit`), and personal columns kept without values.
#include "common/testsupport.h"

#include "import/audit.h"
#include "import/importer.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

const ColumnAudit *columnNamed(const AuditReport &report, const QString &name)
{
    for (const ColumnAudit &column : report.columns)
        if (column.name == name)
            return &column;
    return nullptr;
}

// Line 1 is the header. Negative: 总费用_M1 on lines 3, 5, 7; 月费 (a column of its own, money by
// its header) on line 4; 上网流量MB_M1 (data_mb_m1) on line 5; 得分 (a score, no amount) on lines
// 2 and 4, which is no finding.
const QByteArray kExtract = "客户ID,总费用_M1,月费,上网流量MB_M1,得分\n"
                            "A1,10,5,100,-1\n"
                            "A2,-5,5,200,2\n"
                            "A3,20,-8,0,-3\n"
                            "A4,-1.5,5,-50,4\n"
                            "A5,,5,10,5\n"
                            "A6,-3,5,20,6\n"
                            "A7,30,5,30,7\n";
// Appended: seven more negative fees (lines 2-8), none elsewhere.
const QByteArray kMore = "客户ID,总费用_M1,月费,上网流量MB_M1,得分\n"
                         "B1,-1,5,1,1\n"
                         "B2,-2,5,1,1\n"
                         "B3,-3,5,1,1\n"
                         "B4,-4,5,1,1\n"
                         "B5,-5,5,1,1\n"
                         "B6,-6,5,1,1\n"
                         "B7,-7,5,1,1\n";

} // namespace

class TestAuditChecks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void roles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("role");
        const auto row = [](const char *tag, const char *name, const char *label, ColumnType type,
                            ColumnRole role) {
            QTest::newRow(tag) << QString::fromUtf8(name) << QString::fromUtf8(label) << int(type)
                               << int(role);
        };
        using T = ColumnType;
        using R = ColumnRole;
        row("catalog name", "name", "客户名称", T::Text, R::PersonName);
        row("catalog phone", "contact1", "第一联系电话", T::Phone, R::Phone);
        row("phone typed as a number", "contact2", "手机", T::Integer, R::Phone);
        row("id card", "col_4", "身份证号", T::Integer, R::IdNumber);
        row("bank card", "bank_card_no", "Bank card no", T::Text, R::IdNumber);
        row("address", "col_5", "家庭住址", T::Text, R::Address);
        row("e-mail", "email", "E-mail", T::Text, R::Email);
        row("english name", "customer_name", "Customer Name", T::Text, R::PersonName);
        row("contact person", "col_9", "联系人", T::Text, R::PersonName);
        row("phone by header", "phone_number", "Phone Number", T::Text, R::Phone);
        row("any phone column", "col_3", "备用", T::Phone, R::Phone);
        row("file name", "file_name", "File name", T::Text, R::Other);
        row("package name", "col_2", "套餐名称", T::Text, R::Other);
        row("last contact date", "last_contact_date", "last contact date", T::Date, R::Other);
        row("account manager", "account_manager", "客户经理", T::Text, R::Other);
        row("brand", "brand", "品牌", T::Text, R::Other);
        row("total fee", "total_fee_m1", "总费用_M1", T::Decimal, R::Money);
        row("average fee", "avg_fee_3m", "近三月平均总费用", T::Decimal, R::Money);
        row("monthly fee", "col_7", "月费", T::Integer, R::Money);
        row("charges", "monthly_charges", "MonthlyCharges", T::Decimal, R::Money);
        row("arpu", "arpu", "ARPU", T::Decimal, R::Money);
        row("fee as text", "col_8", "月费", T::Text, R::Other);
        row("data", "data_mb_m2", "上网流量MB_M2", T::Decimal, R::Usage);
        row("minutes", "ld_minutes_m1", "长途通话分钟_M1", T::Decimal, R::Usage);
        row("call duration", "col_6", "通话时长", T::Integer, R::Usage);
        row("complaints", "complaints_3m", "近三月投诉次数", T::Integer, R::Other);
        row("speed", "broadband_mbps", "宽带速率", T::Integer, R::Other);
        row("score", "col_5", "得分", T::Integer, R::Other);
    }

    void roles()
    {
        QFETCH(QString, name);
        QFETCH(QString, label);
        QFETCH(int, type);
        QFETCH(int, role);
        QCOMPARE(int(columnRole(name, label, ColumnType(type))), role);
    }

    void phoneMasking()
    {
        QCOMPARE(maskPhoneValue(QStringLiteral("13812348000")), QStringLiteral("138****8000"));
        QCOMPARE(maskPhoneValue(QStringLiteral("138-1234-8000")), QStringLiteral("138****8000"));
        QCOMPARE(maskPhoneValue(QStringLiteral("138****8000")), QStringLiteral("138****8000"));
        QCOMPARE(maskPhoneValue(QStringLiteral("0571-87654321")), QStringLiteral("057*****4321"));
        QCOMPARE(maskPhoneValue(QStringLiteral("12345")), QStringLiteral("***45"));
        QCOMPARE(maskPhoneValue(QStringLiteral("12")), QStringLiteral("**"));
    }

    void profilerCountsNegatives()
    {
        // Exact mode: 10, -5, 20, -1.5, null, -3 -> 3 negatives; removing -5 leaves 2.
        ColumnProfiler exact(ColumnType::Decimal);
        for (double v : {10.0, -5.0, 20.0, -1.5})
            exact.addNumber(v);
        exact.addNull();
        exact.addNumber(-3.0);
        QCOMPARE(exact.finish().negatives, 3);
        exact.removeNumber(-5.0);
        QCOMPARE(exact.finish().negatives, 2);
        // Approximate mode (100,000 distinct values, -1000 .. 98999): 1000 negatives, exactly.
        ColumnProfiler approximate(ColumnType::Integer);
        for (int i = 0; i < 100000; ++i)
            approximate.addNumber(double(i - 1000));
        QVERIFY(!approximate.finish().distinctExact);
        QCOMPARE(approximate.finish().negatives, 1000);
        approximate.removeNumber(-1.0);
        approximate.removeNumber(5.0);
        QCOMPARE(approximate.finish().negatives, 999);
    }

    void negativeFeesThroughImportAndAppend()
    {
        const QString path = m_dir.filePath(QStringLiteral("fees.cwb"));
        const QString extract = m_dir.filePath(QStringLiteral("fees.csv"));
        const QString more = m_dir.filePath(QStringLiteral("more.csv"));
        writeText(extract, kExtract);
        writeText(more, kMore);
        {
            auto w = Workspace::create(path);
            const ImportResult result = Importer::run(*w, extract, {});
            const AuditReport audit = loadLatestAudit(w->db());
            const ColumnAudit *fee = columnNamed(audit, QStringLiteral("total_fee_m1"));
            QVERIFY(fee);
            QCOMPARE(fee->negatives, 3);
            QCOMPARE(fee->negativeLines,
                     (QList<SourceLine>{
                         {result.importId, 3}, {result.importId, 5}, {result.importId, 7}}));
            const ColumnAudit *monthly = nullptr;
            for (const ColumnAudit &c : audit.columns)
                if (c.label == QStringLiteral("月费"))
                    monthly = &c;
            QVERIFY(monthly);
            QCOMPARE(monthly->role(), ColumnRole::Money);
            QCOMPARE(monthly->negatives, 1);
            QCOMPARE(monthly->negativeLines, (QList<SourceLine>{{result.importId, 4}}));
            const ColumnAudit *data = columnNamed(audit, QStringLiteral("data_mb_m1"));
            QVERIFY(data);
            QCOMPARE(data->negatives, 1);
            QCOMPARE(data->negativeLines, (QList<SourceLine>{{result.importId, 5}}));

            // JSON: one check per column with negatives, none for the score.
            const QJsonObject json = auditToJson(audit);
            const QJsonArray checks = json.value("checks").toArray();
            QCOMPARE(checks.size(), 3);
            const QJsonObject first = checks.at(0).toObject();
            QCOMPARE(first.value("check").toString(), QStringLiteral("negative_values"));
            QCOMPARE(first.value("column").toString(), QStringLiteral("total_fee_m1"));
            QCOMPARE(first.value("role").toString(), QStringLiteral("money"));
            QCOMPARE(first.value("rows").toInt(), 3);
            QCOMPARE(first.value("lines").toArray().size(), 3);
            QCOMPARE(first.value("lines").toArray().at(2).toObject().value("line").toInt(), 7);
            QCOMPARE(checks.at(2).toObject().value("role").toString(), QStringLiteral("usage"));
            for (const QJsonValue &column : json.value("columns").toArray()) {
                const QJsonObject c = column.toObject();
                if (c.value("label").toString() == QStringLiteral("得分"))
                    QVERIFY(c.value("negative").isNull());
            }
            // Text: the check below the table, in hand-computed words.
            const QString text = auditToText(audit);
            QVERIFY2(text.contains("negative fees and usage: 3 columns"), qPrintable(text));
            QVERIFY2(text.contains(QString::fromUtf8("total_fee_m1 (总费用_M1): 3 rows, lines 3, "
                                                     "5, 7\n")),
                     qPrintable(text));
            QVERIFY2(text.contains(QString::fromUtf8("(月费): 1 row, line 4\n")), qPrintable(text));
            QVERIFY2(!text.contains(QString::fromUtf8("得分):")), qPrintable(text));

            // Append: the audit scans the whole table; 3 + 7 = 10 negative fees, the first five
            // by import and line, the rest left as "...".
            ImportOptions append;
            append.mode = ImportMode::Append;
            const ImportResult appended = Importer::run(*w, more, append);
            const AuditReport after = loadLatestAudit(w->db());
            const ColumnAudit *fees = columnNamed(after, QStringLiteral("total_fee_m1"));
            QCOMPARE(fees->negatives, 10);
            QCOMPARE(fees->negativeLines, (QList<SourceLine>{{result.importId, 3},
                                                             {result.importId, 5},
                                                             {result.importId, 7},
                                                             {appended.importId, 2},
                                                             {appended.importId, 3}}));
            const QString afterText = auditToText(after);
            QVERIFY2(afterText.contains(QStringLiteral("10 rows, lines 3 of import %1, 5 of import "
                                                       "%1, 7 of import %1, 2, 3, ...")
                                            .arg(result.importId)),
                     qPrintable(afterText));
        }
        // `cwb audit`, text and JSON.
        const auto text = test::runCwb({"audit", "--workspace", path});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("negative fees and usage: 3 columns"), text.out.constData());
        const auto json = test::runCwb({"audit", "--workspace", path, "--json"});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray checks =
            QJsonDocument::fromJson(json.out).object().value("checks").toArray();
        QCOMPARE(checks.size(), 3);
        QCOMPARE(checks.at(0).toObject().value("rows").toInt(), 10);
    }

    void auditOfAnEarlierVersionSaysNotChecked()
    {
        auto w = Workspace::create(m_dir.filePath(QStringLiteral("old.cwb")));
        const QString extract = m_dir.filePath(QStringLiteral("old.csv"));
        writeText(extract, kExtract);
        Importer::run(*w, extract, {});
        w->db().exec("UPDATE audit_columns SET histogram = json_remove(histogram, '$.negative', "
                     "'$.negative_lines') WHERE histogram IS NOT NULL");
        const AuditReport audit = loadLatestAudit(w->db());
        QCOMPARE(columnNamed(audit, QStringLiteral("total_fee_m1"))->negatives, -1);
        const QString text = auditToText(audit);
        QVERIFY2(text.contains("negative fees and usage not checked (an audit from an earlier "
                               "version): total_fee_m1, "),
                 qPrintable(text));
        QVERIFY2(!text.contains("negative fees and usage: none"), qPrintable(text));
        QVERIFY(auditToJson(audit).value("checks").toArray().isEmpty());
    }

    void personalColumnsMaskedInTextAndJson()
    {
        ColumnProfiler phones(ColumnType::Phone);
        for (const char *phone : {"13800000000", "13800000000", "13912345678"})
            phones.addText(phone);
        AuditReport report;
        report.columns = {phones.finish()};
        report.columns[0].name = QStringLiteral("contact1");
        report.columns[0].label = QStringLiteral("第一联系电话");
        maskPersonalValues(report);
        const ColumnAudit &c = report.columns.at(0);
        QVERIFY(c.masked);
        QCOMPARE(c.distinct, 2);
        QCOMPARE(c.topValues, (QList<QPair<QString, qint64>>{{QStringLiteral("138****0000"), 2}}));
        const QString text = auditToText(report);
        QVERIFY2(text.contains("(masked)"), qPrintable(text));
        QVERIFY2(text.contains("masked (personal data, no values kept): contact1"),
                 qPrintable(text));
        QVERIFY2(!text.contains("1391234"), qPrintable(text));
        const QJsonObject column = auditToJson(report).value("columns").toArray().at(0).toObject();
        QCOMPARE(column.value("masked").toBool(), true);
        QCOMPARE(column.value("role").toString(), QStringLiteral("phone"));
        QVERIFY(column.value("min_value").isNull());
    }
};

QTEST_GUILESS_MAIN(TestAuditChecks)
#include "tst_auditchecks.moc"
