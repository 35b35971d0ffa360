// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/rulecountrunner.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>

#include <atomic>

namespace cwb {

// Used only by the pool's tasks, which run one at a time (one thread).
struct RuleCountRunner::Engine
{
    QString path;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<RuleEngine> engine;
    std::atomic<int> runs{0};

    RuleEngine &open(const QString &wanted)
    {
        if (wanted != path || !engine) {
            release();
            workspace = Workspace::open(wanted, Workspace::Access::ReadOnly);
            engine = std::make_unique<RuleEngine>(*workspace);
            path = wanted;
        }
        return *engine;
    }
    void release()
    {
        engine.reset();
        workspace.reset();
        path.clear();
        runs = 0;
    }
};

RuleCountRunner::RuleCountRunner(QObject *parent)
    : QObject(parent), m_engine(std::make_shared<Engine>())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // one thread for the runner's life
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, [this] { runNow(m_pending); });
}

RuleCountRunner::~RuleCountRunner()
{
    if (m_job)
        m_job->requestCancel();
    m_pool.clear();
    m_pool.waitForDone();
}

void RuleCountRunner::setWorkspacePath(const QString &path)
{
    cancel();
    if (path == m_path)
        return;
    m_path = path;
    // The old workspace's engine (connection and cache) goes now, on the worker thread.
    m_pool.start([engine = m_engine] { engine->release(); });
}

int RuleCountRunner::engineRuns() const
{
    return m_engine->runs;
}

void RuleCountRunner::request(const QString &rule)
{
    m_pending = rule;
    m_debounce.start();
}

void RuleCountRunner::cancel()
{
    m_debounce.stop();
    if (m_job)
        m_job->requestCancel();
    ++m_latest; // whatever is still running is now stale
}

int RuleCountRunner::runNow(const QString &rule)
{
    m_debounce.stop();
    if (m_job)
        m_job->requestCancel(); // its result would be stale anyway
    const int id = ++m_latest;
    auto job = std::make_shared<JobControl>();
    m_job = job;
    ++m_running;
    emit started(id);
    m_pool.start([this, id, job, rule, path = m_path, today = m_today, rows = m_sampleSize,
                  state = m_engine] {
        auto result = std::make_shared<RuleRunResult>();
        result->rule = rule;
        bool cancelled = false;
        try {
            if (path.isEmpty())
                throw Error(QStringLiteral("no workspace is open"));
            RuleEngine &engine = state->open(path);
            QElapsedTimer timer;
            timer.start();
            // One evaluation gives the count and the rowids the sample is read from.
            const RuleSelection selection = engine.select(rule, today, job.get());
            result->count = selection.count;
            result->countSeconds = double(timer.nsecsElapsed()) / 1e9;
            ++state->runs;
            result->sample = engine.rows(selection.rowids, rows);
        } catch (const Cancelled &) {
            cancelled = true;
        } catch (const RuleError &e) {
            result->error = e.detail();
            result->errorLine = e.line();
            result->errorColumn = e.column();
        } catch (const Error &e) {
            result->error = e.message();
        } catch (const std::exception &e) {
            result->error = QString::fromLocal8Bit(e.what());
        }
        // The destructor waits for this task, so `this` is alive here.
        QMetaObject::invokeMethod(
            this, [this, id, result, cancelled] { deliver(id, result, cancelled); },
            Qt::QueuedConnection);
    });
    return id;
}

void RuleCountRunner::deliver(int jobId, std::shared_ptr<RuleRunResult> result, bool cancelled)
{
    --m_running;
    if (jobId != m_latest || cancelled) {
        ++m_dropped;
        return;
    }
    emit finished(jobId, *result);
}

} // namespace cwb
