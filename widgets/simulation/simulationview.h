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
// summary for sign-off. All figures come from the engine's result.
class SimulationView : public QWidget
{
    Q_OBJECT

public:
    explicit SimulationView(QWidget *parent = nullptr);
    ~SimulationView() override;

    void setWorkspace(Workspace *workspace); // no campaigns yet: the plan is the view's own

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
    QPushButton *m_print;
    QPushButton *m_export;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_warnings;
    QTableWidget *m_results;
    QCustomPlot *m_histogram;
    QCustomPlot *m_tornado;
    std::optional<simulate::SimulationResult> m_result;
    simulate::SimulationPlan m_resultPlan; // the plan m_result was computed from
    QString m_planPath;
    bool m_loading = false;
};

} // namespace cwb
