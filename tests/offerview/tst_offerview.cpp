// SPDX-License-Identifier: GPL-3.0-or-later
// The Offers step on a small demo workspace: catalog edits are stored and undoable, the tier
// designer shows the engine's bands and recomputes them when an edge is typed, matching runs on
// the worker thread and the table, filters and summary show the engine's result.
#include "common/testsupport.h"
#include "offer/matchresultmodel.h"
#include "offer/offerview.h"
#include "offer/packagestore.h"
#include "offer/tiers.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cwb;

class TestOfferView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.cwb"));
        const test::CwbRun demo = test::runCwb({"demo", "--rows", "3000", "--workspace", m_path});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void catalogEditsAreUndoable()
    {
        auto ws = Workspace::open(m_path);
        QUndoStack undo;
        OfferView view(&undo);
        view.setWorkspace(ws.get());
        QCOMPARE(view.catalogTable()->rowCount(), 0);

        Package p;
        p.name = QStringLiteral("Basic 39");
        p.monthlyFee = 39;
        p.localMinutes = 200;
        p.dataMb = Package::kUnlimited;
        view.editPackage(p);
        QCOMPARE(view.applyEdit(), QString());
        QCOMPARE(PackageStore(*ws).list().size(), 1);
        QVERIFY(std::isinf(PackageStore(*ws).list().at(0).dataMb));
        QCOMPARE(view.catalogTable()->item(0, 4)->text(), QStringLiteral("unlimited"));

        // Edit the selected package: the fee changes in the workspace.
        view.selectPackage(0);
        p.monthlyFee = 49;
        view.editPackage(p);
        QCOMPARE(view.applyEdit(), QString());
        QCOMPARE(PackageStore(*ws).list().at(0).monthlyFee, 49.0);
        undo.undo();
        QCOMPARE(PackageStore(*ws).list().at(0).monthlyFee, 39.0);
        undo.undo();
        QCOMPARE(PackageStore(*ws).list().size(), 0);
        undo.redo();
        QCOMPARE(PackageStore(*ws).list().size(), 1);

        // A bad package is refused with the engine's message and stores nothing.
        Package bad = p;
        bad.name = QStringLiteral("Bad");
        bad.discount = {Discount::Kind::Percent, 120, 3};
        view.catalogTable()->clearSelection();
        view.editPackage(bad);
        QCOMPARE(view.applyEdit(),
                 QStringLiteral("package 'Bad': a percent discount must be at most 100, got 120"));
        QCOMPARE(PackageStore(*ws).list().size(), 1);
    }

    void tiersFollowTheEdges()
    {
        auto ws = Workspace::open(m_path);
        QUndoStack undo;
        OfferView view(&undo);
        view.setWorkspace(ws.get());
        view.setMeasure(QStringLiteral("total_fee_m1"), QString());
        QSignalSpy loaded(&view, &OfferView::tiersLoaded);
        view.loadTiers();
        QVERIFY(loaded.wait(20000));
        // The view shows the engine's proposal for 3 tiers, 80%, 10-yuan edges.
        const TierProposal expected = proposeTiers(view.measure().values, 3, 0.8, 10);
        QCOMPARE(view.tiers().edges, expected.edges);
        QCOMPARE(view.bandTable()->rowCount(), 3);
        QCOMPARE(view.bandTable()->item(1, 2)->text(), QString::number(expected.bands[1].count));
        // Typing an upper edge into the band table recomputes shares and coverage at once.
        const double newEdge = expected.edges[3] + 50;
        view.bandTable()->item(2, 1)->setText(QString::number(newEdge));
        std::vector<double> edges = expected.edges;
        edges[3] = newEdge;
        const TierProposal moved = evaluateEdges(view.measure().values, edges);
        QCOMPARE(view.tiers().bands[2].count, moved.bands[2].count);
        QVERIFY(moved.bands[2].count > expected.bands[2].count);
        QVERIFY(view.coverageText().contains(
            QStringLiteral("%1%").arg(moved.coverage * 100.0, 0, 'f', 1)));
        // A band becomes a package draft in the catalog (undoable).
        QCOMPARE(view.draftFromBand(0), QString());
        QCOMPARE(PackageStore(*ws).list().size(), 2);
        undo.undo();
        QCOMPARE(PackageStore(*ws).list().size(), 1);
    }

    void matchingShowsTheEngineResult()
    {
        auto ws = Workspace::open(m_path);
        QUndoStack undo;
        OfferView view(&undo);
        view.setWorkspace(ws.get());
        Package rich;
        rich.name = QStringLiteral("Rich 129");
        rich.monthlyFee = 129;
        rich.localMinutes = rich.ldMinutes = rich.dataMb = Package::kUnlimited;
        PackageStore(*ws).add(rich);
        view.setWorkspace(ws.get());
        view.setMatchOptions(QString(), QStringLiteral("cheapest"));
        QSignalSpy done(&view, &OfferView::matchFinished);
        view.runMatch();
        QVERIFY(done.wait(20000));
        MatchResultModel *model = view.resultModel();
        // The regular bill is the bill once the discount has ended, and the header says so.
        QCOMPARE(model->headerData(MatchResultModel::RegularBill, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("After the discount ends"));
        const qint64 customers = ws->customerCount();
        QCOMPARE(qint64(model->rowCount()), customers);
        // The summary rows add up to every customer.
        qint64 sum = 0;
        for (int r = 0; r < view.summaryTable()->rowCount(); ++r)
            sum += QLocale().toLongLong(view.summaryTable()->item(r, 1)->text());
        QCOMPARE(sum, customers);
        // Filter: only the customers recommended package 1 (Rich 129).
        const qint64 rich129 = QLocale().toLongLong(view.summaryTable()->item(1, 1)->text());
        view.setResultFilter(1, 0);
        QCOMPARE(qint64(model->rowCount()), rich129);
        if (model->rowCount() > 0)
            QCOMPARE(model->index(0, MatchResultModel::Package).data().toString(),
                     QStringLiteral("Rich 129"));
    }
};

QTEST_MAIN(TestOfferView)
#include "tst_offerview.moc"
