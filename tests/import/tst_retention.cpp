// SPDX-License-Identifier: GPL-3.0-or-later
// What the workspace keeps of customers' personal data: a replace import takes the rejects and
// audits of the imports it replaced with it (gone from the file's bytes, not only from the
// tables), an append keeps them, the audit keeps no values of personal columns, and
// `cwb rejects --purge` removes rejected rows on request, keeping the import log.
#include "common/testsupport.h"

#include "core/error.h"
#include "import/audit.h"
#include "import/importer.h"
#include "import/rejects.h"
#include "import/retention.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// The whole file as bytes (the workspace closed first, so nothing waits in a cache).
QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The first extract: line 4 has one field too many and carries a phone number nowhere else.
const QByteArray kFirst = "客户ID,客户名称,手机,总费用_M1\n"
                          "C001,张三,13800001111,10\n"
                          "C002,李四,13800002222,20\n"
                          "C003,王五,13800003333,30,13912340001\n"
                          "C004,赵六,13800004444,40\n";
// The next month's extract, with a rejected line of its own (line 3, a phone seen only there).
const QByteArray kSecond = "客户ID,客户名称,手机,总费用_M1\n"
                           "C007,周九,13800007777,70\n"
                           "C005,钱七,13800005555,50,13912340002\n"
                           "C006,孙八,13800006666,60\n";

ImportOptions lenient(ImportMode mode = ImportMode::Replace)
{
    ImportOptions options;
    options.maxRejectRatio = 0.5;
    options.mode = mode;
    return options;
}

