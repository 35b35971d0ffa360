// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard/importjob.h"

#include "core/error.h"
#include "workspace/workspace.h"

#include <QMetaObject>

namespace cwb {

ImportJob::ImportJob(const QString &workspacePath, const QString &file,
                     const ImportOptions &options, QObject *parent)
    : QObject(parent), m_workspacePath(workspacePath), m_file(file), m_options(options)
{
    m_control.intervalMs = 100;
    m_control.onProgress = [this](const Progress &progress) {
        QMetaObject::invokeMethod(
            this, [this, progress] { emit progressed(progress); }, Qt::QueuedConnection);
    };
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_control.requestCancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] {
        // Outcomes are handed back to this object's (the GUI) thread.
        auto post = [this](auto function) {
            QMetaObject::invokeMethod(this, function, Qt::QueuedConnection);
        };
        try {
            auto workspace = Workspace::open(m_workspacePath, Workspace::Access::ReadWrite);
            ImportResult result = Importer::run(*workspace, m_file, m_options, &m_control);
            post([this, result] { emit finished(result); });
        } catch (const Cancelled &) {
            post([this] { emit cancelled(); });
        } catch (const Error &error) {
            const QString message = error.message();
            post([this, message] { emit failed(message); });
        } catch (const std::exception &error) {
            const QString message = QString::fromLocal8Bit(error.what());
            post([this, message] { emit failed(message); });
        }
    });
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start();
}

void ImportJob::cancel()
{
    m_control.requestCancel();
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace cwb
