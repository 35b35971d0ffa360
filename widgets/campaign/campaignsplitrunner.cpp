// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignsplitrunner.h"

#include "core/jobcontrol.h"
#include "workspace/workspace.h"

namespace cwb {

CampaignSplitRunner::CampaignSplitRunner(QObject *parent) : QObject(parent) {}

CampaignSplitRunner::~CampaignSplitRunner() = default; // m_jobs cancels and waits

int CampaignSplitRunner::run(const QString &workspacePath, bool readOnly,
                             const campaign::Campaign &campaign, QDate today)
{
    const int id = m_jobs.next();
    emit started(id);
    auto plan = std::make_shared<std::shared_ptr<const campaign::CampaignPlan>>();
    m_jobs.start(
        this,
        [plan, workspacePath, readOnly, campaign, today](JobControl &job) {
            auto workspace =
                Workspace::open(workspacePath, readOnly ? Workspace::Access::ReadOnly
                                                        : Workspace::Access::ReadWrite);
            campaign::CampaignPlanner planner(*workspace);
            *plan =
                std::make_shared<const campaign::CampaignPlan>(planner.plan(campaign, &job, today));
        },
        [this, plan](int jobId, const LatestJobQueue::Failure *failure) {
            if (failure)
                emit failed(jobId, failure->message, failure->cancelled);
            else
                emit finished(jobId, *plan);
        });
    return id;
}

void CampaignSplitRunner::cancel()
{
    m_jobs.cancel();
}

} // namespace cwb
