// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb import`, `cwb audit`, `cwb rejects` as a user runs them, including a kill -9 half-way
// through an import (the workspace must come back exactly as it was).
#include "common/testsupport.h"

#include "demo/extractgenerator.h"
#include "import/csvreader.h"
#include "workspace/workspace.h"
#include "workspace/workspacelock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

class TestImportCli : public QObject
{
    Q_OBJECT

private slots:
    void importJsonAuditAndRejects()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("w.cwb"));
        const auto run =
            test::runCwb({"import", test::testData("import_phones/phones.csv"), "--workspace",
                          workspace, "--max-reject-ratio", "0.5", "--json"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value("imported").toInt(), 3);
        QCOMPARE(json.value("rejected").toInt(), 2);
        QCOMPARE(json.value("encoding").toString(), QStringLiteral("utf-8"));
        QCOMPARE(json.value("delimiter").toString(), QStringLiteral(","));
        const QJsonArray columns = json.value("columns").toArray();
        QCOMPARE(columns.at(1).toObject().value("type").toString(), QStringLiteral("phone"));

        const auto audit = test::runCwb({"audit", "--workspace", workspace, "--json"});
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
        QCOMPARE(QJsonDocument::fromJson(audit.out).object().value("rows").toInt(), 3);
        const auto text = test::runCwb({"audit", "--workspace", workspace});
        QVERIFY(text.out.contains("contact2"));

        const QString out = dir.filePath(QStringLiteral("rejects.csv"));
        const auto rejects = test::runCwb({"rejects", "--workspace", workspace, "--csv", out});
        QVERIFY2(rejects.exitCode == 0, rejects.err.constData());
        // The exported file reads back: header + 2 rows, with the raw lines intact.
        CsvReader reader(out);
        QCOMPARE(reader.encoding(), QStringLiteral("utf-8-bom"));
        Record record;
        QList<QStringList> rows;
        while (reader.next(record)) {
            QStringList row;
            for (auto f : record.fields)
                row << QString::fromUtf8(f.data(), qsizetype(f.size()));
            rows << row;
        }
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1][1], QStringLiteral("4"));
        QCOMPARE(rows[1][4], QStringLiteral("P3,12345,13900003333"));
    }
    void savedMappingIsReused()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("w.cwb"));
        // Save the mapping of quoted.csv with "note" left out and "fee" kept as text.
        const auto first = test::runCwb({"import", test::testData("import_quoted/quoted.csv"),
                                         "--workspace", workspace, "--map", "note=-", "--type",
                                         "fee=text", "--save-mapping", "monthly"});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        // The next import names the mapping only, and gets the same columns and types.
        const auto again =
            test::runCwb({"import", test::testData("import_quoted/quoted.csv"), "--workspace",
                          workspace, "--mapping", "monthly", "--json"});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QJsonArray columns =
            QJsonDocument::fromJson(again.out).object().value("columns").toArray();
        QCOMPARE(columns.size(), 3);
        QCOMPARE(columns.at(2).toObject().value("name").toString(), QStringLiteral("fee"));
        QCOMPARE(columns.at(2).toObject().value("type").toString(), QStringLiteral("text"));
        const auto unknown = test::runCwb({"import", test::testData("import_quoted/quoted.csv"),
                                           "--workspace", workspace, "--mapping", "nope"});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("no mapping named 'nope'") && unknown.err.contains("monthly"),
                 unknown.err.constData());
    }
    void lockedWorkspaceIsRefused()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("w.cwb"));
        // Held by this process, as the desktop application holds the workspace it has open.
        const auto held = WorkspaceLock::acquire(workspace);
        QVERIFY(WorkspaceLock::heldHere(workspace));
        const auto holder = WorkspaceLock::holder(workspace);
        QVERIFY(holder && holder->pid == QCoreApplication::applicationPid() && holder->alive);
        const auto run = test::runCwb(
            {"import", test::testData("import_gbk/extract_gbk.csv"), "--workspace", workspace});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("is open for writing by process " +
                                  QByteArray::number(QCoreApplication::applicationPid())),
                 run.err.constData());
        QVERIFY2(run.err.contains("on this computer"), run.err.constData());
        QVERIFY(!QFile::exists(workspace)); // nothing was created
    }
    void failuresExitNonZeroWithReason()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("w.cwb"));
        const auto missing =
            test::runCwb({"import", dir.filePath("nope.csv"), "--workspace", workspace});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no such file"));
        const auto badOption = test::runCwb({"import", test::testData("import_gbk/extract_gbk.csv"),
                                             "--workspace", workspace, "--on-duplicate", "maybe"});
        QCOMPARE(badOption.exitCode, 1);
        QVERIFY(badOption.err.contains("--on-duplicate must be"));
        const auto noWorkspace = test::runCwb({"audit"});
        QCOMPARE(noWorkspace.exitCode, 1);
    }
    void killedImportLeavesWorkspaceAsItWas()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("w.cwb"));
        const auto first = test::runCwb(
            {"import", test::testData("import_gbk/extract_gbk.csv"), "--workspace", workspace});
        QVERIFY2(first.exitCode == 0, first.err.constData());

        const QString big = dir.filePath(QStringLiteral("big.csv"));
        ExtractOptions options;
        options.rows = 300000;
        writeExtract(big, options);
        QProcess process;
        process.start(qEnvironmentVariable("CWB_EXE"), {"import", big, "--workspace", workspace,
                                                        "--progress", "--on-duplicate", "first"});
        QVERIFY(process.waitForStarted());
        // Wait until rows are being written, then kill it without warning.
        QByteArray err;
        while (!err.contains("progress: ") && process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            err += process.readAllStandardError();
        }
        QVERIFY2(err.contains("progress: "), err.constData());
        process.kill();
        process.waitForFinished();
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        // Reopening rolls the half-written import back.
        auto reopened = Workspace::open(workspace);
        QCOMPARE(reopened->db().scalar("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
        QCOMPARE(reopened->customerCount(), qint64(3));
        QCOMPARE(reopened->db().scalar("SELECT count(*) FROM imports").toLongLong(), qint64(1));
        QVERIFY(!reopened->db().tableExists(QStringLiteral("customers_import")));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
