// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow::saveScreenshots: pictures of every view for docs/user-guide.md, taken by
// scripts/screenshots.sh under Xvfb.
#include "mainwindow.h"

#include "campaign/campaignsplitrunner.h"
#include "campaign/campaignview.h"
#include "importwizard/importwizard.h"
#include "shell/datastep.h"
#include "shell/workbenchshell.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListWidget>
#include <QPixmap>
#include <QScreen>
#include <QTabWidget>
#include <QThread>
#include <QTimer>

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

} // namespace

bool MainWindow::saveScreenshots(const QString &directory, const QString &extract)
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
    m_shell->showStep(PlanningStep::Segments);
    ok &= save(this, dir, QStringLiteral("step-planned"));
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
    }
    m_shell->showStep(PlanningStep::Data);

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
