// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the Segments step's rule builder (offscreen): typing a rule updates the count off the
// GUI thread, a bad rule shows the positioned error and the underline, completion offers the
// Chinese labels, stale results are dropped, the sample shows the first customers.
#include "segment/rulecompiler.h"
#include "segment/rulecountrunner.h"
#include "segment/ruleeditor.h"
#include "segment/rulehighlighter.h"
#include "segment/ruleparser.h"
#include "segment/rulesamplemodel.h"
#include "segment/segmentview.h"
#include "shell/workbenchshell.h"
#include "workspace/workspace.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTranslator>
#include <QUndoStack>

using namespace cwb;

namespace {

// Five customers:
//  id  city  arpu_m1 ld_fee_m1 (长途费_M1)  tenure (在网时长)
//  k1  北京  100     60                     24
//  k2  上海  50      10                     3
//  k3  北京  NULL    0                      12
//  k4  广州  200     150                    60
//  k5  深圳  80      20                     1
void fillWorkspace(Workspace &workspace)
{
    Database &db = workspace.db();
    db.exec("CREATE TABLE customers(customer_id TEXT NOT NULL, city TEXT, arpu_m1 REAL, "
            "ld_fee_m1 REAL, tenure INTEGER, _import_id INTEGER, _line INTEGER)");
    db.exec("INSERT INTO customer_columns(position, name, label, source_header, type, canonical) "
            "VALUES (0, 'customer_id', '客户编号', '客户编号', 'text', 0),"
            "(1, 'city', '城市', '城市', 'text', 0),"
            "(2, 'arpu_m1', 'ARPU_M1', 'ARPU_M1', 'decimal', 0),"
            "(3, 'ld_fee_m1', '长途费_M1', '长途费_M1', 'decimal', 0),"
            "(4, 'tenure', '在网时长', '在网时长', 'integer', 0)");
    db.exec("INSERT INTO customers VALUES ('k1', '北京', 100, 60, 24, 1, 2),"
            "('k2', '上海', 50, 10, 3, 1, 3), ('k3', '北京', NULL, 0, 12, 1, 4),"
            "('k4', '广州', 200, 150, 60, 1, 5), ('k5', '深圳', 80, 20, 1, 1, 6)");
}

// Types text as a user would: ASCII as key presses, Chinese as an input method commits it.
void typeText(RuleEditor *editor, const QString &text)
{
    QString pending;
    const auto commit = [&] {
        if (pending.isEmpty())
            return;
        QInputMethodEvent event;
        event.setCommitString(pending);
        QCoreApplication::sendEvent(editor, &event);
        pending.clear();
    };
    for (QChar c : text) {
        if (c.unicode() < 128) {
            commit();
            QTest::keyClick(editor, char(c.unicode()));
        } else {
            pending += c;
        }
    }
    commit();
}

void typeRule(RuleEditor *editor, const QString &text)
{
    editor->setFocus();
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    typeText(editor, text);
}

} // namespace

