// SPDX-License-Identifier: GPL-3.0-or-later
#include "lists/liststaskrunner.h"

#include "workspace/workspace.h"

#include <QMetaObject>

namespace cwb {

ListsTaskRunner::ListsTaskRunner(QObject *parent) : QObject(parent) {}

ListsTaskRunner::~ListsTaskRunner() = default; // m_jobs cancels and waits

int ListsTaskRunner::build(const QString &workspacePath, const QString &campaign,
                           const exporting::CallListOptions &options)
{
    return start(workspacePath, true, [campaign, options](Workspace &workspace, JobControl *job) {
        Outcome outcome;
        outcome.set = std::make_shared<const exporting::CallListSet>(
            exporting::buildCallLists(workspace, campaign, options, job));
        return outcome;
    });
}

int ListsTaskRunner::exportLists(const QString &workspacePath, const QString &campaign,
                                 const exporting::CallListOptions &options,
                                 exporting::FileFormat format, exporting::CsvEncoding encoding,
                                 const QString &dir)
{
    return start(workspacePath, false,
                 [campaign, options, format, encoding, dir](Workspace &workspace, JobControl *job) {
                     Outcome outcome;
                     outcome.exported =
                         std::make_shared<const exporting::ExportResult>(exporting::exportCallLists(
                             workspace, campaign, options, format, encoding, dir, job));
                     return outcome;
                 });
}

int ListsTaskRunner::start(const QString &workspacePath, bool readOnly,
                           std::function<Outcome(Workspace &, JobControl *)> work)
{
    const int id = m_jobs.next();
    m_jobs.job().onProgress = [this, id](const Progress &p) {
        QMetaObject::invokeMethod(
            this, [this, id, items = p.items] { emit progress(id, items); }, Qt::QueuedConnection);
    };
    emit started(id);
    auto outcome = std::make_shared<Outcome>();
    m_jobs.start(
        this,
        [outcome, workspacePath, readOnly, work = std::move(work)](JobControl &job) {
            auto workspace =
                Workspace::open(workspacePath, readOnly ? Workspace::Access::ReadOnly
                                                        : Workspace::Access::ReadWrite);
            *outcome = work(*workspace, &job);
        },
        [this, outcome](int jobId, const LatestJobQueue::Failure *failure) {
            if (failure)
                emit failed(jobId, failure->message, failure->cancelled);
            else if (outcome->set)
                emit built(jobId, outcome->set);
            else if (outcome->exported)
                emit exported(jobId, *outcome->exported);
        });
    return id;
}

void ListsTaskRunner::cancel()
{
    m_jobs.cancel();
}

} // namespace cwb
