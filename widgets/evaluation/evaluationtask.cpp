// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/evaluationtask.h"

#include "core/jobcontrol.h"

#include <QMetaObject>

namespace cwb {

EvaluationTask::EvaluationTask(QObject *parent) : QObject(parent) {}

EvaluationTask::~EvaluationTask() = default; // m_jobs cancels and waits

int EvaluationTask::run(Work work)
{
    const int id = m_jobs.next();
    m_jobs.job().onProgress = [this, id](const Progress &p) {
        // m_jobs waits for the work when the task goes, so `this` is alive while it reports.
        QMetaObject::invokeMethod(
            this, [this, id, p] { emit progressed(id, p.items, p.bytesDone, p.bytesTotal); },
            Qt::QueuedConnection);
    };
    emit started(id);
    auto result = std::make_shared<std::any>();
    m_jobs.start(
        this,
        [result, work = std::move(work)](JobControl &job) {
            *result = work(job);
            job.throwIfCancelled();
        },
        [this, result](int jobId, const LatestJobQueue::Failure *failure) {
            if (failure)
                emit failed(jobId, failure->message, failure->cancelled);
            else
                emit finished(jobId, *result);
        });
    return id;
}

void EvaluationTask::cancel()
{
    m_jobs.cancel();
}

} // namespace cwb
