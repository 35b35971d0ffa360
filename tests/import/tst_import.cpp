// SPDX-License-Identifier: GPL-3.0-or-later
// The import pipeline: golden cases under tests/data/import_*, the public data sets, duplicate
// policies, append mode, atomicity (failure and cancel leave the workspace as it was).
#include "common/testsupport.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "demo/extractgenerator.h"
#include "import/importer.h"
#include "import/rejects.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

namespace {

ImportOptions optionsFrom(const QJsonObject &json)
{
    ImportOptions options;
    if (json.contains(QStringLiteral("max_reject_ratio")))
        options.maxRejectRatio = json.value(QStringLiteral("max_reject_ratio")).toDouble();
    const QString policy = json.value(QStringLiteral("on_duplicate")).toString();
    if (policy == QLatin1String("first"))
        options.onDuplicate = DuplicatePolicy::KeepFirst;
    else if (policy == QLatin1String("last"))
        options.onDuplicate = DuplicatePolicy::KeepLast;
    return options;
}

QVariant jsonToVariant(const QJsonValue &value)
{
    if (value.isNull())
        return QVariant();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QVariant(qint64(d)) : QVariant(d);
    }
    return QVariant(value.toString());
}

// Compares loosely on numeric type: 12 (integer) and 12.0 (real) are the same number.
bool sameValue(const QVariant &actual, const QVariant &expected)
{
    if (!expected.isValid())
        return !actual.isValid();
    if (!actual.isValid())
        return false;
    if (expected.typeId() == QMetaType::QString)
        return actual.typeId() == QMetaType::QString && actual.toString() == expected.toString();
    return actual.typeId() != QMetaType::QString && actual.toDouble() == expected.toDouble();
}

