// SPDX-License-Identifier: GPL-3.0-or-later
#include "secure/encryptedcopyflow.h"

#include "core/error.h"
#include "secure/encryptedcopy.h"
#include "secure/passphrasedialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace cwb {

namespace {

// path with suffix added when it has none. The file dialog asked before replacing the name
// the user typed, not the name with the suffix: when that one exists, ask here. Empty when the
// user does not want it replaced.
QString withSuffix(QWidget *parent, const QString &title, QString path, const QString &suffix)
{
    if (!QFileInfo(path).suffix().isEmpty())
        return path;
    path += QLatin1Char('.') + suffix;
    if (QFileInfo::exists(path) &&
        QMessageBox::question(
            parent, title,
            EncryptedCopyFlow::tr("%1 already exists. Replace it?").arg(QFileInfo(path).fileName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return {};
    return path;
}

bool samePath(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty() &&
           QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

EncryptedCopyProgressDialog::EncryptedCopyProgressDialog(EncryptedCopyJob::Direction direction,
                                                         const QString &file, QWidget *parent)
    : QDialog(parent), m_direction(direction)
{
    const QString name = QFileInfo(file).fileName();
    setWindowTitle(direction == EncryptedCopyJob::Encrypt ? tr("Encrypting %1").arg(name)
                                                          : tr("Decrypting %1").arg(name));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setMinimumWidth(380);
    m_bar = new QProgressBar(this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &EncryptedCopyProgressDialog::reject);
    showProgress(Progress());
}

void EncryptedCopyProgressDialog::showProgress(const Progress &progress)
{
    const bool encrypt = m_direction == EncryptedCopyJob::Encrypt;
    if (progress.bytesTotal <= 0) {
        m_bar->setRange(0, 0); // busy: the copy and the key take their time without steps
        m_label->setText(encrypt ? tr("Making a consistent copy of the workspace and deriving "
                                      "the key from the passphrase…")
                                 : tr("Deriving the key from the passphrase…"));
        return;
    }
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(1000.0 * double(progress.bytesDone) / double(progress.bytesTotal)));
    const QLocale locale;
    m_label->setText((encrypt ? tr("Encrypting: %1 of %2") : tr("Decrypting: %1 of %2"))
                         .arg(locale.formattedDataSize(progress.bytesDone),
                              locale.formattedDataSize(progress.bytesTotal)));
}

bool EncryptedCopyProgressDialog::run(EncryptedCopyJob &job, QString *error)
{
    m_job = &job;
    bool ok = false;
    error->clear();
    connect(&job, &EncryptedCopyJob::progressed, this, &EncryptedCopyProgressDialog::showProgress);
    connect(&job, &EncryptedCopyJob::finished, this, [this, &ok] {
        ok = true;
        done(Accepted);
    });
    connect(&job, &EncryptedCopyJob::failed, this, [this, error](const QString &message) {
        *error = message;
        done(Rejected);
    });
    connect(&job, &EncryptedCopyJob::cancelled, this, [this] { done(Rejected); });
    job.start();
    exec();
    job.disconnect(this);
    m_job = nullptr;
    return ok;
}

void EncryptedCopyProgressDialog::reject()
{
    // Stays open until the job has stopped and cleaned up (its cancelled() closes the dialog).
    if (m_job && m_job->isRunning()) {
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
        return;
    }
    if (!m_job)
        QDialog::reject();
}

QString EncryptedCopyFlow::save(QWidget *parent, const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    const QString title = tr("Save Encrypted Copy");
    QString path = QFileDialog::getSaveFileName(
        parent, title,
        info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".") +
                                    QLatin1String(encryptedcopy::kSuffix)),
        tr("Encrypted workspace copies (*.cwbx)"));
    if (path.isEmpty())
        return {};
    path = withSuffix(parent, title, path, QLatin1String(encryptedcopy::kSuffix));
    if (path.isEmpty())
        return {};
    if (samePath(path, workspacePath)) {
        QMessageBox::warning(parent, title,
                             tr("The encrypted copy cannot replace the workspace itself."));
        return {};
    }
    PassphraseDialog dialog(PassphraseDialog::Encrypt, path, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    EncryptedCopyJob job(EncryptedCopyJob::Encrypt, workspacePath, path, dialog.takePassphrase());
    EncryptedCopyProgressDialog progress(EncryptedCopyJob::Encrypt, path, parent);
    QString error;
    if (progress.run(job, &error))
        return path;
    if (!error.isEmpty())
        QMessageBox::warning(parent, title, error);
    return {};
}

QString EncryptedCopyFlow::open(QWidget *parent, const QString &path, const QString &openWorkspace)
{
    const QString title = tr("Open Encrypted Copy");
    try {
        encryptedcopy::readHeader(path); // a foreign or damaged file before any question
    } catch (const Error &error) {
        QMessageBox::warning(parent, title, error.message());
        return {};
    }
    auto dialog = std::make_unique<PassphraseDialog>(PassphraseDialog::Decrypt, path, parent);
    if (dialog->exec() != QDialog::Accepted)
        return {};
    Passphrase passphrase = dialog->takePassphrase();
    const QFileInfo info(path);
    QString target = QFileDialog::getSaveFileName(
        parent, tr("Save the Decrypted Workspace As"),
        info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".cwb")),
        tr("Campaign Workbench workspaces (*.cwb)"));
    if (target.isEmpty())
        return {};
    target = withSuffix(parent, title, target, QStringLiteral("cwb"));
    if (target.isEmpty())
        return {};
    if (samePath(target, openWorkspace) || samePath(target, path)) {
        QMessageBox::warning(parent, title,
                             tr("%1 is open or is the encrypted copy itself; choose another "
                                "name for the decrypted workspace.")
                                 .arg(QFileInfo(target).fileName()));
        return {};
    }
    for (;;) {
        EncryptedCopyJob job(EncryptedCopyJob::Decrypt, path, target, std::move(passphrase));
        EncryptedCopyProgressDialog progress(EncryptedCopyJob::Decrypt, path, parent);
        QString error;
        if (progress.run(job, &error))
            return target;
        if (error.isEmpty())
            return {}; // cancelled
        // The passphrase may have been mistyped: show why and let the user try again.
        dialog = std::make_unique<PassphraseDialog>(PassphraseDialog::Decrypt, path, parent);
        dialog->setProblem(error);
        if (dialog->exec() != QDialog::Accepted)
            return {};
        passphrase = dialog->takePassphrase();
    }
}

} // namespace cwb
