// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the Lists & Scripts view on the ten hand-made customers and their split campaign
// (tests/export/tenfixture.h): the empty state and the split campaign listed, the preview
// against buildCallLists, the export's files and contact history and the warning before a
// second export, the script editor's formatting through the file format, an invalid field,
// and the print preview's pages.
#include "core/error.h"
#include "export/calllist.h"
#include "export/callscript.h"
#include "export/tenfixture.h"
#include "lists/listsscriptsview.h"
#include "lists/liststaskrunner.h"
#include "shell/planningstep.h"
#include "shell/workbenchshell.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QUndoStack>

using namespace cwb;
using namespace cwb::exporting;

namespace {

const QString kCampaign = QStringLiteral("宽带提速");

// Waits for the view's build or export job to be delivered.
bool waitFor(QSignalSpy &spy)
{
    return spy.count() > 0 || spy.wait(60000);
}

// The bold fragments' texts of a document.
QStringList boldTexts(const QTextDocument *document)
{
    QStringList out;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().fontWeight() >= QFont::Bold)
                out << it.fragment().text();
    return out;
}

} // namespace

class TestListsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Choices are remembered in QSettings: keep the test's own.
        QCoreApplication::setOrganizationName(QStringLiteral("cwb-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_listsview"));
        QSettings().clear();
    }

    void listsTheSplitCampaign()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        ListsScriptsView view;
        view.setWorkspace(workspace.get());
        // No split campaign yet: the empty state, nothing to choose.
        QCOMPARE(view.listsPages()->currentIndex(), 0);
        QCOMPARE(view.campaignCombo()->count(), 0);
        QCOMPARE(view.buildPreview(), 0);
        test::splitCampaign(*workspace);
        view.refresh();
        QCOMPARE(view.listsPages()->currentIndex(), 1);
        QCOMPARE(view.campaignCombo()->count(), 1);
        QCOMPARE(view.currentCampaign(), kCampaign);
        // "All waves" and the campaign's one wave, which is chosen.
        QCOMPARE(view.waveCombo()->count(), 2);
        QCOMPARE(view.listOptions().wave, 1);
        // The columns: the default template's columns the extract has, checked, in order.
        QStringList checked;
        for (int i = 0; i < view.columnsList()->count(); ++i)
            if (view.columnsList()->item(i)->checkState() == Qt::Checked)
                checked << view.columnsList()->item(i)->data(Qt::UserRole).toString();
        QCOMPARE(view.listOptions().columns, checked);
        QVERIFY(checked.contains(QStringLiteral("customer_id")));
        QVERIFY(checked.contains(QStringLiteral("features")));
        QVERIFY(!checked.contains(QStringLiteral("contact2"))); // not in the extract
    }

    void previewMatchesTheEngine()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        test::splitCampaign(*workspace);
        ListsScriptsView view;
        view.setWorkspace(workspace.get());
        view.agentsSpin()->setValue(3);
        view.agentModeCombo()->setCurrentIndex(1); // balanced
        // A reordered template: the name first, contract_end unchecked.
        QListWidget *columns = view.columnsList();
        for (int i = 0; i < columns->count(); ++i)
            if (columns->item(i)->data(Qt::UserRole).toString() == QLatin1String("name"))
                columns->insertItem(0, columns->takeItem(i));
        for (int i = 0; i < columns->count(); ++i)
            if (columns->item(i)->data(Qt::UserRole).toString() == QLatin1String("contract_end"))
                columns->item(i)->setCheckState(Qt::Unchecked);
        const CallListOptions options = view.listOptions();
        QCOMPARE(options.columns.first(), QStringLiteral("name"));
        QVERIFY(!options.columns.contains(QStringLiteral("contract_end")));
        QCOMPARE(options.agents, 3);
        QCOMPARE(options.agentMode, AgentMode::Balanced);

        QSignalSpy shown(&view, &ListsScriptsView::previewShown);
        QVERIFY(view.buildPreview() > 0);
        QVERIFY(waitFor(shown));
        QVERIFY2(view.callLists(), qPrintable(view.statusText()));
        const CallListSet expected = buildCallLists(*workspace, kCampaign, options);
        // 8 targets over 3 agents, balanced: 3, 3, 2 rows.
        QCOMPARE(view.partsList()->count(), 3);
        QVERIFY2(view.partsList()->item(0)->text().endsWith(QStringLiteral(": 3 rows")),
                 qPrintable(view.partsList()->item(0)->text()));
        QVERIFY(view.partsList()->item(2)->text().endsWith(QStringLiteral(": 2 rows")));
        QCOMPARE(view.previewTable()->columnCount(), int(expected.headers.size()));
        view.partsList()->setCurrentRow(2);
        const CallListPart &part = expected.parts.at(2);
        QCOMPARE(view.previewTable()->rowCount(), int(part.rows.size()));
        for (int r = 0; r < int(part.rows.size()); ++r)
            for (int c = 0; c < int(expected.headers.size()); ++c)
                QCOMPARE(view.previewTable()->item(r, c)->text(), part.rows.at(size_t(r)).at(c));
        QCOMPARE(view.previewTable()->horizontalHeaderItem(0)->text(), expected.headers.at(0));
        // The workspace has no offer catalog: the status says why the savings stay empty.
        QCOMPARE(expected.notes.size(), 1);
        QVERIFY2(view.statusText().contains(expected.notes.first()), qPrintable(view.statusText()));

        // The choices are remembered: a new view starts with this template and these agents;
        // Default columns brings back the default template.
        ListsScriptsView again;
        again.setWorkspace(workspace.get());
        QCOMPARE(again.listOptions().columns, options.columns);
        QCOMPARE(again.listOptions().agents, 3);
        QCOMPARE(again.listOptions().agentMode, AgentMode::Balanced);
        QVERIFY(QTest::qWaitFor([&] { return !view.runner()->isRunning(); }));
        auto *reset = again.findChild<QPushButton *>();
        for (QPushButton *button : again.findChildren<QPushButton *>())
            if (button->text().remove(QLatin1Char('&')) == QLatin1String("Default columns"))
                reset = button;
        reset->click();
        QCOMPARE(again.listOptions().columns.first(), QStringLiteral("customer_id"));
        QVERIFY(again.listOptions().columns.contains(QStringLiteral("contract_end")));
    }

    void exportWritesFilesAndHistoryAndWarnsTheSecondTime()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        test::splitCampaign(*workspace);
        ListsScriptsView view;
        view.setWorkspace(workspace.get());
        view.agentsSpin()->setValue(2);
        view.formatCombo()->setCurrentIndex(1); // xlsx
        QCOMPARE(view.reexportWarning(), QString());
        const QString out = dir.filePath(QStringLiteral("lists"));
        QSignalSpy finished(&view, &ListsScriptsView::exportFinished);
        QVERIFY(view.startExport(out) > 0);
        QVERIFY(waitFor(finished));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(view.statusText()));
        // 2 agents: 2 files; 8 targets + 2 controls in the contact history.
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.xlsx")}).size(), 2);
        QCOMPARE(workspace->db().scalar("SELECT count(*) FROM contact_history").toLongLong(),
                 qint64(10));
        QVERIFY2(view.statusText().contains(QStringLiteral("10 contact history rows")),
                 qPrintable(view.statusText()));
        for (const QString &file : QDir(out).entryList({QStringLiteral("*.xlsx")}))
            QVERIFY(view.statusText().contains(file));
        // Now the wave has history: the warning names its 8 contacts.
        const QString warning = view.reexportWarning();
        QVERIFY2(warning.contains(QStringLiteral("Wave 1 of 宽带提速 already has 8 contacts")),
                 qPrintable(warning));
        QVERIFY(warning.contains(QStringLiteral("2026-12-01")));
    }

    // Phone numbers are masked unless "Full phone numbers" is checked for this export; the
    // choice is not remembered and is recorded with the export.
    void fullPhoneNumbersAreAnExplicitChoice()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        test::splitCampaign(*workspace);
        {
            ListsScriptsView view;
            view.setWorkspace(workspace.get());
            QVERIFY(!view.fullPhonesCheck()->isChecked());
            QVERIFY(view.listOptions().maskPhones);
            view.fullPhonesCheck()->setChecked(true);
            QVERIFY(!view.listOptions().maskPhones);
            QSignalSpy finished(&view, &ListsScriptsView::exportFinished);
            QVERIFY(view.startExport(dir.filePath(QStringLiteral("full"))) > 0);
            QVERIFY(waitFor(finished));
            QVERIFY2(finished.first().at(1).toBool(), qPrintable(view.statusText()));
            QVERIFY2(view.statusText().contains(QStringLiteral("Phone numbers in full.")),
                     qPrintable(view.statusText()));
        }
        QCOMPARE(workspace->db().scalar("SELECT full_phones FROM list_exports").toLongLong(),
                 qint64(1));
        ListsScriptsView again; // a new view starts masked again
        again.setWorkspace(workspace.get());
        QVERIFY(!again.fullPhonesCheck()->isChecked());
        QSignalSpy built(&again, &ListsScriptsView::previewShown);
        QVERIFY(again.buildPreview() > 0);
        QVERIFY(waitFor(built));
        const QTableWidget *preview = again.previewTable();
        int phone = -1;
        for (int c = 0; c < preview->columnCount(); ++c)
            if (preview->horizontalHeaderItem(c)->text() == QStringLiteral("第一联系电话"))
                phone = c;
        QVERIFY(phone >= 0 && preview->rowCount() > 0);
        for (int r = 0; r < preview->rowCount(); ++r)
            QVERIFY2(preview->item(r, phone)->text().contains(QStringLiteral("****")),
                     qPrintable(preview->item(r, phone)->text()));
    }

    void editorFormattingRoundTripsThroughTheFile()
    {
        QTemporaryDir dir;
        ListsScriptsView view;
        view.resetScript(Language::English);
        QVERIFY2(view.scriptError().isEmpty(), qPrintable(view.scriptError()));
        QTextEdit *opening = view.sectionEditor(ListsScriptsView::OpeningEditor);
        opening->clear();
        opening->setFocus();
        QTest::keyClicks(opening, QStringLiteral("Hello "));
        view.boldAction()->trigger(); // bold on: the next typing is bold
        QTest::keyClicks(opening, QStringLiteral("dear"));
        view.boldAction()->trigger();
        QTest::keyClicks(opening, QStringLiteral(" friend"));
        QTest::keyClick(opening, Qt::Key_Return);
        QTest::keyClicks(opening, QStringLiteral("first point"));
        view.bulletAction()->trigger();
        QVERIFY(view.bulletAction()->isChecked());
        QTest::keyClick(opening, Qt::Key_Return);
        QTest::keyClicks(opening, QStringLiteral("second point"));
        // Italic on a selection.
        QTextCursor cursor(opening->document());
        cursor.movePosition(QTextCursor::End);
        cursor.movePosition(QTextCursor::StartOfWord, QTextCursor::KeepAnchor);
        opening->setTextCursor(cursor);
        view.italicAction()->trigger();
        QCOMPARE(view.script().opening,
                 QStringLiteral("Hello **dear** friend\n\n- first point\n- second *point*"));

        const QString path = dir.filePath(QStringLiteral("script.txt"));
        QCOMPARE(view.saveScript(path), QString());
        ListsScriptsView other;
        QCOMPARE(other.openScript(path), QString());
        const QTextDocument *back =
            other.sectionEditor(ListsScriptsView::OpeningEditor)->document();
        QCOMPARE(back->toPlainText(), opening->toPlainText());
        QCOMPARE(boldTexts(back), QStringList{QStringLiteral("dear")});
        const QTextBlock last = back->lastBlock();
        QVERIFY(last.textList());
        QCOMPARE(last.textList()->count(), 2);
        QCOMPARE(last.textList()->format().style(), QTextListFormat::ListDisc);
        QCOMPARE(other.script().opening, view.script().opening);
        QCOMPARE(other.script().objections.size(), 3);
        QCOMPARE(other.objectionsTable()->rowCount(), 3);
        QCOMPARE(other.titleEdit()->text(), view.titleEdit()->text());

        // Bold that starts with punctuation right after a Chinese character cannot be stored
        // (Markdown would read its ** as text): the editor says so instead of saving it wrong.
        QTextEdit *offer = view.sectionEditor(ListsScriptsView::OfferEditor);
        offer->clear();
        QTextCursor c(offer->document());
        c.insertText(QStringLiteral("推荐"));
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        c.insertText(QStringLiteral("【{package}】"), bold);
        c.insertText(QStringLiteral("套餐"), QTextCharFormat());
        QVERIFY2(view.scriptError().contains(QStringLiteral("cannot be stored")),
                 qPrintable(view.scriptError()));
        QVERIFY(!view.saveScript(path).isEmpty());
        // Bold from the character before: fine.
        offer->clear();
        c = QTextCursor(offer->document());
        c.insertText(QStringLiteral("推"));
        c.insertText(QStringLiteral("荐【{package}】套"), bold);
        c.insertText(QStringLiteral("餐"), QTextCharFormat());
        QCOMPARE(view.scriptError(), QString());
        QCOMPARE(view.script().offer, QStringLiteral("推**荐【{package}】套**餐"));
    }

    void invalidFieldIsShownBeforePrinting()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        test::splitCampaign(*workspace);
        ListsScriptsView view;
        view.setWorkspace(workspace.get());
        view.agentsSpin()->setValue(1);
        view.resetScript(Language::Chinese);
        QTextEdit *offer = view.sectionEditor(ListsScriptsView::OfferEditor);
        offer->moveCursor(QTextCursor::End);
        offer->insertPlainText(QStringLiteral(" {pakage}"));
        QVERIFY2(view.scriptErrorLabel()->text().contains(
                     QStringLiteral("unknown merge field {pakage}")),
                 qPrintable(view.scriptErrorLabel()->text()));
        QVERIFY(view.scriptError().startsWith(QStringLiteral("offer, line ")));
        const QString pdf = dir.filePath(QStringLiteral("s.pdf"));
        QVERIFY(view.savePdf(pdf).contains(QStringLiteral("{pakage}")));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!view.saveScript(dir.filePath(QStringLiteral("s.txt"))).isEmpty());
        // A bad objection in the table is named too.
        view.resetScript(Language::Chinese);
        view.objectionsTable()->item(1, 1)->setText(QStringLiteral("{oops"));
        QVERIFY2(view.scriptError().startsWith(QStringLiteral("objection 2, answer line 1")),
                 qPrintable(view.scriptError()));
        // Fixed: the PDF is written, script and sheets.
        view.resetScript(Language::Chinese);
        QCOMPARE(view.savePdf(pdf), QString());
        QVERIFY(QFile::exists(pdf));
        QCOMPARE(view.lastPrint().sheets, 1);
        QCOMPARE(view.lastPrint().customers, qint64(8));
    }

    void printPreviewPaintsThePages()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        test::splitCampaign(*workspace);
        ListsScriptsView view;
        view.setWorkspace(workspace.get());
        view.agentsSpin()->setValue(2);
        view.resetScript(Language::English);
        QPrinter printer(QPrinter::HighResolution);
        printer.setResolution(150);
        QPrintPreviewWidget preview(&printer);
        connect(&preview, &QPrintPreviewWidget::paintRequested, &view,
                &ListsScriptsView::paintPreview);
        preview.updatePreview();
        // One cell: the script once; 2 agents: 2 call sheets (8 rows fit a page each).
        QCOMPARE(view.lastPrint().sheets, 2);
        QVERIFY(view.lastPrint().scriptPages >= 1);
        QCOMPARE(view.lastPrint().sheetPages, 2);
        QCOMPARE(preview.pageCount(), view.lastPrint().scriptPages + view.lastPrint().sheetPages);
        // The same painting into a PDF gives the same pages.
        const QString pdf = dir.filePath(QStringLiteral("same.pdf"));
        QCOMPARE(view.savePdf(pdf), QString());
        QCOMPARE(view.lastPrint().scriptPages + view.lastPrint().sheetPages, preview.pageCount());
    }

    void shellHostsTheStep()
    {
        QUndoStack undo;
        WorkbenchShell shell(&undo);
        QVERIFY(shell.listsView());
        QVERIFY(PlanningSteps::info(PlanningStep::ListsScripts).available);
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        test::splitCampaign(*workspace);
        shell.setWorkspace(workspace.get());
        QCOMPARE(shell.listsView()->currentCampaign(), kCampaign);
        shell.setWorkspace(nullptr);
        QCOMPARE(shell.listsView()->campaignCombo()->count(), 0);
    }
};

QTEST_MAIN(TestListsView)
#include "tst_listsview.moc"
