// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/latestjobqueue.h"

#include <QObject>

#include <any>
#include <functional>
#include <memory>

namespace cwb {

class JobControl;
struct Progress;

// Runs one piece of the Evaluation step's work (an evaluation, an outcome import, a file
// evaluation) off the GUI thread with a JobControl for progress and cancel. The work opens its
// own connection to the workspace file when it needs one. Every run gets a job id and cancels
// the run before it; a result whose id is not the latest is dropped (droppedResults()), so the
// view never shows figures of an older request.
class EvaluationTask : public QObject
{
    Q_OBJECT

public:
    // The work: returns its result (the caller knows its type) or throws cwb::Error.
    using Work = std::function<std::any(JobControl &job)>;

    explicit EvaluationTask(QObject *parent = nullptr);
    ~EvaluationTask() override;

    int run(Work work); // returns the job id
    void cancel();      // the running job, if any (failed() follows with cancelled = true)
    bool isRunning() const { return m_jobs.isRunning(); }
    int latestJobId() const { return m_jobs.latestJobId(); }
    int droppedResults() const { return m_jobs.dropped(); }

signals:
    void started(int jobId);
    // Throttled by the JobControl; items and bytes as the work reports them.
    void progressed(int jobId, qint64 items, qint64 bytesDone, qint64 bytesTotal);
    void finished(int jobId, const std::any &result);
    void failed(int jobId, const QString &message, bool cancelled);

private:
    LatestJobQueue m_jobs{true}; // a run not started when the task goes never starts
};

} // namespace cwb
