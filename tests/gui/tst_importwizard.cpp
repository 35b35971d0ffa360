// SPDX-License-Identifier: GPL-3.0-or-later
// Widget tests of the import wizard (widgets/importwizard), offscreen: a whole import through
// the pages on a small file, a cancel in the middle of a large import that must leave the
// workspace as it was, and the progress figures the run page shows.
#include "core/jobcontrol.h"
#include "demo/extractgenerator.h"
#include "import/importlog.h"
#include "importwizard/importwizard.h"
#include "importwizard/progressfigures.h"
#include "importwizard/runpage.h"
#include "workspace/database.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace cwb;

namespace {

QString testData(const QString &relative)
{
    return QDir(qEnvironmentVariable("CWB_TEST_DATA")).filePath(relative);
}

QStringList customerIds(Workspace &workspace)
{
    QStringList ids;
    Statement query(workspace.db(), "SELECT customer_id FROM customers ORDER BY customer_id");
    while (query.step())
        ids << query.text(0);
    return ids;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void progressFigures()
    {
        // 25 MB of 100 MB read in 5 s: a quarter done, 25 / 5 = 5 MB/s, and the remaining
        // 75 MB at that speed take 75 / 5 = 15 s.
        Progress progress;
        progress.bytesDone = 25'000'000;
        progress.bytesTotal = 100'000'000;
        progress.secondsElapsed = 5.0;
        const ProgressFigures figures = ProgressFigures::from(progress);
        QCOMPARE(figures.fraction, 0.25);
        QCOMPARE(figures.megabytesPerSecond, 5.0);
        QVERIFY(figures.secondsLeft.has_value());
        QCOMPARE(*figures.secondsLeft, 15.0);

        // Nothing read yet: no speed and no estimate rather than a division by zero.
        const ProgressFigures start = ProgressFigures::from(Progress{0, 100, 0, 0.0});
        QCOMPARE(start.fraction, 0.0);
        QCOMPARE(start.megabytesPerSecond, 0.0);
        QVERIFY(!start.secondsLeft.has_value());
    }

    void endToEnd()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        ImportWizard wizard(workspace.get());
        QSignalSpy rejectsRequested(&wizard, &ImportWizard::rejectsRequested);
        wizard.show();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no file yet

        // duplicates.csv: ids D1 D2 D1 D3 D1; policy "reject" sets aside all three D1 rows:
        // 5 read, 2 imported (D2, D3), 3 rejected.
        wizard.setSourceFile(testData(QStringLiteral("import_duplicates_reject/duplicates.csv")));
        QVERIFY(wizard.isOpened());
        QCOMPARE(wizard.previewRows().size(), 5);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));

        auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("mappingTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        auto *idField = qobject_cast<QComboBox *>(table->cellWidget(0, 3));
        QVERIFY(idField);
        QCOMPARE(idField->currentData().toString(), QStringLiteral("customer_id"));
        // 3 of 5 rows rejected is 60 %: above the default limit of 10 %; allow 90 %.
        auto *limit = wizard.currentPage()->findChild<QDoubleSpinBox *>();
        QVERIFY(limit);
        limit->setValue(90.0);
        QCOMPARE(wizard.options().maxRejectRatio, 0.9);

        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), 20000);
        auto label = [&](const char *name) {
            auto *l = wizard.currentPage()->findChild<QLabel *>(QLatin1String(name));
            return l ? l->text() : QStringLiteral("(missing)");
        };
        QCOMPARE(label("rowsRead"), QStringLiteral("5"));
        QCOMPARE(label("imported"), QStringLiteral("2"));
        QCOMPARE(label("rejected"), QStringLiteral("3"));
        QCOMPARE(workspace->customerCount(), 2);
        QCOMPARE(customerIds(*workspace),
                 (QStringList{QStringLiteral("D2"), QStringLiteral("D3")}));

        auto *showRejects = wizard.findChild<QPushButton *>(QStringLiteral("showRejects"));
        QVERIFY(showRejects && showRejects->isEnabled());
        showRejects->click();
        QCOMPARE(rejectsRequested.count(), 1);
    }

    void rejectReasonsInTheInterfaceLanguage()
    {
        // An import from the Chinese interface records its reject reasons in Chinese (cwb, with
        // no translation installed, records them in English: tests/import).
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/translations/campaign-workbench_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        ImportOptions options;
        options.maxRejectRatio = 0.5;
        Importer::run(*workspace, testData(QStringLiteral("import_phones/phones.csv")), options);
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(workspace->db().scalar("SELECT reason FROM rejects WHERE line = 4").toString(),
                 QStringLiteral("第一联系电话：“12345”不是中国手机号（11 位，1[3-9]…）或固定电话，"
                                "如 0571-88888888"));
    }

    void cancelMidImport()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        ImportOptions first;
        first.maxRejectRatio = 0.9;
        Importer::run(*workspace,
                      testData(QStringLiteral("import_duplicates_reject/duplicates.csv")), first);
        const qint64 versionBefore = workspace->dataVersion();
        QCOMPARE(customerIds(*workspace),
                 (QStringList{QStringLiteral("D2"), QStringLiteral("D3")}));

        // A large extract, so the import is still running when Cancel is pressed.
        const QString big = dir.filePath(QStringLiteral("big.csv"));
        ExtractOptions extract;
        extract.rows = 400000;
        writeExtract(big, extract);

        ImportWizard wizard(workspace.get());
        wizard.show();
        wizard.setSourceFile(big);
        wizard.next();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
        auto *run = qobject_cast<RunPage *>(wizard.currentPage());
        QVERIFY(run);
        QVERIFY(run->isRunning());
        QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());

        auto *bar = run->findChild<QProgressBar *>(QStringLiteral("progress"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 20000); // rows are being written
        QVERIFY2(run->state() == RunPage::State::Running, "the import ended before the cancel");
        run->findChild<QPushButton *>(QStringLiteral("cancelImport"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), RunPage::State::Cancelled, 30000);

        QVERIFY(!wizard.imported());
        QVERIFY(wizard.button(QWizard::BackButton)->isVisible());
        QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
        // As it was: same customers, one import in the log, data version not raised.
        QCOMPARE(customerIds(*workspace),
                 (QStringList{QStringLiteral("D2"), QStringLiteral("D3")}));
        QCOMPARE(ImportLog::count(workspace->db()), 1);
        QCOMPARE(workspace->dataVersion(), versionBefore);
        QCOMPARE(ImportLog::latest(workspace->db())->fileName, QStringLiteral("duplicates.csv"));

        // Back to the mapping works after a cancel.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
