// SPDX-License-Identifier: GPL-3.0-or-later
// What call list exports write and record: phone numbers masked unless full ones are chosen
// (the choice recorded in list_exports, shown by `cwb export history`; schema 7 migrates the
// history of older exports), formula cells neutralised in CSV and plain text in xlsx, and a
// failed export that leaves neither files nor history, with a message that says why.
#include "campaign/campaignstore.h"
#include "common/testsupport.h"
#include "core/error.h"
#include "export/calllist.h"
#include "export/exporthistory.h"
#include "export/tenfixture.h"
#include "export/writefailure.h"
#include "import/csvreader.h"
#include "workspace/schema.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace cwb;
using namespace cwb::exporting;

namespace {

const QString kCampaign = QStringLiteral("宽带提速");

std::vector<QStringList> readCsv(const QString &path)
{
    CsvReader reader(path);
    std::vector<QStringList> out;
    Record record;
    while (reader.next(record)) {
        QStringList fields;
        for (std::string_view f : record.fields)
            fields << QString::fromUtf8(f.data(), qsizetype(f.size()));
        out.push_back(fields);
    }
    return out;
}

// The customer rows of a list: those after the column header row (its first cell 客户ID).
std::vector<QStringList> customerRows(const QString &path)
{
    std::vector<QStringList> rows = readCsv(path);
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (!rows[i].isEmpty() && rows[i].at(0) == QStringLiteral("客户ID"))
            return {rows.begin() + qsizetype(i) + 1, rows.end()};
    return {};
}

qint64 count(Workspace &workspace, const char *sql)
{
    return workspace.db().scalar(sql).toLongLong();
}

QStringList allFiles(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QByteArray unzipSheet(const QString &xlsx)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    unzip.waitForFinished();
    return unzip.readAllStandardOutput();
}

// A workspace of format 5 (before list_exports) with the history of two exports.
void makeFormatFive(const QString &path)
{
    Database db(path, Database::Mode::ReadWriteCreate);
    for (int v = 0; v < 5; ++v) {
        db.exec(schema::kMigrations[v]);
        db.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, '2026-11-01T00:00:00')")
                    .arg(v + 1)
                    .toStdString());
    }
    db.exec("INSERT INTO meta VALUES ('data_version', '1')");
    db.exec(
        QStringLiteral("PRAGMA application_id = %1").arg(Workspace::kApplicationId).toStdString());
    db.exec("INSERT INTO contact_history(customer_id, campaign, cell, wave, channel, list_id, "
            "contact_date, is_control) VALUES "
            "('c1', 'old', 'a', 1, 'call', 'CL1-W1-20261120-093015', '2026-12-01', 0), "
            "('c2', 'old', 'a', 1, 'call', 'CL1-W1-20261120-093015', '2026-12-01', 0), "
            "('c3', 'old', 'a', NULL, NULL, 'CL1-W1-20261120-093015', '2026-12-01', 1), "
            "('c1', 'old', 'a', 2, 'call', 'CL1-ALL-20261121-100000-2', '2026-11-21', 0)");
}

// An SQL function for a trigger: puts a file where the first staged list of the folder
// (user data: the folder) is about to land, as another program could.
void occupyFirstTarget(sqlite3_context *context, int, sqlite3_value **)
{
    const QString folder = *static_cast<QString *>(sqlite3_user_data(context));
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
        const qsizetype end = name.lastIndexOf(QStringLiteral(".cwb"));
        if (!name.startsWith(QLatin1Char('.')) || end < 0)
            continue;
        QFile intruder(QDir(folder).filePath(name.mid(1, end - 1)));
        if (intruder.open(QIODevice::WriteOnly))
            intruder.write("someone else's file");
        break;
    }
    sqlite3_result_null(context);
}

} // namespace

class TestExportFiles : public QObject
{
    Q_OBJECT

private slots:
    void phonesAreMaskedUnlessChosenAndTheChoiceIsRecorded()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        test::splitCampaign(*workspace);
        CallListOptions options; // the defaults: masked
        options.wave = 1;
        const ExportResult masked =
            exportCallLists(*workspace, kCampaign, options, FileFormat::Csv, CsvEncoding::Utf8Bom,
                            dir.filePath(QStringLiteral("masked")));
        QVERIFY(!masked.fullPhones);
        for (const QStringList &row : customerRows(masked.files.first()))
            QVERIFY2(row.at(3).startsWith(QStringLiteral("138****")), qPrintable(row.at(3)));

