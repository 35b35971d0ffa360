// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/simulationrunner.h"

#include "core/error.h"
#include "core/jobcontrol.h"

namespace cwb {

using namespace simulate;

SimulationRunner::SimulationRunner(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] { runNow(m_pending); });
}

SimulationRunner::~SimulationRunner()
{
    if (m_job)
        m_job->requestCancel();
    m_pool.clear();
    m_pool.waitForDone();
}

void SimulationRunner::request(const SimulationPlan &plan)
{
    m_pending = plan;
    m_debounce.start();
}

int SimulationRunner::runNow(const SimulationPlan &plan)
{
    m_debounce.stop();
    if (m_job)
        m_job->requestCancel(); // its result would be stale anyway
    const int id = ++m_latest;
    m_latestPlan = plan;
    auto job = std::make_shared<JobControl>();
    m_job = job;
    ++m_running;
    emit started(id);
    const std::optional<SimulationPlan> baseline = m_baseline;
    m_pool.start([this, id, job, plan, baseline] {
        auto result = std::make_shared<ScenarioComparison>();
        QString error;
        bool cancelled = false;
        const bool compare = baseline.has_value();
        try {
            if (compare)
                *result = compareScenarios(*baseline, plan, job.get());
            else
                result->b = runSimulation(plan, job.get());
        } catch (const Cancelled &) {
            cancelled = true;
        } catch (const Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromLocal8Bit(e.what());
        }
        // The destructor waits for this task, so `this` is alive here.
        QMetaObject::invokeMethod(
            this,
            [this, id, result, compare, error, cancelled] {
                deliver(id, result, compare, error, cancelled);
            },
            Qt::QueuedConnection);
    });
    return id;
}

void SimulationRunner::deliver(int jobId, std::shared_ptr<ScenarioComparison> result, bool compared,
                               QString error, bool cancelled)
{
    --m_running;
    if (jobId != m_latest || cancelled) {
        ++m_dropped;
        return;
    }
    if (!error.isEmpty()) {
        emit failed(jobId, error);
        return;
    }
    emit finished(jobId, result->b);
    if (compared && jobId == m_latest)
        emit this->compared(jobId, *result);
}

} // namespace cwb
