// SPDX-License-Identifier: GPL-3.0-or-later
// Who may write a workspace and what the user is told when something stands in the way: one
// lock per workspace shared by the writers of a process and refused to a second process, stale
// locks, readers during a write, a crash's journal, and the distinct messages for a locked,
// busy, damaged, read-only, unwritable-folder and full-disk workspace.
#include "core/error.h"
#include "workspace/workspace.h"
#include "workspace/workspacelock.h"

#include "common/testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

#include <unistd.h>

using namespace cwb;

namespace {

// A workspace with one table of n rows (enough pages to spill a small cache).
void fill(Workspace &workspace, int n)
{
    Database &db = workspace.db();
    Transaction transaction(db);
    db.exec("CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, payload TEXT)");
    Statement insert(db, "INSERT INTO t(payload) VALUES (?)");
    for (int i = 0; i < n; ++i) {
        insert.reset();
        insert.bind(1, QStringLiteral("row %1 ").arg(i).repeated(20));
        insert.exec();
    }
    transaction.commit();
}

qint64 rows(Workspace &workspace)
{
    return workspace.db().scalar("SELECT count(*) FROM t").toLongLong();
}

Error::Kind kindOf(const std::function<void()> &body, QString *message = nullptr)
{
    try {
        body();
    } catch (const Error &error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    return Error::Kind::General;
}

// Runs `cwb ARGS` as the unprivileged user "nobody" (root ignores file permissions, so tests of
// permissions cannot run as root). Empty result when that is not possible here.
std::optional<test::CwbRun> runCwbAsNobody(const QStringList &args)
{
    QStringList command;
    if (::geteuid() == 0) {
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            return std::nullopt;
        command << QStringLiteral("setpriv") << QStringLiteral("--reuid=65534")
                << QStringLiteral("--regid=65534") << QStringLiteral("--clear-groups");
    }
    command << qEnvironmentVariable("CWB_EXE") << args;
    QProcess process;
    process.start(command.takeFirst(), command);
    if (!process.waitForFinished(60000))
        return std::nullopt;
    test::CwbRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestWorkspaceAccess : public QObject
{
    Q_OBJECT

private slots:
    void writersOfOneProcessShareTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.cwb"));
        const QString lockFile = WorkspaceLock::lockFilePath(QFileInfo(path).absoluteFilePath());
        {
            auto first = Workspace::create(path);
            QVERIFY(QFileInfo::exists(lockFile));
            auto second = Workspace::open(path); // a worker's connection: the same lock
            QVERIFY(WorkspaceLock::heldHere(path));
            first.reset();
            QVERIFY(WorkspaceLock::heldHere(path)); // still held by the second writer
            QVERIFY(QFileInfo::exists(lockFile));
        }
        QVERIFY(!WorkspaceLock::heldHere(path));
        QVERIFY(!QFileInfo::exists(lockFile));
        // Readers take no lock.
        auto reader = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY(!QFileInfo::exists(lockFile));
    }

    void secondProcessIsRefusedButMayRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.cwb"));
        auto workspace = Workspace::create(path);
        fill(*workspace, 10);
        // A write of this process is in progress (not committed) while the other process runs.
        Transaction transaction(workspace->db());
        workspace->db().exec("DELETE FROM t");

        const auto writer =
            test::runCwb({"offer", "add", "--name", "Plan 59", "--fee", "59", "--workspace", path});
        QCOMPARE(writer.exitCode, 4);
        const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
        QVERIFY2(writer.err.contains("is open for writing by process " + pid),
                 writer.err.constData());
        QVERIFY2(writer.err.contains("Wait until it has finished"), writer.err.constData());

        // A reader reads the last committed state, not "locked" or "damaged".
        auto reader = Workspace::open(path, Workspace::Access::ReadOnly);
        QCOMPARE(rows(*reader), qint64(10));
        const auto audit = test::runCwb({"audit", "--workspace", path});
        QVERIFY2(!audit.err.contains("damaged") && !audit.err.contains("locked"),
                 audit.err.constData());
    }

    // Every command that writes is refused while another process writes (exit 4, nothing
    // changed), whatever it writes: the lock is taken by the engine when it opens a workspace
    // for writing, not by each command.
    void everyWritingCommandIsRefusedWhileAnotherProcessWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.cwb"));
        const auto demo = test::runCwb(
            {"demo", "--workspace", path, "--rows", "2000", "--evaluation", "--seed", "3"});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const QString campaign = QStringLiteral("Long-distance upsell, December");
        const QString extract = dir.filePath(QStringLiteral("more.csv"));
        const QString outcomes = dir.filePath(QStringLiteral("outcomes.csv"));
        const QString catalog = dir.filePath(QStringLiteral("catalog.json"));
        const QString blacklist = dir.filePath(QStringLiteral("black.csv"));
        const QString campaignFile = dir.filePath(QStringLiteral("campaign.json"));
        QCOMPARE(
            test::runCwb({"generate", "--rows", "50", "--out", extract, "--seed", "4"}).exitCode,
            0);
        QCOMPARE(test::runCwb({"generate", "outcomes", "--campaign", campaign, "--workspace", path,
                               "--out", outcomes, "--seed", "5"})
                     .exitCode,
                 0);
        QCOMPARE(test::runCwb({"offer", "export", catalog, "--workspace", path}).exitCode, 0);
        {
            QFile file(blacklist);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("phone\n13800000000\n");
        }
        {
            QFile file(campaignFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"name": "Second", "period": "2026-12", "seed": "1",
                "cells": [{"name": "c1", "rule": "total_fee_m1 > 0", "channel": "sms",
                           "control_share": 0.1}]})");
        }
        const QByteArray before = test::runCwb({"campaign", "list", "--workspace", path}).out;