QString tableDigest(Workspace &workspace)
{
    if (!workspace.hasCustomers())
        return QStringLiteral("(none)");
    Statement query(workspace.db(), "SELECT * FROM customers ORDER BY rowid");
    QStringList rows;
    while (query.step()) {
        QStringList cells;
        for (int c = 0; c < query.columnCount(); ++c)
            cells << query.value(c).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void xlsxFixture();
    void publicTelcoIbm();
    void publicHillstromNeedsIds();
    void publicBigml();
    void appendMode();
    void appendKeepLastReplaces();
    void rejectLimitLeavesWorkspaceUnchanged();
    void cancelLeavesWorkspaceUnchanged();
    void generatedExtractDefectsAllAccountedFor();
    void typeAndMappingOverrides();
    void previewWritesNothing();
};

void TestImport::golden_data()
{
    QTest::addColumn<QString>("dir");
    const QDir data(test::testData());
    const QStringList cases = data.entryList({QStringLiteral("import_*")}, QDir::Dirs);
    QVERIFY2(cases.size() >= 8, "the golden import cases are missing");
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << data.filePath(name);
}

void TestImport::golden()
{
    QFETCH(QString, dir);
    QFile file(QDir(dir).filePath(QStringLiteral("expected.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    QTemporaryDir temp;
    auto workspace = Workspace::create(temp.filePath(QStringLiteral("w.cwb")));
    ImportResult result;
    try {
        result = Importer::run(*workspace, QDir(dir).filePath(expected.value("file").toString()),
                               optionsFrom(expected.value("options").toObject()));
    } catch (const Error &error) {
        QFAIL(qPrintable(error.message()));
    }

    QCOMPARE(result.plan.encoding, expected.value("encoding").toString());
    QCOMPARE(result.plan.delimiterName(), expected.value("delimiter").toString());
    QCOMPARE(result.rowsRead - result.rejected, qint64(expected.value("imported").toInt()));
    QCOMPARE(result.imported, qint64(expected.value("imported").toInt()));
    QCOMPARE(result.rejected, qint64(expected.value("rejected").toInt()));
    if (expected.contains("duplicate_ids"))
        QCOMPARE(result.duplicateIds, qint64(expected.value("duplicate_ids").toInt()));

    // Columns and types.
    const QJsonArray columns = expected.value("columns").toArray();
    QCOMPARE(result.plan.columns.size(), columns.size());
    for (int c = 0; c < columns.size(); ++c)
        QCOMPARE(result.plan.columns.at(c).name, columns.at(c).toString());
    const QJsonObject types = expected.value("types").toObject();
    for (auto it = types.begin(); it != types.end(); ++it) {
        const auto column = std::find_if(result.plan.columns.cbegin(), result.plan.columns.cend(),
                                         [&](const ColumnPlan &p) { return p.name == it.key(); });
        QVERIFY2(column != result.plan.columns.cend(), qPrintable(it.key()));
        QCOMPARE(columnTypeName(column->type), it.value().toString());
    }

    // Every stored value.
    QStringList names;
    for (const auto &column : columns)
        names << Database::quoteIdentifier(column.toString());
    Statement query(workspace->db(), QStringLiteral("SELECT %1 FROM customers ORDER BY rowid")
                                         .arg(names.join(QLatin1Char(',')))
                                         .toStdString());
    const QJsonArray rows = expected.value("rows").toArray();
    int r = 0;
    while (query.step()) {
        QVERIFY2(r < rows.size(), "more rows than expected");
        const QJsonArray row = rows.at(r).toArray();
        for (int c = 0; c < row.size(); ++c) {
            const QVariant actual = query.value(c);
            const QVariant wanted = jsonToVariant(row.at(c));
            QVERIFY2(sameValue(actual, wanted),
                     qPrintable(
                         QStringLiteral("row %1 column %2: got '%3', expected '%4'")
                             .arg(r)
                             .arg(columns.at(c).toString(), actual.toString(), wanted.toString())));
        }
        ++r;
    }
    QCOMPARE(r, rows.size());

    // Every reject: line, column and why.
    const QList<RejectRecord> rejects = Rejects::load(workspace->db(), result.importId);
    const QJsonArray wantedRejects = expected.value("rejects").toArray();
    QCOMPARE(rejects.size(), wantedRejects.size());
    for (int i = 0; i < rejects.size(); ++i) {
        const QJsonObject want = wantedRejects.at(i).toObject();
        QCOMPARE(rejects.at(i).line, qint64(want.value("line").toInt()));
        QCOMPARE(rejects.at(i).column, want.value("column").toString());
        QVERIFY2(rejects.at(i).reason.contains(want.value("reason_contains").toString()),
                 qPrintable(rejects.at(i).reason));
        QVERIFY(!rejects.at(i).raw.isEmpty());
    }

    // The audit was stored with the import.
    QCOMPARE(result.audit.rows, result.imported);
    QCOMPARE(loadLatestAudit(workspace->db()).importId, result.importId);
}

void TestImport::xlsxFixture()
{
    QTemporaryDir temp;
    auto workspace = Workspace::create(temp.filePath(QStringLiteral("w.cwb")));
    ImportOptions options;
    options.maxRejectRatio = 1.0;
    const ImportResult result = Importer::run(
        *workspace, test::testData(QStringLiteral("xlsx_basic/customers.xlsx")), options);
    QCOMPARE(result.plan.format, QStringLiteral("xlsx"));
    QVERIFY(result.imported > 0);
    // Leading zeros of ids stored as strings survive; dates come through as ISO text.
    QVERIFY(workspace->db()
                .scalar("SELECT count(*) FROM customers WHERE substr(customer_id, 1, 1) = '0'")
                .toLongLong() > 0);
    const QString joinDate =
        workspace->db().scalar("SELECT min(join_date) FROM customers").toString();
    QVERIFY2(QDate::fromString(joinDate.left(10), Qt::ISODate).isValid(), qPrintable(joinDate));
}

void TestImport::publicTelcoIbm()
{
    const QString file = test::sharedData(QStringLiteral("telco_customer_churn_ibm.csv"));
    if (!QFile::exists(file))
        QSKIP("../shared/data is not beside the checkout");
    QTemporaryDir temp;
    auto workspace = Workspace::create(temp.filePath(QStringLiteral("w.cwb")));
    const ImportResult result = Importer::run(*workspace, file, {});
    // 7,043 rows, all imported: the 11 blank TotalCharges (a single space) become NULL.
    QCOMPARE(result.rowsRead, qint64(7043));
    QCOMPARE(result.rejected, qint64(0));
    QCOMPARE(result.imported, qint64(7043));
    Database &db = workspace->db();
    QCOMPARE(db.scalar("SELECT count(*) FROM customers WHERE total_charges IS NULL").toLongLong(),
             qint64(11));
    QCOMPARE(db.scalar("SELECT count(*) FROM customers WHERE total_charges IS NULL AND tenure = 0 "
                       "AND churn = 0")
                 .toLongLong(),
             qint64(11));
    QCOMPARE(db.scalar("SELECT type FROM customer_columns WHERE name = 'total_charges'").toString(),
             QStringLiteral("decimal"));
    QCOMPARE(db.scalar("SELECT type FROM customer_columns WHERE name = 'churn'").toString(),
             QStringLiteral("boolean"));
    // Churn = Yes for 1,869 customers (counted with: grep -c ',Yes$' on the file).
    QCOMPARE(db.scalar("SELECT sum(churn) FROM customers").toLongLong(), qint64(1869));
    const AuditReport audit = loadLatestAudit(db);
    const auto total = std::find_if(audit.columns.cbegin(), audit.columns.cend(),
                                    [](const ColumnAudit &c) { return c.name == "total_charges"; });
    QVERIFY(total != audit.columns.cend());
    QCOMPARE(total->nulls, qint64(11));
}

void TestImport::publicHillstromNeedsIds()
{
    const QString file = test::sharedData(QStringLiteral("hillstrom_email_campaign.csv"));
    if (!QFile::exists(file))
        QSKIP("../shared/data is not beside the checkout");
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("w.cwb"));
    auto workspace = Workspace::create(path);
    // No id column: a clear error naming the headers, nothing written.
    try {
        Importer::run(*workspace, file, {});
        QFAIL("expected an error");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("no customer id column")),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains(QStringLiteral("--generate-ids")));
    }
    QVERIFY(!workspace->hasCustomers());
    ImportOptions options;
    options.generateIds = true;
    const ImportResult result = Importer::run(*workspace, file, options);
    QCOMPARE(result.rowsRead, qint64(64000));
    QCOMPARE(result.imported, qint64(64000));
    // Quoted history_segment values with commas survive: "6) $750 - $1,000".
    QVERIFY(workspace->db()
                .scalar("SELECT count(*) FROM customers WHERE history_segment = '6) $750 - $1,000'")
                .toLongLong() > 0);
    // The control group of the test (counted with awk on the file): 21,306 rows.
    QCOMPARE(workspace->db()
                 .scalar("SELECT count(*) FROM customers WHERE segment = 'No E-Mail'")
                 .toLongLong(),
             qint64(21306));
}

void TestImport::publicBigml()
{
    const QString file = test::sharedData(QStringLiteral("telecom_churn_bigml_3333.csv"));
    if (!QFile::exists(file))
        QSKIP("../shared/data is not beside the checkout");
    QTemporaryDir temp;
    auto workspace = Workspace::create(temp.filePath(QStringLiteral("w.cwb")));
    ImportOptions options;
    options.mapping.insert(QStringLiteral("phone number"), QStringLiteral("customer_id"));
    const ImportResult result = Importer::run(*workspace, file, options);
    QCOMPARE(result.imported, qint64(3333));
    QCOMPARE(result.rejected, qint64(0));
    // The header "churn " (trailing space) maps to a column named churn; values False/True.
    QCOMPARE(
        workspace->db().scalar("SELECT type FROM customer_columns WHERE name = 'churn'").toString(),
        QStringLiteral("boolean"));
    // Area codes 415 / 510 / 408 are 1,655 / 840 / 838 customers (SOURCES.md).
    QCOMPARE(workspace->db()
                 .scalar("SELECT count(*) FROM customers WHERE area_code = '415'")
                 .toLongLong(),
             qint64(1655));
}

void TestImport::appendMode()
{
    QTemporaryDir temp;
    auto workspace = Workspace::create(temp.filePath(QStringLiteral("w.cwb")));
    const QString first = temp.filePath(QStringLiteral("a.csv"));
    const QString second = temp.filePath(QStringLiteral("b.csv"));
    QFile a(first);
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("customer_id,total_fee_m1\nA,10\nB,20\n");
    a.close();
    QFile b(second);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("customer_id,total_fee_m1,brand\nC,30,天翼\nA,99,x\n");
    b.close();
    Importer::run(*workspace, first, {});
    ImportOptions options;
    options.mode = ImportMode::Append;
    options.onDuplicate = DuplicatePolicy::KeepFirst;
    options.maxRejectRatio = 0.5;
    const ImportResult result = Importer::run(*workspace, second, options);
    QCOMPARE(result.rejected, qint64(1)); // A is already in the workspace
    QCOMPARE(workspace->customerCount(), qint64(3));
    QCOMPARE(workspace->db()
                 .scalar("SELECT total_fee_m1 FROM customers WHERE customer_id = 'A'")
                 .toDouble(),
             10.0);
    QCOMPARE(
        workspace->db().scalar("SELECT brand FROM customers WHERE customer_id = 'C'").toString(),
        QStringLiteral("天翼"));
    // The audit after an append covers the whole table: sum 10+20+30 over 3 rows.
    const AuditReport audit = loadLatestAudit(workspace->db());
    QCOMPARE(audit.rows, qint64(3));
    const auto fee = std::find_if(audit.columns.cbegin(), audit.columns.cend(),
                                  [](const ColumnAudit &c) { return c.name == "total_fee_m1"; });
    QVERIFY(fee != audit.columns.cend() && fee->mean.has_value());
    QCOMPARE(*fee->mean, 20.0);
}

void TestImport::appendKeepLastReplaces()
{
    QTemporaryDir temp;
    auto workspace = Workspace::create(temp.filePath(QStringLiteral("w.cwb")));
    const QString first = temp.filePath(QStringLiteral("a.csv"));
    QFile a(first);
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("customer_id,total_fee_m1\nA,10\nB,20\n");
    a.close();
    Importer::run(*workspace, first, {});
    QFile a2(first);
    QVERIFY(a2.open(QIODevice::WriteOnly));
    a2.write("customer_id,total_fee_m1\nA,11\n");
    a2.close();
    ImportOptions options;
    options.mode = ImportMode::Append;
    options.onDuplicate = DuplicatePolicy::KeepLast;
    const ImportResult result = Importer::run(*workspace, first, options);
    QCOMPARE(result.replaced, qint64(1));
    QCOMPARE(result.rejected, qint64(0));
    QCOMPARE(workspace->customerCount(), qint64(2));
    QCOMPARE(workspace->db()
                 .scalar("SELECT total_fee_m1 FROM customers WHERE customer_id = 'A'")
                 .toDouble(),
             11.0);
}

void TestImport::rejectLimitLeavesWorkspaceUnchanged()
{
    QTemporaryDir temp;
    auto workspace = Workspace::create(temp.filePath(QStringLiteral("w.cwb")));
    Importer::run(*workspace, test::testData(QStringLiteral("import_gbk/extract_gbk.csv")), {});
    const QString before = tableDigest(*workspace);
    const qint64 importsBefore =
        workspace->db().scalar("SELECT count(*) FROM imports").toLongLong();
    // Half the rows of the ragged file are bad: over a 10% limit, so nothing changes.
    try {
        Importer::run(*workspace, test::testData(QStringLiteral("import_ragged/ragged.csv")), {});
        QFAIL("expected the reject limit to abort the import");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("2 of 4 rows (50.0%) were rejected")),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains(QStringLiteral("nothing was imported")));
    }
    QCOMPARE(tableDigest(*workspace), before);
    QCOMPARE(workspace->db().scalar("SELECT count(*) FROM imports").toLongLong(), importsBefore);
    QCOMPARE(workspace->db().scalar("SELECT count(*) FROM rejects").toLongLong(), qint64(0));
}

