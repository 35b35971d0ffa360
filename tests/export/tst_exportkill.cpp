// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb export calllist` and `cwb offer match --out` killed (SIGKILL) at random points (half of
// them anywhere in the run, half shortly after the first file appeared or changed): a list
// file on disk always has its contact history and its export record (and is whole); a killed
// match leaves the previous match.csv or the new one, never a part; the temporaries a killed
// export left behind are removed by the next export into the folder. The random delays are
// drawn from CWB_KILL_SEED when set (the seed is printed), so a failure can be replayed.
#include "common/testsupport.h"
#include "core/error.h"
#include "import/csvreader.h"
#include "import/xlsxreader.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

namespace {

const QString kCampaign = QStringLiteral("Long-distance upsell, December");
constexpr int kRounds = 12;
constexpr int kWritingMs = 40; // kills "while writing" fall this soon after the first write

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Rows of a list file: (label, value) header block, blank row, column header, customers.
std::vector<QStringList> readList(const QString &path)
{
    std::unique_ptr<RecordSource> source;
    if (path.endsWith(QLatin1String(".xlsx")))
        source = std::make_unique<XlsxReader>(path);
    else
        source = std::make_unique<CsvReader>(path);
    std::vector<QStringList> rows;
    Record record;
    while (source->next(record)) {
        QStringList fields;
        for (std::string_view f : record.fields)
            fields << QString::fromUtf8(f.data(), qsizetype(f.size()));
        rows.push_back(fields);
    }
    return rows;
}

// The list is whole: as many customer rows as its header block says.
bool wholeList(const QString &path, QString *why)
{
    try {
        const std::vector<QStringList> rows = readList(path);
        qint64 declared = -1;
        qsizetype header = -1;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].size() >= 2 && rows[i].at(0) == QStringLiteral("客户数"))
                declared = rows[i].at(1).toLongLong();
            if (!rows[i].isEmpty() && rows[i].at(0) == QStringLiteral("客户ID")) {
                header = qsizetype(i);
                break;
            }
        }
        const qint64 customers = header < 0 ? -1 : qint64(rows.size()) - header - 1;
        if (declared > 0 && customers == declared)
            return true;
        *why = QStringLiteral("%1: %2 customer rows, the header says %3")
                   .arg(path)
                   .arg(customers)
                   .arg(declared);
    } catch (const Error &e) {
        *why = QStringLiteral("%1: %2").arg(path, e.message());
    }
    return false;
}

QSet<QString> column(Workspace &workspace, const char *sql)
{
    QSet<QString> values;
    Statement query(workspace.db(), sql);
    while (query.step())
        values.insert(query.text(0));
    return values;
}

// The files of a folder (hidden ones too) with their sizes: it changes when writing starts.
QStringList snapshot(const QString &folder)
{
    QStringList out;
    for (const QFileInfo &info :
         QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name))
        out << QStringLiteral("%1:%2").arg(info.fileName()).arg(info.size());
    return out;
}

// Starts `cwb args` and SIGKILLs it after `delayMs` unless it finished; with `watch`, the delay
// counts from the moment something changes in that folder (the writing has begun). True when
// the process was killed.
bool runAndKill(const QStringList &args, int delayMs, QByteArray *err, const QString &watch = {})
{
    QProcess process;
    const QStringList before = watch.isEmpty() ? QStringList() : snapshot(watch);
    process.start(qEnvironmentVariable("CWB_EXE"), args);
    if (!process.waitForStarted())
        return false;
    if (!watch.isEmpty()) {
        QElapsedTimer waited;
        waited.start();
        while (process.state() == QProcess::Running && snapshot(watch) == before &&
               waited.elapsed() < 60000)
            process.waitForFinished(1);
    }
    bool killed = false;
    if (!process.waitForFinished(delayMs)) {
        process.kill(); // SIGKILL
        killed = true;
    }
    process.waitForFinished(60000);
    *err = process.readAllStandardError();
    return killed && process.exitStatus() == QProcess::CrashExit;
}

quint32 seed()
{
    bool ok = false;
    const quint32 fixed = qEnvironmentVariable("CWB_KILL_SEED").toUInt(&ok);
    const quint32 s = ok ? fixed : QRandomGenerator::global()->generate();
    qInfo("kill delays from CWB_KILL_SEED=%u", s);
    return s;
}

} // namespace

class TestExportKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws;
    QRandomGenerator m_random{seed()};

    QStringList exportArgs(const QString &out, bool xlsx) const
    {
        return {
            QStringLiteral("export"),      QStringLiteral("calllist"),
            QStringLiteral("--campaign"),  kCampaign,
            QStringLiteral("--agents"),    QStringLiteral("6"),
            QStringLiteral("--format"),    xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv"),
            QStringLiteral("--out"),       out,
            QStringLiteral("--workspace"), m_ws};
    }

    // The invariants after an export ended one way or another.
    void checkLists(const QString &out)
    {
        auto workspace = Workspace::open(m_ws); // read-write: rolls back what a kill left
        const QSet<QString> history =
            column(*workspace, "SELECT DISTINCT list_id FROM contact_history");
        const QSet<QString> records = column(*workspace, "SELECT list_id FROM list_exports");
        QCOMPARE(records, history); // recorded in one transaction
        static const QRegularExpression listFile(
            QStringLiteral("_(CL\\d+-(?:W\\d+|ALL)-\\d{8}-\\d{6}(?:-\\d+)?)\\.(?:csv|xlsx)$"));
        for (const QString &name : QDir(out).entryList(QDir::Files)) { // hidden ones: temporaries
            const QRegularExpressionMatch match = listFile.match(name);
            QVERIFY2(match.hasMatch(), qPrintable(name));
            QVERIFY2(history.contains(match.captured(1)),
                     qPrintable(name + QStringLiteral(": a list without contact history")));
            QString why;
            QVERIFY2(wholeList(QDir(out).filePath(name), &why), qPrintable(why));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("demo.cwb"));
        const test::CwbRun demo =
            test::runCwb({QStringLiteral("demo"), QStringLiteral("--rows"), QStringLiteral("6000"),
                          QStringLiteral("--evaluation"), QStringLiteral("--workspace"), m_ws});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        // The demo exported lists already: start from a clean history.
        auto workspace = Workspace::open(m_ws);
        workspace->db().exec("DELETE FROM contact_history; DELETE FROM list_exports");
    }

    void killedExportsLeaveNoListWithoutHistory()
    {
        const QString out = m_dir.filePath(QStringLiteral("lists"));
        // How long a whole export takes here: the kills fall anywhere in it.
        QElapsedTimer timer;
        timer.start();
        test::CwbRun whole = test::runCwb(exportArgs(out, false));
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        const int span = int(timer.elapsed() * 11 / 10) + 1;
        checkLists(out);
        int killed = 0;
        for (int round = 0; round < kRounds; ++round) {
            // Every other round the kill falls while the files are written.
            const bool whileWriting = round % 4 >= 2;
            const int delay = int(m_random.bounded(whileWriting ? kWritingMs : span));
            QByteArray err;
            if (runAndKill(exportArgs(out, round % 2 == 1), delay, &err,
                           whileWriting ? out : QString()))
                ++killed;
            else
                QVERIFY2(err.isEmpty(), err.constData());
            checkLists(out);
            if (QTest::currentTestFailed()) {
                qWarning("round %d, killed after %d ms", round, delay);
                return;
            }
        }
        QVERIFY2(killed > 0, "no export was killed: the delays missed every run");
        // A finished export removes what the killed ones left behind.
        whole = test::runCwb(exportArgs(out, false));
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        checkLists(out);
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(),
                 QDir(out).entryList(QDir::Files).size());
        qInfo("%d of %d exports killed", killed, kRounds);
    }

    void killedMatchKeepsTheOldFileOrWritesTheNewOne()
    {
        const QString out = m_dir.filePath(QStringLiteral("match"));
        QVERIFY(QDir().mkpath(out));
        const QString file = QDir(out).filePath(QStringLiteral("match.csv"));
        const QString reference = m_dir.filePath(QStringLiteral("reference.csv"));
        auto args = [&](const QString &path) {
            return QStringList{QStringLiteral("offer"),       QStringLiteral("match"),
                               QStringLiteral("--date"),      QStringLiteral("2026-12-01"),
                               QStringLiteral("--out"),       path,
                               QStringLiteral("--workspace"), m_ws};
        };
        QElapsedTimer timer;
        timer.start();
        const test::CwbRun whole = test::runCwb(args(reference));
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        const int span = int(timer.elapsed() * 11 / 10) + 1;
        const QByteArray fresh = contents(reference);
        QVERIFY(fresh.size() > 1000);
        const QByteArray old("customer_id,package\r\nold,file\r\n");
        int killed = 0;
        for (int round = 0; round < kRounds; ++round) {
            QFile::remove(file);
            QFile previous(file);
            QVERIFY(previous.open(QIODevice::WriteOnly));
            previous.write(old);
            previous.close();
            const bool whileWriting = round % 2 == 1;
            const int delay = int(m_random.bounded(whileWriting ? kWritingMs : span));
            QByteArray err;
            if (runAndKill(args(file), delay, &err, whileWriting ? out : QString()))
                ++killed;
            const QByteArray now = contents(file);
            QVERIFY2(now == old || now == fresh,
                     qPrintable(QStringLiteral("round %1, killed after %2 ms: match.csv has %3 "
                                               "bytes, neither the old file nor the new one")
                                    .arg(round)
                                    .arg(delay)
                                    .arg(now.size())));
        }
        QVERIFY2(killed > 0, "no match was killed: the delays missed every run");
    }
};

QTEST_GUILESS_MAIN(TestExportKill)
#include "tst_exportkill.moc"
