// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appsettings.h"
#include "workspace/workspacelock.h"

#include "core/error.h"
#include "importwizard/importwizard.h"
#include "rejects/purgerejects.h"
#include "secure/encryptedcopy.h"
#include "secure/encryptedcopyflow.h"
#include "shell/datastep.h"
#include "shell/welcomeview.h"
#include "shell/workbenchshell.h"
#include "shell/workspacestatus.h"
#include "workspace/workspace.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include <vector>

namespace cwb {

namespace {

const QString kWorkspaceSuffix = QStringLiteral("cwb");

std::vector<std::unique_ptr<QTranslator>> &translators()
{
    static std::vector<std::unique_ptr<QTranslator>> list;
    return list;
}

bool isExtract(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("txt") ||
           suffix == QLatin1String("tsv") || suffix == QLatin1String("xlsx");
}

// A workspace or an encrypted copy of one (opened after decrypting it).
bool isWorkspaceFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("cwb") || suffix == QLatin1String(encryptedcopy::kSuffix);
}

} // namespace

void MainWindow::installTranslators(const QString &language)
{
    for (auto &translator : translators())
        QCoreApplication::removeTranslator(translator.get());
    translators().clear();

    QString code = language;
    if (code.isEmpty())
        code = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                                : QStringLiteral("en");
    QLocale::setDefault(QLocale(code));
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/translations/campaign-workbench_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(app.get());
        translators().push_back(std::move(app));
    }
    // Qt's own dialogs and buttons (from Debian's qt6-translations-l10n).
    if (code != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            translators().push_back(std::move(qt));
        }
    }
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_undoStack(new QUndoStack(this))
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/campaign-workbench.svg")));
    buildUi();
    if (!restoreGeometry(AppSettings::geometry.value()))
        resize(1200, 780);
    restoreState(AppSettings::windowState.value());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    // Called again after a language switch: everything with text is made anew.
    PlanningStep step = m_shell ? m_shell->currentStep() : PlanningStep::Data;
    if (m_central)
        m_central->deleteLater();
    m_central = new QStackedWidget(this);
    m_welcome = new WelcomeView(m_central);
    m_shell = new WorkbenchShell(m_undoStack, m_central);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_shell);
    setCentralWidget(m_central);
    connect(m_welcome, &WelcomeView::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomeView::openRequested, this, &MainWindow::chooseWorkspace);
    connect(m_welcome, &WelcomeView::recentRequested, this,
            [this](const QString &path) { openWorkspace(path); });
    connect(m_shell, &WorkbenchShell::importRequested, this, [this] { importExtract(); });

    if (!m_status) {
        m_status = new WorkspaceStatus(this);
        statusBar()->addPermanentWidget(m_status);
    }
    buildMenus();
    m_shell->showStep(step);
    workspaceChanged();
}

