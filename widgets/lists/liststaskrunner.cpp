// SPDX-License-Identifier: GPL-3.0-or-later
#include "lists/liststaskrunner.h"

#include "core/error.h"
#include "workspace/workspace.h"

#include <QMetaObject>

namespace cwb {

ListsTaskRunner::ListsTaskRunner(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ListsTaskRunner::~ListsTaskRunner()
{
    if (m_job)
        m_job->requestCancel();
    m_pool.waitForDone();
}

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
    if (m_job)
        m_job->requestCancel();
    auto job = std::make_shared<JobControl>();
    m_job = job;
    const int id = ++m_latest;
    job->onProgress = [this, id](const Progress &p) {
        QMetaObject::invokeMethod(
            this, [this, id, items = p.items] { emit progress(id, items); }, Qt::QueuedConnection);
    };
    ++m_running;
    emit started(id);
    m_pool.start([this, id, job, workspacePath, readOnly, work = std::move(work)] {
        Outcome outcome;
        try {
            auto workspace =
                Workspace::open(workspacePath, readOnly ? Workspace::Access::ReadOnly
                                                        : Workspace::Access::ReadWrite);
            outcome = work(*workspace, job.get());
        } catch (const Cancelled &e) {
            outcome.cancelled = true;
            outcome.error = e.message();
        } catch (const Error &e) {
            outcome.error = e.message();
        } catch (const std::exception &e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, id, outcome] { deliver(id, outcome); }, Qt::QueuedConnection);
    });
    return id;
}

void ListsTaskRunner::cancel()
{
    if (m_job)
        m_job->requestCancel();
}

void ListsTaskRunner::deliver(int jobId, const Outcome &outcome)
{
    --m_running;
    if (jobId != m_latest)
        return;
    m_job.reset();
    if (outcome.set)
        emit built(jobId, outcome.set);
    else if (outcome.exported)
        emit exported(jobId, *outcome.exported);
    else
        emit failed(jobId, outcome.error, outcome.cancelled);
}

} // namespace cwb
