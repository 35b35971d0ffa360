// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobcontrol.h"
#include "secure/encryptedcopy.h"
#include "secure/passphrase.h"

#include <QObject>
#include <QThread>

namespace cwb {

// Encrypts a workspace into an encrypted copy, or decrypts one, on a worker thread with its own
// read-only connection, so the window stays responsive; progress and the outcome come back as
// queued signals. Destroying the job cancels it and waits (the engine removes what it began).
class EncryptedCopyJob : public QObject
{
    Q_OBJECT

public:
    enum Direction
    {
        Encrypt, // from: the workspace, to: the .cwbx
        Decrypt  // from: the .cwbx, to: the workspace
    };

    // Replaces an existing `to` (the file dialog asked first). The passphrase is moved in and
    // wiped when the job ends.
    EncryptedCopyJob(Direction direction, const QString &from, const QString &to,
                     Passphrase passphrase, QObject *parent = nullptr);
    ~EncryptedCopyJob() override;

    void start();
    void cancel(); // asynchronous: cancelled() follows once the engine has cleaned up
    bool isRunning() const;
    Direction direction() const { return m_direction; }
    QString from() const { return m_from; }
    QString to() const { return m_to; }

signals:
    void progressed(const cwb::Progress &progress);
    void finished(const cwb::encryptedcopy::Result &result);
    void failed(const QString &message);
    void cancelled();

private:
    void run();

    Direction m_direction;
    QString m_from;
    QString m_to;
    Passphrase m_passphrase;
    JobControl m_control;
    QThread *m_thread = nullptr;
};

} // namespace cwb