void MainWindow::buildMenus()
{
    menuBar()->clear();
    m_workspaceActions.clear();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction =
        file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import Extract…"), this, [this] { importExtract(); });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction *copyAction = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopyAs);
    copyAction->setShortcut(QKeySequence::SaveAs);
    QAction *encryptedAction = file->addAction(tr("Save &Encrypted Copy…"), this, [this] {
        if (!m_workspace)
            return;
        const QString path = EncryptedCopyFlow::save(this, m_workspace->path());
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Saved an encrypted copy as %1").arg(path), 5000);
    });
    QAction *closeAction =
        file->addAction(tr("&Close Workspace"), this, &MainWindow::closeWorkspace);
    closeAction->setShortcut(QKeySequence::Close);
    m_workspaceActions << copyAction << encryptedAction << closeAction;
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *data = menuBar()->addMenu(tr("&Data"));
    m_purgeAction = data->addAction(tr("Purge &Rejected Rows…"), this, &MainWindow::purgeRejects);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    int number = 1;
    for (const PlanningStepInfo &info : PlanningSteps::all()) {
        QAction *action = view->addAction(info.title, this,
                                          [this, step = info.step] { m_shell->showStep(step); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        m_workspaceActions << action;
    }
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(language);
    const QString current = AppSettings::language.value();
    const QList<QPair<QString, QString>> languages = {
        {QString(), tr("System Default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, name] : languages) {
        QAction *action =
            language->addAction(name, this, [this, code = code] { setLanguage(code); });
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Campaign Workbench"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles.value();
    int number = 1;
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1  %2").arg(number++).arg(QFileInfo(path).fileName()), this,
            [this, path] { openWorkspace(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            AppSettings::recentFiles.setValue({});
            updateRecentMenu();
        });
    }
    if (m_welcome)
        m_welcome->setRecentFiles(files);
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("Campaign Workbench"));
        setWindowFilePath(QString());
        return;
    }
    const QFileInfo info(m_workspace->path());
    QString title = tr("%1 (%2) — Campaign Workbench")
                        .arg(info.fileName(), QLocale().formattedDataSize(info.size()));
    if (m_workspace->isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only]");
    setWindowTitle(title);
}

void MainWindow::workspaceChanged()
{
    Workspace *workspace = m_workspace.get();
    m_central->setCurrentIndex(workspace ? 1 : 0);
    m_shell->setWorkspace(workspace);
    m_status->refresh(workspace);
    for (QAction *action : std::as_const(m_workspaceActions))
        action->setEnabled(workspace != nullptr);
    m_importAction->setEnabled(workspace && !workspace->isReadOnly());
    m_purgeAction->setEnabled(workspace && !workspace->isReadOnly());
    updateTitle();
}

bool MainWindow::openWorkspace(const QString &path, bool readOnly)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_workspace && QFileInfo(m_workspace->path()).absoluteFilePath() == absolute)
        return true;
    if (encryptedcopy::looksEncrypted(absolute) ||
        QFileInfo(absolute).suffix().toLower() == QLatin1String(encryptedcopy::kSuffix)) {
        // An encrypted copy: decrypted into a workspace first (or its problem shown).
        const QString decrypted =
            EncryptedCopyFlow::open(this, absolute, m_workspace ? m_workspace->path() : QString());
        return !decrypted.isEmpty() && openWorkspace(decrypted, readOnly);
    }
    if (!QFileInfo::exists(absolute)) {
        showError(tr("Open Workspace"), tr("The workspace %1 does not exist.").arg(absolute));
        AppSettings::removeRecentFile(absolute);
        updateRecentMenu();
        return false;
    }
    std::unique_ptr<Workspace> workspace;
    try {
        workspace = openForWriting(absolute, readOnly);
        if (!workspace)
            return false;
    } catch (const Error &error) {
        showError(tr("Open Workspace"), error.message());
        return false;
    }
    closeWorkspace();
    m_workspace = std::move(workspace);
    AppSettings::addRecentFile(absolute);
    AppSettings::workspaceFolder.setValue(QFileInfo(absolute).absolutePath());
    updateRecentMenu();
    workspaceChanged();
    return true;
}

std::unique_ptr<Workspace> MainWindow::openForWriting(const QString &path, bool readOnly)
{
    if (readOnly)
        return Workspace::open(path, Workspace::Access::ReadOnly);
    for (;;) {
        try {
            return Workspace::open(path, Workspace::Access::ReadWrite);
        } catch (const Error &error) {
            const auto kind = error.kind();
            if (kind != Error::Kind::Locked && kind != Error::Kind::ReadOnly &&
                kind != Error::Kind::NoPermission)
                throw;
            const auto holder = WorkspaceLock::holder(path);
            const bool canUnlock =
                kind == Error::Kind::Locked && holder && !holder->alive && !holder->thisHost;
            QMessageBox box(QMessageBox::Question,
                            kind == Error::Kind::Locked ? tr("Workspace in Use")
                                                        : tr("Workspace Cannot Be Written"),
                            error.message() +
                                tr("\n\nOpen it read-only? You can look at everything but not "
                                   "import or change it."),
                            QMessageBox::Cancel, this);
            QPushButton *open = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
            QPushButton *unlock =
                canUnlock ? box.addButton(tr("&Unlock…"), QMessageBox::ActionRole) : nullptr;
            box.setDefaultButton(open);
            box.exec();
            if (box.clickedButton() == open)
                return Workspace::open(path, Workspace::Access::ReadOnly);
            if (!unlock || box.clickedButton() != unlock)
                return nullptr;
            const auto sure = QMessageBox::warning(
                this, tr("Unlock Workspace"),
                tr("Remove the lock of %1 held by %2?\n\nDo this only if that computer no longer "
                   "has the workspace open (it was switched off or crashed). Two computers "
                   "writing one workspace can damage it.")
                    .arg(QFileInfo(path).fileName(), WorkspaceLock::describe(*holder)),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (sure != QMessageBox::Yes)
                return nullptr;
            WorkspaceLock::breakStale(path);
        }
    }
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), AppSettings::workspaceFolder.value(),
        tr("Campaign Workbench workspaces (*.cwb *.cwbx);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"),
                                                AppSettings::workspaceFolder.value(),
                                                tr("Campaign Workbench workspaces (*.cwb)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + kWorkspaceSuffix;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        // The save dialog has already asked whether to replace the file.
        showError(tr("New Workspace"), tr("%1 cannot be replaced.").arg(path));
        return;
    }
    try {
        Workspace::create(path); // created, then opened (and locked) like any other
    } catch (const Error &error) {
        showError(tr("New Workspace"), error.message());
        return;
    }
    openWorkspace(path);
}

