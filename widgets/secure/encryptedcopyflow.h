// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobcontrol.h"
#include "secure/encryptedcopyjob.h"

#include <QCoreApplication>
#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cwb {

// The progress of an EncryptedCopyJob: a busy bar while the copy is made and the key derived,
// then the share of bytes done. Cancel (or Esc, or closing it) asks the job to stop and waits
// until the engine has removed what it began.
class EncryptedCopyProgressDialog : public QDialog
{
    Q_OBJECT

public:
    EncryptedCopyProgressDialog(EncryptedCopyJob::Direction direction, const QString &file,
                                QWidget *parent = nullptr);

    // Starts job and shows this dialog modally until the job ends. Returns true when it
    // finished; else *error holds why it failed (empty when it was cancelled).
    bool run(EncryptedCopyJob &job, QString *error);
    void showProgress(const Progress &progress);
    void reject() override;

private:
    EncryptedCopyJob::Direction m_direction;
    EncryptedCopyJob *m_job = nullptr;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

// The window's side of encrypted copies: which file, which passphrase, the progress, errors
// shown to the user. The work is the engine's (models/secure), on a worker thread.
class EncryptedCopyFlow
{
    Q_DECLARE_TR_FUNCTIONS(cwb::EncryptedCopyFlow)

public:
    // File > Save Encrypted Copy: asks where, then the passphrase (twice), then writes the copy
    // of the workspace at workspacePath. Returns the copy's path; empty when cancelled or failed
    // (the error was shown).
    static QString save(QWidget *parent, const QString &workspacePath);

    // Opening an encrypted copy: asks its passphrase, then where to save the decrypted
    // workspace (default: beside it, .cwb), decrypts it (another passphrase may be tried after
    // a failure). Returns the workspace's path; empty when cancelled or failed. The workspace
    // open in the window (openWorkspace) is never replaced.
    static QString open(QWidget *parent, const QString &path, const QString &openWorkspace);
};

} // namespace cwb
