// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the Campaigns view on a small generated workspace: a campaign created through the
// view, an edit undone and redone, the split run off the GUI thread showing the planner's own
// waterfall, an invalid share shown as the definition's error, the commit, JSON round trip and
// the lists panel.
#include "campaign/campaignplanner.h"
#include "campaign/campaignsplitrunner.h"
#include "campaign/campaignstore.h"
#include "campaign/campaignview.h"
#include "campaign/contactlistspanel.h"
#include "campaign/waterfallchart.h"
#include "demo/extractgenerator.h"
#include "import/importer.h"
#include "shell/navigationbar.h"
#include "shell/workbenchshell.h"
#include "simulation/channeldelegate.h"
#include "workspace/database.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <qcustomplot.h>

#include <memory>

using namespace cwb;
using namespace cwb::campaign;

namespace {

std::unique_ptr<Workspace> generatedWorkspace(const QTemporaryDir &dir, qint64 rows)
{
    const QString csv = dir.filePath(QStringLiteral("extract.csv"));
    ExtractOptions options;
    options.rows = rows;
    options.defectRate = 0.0;
    writeExtract(csv, options);
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
    Importer::run(*workspace, csv, ImportOptions());
    return workspace;
}

// Types text into a table cell as the user does (the item's text changes, cellChanged fires).
void type(QTableWidget *table, int row, int column, const QString &text)
{
    table->item(row, column)->setText(text);
}

QString exampleCampaign()
{
    return QDir(qEnvironmentVariable("CWB_TEST_DATA"))
        .absoluteFilePath(QStringLiteral("../../docs/examples/pilot-campaign.json"));
}

} // namespace

class TestCampaignView : public QObject
{
    Q_OBJECT

private slots:
    void createEditUndoSplitAndCommit();
    void invalidShareShowsTheError();
    void jsonRoundTripAndLists();
    void shellHostsTheCampaignsStep();
};

