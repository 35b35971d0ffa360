// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/latestjobqueue.h"
#include "core/jobcontrol.h"
#include "export/calllist.h"

#include <QObject>

#include <memory>

namespace cwb {

// Runs the Lists & Scripts step's long work off the GUI thread, each run on a connection of
// its own to the workspace file: building the call lists for the preview (read only) and
// exporting them (writes the contact history). Every run gets a job id and cancels the run
// before it (JobControl); a result whose id is not the latest is dropped.
class ListsTaskRunner : public QObject
{
    Q_OBJECT

public:
    explicit ListsTaskRunner(QObject *parent = nullptr);
    ~ListsTaskRunner() override;

    // exporting::buildCallLists; returns the job id.
    int build(const QString &workspacePath, const QString &campaign,
              const exporting::CallListOptions &options);
    // exporting::exportCallLists into dir; returns the job id.
    int exportLists(const QString &workspacePath, const QString &campaign,
                    const exporting::CallListOptions &options, exporting::FileFormat format,
                    exporting::CsvEncoding encoding, const QString &dir);
    void cancel(); // the running job, if any (failed() follows with cancelled set)
    int latestJobId() const { return m_jobs.latestJobId(); }
    bool isRunning() const { return m_jobs.isRunning(); }

signals:
    void started(int jobId);
    void progress(int jobId, qint64 rows);
    void built(int jobId, std::shared_ptr<const cwb::exporting::CallListSet> set);
    void exported(int jobId, const cwb::exporting::ExportResult &result);
    void failed(int jobId, const QString &message, bool cancelled);

private:
    struct Outcome // one of the two, by the work that ran
    {
        std::shared_ptr<const exporting::CallListSet> set;
        std::shared_ptr<const exporting::ExportResult> exported;
    };
    int start(const QString &workspacePath, bool readOnly,
              std::function<Outcome(Workspace &, JobControl *)> work);

    LatestJobQueue m_jobs;
};

} // namespace cwb
