// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace cwb {

class JobControl;
class Workspace;

// Runs one piece of engine work of the Segments step (materialise, overlap, profile, grid,
// clusters) off the GUI thread on its own connection to the workspace file, one job at a time:
// a new run cancels the one before it, whose result is then dropped. The work returns what the
// GUI thread does with its result (called on the GUI thread); an exception becomes failed().
class SegmentTask : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void()>;
    using Work = std::function<Done(Workspace &workspace, JobControl &job)>;

    explicit SegmentTask(QObject *parent = nullptr);
    ~SegmentTask() override;

    void setWorkspacePath(const QString &path) { m_path = path; }
    // readWrite: the work writes (materialise); else the workspace is opened read only.
    void run(const QString &what, Work work, bool readWrite = false);
    void cancel();
    bool isRunning() const { return m_running > 0; }

    // A row "busy indicator, what runs, Cancel" that shows while a job runs.
    QWidget *createBusyRow(QWidget *parent);

signals:
    void started(const QString &what);
    void finished();
    void failed(const QString &message);

private:
    QThreadPool m_pool;
    QString m_path;
    std::shared_ptr<JobControl> m_job;
    int m_latest = 0;
    int m_running = 0;
};

} // namespace cwb