void TestCampaignView::createEditUndoSplitAndCommit()
{
    QTemporaryDir dir;
    auto workspace = generatedWorkspace(dir, 2000);
    QUndoStack undo;
    CampaignView view(&undo);
    view.resize(1280, 800);
    view.setWorkspace(workspace.get());
    QCOMPARE(view.campaignList()->count(), 0);

    QCOMPARE(view.newCampaign(QStringLiteral("Autumn upsell")), QString());
    QCOMPARE(view.campaignList()->count(), 1);
    QCOMPARE(view.draft().name, QStringLiteral("Autumn upsell"));
    QVERIFY(CampaignStore(*workspace).find(QStringLiteral("Autumn upsell")));
    QCOMPARE(view.errorText(), QString());

    // An edit in the cells table is one undo step; undo and redo restore each definition.
    QTableWidget *cells = view.cellsTable();
    QCOMPARE(cells->rowCount(), 1);
    type(cells, 0, 2, QStringLiteral("total_fee_m1 >= 100"));
    QCOMPARE(view.draft().cells[0].rule, QStringLiteral("total_fee_m1 >= 100"));
    QCOMPARE(undo.count(), 1);
    QVERIFY(view.isModified());
    undo.undo();
    QCOMPARE(view.draft().cells[0].rule, QStringLiteral("total_fee_m1 > 0"));
    QCOMPARE(cells->item(0, 2)->text(), QStringLiteral("total_fee_m1 > 0"));
    QVERIFY(!view.isModified());
    undo.redo();
    QCOMPARE(view.draft().cells[0].rule, QStringLiteral("total_fee_m1 >= 100"));
    QCOMPARE(cells->item(0, 2)->text(), QStringLiteral("total_fee_m1 >= 100"));
    // The channel column shows the channel in words and edits it through a list; the draft
    // keeps the engine's name.
    int channelColumn = -1;
    for (int c = 0; c < cells->columnCount(); ++c)
        if (qobject_cast<ChannelDelegate *>(cells->itemDelegateForColumn(c)))
            channelColumn = c;
    QVERIFY(channelColumn >= 0);
    auto *channels = static_cast<ChannelDelegate *>(cells->itemDelegateForColumn(channelColumn));
    QCOMPARE(channels->displayText(QStringLiteral("call"), QLocale()),
             QStringLiteral("Outbound call"));
    QCOMPARE(ChannelDelegate::label(QStringLiteral("no_such")), QStringLiteral("no_such"));
    {
        const QModelIndex index = cells->model()->index(0, channelColumn);
        std::unique_ptr<QWidget> editor(
            channels->createEditor(cells->viewport(), QStyleOptionViewItem(), index));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        channels->setEditorData(combo, index);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("call"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("sms")));
        QCOMPARE(combo->currentText(), QStringLiteral("SMS"));
        channels->setModelData(combo, cells->model(), index);
        QCOMPARE(view.draft().cells[0].channel, QStringLiteral("sms"));
        undo.undo();
        QCOMPARE(view.draft().cells[0].channel, QStringLiteral("call"));
    }
    type(cells, 0, 5, QStringLiteral("0.2"));
    QCOMPARE(view.draft().cells[0].controlShare, 0.2);
    // A wave with a capacity typed as staff x per day.
    Campaign withWave = view.draft();
    Wave wave;
    wave.name = QStringLiteral("test");
    wave.start = withWave.start;
    wave.days = 2;
    withWave.waves.append(wave);
    view.edit(withWave, QStringLiteral("add wave"));
    QCOMPARE(view.wavesTable()->rowCount(), 1);
    type(view.wavesTable(), 0, 3, QStringLiteral("3 x 10")); // first channel: call
    QCOMPARE(view.draft().waves[0].capacity.value(QStringLiteral("call")).capacity(2),
             qint64(60)); // 3 staff x 10 per day x 2 days
    QCOMPARE(view.save(), QString());
    QVERIFY(!view.isModified());
    QCOMPARE(CampaignStore(*workspace).get(QStringLiteral("Autumn upsell")).cells[0].controlShare,
             0.2);

    // The split runs on the worker thread; the chart shows the planner's own waterfall.
    QSignalSpy shown(&view, &CampaignView::splitShown);
    const int job = view.split();
    QVERIFY(job > 0);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
    QVERIFY(view.plan());
    const CampaignPlan expected =
        CampaignPlanner(*workspace).plan(CampaignStore(*workspace).get(view.draft().name));
    QCOMPARE(view.plan()->cells.size(), expected.cells.size());
    QList<qint64> engine;
    for (const WaterfallStep &step : expected.cells[0].waterfall())
        engine.append(step.customers);
    QCOMPARE(WaterfallChart::shownValues(view.waterfallPlot()), engine);
    const CellPlan &cell = expected.cells[0];
    QVERIFY(cell.population > 0);
    // Everyone is accounted for: population - removals - control - over capacity = wave 1.
    qint64 left = cell.population - cell.control - cell.overCapacity;
    for (qint64 removed : cell.removed)
        left -= removed;
    QCOMPARE(left, cell.perWave.at(0));
    QVERIFY(cell.perWave.at(0) <= 60); // the wave's capacity
    // The targets beyond the capacity are named in a warning, in the interface's language.
    QVERIFY(cell.overCapacity > 0);
    QVERIFY2(
        view.warningText().contains(QStringLiteral("eligible customers found no room in any wave")),
        qPrintable(view.warningText()));
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/translations/campaign-workbench_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        const CampaignPlan chinese =
            CampaignPlanner(*workspace).plan(CampaignStore(*workspace).get(view.draft().name));
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(chinese.warnings.join(u'\n').contains(
                     QStringLiteral("名符合条件的客户在各波次中都没有容量（渠道 call）")),
                 qPrintable(chinese.warnings.join(u'\n')));
    }
    QVERIFY(view.splitStatusText().contains(QString::number(view.draft().seed)));
    QVERIFY(view.balanceTable()->rowCount() >= 0);

    QCOMPARE(view.commitSplit(), QString());
    const QList<CampaignSummary> listed = CampaignStore(*workspace).list();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed[0].targets, cell.perWave.at(0));
    QVERIFY(!listed[0].splitAt.isEmpty());
}

void TestCampaignView::invalidShareShowsTheError()
{
    QTemporaryDir dir;
    auto workspace = generatedWorkspace(dir, 200);
    QUndoStack undo;
    CampaignView view(&undo);
    view.setWorkspace(workspace.get());
    QCOMPARE(view.newCampaign(QStringLiteral("Check")), QString());
    // Out of range: the definition's error is shown, nothing crashes, nothing is saved.
    type(view.cellsTable(), 0, 5, QStringLiteral("1.5"));
    QCOMPARE(view.draft().cells[0].controlShare, 1.5);
    QVERIFY2(view.errorText().contains(QStringLiteral("control_share")),
             qPrintable(view.errorText()));
    QVERIFY(view.save().contains(QStringLiteral("control_share")));
    QCOMPARE(view.split(), 0);
    QCOMPARE(CampaignStore(*workspace).get(QStringLiteral("Check")).cells[0].controlShare, 0.1);
    // Not a number: refused with its own message, the definition keeps the last share.
    type(view.cellsTable(), 0, 5, QStringLiteral("ten"));
    QVERIFY2(view.messageText().contains(QStringLiteral("expected a number")),
             qPrintable(view.messageText()));
    QCOMPARE(view.draft().cells[0].controlShare, 1.5);
    QCOMPARE(view.cellsTable()->item(0, 5)->text(), QStringLiteral("1.5"));
    undo.undo();
    QCOMPARE(view.errorText(), QString());
    QCOMPARE(view.draft().cells[0].controlShare, 0.1);
    // A bad capacity is refused too.
    Campaign withWave = view.draft();
    withWave.waves.append(Wave{QStringLiteral("w"), withWave.start, 1, {}});
    view.edit(withWave, QStringLiteral("add wave"));
    type(view.wavesTable(), 0, 3, QStringLiteral("lots"));
    QVERIFY(view.messageText().contains(QStringLiteral("capacity of call")));
    QVERIFY(view.draft().waves[0].capacity.isEmpty());
}

