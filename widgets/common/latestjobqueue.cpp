// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/latestjobqueue.h"

#include "core/error.h"
#include "core/jobcontrol.h"

#include <QMetaObject>
#include <QObject>

namespace cwb {

LatestJobQueue::LatestJobQueue(bool dropQueuedOnDestroy)
    : m_dropQueuedOnDestroy(dropQueuedOnDestroy)
{
    m_pool.setMaxThreadCount(1);
}

LatestJobQueue::~LatestJobQueue()
{
    cancel();
    if (m_dropQueuedOnDestroy)
        m_pool.clear();
    m_pool.waitForDone();
}

int LatestJobQueue::next()
{
    cancel();
    m_job = std::make_shared<JobControl>();
    ++m_running;
    return ++m_latest;
}

void LatestJobQueue::start(QObject *receiver, Work work, Deliver deliver)
{
    m_pool.start([this, receiver, id = m_latest, job = m_job, work = std::move(work),
                  deliver = std::move(deliver)] {
        std::optional<Failure> failure;
        try {
            work(*job);
        } catch (const Cancelled &e) {
            failure = Failure{e.message(), true};
        } catch (const Error &e) {
            failure = Failure{e.message(), false};
        } catch (const std::exception &e) {
            failure = Failure{QString::fromUtf8(e.what()), false};
        }
        // The destructor waits for this task, so the queue and its receiver are alive here.
        QMetaObject::invokeMethod(
            receiver, [this, id, failure, deliver] { finish(id, failure, deliver); },
            Qt::QueuedConnection);
    });
}

void LatestJobQueue::cancel()
{
    if (m_job)
        m_job->requestCancel();
}

void LatestJobQueue::finish(int jobId, const std::optional<Failure> &failure,
                            const Deliver &deliver)
{
    --m_running;
    if (jobId != m_latest) {
        ++m_dropped;
        return;
    }
    m_job.reset();
    deliver(jobId, failure ? &*failure : nullptr);
}

} // namespace cwb
