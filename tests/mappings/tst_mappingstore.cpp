// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the saved column mappings (models/import/mappingstore): round trip through the
// workspace, overwrite, listing order, removal, refusal of damaged or invalid entries, and that
// a loaded mapping drives an import plan the same way the original options did.
#include "core/error.h"
#include "import/importplan.h"
#include "import/mappingstore.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

class TestMappingStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("m%1.cwb").arg(++m_counter));
        m_workspace = Workspace::create(m_path);
    }
    void cleanup() { m_workspace.reset(); }

    void roundTrip()
    {
        SavedMapping saved;
        saved.name = QStringLiteral("  monthly extract ");
        saved.mapping.insert(QStringLiteral("用户编号"), QStringLiteral("customer_id"));
        saved.mapping.insert(QStringLiteral("备注"), QStringLiteral("-"));
        saved.types.insert(QStringLiteral("plan_fee"), ColumnType::Decimal);
        MappingStore::save(m_workspace->db(), saved);
        QCOMPARE(saved.name, QStringLiteral("monthly extract")); // trimmed
        QVERIFY(!saved.savedAt.isEmpty());

        const auto loaded =
            MappingStore::load(m_workspace->db(), QStringLiteral("monthly extract"));
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->mapping, saved.mapping);
        QCOMPARE(loaded->types.size(), 1);
        QCOMPARE(loaded->types.value(QStringLiteral("plan_fee")), ColumnType::Decimal);
        QCOMPARE(loaded->savedAt, saved.savedAt);
        QVERIFY(!MappingStore::load(m_workspace->db(), QStringLiteral("other")).has_value());
    }

    void overwriteAndList()
    {
        SavedMapping b;
        b.name = QStringLiteral("b");
        b.mapping.insert(QStringLiteral("ID"), QStringLiteral("customer_id"));
        MappingStore::save(m_workspace->db(), b);
        SavedMapping a;
        a.name = QStringLiteral("a");
        MappingStore::save(m_workspace->db(), a);
        b.mapping.insert(QStringLiteral("Notes"), QStringLiteral("-"));
        MappingStore::save(m_workspace->db(), b); // same name: replaced, not added
        QCOMPARE(MappingStore::names(m_workspace->db()),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(MappingStore::load(m_workspace->db(), QStringLiteral("b"))->mapping.size(), 2);
        QVERIFY(MappingStore::remove(m_workspace->db(), QStringLiteral("a")));
        QVERIFY(!MappingStore::remove(m_workspace->db(), QStringLiteral("a")));
        QCOMPARE(MappingStore::names(m_workspace->db()), QStringList{QStringLiteral("b")});
    }

    void refusesBadInput()
    {
        SavedMapping unnamed;
        QVERIFY_THROWS_EXCEPTION(Error, MappingStore::save(m_workspace->db(), unnamed));

        const QJsonObject badType{{QStringLiteral("mapping"), QJsonObject{}},
                                  {QStringLiteral("types"),
                                   QJsonObject{{QStringLiteral("fee"), QStringLiteral("money")}}}};
        QVERIFY_THROWS_EXCEPTION(Error, SavedMapping::fromJson(QStringLiteral("x"), badType));
        const QJsonObject badColumn{
            {QStringLiteral("mapping"),
             QJsonObject{{QStringLiteral("Fee"), QStringLiteral("Fee; DROP TABLE customers")}}}};
        QVERIFY_THROWS_EXCEPTION(Error, SavedMapping::fromJson(QStringLiteral("x"), badColumn));

        // A damaged row (not JSON) is reported with the mapping's name, not silently skipped.
        m_workspace->db().exec("INSERT INTO mappings VALUES ('broken', '{not json', '2024-01-01')");
        try {
            MappingStore::load(m_workspace->db(), QStringLiteral("broken"));
            QFAIL("a damaged mapping must throw");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("broken")),
                     qPrintable(error.message()));
        }
    }

    void readOnlyWorkspaceRefuses()
    {
        m_workspace.reset();
        auto readOnly = Workspace::open(m_path, Workspace::Access::ReadOnly);
        SavedMapping mapping;
        mapping.name = QStringLiteral("x");
        QVERIFY_THROWS_EXCEPTION(Error, MappingStore::save(readOnly->db(), mapping));
    }

    // A saved mapping applied to fresh options plans the file exactly as chosen: header "编号"
    // (no synonym of customer_id) becomes the id, "备注" is left out, "金额" is typed text
    // although its samples are numbers.
    void drivesThePlan()
    {
        const QString csv = m_dir.filePath(QStringLiteral("x.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("编号,备注,金额\nA1,hello,12.5\nA2,,7\n");
        file.close();

        SavedMapping saved;
        saved.name = QStringLiteral("m");
        saved.mapping.insert(QStringLiteral("编号"), QStringLiteral("customer_id"));
        saved.mapping.insert(QStringLiteral("备注"), QStringLiteral("-"));
        saved.mapping.insert(QStringLiteral("金额"), QStringLiteral("amount"));
        saved.types.insert(QStringLiteral("amount"), ColumnType::Text);
        MappingStore::save(m_workspace->db(), saved);

        ImportOptions options;
        MappingStore::load(m_workspace->db(), QStringLiteral("m"))->applyTo(options);
        const ImportPlan plan = makeImportPlan(csv, options);
        QCOMPARE(plan.columns.size(), 2);
        QCOMPARE(plan.columns.at(0).name, QStringLiteral("customer_id"));
        QCOMPARE(plan.columns.at(0).sourceHeader, QStringLiteral("编号"));
        QCOMPARE(plan.columns.at(1).name, QStringLiteral("amount"));
        QCOMPARE(plan.columns.at(1).type, ColumnType::Text);
        QCOMPARE(plan.skipped, QStringList{QStringLiteral("备注")});
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(TestMappingStore)
#include "tst_mappingstore.moc"