class TestSegmentView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = Workspace::create(m_dir.filePath(QStringLiteral("seg.cwb")));
        fillWorkspace(*m_workspace);
    }

    void ruleErrorsInTheInterfaceLanguage()
    {
        // With the Chinese translation installed the rule language's errors are Chinese (cwb,
        // with none installed, keeps English: tests/segment).
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/translations/campaign-workbench_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        const RuleCompiler compiler(
            {{QStringLiteral("ld_fee_m1"), QStringLiteral("LD fee"), ColumnType::Decimal}});
        QString unknown, unclosed, mismatch;
        try {
            compiler.compile(QStringLiteral("ld_fee > 10"));
        } catch (const RuleError &e) {
            unknown = e.detail();
        }
        try {
            parseRule(QStringLiteral("(ld_fee_m1 > 10"));
        } catch (const RuleError &e) {
            unclosed = e.detail();
        }
        try {
            compiler.compile(QStringLiteral("ld_fee_m1 > \"abc\""));
        } catch (const RuleError &e) {
            mismatch = e.detail();
        }
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(unknown, QStringLiteral("未知字段“ld_fee”；是否指“LD fee”？"));
        QCOMPARE(unclosed,
                 QStringLiteral("应为“)”以结束第 1 行第 1 列开始的“(”，实际为“规则结尾”"));
        QVERIFY2(mismatch.contains(QStringLiteral("无法比较数字与文本")), qPrintable(mismatch));
    }

    void typingUpdatesTheCount()
    {
        SegmentView view;
        view.resize(1000, 700);
        view.show();
        view.setWorkspace(m_workspace.get());
        QSignalSpy counted(&view, &SegmentView::ruleCounted);
        // arpu_m1 > 90: k1 (100) and k4 (200) -> 2 of 5 = 40.0%.
        typeRule(view.editor(), QStringLiteral("arpu_m1 > 90"));
        QTRY_COMPARE(view.countText(), QStringLiteral("2 customers (40.0% of 5)"));
        QCOMPARE(view.countedRule(), QStringLiteral("arpu_m1 > 90"));
        // One count for the whole burst of key presses (debounced), not one per character.
        QCOMPARE(counted.size(), 1);
        QCOMPARE(view.sampleModel()->rowCount(), 2);
        QCOMPARE(view.sampleModel()->index(1, 0).data().toString(), QStringLiteral("k4"));
        QCOMPARE(view.sampleModel()->headerData(3, Qt::Horizontal).toString(),
                 QStringLiteral("长途费_M1"));

        // The Chinese label counts the same way: 在网时长 >= 12 -> k1, k3, k4 = 3 of 5 = 60.0%.
        typeRule(view.editor(), QStringLiteral("在网时长 >= 12"));
        QTRY_COMPARE(view.countText(), QStringLiteral("3 customers (60.0% of 5)"));
        // Undo goes back through the edit history; the count follows.
        QVERIFY(view.editor()->document()->isUndoAvailable());

        // Ctrl+Return counts at once, without waiting for the debounce.
        view.runner()->setDebounceMs(60000);
        typeRule(view.editor(), QStringLiteral("city = \"北京\""));
        QTest::keyClick(view.editor(), Qt::Key_Return, Qt::ControlModifier);
        // 北京: k1, k3 -> 2 of 5.
        QTRY_COMPARE(view.countText(), QStringLiteral("2 customers (40.0% of 5)"));
        QCOMPARE(view.countedRule(), QStringLiteral("city = \"北京\""));
        QCOMPARE(view.editor()->toPlainText(), QStringLiteral("city = \"北京\"")); // no newline
    }

    void badRuleShowsThePositionedError()
    {
        SegmentView view;
        view.show();
        view.setWorkspace(m_workspace.get());
        // "arpu_m1 > 90 AND tenur >= 3": the unknown field starts at col 18.
        typeRule(view.editor(), QStringLiteral("arpu_m1 > 90 AND tenur >= 3"));
        QTRY_VERIFY(!view.errorText().isEmpty());
        QVERIFY2(view.errorText().startsWith(QStringLiteral("Line 1, column 18: unknown field "
                                                            "'tenur'")),
                 qPrintable(view.errorText()));
        QVERIFY2(view.errorText().contains(QStringLiteral("tenure")), qPrintable(view.errorText()));
        QVERIFY(view.editor()->hasErrorMark());
        // The underline covers "tenur": characters 17 to 22 of the document.
        QCOMPARE(view.editor()->errorRange(), qMakePair(17, 22));
        const QTextEdit::ExtraSelection mark = view.editor()->extraSelections().value(0);
        QCOMPARE(mark.format.underlineStyle(), QTextCharFormat::WaveUnderline);

        // On the second line: "arpu_m1 > 90\nAND >= 3" -> a value was expected at line 2, col 5.
        typeRule(view.editor(), QStringLiteral("arpu_m1 > 90"));
        QTest::keyClick(view.editor(), Qt::Key_Return);
        QTest::keyClicks(view.editor(), QStringLiteral("AND >= 3"));
        QTRY_VERIFY(view.errorText().startsWith(QStringLiteral("Line 2, column 5:")));
        // ">=" starts at offset 13 (line 1 and its newline) + 4.
        QCOMPARE(view.editor()->errorRange(), qMakePair(17, 18));

        // Fixing the rule clears the error and the underline.
        typeRule(view.editor(), QStringLiteral("tenure >= 3"));
        QTRY_COMPARE(view.countText(), QStringLiteral("4 customers (80.0% of 5)"));
        QVERIFY(view.errorText().isEmpty());
        QVERIFY(!view.editor()->hasErrorMark());
    }

    void completionOffersChineseLabels()
    {
        SegmentView view;
        view.show();
        view.setWorkspace(m_workspace.get());
        RuleEditor *editor = view.editor();
        editor->setFocus();
        // Typing part of a label (as an input method commits it) opens the popup with it.
        typeText(editor, QStringLiteral("长途"));
        QCompleter *completer = editor->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("长途费_M1"));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(editor->toPlainText(), QStringLiteral("长途费_M1"));

        // Ctrl+Space on an empty word lists every field, label and function.
        editor->clear();
        QTest::keyClick(editor, Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY(completer->popup()->isVisible());
        QStringList offered;
        for (int i = 0; completer->setCurrentRow(i); ++i)
            offered << completer->currentCompletion();
        QVERIFY2(offered.contains(QStringLiteral("在网时长")), qPrintable(offered.join(u' ')));
        QVERIFY(offered.contains(QStringLiteral("tenure")));
        QVERIFY(offered.contains(QStringLiteral("months_between(")));
        QTest::keyClick(completer->popup(), Qt::Key_Escape);

        // Known fields and labels are told apart from unknown names.
        QVERIFY(editor->highlighter()->isKnownField(QStringLiteral("在网时长")));
        QVERIFY(editor->highlighter()->isKnownField(QStringLiteral("ARPU_m1")));
        QVERIFY(!editor->highlighter()->isKnownField(QStringLiteral("tenur")));
    }

    void highlighting()
    {
        SegmentView view;
        view.setWorkspace(m_workspace.get());
        RuleEditor *editor = view.editor();
        editor->setPlainText(
            QStringLiteral("tenure > 12 and abs(x) < 3 OR note CONTAINS \"a\" or tag:vip"));
        const QTextBlock block = editor->document()->firstBlock();
        const auto formatAt = [&](int position) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats())
                if (position >= range.start && position < range.start + range.length)
                    return range.format;
            return QTextCharFormat();
        };
        RuleHighlighter *h = editor->highlighter();
        QCOMPARE(formatAt(0), h->format(RuleHighlighter::KnownField));    // tenure
        QCOMPARE(formatAt(9), h->format(RuleHighlighter::Number));        // 12
        QCOMPARE(formatAt(12), h->format(RuleHighlighter::Keyword));      // and
        QCOMPARE(formatAt(16), h->format(RuleHighlighter::Function));     // abs
        QCOMPARE(formatAt(20), h->format(RuleHighlighter::UnknownField)); // x
        QCOMPARE(formatAt(27), h->format(RuleHighlighter::Keyword));      // OR
        QCOMPARE(formatAt(35), h->format(RuleHighlighter::Keyword));      // CONTAINS
        QCOMPARE(formatAt(44), h->format(RuleHighlighter::String));       // "a"
        QCOMPARE(formatAt(51), h->format(RuleHighlighter::Reference));    // tag:vip
    }

    void staleResultIsDropped()
    {
        RuleCountRunner runner;
        runner.setWorkspacePath(m_workspace->path());
        QSignalSpy finished(&runner, &RuleCountRunner::finished);
        runner.runNow(QStringLiteral("arpu_m1 > 0"));
        const int last = runner.runNow(QStringLiteral("arpu_m1 > 150"));
        QTRY_COMPARE(finished.size(), 1);
        QTRY_VERIFY(!runner.isRunning());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), last);
        QCOMPARE(runner.droppedResults(), 1);
        // Only the latest rule's figures arrive: arpu_m1 > 150 -> k4 only.
        const auto result = finished.at(0).at(1).value<RuleRunResult>();
        QCOMPARE(result.count.count, qint64(1));
        QCOMPARE(result.rule, QStringLiteral("arpu_m1 > 150"));
    }

    void wiredIntoTheShell()
    {
        QUndoStack undo;
        WorkbenchShell shell(&undo);
        shell.setWorkspace(m_workspace.get());
        shell.showStep(PlanningStep::Segments);
        QVERIFY(shell.segmentView());
        QVERIFY(shell.segmentView()->editor()->isEnabled());
        QVERIFY(PlanningSteps::info(PlanningStep::Segments).available);
        shell.setWorkspace(nullptr);
        QVERIFY(!shell.segmentView()->editor()->isEnabled());
    }
};

QTEST_MAIN(TestSegmentView)
#include "tst_segmentview.moc"
