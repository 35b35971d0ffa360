// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the Segments step's panels (offscreen): saving the current rule as a segment (inline
// error, undo/redo), overlap, remove; the tag library (save, insert, export/import with a
// conflict policy); the Profile tab shows the engine's profile; a value × risk grid cell and a
// k-means cluster save as segments. Expected figures are worked out by hand in the comments.
#include "core/jobcontrol.h"
#include "segment/clustertab.h"
#include "segment/gridtab.h"
#include "segment/profiletab.h"
#include "segment/ruleeditor.h"
#include "segment/savedsegmentspanel.h"
#include "segment/segmentprofile.h"
#include "segment/segmentstore.h"
#include "segment/segmenttask.h"
#include "segment/segmentview.h"
#include "segment/tagspanel.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <atomic>

using namespace cwb;

namespace {

// Five customers:
//  id  city  arpu_m1 tenure
//  k1  北京  100     24
//  k2  上海  50      3
//  k3  北京  NULL    12
//  k4  广州  200     60
//  k5  深圳  80      1
std::unique_ptr<Workspace> makeWorkspace(const QTemporaryDir &dir)
{
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("panels.cwb")));
    Database &db = workspace->db();
    db.exec("CREATE TABLE customers(customer_id TEXT NOT NULL, city TEXT, arpu_m1 REAL, "
            "tenure INTEGER, _import_id INTEGER, _line INTEGER)");
    db.exec("INSERT INTO customer_columns(position, name, label, source_header, type, canonical) "
            "VALUES (0, 'customer_id', '客户编号', '客户编号', 'text', 0),"
            "(1, 'city', '城市', '城市', 'text', 0),"
            "(2, 'arpu_m1', 'ARPU_M1', 'ARPU_M1', 'decimal', 0),"
            "(3, 'tenure', '在网时长', '在网时长', 'integer', 0)");
    db.exec("INSERT INTO customers VALUES ('k1', '北京', 100, 24, 1, 2),"
            "('k2', '上海', 50, 3, 1, 3), ('k3', '北京', NULL, 12, 1, 4),"
            "('k4', '广州', 200, 60, 1, 5), ('k5', '深圳', 80, 1, 1, 6)");
    return workspace;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TestSegmentPanels : public QObject
{
    Q_OBJECT

private slots:
    // Cancel stops the running work (its JobControl asks it to stop) and drops its result; a
    // new run after it delivers.
    void taskCancelDropsTheResult()
    {
        QTemporaryDir dir;
        auto workspace = makeWorkspace(dir);
        SegmentTask task;
        task.setWorkspacePath(workspace->path());
        QSignalSpy finished(&task, &SegmentTask::finished);
        QSignalSpy failed(&task, &SegmentTask::failed);
        bool delivered = false;
        std::atomic<bool> started = false;
        task.run(QStringLiteral("waits"), [&](Workspace &, JobControl &job) -> SegmentTask::Done {
            started = true;
            for (int i = 0; i < 500; ++i) { // at most 5 s
                job.throwIfCancelled();
                QThread::msleep(10);
            }
            return [&] { delivered = true; };
        });
        QVERIFY(task.isRunning());
        QTRY_VERIFY(started);
        task.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!task.isRunning());
        QVERIFY(!delivered);
        QCOMPARE(failed.size(), 0);
        // A run that counts the customers delivers on the GUI thread: 5.
        qint64 customers = 0;
        task.run(QStringLiteral("counts"), [&](Workspace &w, JobControl &) -> SegmentTask::Done {
            const qint64 n = w.customerCount();
            return [&customers, n] { customers = n; };
        });
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(customers, qint64(5));
        // An error becomes failed() with the engine's message.
        task.run(QStringLiteral("fails"), [](Workspace &w, JobControl &) -> SegmentTask::Done {
            SegmentStore(w).segmentOrThrow(QStringLiteral("nosuch"));
            return {};
        });
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("nosuch")));
    }

    void saveSegmentUndoOverlapRemove()
    {
        QTemporaryDir dir;
        auto workspace = makeWorkspace(dir);
        QUndoStack undo;
        SegmentView view;
        view.setUndoStack(&undo);
        view.setWorkspace(workspace.get());
        SavedSegmentsPanel *panel = view.segmentsPanel();

        view.editor()->setPlainText(QStringLiteral("tenure > 10"));
        panel->nameEdit()->setText(QStringLiteral("long"));
        panel->descriptionEdit()->setText(QStringLiteral("long-standing"));
        panel->ownerEdit()->setText(QStringLiteral("li"));
        QVERIFY(panel->saveCurrentRule());
        SegmentStore store(*workspace);
        std::optional<SegmentInfo> saved = store.segment(QStringLiteral("long"));
        QVERIFY(saved);
        QCOMPARE(saved->rule, QStringLiteral("tenure > 10"));
        QCOMPARE(saved->owner, QStringLiteral("li"));
        QCOMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(cellText(panel->table(), 0, 0), QStringLiteral("long"));
        QCOMPARE(undo.count(), 1);

        // The same name again: refused, the error under the form, nothing changed.
        panel->nameEdit()->setText(QStringLiteral("LONG"));
        QVERIFY(!panel->saveCurrentRule());
        QVERIFY2(panel->saveError().contains(QStringLiteral("long"), Qt::CaseInsensitive),
                 qPrintable(panel->saveError()));
        QCOMPARE(store.segments().size(), 1);
        QCOMPARE(undo.count(), 1);
        // A bad rule: refused too.
        view.editor()->setPlainText(QStringLiteral("tenure >"));
        panel->nameEdit()->setText(QStringLiteral("bad"));
        QVERIFY(!panel->saveCurrentRule());
        QVERIFY(!panel->saveError().isEmpty());
        QVERIFY(!store.segment(QStringLiteral("bad")));

        // Undo removes the saved segment, redo saves it again.
        undo.undo();
        QVERIFY(!store.segment(QStringLiteral("long")));
        QCOMPARE(panel->table()->rowCount(), 0);
        undo.redo();
        QVERIFY(store.segment(QStringLiteral("long")));
        QCOMPARE(panel->table()->rowCount(), 1);

        // Materialise off the GUI thread: long = k1 (24), k3 (12), k4 (60) -> 3 members.
        panel->selectSegments({QStringLiteral("long")});
        panel->materialiseSelected();
        QTRY_VERIFY(!panel->task()->isRunning());
        QCOMPARE(store.segment(QStringLiteral("long"))->members, std::optional<qint64>(3));
        QCOMPARE(cellText(panel->table(), 0, 2), QStringLiteral("3"));
        QVERIFY(!store.isStale(QStringLiteral("long")));

        // Overlap with the list segment {k1, k2}: A only k3, k4 = 2; B only k2 = 1; both k1 = 1;
        // neither k5 = 1.
        store.addListSegment(QStringLiteral("pair"), {QStringLiteral("k1"), QStringLiteral("k2")});
        panel->reload();
        panel->selectSegments({QStringLiteral("long"), QStringLiteral("pair")});
        panel->overlapSelected();
        QTRY_VERIFY(!panel->task()->isRunning());
        QTableWidget *overlap = panel->overlapTable();
        QCOMPARE(overlap->rowCount(), 4);
        QCOMPARE(cellText(overlap, 0, 0), QStringLiteral("2"));     // A only
        QCOMPARE(cellText(overlap, 1, 0), QStringLiteral("1"));     // B only
        QCOMPARE(cellText(overlap, 2, 0), QStringLiteral("1"));     // both
        QCOMPARE(cellText(overlap, 3, 0), QStringLiteral("1"));     // neither
        QCOMPARE(cellText(overlap, 0, 1), QStringLiteral("40.0%")); // 2 / 5

        // Opening a segment puts its rule into the editor.
        view.editor()->setPlainText(QString());
        panel->selectSegments({QStringLiteral("long")});
        panel->openSelected();
        QCOMPARE(view.editor()->rule(), QStringLiteral("tenure > 10"));

        // Remove asks first: declined, nothing happens; confirmed, it is gone.
        QString asked;
        bool answer = false;
        panel->setConfirm([&](const QString &question) {
            asked = question;
            return answer;
        });
        panel->selectSegments({QStringLiteral("pair")});
        panel->removeSelected();
        QVERIFY(asked.contains(QStringLiteral("pair")));
        QVERIFY(store.segment(QStringLiteral("pair")));
        answer = true;
        panel->removeSelected();
        QVERIFY(!store.segment(QStringLiteral("pair")));
        QCOMPARE(panel->table()->rowCount(), 1);
        // Undo brings the list segment back with its customers; redo removes it again.
        undo.undo();
        QCOMPARE(store.memberIds(QStringLiteral("pair")),
                 (QStringList{QStringLiteral("k1"), QStringLiteral("k2")}));
        QCOMPARE(panel->table()->rowCount(), 2);
        undo.redo();
        QVERIFY(!store.segment(QStringLiteral("pair")));
    }

    void tagLibrary()
    {
        QTemporaryDir dir;
        auto workspace = makeWorkspace(dir);
        QUndoStack undo;
        SegmentView view;
        view.setUndoStack(&undo);
        view.setWorkspace(workspace.get());
        TagsPanel *tags = view.tagsPanel();
        tags->nameEdit()->setText(QStringLiteral("newcomer"));
        tags->ruleEdit()->setText(QStringLiteral("tenure < 6"));
        tags->descriptionEdit()->setText(QStringLiteral("joined recently"));
        QVERIFY(tags->saveForm());
        QCOMPARE(tags->table()->rowCount(), 1);
        // A bad rule is refused with the error shown.
        tags->table()->clearSelection();
        tags->nameEdit()->setText(QStringLiteral("broken"));
        tags->ruleEdit()->setText(QStringLiteral("tenure <"));
        QVERIFY(!tags->saveForm());
        QVERIFY(!tags->statusText().isEmpty());
        QCOMPARE(tags->table()->rowCount(), 1);

        // Insert puts tag:NAME into the rule; the rule counts k2 (3) and k5 (1).
        view.editor()->setPlainText(QString());
        tags->selectTag(QStringLiteral("newcomer"));
        tags->insertSelected();
        QCOMPARE(view.editor()->rule().trimmed(), QStringLiteral("tag:newcomer"));
        QTRY_COMPARE(view.countText(), QStringLiteral("2 customers (40.0% of 5)"));

        // Export, change the tag, import again with Rename: the file's tag lands as newcomer_2.
        const QString file = dir.filePath(QStringLiteral("tags.json"));
        QVERIFY(tags->exportFile(file));
        tags->selectTag(QStringLiteral("newcomer"));
        tags->ruleEdit()->setText(QStringLiteral("tenure < 4"));
        QVERIFY(tags->saveForm());
        // The edit is undoable: undo puts the old rule back, redo the new one.
        SegmentStore undoStore(*workspace);
        undo.undo();
        QCOMPARE(undoStore.tag(QStringLiteral("newcomer"))->rule, QStringLiteral("tenure < 6"));
        undo.redo();
        QCOMPARE(undoStore.tag(QStringLiteral("newcomer"))->rule, QStringLiteral("tenure < 4"));
        QVERIFY(tags->importFile(file, TagConflictPolicy::Rename));
        SegmentStore store(*workspace);
        QCOMPARE(store.tag(QStringLiteral("newcomer"))->rule, QStringLiteral("tenure < 4"));
        QCOMPARE(store.tag(QStringLiteral("newcomer_2"))->rule, QStringLiteral("tenure < 6"));
        QVERIFY(tags->statusText().contains(QStringLiteral("newcomer_2")));
        // Skip keeps the existing one: nothing changes.
        QVERIFY(tags->importFile(file, TagConflictPolicy::Skip));
        QCOMPARE(store.tag(QStringLiteral("newcomer"))->rule, QStringLiteral("tenure < 4"));
        QCOMPARE(store.tags().size(), 2);
    }

    void profileShowsTheEngineFigures()
    {
        QTemporaryDir dir;
        auto workspace = makeWorkspace(dir);
        SegmentView view;
        view.setWorkspace(workspace.get());
        view.resize(1000, 700);
        view.show();
        view.tabs()->setCurrentWidget(view.profileTab());
        view.editor()->setPlainText(QStringLiteral("tenure > 10"));
        view.countNow();
        ProfileTab *tab = view.profileTab();
        QTRY_VERIFY(tab->hasProfile() && !tab->task()->isRunning());
        const SegmentProfile &shown = tab->profile();
        const SegmentProfile engine = profileRule(*workspace, QStringLiteral("tenure > 10"));
        // tenure > 10: k1, k3, k4 -> 3 of 5 = 60%.
        QCOMPARE(shown.size, qint64(3));
        QCOMPARE(shown.size, engine.size);
        QCOMPARE(shown.share, 0.6);
        QVERIFY(tab->summaryText().startsWith(QStringLiteral("3 customers, 60.0% of the base")));
        // arpu_m1: segment (100 + 200) / 2 = 150 (k3 missing), base (100 + 50 + 200 + 80) / 4
        // = 107.5, index 150 / 107.5 = 1.395 -> shown as 140.
        int arpuRow = -1;
        for (int row = 0; row < tab->table()->rowCount(); ++row)
            if (cellText(tab->table(), row, 0).contains(QStringLiteral("arpu_m1")))
                arpuRow = row;
        QVERIFY(arpuRow >= 0);
        QCOMPARE(cellText(tab->table(), arpuRow, 2), QStringLiteral("150.00"));
        QCOMPARE(cellText(tab->table(), arpuRow, 3), QStringLiteral("107.50"));
        QCOMPARE(cellText(tab->table(), arpuRow, 4), QStringLiteral("140"));
        for (const ProfileColumn &c : engine.columns)
            if (c.name == QLatin1String("arpu_m1"))
                QCOMPARE(*c.index, 150.0 / 107.5);
        QCOMPARE(shown.columns.size(), engine.columns.size());
    }

    void gridCellSavesAsSegment()
    {
        QTemporaryDir dir;
        auto workspace = makeWorkspace(dir);
        SegmentView view;
        view.setWorkspace(workspace.get());
        GridTab *grid = view.gridTab();
        grid->valueColumnsEdit()->setText(QStringLiteral("arpu_m1"));
        grid->riskThresholdsEdit()->setText(QStringLiteral("1"));
        QTableWidget *signalTable = grid->signalTable();
        signalTable->setRowCount(1);
        const QStringList signal{QStringLiteral("new"), QStringLiteral("tenure"),
                                 QStringLiteral("<"), QStringLiteral("12"), QStringLiteral("1")};
        for (int c = 0; c < signal.size(); ++c)
            signalTable->setItem(0, c, new QTableWidgetItem(signal.at(c)));
        grid->runNow();
        QTRY_VERIFY(grid->hasGrid() && !grid->task()->isRunning());
        // Scored: k1 (100, 0), k2 (50, 1), k4 (200, 0), k5 (80, 1); k3 has no value.
        // Median value of 50, 80, 100, 200: h = 3 * 0.5 = 1.5 -> 80 + 0.5 * 20 = 90.
        // Low value / high risk (score >= 1): k2, k5.
        const ValueRiskGrid &g = grid->analysis().grid;
        QCOMPARE(g.valueEdges, std::vector<double>{90});
        QCOMPARE(g.unscored, qint64(1));
        QCOMPARE(g.cell(0, 1).count, qint64(2));
        // The table shows the high value row first: low value / high risk is row 1, column 1.
        QVERIFY(
            cellText(grid->gridTable(), 1, 1).startsWith(QStringLiteral("2 customers (50.0%)")));
        QUndoStack undo;
        view.setUndoStack(&undo);
        QVERIFY(grid->saveCell(0, 1, QStringLiteral("low_value_at_risk")));
        SegmentStore store(*workspace);
        QCOMPARE(store.memberCount(QStringLiteral("low_value_at_risk")), qint64(2));
        QCOMPARE(store.memberIds(QStringLiteral("low_value_at_risk")),
                 (QStringList{QStringLiteral("k2"), QStringLiteral("k5")}));
        QCOMPARE(view.segmentsPanel()->table()->rowCount(), 1);
        undo.undo();
        QVERIFY(!store.segment(QStringLiteral("low_value_at_risk")));
        QCOMPARE(view.segmentsPanel()->table()->rowCount(), 0);
        undo.redo();
        QCOMPARE(store.memberCount(QStringLiteral("low_value_at_risk")), qint64(2));
        // The same name again is refused with the error shown.
        QVERIFY(!grid->saveCell(0, 1, QStringLiteral("low_value_at_risk")));
        QVERIFY(grid->statusText().contains(QStringLiteral("low_value_at_risk")));
        // A malformed threshold is refused before anything runs.
        grid->riskThresholdsEdit()->setText(QStringLiteral("one"));
        grid->runNow();
        QVERIFY(!grid->task()->isRunning());
        QVERIFY(grid->statusText().contains(QStringLiteral("\"one\"")));
    }

    void clusterSavesAsListSegment()
    {
        QTemporaryDir dir;
        auto workspace = makeWorkspace(dir);
        SegmentView view;
        view.setWorkspace(workspace.get());
        ClusterTab *tab = view.clusterTab();
        // One condition as the feature: tenure > 20 holds for k1 (24) and k4 (60) only, so the
        // customers are two distinct points and k = 2 splits them whatever the seeding:
        // {k2, k3, k5} (3, numbered first by size) and {k1, k4} (2).
        tab->setFeatures({QStringLiteral("tenure > 20")});
        QCOMPARE(tab->features(), QStringList{QStringLiteral("tenure > 20")});
        tab->setK(2);
        tab->runNow();
        QTRY_VERIFY(tab->hasResult() && !tab->task()->isRunning());
        QCOMPARE(tab->table()->rowCount(), 2);
        QCOMPARE(cellText(tab->table(), 0, 1), QStringLiteral("3"));
        QCOMPARE(cellText(tab->table(), 1, 1), QStringLiteral("2"));
        QCOMPARE(cellText(tab->table(), 1, 2), QStringLiteral("40.0%"));
        QVERIFY(tab->saveCluster(1, QStringLiteral("veterans")));
        SegmentStore store(*workspace);
        const std::optional<SegmentInfo> saved = store.segment(QStringLiteral("veterans"));
        QVERIFY(saved);
        QCOMPARE(saved->kind, SegmentInfo::Kind::List);
        QCOMPARE(store.memberCount(QStringLiteral("veterans")), qint64(2));
        QCOMPARE(
            RuleEngine::count(*workspace, QStringLiteral("segment:\"veterans\" AND tenure > 20"))
                .count,
            qint64(2));
        // A name taken is refused with the error shown.
        QVERIFY(!tab->saveCluster(0, QStringLiteral("VETERANS")));
        QVERIFY(!tab->statusText().isEmpty());
        // The saved segment shows in the Segments panel.
        QCOMPARE(view.segmentsPanel()->table()->rowCount(), 1);
    }
};

QTEST_MAIN(TestSegmentPanels)
#include "tst_segmentpanels.moc"
