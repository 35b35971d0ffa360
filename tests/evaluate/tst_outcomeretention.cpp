// SPDX-License-Identifier: GPL-3.0-or-later
// Rejected call outcomes are not kept longer than needed: an import whose file holds again every
// attempt an earlier import of the campaign recorded replaces it, and the earlier rejects are
// overwritten in the file; a file of new attempts or a partial re-send replaces nothing; and
// `cwb rejects --purge --outcome-import N` removes one import's rejects on request.
#include "common/testsupport.h"
#include "evaluate/outcomeimporter.h"
#include "outcomesfixture.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

namespace {

// The fixture's outcomes file, its unknown customer's line (13) carrying a callback number that
// appears nowhere else.
QByteArray firstFile()
{
    QByteArray text = test::outcomesCsv();
    const QByteArray plain = "c99,2026-11-03 12:00,是,拒绝,A01,,,\n";
    Q_ASSERT(text.contains(plain));
    text.replace(plain, "c99,2026-11-03 12:00,是,拒绝,A01,,,回电13955554444\n");
    return text;
}

// The first file's ten attempts (its lines 2-10 and 17), unchanged.
QByteArray recordedAttempts()
{
    const QList<QByteArray> lines = test::outcomesCsv().split('\n');
    QByteArray text = lines.at(0) + '\n';
    for (int i = 1; i <= 9; ++i)
        text += lines.at(i) + '\n';
    return text + lines.at(16) + '\n';
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 count(Workspace &w, const char *sql)
{
    return w.db().scalar(sql).toLongLong();
}

OutcomeImportOptions upsell()
{
    OutcomeImportOptions options;
    options.campaign = QStringLiteral("Upsell");
    return options;
}

} // namespace

class TestOutcomeRetention : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void correctedResendReplacesEarlierImport()
    {
        const QString path = m_dir.filePath(QStringLiteral("resend.cwb"));
        const QString first = m_dir.filePath(QStringLiteral("calls.csv"));
        const QString corrected = m_dir.filePath(QStringLiteral("calls-corrected.csv"));
        test::writeText(first, firstFile());
        // The ten attempts again, and line 14's attempt corrected (connected = yes).
        test::writeText(corrected,
                        recordedAttempts() + "c02,2026-11-04 10:00,是,同意办理,A01,,,\n");
        qint64 firstId = 0;
        {
            auto w = Workspace::create(path);
            test::fillOutcomesFixture(*w);
            const OutcomeImportResult a = OutcomeImporter::run(*w, first, upsell());
            QCOMPARE(a.added, 10);
            QCOMPARE(a.rejected, 6);
            QVERIFY(a.replacedImports.isEmpty());
            firstId = a.importId;
        }
        QVERIFY(fileBytes(path).contains("13955554444"));
        {
            auto w = Workspace::open(path);
            // SQLite's default where it was built without SQLITE_SECURE_DELETE (Debian's has it
            // on): the import must overwrite what it deletes all the same.
            w->db().exec("PRAGMA secure_delete = OFF");
            const OutcomeImportResult b = OutcomeImporter::run(*w, corrected, upsell());
            QCOMPARE(b.unchanged, 10);
            QCOMPARE(b.added, 1);
            QCOMPARE(b.rejected, 0);
            QCOMPARE(b.replacedImports, QList<qint64>{firstId});
            QCOMPARE(b.rejectsDropped, 6);
            QCOMPARE(b.toJson().value("rejects_dropped").toInt(), 6);
            QCOMPARE(count(*w, "SELECT count(*) FROM outcome_rejects"), 0);
            // The earlier import's log row and attempts stay, with its counts.
            QCOMPARE(count(*w, "SELECT count(*) FROM outcome_imports"), 2);
            QCOMPARE(count(*w, "SELECT rejected FROM outcome_imports WHERE id = 1"), 6);
            QCOMPARE(count(*w, "SELECT count(*) FROM outcomes WHERE import_id = 1"), 10);
            QCOMPARE(count(*w, "PRAGMA secure_delete"), 0);
        }
        QVERIFY2(!fileBytes(path).contains("13955554444"),
                 "the replaced import's rejected line is still in the file");
    }

    void newAttemptsOrPartialResendReplaceNothing()
    {
        auto w = Workspace::create(m_dir.filePath(QStringLiteral("incremental.cwb")));
        test::fillOutcomesFixture(*w);
        const QString first = m_dir.filePath(QStringLiteral("day1.csv"));
        test::writeText(first, firstFile());
        OutcomeImporter::run(*w, first, upsell());
        // The next day's calls: new attempts only.
        const QString next = m_dir.filePath(QStringLiteral("day2.csv"));
        test::writeText(next, "客户ID,外呼时间,是否接通,外呼结果,坐席\n"
                              "c01,2026-11-10 10:00,是,考虑,A01\n");
        const OutcomeImportResult day2 = OutcomeImporter::run(*w, next, upsell());
        QCOMPARE(day2.added, 1);
        QVERIFY(day2.replacedImports.isEmpty());
        // Nine of the ten attempts again: not all of them, so nothing is replaced.
        QList<QByteArray> lines = recordedAttempts().split('\n');
        lines.removeAt(3);
        const QString partial = m_dir.filePath(QStringLiteral("partial.csv"));
        test::writeText(partial, lines.join('\n'));
        const OutcomeImportResult again = OutcomeImporter::run(*w, partial, upsell());
        QCOMPARE(again.unchanged, 9);
        QVERIFY(again.replacedImports.isEmpty());
        QCOMPARE(count(*w, "SELECT count(*) FROM outcome_rejects"), 6);
    }

    void purgeOneOutcomeImport()
    {
        const test::OutcomesFixtureFiles files = test::writeOutcomesFixtureFiles(m_dir);
        const auto imported = test::runCwb({"outcomes", "import", files.outcomes, "--campaign",
                                            "Upsell", "--workspace", files.workspace});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const auto missing = test::runCwb(
            {"rejects", "--purge", "--outcome-import", "5", "--workspace", files.workspace});
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains("has no outcome import #5 (it has 1)"),
                 missing.err.constData());
        const auto purged = test::runCwb({"rejects", "--purge", "--outcome-import", "1",
                                          "--workspace", files.workspace, "--json"});
        QVERIFY2(purged.exitCode == 0, purged.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(purged.out).object();
        QCOMPARE(json.value("purged_rows").toInt(), 6);
        const QJsonObject entry = json.value("imports").toArray().at(0).toObject();
        QCOMPARE(entry.value("kind").toString(), QStringLiteral("outcomes"));
        QCOMPARE(entry.value("campaign").toString(), QStringLiteral("Upsell"));
        QCOMPARE(entry.value("rows").toInt(), 6);
        auto w = Workspace::open(files.workspace, Workspace::Access::ReadOnly);
        QCOMPARE(count(*w, "SELECT count(*) FROM outcome_rejects"), 0);
        QCOMPARE(count(*w, "SELECT rejected FROM outcome_imports WHERE id = 1"), 6);
        QCOMPARE(count(*w, "SELECT count(*) FROM outcomes"), 10);
    }
};

QTEST_GUILESS_MAIN(TestOutcomeRetention)
#include "tst_outcomeretention.moc"
