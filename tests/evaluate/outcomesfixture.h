// SPDX-License-Identifier: GPL-3.0-or-later
// A small campaign for the outcome and evaluation tests: twelve customers c01..c12 (plus c13,
// not in the campaign), campaign "Upsell" with one cell "all" offering "LD 200", targets c01..c08
// (c01..c04 in wave 1 "test", c05..c08 in wave 2 "rollout"), controls c09..c12.
// total_fee_m1 of cNN is 10 x NN; grid is "north" for c01..c04, "south" for the others.
#pragma once

#include "campaign/campaignstore.h"
#include "evaluate/followup.h"
#include "evaluate/outcomeimporter.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace cwb::test {

inline void fillOutcomesFixture(Workspace &workspace)
{
    Database &db = workspace.db();
    db.exec("CREATE TABLE customers(customer_id TEXT NOT NULL, grid TEXT, total_fee_m1 REAL, "
            "_import_id INTEGER, _line INTEGER)");
    db.exec("INSERT INTO customer_columns(position, name, label, source_header, type, canonical) "
            "VALUES (0, 'customer_id', '客户ID', '客户ID', 'text', 1), "
            "(1, 'grid', '营销网格', '营销网格', 'text', 1), "
            "(2, 'total_fee_m1', '总费用_M1', '总费用_M1', 'decimal', 1)");
    Statement insert(db, "INSERT INTO customers VALUES (?, ?, ?, 1, ?)");
    for (int i = 1; i <= 13; ++i) {
        insert.reset();
        insert.bind(1, QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0')));
        insert.bind(2, i <= 4 ? QStringLiteral("north") : QStringLiteral("south"));
        insert.bind(3, 10.0 * i);
        insert.bind(4, i + 1);
        insert.exec();
    }
    campaign::Campaign c;
    c.name = QStringLiteral("Upsell");
    c.period = QStringLiteral("2026-11");
    c.start = QDate(2026, 11, 1);
    c.cells.append({QStringLiteral("all"),
                    {},
                    QStringLiteral("total_fee_m1 > 0"),
                    QStringLiteral("LD 200"),
                    QStringLiteral("call"),
                    0.3,
                    -1});
    campaign::Wave test;
    test.name = QStringLiteral("test");
    test.start = QDate(2026, 11, 2);
    campaign::Wave rollout;
    rollout.name = QStringLiteral("rollout");
    rollout.start = QDate(2026, 11, 3);
    c.waves = {test, rollout};
    const qint64 id = campaign::CampaignStore(workspace).create(c);
    Statement member(db, "INSERT INTO campaign_members(campaign_id, customer_id, cell, role, wave) "
                         "VALUES (?, ?, 'all', ?, ?)");
    for (int i = 1; i <= 12; ++i) {
        member.reset();
        member.bind(1, id);
        member.bind(2, QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0')));
        member.bind(3, i <= 8 ? QStringLiteral("target") : QStringLiteral("control"));
        if (i <= 8)
            member.bind(4, i <= 4 ? 0 : 1);
        else
            member.bindNull(4);
        member.exec();
    }
}

inline void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// The outcomes file: 16 rows, 10 valid attempts and 6 rejects (lines 11-16).
inline QByteArray outcomesCsv()
{
    return QByteArray("客户ID,外呼时间,是否接通,外呼结果,坐席,竣工日期,办理套餐,拒绝原因\n"
                      "c01,2026-11-02 10:00,是,同意办理,A01,2026-11-05,LD 200,\n"
                      "c02,2026-11-02 10:30,是,同意试用,A01,,,\n"
                      "c03,2026-11-02 11:00,否,未接通,A01,,,\n"
                      "c03,2026-11-03 19:00,是,考虑,A02,,,\n"
                      "c04,2026-11-02 11:30,是,拒绝,A02,,,price too high\n"
                      "c05,2026-11-03 10:00,是,拒绝,A02,,,price too high\n"
                      "c06,2026-11-03 10:30,是,勿扰,A02,,,\n"
                      "c07,2026-11-03 11:00,Y,agreed_paid,A01,2026-11-04,LD 100,\n"
                      "c08,2026-11-03 11:30,否,,A01,,,\n"
                      "c09,2026-11-03 12:00,是,拒绝,A01,,,\n"
                      "c13,2026-11-03 12:00,是,拒绝,A01,,,\n"
                      "c99,2026-11-03 12:00,是,拒绝,A01,,,\n"
                      "c02,2026-11-04 10:00,否,同意办理,A01,,,\n"
                      "c04,2026-11-04 10:00,是,拒绝,A02,2026-11-05,,\n"
                      "c02,2026-11-04 11:00,是,同意办理,A01,2026-11-01,,\n"
                      "c05,2026-11-05 10:00,是,refused,A02,,,no need\n");
}

// The follow-up extract: package and total fee after the campaign; c08 is absent.
// Targets c01..c07 change fee by +30 +20 0 +10 0 -10 +30; controls c09..c12 by +10 0 -10 0.
inline QByteArray followupCsv()
{
    return QByteArray("客户ID,package,总费用_M1\n"
                      "c01,LD 200,40\n"
                      "c02,LD 200,40\n"
                      "c03,basic,30\n"
                      "c04,basic,50\n"
                      "c05,basic,50\n"
                      "c06,basic,50\n"
                      "c07,LD 200,100\n"
                      "c09,LD 200,100\n"
                      "c10,basic,100\n"
                      "c11,basic,100\n"
                      "c12,basic,120\n");
}

// Imports the outcomes (10 attempts, for campaign "Upsell") and the follow-up extract (11
// customers) into workspace, from dir/outcomes.csv and dir/followup.csv written here.
inline void importOutcomesAndFollowup(Workspace &workspace, const QTemporaryDir &dir)
{
    const QString outcomes = dir.filePath(QStringLiteral("outcomes.csv"));
    writeText(outcomes, outcomesCsv());
    OutcomeImportOptions o;
    o.campaign = QStringLiteral("Upsell");
    QCOMPARE(OutcomeImporter::run(workspace, outcomes, o).added, 10);
    const QString followup = dir.filePath(QStringLiteral("followup.csv"));
    writeText(followup, followupCsv());
    QCOMPARE(Followup::import(workspace, followup).imported, 11);
}

// For the command-line tests: the fixture as the workspace file dir/cli.cwb (closed again), with
// the outcomes and follow-up files beside it, not imported.
struct OutcomesFixtureFiles
{
    QString workspace;
    QString outcomes;
    QString followup;
};

inline OutcomesFixtureFiles writeOutcomesFixtureFiles(const QTemporaryDir &dir)
{
    const OutcomesFixtureFiles files{dir.filePath(QStringLiteral("cli.cwb")),
                                     dir.filePath(QStringLiteral("outcomes.csv")),
                                     dir.filePath(QStringLiteral("followup.csv"))};
    {
        auto w = Workspace::create(files.workspace);
        fillOutcomesFixture(*w);
    }
    writeText(files.outcomes, outcomesCsv());
    writeText(files.followup, followupCsv());
    return files;
}

} // namespace cwb::test
