// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/planningstep.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDir;
class QActionGroup;
class QMenu;
class QStackedWidget;
class QTranslator;
class QUndoStack;

namespace cwb {

class EvaluationView;
class WelcomeView;
class WorkbenchShell;
class Workspace;
class WorkspaceStatus;

// The application window: workspace life cycle (new, open, recent, save a copy, close, the lock
// against a second writer), menus and shortcuts, language switch, and the shell with the
// planning steps. Owns the undo stack that the plan-editing views share.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace. When another instance holds it, asks whether to open it read-only
    // (or does so without asking when readOnly is set). Returns false when nothing was opened.
    bool openWorkspace(const QString &path, bool readOnly = false);
    QUndoStack *undoStack() const { return m_undoStack; }

    // Installs the translators for a language ("" = system locale, "en", "zh_CN").
    static void installTranslators(const QString &language);

    // For the documentation: shows each view in turn and saves a PNG of the window per view
    // into directory; extract (optional) is shown in the import wizard's first two pages,
    // testFile (optional, the Hillstrom e-mail campaign) and plan (optional, the ROI plan of the
    // evaluated campaign) in the Evaluation step.
    bool saveScreenshots(const QString &directory, const QString &extract,
                         const QString &testFile = {}, const QString &plan = {});

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool saveEvaluation(EvaluationView *view, const QDir &dir, const QString &testFile,
                        const QString &plan);
    void buildUi();
    void buildMenus();
    void newWorkspace();
    // Opens path for writing; when another process holds it, it cannot be written or its lock
    // was left by another computer, asks whether to open it read-only (or to unlock it).
    // nullptr when the user cancelled; throws cwb::Error for other failures.
    std::unique_ptr<Workspace> openForWriting(const QString &path, bool readOnly);
    void chooseWorkspace();
    void saveCopyAs();
    void closeWorkspace();
    void importExtract(const QString &file = {});
    void purgeRejects(); // Data ▸ Purge Rejected Rows…
    void setLanguage(const QString &language);
    void showAbout();
    void workspaceChanged();
    void updateRecentMenu();
    void updateTitle();
    void showError(const QString &title, const QString &message);

    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undoStack;
    QStackedWidget *m_central = nullptr;
    WelcomeView *m_welcome = nullptr;
    WorkbenchShell *m_shell = nullptr;
    WorkspaceStatus *m_status = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_workspaceActions; // enabled only with an open workspace
    QAction *m_importAction = nullptr;
    QAction *m_purgeAction = nullptr;
};

} // namespace cwb
