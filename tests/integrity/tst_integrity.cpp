// SPDX-License-Identifier: GPL-3.0-or-later
// Several `cwb` processes on one workspace, as planners run them: an import beside writers that
// must be refused and readers that must read the last committed state; a split beside an import;
// imports killed at random points; an import that fills the disk; a campaign whose lists were
// exported. After each, the workspace passes SQLite's integrity check and holds exactly what the
// commands that succeeded wrote.
#include "core/error.h"
#include "workspace/workspace.h"

#include "common/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

using namespace cwb;

namespace {

constexpr qint64 kSmall = 2000;   // the committed state the readers must see
constexpr qint64 kLarge = 250000; // the import that runs beside the other commands

QString cwbExe()
{
    return qEnvironmentVariable("CWB_EXE");
}

QString generate(const QString &folder, const QString &name, qint64 rows, quint64 seed)
{
    const QString path = QDir(folder).filePath(name);
    const auto run = test::runCwb({"generate", "--rows", QString::number(rows), "--out", path,
                                   "--seed", QString::number(seed), "--defects", "0"});
    if (run.exitCode != 0)
        qFatal("cwb generate failed: %s", run.err.constData());
    return path;
}

QString integrity(const QString &path)
{
    auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
    return workspace->db().scalar("PRAGMA integrity_check").toString();
}

qint64 customers(const QString &path)
{
    return Workspace::open(path, Workspace::Access::ReadOnly)->customerCount();
}

qint64 packages(const QString &path)
{
    return Workspace::open(path, Workspace::Access::ReadOnly)
        ->db()
        .scalar("SELECT count(*) FROM packages")
        .toLongLong();
}

// Whether a process started in the background still runs. QProcess learns that its child ended
// only in its event loop or a wait on it, not while the test waits for other processes.
bool running(QProcess &process)
{
    return process.state() != QProcess::NotRunning && !process.waitForFinished(1);
}

// Waits for a background process to end (true when it has).
bool finish(QProcess &process)
{
    if (process.state() != QProcess::NotRunning)
        process.waitForFinished(120000);
    return process.state() == QProcess::NotRunning;
}

// Waits until the process has taken the workspace's lock (its import has begun).
bool waitForLock(const QString &workspace, QProcess &process)
{
    const QString lock = QFileInfo(workspace).absoluteFilePath() + QStringLiteral(".lock");
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (QFileInfo::exists(lock))
            return true;
        if (!running(process))
            return false;
    }
    return false;
}

struct Fixture
{
    QTemporaryDir dir;
    QString small;
    QString large;
    QString workspace;

    Fixture()
    {
        static QTemporaryDir files; // the extracts are made once for all tests
        static const QString smallCsv = generate(files.path(), "small.csv", kSmall, 7);
        static const QString largeCsv = generate(files.path(), "large.csv", kLarge, 8);
        small = smallCsv;
        large = largeCsv;
        workspace = dir.filePath(QStringLiteral("w.cwb"));
        const auto run = test::runCwb({"import", small, "--workspace", workspace});
        if (run.exitCode != 0)
            qFatal("import failed: %s", run.err.constData());
    }
};

} // namespace

class TestIntegrity : public QObject
{
    Q_OBJECT

private slots:
    // An import beside a loop of `offer add` (writers) and of reads: every writer is refused
    // at once while the import runs and none commits in its middle; every reader reads the last
    // committed state; the import itself commits whole.
    void importBesideWritersAndReaders()
    {
        Fixture f;
        QProcess import;
        import.start(cwbExe(), {"import", f.large, "--workspace", f.workspace, "--json"});
        QVERIFY(waitForLock(f.workspace, import));
        int refused = 0;
        int added = 0;
        int reads = 0;
        int readsBefore = 0; // readers that ran while the import had not committed
        for (int i = 0; running(import); ++i) {
            const auto add =
                test::runCwb({"offer", "add", "--name", QStringLiteral("Plan %1").arg(i), "--fee",
                              "59", "--workspace", f.workspace});
            if (add.exitCode == 4) {
                QVERIFY2(add.err.contains("is open for writing by process"), add.err.constData());
                ++refused;
            } else {
                QVERIFY2(add.exitCode == 0, add.err.constData());
                ++added;
            }
            // A reader sees the last committed state: the small extract until the import commits
            // (its process may still be closing after that), never a part of the import.
            const auto count = test::runCwb({"segment", "count", "--rule", "total_fee_m1 >= 0",
                                             "--workspace", f.workspace, "--json"});
            QVERIFY2(count.exitCode == 0, count.err.constData());
            const qint64 base = QJsonDocument::fromJson(count.out)
                                    .object()
                                    .value(QStringLiteral("base"))
                                    .toInteger();
            QVERIFY2(base == kSmall || base > kLarge * 99 / 100, count.out.constData());
            readsBefore += base == kSmall ? 1 : 0;
            const auto audit = test::runCwb({"audit", "--workspace", f.workspace});
            QVERIFY2(audit.exitCode == 0, audit.err.constData());
            QVERIFY2(!audit.err.contains("damaged") && !audit.err.contains("locked"),
                     audit.err.constData());
            ++reads;
        }
        QVERIFY(finish(import));
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
        const QJsonObject result = QJsonDocument::fromJson(import.readAllStandardOutput()).object();
        QVERIFY2(refused > 0 && readsBefore > 0, "the import ended before the other commands ran");
        QCOMPARE(integrity(f.workspace), QStringLiteral("ok"));
        QCOMPARE(customers(f.workspace), result.value(QStringLiteral("imported")).toInteger());
        QCOMPARE(packages(f.workspace), qint64(added));
        // After the import the next writer gets in.
        const auto after = test::runCwb(
            {"offer", "add", "--name", "After", "--fee", "79", "--workspace", f.workspace});
        QVERIFY2(after.exitCode == 0, after.err.constData());
        QCOMPARE(packages(f.workspace), qint64(added + 1));
    }

