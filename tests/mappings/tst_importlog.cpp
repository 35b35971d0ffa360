// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the import log reader (models/import/importlog) on real imports.
#include "core/error.h"
#include "import/importer.h"
#include "import/importlog.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

class TestImportLog : public QObject
{
    Q_OBJECT

private slots:
    void latestImport()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        QVERIFY(!ImportLog::latest(workspace->db()).has_value());
        QCOMPARE(ImportLog::count(workspace->db()), 0);

        // duplicates.csv: 5 data rows, ids D1 D2 D1 D3 D1. Policy "reject" rejects every row of a
        // repeated id: the three D1 rows -> imported 2 (D2, D3), rejected 3, read 5.
        const QString data = qEnvironmentVariable("CWB_TEST_DATA");
        QVERIFY(!data.isEmpty());
        ImportOptions options;
        options.maxRejectRatio = 0.9;
        Importer::run(
            *workspace,
            QDir(data).filePath(QStringLiteral("import_duplicates_reject/duplicates.csv")),
            options);
        auto latest = ImportLog::latest(workspace->db());
        QVERIFY(latest.has_value());
        QCOMPARE(latest->fileName, QStringLiteral("duplicates.csv"));
        QCOMPARE(latest->rowsRead, 5);
        QCOMPARE(latest->imported, 2);
        QCOMPARE(latest->rejected, 3);
        QCOMPARE(latest->mode, QStringLiteral("replace"));
        QVERIFY(!latest->finishedAt.isEmpty());

        // A second import (3 rows, all valid) becomes the latest.
        const QString second = dir.filePath(QStringLiteral("second.csv"));
        QFile file(second);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("customer_id,name\nA,1\nB,2\nC,3\n");
        file.close();
        options.mode = ImportMode::Append;
        Importer::run(*workspace, second, options);
        latest = ImportLog::latest(workspace->db());
        QCOMPARE(latest->fileName, QStringLiteral("second.csv"));
        QCOMPARE(latest->imported, 3);
        QCOMPARE(latest->rejected, 0);
        QCOMPARE(latest->mode, QStringLiteral("append"));
        QCOMPARE(ImportLog::count(workspace->db()), 2);
    }
};

QTEST_GUILESS_MAIN(TestImportLog)
#include "tst_importlog.moc"
