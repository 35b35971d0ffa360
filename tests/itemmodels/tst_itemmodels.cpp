// SPDX-License-Identifier: GPL-3.0-or-later
// The item models of models/itemmodels on hand-made workspaces (values known cell by cell) and on
// a 100,000-row demo import (first page, last row, sort, filter count against a full scan).
#include "demo/extractgenerator.h"
#include "import/importer.h"
#include "import/rejects.h"
#include "itemmodels/audittablemodel.h"
#include "itemmodels/customertablemodel.h"
#include "itemmodels/rejectsmodel.h"
#include "itemmodels/rowpager.h"
#include "workspace/database.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace cwb;

namespace {

// A workspace with a hand-made customers table of `rows` rows: row i (1-based rowid i) has
// customer_id "C<i>", name "客户<i>" (NULL when i % 10 == 0), fee i * 0.5, age i % 50 and
// vip i % 2. Rows whose rowid is in `deleted` are removed afterwards (sparse rowids).
std::unique_ptr<Workspace> makeWorkspace(const QString &path, int rows, QList<int> deleted = {})
{
    auto ws = Workspace::create(path);
    Database &db = ws->db();
    db.exec("CREATE TABLE customers(customer_id TEXT NOT NULL, name TEXT, fee REAL, age INTEGER, "
            "vip INTEGER, _import_id INTEGER, _line INTEGER)");
    db.exec("INSERT INTO customer_columns(position, name, label, source_header, type) VALUES "
            "(0, 'customer_id', '客户编号', 'id', 'text'), (2, 'fee', '月费', 'fee', 'decimal'), "
            "(1, 'name', '姓名', 'name', 'text'), (3, 'age', 'age', 'age', 'integer'), "
            "(4, 'vip', '', 'vip', 'boolean')");
    Transaction tx(db);
    Statement insert(db, "INSERT INTO customers(rowid, customer_id, name, fee, age, vip, "
                         "_import_id, _line) VALUES (?,?,?,?,?,?,1,?)");
    for (int i = 1; i <= rows; ++i) {
        insert.bind(1, i);
        insert.bind(2, QStringLiteral("C%1").arg(i));
        if (i % 10 == 0)
            insert.bindNull(3);
        else
            insert.bind(3, QStringLiteral("客户%1").arg(i));
        insert.bind(4, i * 0.5);
        insert.bind(5, i % 50);
        insert.bind(6, i % 2);
        insert.bind(7, i + 1);
        insert.exec();
        insert.reset();
    }
    for (int id : deleted)
        db.scalar("DELETE FROM customers WHERE rowid = ?", {id});
    tx.commit();
    return ws;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void columnsAndHeaders();
    void denseRowsByKey();
    void sparseRowsByAnchors();
    void sortByColumn();
    void filterContains();
    void filterIsBoundNotSql();
    void emptyAndClosedWorkspace();
    void tsvOfSelection();
    void rejectsModel();
    void auditTexts();
    void demoWorkspace100k();

private:
    QTemporaryDir m_dir;
};

void TestItemModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestItemModels::columnsAndHeaders()
{
    auto ws = makeWorkspace(m_dir.filePath("headers.cwb"), 10);
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(ws.get());
    // ordered by position: customer_id(0), name(1), fee(2), age(3), vip(4); _import_id/_line hidden
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("客户编号"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("姓名"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("月费"));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("vip")); // empty label
    QVERIFY(model.headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString().contains("fee"));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.totalRows(), 10);
    // row 2 = rowid 3: C3, 客户3, 1.5, 3, yes
    QCOMPARE(cell(model, 2, 0), QStringLiteral("C3"));
    QCOMPARE(cell(model, 2, 1), QStringLiteral("客户3"));
    QCOMPARE(cell(model, 2, 2), QStringLiteral("1.5"));
    QCOMPARE(cell(model, 2, 3), QStringLiteral("3"));
    QCOMPARE(cell(model, 2, 4), model.tr("yes"));
    QCOMPARE(cell(model, 9, 1), QString()); // rowid 10: NULL name
    QVERIFY(!model.index(9, 1).data(CustomerTableModel::RawValueRole).isValid());
    QCOMPARE(model.index(3, 2).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestItemModels::denseRowsByKey()
{
    // 1000 rows = 3 full pages of 256 + 232.
    auto ws = makeWorkspace(m_dir.filePath("dense.cwb"), 1000);
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(ws.get());
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(cell(model, 999, 0), QStringLiteral("C1000"));
    QCOMPARE(cell(model, 256, 0), QStringLiteral("C257")); // first row of page 1
    QCOMPARE(cell(model, 255, 2), QStringLiteral("128"));  // 256 * 0.5
    QCOMPARE(model.rowId(511), 512);
    for (int row = 0; row < 1000; ++row)
        QCOMPARE(cell(model, row, 0), QStringLiteral("C%1").arg(row + 1));
    QCOMPARE(model.cachedPages(), 4); // ceil(1000 / 256)
}

void TestItemModels::sparseRowsByAnchors()
{
    // Remove rowids 5, 300..399 and 1000: 1000 - 1 - 100 - 1 = 898 rows left.
    QList<int> deleted{5, 1000};
    for (int id = 300; id < 400; ++id)
        deleted << id;
    auto ws = makeWorkspace(m_dir.filePath("sparse.cwb"), 1000, deleted);
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(ws.get());
    QCOMPARE(model.rowCount(), 898);
    QCOMPARE(cell(model, 3, 0), QStringLiteral("C4"));
    QCOMPARE(cell(model, 4, 0), QStringLiteral("C6"));
    // row 297: rowids 1..299 without 5 are rows 0..297, so row 297 = C299 and row 298 = C400
    QCOMPARE(cell(model, 297, 0), QStringLiteral("C299"));
    QCOMPARE(cell(model, 298, 0), QStringLiteral("C400"));
    QCOMPARE(cell(model, 897, 0), QStringLiteral("C999"));
    // walk backwards through every page (LRU eviction is not exercised with 4 pages; see 100k)
    QStringList expected;
    for (int id = 1; id <= 1000; ++id)
        if (!deleted.contains(id))
            expected << QStringLiteral("C%1").arg(id);
    for (int row = 897; row >= 0; --row)
        QCOMPARE(cell(model, row, 0), expected.at(row));
}

void TestItemModels::sortByColumn()
{
    auto ws = makeWorkspace(m_dir.filePath("sort.cwb"), 600);
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(ws.get());
    // fee = rowid * 0.5: descending starts at C600 (300) and ends at C1 (0.5)
    model.sort(2, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(cell(model, 0, 0), QStringLiteral("C600"));
    QCOMPARE(cell(model, 0, 2), QStringLiteral("300"));
    QCOMPARE(cell(model, 599, 0), QStringLiteral("C1"));
    // age = rowid % 50 ascending: 12 rows have age 0 (50, 100, ..., 600), in rowid order
    model.sort(3, Qt::AscendingOrder);
    QCOMPARE(cell(model, 0, 0), QStringLiteral("C50"));
    QCOMPARE(cell(model, 11, 0), QStringLiteral("C600"));
    QCOMPARE(cell(model, 12, 0), QStringLiteral("C1")); // first row with age 1
    // name: the 60 NULL names (every 10th rowid) come last in both directions
    model.sort(1, Qt::DescendingOrder);
    QCOMPARE(cell(model, 539, 1).isEmpty(), false);
    QCOMPARE(cell(model, 540, 1), QString());
    QCOMPARE(cell(model, 540, 0), QStringLiteral("C10"));
    // byte-wise descending: "客户99" > "客户9" > "客户89"...; the largest is 客户99
    QCOMPARE(cell(model, 0, 1), QStringLiteral("客户99"));
    model.sort(-1);
    QCOMPARE(cell(model, 0, 0), QStringLiteral("C1"));
}

void TestItemModels::filterContains()
{
    auto ws = makeWorkspace(m_dir.filePath("filter.cwb"), 600);
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(ws.get());
    // "55" in any text column (customer_id or name): ids containing "55": 55, 155, 255, 355,
    // 455, 550..559, 555 counted once -> 5 + 10 = 15 (555 is in both lists: 15 - 1 + 1... the
    // list 55,155,255,355,455,550,551,...,559 has 5 + 10 = 15 distinct ids)
    model.setFilter(QStringLiteral("55"));
    QCOMPARE(model.rowCount(), 15);
    QCOMPARE(model.totalRows(), 600);
    QCOMPARE(cell(model, 0, 0), QStringLiteral("C55"));
    QCOMPARE(cell(model, 14, 0), QStringLiteral("C559"));
    // ASCII case is ignored: "c1" matches C1, C10..C19, C100..C199 = 1 + 10 + 100 = 111
    model.setFilter(QStringLiteral("c1"), 0);
    QCOMPARE(model.rowCount(), 111);
    // one column: "客户" in name matches the 540 non-NULL names; in customer_id nothing
    model.setFilter(QStringLiteral("客户"), 1);
    QCOMPARE(model.rowCount(), 540);
    model.setFilter(QStringLiteral("客户"), 0);
    QCOMPARE(model.rowCount(), 0);
    // a numeric column matched as text: fee "0.5" contains "2.5" for 2.5, 12.5, ..., 292.5 ->
    // rowids 5, 25, 45, ..., 585: 30 rows
    model.setFilter(QStringLiteral("2.5"), 2);
    QCOMPARE(model.rowCount(), 30);
    // filter and sort together: descending fee among them starts at 292.5 (C585)
    model.sort(2, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(cell(model, 0, 0), QStringLiteral("C585"));
    model.setFilter(QString());
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(cell(model, 0, 0), QStringLiteral("C600")); // still sorted
}

void TestItemModels::filterIsBoundNotSql()
{
    auto ws = makeWorkspace(m_dir.filePath("inject.cwb"), 50);
    CustomerTableModel model;
    model.setWorkspace(ws.get());
    // LIKE wildcards and quotes are literal text: nothing contains them
    model.setFilter(QStringLiteral("%"));
    QCOMPARE(model.rowCount(), 0);
    model.setFilter(QStringLiteral("_"));
    QCOMPARE(model.rowCount(), 0);
    model.setFilter(QStringLiteral("' OR 1=1 --"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(ws->customerCount(), 50);
}

void TestItemModels::emptyAndClosedWorkspace()
{
    auto ws = Workspace::create(m_dir.filePath("empty.cwb"));
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(ws.get());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    model.setFilter(QStringLiteral("x"));
    model.sort(0);
    QCOMPARE(model.rowCount(), 0);
    model.setWorkspace(nullptr);
    QCOMPARE(model.rowCount(), 0);
    RejectsModel rejects;
    rejects.setWorkspace(ws.get());
    QCOMPARE(rejects.rowCount(), 0);
    QVERIFY(rejects.imports().isEmpty());
}

void TestItemModels::tsvOfSelection()
{
    auto ws = makeWorkspace(m_dir.filePath("tsv.cwb"), 20);
    CustomerTableModel model;
    model.setWorkspace(ws.get());
    // cells (1,0), (1,2), (2,0), (2,2): columns 0..2 with column 1 unselected
    const QModelIndexList cells{model.index(2, 2), model.index(1, 0), model.index(1, 2),
                                model.index(2, 0)};
    QCOMPARE(cellsToTsv(model, cells, true),
             QStringLiteral("客户编号\t姓名\t月费\nC2\t\t1\nC3\t\t1.5\n"));
    QCOMPARE(cellsToTsv(model, {model.index(9, 1)}, false), QStringLiteral("\n"));
    QCOMPARE(cellsToTsv(model, {}, true), QString());
}

void TestItemModels::rejectsModel()
{
    // Import a 2,000-row demo extract with a 5% defect rate: the rejects are the invalid rows.
    const QString csv = m_dir.filePath("rejects.csv");
    ExtractOptions options;
    options.rows = 2000;
    options.defectRate = 0.05;
    const ExtractDefects defects = writeExtract(csv, options);
    auto ws = Workspace::create(m_dir.filePath("rejects.cwb"));
    const ImportResult result = Importer::run(*ws, csv, ImportOptions{});
    // at least one reject per invalid row (a duplicate id can also reject its first occurrence)
    QVERIFY(result.rejected >= defects.invalidRows());
    QCOMPARE(Rejects::count(ws->db(), result.importId), result.rejected);

    RejectsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(ws.get());
    QCOMPARE(model.rowCount(), int(result.rejected));
    QCOMPARE(model.columnCount(), int(RejectsModel::ColumnCount));
    QCOMPARE(model.imports().size(), 1);
    QCOMPARE(model.imports().first().id, result.importId);
    QCOMPARE(model.imports().first().rejected, result.rejected);
    QCOMPARE(model.imports().first().fileName, QStringLiteral("rejects.csv"));
    // lines ascend, every row has a reason and raw text from the file
    qint64 previous = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 line = cell(model, row, RejectsModel::LineColumn).toLongLong();
        QVERIFY(line >= previous);
        previous = line;
        QVERIFY(!cell(model, row, RejectsModel::ReasonColumn).isEmpty());
        // the column is shown by its label (the name stays in the tooltip)
        const QString name =
            model.index(row, RejectsModel::ColumnNameColumn).data(Qt::ToolTipRole).toString();
        if (name == QLatin1String("customer_id"))
            QCOMPARE(cell(model, row, RejectsModel::ColumnNameColumn), QStringLiteral("客户ID"));
        QVERIFY(!cell(model, row, RejectsModel::RawColumn).isEmpty());
    }
    model.setImportFilter(result.importId + 1); // unknown import: nothing
    QCOMPARE(model.rowCount(), 0);
    model.setImportFilter(result.importId);
    QCOMPARE(model.rowCount(), int(result.rejected));
}

void TestItemModels::auditTexts()
{
    ColumnAudit column;
    column.type = ColumnType::Decimal;
    column.rows = 1000000;
    // 400 nulls of 10^6 = 0.04% -> rounds to 0.0% with one decimal -> "<0.1%"
    column.nulls = 400;
    column.nullRate = 400.0 / 1000000.0;
    QCOMPARE(AuditTableModel::nullShareText(column), QStringLiteral("<0.1%"));
    // 125,000 nulls = 12.5%
    column.nulls = 125000;
    column.nullRate = 0.125;
    QCOMPARE(AuditTableModel::nullShareText(column), QStringLiteral("12.5%"));
    column.nulls = 0;
    column.nullRate = 0;
    QCOMPARE(AuditTableModel::nullShareText(column), QStringLiteral("0%"));
    column.distinct = 1234567;
    column.distinctExact = false;
    QCOMPARE(AuditTableModel::distinctText(column), QStringLiteral("≈1,234,567"));
    column.quantilesExact = true;
    QCOMPARE(AuditTableModel::quantileText(column, 58.25), QStringLiteral("58.25"));
    QCOMPARE(AuditTableModel::quantileText(column, std::nullopt), QString());
    // an interpolated quartile with binary noise: 82.78999999999999 -> 827899.9999999999 -> 827900
    // -> 82.79; 6.9575000000000005 -> 6.9575
    QCOMPARE(AuditTableModel::quantileText(column, 82.78999999999999), QStringLiteral("82.79"));
    QCOMPARE(AuditTableModel::quantileText(column, 6.9575000000000005), QStringLiteral("6.9575"));
    column.quantilesExact = false;
    QCOMPARE(AuditTableModel::quantileText(column, 1.0 / 3.0), QStringLiteral("≈0.3333"));
    column.quantilesExact = true;
    column.outliers = 17;
    QCOMPARE(AuditTableModel::outliersText(column), QStringLiteral("17"));
    column.type = ColumnType::Text;
    QCOMPARE(AuditTableModel::outliersText(column), QStringLiteral("–"));

    AuditReport report;
    report.columns = {column, column};
    report.columns[1].label = QStringLiteral("月费");
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 1, AuditTableModel::NameColumn), QStringLiteral("月费"));
    QCOMPARE(cell(model, 0, AuditTableModel::DistinctColumn), QStringLiteral("≈1,234,567"));
    QVERIFY(model.columnAt(1) && !model.columnAt(2));
}

void TestItemModels::demoWorkspace100k()
{
    const QString csv = m_dir.filePath("demo100k.csv");
    ExtractOptions options;
    options.rows = 100000;
    writeExtract(csv, options);
    auto ws = Workspace::create(m_dir.filePath("demo100k.cwb"));
    const ImportResult result = Importer::run(*ws, csv, ImportOptions{});
    QVERIFY(result.imported > 99000);
    QCOMPARE(ws->customerCount(), result.imported);

    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QElapsedTimer timer;
    timer.start();
    model.setWorkspace(ws.get());
    QCOMPARE(model.rowCount(), int(result.imported));
    QVERIFY(!cell(model, 0, 0).isEmpty());
    qInfo() << "100k: first page in" << timer.elapsed() << "ms";
    QCOMPARE(model.pageFetches(), 1);

    // An independent full read of the table: the first column per rowid, in rowid order.
    const QString first = model.columns().first().name;
    QStringList firstColumn;
    {
        Database db(ws->path(), Database::Mode::ReadOnly);
        Statement all(db, QStringLiteral("SELECT %1 FROM customers ORDER BY rowid")
                              .arg(Database::quoteIdentifier(first))
                              .toStdString());
        while (all.step())
            firstColumn << all.text(0);
    }
    QCOMPARE(firstColumn.size(), model.rowCount());
    const int last = model.rowCount() - 1;
    QCOMPARE(cell(model, last, 0), firstColumn.last());
    QCOMPARE(cell(model, 0, 0), firstColumn.first());
    // scroll end to end: every row of the first column, the cache stays bounded
    for (int row = 0; row <= last; ++row)
        QCOMPARE(cell(model, row, 0), firstColumn.at(row));
    QVERIFY(model.cachedPages() <= RowPager::kMaxPages);

    // sort by the first decimal column: non-decreasing, NULLs last
    int decimal = -1;
    for (int c = 0; c < model.columns().size() && decimal < 0; ++c)
        if (model.columns().at(c).type == ColumnType::Decimal)
            decimal = c;
    QVERIFY(decimal >= 0);
    timer.restart();
    model.sort(decimal, Qt::AscendingOrder);
    qInfo() << "100k: sort in" << timer.elapsed() << "ms";
    double previous = -1e300;
    bool sawNull = false;
    for (int row = 0; row <= last; row += 97) {
        const QVariant raw = model.index(row, decimal).data(CustomerTableModel::RawValueRole);
        if (!raw.isValid()) {
            sawNull = true;
            continue;
        }
        QVERIFY2(!sawNull, "a value after an empty cell");
        QVERIFY(raw.toDouble() >= previous);
        previous = raw.toDouble();
    }

    // filter: the count equals a count made in C++ over the full read ("7" in the first column
    // only, compared without SQL)
    model.setFilter(QStringLiteral("7"), 0);
    const auto expected =
        std::count_if(firstColumn.cbegin(), firstColumn.cend(),
                      [](const QString &v) { return v.contains(QLatin1Char('7')); });
    QVERIFY(expected > 0);
    QCOMPARE(model.rowCount(), int(expected));
    for (int row = 0; row < model.rowCount(); row += 101)
        QVERIFY(cell(model, row, 0).contains(QLatin1Char('7')));
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
