// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb workspace encrypt` and `cwb workspace decrypt` through the built cwb (CWB_EXE): the
// passphrase from CWB_PASSPHRASE or --passphrase-file, never from the command line, and the
// refusals with their exit codes. Runs with the default key parameters (about a second each).
#include "secure/encryptedcopy.h"
#include "secure/passphrase.h"
#include "workspace/workspace.h"

#include "common/testsupport.h"
#include "securefixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;
using namespace cwb::test;

namespace {

const QByteArray kPassphrase = "ship it on a laptop, safely";

// Runs cwb with CWB_PASSPHRASE set to passphrase (unset when null) and stdin closed.
CwbRun runWithPassphrase(const QStringList &args, const QByteArray &passphrase)
{
    if (passphrase.isNull())
        qunsetenv("CWB_PASSPHRASE");
    else
        qputenv("CWB_PASSPHRASE", passphrase);
    CwbRun run = runCwb(args);
    qunsetenv("CWB_PASSPHRASE");
    return run;
}

} // namespace

class TestEncryptCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_copy;
    QString m_cheap;

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo(qEnvironmentVariable("CWB_EXE")).isExecutable());
        m_workspace = makeCustomerWorkspace(QDir(m_dir.path()), 500);
        m_copy = m_dir.filePath(QStringLiteral("pilot.cwbx"));
        // A copy with the cheapest key parameters for the refusals (decryption costs what the
        // header says); the round trip runs with the defaults.
        m_cheap = m_dir.filePath(QStringLiteral("cheap.cwbx"));
        encryptedcopy::EncryptOptions options;
        options.kdf = {1, 64 * 1024};
        auto workspace = Workspace::open(m_workspace, Workspace::Access::ReadOnly);
        encryptCopy(*workspace, m_cheap, Passphrase::fromString(QString::fromUtf8(kPassphrase)),
                    nullptr, options);
    }

    void encryptAndDecryptWithTheEnvironment()
    {
        CwbRun run = runWithPassphrase({QStringLiteral("workspace"), QStringLiteral("encrypt"),
                                        QStringLiteral("--workspace"), m_workspace,
                                        QStringLiteral("--out"), m_copy, QStringLiteral("--json")},
                                       kPassphrase);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("opsLimit")).toInteger(), 6);
        QCOMPARE(json.value(QStringLiteral("memLimit")).toInteger(), qint64(256) << 20);
        QVERIFY(encryptedcopy::looksEncrypted(m_copy));
        QVERIFY(!fileBytes(m_copy).contains("SQLite format 3"));

        const QString back = m_dir.filePath(QStringLiteral("back.cwb"));
        run = runWithPassphrase({QStringLiteral("workspace"), QStringLiteral("decrypt"), m_copy,
                                 QStringLiteral("--out"), back},
                                kPassphrase);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("decrypted"), run.out.constData());
        QCOMPARE(tableDigests(back), tableDigests(m_workspace));
    }

    void wrongPassphraseFromAFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("pass.txt"));
        QVERIFY(writeBytes(file, "not the passphrase\n"));
        const QString out = m_dir.filePath(QStringLiteral("wrong.cwb"));
        const CwbRun run = runWithPassphrase(
            {QStringLiteral("workspace"), QStringLiteral("decrypt"), m_cheap,
             QStringLiteral("--out"), out, QStringLiteral("--passphrase-file"), file},
            kPassphrase); // the file wins over the environment
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("passphrase is wrong"), run.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(entries(m_dir.path()).filter(QStringLiteral("wrong")), QStringList());
    }

    void refusals()
    {
        // No passphrase anywhere and standard input not a terminal: a clear error.
        CwbRun run =
            runWithPassphrase({QStringLiteral("workspace"), QStringLiteral("decrypt"), m_cheap,
                               QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none.cwb"))},
                              QByteArray());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("CWB_PASSPHRASE"), run.err.constData());
        // A passphrase on the command line is not an option.
        run = runWithPassphrase({QStringLiteral("workspace"), QStringLiteral("encrypt"),
                                 QStringLiteral("--workspace"), m_workspace,
                                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("a.cwbx")),
                                 QStringLiteral("--passphrase"), QString::fromUtf8(kPassphrase)},
                                QByteArray());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("a.cwbx"))));
        // Too short, checked before anything is written.
        run = runWithPassphrase({QStringLiteral("workspace"), QStringLiteral("encrypt"),
                                 QStringLiteral("--workspace"), m_workspace,
                                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("b.cwbx"))},
                                "short");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("at least 10"), run.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("b.cwbx"))));
        // An existing output needs --force; a workspace is not an encrypted copy.
        run = runWithPassphrase({QStringLiteral("workspace"), QStringLiteral("decrypt"), m_cheap,
                                 QStringLiteral("--out"), m_workspace},
                                kPassphrase);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("already exists"), run.err.constData());
        run =
            runWithPassphrase({QStringLiteral("workspace"), QStringLiteral("decrypt"), m_workspace,
                               QStringLiteral("--out"), m_dir.filePath(QStringLiteral("c.cwb"))},
                              kPassphrase);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not an encrypted copy"), run.err.constData());
        run = runCwb({QStringLiteral("workspace"), QStringLiteral("rot13")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("cwb workspace encrypt"));
    }
};

QTEST_GUILESS_MAIN(TestEncryptCli)
#include "tst_encryptcli.moc"
