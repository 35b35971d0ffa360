// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/montecarlo.h"

#include <QWidget>

#include <optional>

class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace cwb {

class PlanCellModel;
class SimulationRunner;
class Workspace;

// The Simulation step: a ROI plan typed in (or opened from PLAN.json) and what it returns. The
// cells table and the plan settings feed simulate::runSimulation on a worker thread (debounced,
// stale results dropped); the view shows the expected funnel, the Monte Carlo summary, the
// power figures, the warnings, the ROI histogram and the tornado chart, and prints a one-page
// summary for sign-off. A plan can be built from a campaign of the open workspace
// (simulate::planFromCampaign). The current plan can be kept as scenario A: every later run
// is then simulate::compareScenarios(A, current plan) and the Scenarios tab shows both side by
// side with the difference in net. All figures come from the engine's result.
class SimulationView : public QWidget
{
    Q_OBJECT

public:
    explicit SimulationView(QWidget *parent = nullptr);
    ~SimulationView() override;

    // The workspace whose campaigns "From Campaign…" offers (nullptr: none).
    void setWorkspace(Workspace *workspace);
    // Replaces the plan by one built from the campaign; empty when done, else the engine's
    // message (also shown in the view).
    QString loadCampaign(const QString &name);
    // Keeps the current plan (as checked by the engine's reader) as scenario A; false when the
    // plan cannot be simulated. clearScenarioA() goes back to a single plan.
    bool keepAsScenarioA();
    void clearScenarioA();
    bool hasScenarioA() const { return m_scenarioA.has_value(); }
    const std::optional<simulate::ScenarioComparison> &comparison() const { return m_comparison; }
    QTableWidget *comparisonTable() const { return m_comparisonTable; }
    // Where the inputs come from (simulate::describeSources of the plan as typed): one row per
    // input with a source, and the revenue per completion worked out per cell.
    QTableWidget *sourcesTable() const { return m_sourcesTable; }
    QTabWidget *tabs() const { return m_tabs; }
    QString sourceText() const; // where the plan came from (a campaign's description)

    // The plan as typed (not yet checked by the engine's reader).
    simulate::SimulationPlan plan() const;
    void setPlan(const simulate::SimulationPlan &plan);
    // Empty when opened; else the reader's message (also shown in the view).
    QString openPlanFile(const QString &path);
    QString savePlanFile(const QString &path);
    // Throws cwb::Error when there is no result or the file cannot be written.
    void exportPdf(const QString &path);

    PlanCellModel *cellModel() const { return m_cells; }
    SimulationRunner *runner() const { return m_runner; }
    const std::optional<simulate::SimulationResult> &result() const { return m_result; }
    QTableWidget *resultsTable() const { return m_results; }
    QString errorText() const;
    QString warningText() const;

signals:
    void resultShown(int jobId);

private:
    void planChanged();
    void showResult(int jobId, const simulate::SimulationResult &result);
    void showError(const QString &message);
    void showComparison(int jobId, const simulate::ScenarioComparison &comparison);
    void fromCampaignAsked();
    void updateScenarioButtons();
    void showSources(const simulate::SimulationPlan &plan);
    void openAsked();
    void saveAsked();
    void exportAsked();
    void printAsked();
    QString planName() const;

    PlanCellModel *m_cells;
    SimulationRunner *m_runner;
    QTableView *m_cellTable;
    QDoubleSpinBox *m_horizon;
    QSpinBox *m_draws;
    QSpinBox *m_seed;
    QDoubleSpinBox *m_alpha;
    QDoubleSpinBox *m_power;
    QPushButton *m_remove;
    QPushButton *m_fromCampaign;
    QPushButton *m_keepA;
    QPushButton *m_clearA;
    QPushButton *m_print;
    QPushButton *m_export;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_warnings;
    QLabel *m_source;
    QTabWidget *m_tabs;
    QTableWidget *m_results;
    QWidget *m_scenarios;
    QLabel *m_comparisonNote;
    QTableWidget *m_comparisonTable;
    QTableWidget *m_sourcesTable;
    QCustomPlot *m_histogram;
    QCustomPlot *m_tornado;
    std::optional<simulate::SimulationResult> m_result;
    simulate::SimulationPlan m_resultPlan; // the plan m_result was computed from
    QString m_planPath;
    QString m_description; // of the plan opened or built (kept when it is saved)
    std::vector<simulate::InputSource> m_planSources; // of its settings (horizon)
    QString m_campaignName; // the campaign the plan was built from, until another is opened
    Workspace *m_workspace = nullptr;
    std::optional<simulate::SimulationPlan> m_checkedPlan; // the plan last sent to the runner
    std::optional<simulate::SimulationPlan> m_scenarioA;
    QString m_scenarioAName;
    std::optional<simulate::ScenarioComparison> m_comparison;
    bool m_loading = false;
};

} // namespace cwb