qint64 count(Workspace &w, const char *sql)
{
    return w.db().scalar(sql).toLongLong();
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void replaceImportDropsEarlierRejectsAndAudits()
    {
        const QString path = m_dir.filePath(QStringLiteral("replace.cwb"));
        const QString first = m_dir.filePath(QStringLiteral("first.csv"));
        const QString second = m_dir.filePath(QStringLiteral("second.csv"));
        writeText(first, kFirst);
        writeText(second, kSecond);
        qint64 firstId = 0, secondId = 0;
        {
            auto w = Workspace::create(path);
            const ImportResult a = Importer::run(*w, first, lenient());
            firstId = a.importId;
            QCOMPARE(a.rejected, 1);
            QCOMPARE(Rejects::load(w->db(), firstId).at(0).line, 4);
        }
        // Before: the planted number is in the file (the test can see it).
        QVERIFY(fileBytes(path).contains("13912340001"));
        {
            auto w = Workspace::open(path);
            // SQLite's default where it was built without SQLITE_SECURE_DELETE (Debian's has it
            // on): deleted rows then stay in the file unless the import overwrites them.
            w->db().exec("PRAGMA secure_delete = OFF");
            const ImportResult b = Importer::run(*w, second, lenient());
            secondId = b.importId;
            QCOMPARE(b.rejected, 1);
            // The first import's rejects and audit are gone, its log row stays with its counts.
            QCOMPARE(Rejects::count(w->db(), firstId), 0);
            QCOMPARE(Rejects::count(w->db(), secondId), 1);
            QCOMPARE(count(*w, "SELECT count(*) FROM audit_runs"), 1);
            QCOMPARE(w->db().scalar("SELECT import_id FROM audit_runs").toLongLong(), secondId);
            QCOMPARE(count(*w, "SELECT count(*) FROM audit_columns WHERE audit_id NOT IN "
                               "(SELECT id FROM audit_runs)"),
                     0);
            QCOMPARE(count(*w, "SELECT count(*) FROM imports"), 2);
            QCOMPARE(
                w->db().scalar("SELECT rejected FROM imports WHERE id = ?", {firstId}).toLongLong(),
                1);
            // The connection's secure_delete setting is back to what it was.
            QCOMPARE(count(*w, "PRAGMA secure_delete"), 0);
        }
        const QByteArray bytes = fileBytes(path);
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains("13912340001"), "the replaced import's rejected line is still in "
                                                 "the file");
        QVERIFY(bytes.contains("13912340002")); // the kept reject of the new import
        // 李四 (C002) is in the first extract only: the replaced customers table is overwritten.
        QVERIFY2(!bytes.contains("13800002222"), "a replaced customer is still in the file");
        QVERIFY(bytes.contains("13800006666"));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    void appendKeepsEarlierRejects()
    {
        auto w = Workspace::create(m_dir.filePath(QStringLiteral("append.cwb")));
        const QString first = m_dir.filePath(QStringLiteral("first-a.csv"));
        const QString second = m_dir.filePath(QStringLiteral("second-a.csv"));
        writeText(first, kFirst);
        writeText(second, kSecond);
        const ImportResult a = Importer::run(*w, first, lenient());
        const ImportResult b = Importer::run(*w, second, lenient(ImportMode::Append));
        // The first import's rows are still there, and so are its rejects.
        QCOMPARE(Rejects::count(w->db(), a.importId), 1);
        QCOMPARE(Rejects::count(w->db(), b.importId), 1);
        QCOMPARE(count(*w, "SELECT count(*) FROM customers"), 5);
    }

    void auditKeepsNoPersonalValues()
    {
        auto w = Workspace::create(m_dir.filePath(QStringLiteral("personal.cwb")));
        const QString file = m_dir.filePath(QStringLiteral("personal.csv"));
        // Two customers share a placeholder number; 身份证号 and 家庭住址 are not catalog fields.
        writeText(file, "客户ID,客户名称,手机,身份证号,家庭住址,品牌\n"
                        "C1,张三,13800000000,110101199001011234,北京市东城区一号,全球通\n"
                        "C2,李四,13800000000,110101199001015678,北京市东城区二号,全球通\n"
                        "C3,王五,13912345678,110101199001019999,北京市东城区三号,动感地带\n");
        const ImportResult result = Importer::run(*w, file, lenient());
        Statement columns(w->db(), "SELECT name, label, coalesce(min_value, ''), "
                                   "coalesce(max_value, ''), coalesce(top_values, ''), "
                                   "distinct_count FROM audit_columns ORDER BY position");
        QStringList personal;
        while (columns.step()) {
            const QString label = columns.text(1);
            const QString stored = columns.text(2) + columns.text(3) + columns.text(4);
            if (label == QStringLiteral("品牌")) {
                QVERIFY(stored.contains(QStringLiteral("全球通"))); // not personal: kept
                continue;
            }
            if (label == QStringLiteral("客户ID"))
                continue;
            personal << columns.text(0);
            QVERIFY(columns.int64(5) >= 2); // still counted (two customers share a number)
            for (const char *value :
                 {"张三", "李四", "13912345678", "13800000000", "1101011990", "北京市"})
                QVERIFY2(!stored.contains(QString::fromUtf8(value)),
                         qPrintable(label + QStringLiteral(": ") + stored));
        }
        QCOMPARE(personal.size(), 4);
        // Nor any statistic of them (an 18-digit ID number reads as an integer column).
        QCOMPARE(count(*w, "SELECT count(*) FROM audit_columns WHERE label IN ('客户名称', '手机', "
                           "'身份证号', '家庭住址') AND (mean IS NOT NULL OR q1 IS NOT NULL OR "
                           "median IS NOT NULL OR q3 IS NOT NULL OR histogram IS NOT NULL)"),
                 0);
        // The shared placeholder number stays visible, masked, with its count.
        const QString phoneTop =
            w->db()
                .scalar("SELECT top_values FROM audit_columns WHERE name = 'contact2'")
                .toString();
        QCOMPARE(phoneTop, QStringLiteral("[{\"count\":2,\"value\":\"138****0000\"}]"));
        // What the import returned is masked the same way.
        for (const ColumnAudit &column : result.audit.columns)
            if (column.name == QLatin1String("name"))
                QVERIFY(column.masked && column.topValues.isEmpty() && column.minValue.isEmpty());
    }

    void storedAuditsOfEarlierVersionsAreScrubbed()
    {
        auto w = Workspace::create(m_dir.filePath(QStringLiteral("scrub.cwb")));
        const QString file = m_dir.filePath(QStringLiteral("scrub.csv"));
        writeText(file, kFirst);
        Importer::run(*w, file, lenient());
        // An audit as an earlier version stored it: the names and numbers themselves.
        w->db().exec("UPDATE audit_columns SET min_value = '13800001111', max_value = "
                     "'13800004444', top_values = '[{\"value\":\"13800001111\",\"count\":1}]' "
                     "WHERE name = 'contact2'");
        w->db().exec("UPDATE audit_columns SET min_value = '张三', top_values = "
                     "'[{\"value\":\"张三\",\"count\":1}]' WHERE name = 'name'");
        // Shown masked at once, without writing.
        for (const ColumnAudit &column : loadLatestAudit(w->db()).columns)
            if (column.name == QLatin1String("contact2") || column.name == QLatin1String("name"))
                QVERIFY(column.masked && column.minValue.isEmpty() && column.topValues.isEmpty());
        QCOMPARE(scrubStoredAudits(w->db()), 2);
        QCOMPARE(scrubStoredAudits(w->db()), 0); // idempotent
        QCOMPARE(count(*w, "SELECT count(*) FROM audit_columns WHERE min_value LIKE '138%' OR "
                           "top_values LIKE '%张三%'"),
                 0);
        // An append import scrubs too (its own audit is a new run; the old ones stay).
        w->db().exec("UPDATE audit_columns SET min_value = '13800001111' WHERE name = 'contact2'");
        const QString more = m_dir.filePath(QStringLiteral("scrub-more.csv"));
        writeText(more, kSecond);
        Importer::run(*w, more, lenient(ImportMode::Append));
        QCOMPARE(count(*w, "SELECT count(*) FROM audit_columns WHERE min_value LIKE '138%'"), 0);
    }

    void appendTidiesWhatAnEarlierVersionKept()
    {
        auto w = Workspace::create(m_dir.filePath(QStringLiteral("tidy.cwb")));
        const QString first = m_dir.filePath(QStringLiteral("first-t.csv"));
        const QString second = m_dir.filePath(QStringLiteral("second-t.csv"));
        const QString third = m_dir.filePath(QStringLiteral("third-t.csv"));
        writeText(first, kFirst);
        writeText(second, kSecond);
        writeText(third, "客户ID,客户名称,手机,总费用_M1\nC008,吴十,13800008888,80\n");
        const qint64 a = Importer::run(*w, first, lenient()).importId;
        const qint64 b = Importer::run(*w, second, lenient()).importId;
        // What an earlier version left behind: the replaced import's reject and audit.
        w->db().exec(QStringLiteral("INSERT INTO rejects(import_id, file, line, reason, raw) "
                                    "VALUES (%1, 'first-t.csv', 4, 'old', 'C003,13912340001'); "
                                    "INSERT INTO audit_runs(import_id, computed_at, rows) VALUES "
                                    "(%1, '2024-01-01T00:00:00Z', 3)")
                         .arg(a)
                         .toStdString());
        const ImportResult c = Importer::run(*w, third, lenient(ImportMode::Append));
        QCOMPARE(c.rejected, 0);
        QCOMPARE(Rejects::count(w->db(), a), 0);
        QCOMPARE(Rejects::count(w->db(), b), 1); // the appended-to import's rejects stay
        QCOMPARE(w->db().scalar("SELECT count(*) FROM audit_runs WHERE import_id = ?", {a}).toInt(),
                 0);
        QCOMPARE(w->db().scalar("SELECT count(*) FROM audit_runs WHERE import_id = ?", {b}).toInt(),
                 1);
    }

    void purgeCommand()
    {
        const QString path = m_dir.filePath(QStringLiteral("purge.cwb"));
        const QString first = m_dir.filePath(QStringLiteral("first-p.csv"));
        const QString second = m_dir.filePath(QStringLiteral("second-p.csv"));
        writeText(first, kFirst);
        writeText(second, kSecond);
        for (const auto &[file, mode] :
             {std::pair{first, "replace"}, std::pair{second, "append"}}) {
            const auto run = test::runCwb(
                {"import", file, "--workspace", path, "--mode", mode, "--max-reject-ratio", "0.5"});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        QVERIFY(fileBytes(path).contains("13912340001"));
        QVERIFY(fileBytes(path).contains("13912340002"));

        // An import that does not exist: an error, nothing purged.
        const auto wrong =
            test::runCwb({"rejects", "--purge", "--import", "42", "--workspace", path});
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.err.contains("has no import #42 (it has 1, 2)"), wrong.err.constData());

        // One import's rejects.
        const auto one =
            test::runCwb({"rejects", "--purge", "--import", "2", "--workspace", path, "--json"});
        QVERIFY2(one.exitCode == 0, one.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(one.out).object();
        QCOMPARE(json.value("purged_rows").toInt(), 1);
        const QJsonArray imports = json.value("imports").toArray();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.at(0).toObject().value("import_id").toInt(), 2);
        QCOMPARE(imports.at(0).toObject().value("file").toString(), QStringLiteral("second-p.csv"));
        QVERIFY(json.contains("free_bytes"));
        QByteArray bytes = fileBytes(path);
        QVERIFY(!bytes.contains("13912340002"));
        QVERIFY(bytes.contains("13912340001"));

        // Everything else.
        const auto all = test::runCwb({"rejects", "--purge", "--workspace", path});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QVERIFY2(all.out.contains("Purged 1 rejected rows from"), all.out.constData());
        QVERIFY2(all.out.contains("import #1 first-p.csv"), all.out.constData());
        bytes = fileBytes(path);
        QVERIFY(!bytes.contains("13912340001"));
        const auto again = test::runCwb({"rejects", "--purge", "--workspace", path});
        QVERIFY2(again.out.contains("nothing to purge"), again.out.constData());

        // Kept: the import log with its counts; the rejects list is empty.
        auto w = Workspace::open(path, Workspace::Access::ReadOnly);
        QCOMPARE(count(*w, "SELECT count(*) FROM rejects"), 0);
        QCOMPARE(count(*w, "SELECT sum(rejected) FROM imports"), 2);
        QCOMPARE(count(*w, "SELECT count(*) FROM imports WHERE file_hash IS NOT NULL"), 2);
        const auto listed = test::runCwb({"rejects", "--workspace", path, "--import", "0"});
        QVERIFY2(listed.out.startsWith("0 rejected rows"), listed.out.constData());
    }

    void purgeOverwritesWhateverTheConnectionDefault()
    {
        const QString path = m_dir.filePath(QStringLiteral("purge-off.cwb"));
        const QString first = m_dir.filePath(QStringLiteral("first-off.csv"));
        writeText(first, kFirst);
        {
            auto w = Workspace::create(path);
            Importer::run(*w, first, lenient());
            w->db().exec("PRAGMA secure_delete = OFF");
            const PurgeResult result = Retention::purgeRejects(*w);
            QCOMPARE(result.rows, 1);
            QCOMPARE(result.purged.size(), 1);
            QCOMPARE(result.purged.at(0).fileName, QStringLiteral("first-off.csv"));
            QCOMPARE(count(*w, "PRAGMA secure_delete"), 0);
        }
        QVERIFY(!fileBytes(path).contains("13912340001"));
    }

    void purgeRefusesReadOnlyAndBadOptions()
    {
        const QString path = m_dir.filePath(QStringLiteral("purge-ro.cwb"));
        const QString first = m_dir.filePath(QStringLiteral("first-ro.csv"));
        writeText(first, kFirst);
        {
            auto w = Workspace::create(path);
            Importer::run(*w, first, lenient());
        }
        auto readOnly = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY_THROWS_EXCEPTION(Error, Retention::purgeRejects(*readOnly));
        readOnly.reset();
        const auto csv =
            test::runCwb({"rejects", "--purge", "--csv", "x.csv", "--workspace", path});
        QVERIFY(csv.exitCode != 0);
        const auto outcomeOnly =
            test::runCwb({"rejects", "--outcome-import", "1", "--workspace", path});
        QVERIFY(outcomeOnly.exitCode != 0);
        auto w = Workspace::open(path, Workspace::Access::ReadOnly);
        QCOMPARE(count(*w, "SELECT count(*) FROM rejects"), 1);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
