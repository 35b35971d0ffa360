// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobcontrol.h"
#include "import/importer.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace cwb {

// Runs one import on a worker thread with its own connection to the workspace file, so the
// window stays responsive; progress and the outcome come back as queued signals. Destroying
// the job cancels it and waits for the thread (the engine rolls the import back).
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(const QString &workspacePath, const QString &file, const ImportOptions &options,
              QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel(); // asynchronous: cancelled() follows once the engine has rolled back
    bool isRunning() const;

signals:
    void progressed(const cwb::Progress &progress);
    void finished(const cwb::ImportResult &result);
    void failed(const QString &message);
    void cancelled();

private:
    QString m_workspacePath;
    QString m_file;
    ImportOptions m_options;
    JobControl m_control;
    QThread *m_thread = nullptr;
};

} // namespace cwb
