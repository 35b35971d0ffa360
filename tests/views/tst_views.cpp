// SPDX-License-Identifier: GPL-3.0-or-later
// The data browser, rejects and audit views, offscreen, on a demo import. Set CWB_VIEW_SHOTS to a
// folder to also save what each view looks like (PNG) and the audit PDF there.
#include "audit/auditview.h"
#include "core/error.h"
#include "databrowser/databrowserview.h"
#include "demo/extractgenerator.h"
#include "import/importer.h"
#include "itemmodels/audittablemodel.h"
#include "itemmodels/customertablemodel.h"
#include "itemmodels/rejectsmodel.h"
#include "rejects/rejectsview.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <qcustomplot.h>

using namespace cwb;

class TestViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void browserShowsFiltersSortsCopies();
    void browserWithoutData();
    void rejectsListsAndExports();
    void auditTableChartsAndPdf();

private:
    void shot(QWidget *widget, const QString &name);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    ImportResult m_import;
};

void TestViews::shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CWB_VIEW_SHOTS");
    if (dir.isEmpty())
        return;
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestViews::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString csv = m_dir.filePath("客户宽表.csv");
    ExtractOptions options;
    options.rows = 3000;
    options.defectRate = 0.02;
    writeExtract(csv, options);
    m_workspace = Workspace::create(m_dir.filePath("pilot.cwb"));
    m_import = Importer::run(*m_workspace, csv, ImportOptions{});
    QVERIFY(m_import.rejected > 0);
}

