// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluate/campaignevaluator.h"
#include "evaluate/fileevaluator.h"
#include "evaluate/outcomeimporter.h"
#include "evaluate/outcomesummary.h"

#include <QMap>
#include <QWidget>

#include <any>
#include <optional>

class QBoxLayout;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace cwb {

class EvaluationTask;
class RuleEditor;
class Workspace;

// The Evaluation step. A campaign with recorded call outcomes is evaluated by
// CampaignEvaluator on a worker thread (progress, cancel) with the options chosen above the
// dashboard (conversion rule over the follow-up extract, fee column, breakdown, ROI plan,
// confidence); the dashboard shows KPI tiles, the funnel, the uplift with error bars, calls by
// day, the breakdown and agents with intervals, the refusal Pareto, target vs control on
// conversion and ARPU, ROI plan vs actual and the engine's notes. Outcome files and the
// follow-up extract are imported from here too (OutcomeImporter, Followup, in the background).
// "Open Test/Control File…" evaluates a finished file with FileEvaluator and shows it in the
// same style. Every figure comes from the engine's structs; the view only formats them.
class EvaluationView : public QWidget
{
    Q_OBJECT

public:
    enum Page
    {
        EmptyPage,
        CampaignPage,
        FilePage
    };

    explicit EvaluationView(QWidget *parent = nullptr);
    ~EvaluationView() override;

    void setWorkspace(Workspace *workspace);
    // Re-reads the campaigns and their outcomes (after an import elsewhere).
    void refresh();

    // Selects a campaign of the picker; false when it is not listed (no outcomes).
    bool selectCampaign(const QString &name);
    QString selectedCampaign() const;
    // The options as chosen in the view.
    CampaignEvaluationOptions options() const;
    // Starts evaluating the selected campaign; returns the job id (0 when no campaign).
    int evaluate();
    // Starts importing an outcome file for a campaign; returns the job id.
    int importOutcomes(const QString &path, const QString &campaign);
    // Starts importing a follow-up extract (replaces the previous one); returns the job id.
    int importFollowup(const QString &path);
    // Starts evaluating a test/control file; returns the job id.
    int evaluateFile(const QString &path, const FileEvaluationOptions &options);
    void cancel();

    Page page() const;
    const QList<CampaignOutcomeSummary> &campaigns() const { return m_summaries; }
    const std::optional<CampaignEvaluation> &evaluation() const { return m_evaluation; }
    const std::optional<CampaignEvaluation> &dayEvaluation() const { return m_days; }
    const std::optional<FileEvaluation> &fileEvaluation() const { return m_file; }
    const std::optional<OutcomeImportResult> &lastImport() const { return m_lastImport; }
    EvaluationTask *task() const { return m_task; }

    QString errorText() const;
    // What the last import did (counts, the first rejects); stays until the next import.
    QString importText() const;
    QString notesText() const;
    QString statusText() const;
    QString emptyText() const;
    // The line above the campaign dashboard (what the figures are, Holm's method).
    QString headerText() const;
    // The value shown in a KPI tile: "targets", "called", "connect", "intention",
    // "completion", "success", "package".
    QString tileText(const QString &tile) const;

    QComboBox *campaignBox() const { return m_campaign; }
    RuleEditor *conversionEditor() const { return m_rule; }
    QComboBox *feeColumnBox() const { return m_fee; }
    QComboBox *breakdownBox() const { return m_breakdown; }
    QLineEdit *planEdit() const { return m_plan; }
    QDoubleSpinBox *confidenceBox() const { return m_confidence; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *breakdownTable() const { return m_breakdownTable; }
    QTableWidget *agentsTable() const { return m_agentsTable; }
    QTableWidget *outcomesTable() const { return m_outcomesTable; }
    QTableWidget *conversionTable() const { return m_conversionTable; }
    QTableWidget *arpuTable() const { return m_arpuTable; }
    QTableWidget *roiTable() const { return m_roiTable; }
    QTableWidget *fileResponsesTable() const { return m_fileResponses; }
    QTableWidget *fileAmountsTable() const { return m_fileAmounts; }
    QCustomPlot *funnelPlot() const { return m_funnelPlot; }
    QCustomPlot *upliftPlot() const { return m_upliftPlot; }
    QCustomPlot *daysPlot() const { return m_daysPlot; }
    QCustomPlot *agentsPlot() const { return m_agentsPlot; }
    QCustomPlot *paretoPlot() const { return m_paretoPlot; }
    QCustomPlot *fileUpliftPlot() const { return m_fileUpliftPlot; }

signals:
    void evaluationShown(int jobId);
    void fileEvaluationShown(int jobId);
    void importFinished(int jobId);
    void failedShown(int jobId, const QString &message);
    // An import changed the workspace (outcomes, do-not-disturb list, follow-up extract).
    void workspaceChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Work
    {
        None,
        Evaluate,
        ImportOutcomes,
        ImportFollowup,
        EvaluateFile
    };

    void buildCampaignPage(QWidget *page);
    void buildFilePage(QWidget *page);
    void reloadFollowupFields();
    // Evaluates the selected campaign when the view is shown without its figures.
    void maybeEvaluate();
    void updateEnabled();
    void showPage();
    void startWork(Work work, int jobId, const QString &what);
    void taskFinished(int jobId, const std::any &result);
    void taskFailed(int jobId, const QString &message, bool cancelled);
    void showEvaluation(const CampaignEvaluation &e, const std::optional<CampaignEvaluation> &days);
    void showFileEvaluation(const FileEvaluation &e);
    void showError(const QString &message);
    void importOutcomesAsked();
    void importFollowupAsked();
    void openFileAsked();
    void reportAsked();
    void browsePlan();

    Workspace *m_workspace = nullptr;
    EvaluationTask *m_task;
    Work m_work = Work::None;
    bool m_fileShown = false;
    QList<CampaignOutcomeSummary> m_summaries;
    std::optional<CampaignEvaluation> m_evaluation;
    std::optional<CampaignEvaluation> m_days;
    std::optional<FileEvaluation> m_file;
    std::optional<OutcomeImportResult> m_lastImport;

    QComboBox *m_campaign;
    QPushButton *m_evaluate;
    QPushButton *m_cancel;
    QPushButton *m_importOutcomes;
    QPushButton *m_importFollowup;
    QPushButton *m_openFile;
    QPushButton *m_report;
    QProgressBar *m_progress;
    QLabel *m_status;
    QWidget *m_optionsBox;
    QBoxLayout *m_actions = nullptr; // the import, file and report buttons
    RuleEditor *m_rule;
    QComboBox *m_fee;
    QComboBox *m_breakdown;
    QLineEdit *m_plan;
    QDoubleSpinBox *m_confidence;
    QLabel *m_error;
    QLabel *m_notes;
    QLabel *m_importInfo;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    QLabel *m_header;
    QMap<QString, QLabel *> m_tiles;
    QTabWidget *m_tabs;
    QCustomPlot *m_funnelPlot;
    QCustomPlot *m_upliftPlot;
    QCustomPlot *m_daysPlot;
    QCustomPlot *m_agentsPlot;
    QCustomPlot *m_paretoPlot;
    QTableWidget *m_breakdownTable;
    QTableWidget *m_agentsTable;
    QTableWidget *m_outcomesTable;
    QTableWidget *m_conversionTable;
    QTableWidget *m_arpuTable;
    QTableWidget *m_roiTable;
    QLabel *m_roiCaption;
    QLabel *m_fileHeader;
    QTableWidget *m_fileResponses;
    QTableWidget *m_fileAmounts;
    QCustomPlot *m_fileUpliftPlot;
};

} // namespace cwb
