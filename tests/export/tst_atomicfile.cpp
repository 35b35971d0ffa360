// SPDX-License-Identifier: GPL-3.0-or-later
// Output files appear whole or not at all (AtomicFile, and CsvWriter through QSaveFile): a
// failed or abandoned write leaves the old file as it was and no temporary behind; the
// failures say why (a full disk, no permission, a missing folder), tested on real failures: a
// file size limit (EFBIG), /dev/full (ENOSPC) and a read-only folder as "nobody".
#include "core/atomicfile.h"
#include "core/csvwriter.h"
#include "core/error.h"
#include "export/writefailure.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <functional>

using namespace cwb;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void put(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Every file of the folder, hidden ones (the temporaries) included.
QStringList allFiles(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// Writes about a megabyte of rows.
void writeMegabyte(CsvWriter &writer)
{
    const QString value(200, QLatin1Char('x'));
    for (int i = 0; i < 5000; ++i)
        writer.writeRow({QString::number(i), value});
    writer.close();
}

QString messageOf(const std::function<void()> &work)
{
    try {
        work();
    } catch (const Error &e) {
        return e.message();
    }
    return QStringLiteral("<no error>");
}

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void commitReplacesTheFileWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        put(path, "old");
        {
            AtomicFile file(path);
            QCOMPARE(QFileInfo(file.tempPath()).absolutePath(), QFileInfo(path).absolutePath());
            QVERIFY(QFileInfo(file.tempPath()).fileName().startsWith(QLatin1Char('.')));
            QCOMPARE(file.file().write("new"), qint64(3));
            file.finish();
            QCOMPARE(contents(path), QByteArray("old")); // nothing changes before the commit
            file.commit();
            QCOMPARE(contents(path), QByteArray("new"));
        }
        QCOMPARE(allFiles(dir.path()), QStringList{QStringLiteral("list.csv")});
        // A writer that takes a file name (libxlsxwriter) writes to pathForWriter().
        {
            AtomicFile file(path);
            put(file.pathForWriter(), "by name");
            file.commit();
        }
        QCOMPARE(contents(path), QByteArray("by name"));
        QCOMPARE(allFiles(dir.path()), QStringList{QStringLiteral("list.csv")});
    }

    void abandonedWriteLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        put(path, "old");
        {
            AtomicFile file(path);
            file.file().write("half a li");
        }
        QCOMPARE(contents(path), QByteArray("old"));
        QCOMPARE(allFiles(dir.path()), QStringList{QStringLiteral("list.csv")});
        {
            CsvWriter writer(path);
            writer.writeRow({QStringLiteral("half")});
        } // never closed: an error or a crash
        QCOMPARE(contents(path), QByteArray("old"));
        QCOMPARE(allFiles(dir.path()), QStringList{QStringLiteral("list.csv")});
        // A new file that is never committed does not appear at all.
        const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
        {
            AtomicFile file(fresh);
            file.file().write("x");
            file.finish();
        }
        QVERIFY(!QFileInfo::exists(fresh));
        QCOMPARE(allFiles(dir.path()), QStringList{QStringLiteral("list.csv")});
    }

    void failedWriteLeavesTheOldFileAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        put(path, "old");
        QString viaDevice, viaSaveFile;
        {
            test::FileSizeLimit limit(64 * 1024); // write() fails with EFBIG past 64 KiB
            QVERIFY(limit.ok());
            viaDevice = messageOf([&] {
                AtomicFile file(path);
                CsvWriter writer(file.file(), path);
                writeMegabyte(writer);
                file.commit();
            });
            viaSaveFile = messageOf([&] {
                CsvWriter writer(path);
                writeMegabyte(writer);
            });
        }
        for (const QString &message : {viaDevice, viaSaveFile}) {
            QVERIFY2(message.startsWith(QStringLiteral("cannot write %1: the file is too large")
                                            .arg(QDir::toNativeSeparators(path))),
                     qPrintable(message));
            QVERIFY2(message.contains(QRegularExpression(QStringLiteral("\\(\\d+ MB free\\)$"))),
                     qPrintable(message));
        }
        QCOMPARE(contents(path), QByteArray("old"));
        QCOMPARE(allFiles(dir.path()), QStringList{QStringLiteral("list.csv")});
        // Without the limit the same write goes through.
        CsvWriter writer(path);
        writeMegabyte(writer);
        QVERIFY(QFileInfo(path).size() > 1000000);
        QCOMPARE(allFiles(dir.path()), QStringList{QStringLiteral("list.csv")});
    }

    void fullDiskIsNamed()
    {
        // /dev/full refuses every write with ENOSPC, as a full disk does.
        QFile full(QStringLiteral("/dev/full"));
        if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            QSKIP("this system has no /dev/full");
        errno = 0;
        QCOMPARE(full.write(QByteArray(4096, 'x')), qint64(-1));
        const int error = errno;
        QCOMPARE(error, ENOSPC);
        const QString message =
            messageOf([&] { throwFileFailure(QStringLiteral("/dev/full"), full, error); });
        QVERIFY2(message.contains(
                     QRegularExpression(QStringLiteral("^cannot write /dev/full: the disk is full "
                                                       "\\(\\d+ MB free\\)$"))),
                 qPrintable(message));
        // What Qt reports a full disk as counts as one even when errno is lost.
        QVERIFY2(messageOf([&] {
                     throwFileFailure(QStringLiteral("/dev/full"), full, 0);
                 }).contains(QStringLiteral("the disk is full")),
                 qPrintable(message));
    }

    void errnoClasses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        const QString folder = QDir::toNativeSeparators(dir.path());
        QCOMPARE(writeProblem(ENOSPC), WriteProblem::DiskFull);
        QCOMPARE(writeProblem(EDQUOT), WriteProblem::DiskFull);
        QCOMPARE(writeProblem(EFBIG), WriteProblem::DiskFull);
        QCOMPARE(writeProblem(EACCES), WriteProblem::NoPermission);
        QCOMPARE(writeProblem(EPERM), WriteProblem::NoPermission);
        QCOMPARE(writeProblem(EROFS), WriteProblem::NoPermission);
        QCOMPARE(writeProblem(ENOENT), WriteProblem::NoFolder);
        QCOMPARE(writeProblem(EIO), WriteProblem::Other);
        QVERIFY(writeFailureMessage(path, EDQUOT).contains(QStringLiteral("the disk is full (")));
        QCOMPARE(writeFailureMessage(path, EROFS),
                 QStringLiteral("cannot write %1: no permission to write in %2")
                     .arg(QDir::toNativeSeparators(path), folder));
        // ENOENT where the folder exists is not a missing folder.
        QVERIFY(!writeFailureMessage(path, ENOENT).contains(QStringLiteral("does not exist")));
        const QString missing = dir.filePath(QStringLiteral("no/such/list.csv"));
        QCOMPARE(writeFailureMessage(missing, ENOENT),
                 QStringLiteral("cannot write %1: the folder %2 does not exist")
                     .arg(QDir::toNativeSeparators(missing),
                          QDir::toNativeSeparators(dir.filePath(QStringLiteral("no/such")))));
        // An unknown errno: the folder is examined (missing here), else the system's words.
        QVERIFY(writeFailureMessage(missing, 0).contains(QStringLiteral("does not exist")));
        QCOMPARE(writeFailureMessage(path, EIO, QStringLiteral("Input/output error")),
                 QStringLiteral("cannot write %1: Input/output error")
                     .arg(QDir::toNativeSeparators(path)));
        // Qt's error text of a full disk is recognised when errno is unknown.
        QVERIFY(writeFailureMessage(path, 0, QStringLiteral("No space left on device"))
                    .contains(QStringLiteral("the disk is full")));
    }

    void missingFolderIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone/list.csv"));
        const QString expected = QStringLiteral("cannot write %1: the folder %2 does not exist")
                                     .arg(QDir::toNativeSeparators(path),
                                          QDir::toNativeSeparators(dir.filePath("gone")));
        QCOMPARE(messageOf([&] { AtomicFile file(path); }), expected);
        QCOMPARE(messageOf([&] { CsvWriter writer(path); }), expected);
        QCOMPARE(messageOf([&] { saveFile(path, "x"); }), expected);
    }

    void noPermissionIsNamed()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(test::makeReadOnlyFolder(dir.path(), folder));
        const QString path = QDir(folder).filePath(QStringLiteral("list.csv"));
        const QString expected =
            QStringLiteral("cannot write %1: no permission to write in %2")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder));
        QString atomic, csv, saved;
        {
            test::Unprivileged nobody;
            QVERIFY(nobody.ok());
            atomic = messageOf([&] { AtomicFile file(path); });
            csv = messageOf([&] { CsvWriter writer(path); });
            saved = messageOf([&] { saveFile(path, "x"); });
        }
        QCOMPARE(atomic, expected);
        QCOMPARE(csv, expected);
        QCOMPARE(saved, expected);
        QCOMPARE(allFiles(folder), QStringList());
    }

    void noReplaceRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        put(path, "old");
        const QString message = messageOf([&] {
            AtomicFile file(path);
            file.file().write("new");
            file.commit(AtomicFile::Replace::No);
        });
        QCOMPARE(message, QStringLiteral("%1 exists already").arg(QDir::toNativeSeparators(path)));
        QCOMPARE(contents(path), QByteArray("old"));
        QCOMPARE(allFiles(dir.path()), QStringList{QStringLiteral("list.csv")});
        const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
        AtomicFile file(fresh);
        file.file().write("new");
        file.commit(AtomicFile::Replace::No);
        QCOMPARE(contents(fresh), QByteArray("new"));
    }

    void staleTemporariesOfDeadProcessesGo()
    {
        QTemporaryDir dir;
        QString tag; // ".x.cwb<host>-<pid>-": this machine's prefix
        {
            AtomicFile probe(dir.filePath(QStringLiteral("x")));
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("\\.cwb([0-9a-f]{4})-"))
                    .match(QFileInfo(probe.tempPath()).fileName());
            QVERIFY(m.hasMatch());
            tag = m.captured(1);
        }
        const qint64 dead = [] { // a process that has ended: its pid is free
            QProcess p;
            p.start(QStringLiteral("true"));
            const qint64 pid = p.processId();
            p.waitForFinished();
            return pid;
        }();
        QVERIFY(dead > 0);
        auto name = [&](const QString &host, qint64 pid) {
            return QStringLiteral(".a_CL1-W1.csv.cwb%1-%2-abc123").arg(host).arg(pid);
        };
        const QStringList stale{name(tag, dead)};
        const QStringList kept{
            name(tag, QCoreApplication::applicationPid()), // our own
            name(tag, qint64(getppid())),                  // alive
            name(tag == QLatin1String("0000") ? QStringLiteral("0001") : QStringLiteral("0000"),
                 dead),                      // another machine's
            QStringLiteral("a_CL1-W1.csv")}; // a list, not a temporary
        for (const QString &n : stale + kept)
            put(dir.filePath(n), "x");
        QCOMPARE(AtomicFile::removeStale(dir.path()), 1);
        QStringList expected = kept;
        expected.sort();
        QCOMPARE(allFiles(dir.path()), expected);
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