void MainWindow::saveCopyAs()
{
    if (!m_workspace)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy As"),
                                                AppSettings::workspaceFolder.value(),
                                                tr("Campaign Workbench workspaces (*.cwb)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + kWorkspaceSuffix;
    const QString source = QFileInfo(m_workspace->path()).absoluteFilePath();
    if (QFileInfo(path).absoluteFilePath() == source)
        return;
    // The dialog asked before replacing an existing file.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("Save a Copy As"), tr("%1 cannot be replaced.").arg(path));
        return;
    }
    try {
        m_workspace->saveCopy(path);
    } catch (const Error &error) {
        showError(tr("Save a Copy As"), error.message());
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1").arg(path), 5000);
}

void MainWindow::closeWorkspace()
{
    if (!m_workspace)
        return;
    m_shell->setWorkspace(nullptr);
    m_undoStack->clear();
    m_workspace.reset();
    workspaceChanged();
}

void MainWindow::importExtract(const QString &file)
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    ImportWizard wizard(m_workspace.get(), this);
    if (!file.isEmpty())
        wizard.setSourceFile(file);
    bool showRejects = false;
    connect(&wizard, &ImportWizard::rejectsRequested, this, [&] {
        showRejects = true;
        wizard.accept();
    });
    wizard.exec();
    if (wizard.imported()) {
        m_shell->refresh();
        m_status->refresh(m_workspace.get());
        updateTitle();
        m_shell->showStep(PlanningStep::Data);
        m_shell->dataStep()->showTab(showRejects ? DataStep::RejectsTab : DataStep::CustomersTab);
    }
}

void MainWindow::purgeRejects()
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    if (PurgeRejects::run(this, *m_workspace)) {
        m_shell->refresh();
        m_status->refresh(m_workspace.get());
        updateTitle();
    }
}

void MainWindow::setLanguage(const QString &language)
{
    AppSettings::language.setValue(language);
    installTranslators(language);
    buildUi();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Campaign Workbench"),
        tr("<h3>Campaign Workbench %1</h3><p>Plan, simulate and evaluate targeted marketing "
           "pilots offline: import a customer extract, audit it, segment it, design offers and "
           "campaigns with control groups, and measure the outcome.</p><p>Licensed under the "
           "GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(CWB_VERSION)));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::geometry.setValue(saveGeometry());
    AppSettings::windowState.setValue(saveState());
    closeWorkspace();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        const QString path = urls.first().toLocalFile();
        if (isWorkspaceFile(path) || (isExtract(path) && m_workspace && !m_workspace->isReadOnly()))
            event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    event->acceptProposedAction();
    // Let the drop finish before a dialog opens.
    QTimer::singleShot(0, this, [this, path] {
        if (isWorkspaceFile(path))
            openWorkspace(path);
        else
            importExtract(path);
    });
}

} // namespace cwb
