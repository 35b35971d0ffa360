// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow::saveScreenshots: pictures of every view for docs/user-guide.md, taken by
// scripts/screenshots.sh under Xvfb.
#include "mainwindow.h"

#include "campaign/campaignsplitrunner.h"
#include "campaign/campaignstore.h"
#include "campaign/campaignview.h"
#include "core/error.h"
#include "evaluation/evaluationview.h"
#include "evaluation/fileevaluationdialog.h"
#include "evaluation/reportdialog.h"
#include "importwizard/importwizard.h"
#include "lists/listsscriptsview.h"
#include "lists/liststaskrunner.h"
#include "offer/offerview.h"
#include "secure/encryptedcopyflow.h"
#include "secure/passphrasedialog.h"
#include "segment/clustertab.h"
#include "segment/gridtab.h"
#include "segment/profiletab.h"
#include "segment/ruleeditor.h"
#include "segment/savedsegmentspanel.h"
#include "segment/segmenttask.h"
#include "segment/segmentview.h"
#include "segment/tagspanel.h"
#include "shell/datastep.h"
#include "shell/workbenchshell.h"
#include "simulation/simulationview.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QThread>
#include <QTimer>
#include <functional>

namespace cwb {

namespace {

// Lets the event loop lay out and paint (and lazy models fetch) before grabbing.
void settle(int milliseconds = 400)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

bool save(QWidget *widget, const QDir &dir, const QString &name)
{
    settle();
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    // The screen's picture where there is one (menus and frames included), else the widget's.
    QPixmap pixmap;
    if (QScreen *screen = widget->screen();
        screen && qEnvironmentVariable("QT_QPA_PLATFORM") != QLatin1String("offscreen"))
        pixmap = screen->grabWindow(widget->winId());
    if (pixmap.isNull())
        pixmap = widget->grab();
    const bool ok = pixmap.save(path);
    qInfo("%s %s", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

// Runs start and waits (at most 60 s) for the view's signal that the background work is done.
template <typename Signal>
void waitFor(OfferView *view, Signal signal, const std::function<void()> &start)
{
    QEventLoop loop;
    QObject::connect(view, signal, &loop, &QEventLoop::quit);
    QObject::connect(view, &OfferView::workFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    start();
    loop.exec();
}

// Runs start and waits (at most 120 s) for one of the Evaluation step's results.
template <typename Signal>
void waitFor(EvaluationView *view, Signal signal, const std::function<void()> &start)
{
    QEventLoop loop;
    QObject::connect(view, signal, &loop, &QEventLoop::quit);
    QObject::connect(view, &EvaluationView::failedShown, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    start();
    loop.exec();
}

// The Simulation step at 1366 x 768 with the plan built from the first campaign (its cells'
// offers priced on their targets): the results, the sources of every input, and the PDF
// summary (scripts/screenshots.sh renders its pages as PNG).
bool saveSimulation(QWidget *window, WorkbenchShell *shell, Workspace *workspace, const QDir &dir)
{
    SimulationView *view = shell->simulationView();
    if (!view)
        return true;
    const QList<campaign::CampaignSummary> campaigns = campaign::CampaignStore(*workspace).list();
    if (campaigns.isEmpty())
        return true;
    bool ok = true;
    const QSize size = window->size();
    window->resize(1366, 768);
    shell->showStep(PlanningStep::Simulation);
    {
        QEventLoop loop;
        QObject::connect(view, &SimulationView::resultShown, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (view->loadCampaign(campaigns.first().name).isEmpty())
            loop.exec();
    }
    view->tabs()->setCurrentIndex(0);
    settle();
    if (window->height() > 768) {
        qWarning("the Simulation step needs %d pixels of height, more than 768",
                 window->minimumSizeHint().height());
    }
    ok &= save(window, dir, QStringLiteral("simulation-campaign"));
    view->tabs()->setCurrentWidget(view->sourcesTable());
    ok &= save(window, dir, QStringLiteral("simulation-sources"));
    view->tabs()->setCurrentIndex(0);
    try {
        view->exportPdf(dir.filePath(QStringLiteral("simulation-summary.pdf")));
    } catch (const Error &error) {
        qWarning("simulation summary: %s", qPrintable(error.message()));
        ok = false;
    }
    window->resize(size);
    return ok;
}

} // namespace

// The Evaluation step: the campaign dashboard when a campaign has outcomes (scripts/
// screenshots.sh imports a small generated outcome file and follow-up extract for the example
// campaign), else the empty state; then the test/control file dialog and dashboard.
bool MainWindow::saveEvaluation(EvaluationView *view, const QDir &dir, const QString &testFile,
                                const QString &plan)
{
    bool ok = true;
    m_shell->showStep(PlanningStep::Evaluation);
    view->refresh();
    if (view->campaignBox()->count() > 0) {
        view->conversionEditor()->setPlainText(QStringLiteral("package = \"LD 200\""));
        view->planEdit()->setText(plan);
        waitFor(view, &EvaluationView::evaluationShown, [view] { view->evaluate(); });
        const QList<QPair<int, QString>> tabs{{0, QStringLiteral("evaluation-dashboard")},
                                              {1, QStringLiteral("evaluation-days")},
                                              {3, QStringLiteral("evaluation-agents")},
                                              {4, QStringLiteral("evaluation-refusals")},
                                              {5, QStringLiteral("evaluation-control")}};
        for (const auto &[tab, name] : tabs) {
            view->tabs()->setCurrentIndex(tab);
            ok &= save(this, dir, name);
        }
        view->tabs()->setCurrentIndex(0);
    } else {
        ok &= save(this, dir, QStringLiteral("evaluation-empty"));
    }
    if (!testFile.isEmpty()) {
        FileEvaluationDialog dialog(this);
        dialog.loadFile(testFile);
        dialog.setGroupColumn(QStringLiteral("segment"));
        dialog.setControlValue(QStringLiteral("No E-Mail"));
        dialog.setResponseColumns({QStringLiteral("visit"), QStringLiteral("conversion")});
        dialog.setAmountColumns({QStringLiteral("spend")});
        dialog.show();
        ok &= save(&dialog, dir, QStringLiteral("evaluation-file-dialog"));
        const FileEvaluationOptions options = dialog.options();
        dialog.reject();
        waitFor(view, &EvaluationView::fileEvaluationShown,
                [view, testFile, options] { view->evaluateFile(testFile, options); });
        ok &= save(this, dir, QStringLiteral("evaluation-file"));
    }
    return ok;
}

bool MainWindow::saveScreenshots(const QString &directory, const QString &extract,
                                 const QString &testFile, const QString &plan)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return false;
    bool ok = true;
    resize(1280, 800);
    if (!m_workspace) {
        ok &= save(this, dir, QStringLiteral("welcome"));
        return ok;
    }
    m_shell->showStep(PlanningStep::Data);
    const QList<QPair<DataStep::Tab, QString>> tabs = {
        {DataStep::CustomersTab, QStringLiteral("data-customers")},
        {DataStep::AuditTab, QStringLiteral("data-audit")},
        {DataStep::RejectsTab, QStringLiteral("data-rejects")}};
    for (const auto &[tab, name] : tabs) {
        m_shell->dataStep()->showTab(tab);
        ok &= save(this, dir, name);
    }
    m_shell->dataStep()->showTab(DataStep::CustomersTab);

    // The segment builder with a rule typed, its count and sample, and a rule with an error.
    m_shell->showStep(PlanningStep::Segments);
    SegmentView *segments = m_shell->segmentView();
    segments->editor()->setPlainText(
        QStringLiteral("total_fee_m1 > 80 AND 长途费_M1 / total_fee_m1 > 0.3\n"
                       "  AND months_between(协议到期, today) < 6"));
    segments->countNow();
    settle(1500);
    ok &= save(this, dir, QStringLiteral("segments"));
    segments->editor()->setPlainText(QStringLiteral("total_fee_m1 > 80 AND ld_fee > 10"));
    segments->countNow();
    settle(1500);
    ok &= save(this, dir, QStringLiteral("segments-error"));

    // The other tabs: a saved, materialised segment and an overlap; a tag; the profile of the
    // rule; the value x risk grid; the clusters with the elbow.
    const auto waitForTask = [](SegmentTask *task) {
        for (int i = 0; i < 600 && task->isRunning(); ++i)
            settle(100);
        settle(300);
    };
    segments->editor()->setPlainText(
        QStringLiteral("total_fee_m1 > 80 AND 长途费_M1 / total_fee_m1 > 0.3"));
    segments->countNow();
    settle(1000);
    SavedSegmentsPanel *saved = segments->segmentsPanel();
    const QList<QPair<QString, QString>> rules{
        {QStringLiteral("ld_heavy"), segments->editor()->rule()},
        {QStringLiteral("high_value"), QStringLiteral("total_fee_m1 > 150")}};
    for (const auto &[name, rule] : rules) {
        segments->editor()->setPlainText(rule);
        saved->nameEdit()->setText(name);
        saved->ownerEdit()->setText(QStringLiteral("planning"));
        saved->saveCurrentRule();
    }
    saved->selectSegments({QStringLiteral("ld_heavy")});
    saved->materialiseSelected();
    waitForTask(saved->task());
    saved->selectSegments({QStringLiteral("ld_heavy"), QStringLiteral("high_value")});
    saved->overlapSelected();
    waitForTask(saved->task());
    segments->tabs()->setCurrentWidget(saved);
    ok &= save(this, dir, QStringLiteral("segments-saved"));

    TagsPanel *tags = segments->tagsPanel();
    tags->nameEdit()->setText(QStringLiteral("expiring"));
    tags->ruleEdit()->setText(QStringLiteral("months_between(contract_end, today) < 3"));
    tags->descriptionEdit()->setText(QStringLiteral("contract ends within three months"));
    tags->saveForm();
    segments->tabs()->setCurrentWidget(tags);
    ok &= save(this, dir, QStringLiteral("segments-tags"));

    segments->editor()->setPlainText(rules.first().second);
    segments->countNow();
    settle(1000);
    segments->tabs()->setCurrentWidget(segments->profileTab());
    settle(300);
    waitForTask(segments->profileTab()->task());
    ok &= save(this, dir, QStringLiteral("segments-profile"));

    segments->tabs()->setCurrentWidget(segments->gridTab());
    segments->gridTab()->runNow();
    waitForTask(segments->gridTab()->task());
    segments->gridTab()->selectCell(1, 1);
    ok &= save(this, dir, QStringLiteral("segments-grid"));

    segments->tabs()->setCurrentWidget(segments->clusterTab());
    segments->clusterTab()->setK(4);
    segments->clusterTab()->runNow(true);
    waitForTask(segments->clusterTab()->task());
    ok &= save(this, dir, QStringLiteral("segments-clusters"));

    segments->tabs()->setCurrentIndex(0);
    segments->editor()->clear();
    // Offers: the catalog, the tier designer and the matching result (scripts/screenshots.sh
    // imports docs/examples/packages.json into the demo workspace).
    m_shell->showStep(PlanningStep::Offers);
    OfferView *offers = m_shell->offerView();
    offers->tabs()->setCurrentIndex(0);
    offers->selectPackage(2);
    ok &= save(this, dir, QStringLiteral("offers-catalog"));
    offers->tabs()->setCurrentIndex(1);
    offers->setMeasure(QStringLiteral("total_fee_m1"), QString());
    waitFor(offers, &OfferView::tiersLoaded, [offers] { offers->loadTiers(); });
    ok &= save(this, dir, QStringLiteral("offers-tiers"));
    offers->tabs()->setCurrentIndex(2);
    offers->setMatchOptions(QString(), QStringLiteral("value:10"));
    waitFor(offers, &OfferView::matchFinished, [offers] { offers->runMatch(); });
    ok &= save(this, dir, QStringLiteral("offers-match"));
    // The Campaigns step with the example campaign (scripts/screenshots.sh creates it) split.
    CampaignView *campaigns = m_shell->campaignView();
    if (campaigns->campaignList()->count() > 0) {
        m_shell->showStep(PlanningStep::Campaigns);
        campaigns->campaignList()->setCurrentRow(0);
        campaigns->tabs()->setCurrentIndex(0);
        ok &= save(this, dir, QStringLiteral("campaign-design"));
        QEventLoop loop;
        connect(campaigns, &CampaignView::splitShown, &loop, &QEventLoop::quit);
        connect(campaigns->runner(), &CampaignSplitRunner::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (campaigns->split() > 0)
            loop.exec();
        campaigns->tabs()->setCurrentIndex(1);
        ok &= save(this, dir, QStringLiteral("campaign-split"));
        campaigns->tabs()->setCurrentIndex(2);
        ok &= save(this, dir, QStringLiteral("campaign-lists"));
        campaigns->tabs()->setCurrentIndex(0);
        // The Lists & Scripts step needs the split stored.
        if (!m_workspace->isReadOnly() && campaigns->plan())
            campaigns->commitSplit();
    }
    ok &= saveSimulation(this, m_shell, m_workspace.get(), dir);
    ListsScriptsView *lists = m_shell->listsView();
    m_shell->showStep(PlanningStep::ListsScripts);
    lists->tabs()->setCurrentIndex(0);
    if (lists->campaignCombo()->count() > 0) {
        lists->agentsSpin()->setValue(4);
        QEventLoop loop;
        connect(lists, &ListsScriptsView::previewShown, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (lists->buildPreview() > 0)
            loop.exec();
    }
    ok &= save(this, dir, QStringLiteral("lists-preview"));
    lists->tabs()->setCurrentIndex(1);
    lists->sectionTabs()->setCurrentIndex(ListsScriptsView::SellingPointsEditor);
    lists->sectionEditor(ListsScriptsView::SellingPointsEditor)->setFocus();
    ok &= save(this, dir, QStringLiteral("lists-script"));
    lists->tabs()->setCurrentIndex(0);
    ok &= saveEvaluation(m_shell->evaluationView(), dir, testFile, plan);
    if (!m_shell->evaluationView()->options().campaign.isEmpty()) {
        ReportDialog report(m_workspace.get(), m_shell->evaluationView()->options(), this);
        report.setPath(QDir(dir).filePath(QStringLiteral("daily-report.pdf")));
        report.show();
        ok &= save(&report, dir, QStringLiteral("evaluation-report"));
        report.reject();
    }
    m_shell->showStep(PlanningStep::Data);

    // Encrypted copies: the passphrase twice with its hint, the progress, the passphrase asked
    // when a copy is opened.
    const QString copy =
        QFileInfo(m_workspace->path()).completeBaseName() + QStringLiteral(".cwbx");
    {
        PassphraseDialog passphrase(PassphraseDialog::Encrypt, copy, this);
        passphrase.passphraseEdit()->setText(QStringLiteral("harbour"));
        passphrase.show();
        ok &= save(&passphrase, dir, QStringLiteral("encrypted-copy-passphrase"));
        passphrase.reject();
        EncryptedCopyProgressDialog progress(EncryptedCopyJob::Encrypt, copy, this);
        Progress figures;
        figures.bytesDone = 7 << 20;
        figures.bytesTotal = 19 << 20;
        progress.showProgress(figures);
        progress.show();
        ok &= save(&progress, dir, QStringLiteral("encrypted-copy-progress"));
        progress.reject();
        PassphraseDialog open(PassphraseDialog::Decrypt, copy, this);
        open.show();
        ok &= save(&open, dir, QStringLiteral("encrypted-copy-open"));
        open.reject();
    }

    if (!extract.isEmpty() && !m_workspace->isReadOnly()) {
        ImportWizard wizard(m_workspace.get(), this);
        wizard.setSourceFile(extract);
        wizard.show();
        ok &= save(&wizard, dir, QStringLiteral("import-file"));
        wizard.next();
        ok &= save(&wizard, dir, QStringLiteral("import-mapping"));
        wizard.reject();
    }
    return ok;
}

} // namespace cwb
