// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/montecarlo.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>

namespace cwb {

class JobControl;

// Runs simulate::runSimulation off the GUI thread. request() waits a short debounce before it
// starts, so a burst of edits gives one run; every run gets a job id and cancels the run before
// it; a result whose id is not the latest is dropped (counted in droppedResults()), so the view
// never shows figures of an older plan.
class SimulationRunner : public QObject
{
    Q_OBJECT

public:
    explicit SimulationRunner(QObject *parent = nullptr);
    ~SimulationRunner() override;

    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    // With a baseline (scenario A), each run is simulate::compareScenarios(baseline, plan): the
    // plan is run with the baseline's draws and seed, finished() gets its result and compared()
    // the whole comparison. Takes effect from the next run.
    void setBaseline(std::optional<simulate::SimulationPlan> baseline)
    {
        m_baseline = std::move(baseline);
    }
    const std::optional<simulate::SimulationPlan> &baseline() const { return m_baseline; }
    // Runs plan after the debounce (restarting it).
    void request(const simulate::SimulationPlan &plan);
    // Starts a run at once; returns its job id.
    int runNow(const simulate::SimulationPlan &plan);
    int latestJobId() const { return m_latest; }
    // The plan of the latest job (the one a delivered result belongs to).
    const simulate::SimulationPlan &latestPlan() const { return m_latestPlan; }
    bool isRunning() const { return m_running > 0; }
    int droppedResults() const { return m_dropped; }

signals:
    void started(int jobId);
    void finished(int jobId, const cwb::simulate::SimulationResult &result);
    void failed(int jobId, const QString &message);
    // After finished(), when the run had a baseline.
    void compared(int jobId, const cwb::simulate::ScenarioComparison &comparison);

private:
    void deliver(int jobId, std::shared_ptr<simulate::ScenarioComparison> result, bool compared,
                 QString error, bool cancelled);

    QThreadPool m_pool;
    QTimer m_debounce;
    simulate::SimulationPlan m_pending;
    simulate::SimulationPlan m_latestPlan;
    std::optional<simulate::SimulationPlan> m_baseline;
    std::shared_ptr<JobControl> m_job;
    int m_latest = 0;
    int m_running = 0;
    int m_dropped = 0;
};

} // namespace cwb