void TestViews::browserShowsFiltersSortsCopies()
{
    DataBrowserView view;
    view.resize(1100, 600);
    view.setWorkspace(m_workspace.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *status = view.findChild<QLabel *>("status");
    auto *filter = view.findChild<QLineEdit *>("filter");
    QVERIFY(status && filter);
    QCOMPARE(view.model()->rowCount(), int(m_import.imported));
    QVERIFY(status->text().contains(QLocale().toString(m_import.imported)));
    QVERIFY(view.table()->isVisible());
    shot(&view, "browser");

    // The filter applies after the debounce: customer ids containing "00001"
    QTest::keyClicks(filter, QStringLiteral("00001"));
    QCOMPARE(view.model()->filterText(), QString()); // not yet
    QTRY_COMPARE(view.model()->filterText(), QStringLiteral("00001"));
    const int matches = view.model()->rowCount();
    QVERIFY(matches > 0 && matches < m_import.imported);
    QVERIFY(status->text().contains(QLocale().toString(qint64(matches))));
    for (int row = 0; row < matches; ++row) {
        bool any = false;
        for (int c = 0; c < view.model()->columnCount() && !any; ++c)
            any = view.model()->index(row, c).data().toString().contains(QStringLiteral("00001"));
        QVERIFY(any);
    }
    shot(&view, "browser-filtered");
    filter->clear();
    QTRY_COMPARE(view.model()->rowCount(), int(m_import.imported));

    // Sorting by a header: the model follows the header's indicator
    view.table()->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(view.model()->sortColumn(), 0);
    const QString first = view.model()->index(0, 0).data().toString();
    const QString second = view.model()->index(1, 0).data().toString();
    QVERIFY(first >= second);

    // Ctrl+C copies the selected block with its headers, tab-separated
    view.table()->setFocus();
    view.table()->selectionModel()->select(
        QItemSelection(view.model()->index(0, 0), view.model()->index(2, 1)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view.table(), Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 5); // header, 3 rows, the empty string after the last newline
    QCOMPARE(lines.at(0), view.model()->headerData(0, Qt::Horizontal).toString() +
                              QLatin1Char('\t') +
                              view.model()->headerData(1, Qt::Horizontal).toString());
    QCOMPARE(lines.at(1).section(QLatin1Char('\t'), 0, 0), first);
    QCOMPARE(lines.at(2).section(QLatin1Char('\t'), 0, 0), second);

    // Keyboard: End/Ctrl+End moves to the last row
    view.table()->setCurrentIndex(view.model()->index(0, 0));
    QTest::keyClick(view.table(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view.table()->currentIndex().row(), view.model()->rowCount() - 1);

    // A selection of every cell is refused, not copied
    view.table()->selectAll();
    if (qint64(view.model()->rowCount()) * view.model()->columnCount() >
        DataBrowserView::kMaxCopyCells)
        QCOMPARE(view.copySelection(), 0);

    view.setWorkspace(nullptr);
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(view.findChild<QLabel *>("emptyNote")->isVisible());
}

void TestViews::browserWithoutData()
{
    auto empty = Workspace::create(m_dir.filePath("empty.cwb"));
    DataBrowserView view;
    view.resize(800, 400);
    view.setWorkspace(empty.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *note = view.findChild<QLabel *>("emptyNote");
    QVERIFY(note->isVisible());
    QVERIFY(!note->text().isEmpty());
    QVERIFY(!view.findChild<QLineEdit *>("filter")->isEnabled());
    shot(&view, "browser-empty");
    view.setWorkspace(nullptr);
}

void TestViews::rejectsListsAndExports()
{
    RejectsView view;
    view.resize(1100, 500);
    view.setWorkspace(m_workspace.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.model()->rowCount(), int(m_import.rejected));
    auto *imports = view.findChild<QComboBox *>("imports");
    QCOMPARE(imports->count(), 2); // all imports + the one import
    imports->setCurrentIndex(1);
    QCOMPARE(view.model()->importFilter(), m_import.importId);
    QCOMPARE(view.model()->rowCount(), int(m_import.rejected));

    auto *table = view.findChild<QTableView *>("rejects");
    table->setCurrentIndex(view.model()->index(0, 0));
    auto *detail = view.findChild<QPlainTextEdit *>("detail");
    const QString raw = view.model()->index(0, RejectsModel::RawColumn).data().toString();
    QVERIFY(!raw.isEmpty());
    QVERIFY(detail->toPlainText().contains(raw));
    shot(&view, "rejects");

    const QString path = m_dir.filePath("rejects.csv");
    QCOMPARE(view.exportTo(path), m_import.rejected);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "file,line,column,reason,raw"));
    QVERIFY(bytes.contains(
        view.model()->index(0, RejectsModel::ReasonColumn).data().toString().toUtf8()));
    view.setWorkspace(nullptr);
    QCOMPARE(view.model()->rowCount(), 0);
}

void TestViews::auditTableChartsAndPdf()
{
    AuditView view;
    view.resize(1100, 750);
    view.setWorkspace(m_workspace.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const AuditReport &report = view.model()->report();
    QCOMPARE(report.importId, m_import.importId);
    QCOMPARE(view.model()->rowCount(), int(report.columns.size()));
    QVERIFY(view.findChild<QLabel *>("header")->text().contains(QStringLiteral("客户宽表.csv")));
    // it opens on a column with a chart (the unique customer id has none)
    QCOMPARE(view.chart()->plottableCount(), 1);

    int decimal = -1, text = -1, unique = -1;
    for (int i = 0; i < report.columns.size(); ++i) {
        const ColumnAudit &c = report.columns.at(i);
        if (decimal < 0 && c.type == ColumnType::Decimal && !c.histogramCounts.isEmpty())
            decimal = i;
        if (text < 0 && c.type == ColumnType::Text && !c.topValues.isEmpty() &&
            c.topValues.first().second > 1)
            text = i;
        if (unique < 0 && !c.topValues.isEmpty() && c.topValues.first().second == 1)
            unique = i;
    }
    QVERIFY(decimal >= 0 && text >= 0);
    // the chart holds the engine's bins / top values, one bar each
    view.selectColumn(decimal);
    QCOMPARE(view.chart()->plottableCount(), 1);
    auto *bars = qobject_cast<QCPBars *>(view.chart()->plottable(0));
    QVERIFY(bars);
    QCOMPARE(bars->data()->size(), report.columns.at(decimal).histogramCounts.size());
    double sum = 0;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        sum += it->value;
    qint64 expected = 0;
    for (qint64 count : report.columns.at(decimal).histogramCounts)
        expected += count;
    QCOMPARE(qint64(sum), expected);
    shot(&view, "audit-histogram");
    view.selectColumn(text);
    bars = qobject_cast<QCPBars *>(view.chart()->plottable(0));
    QVERIFY(bars);
    QCOMPARE(bars->data()->size(), report.columns.at(text).topValues.size());
    shot(&view, "audit-topvalues");
    // every value once (the customer id): a note instead of ten bars of 1
    QVERIFY(unique >= 0);
    view.selectColumn(unique);
    QCOMPARE(view.chart()->plottableCount(), 0);
    shot(&view, "audit-unique");

    const QString dir = qEnvironmentVariable("CWB_VIEW_SHOTS");
    const QString pdf =
        dir.isEmpty() ? m_dir.filePath("audit.pdf") : QDir(dir).filePath("audit.pdf");
    view.exportPdf(pdf);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    QVERIFY(file.size() > 10000);
    // an unwritable path is an error, not a silent nothing
    QVERIFY_THROWS_EXCEPTION(Error, view.exportPdf(m_dir.filePath("no/such/dir/audit.pdf")));
}

QTEST_MAIN(TestViews)
#include "tst_views.moc"
