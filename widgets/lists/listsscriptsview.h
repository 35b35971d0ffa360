// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/callscript.h"

#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPagedPaintDevice;
class QPrinter;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTextEdit;
class QToolBar;

namespace cwb {

class ListsTaskRunner;
class Workspace;

// The Lists & Scripts step. The Call lists tab: a split campaign, its wave and how the lists
// are split (agents round-robin or balanced, or grids), the columns template (checkable and
// reorderable), full phone numbers (an explicit choice, masked otherwise), language and file
// format; a preview of the parts (built with
// exporting::buildCallLists on a worker thread, with progress and cancel) and Export, which
// writes the files and records the contact history (exporting::exportCallLists; a wave with
// recorded contacts asks first). The Script tab: the call script's title, its four text
// sections as rich-text editors (bold, italic, bullet and numbered lists, stored as Markdown),
// merge fields, the objections as a question/answer table, open/save of script files, the
// built-in templates, and the printout (script and call sheets) as a print preview or a PDF.
class ListsScriptsView : public QWidget
{
    Q_OBJECT

public:
    enum SectionEditor
    {
        OpeningEditor,
        SellingPointsEditor,
        OfferEditor,
        CloseEditor,
        SectionEditorCount
    };

    explicit ListsScriptsView(QWidget *parent = nullptr);
    ~ListsScriptsView() override;

    void setWorkspace(Workspace *workspace); // nullptr when the workspace was closed
    void refresh();                          // the split campaigns, after they changed

    // Lists: the choices as engine options, the preview and the export, without dialogs.
    bool selectCampaign(const QString &name);
    QString currentCampaign() const;
    exporting::CallListOptions listOptions() const;
    int buildPreview(); // starts building; returns the job id (0 when there is no campaign)
    // The warning shown before exporting the chosen wave again (empty when it has no history).
    QString reexportWarning() const;
    int startExport(const QString &dir); // returns the job id (0 when refused)
    const std::shared_ptr<const exporting::CallListSet> &callLists() const { return m_set; }
    QString statusText() const;

    // Script: the editors' script, its check, files and printing.
    exporting::CallScript script() const;
    void setScript(const exporting::CallScript &script);
    QString scriptError() const; // checkCallScript's message, or a formatting that reads back
                                 // differently; empty when fine
    QString openScript(const QString &path); // "" when done, else the error shown
    QString saveScript(const QString &path);
    void resetScript(exporting::Language language);
    // Paints script and call sheets of the current campaign onto device (the preview's printer,
    // a PDF writer); throws cwb::Error.
    exporting::PrintResult paintPrintout(QPagedPaintDevice &device);
    QString savePdf(const QString &path); // "" when done, else the error shown
    const exporting::PrintResult &lastPrint() const { return m_lastPrint; }

    QComboBox *campaignCombo() const { return m_campaign; }
    QComboBox *waveCombo() const { return m_wave; }
    QComboBox *splitByCombo() const { return m_splitBy; }
    QSpinBox *agentsSpin() const { return m_agents; }
    QComboBox *agentModeCombo() const { return m_agentMode; }
    QListWidget *columnsList() const { return m_columns; }
    QCheckBox *fullPhonesCheck() const { return m_fullPhones; }
    QComboBox *languageCombo() const { return m_language; }
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QListWidget *partsList() const { return m_parts; }
    QTableWidget *previewTable() const { return m_preview; }
    QStackedWidget *listsPages() const { return m_listsPages; } // 0: empty state, 1: lists
    QTabWidget *tabs() const { return m_tabs; }
    QTabWidget *sectionTabs() const { return m_sections; } // the four sections, objections
    QTextEdit *sectionEditor(SectionEditor section) const { return m_editors[section]; }
    QLineEdit *titleEdit() const { return m_title; }
    QTableWidget *objectionsTable() const { return m_objections; }
    QLabel *scriptErrorLabel() const { return m_scriptError; }
    ListsTaskRunner *runner() const { return m_runner; }
    QAction *boldAction() const { return m_bold; }
    QAction *italicAction() const { return m_italic; }
    QAction *bulletAction() const { return m_bullets; }
    QAction *numberedAction() const { return m_numbered; }

public slots:
    void paintPreview(QPrinter *printer); // QPrintPreviewDialog::paintRequested

signals:
    void previewShown(int jobId);
    void exportFinished(int jobId, bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildListsTab();
    QWidget *buildScriptTab();
    void campaignChosen();
    void fillColumns(bool useSaved = true); // useSaved: the last template, else the default
    void showPart(int row);
    void showLists(int jobId, std::shared_ptr<const exporting::CallListSet> set);
    void showFailure(int jobId, const QString &message, bool cancelled);
    void showExport(int jobId, const exporting::ExportResult &result);
    void setStatus(const QString &text, bool error);
    void setScriptMessage(const QString &text, bool error = true);
    void exportAsked();
    void listChoiceChanged();
    void saveChoices() const;
    void restoreChoices();
    void updateListControls();
    QTextEdit *currentEditor() const;
    void updateFormatActions();
    void toggleList(bool numbered);
    void insertField(const QString &field);
    void scriptEdited();
    void addObjection(const exporting::Objection &objection);
    void openAsked();
    void saveAsked();
    void previewAsked();
    void pdfAsked();
    bool scriptReady(); // shows the error and returns false when the script or campaign is bad

    Workspace *m_workspace = nullptr;
    ListsTaskRunner *m_runner;
    std::shared_ptr<const exporting::CallListSet> m_set;
    int m_buildJob = 0;
    int m_exportJob = 0;
    bool m_loading = false;
    exporting::PrintResult m_lastPrint;

    QTabWidget *m_tabs;
    QStackedWidget *m_listsPages = nullptr;
    QLabel *m_empty = nullptr;
    QComboBox *m_campaign = nullptr;
    QComboBox *m_wave = nullptr;
    QComboBox *m_splitBy = nullptr;
    QSpinBox *m_agents = nullptr;
    QComboBox *m_agentMode = nullptr;
    QListWidget *m_columns = nullptr;
    QPushButton *m_columnUp = nullptr;
    QPushButton *m_columnDown = nullptr;
    QPushButton *m_columnsReset = nullptr;
    QCheckBox *m_fullPhones = nullptr; // unchecked: phone numbers masked
    QComboBox *m_language = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_progress = nullptr;
    QListWidget *m_parts = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_status = nullptr;

    QLineEdit *m_title = nullptr;
    QTabWidget *m_sections = nullptr;
    QTextEdit *m_editors[SectionEditorCount] = {};
    QTableWidget *m_objections = nullptr;
    QLabel *m_scriptError = nullptr;
    QAction *m_bold = nullptr;
    QAction *m_italic = nullptr;
    QAction *m_bullets = nullptr;
    QAction *m_numbered = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

} // namespace cwb