    // A split beside an import: whichever starts second is refused; nothing is lost.
    void splitBesideImport()
    {
        Fixture f;
        const QString example = QStringLiteral(CWB_SOURCE_DIR "/docs/examples/pilot-campaign.json");
        auto run = test::runCwb({"campaign", "create", example, "--workspace", f.workspace});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QProcess import;
        import.start(cwbExe(), {"import", f.large, "--workspace", f.workspace});
        QVERIFY(waitForLock(f.workspace, import));
        run = test::runCwb(
            {"campaign", "split", "Long-distance upsell, December", "--workspace", f.workspace});
        const bool importStillRan = running(import);
        QVERIFY(finish(import));
        QCOMPARE(import.exitCode(), 0);
        if (importStillRan)
            QVERIFY2(run.exitCode == 4 && run.err.contains("is open for writing by process"),
                     run.err.constData());
        QCOMPARE(integrity(f.workspace), QStringLiteral("ok"));
        // Now the split runs, on the imported data.
        run = test::runCwb({"campaign", "split", "Long-distance upsell, December", "--workspace",
                            f.workspace, "--json"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(integrity(f.workspace), QStringLiteral("ok"));
    }

    // kill -9 at random moments of an import: the workspace opens without a word of damage,
    // holds the last committed state, and the next writer takes over the dead process's lock.
    void importKilledAtRandomPoints()
    {
        Fixture f;
        // How long a whole import takes here (on a copy), so the kills fall inside it.
        QElapsedTimer timer;
        timer.start();
        const auto whole = test::runCwb(
            {"import", f.large, "--workspace", f.dir.filePath(QStringLiteral("timing.cwb"))});
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        const int duration = int(timer.elapsed());
        QRandomGenerator random(20261207);
        int killed = 0;
        for (int attempt = 0; killed < 6 && attempt < 20; ++attempt) {
            QProcess import;
            import.start(cwbExe(), {"import", f.large, "--workspace", f.workspace});
            QVERIFY(waitForLock(f.workspace, import));
            QThread::msleep(
                random.bounded(std::max(1, duration / 50), std::max(2, duration * 3 / 4)));
            if (!running(import)) {
                // Finished first (the machine was quicker than measured): back to the small
                // extract and another point.
                QVERIFY(finish(import));
                const auto back = test::runCwb({"import", f.small, "--workspace", f.workspace});
                QVERIFY2(back.exitCode == 0, back.err.constData());
                continue;
            }
            ::kill(pid_t(import.processId()), SIGKILL);
            QVERIFY(finish(import));
            ++killed;

            const auto audit = test::runCwb({"audit", "--workspace", f.workspace});
            QVERIFY2(audit.exitCode == 0, audit.err.constData());
            QVERIFY2(!audit.err.contains("damaged"), audit.err.constData());
            QCOMPARE(customers(f.workspace), kSmall);
            QCOMPARE(integrity(f.workspace), QStringLiteral("ok"));
        }
        QVERIFY2(killed >= 6, qPrintable(QStringLiteral("only %1 imports killed").arg(killed)));
        const auto add = test::runCwb(
            {"offer", "add", "--name", "After a crash", "--fee", "59", "--workspace", f.workspace});
        QVERIFY2(add.exitCode == 0, add.err.constData());
    }

    // An import that fills the disk (a 24 MB file system of its own) says so, and leaves the
    // workspace as it was.
    void importThatFillsTheDisk()
    {
        Fixture f;
        QTemporaryDir mount;
        const QString script =
            QStringLiteral("set -e\n"
                           "mount -t tmpfs -o size=24m cwbtest '%1'\n"
                           "cp '%2' '%1/w.cwb'\n"
                           "set +e\n"
                           "'%3' import '%4' --workspace '%1/w.cwb'\n"
                           "echo \"import-exit $?\" >&2\n"
                           "'%3' segment count --rule 'total_fee_m1 >= 0' --json "
                           "--workspace '%1/w.cwb'\n"
                           "echo \"count-exit $?\" >&2\n")
                .arg(mount.path(), f.workspace, cwbExe(), f.large);
        QStringList unshare{QStringLiteral("--mount"), QStringLiteral("--propagation"),
                            QStringLiteral("private")};
        if (::geteuid() != 0)
            unshare.prepend(QStringLiteral("--map-root-user"));
        QProcess shell;
        shell.start(QStringLiteral("unshare"), unshare + QStringList{"sh", "-c", script});
        QVERIFY(shell.waitForFinished(120000));
        const QByteArray err = shell.readAllStandardError();
        if (!err.contains("import-exit"))
            QSKIP(qPrintable(QStringLiteral("cannot mount a small file system here: %1")
                                 .arg(QString::fromLocal8Bit(err))));
        QVERIFY2(err.contains("import-exit 1"), err.constData());
        QVERIFY2(err.contains("is full") && err.contains("MB free"), err.constData());
        QVERIFY2(err.contains("count-exit 0"), err.constData());
        const QJsonObject count = QJsonDocument::fromJson(shell.readAllStandardOutput()).object();
        QCOMPARE(count.value(QStringLiteral("base")).toInteger(), kSmall);
    }
};

QTEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"
