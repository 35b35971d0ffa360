// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/segmenttask.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>

namespace cwb {

SegmentTask::SegmentTask(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

SegmentTask::~SegmentTask()
{
    cancel();
    m_pool.waitForDone();
}

void SegmentTask::run(const QString &what, Work work, bool readWrite)
{
    cancel();
    const int id = ++m_latest;
    auto job = std::make_shared<JobControl>();
    m_job = job;
    ++m_running;
    emit started(what);
    const QString path = m_path;
    QPointer<SegmentTask> self(this);
    m_pool.start([self, id, job, path, work = std::move(work), readWrite] {
        Done done;
        QString error;
        bool cancelled = false;
        try {
            if (path.isEmpty())
                throw Error(QStringLiteral("no workspace is open"));
            auto workspace = Workspace::open(path, readWrite ? Workspace::Access::ReadWrite
                                                             : Workspace::Access::ReadOnly);
            done = work(*workspace, *job);
        } catch (const Cancelled &) {
            cancelled = true;
        } catch (const Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromLocal8Bit(e.what());
        }
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, done, error, cancelled] {
                if (!self)
                    return;
                --self->m_running;
                const bool latest = id == self->m_latest && !cancelled;
                if (latest) {
                    if (!error.isEmpty())
                        emit self->failed(error);
                    else if (done)
                        done();
                }
                if (self->m_running == 0)
                    emit self->finished();
            },
            Qt::QueuedConnection);
    });
}

void SegmentTask::cancel()
{
    if (m_job)
        m_job->requestCancel();
    m_job.reset();
    ++m_latest;
}

QWidget *SegmentTask::createBusyRow(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QProgressBar(row);
    bar->setRange(0, 0);
    bar->setMaximumWidth(160);
    bar->setTextVisible(false);
    auto *label = new QLabel(row);
    auto *cancelButton = new QPushButton(tr("Cancel"), row);
    layout->addWidget(bar);
    layout->addWidget(label);
    layout->addStretch(1);
    layout->addWidget(cancelButton);
    row->setVisible(false);
    connect(this, &SegmentTask::started, row, [row, label](const QString &what) {
        label->setText(what);
        row->setVisible(true);
    });
    connect(this, &SegmentTask::finished, row, [row] { row->setVisible(false); });
    connect(cancelButton, &QPushButton::clicked, this, [this, row] {
        cancel();
        row->setVisible(false);
    });
    return row;
}

} // namespace cwb