void TestImport::cancelLeavesWorkspaceUnchanged()
{
    QTemporaryDir temp;
    const QString csv = temp.filePath(QStringLiteral("big.csv"));
    ExtractOptions extract;
    extract.rows = 60000;
    writeExtract(csv, extract);
    auto workspace = Workspace::create(temp.filePath(QStringLiteral("w.cwb")));
    Importer::run(*workspace, test::testData(QStringLiteral("import_gbk/extract_gbk.csv")), {});
    const QString before = tableDigest(*workspace);
    JobControl job;
    job.intervalMs = 0;
    qint64 seen = 0;
    job.onProgress = [&](const Progress &progress) {
        seen = progress.items;
        if (progress.items > 10000)
            job.requestCancel();
    };
    QVERIFY_THROWS_EXCEPTION(Cancelled, Importer::run(*workspace, csv, {}, &job));
    QVERIFY(seen > 10000);
    QCOMPARE(tableDigest(*workspace), before);
    QCOMPARE(workspace->db().scalar("SELECT count(*) FROM imports").toLongLong(), qint64(1));
    QVERIFY(!workspace->db().tableExists(QStringLiteral("customers_import")));
}

void TestImport::generatedExtractDefectsAllAccountedFor()
{
    QTemporaryDir temp;
    const QString csv = temp.filePath(QStringLiteral("demo.csv"));
    ExtractOptions extract;
    extract.rows = 20000;
    extract.defectRate = 0.02;
    const ExtractDefects defects = writeExtract(csv, extract);
    auto workspace = Workspace::create(temp.filePath(QStringLiteral("w.cwb")));
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::KeepFirst;
    const ImportResult result = Importer::run(*workspace, csv, options);
    // Every planted invalid row is rejected, and nothing else: blank ids, bad mobiles, bad fees,
    // and the second row of each duplicated id. Blank and "¥1,234.50" fees are valid.
    QCOMPARE(result.rowsRead, qint64(20000));
    QCOMPARE(result.rejected, defects.invalidRows());
    QCOMPARE(result.duplicateIds, defects.duplicateId);
    QCOMPARE(result.imported, qint64(20000) - defects.invalidRows());
    QCOMPARE(Rejects::count(workspace->db(), result.importId), result.rejected);
}

