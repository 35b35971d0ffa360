// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace cwb {

class JobControl;

// The bookkeeping of a runner whose newest request wins (CampaignSplitRunner, ListsTaskRunner,
// EvaluationTask): one worker thread; every run gets a job id and a JobControl and cancels the
// run before it; a run's outcome is delivered only while its id is the latest, the others are
// dropped (counted in dropped()). Meant as a member of the runner that receives the deliveries.
class LatestJobQueue
{
public:
    // How a run ended when its work threw: cancelled through its JobControl (Cancelled), or
    // failed (Error, std::exception); message is the exception's.
    struct Failure
    {
        QString message;
        bool cancelled = false;
    };
    using Work = std::function<void(JobControl &job)>;
    // Runs on the receiver's thread for the latest run only; failure is nullptr when the work
    // returned.
    using Deliver = std::function<void(int jobId, const Failure *failure)>;

    // dropQueuedOnDestroy: the destructor discards work that has not started yet rather than
    // letting it start (cancelled).
    explicit LatestJobQueue(bool dropQueuedOnDestroy = false);
    ~LatestJobQueue(); // cancels the running job and waits for the worker

    // Cancels the run before and makes the next job; returns its id. The caller may hook
    // progress onto job() and announce the id before start().
    int next();
    JobControl &job() const { return *m_job; }
    // Runs work for the job next() made on the worker thread, then deliver on receiver's thread.
    void start(QObject *receiver, Work work, Deliver deliver);
    void cancel(); // the running job, if any (its delivery follows, cancelled)

    int latestJobId() const { return m_latest; }
    bool isRunning() const { return m_running > 0; }
    int dropped() const { return m_dropped; }

private:
    void finish(int jobId, const std::optional<Failure> &failure, const Deliver &deliver);

    QThreadPool m_pool;
    std::shared_ptr<JobControl> m_job;
    bool m_dropQueuedOnDestroy;
    int m_latest = 0;
    int m_running = 0;
    int m_dropped = 0;
};

} // namespace cwb
