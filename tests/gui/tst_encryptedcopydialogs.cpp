// SPDX-License-Identifier: GPL-3.0-or-later
// The window's side of encrypted copies: the passphrase dialog's strength hint and fields, and
// the job on its worker thread behind the progress dialog (finish, failure, cancel).
#include "secure/encryptedcopy.h"
#include "secure/encryptedcopyflow.h"
#include "secure/encryptedcopyjob.h"
#include "secure/passphrasedialog.h"
#include "secure/securefixture.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cwb;
using namespace cwb::test;

namespace {

// Answers, from a timer, the modal dialogs a flow opens: the passphrases in turn, the file
// dialog with saveAs, message boxes (their texts kept).
class DialogDriver : public QObject
{
public:
    QStringList passphrases;
    QString saveAs;
    QStringList problems; // shown in a passphrase dialog asking again
    QStringList messages; // message boxes

    DialogDriver()
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogDriver::answer);
        m_timer.start(20);
    }

private:
    // Acts from a queued call: a dialog that opens another (the file dialog's "replace it?")
    // runs it inside the action, and a timer does not fire again until its slot has returned.
    void answer()
    {
        if (m_busy)
            return;
        QWidget *widget = QApplication::activeModalWidget();
        if (!widget || !widget->isVisible())
            return;
        m_busy = true;
        QMetaObject::invokeMethod(
            this,
            [this, widget = QPointer<QWidget>(widget)] {
                m_busy = false;
                if (widget && widget->isVisible())
                    act(widget);
            },
            Qt::QueuedConnection);
    }

    void act(QWidget *widget)
    {
        if (auto *dialog = qobject_cast<PassphraseDialog *>(widget)) {
            if (!dialog->problem().isEmpty())
                problems << dialog->problem();
            const QString text = passphrases.isEmpty() ? QString() : passphrases.takeFirst();
            if (text.isEmpty()) {
                dialog->reject();
                return;
            }
            dialog->passphraseEdit()->setText(text);
            if (dialog->repeatEdit())
                dialog->repeatEdit()->setText(text);
            QVERIFY(dialog->canAccept());
            dialog->accept();
        } else if (auto *files = qobject_cast<QFileDialog *>(widget)) {
            // The dialog's own file name field (selectFile does not replace a proposed name).
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(saveAs);
            static_cast<QDialog *>(files)->accept(); // public in QDialog
        } else if (auto *box = qobject_cast<QMessageBox *>(widget)) {
            messages << box->text();
            if (QAbstractButton *yes = box->button(QMessageBox::Yes))
                yes->click(); // "replace it?"
            else
                box->accept();
        }
    }

    QTimer m_timer;
    bool m_busy = false;
};

} // namespace

class TestEncryptedCopyDialogs : public QObject
{
    Q_OBJECT

private slots:
    void strengthHint()
    {
        bool ok = true;
        QVERIFY(PassphraseDialog::strengthHint(QStringLiteral("short"), QString(), &ok)
                    .contains(QStringLiteral("5 so far")));
        QVERIFY(!ok);
        PassphraseDialog::strengthHint(QStringLiteral("long enough words"), QString(), &ok);
        QVERIFY(!ok); // not repeated yet
        QVERIFY(PassphraseDialog::strengthHint(QStringLiteral("long enough words"),
                                               QStringLiteral("long enough word"), &ok)
                    .contains(QStringLiteral("differ")));
        QVERIFY(!ok);
        PassphraseDialog::strengthHint(QStringLiteral("long enough words"),
                                       QStringLiteral("long enough words"), &ok);
        QVERIFY(ok);
        QVERIFY(PassphraseDialog::strengthHint(QStringLiteral("13800138000"),
                                               QStringLiteral("13800138000"), &ok)
                    .contains(QStringLiteral("Digits alone")));
        // Ten Chinese characters are enough.
        PassphraseDialog::strengthHint(QStringLiteral("春眠不觉晓处处闻啼鸟"),
                                       QStringLiteral("春眠不觉晓处处闻啼鸟"), &ok);
        QVERIFY(ok);
    }