void TestCampaignView::jsonRoundTripAndLists()
{
    QTemporaryDir dir;
    auto workspace = generatedWorkspace(dir, 300);
    QUndoStack undo;
    CampaignView view(&undo);
    view.setWorkspace(workspace.get());
    QCOMPARE(view.importJson(exampleCampaign()), QString());
    QCOMPARE(view.draft().name, QStringLiteral("Long-distance upsell, December"));
    QCOMPARE(view.draft().seed, quint64(20261201));
    QCOMPARE(view.cellsTable()->rowCount(), 2);
    QCOMPARE(view.wavesTable()->item(0, 3)->text(), QStringLiteral("4 x 60"));
    // Importing it again is refused with the store's message.
    QVERIFY(view.importJson(exampleCampaign()).contains(QStringLiteral("exists already")));
    const QString out = dir.filePath(QStringLiteral("out.json"));
    QCOMPARE(view.exportJson(out), QString());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Campaign back = campaignFromJson(QJsonDocument::fromJson(file.readAll()).object(), out);
    QCOMPARE(toJson(back), toJson(view.draft()));
    // Duplicate, rename through the editor and save; delete.
    QCOMPARE(view.duplicateCampaign(), QString());
    QCOMPARE(view.campaignList()->count(), 2);
    Campaign renamed = view.draft();
    renamed.name = QStringLiteral("Renamed");
    view.edit(renamed, QStringLiteral("rename"));
    QCOMPARE(view.save(), QString());
    QVERIFY(CampaignStore(*workspace).find(QStringLiteral("Renamed")));
    QCOMPARE(view.deleteCampaign(), QString());
    QCOMPARE(view.campaignList()->count(), 1);

    // Lists: a blacklist file with one good id, one number and one bad line.
    ContactListsPanel *lists = view.listsPanel();
    QString firstId;
    {
        Statement s(workspace->db(), "SELECT customer_id FROM customers ORDER BY rowid LIMIT 1");
        QVERIFY(s.step());
        firstId = s.text(0);
    }
    const QString listFile = dir.filePath(QStringLiteral("black.csv"));
    {
        QFile f(listFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("id\n%1\n13900001111\n??\n").arg(firstId).toUtf8());
    }
    const ListImportResult result = lists->importFile(ListKind::Blacklist, {}, listFile);
    QCOMPARE(result.added, qint64(2));
    QCOMPARE(result.rejected, qint64(1));
    QVERIFY(lists->resultText().contains(QStringLiteral("black.csv:4")));
    QCOMPARE(lists->countsTable()->item(0, 2)->text(), QStringLiteral("2"));
    // The universal control group of the campaign's period: 300 x 0.05 = 15 customers.
    QVERIFY(lists->universalText().contains(QStringLiteral("not drawn")));
    QCOMPARE(lists->drawUniversalControl(0.05, 7), QString());
    QVERIFY2(lists->universalText().contains(QStringLiteral("15")),
             qPrintable(lists->universalText()));
    QVERIFY(!lists->drawUniversalControl(0.05, 7).isEmpty()); // drawn once
}

void TestCampaignView::shellHostsTheCampaignsStep()
{
    QTemporaryDir dir;
    auto workspace = generatedWorkspace(dir, 100);
    QUndoStack undo;
    WorkbenchShell shell(&undo);
    shell.setWorkspace(workspace.get());
    shell.showStep(PlanningStep::Campaigns);
    QVERIFY(shell.campaignView());
    QVERIFY(shell.campaignView()->isVisibleTo(&shell) || !shell.isVisible());
    QCOMPARE(shell.campaignView()->newCampaign(QStringLiteral("From the shell")), QString());
    type(shell.campaignView()->cellsTable(), 0, 0, QStringLiteral("renamed cell"));
    QCOMPARE(undo.count(), 1); // the shell's stack holds the view's edits
}

QTEST_MAIN(TestCampaignView)
#include "tst_campaignview.moc"