void TestImport::typeAndMappingOverrides()
{
    QTemporaryDir temp;
    auto workspace = Workspace::create(temp.filePath(QStringLiteral("w.cwb")));
    ImportOptions options;
    options.mapping.insert(QStringLiteral("note"), QStringLiteral("-"));        // leave out
    options.mapping.insert(QStringLiteral("name"), QStringLiteral("nickname")); // rename
    options.types.insert(QStringLiteral("fee"), ColumnType::Text);
    const ImportResult result = Importer::run(
        *workspace, test::testData(QStringLiteral("import_quoted/quoted.csv")), options);
    QCOMPARE(result.plan.skipped, QStringList{QStringLiteral("note")});
    QVERIFY(!workspace->db()
                 .scalar("SELECT 1 FROM pragma_table_info('customers') WHERE name = "
                         "'note'")
                 .isValid());
    QCOMPARE(workspace->db().scalar("SELECT typeof(fee) FROM customers LIMIT 1").toString(),
             QStringLiteral("text"));
    QCOMPARE(
        workspace->db().scalar("SELECT nickname FROM customers WHERE customer_id = '1'").toString(),
        QStringLiteral("Smith, John"));
    // A bad mapping name is refused before anything is written.
    options.mapping.insert(QStringLiteral("name"), QStringLiteral("Bad Name"));
    QVERIFY_THROWS_EXCEPTION(
        Error, Importer::run(*workspace, test::testData(QStringLiteral("import_quoted/quoted.csv")),
                             options));
}

void TestImport::previewWritesNothing()
{
    // phones.csv: lines 4 and 5 have bad numbers; the preview says so without a workspace.
    ImportOptions options;
    const ImportPreview preview =
        Importer::preview(test::testData(QStringLiteral("import_phones/phones.csv")), options);
    QCOMPARE(preview.rowsChecked, qint64(5));
    QCOMPARE(preview.wouldReject, qint64(2));
    QCOMPARE(preview.rejects.at(0).first, qint64(4));
    QVERIFY(preview.rejects.at(0).second.contains(QStringLiteral("'12345'")));
    QCOMPARE(preview.reasons.size(), 2); // contact1 and contact2, one row each
    // Duplicates within the sample are found too (duplicates.csv: D1 on lines 2, 4, 6).
    const ImportPreview dup = Importer::preview(
        test::testData(QStringLiteral("import_duplicates_first/duplicates.csv")), options);
    QCOMPARE(dup.wouldReject, qint64(2));
    QCOMPARE(dup.reasons.at(0).first, QStringLiteral("customer_id"));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
