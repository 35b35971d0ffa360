// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignsplitrunner.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "workspace/workspace.h"

#include <QMetaObject>

namespace cwb {

CampaignSplitRunner::CampaignSplitRunner(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

CampaignSplitRunner::~CampaignSplitRunner()
{
    if (m_job)
        m_job->requestCancel();
    m_pool.waitForDone();
}

int CampaignSplitRunner::run(const QString &workspacePath, bool readOnly,
                             const campaign::Campaign &campaign, QDate today)
{
    if (m_job)
        m_job->requestCancel();
    auto job = std::make_shared<JobControl>();
    m_job = job;
    const int id = ++m_latest;
    ++m_running;
    emit started(id);
    m_pool.start([this, id, job, workspacePath, readOnly, campaign, today] {
        std::shared_ptr<const campaign::CampaignPlan> plan;
        QString error;
        bool cancelled = false;
        try {
            auto workspace =
                Workspace::open(workspacePath, readOnly ? Workspace::Access::ReadOnly
                                                        : Workspace::Access::ReadWrite);
            campaign::CampaignPlanner planner(*workspace);
            plan = std::make_shared<const campaign::CampaignPlan>(
                planner.plan(campaign, job.get(), today));
        } catch (const Cancelled &e) {
            cancelled = true;
            error = e.message();
        } catch (const Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, id, plan, error, cancelled] { deliver(id, plan, error, cancelled); },
            Qt::QueuedConnection);
    });
    return id;
}

void CampaignSplitRunner::cancel()
{
    if (m_job)
        m_job->requestCancel();
}

void CampaignSplitRunner::deliver(int jobId, std::shared_ptr<const campaign::CampaignPlan> plan,
                                  const QString &error, bool cancelled)
{
    --m_running;
    if (jobId != m_latest) {
        ++m_dropped;
        return;
    }
    m_job.reset();
    if (plan)
        emit finished(jobId, plan);
    else
        emit failed(jobId, error, cancelled);
}

} // namespace cwb
