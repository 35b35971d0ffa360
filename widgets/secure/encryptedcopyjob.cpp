// SPDX-License-Identifier: GPL-3.0-or-later
#include "secure/encryptedcopyjob.h"

#include "core/error.h"
#include "workspace/workspace.h"

#include <QMetaObject>

namespace cwb {

EncryptedCopyJob::EncryptedCopyJob(Direction direction, const QString &from, const QString &to,
                                   Passphrase passphrase, QObject *parent)
    : QObject(parent), m_direction(direction), m_from(from), m_to(to),
      m_passphrase(std::move(passphrase))
{
    m_control.intervalMs = 100;
    m_control.onProgress = [this](const Progress &progress) {
        QMetaObject::invokeMethod(
            this, [this, progress] { emit progressed(progress); }, Qt::QueuedConnection);
    };
}

EncryptedCopyJob::~EncryptedCopyJob()
{
    if (m_thread) {
        m_control.requestCancel();
        m_thread->wait();
        delete m_thread;
    }
}

void EncryptedCopyJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("encrypted-copy"));
    m_thread->start();
}

void EncryptedCopyJob::run()
{
    // Outcomes are handed back to this object's (the GUI) thread.
    auto post = [this](auto function) {
        QMetaObject::invokeMethod(this, function, Qt::QueuedConnection);
    };
    try {
        encryptedcopy::Result result;
        if (m_direction == Encrypt) {
            auto workspace = Workspace::open(m_from, Workspace::Access::ReadOnly);
            encryptedcopy::EncryptOptions options;
            options.replace = true;
            result = encryptCopy(*workspace, m_to, m_passphrase, &m_control, options);
        } else {
            result = decryptCopy(m_from, m_to, m_passphrase, &m_control, true);
        }
        m_passphrase = Passphrase(); // wiped now rather than when the window lets go of the job
        post([this, result] { emit finished(result); });
    } catch (const Cancelled &) {
        m_passphrase = Passphrase();
        post([this] { emit cancelled(); });
    } catch (const Error &error) {
        m_passphrase = Passphrase();
        const QString message = error.message();
        post([this, message] { emit failed(message); });
    } catch (const std::exception &error) {
        m_passphrase = Passphrase();
        const QString message = QString::fromLocal8Bit(error.what());
        post([this, message] { emit failed(message); });
    }
}

void EncryptedCopyJob::cancel()
{
    m_control.requestCancel();
}

bool EncryptedCopyJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace cwb