    void dialogFields()
    {
        PassphraseDialog dialog(PassphraseDialog::Encrypt, QStringLiteral("/tmp/pilot.cwbx"));
        QVERIFY(!dialog.canAccept());
        QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("harbour lights 9"));
        QVERIFY(!dialog.canAccept());
        QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("harbour lights 9"));
        QVERIFY(dialog.canAccept());
        const Passphrase passphrase = dialog.takePassphrase();
        QVERIFY(passphrase.sameAs(Passphrase::fromString(QStringLiteral("harbour lights 9"))));
        QVERIFY(dialog.passphraseEdit()->text().isEmpty());
        QVERIFY(dialog.repeatEdit()->text().isEmpty());

        PassphraseDialog open(PassphraseDialog::Decrypt, QStringLiteral("/tmp/pilot.cwbx"));
        QVERIFY(open.repeatEdit() == nullptr);
        QVERIFY(!open.canAccept());
        QTest::keyClicks(open.passphraseEdit(), QStringLiteral("x"));
        QVERIFY(open.canAccept()); // any passphrase may be tried on an existing copy
    }

    // The job behind its progress dialog: a cancel from the dialog (while the key is derived)
    // that leaves nothing behind, a wrong passphrase, a decryption. (A successful encryption
    // goes through the job in flowsThroughTheDialogs.)
    void jobThroughTheProgressDialog()
    {
        QTemporaryDir dir;
        const QString workspace = makeCustomerWorkspace(QDir(dir.path()), 300);
        const QString copy = dir.filePath(QStringLiteral("c.cwbx"));
        const QString words = QStringLiteral("evening tide 2026");
        QString error;
        {
            EncryptedCopyJob job(EncryptedCopyJob::Encrypt, workspace, copy,
                                 Passphrase::fromString(words));
            EncryptedCopyProgressDialog progress(EncryptedCopyJob::Encrypt, copy);
            QTimer::singleShot(0, &progress, [&progress] { progress.reject(); });
            QVERIFY(!progress.run(job, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error)); // cancelled, not failed
        }
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("customers.cwb")});
        // Decryption costs what the copy's header says: a cheap copy keeps the test fast.
        {
            encryptedcopy::EncryptOptions options;
            options.kdf = {1, 64 * 1024};
            auto source = Workspace::open(workspace, Workspace::Access::ReadOnly);
            encryptCopy(*source, copy, Passphrase::fromString(words), nullptr, options);
        }
        const QString back = dir.filePath(QStringLiteral("back.cwb"));
        {
            EncryptedCopyJob job(EncryptedCopyJob::Decrypt, copy, back,
                                 Passphrase::fromString(QStringLiteral("evening tide 2025")));
            EncryptedCopyProgressDialog progress(EncryptedCopyJob::Decrypt, copy);
            QVERIFY(!progress.run(job, &error));
            QVERIFY2(error.contains(QStringLiteral("passphrase is wrong")), qPrintable(error));
        }
        QCOMPARE(entries(dir.path()),
                 (QStringList{QStringLiteral("c.cwbx"), QStringLiteral("customers.cwb")}));
        {
            EncryptedCopyJob job(EncryptedCopyJob::Decrypt, copy, back,
                                 Passphrase::fromString(words));
            EncryptedCopyProgressDialog progress(EncryptedCopyJob::Decrypt, copy);
            QVERIFY2(progress.run(job, &error), qPrintable(error));
        }
        QCOMPARE(tableDigests(back), tableDigests(workspace));
    }

    // File > Save Encrypted Copy and opening a .cwbx, through their dialogs: the suffix added,
    // a wrong passphrase shown and asked again, the open workspace never replaced.
    void flowsThroughTheDialogs()
    {
        QTemporaryDir dir;
        const QString workspace = makeCustomerWorkspace(QDir(dir.path()), 200);
        const QString words = QStringLiteral("morning ferry 0715");
        QString copy;
        {
            DialogDriver driver;
            driver.saveAs = dir.filePath(QStringLiteral("flow"));
            driver.passphrases = {words};
            copy = EncryptedCopyFlow::save(nullptr, workspace);
            QCOMPARE(driver.messages, QStringList());
        }
        QCOMPARE(copy, dir.filePath(QStringLiteral("flow.cwbx")));
        QVERIFY(encryptedcopy::looksEncrypted(copy));
        {
            DialogDriver driver;
            driver.saveAs = dir.filePath(QStringLiteral("opened"));
            driver.passphrases = {QStringLiteral("morning ferry 0716"), words};
            const QString opened = EncryptedCopyFlow::open(nullptr, copy, workspace);
            QCOMPARE(opened, dir.filePath(QStringLiteral("opened.cwb")));
            QCOMPARE(driver.problems.size(), 1);
            QVERIFY2(driver.problems.first().contains(QStringLiteral("passphrase is wrong")),
                     qPrintable(driver.problems.first()));
            QCOMPARE(tableDigests(opened), tableDigests(workspace));
        }
        {
            DialogDriver driver;
            driver.saveAs = workspace; // the workspace open in the window
            driver.passphrases = {words};
            QCOMPARE(EncryptedCopyFlow::open(nullptr, copy, workspace), QString());
            QVERIFY(!driver.messages.isEmpty()); // the file dialog asked whether to replace it
            QVERIFY2(driver.messages.last().contains(QStringLiteral("choose another name")),
                     qPrintable(driver.messages.last()));
            QCOMPARE(Workspace::probeSchemaVersion(workspace), Workspace::kSchemaVersion);
        }
        {
            DialogDriver driver; // not an encrypted copy: said before any question
            QCOMPARE(EncryptedCopyFlow::open(nullptr, workspace, QString()), QString());
            QCOMPARE(driver.messages.size(), 1);
            QVERIFY2(driver.messages.first().contains(QStringLiteral("not an encrypted copy")),
                     qPrintable(driver.messages.first()));
        }
    }
};

QTEST_MAIN(TestEncryptedCopyDialogs)
#include "tst_encryptedcopydialogs.moc"
