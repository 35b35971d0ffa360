// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/evaluationtask.h"

#include "core/error.h"
#include "core/jobcontrol.h"

#include <QMetaObject>
#include <QPointer>

namespace cwb {

EvaluationTask::EvaluationTask(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

EvaluationTask::~EvaluationTask()
{
    if (m_job)
        m_job->requestCancel();
    m_pool.clear();
    m_pool.waitForDone();
}

int EvaluationTask::run(Work work)
{
    if (m_job)
        m_job->requestCancel();
    auto job = std::make_shared<JobControl>();
    m_job = job;
    const int id = ++m_latest;
    ++m_running;
    job->onProgress = [this, id](const Progress &p) {
        // The destructor waits for the work, so `this` is alive while it reports.
        QMetaObject::invokeMethod(
            this, [this, id, p] { emit progressed(id, p.items, p.bytesDone, p.bytesTotal); },
            Qt::QueuedConnection);
    };
    emit started(id);
    m_pool.start([this, id, job, work = std::move(work)] {
        auto result = std::make_shared<std::any>();
        QString error;
        bool cancelled = false;
        try {
            *result = work(*job);
            job->throwIfCancelled();
        } catch (const Cancelled &e) {
            cancelled = true;
            error = e.message();
        } catch (const Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, id, result, error, cancelled] { deliver(id, result, error, cancelled); },
            Qt::QueuedConnection);
    });
    return id;
}

void EvaluationTask::cancel()
{
    if (m_job)
        m_job->requestCancel();
}

void EvaluationTask::deliver(int jobId, std::shared_ptr<std::any> result, const QString &error,
                             bool cancelled)
{
    --m_running;
    if (jobId != m_latest) {
        ++m_dropped;
        return;
    }
    m_job.reset();
    if (error.isEmpty() && !cancelled)
        emit finished(jobId, *result);
    else
        emit failed(jobId, error, cancelled);
}

} // namespace cwb
