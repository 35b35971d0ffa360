// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaignplanner.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

namespace cwb {

class JobControl;

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
    int latestJobId() const { return m_latest; }
    bool isRunning() const { return m_running > 0; }
    int droppedResults() const { return m_dropped; }

signals:
    void started(int jobId);
    void finished(int jobId, std::shared_ptr<const cwb::campaign::CampaignPlan> plan);
    void failed(int jobId, const QString &message, bool cancelled);

private:
    void deliver(int jobId, std::shared_ptr<const campaign::CampaignPlan> plan,
                 const QString &error, bool cancelled);

    QThreadPool m_pool;
    std::shared_ptr<JobControl> m_job;
    int m_latest = 0;
    int m_running = 0;
    int m_dropped = 0;
};

} // namespace cwb
