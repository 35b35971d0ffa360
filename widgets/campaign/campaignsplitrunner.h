// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaignplanner.h"
#include "common/latestjobqueue.h"

#include <QObject>

#include <memory>

namespace cwb {

// Runs campaign::CampaignPlanner::plan off the GUI thread, on a connection of its own to the
// workspace file. Every run gets a job id and cancels the run before it (JobControl); a plan
// whose id is not the latest is dropped (counted in droppedResults()), so the view never shows
// the split of an older definition.
class CampaignSplitRunner : public QObject
{
    Q_OBJECT

public:
    explicit CampaignSplitRunner(QObject *parent = nullptr);
    ~CampaignSplitRunner() override;

    // Starts planning campaign on the workspace at workspacePath; returns the job id.
    int run(const QString &workspacePath, bool readOnly, const campaign::Campaign &campaign,
            QDate today = {});
    void cancel(); // the running job, if any (failed() follows with the cancel message)
    int latestJobId() const { return m_jobs.latestJobId(); }
    bool isRunning() const { return m_jobs.isRunning(); }
    int droppedResults() const { return m_jobs.dropped(); }

signals:
    void started(int jobId);
    void finished(int jobId, std::shared_ptr<const cwb::campaign::CampaignPlan> plan);
    void failed(int jobId, const QString &message, bool cancelled);

private:
    LatestJobQueue m_jobs;
};

} // namespace cwb
