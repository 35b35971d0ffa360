// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace file: creation, schema version, refusal of foreign, damaged and newer files
// without touching them, and the RAII layer's error reporting.
#include "core/error.h"
#include "workspace/schema.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void expectRefusal(const QString &path, const QString &words)
{
    const QByteArray before = digest(path);
    try {
        Workspace::open(path);
        QFAIL("expected the file to be refused");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(words), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("unchanged")) ||
                     words.contains(QStringLiteral("newer")),
                 qPrintable(error.message()));
    }
    QCOMPARE(digest(path), before);
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void createAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.cwb"));
        {
            auto workspace = Workspace::create(path);
            QCOMPARE(workspace->schemaVersion(), Workspace::kSchemaVersion);
            QCOMPARE(workspace->dataVersion(), qint64(0));
            Transaction transaction(workspace->db());
            workspace->bumpDataVersion();
            transaction.commit();
        }
        auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY(workspace->isReadOnly());
        QCOMPARE(workspace->dataVersion(), qint64(1));
        QCOMPARE(Workspace::probeSchemaVersion(path), Workspace::kSchemaVersion);
        QVERIFY_THROWS_EXCEPTION(Error, Workspace::create(path)); // never overwrites
    }
    // A workspace written by an earlier version (format 1, before segmentation) is refused
    // read-only, unchanged, and upgraded in place when opened for writing, keeping its data.
    void upgradesFormatOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.cwb"));
        {
            Database db(path, Database::Mode::ReadWriteCreate);
            db.exec(schema::kV1);
            db.exec("INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00')");
            db.exec("INSERT INTO meta VALUES ('data_version', '3')");
            db.exec(QStringLiteral("PRAGMA application_id = %1")
                        .arg(Workspace::kApplicationId)
                        .toStdString());
        }
        QCOMPARE(Workspace::probeSchemaVersion(path), 1);
        const QByteArray before = digest(path);
        try {
            Workspace::open(path, Workspace::Access::ReadOnly);
            QFAIL("expected an old workspace to be refused read-only");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("must be upgraded")),
                     qPrintable(error.message()));
        }
        QCOMPARE(digest(path), before);

        auto workspace = Workspace::open(path);
        QCOMPARE(workspace->schemaVersion(), Workspace::kSchemaVersion);
        QCOMPARE(workspace->dataVersion(), qint64(3));
        Statement tables(workspace->db(),
                         "SELECT count(*) FROM sqlite_schema WHERE name IN "
                         "('tags', 'segments', 'segment_members', 'segment_list', 'packages', "
                         "'campaigns', 'contact_lists', 'contact_history')");
        QVERIFY(tables.step());
        QCOMPARE(tables.int64(0), qint64(8));
    }

    void refusesTextFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.cwb"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("customer_id,name\n1,a\n");
        file.close();
        expectRefusal(path, QStringLiteral("not an SQLite database"));
    }
    void refusesOtherSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            Database db(path, Database::Mode::ReadWriteCreate);
            db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
        }
        expectRefusal(path, QStringLiteral("not a Campaign Workbench workspace"));
    }
    void refusesNewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.cwb"));
        {
            auto workspace = Workspace::create(path);
            workspace->db().exec("INSERT INTO schema_version VALUES (99, 'future')");
        }
        expectRefusal(path, QStringLiteral("newer Campaign Workbench"));
        QCOMPARE(Workspace::probeSchemaVersion(path), 99);
    }
    void refusesDamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.cwb"));
        Workspace::create(path);
        // Keep the header (so it still looks like a workspace) and scramble the pages.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = char(0xA5 ^ (i & 0xFF));
        file.seek(0);
        file.write(bytes);
        file.close();
        const QByteArray before = digest(path);
        QVERIFY_THROWS_EXCEPTION(Error, Workspace::open(path));
        QCOMPARE(digest(path), before);
    }
    void statementErrorsNameTheSql()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        try {
            Statement bad(workspace->db(), "SELECT nope FROM nowhere");
            QFAIL("expected an error");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("nowhere")),
                     qPrintable(error.message()));
        }
        // Constraint failures in step() are reported too.
        workspace->db().exec("CREATE TABLE u(x UNIQUE)");
        workspace->db().exec("INSERT INTO u VALUES (1)");
        Statement insert(workspace->db(), "INSERT INTO u VALUES (?)");
        insert.bind(1, qint64(1));
        QVERIFY_THROWS_EXCEPTION(Error, insert.exec());
    }
    void saveCopyIsAWorkspace()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        workspace->setMeta(QStringLiteral("k"), QStringLiteral("v"));
        const QString copy = dir.filePath(QStringLiteral("copy.cwb"));
        workspace->saveCopy(copy);
        auto reopened = Workspace::open(copy, Workspace::Access::ReadOnly);
        QCOMPARE(reopened->meta(QStringLiteral("k")), QStringLiteral("v"));
        QCOMPARE(reopened->schemaVersion(), Workspace::kSchemaVersion);
        QVERIFY_THROWS_EXCEPTION(Error, workspace->saveCopy(copy)); // never overwrites
    }
    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        {
            Transaction transaction(workspace->db());
            workspace->setMeta(QStringLiteral("k"), QStringLiteral("v"));
        }
        QCOMPARE(workspace->meta(QStringLiteral("k")), QString());
        QCOMPARE(Database::quoteIdentifier(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