        options.maskPhones = false;
        options.wave = -1;
        const ExportResult full =
            exportCallLists(*workspace, kCampaign, options, FileFormat::Xlsx, CsvEncoding::Utf8Bom,
                            dir.filePath(QStringLiteral("full")));
        QVERIFY(full.fullPhones);
        QVERIFY(unzipSheet(full.files.first()).contains("<t>1380000"));

        const QList<ListExport> exports = listExports(*workspace);
        QCOMPARE(exports.size(), 2);
        QCOMPARE(exports.at(0).listId, masked.listId);
        QCOMPARE(exports.at(0).campaign, kCampaign);
        QCOMPARE(exports.at(0).wave, 1);
        QCOMPARE(exports.at(0).format, QStringLiteral("csv"));
        QCOMPARE(exports.at(0).files, 1);
        QCOMPARE(exports.at(0).rows, qint64(8));
        QCOMPARE(exports.at(0).fullPhones, std::optional<bool>(false));
        QVERIFY(exports.at(0).exportedAt.isValid());
        QCOMPARE(exports.at(1).listId, full.listId);
        QCOMPARE(exports.at(1).wave, -1);
        QCOMPARE(exports.at(1).format, QStringLiteral("xlsx"));
        QCOMPARE(exports.at(1).fullPhones, std::optional<bool>(true));
        QCOMPARE(listExports(*workspace, QStringLiteral("other")).size(), 0);
    }

    void formulaCellsStayText()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        // Names that Excel would run; an international number that must stay usable.
        workspace->db().exec("UPDATE customers SET name = '=HYPERLINK(\"http://x.example\",\"' "
                             "|| customer_id || '\")', contact1 = '+86' || contact1");
        test::splitCampaign(*workspace);
        CallListOptions options;
        options.maskPhones = false;
        options.columns = {QStringLiteral("customer_id"), QStringLiteral("name"),
                           QStringLiteral("contact1")};
        const ExportResult csv =
            exportCallLists(*workspace, kCampaign, options, FileFormat::Csv, CsvEncoding::Utf8Bom,
                            dir.filePath(QStringLiteral("csv")));
        const std::vector<QStringList> rows = customerRows(csv.files.first());
        QCOMPARE(rows.size(), std::size_t(8));
        for (const QStringList &row : rows) {
            QCOMPARE(row.at(1),
                     QStringLiteral("'=HYPERLINK(\"http://x.example\",\"%1\")").arg(row.at(0)));
            QVERIFY2(row.at(2).startsWith(QStringLiteral("+861380")), qPrintable(row.at(2)));
        }
        const ExportResult xlsx =
            exportCallLists(*workspace, kCampaign, options, FileFormat::Xlsx, CsvEncoding::Utf8Bom,
                            dir.filePath(QStringLiteral("xlsx")));
        const QByteArray sheet = unzipSheet(xlsx.files.first());
        QVERIFY(sheet.contains("HYPERLINK"));
        QVERIFY2(!sheet.contains("<f>") && !sheet.contains("<f "), sheet.left(800).constData());
        QVERIFY(sheet.contains(">=HYPERLINK(")); // as written, a string cell
    }

    void failedExportLeavesNoListAndNoHistory()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        test::splitCampaign(*workspace);
        CallListOptions options;
        options.agents = 3;
        const QString out = dir.filePath(QStringLiteral("lists"));
        QVERIFY(QDir().mkpath(out));
        for (const FileFormat format : {FileFormat::Csv, FileFormat::Xlsx}) {
            QString message;
            {
                test::FileSizeLimit limit(600); // a list is larger: write() fails with EFBIG
                QVERIFY(limit.ok());
                try {
                    exportCallLists(*workspace, kCampaign, options, format, CsvEncoding::Utf8Bom,
                                    out);
                } catch (const Error &e) {
                    message = e.message();
                }
            }
            QVERIFY2(message.contains(QStringLiteral("the file is too large for this disk or "
                                                     "system")),
                     qPrintable(message));
            QCOMPARE(allFiles(out), QStringList());
            QCOMPARE(count(*workspace, "SELECT count(*) FROM contact_history"), qint64(0));
            QCOMPARE(count(*workspace, "SELECT count(*) FROM list_exports"), qint64(0));
        }
        // A folder without write permission.
        test::makeReadOnlyFolder(dir.path(), out);
        QString message;
        {
            test::Unprivileged nobody;
            QVERIFY(nobody.ok());
            try {
                exportCallLists(*workspace, kCampaign, options, FileFormat::Csv,
                                CsvEncoding::Utf8Bom, out);
            } catch (const Error &e) {
                message = e.message();
            }
        }
        QVERIFY2(message.endsWith(QStringLiteral(": no permission to write in %1")
                                      .arg(QDir::toNativeSeparators(out))),
                 qPrintable(message));
        QCOMPARE(allFiles(out), QStringList());
        QCOMPARE(count(*workspace, "SELECT count(*) FROM contact_history"), qint64(0));
    }

    // The files land after the history's commit; when one cannot (its name was taken in the
    // meantime), the export is taken back: no list of it stays, and no history.
    void exportThatCannotPlaceItsFilesIsTakenBack()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        test::splitCampaign(*workspace);
        QString out = dir.filePath(QStringLiteral("lists"));
        QVERIFY(QDir().mkpath(out));
        QCOMPARE(sqlite3_create_function(workspace->db().handle(), "occupy_first_target", 0,
                                         SQLITE_UTF8, &out, occupyFirstTarget, nullptr, nullptr),
                 SQLITE_OK);
        workspace->db().exec("CREATE TEMP TRIGGER occupy AFTER INSERT ON list_exports "
                             "BEGIN SELECT occupy_first_target(); END");
        CallListOptions options;
        options.agents = 3;
        QString message;
        try {
            exportCallLists(*workspace, kCampaign, options, FileFormat::Csv, CsvEncoding::Utf8Bom,
                            out);
        } catch (const Error &e) {
            message = e.message();
        }
        QVERIFY2(message.endsWith(QStringLiteral(" exists already")), qPrintable(message));
        const QStringList left = allFiles(out);
        QCOMPARE(left.size(), 1); // the other program's file, nothing of the export
        QFile intruder(QDir(out).filePath(left.first()));
        QVERIFY(intruder.open(QIODevice::ReadOnly));
        QCOMPARE(intruder.readAll(), QByteArray("someone else's file"));
        QCOMPARE(count(*workspace, "SELECT count(*) FROM contact_history"), qint64(0));
        QCOMPARE(count(*workspace, "SELECT count(*) FROM list_exports"), qint64(0));
    }

    void migrationRecordsOlderExports()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.cwb"));
        makeFormatFive(path);
        QCOMPARE(Workspace::probeSchemaVersion(path), 5);
        auto workspace = Workspace::open(path);
        QCOMPARE(workspace->schemaVersion(), Workspace::kSchemaVersion);
        const QList<ListExport> exports = listExports(*workspace);
        QCOMPARE(exports.size(), 2);
        QCOMPARE(exports.at(0).listId, QStringLiteral("CL1-W1-20261120-093015"));
        QCOMPARE(exports.at(0).campaign, QStringLiteral("old"));
        QCOMPARE(exports.at(0).wave, 1);
        QCOMPARE(exports.at(0).exportedAt, QDateTime(QDate(2026, 11, 20), QTime(9, 30, 15)));
        QCOMPARE(exports.at(0).rows, qint64(2)); // the targets; the control is not on a list
        QCOMPARE(exports.at(0).files, -1);
        QCOMPARE(exports.at(0).format, QString());
        QCOMPARE(exports.at(0).fullPhones, std::nullopt);
        QCOMPARE(exports.at(1).listId, QStringLiteral("CL1-ALL-20261121-100000-2"));
        QCOMPARE(exports.at(1).wave, -1); // every wave
        QCOMPARE(exports.at(1).exportedAt, QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
        QCOMPARE(exports.at(1).rows, qint64(1));
        workspace.reset();

        const test::CwbRun run =
            test::runCwb({QStringLiteral("export"), QStringLiteral("history"),
                          QStringLiteral("--json"), QStringLiteral("--workspace"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0).toObject().value(QStringLiteral("full_phones")).isNull());
        QVERIFY(rows.at(1).toObject().value(QStringLiteral("wave")).isNull());
    }

    void commandLineChoosesFullPhonesExplicitly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.cwb"));
        {
            auto workspace = Workspace::create(path);
            test::fillTen(*workspace);
            test::splitCampaign(*workspace);
        }
        auto exportLists = [&](const QString &out, const QStringList &extra) {
            return test::runCwb(QStringList{QStringLiteral("export"), QStringLiteral("calllist"),
                                            QStringLiteral("--campaign"), kCampaign,
                                            QStringLiteral("--format"), QStringLiteral("csv"),
                                            QStringLiteral("--out"), dir.filePath(out),
                                            QStringLiteral("--workspace"), path} +
                                extra);
        };
        // --mask-phones still works (it is the default now).
        test::CwbRun run = exportLists(QStringLiteral("a"), {QStringLiteral("--mask-phones")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("phone numbers: masked"), run.out.constData());
        run = exportLists(QStringLiteral("b"), {});
        QVERIFY(run.out.contains("phone numbers: masked"));
        run = exportLists(QStringLiteral("c"), {QStringLiteral("--full-phones")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("phone numbers: in full"));
        const QString full = dir.filePath(QStringLiteral("c"));
        const QString file = QDir(full).filePath(QDir(full).entryList(QDir::Files).first());
        for (const QStringList &row : customerRows(file))
            QVERIFY2(row.at(3).startsWith(QStringLiteral("1380")) &&
                         !row.at(3).contains(QLatin1Char('*')),
                     qPrintable(row.at(3)));
        run = exportLists(QStringLiteral("d"),
                          {QStringLiteral("--full-phones"), QStringLiteral("--mask-phones")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("contradict"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("d"))));

        run = test::runCwb({QStringLiteral("export"), QStringLiteral("history"),
                            QStringLiteral("--campaign"), kCampaign, QStringLiteral("--workspace"),
                            path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4); // the header and three exports
        QVERIFY(lines.at(0).contains("phones"));
        QVERIFY(lines.at(1).endsWith("masked"));
        QVERIFY(lines.at(2).endsWith("masked"));
        QVERIFY(lines.at(3).endsWith("full"));
    }

    void matchOutputFailuresSayWhyAndKeepTheOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ws = dir.filePath(QStringLiteral("demo.cwb"));
        test::CwbRun run =
            test::runCwb({QStringLiteral("demo"), QStringLiteral("--rows"), QStringLiteral("1500"),
                          QStringLiteral("--evaluation"), QStringLiteral("--workspace"), ws});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const QString match = QDir(out).filePath(QStringLiteral("match.csv"));
        {
            QFile old(match);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        auto runMatch = [&](const QString &file, const std::function<void(QProcess &)> &setup) {
            QProcess process;
            setup(process);
            process.start(qEnvironmentVariable("CWB_EXE"),
                          {QStringLiteral("offer"), QStringLiteral("match"),
                           QStringLiteral("--date"), QStringLiteral("2026-12-01"),
                           QStringLiteral("--out"), file, QStringLiteral("--workspace"), ws});
            process.waitForFinished(120000);
            return std::pair(process.exitCode(), process.readAllStandardError());
        };
        // A file size limit: the disk refuses the rest of the file (EFBIG).
        // (64 KiB leaves room for the shared-memory file of the workspace's reader.)
        auto [code, err] = runMatch(match, [](QProcess &p) { test::limitFileSize(p, 64 * 1024); });
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("cannot write " + match.toUtf8() +
                              ": the file is too large for this disk or system ("),
                 err.constData());
        QCOMPARE(allFiles(out), QStringList{QStringLiteral("match.csv")});
        QFile old(match);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
        old.close();

        // A folder nobody may write in, the command run as "nobody".
        test::makeReadOnlyFolder(dir.path(), out);
        std::tie(code, err) = runMatch(match, [](QProcess &p) { test::runAsNobody(p); });
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("cannot write " + match.toUtf8() + ": no permission to write in " +
                              out.toUtf8()),
                 err.constData());
        QCOMPARE(allFiles(out), QStringList{QStringLiteral("match.csv")});

        // A missing folder.
        const QString nowhere = dir.filePath(QStringLiteral("nowhere/match.csv"));
        std::tie(code, err) = runMatch(nowhere, [](QProcess &) {});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("the folder " + dir.filePath(QStringLiteral("nowhere")).toUtf8() +
                              " does not exist"),
                 err.constData());

        // And without the obstacles the file is replaced whole.
        const QString writable = dir.filePath(QStringLiteral("match.csv"));
        std::tie(code, err) = runMatch(writable, [](QProcess &) {});
        QVERIFY2(code == 0, err.constData());
        QVERIFY(QFileInfo(writable).size() > 64 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestExportFiles)
#include "tst_exportfiles.moc"
