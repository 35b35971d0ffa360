// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include "campaign/campaignplanner.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QUndoStack;

namespace cwb {

class CampaignSplitRunner;
class ContactListsPanel;
class Workspace;

// The Campaigns step: the campaigns of the workspace on the left (period, priority, split
// status; new, duplicate, delete, JSON import and export), and three tabs on the right:
// Design (the definition: settings, policy, cells, waves), Split (CampaignPlanner::plan on a
// worker thread: per cell the policy waterfall and the balance table, the warnings; commit
// stores it) and Lists (contact lists and the universal control group).
// Edits are QUndoCommands on the shell's undo stack and change a draft per campaign; each draft
// is checked with campaign::validate (the message shown under the editor) and written by Save.
class CampaignView : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignView(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~CampaignView() override;

    void setWorkspace(Workspace *workspace); // nullptr when the workspace was closed
    void refresh();                          // the campaign list, after the data changed

    bool selectCampaign(const QString &name);
    qint64 currentId() const { return m_currentId; }
    // The definition being edited (the draft, or the stored one when not edited).
    const campaign::Campaign &draft() const { return m_draft; }
    bool isModified() const;
    // Pushes an edit of the current campaign (no-op when nothing changed).
    void edit(const campaign::Campaign &edited, const QString &text, int mergeKey = -1);
    // Shows definition as the draft of campaign id (selecting it): what the undo commands call.
    void setDefinition(qint64 id, const campaign::Campaign &definition);

    // The actions of the buttons, without dialogs; each returns an empty string when done,
    // else the message it shows.
    QString newCampaign(const QString &name = {});
    QString duplicateCampaign();
    QString deleteCampaign(); // no confirmation (the button asks)
    QString importJson(const QString &path);
    QString exportJson(const QString &path);
    QString save();
    int split(); // starts planning the draft; returns the job id (0 when refused)
    QString commitSplit();

    const std::shared_ptr<const campaign::CampaignPlan> &plan() const { return m_plan; }
    QString errorText() const;   // the definition's validation message
    QString messageText() const; // the last action's message
    QString splitStatusText() const;
    QString warningText() const;

    QListWidget *campaignList() const { return m_list; }
    QTableWidget *cellsTable() const { return m_cells; }
    QTableWidget *wavesTable() const { return m_waves; }
    QTableWidget *balanceTable() const { return m_balance; }
    QCustomPlot *waterfallPlot() const { return m_waterfall; }
    QComboBox *splitCellCombo() const { return m_splitCell; }
    QTabWidget *tabs() const { return m_tabs; }
    ContactListsPanel *listsPanel() const { return m_lists; }
    CampaignSplitRunner *runner() const { return m_runner; }

signals:
    void splitShown(int jobId);

private:
    enum Field
    {
        NameField,
        ObjectiveField,
        OwnerField,
        PeriodField,
        StartField,
        EndField,
        PriorityField,
        SeedField,
        StratifyField,
        FatigueMaxField,
        FatigueDaysField,
        PolicyField,
        CellsField,
        WavesField
    };

    void buildDesignTab(QWidget *page);
    void buildSplitTab(QWidget *page);
    void reloadList();
    void loadCurrent();
    void showDraft();
    void fillCells();
    void fillWaves();
    void validateDraft();
    void updateActions();
    void fieldEdited(Field field);
    void cellEdited(int row, int column);
    void waveEdited(int row, int column);
    void showMessage(const QString &message, bool error);
    // Runs body; an engine error is shown under the editor and returned (empty on success).
    QString attempt(const std::function<void()> &body);
    void showPlan(int jobId, std::shared_ptr<const campaign::CampaignPlan> plan);
    void showSplitFailure(int jobId, const QString &message, bool cancelled);
    void showCell(int index);
    void deleteAsked();
    void importAsked();
    void exportAsked();
    QStringList customerColumns() const;

    QUndoStack *m_undoStack;
    Workspace *m_workspace = nullptr;
    qint64 m_currentId = 0;
    campaign::Campaign m_stored;                // as saved
    campaign::Campaign m_draft;                 // as edited
    QHash<qint64, campaign::Campaign> m_drafts; // edited, not saved, per campaign id
    bool m_loading = false;
    std::shared_ptr<const campaign::CampaignPlan> m_plan;

    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_importJson;
    QPushButton *m_exportJson;
    QTabWidget *m_tabs;
    // Design
    QLineEdit *m_name;
    QLineEdit *m_objective;
    QLineEdit *m_owner;
    QLineEdit *m_period;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QSpinBox *m_priority;
    QLineEdit *m_seed;
    QPushButton *m_newSeed;
    QComboBox *m_stratify;
    QSpinBox *m_fatigueMax;
    QSpinBox *m_fatigueDays;
    QCheckBox *m_blacklist;
    QCheckBox *m_graylist;
    QCheckBox *m_doNotDisturb;
    QCheckBox *m_priorityRule;
    QTableWidget *m_cells;
    QPushButton *m_addCell;
    QPushButton *m_removeCell;
    QTableWidget *m_waves;
    QPushButton *m_addWave;
    QPushButton *m_removeWave;
    QLabel *m_error;
    QLabel *m_message;
    QPushButton *m_save;
    // Split
    CampaignSplitRunner *m_runner;
    QPushButton *m_split;
    QPushButton *m_cancel;
    QProgressBar *m_busy;
    QLabel *m_splitStatus;
    QComboBox *m_splitCell;
    QCustomPlot *m_waterfall;
    QTableWidget *m_balance;
    QLabel *m_warnings;
    QPushButton *m_commit;
    // Lists
    ContactListsPanel *m_lists;
};

} // namespace cwb