        auto workspace = Workspace::open(path);
        auto transaction = std::make_unique<Transaction>(workspace->db());
        workspace->db().exec("UPDATE campaigns SET priority = priority");

        const QList<QStringList> writers = {
            {"import", extract},
            {"campaign", "create", campaignFile},
            {"campaign", "split", campaign, "--new-wave"},
            {"campaign", "copy", campaign, "Copy"},
            {"campaign", "remove", campaign, "--force"},
            {"outcomes", "import", outcomes, "--campaign", campaign},
            {"followup", "import", extract},
            {"export", "calllist", "--campaign", campaign, "--format", "csv", "--out",
             dir.filePath("lists")},
            {"lists", "import", "blacklist", blacklist},
            {"lists", "clear", "blacklist"},
            {"offer", "add", "--name", "Plan 59", "--fee", "59"},
            {"offer", "remove", "LD 100"},
            {"offer", "import", catalog},
            {"offer", "tiers", "--measure", "total_fee_m1", "--add-drafts"},
            {"segment", "add", "hv", "--rule", "total_fee_m1 > 100"},
            {"tag", "add", "hv", "--rule", "total_fee_m1 > 100"},
            {"rejects", "--purge"},
        };
        for (QStringList args : writers) {
            args << "--workspace" << path;
            const auto run = test::runCwb(args);
            const QByteArray what = args.join(' ').toUtf8() + ": exit " +
                                    QByteArray::number(run.exitCode) + ": " + run.err;
            QVERIFY2(run.exitCode == 4, what.constData());
            QVERIFY2(run.err.contains("is open for writing by process"), what.constData());
        }
        transaction.reset(); // rolled back
        workspace.reset();
        QCOMPARE(test::runCwb({"campaign", "list", "--workspace", path}).out, before);
        QVERIFY(!QFileInfo::exists(dir.filePath("lists")));
    }

    void readersNeverWriteAndLeaveNoLogBehind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.cwb"));
        {
            auto workspace = Workspace::create(path);
            fill(*workspace, 3);
        }
        {
            auto reader = Workspace::open(path, Workspace::Access::ReadOnly);
            QVERIFY(reader->isReadOnly());
            QCOMPARE(kindOf([&] { reader->db().exec("DELETE FROM t"); }), Error::Kind::ReadOnly);
            QCOMPARE(kindOf([&] { reader->db().exec("CREATE TABLE u(x)"); }),
                     Error::Kind::ReadOnly);
            QCOMPARE(kindOf([&] { reader->db().exec("DROP TABLE t"); }), Error::Kind::ReadOnly);
            // Its own TEMP tables are its to write (the browser's sort order lives in one).
            reader->db().exec("CREATE TEMP TABLE s(r INTEGER); INSERT INTO temp.s VALUES (1)");
            QCOMPARE(rows(*reader), qint64(3));
        }
        // The last connection to close folds the log back: nothing beside the workspace.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("w.cwb")});
    }

    void lockOfADeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = QFileInfo(dir.filePath(QStringLiteral("w.cwb"))).absoluteFilePath();
        Workspace::create(path).reset();
        // A process of this computer that has ended left its lock behind.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
        QFile lock(WorkspaceLock::lockFilePath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\ncwb\n" + QSysInfo::machineHostName().toUtf8() +
                   "\n");
        lock.close();
        const auto holder = WorkspaceLock::holder(path);
        QVERIFY(holder && holder->thisHost && !holder->alive);
        auto workspace = Workspace::open(path); // taken over without a word
        QVERIFY(WorkspaceLock::heldHere(path));
    }

    void lockOfAnotherComputerIsKeptUntilUnlocked()
    {
        QTemporaryDir dir;
        const QString path = QFileInfo(dir.filePath(QStringLiteral("w.cwb"))).absoluteFilePath();
        Workspace::create(path).reset();
        QFile lock(WorkspaceLock::lockFilePath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4242\ncampaign-workbench\nbranch-laptop-07\n");
        lock.close();

        QString message;
        QCOMPARE(kindOf([&] { Workspace::open(path); }, &message), Error::Kind::Locked);
        QVERIFY2(message.contains(QStringLiteral("process 4242 (campaign-workbench) on the "
                                                 "computer branch-laptop-07 since ")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("cwb workspace unlock --workspace")),
                 qPrintable(message));
        // Not taken over by age either: a lock written long ago is still honoured.
        QVERIFY(lock.open(QIODevice::ReadWrite));
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addDays(-30),
                                 QFileDevice::FileModificationTime));
        lock.close();
        QCOMPARE(kindOf([&] { Workspace::open(path); }), Error::Kind::Locked);
        // Readers are not affected.
        QVERIFY(Workspace::open(path, Workspace::Access::ReadOnly));
        // The user says that computer is done with it.
        QVERIFY(WorkspaceLock::breakStale(path));
        QVERIFY(Workspace::open(path));
        QVERIFY(!WorkspaceLock::breakStale(path)); // nothing left to remove
    }

    void unlockFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString path = QFileInfo(dir.filePath(QStringLiteral("w.cwb"))).absoluteFilePath();
        Workspace::create(path).reset();
        QFile lock(WorkspaceLock::lockFilePath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4242\ncwb\nbranch-laptop-07\n");
        lock.close();
        auto run = test::runCwb({"offer", "add", "--name", "P", "--fee", "9", "--workspace", path});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("cwb workspace unlock --workspace"), run.err.constData());
        run = test::runCwb({"workspace", "unlock", "--workspace", path});
        QVERIFY2(run.exitCode == 0 && run.out.contains("removed the lock") &&
                     run.out.contains("branch-laptop-07"),
                 run.out.constData());
        run = test::runCwb({"offer", "add", "--name", "P", "--fee", "9", "--workspace", path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // A writer of this computer that is still running keeps its lock.
        const auto held = WorkspaceLock::acquire(path);
        run = test::runCwb({"workspace", "unlock", "--workspace", path});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("which is still running"), run.err.constData());
    }

    void aLiveLockIsNotBroken()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.cwb"));
        auto workspace = Workspace::create(path);
        QCOMPARE(kindOf([&] { WorkspaceLock::breakStale(path); }), Error::Kind::Locked);
        QVERIFY(WorkspaceLock::heldHere(path));
    }

    void readersSeeTheLastCommitDuringALargeWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.cwb"));
        auto writer = Workspace::create(path);
        QCOMPARE(writer->db().scalar("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
        fill(*writer, 100);
        // A write far larger than the page cache, so pages spill to disk before the commit.
        writer->db().exec("PRAGMA cache_size = 8");
        Transaction transaction(writer->db());
        writer->db().exec("DELETE FROM t");
        Statement insert(writer->db(), "INSERT INTO t(payload) VALUES (?)");
        for (int i = 0; i < 5000; ++i) {
            insert.reset();
            insert.bind(1, QStringLiteral("uncommitted %1 ").arg(i).repeated(30));
            insert.exec();
        }
        auto reader = Workspace::open(path, Workspace::Access::ReadOnly);
        QCOMPARE(rows(*reader), qint64(100));
        transaction.commit();
        // A new read transaction sees the commit.
        QCOMPARE(rows(*reader), qint64(5000));
    }

    void crashOfAnOldFormatWriteIsRolledBackOnOpen()
    {
        // Workspaces written before the write-ahead log used a rollback journal: a write cut
        // short by a crash leaves a hot journal that only a writer can roll back.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.cwb"));
        {
            auto workspace = Workspace::create(path);
            workspace->db().scalar("PRAGMA journal_mode = DELETE");
            fill(*workspace, 200);
        }
        Database db(path, Database::Mode::ReadWrite);
        QCOMPARE(db.scalar("PRAGMA journal_mode").toString(), QStringLiteral("delete"));
        db.exec("PRAGMA cache_size = 4");
        Transaction transaction(db);
        db.exec("UPDATE t SET payload = 'half-written ' || payload");
        QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
        // The moment of the crash: the file and its journal as they are on disk now (copied by
        // another program; a second descriptor here would drop this connection's locks).
        QTemporaryDir crashed;
        const QString copy = crashed.filePath(QStringLiteral("w.cwb"));
        QCOMPARE(QProcess::execute(QStringLiteral("cp"), {path, copy}), 0);
        QCOMPARE(QProcess::execute(QStringLiteral("cp"),
                                   {path + QStringLiteral("-journal"), copy + "-journal"}),
                 0);

        auto reader = Workspace::open(copy, Workspace::Access::ReadOnly);
        QCOMPARE(rows(*reader), qint64(200));
        QCOMPARE(reader->db().scalar("SELECT count(*) FROM t WHERE payload LIKE 'half%'").toInt(),
                 0);
        QCOMPARE(reader->db().scalar("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
    }

    void damagedFileSaysDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.cwb"));
        {
            auto workspace = Workspace::create(path);
            fill(*workspace, 50);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(120); // page 1 after the file header: the schema's b-tree page
        file.write(QByteArray(4000, '\x5a'));
        file.close();
        QString message;
        QCOMPARE(kindOf([&] { Workspace::open(path, Workspace::Access::ReadOnly); }, &message),
                 Error::Kind::Damaged);
        QVERIFY2(message.contains(QStringLiteral("is damaged")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("restore")), qPrintable(message));
    }

    void concurrentWriteInOneProcessSaysBusy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.cwb"));
        auto first = Workspace::create(path);
        fill(*first, 5);
        auto second = Workspace::open(path);
        Transaction holding(first->db());
        first->db().exec("DELETE FROM t");
        QString message;
        QCOMPARE(kindOf([&] { second->db().exec("DELETE FROM t WHERE id = 1"); }, &message),
                 Error::Kind::Busy);
        QVERIFY2(message.contains(QStringLiteral("is busy")), qPrintable(message));
    }

    void fullDiskSaysDiskFull()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.cwb"));
        auto workspace = Workspace::create(path);
        fill(*workspace, 5);
        // SQLite's own limit on the file's pages stands in for the disk here; the real disk is
        // filled in tst_integrity.
        const qint64 pages = workspace->db().scalar("PRAGMA page_count").toLongLong();
        workspace->db().scalar(
            QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2).toUtf8().toStdString());
        QString message;
        QCOMPARE(kindOf([&] { fill(*workspace, 2000); }, &message), Error::Kind::DiskFull);
        QVERIFY2(message.contains(QStringLiteral("is full")) &&
                     message.contains(QStringLiteral("MB free")),
                 qPrintable(message));
        QCOMPARE(rows(*workspace), qint64(5)); // nothing half-written
    }

    void readOnlyFileAndUnwritableFolderHaveTheirOwnMessages()
    {
        QTemporaryDir dir;
        QVERIFY(
            QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther));
        const QString path = dir.filePath(QStringLiteral("w.cwb"));
        {
            auto workspace = Workspace::create(path);
            fill(*workspace, 3);
        }
        // A file nobody else may write, in a folder everyone may write.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther));
        const auto readOnly =
            runCwbAsNobody({"offer", "add", "--name", "P", "--fee", "9", "--workspace", path});
        if (!readOnly)
            QSKIP("cannot run cwb as another user here (setpriv missing)");
        QCOMPARE(readOnly->exitCode, 1);
        QVERIFY2(readOnly->err.contains("is read-only"), readOnly->err.constData());
        // Reading it works.
        const auto audit = runCwbAsNobody({"offer", "list", "--workspace", path});
        QVERIFY2(audit->exitCode == 0, audit->err.constData());

        // A folder nobody else may write: the lock cannot be created beside the workspace.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther));
        QVERIFY(QFile::setPermissions(
            dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                            QFileDevice::ReadOther | QFileDevice::ExeOther));
        const auto folder =
            runCwbAsNobody({"offer", "add", "--name", "P", "--fee", "9", "--workspace", path});
        QCOMPARE(folder->exitCode, 1);
        QVERIFY2(folder->err.contains("No permission to write in the folder"),
                 folder->err.constData());
        const auto list = runCwbAsNobody({"offer", "list", "--workspace", path});
        QVERIFY2(list->exitCode == 0, list->err.constData());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceAccess)
#include "tst_workspaceaccess.moc"
