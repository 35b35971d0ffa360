// SPDX-License-Identifier: GPL-3.0-or-later
// Call lists: phone masking, the agent split, the feature phrases at their thresholds, and an
// export of a split ten-customer campaign to CSV (UTF-8 and GB18030) and xlsx, each read back
// with the import readers, with its contact history rows.
#include "campaign/campaignplanner.h"
#include "campaign/campaignstore.h"
#include "core/error.h"
#include "export/calllist.h"
#include "export/tenfixture.h"
#include "import/csvreader.h"
#include "import/xlsxreader.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;
using namespace cwb::exporting;
using cwb::test::fillTen;
using cwb::test::splitCampaign;

namespace {

std::vector<QStringList> readAll(RecordSource &source)
{
    std::vector<QStringList> out;
    Record record;
    while (source.next(record)) {
        QStringList fields;
        for (std::string_view f : record.fields)
            fields << QString::fromUtf8(f.data(), qsizetype(f.size()));
        out.push_back(fields);
    }
    return out;
}

// The header block is the first rows (label, value) up to the blank one.
QString blockValue(const std::vector<QStringList> &rows, const QString &label)
{
    for (const QStringList &row : rows) {
        if (row.size() >= 2 && row.at(0) == label)
            return row.at(1);
    }
    return QStringLiteral("<missing %1>").arg(label);
}

qsizetype headerRowIndex(const std::vector<QStringList> &rows)
{
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (!rows[i].isEmpty() && rows[i].at(0) == QStringLiteral("客户ID"))
            return qsizetype(i);
    return -1;
}

} // namespace

class TestCallList : public QObject
{
    Q_OBJECT

private slots:
    void masking()
    {
        QCOMPARE(maskPhone(QStringLiteral("13812348000")), QStringLiteral("138****8000"));
        QCOMPARE(maskPhone(QStringLiteral("138-1234-8000")), QStringLiteral("138****8000"));
        // 12 digits: 3 shown, 12 - 7 = 5 masked, 4 shown.
        QCOMPARE(maskPhone(QStringLiteral("075512345678")), QStringLiteral("075*****5678"));
        QCOMPARE(maskPhone(QStringLiteral("1234567")), QStringLiteral("*****67"));
        QCOMPARE(maskPhone(QString()), QString());
    }

    void agentSplit()
    {
        // 10 rows over 3 agents: 10 = 3 + 3 + 3 + 1, so one agent gets 4.
        const std::vector<int> rr = assignAgents(10, 3, AgentMode::RoundRobin);
        QCOMPARE(rr, (std::vector<int>{0, 1, 2, 0, 1, 2, 0, 1, 2, 0}));
        const std::vector<int> balanced = assignAgents(10, 3, AgentMode::Balanced);
        QCOMPARE(balanced, (std::vector<int>{0, 0, 0, 0, 1, 1, 1, 2, 2, 2}));
        // 2 rows over 4 agents: agents 3 and 4 get none.
        QCOMPARE(assignAgents(2, 4, AgentMode::Balanced), (std::vector<int>{0, 1}));
        QVERIFY_THROWS_EXCEPTION(Error, assignAgents(5, 0, AgentMode::RoundRobin));
    }

    void featureThresholds()
    {
        const FeatureThresholds t;
        const QDate today(2026, 12, 1);
        CustomerFacts f;
        QCOMPARE(featurePhrases(f, t, today, Language::English), QStringList());
        f.localMinutes = 500.0; // at the threshold: shown
        f.ldFee = 30.0;
        f.totalFee = 100.0; // 30 / 100 = 0.30: shown
        f.roamingFee = 30.0;
        f.dataMb = 10240.0;
        f.contractEnd = today.addDays(90); // 2027-03-01, exactly 90 days ahead: shown
        QCOMPARE(featurePhrases(f, t, today, Language::English),
                 (QStringList{QStringLiteral("many local calls"),
                              QStringLiteral("many long-distance calls"),
                              QStringLiteral("much roaming"), QStringLiteral("heavy internet use"),
                              QStringLiteral("contract expiring")}));
        f.localMinutes = 499.9;
        f.ldFee = 29.9; // 0.299 < 0.3
        f.roamingFee = 29.99;
        f.dataMb = 10239.0;
        f.contractEnd = today.addDays(91);
        QCOMPARE(featurePhrases(f, t, today, Language::English), QStringList());
        f.ldMinutes = 300.0;               // long distance by minutes alone
        f.contractEnd = today.addDays(-1); // already ended: not "expiring"
        QCOMPARE(featurePhrases(f, t, today, Language::Chinese),
                 QStringList{QStringLiteral("长途通话多")});
        f.totalFee = 0.0; // no division by zero: the minutes still count
        f.ldMinutes.reset();
        QCOMPARE(featurePhrases(f, t, today, Language::Chinese), QStringList());
    }

    void csvExportReadsBackAndRecordsHistory()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        fillTen(*workspace);
        splitCampaign(*workspace);

        CallListOptions options;
        options.wave = 1;
        options.agents = 3; // phone numbers masked: the default
        const QString out = dir.filePath(QStringLiteral("lists"));
        const ExportResult result = exportCallLists(*workspace, QStringLiteral("宽带提速"), options,
                                                    FileFormat::Csv, CsvEncoding::Utf8Bom, out);
        // 10 customers - 2 control = 8 targets over 3 agents round-robin: 3, 3, 2.
        QCOMPARE(result.rows, qint64(8));
        QCOMPARE(result.files.size(), 3);
        // History: 8 targets contacted + 2 controls recorded once as control = 10 rows.
        QCOMPARE(result.historyRows, qint64(10));
        QCOMPARE(workspace->db()
                     .scalar("SELECT count(*) FROM contact_history WHERE list_id = ? AND "
                             "is_control = 0 AND contact_date = '2026-12-01'",
                             {result.listId})
                     .toLongLong(),
                 qint64(8));
        QCOMPARE(workspace->db()
                     .scalar("SELECT count(*) FROM contact_history WHERE list_id = ? AND "
                             "is_control = 1",
                             {result.listId})
                     .toLongLong(),
                 qint64(2));

        QList<qsizetype> counts;
        QStringList seen;
        for (const QString &file : result.files) {
            QFile raw(file);
            QVERIFY(raw.open(QIODevice::ReadOnly));
            QVERIFY(raw.read(3) == QByteArray("\xEF\xBB\xBF")); // BOM for Excel
            raw.close();
            CsvReader reader(file);
            const std::vector<QStringList> rows = readAll(reader);
            QCOMPARE(blockValue(rows, QStringLiteral("活动")), QStringLiteral("宽带提速"));
            QCOMPARE(blockValue(rows, QStringLiteral("分组")), QStringLiteral("all"));
            QCOMPARE(blockValue(rows, QStringLiteral("波次")), QStringLiteral("1"));
            QCOMPARE(blockValue(rows, QStringLiteral("随机种子")), QStringLiteral("99"));
            QCOMPARE(blockValue(rows, QStringLiteral("名单编号")), result.listId);
            QVERIFY(blockValue(rows, QStringLiteral("建议外呼时间"))
                        .startsWith(QStringLiteral("工作日晚上 18:00-21:00 (默认值")));
            const qsizetype h = headerRowIndex(rows);
            QVERIFY(h > 0);
            const QStringList header = rows[std::size_t(h)];
            // The default template keeps the columns the extract has, then the computed ones.
            QCOMPARE(header,
                     (QStringList{QStringLiteral("客户ID"), QStringLiteral("客户名称"),
                                  QStringLiteral("营销网格"), QStringLiteral("第一联系电话"),
                                  QStringLiteral("总费用_M1"), QStringLiteral("长途费_M1"),
                                  QStringLiteral("协议到期"), QStringLiteral("客户特征"),
                                  QStringLiteral("推荐套餐"), QStringLiteral("每月节省"),
                                  QStringLiteral("推荐融合包"), QStringLiteral("建议外呼时间"),
                                  QStringLiteral("外呼员")}));
            counts << qsizetype(rows.size()) - h - 1;
            for (std::size_t i = std::size_t(h) + 1; i < rows.size(); ++i) {
                const QStringList &row = rows[i];
                const int n = row.at(0).mid(1).toInt();
                seen << row.at(0);
                // contact1 1380NNNN000 masked: 138****N000 (c10: 138****0000).
                QCOMPARE(row.at(3),
                         QStringLiteral("138****%1").arg(QString::number(1000 * n).right(4)));
                QStringList features;
                if (n >= 5)
                    features << QStringLiteral("本地通话多"); // 100 x n >= 500
                if (n == 10)
                    features << QStringLiteral("长途通话多"); // 3 x 10 / 100 = 0.30
                if (n <= 4)
                    features << QStringLiteral("协议即将到期"); // 20 x n <= 90 days
                QCOMPARE(row.at(7), features.join(QStringLiteral("、")));
                QCOMPARE(row.at(8), QStringLiteral("LD 200"));
                QCOMPARE(row.at(9), QString());  // no offer catalog: no savings
                QCOMPARE(row.at(10), QString()); // ... and no bundle
                QCOMPARE(row.at(12), blockValue(rows, QStringLiteral("外呼员/网格")));
            }
        }
        QCOMPARE(counts, (QList<qsizetype>{3, 3, 2}));
        seen.sort();
        QCOMPARE(seen.size(), 8);
        QCOMPARE(seen.removeDuplicates(), qsizetype(0));
        // The controls are on no list.
        const QStringList controls = [&] {
            QStringList ids;
            Statement s(workspace->db(), "SELECT customer_id FROM campaign_members WHERE role <> "
                                         "'target'");
            while (s.step())
                ids << s.text(0);
            return ids;
        }();
        QCOMPARE(controls.size(), 2);
        for (const QString &id : controls)
            QVERIFY(!seen.contains(id));

        // A bad template is refused before anything is written or recorded.
        const qint64 before =
            workspace->db().scalar("SELECT count(*) FROM contact_history").toLongLong();
        const QString other = dir.filePath(QStringLiteral("other"));
        options.columns = {QStringLiteral("customer_id"), QStringLiteral("no_such_column")};
        QVERIFY_THROWS_EXCEPTION(Error,
                                 exportCallLists(*workspace, QStringLiteral("宽带提速"), options,
                                                 FileFormat::Csv, CsvEncoding::Utf8Bom, other));
        QCOMPARE(workspace->db().scalar("SELECT count(*) FROM contact_history").toLongLong(),
                 before);
        QVERIFY(!QFileInfo::exists(other));
        options.columns.clear();
        options.wave = 2;
        QVERIFY_THROWS_EXCEPTION(Error,
                                 buildCallLists(*workspace, QStringLiteral("宽带提速"), options));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 buildCallLists(*workspace, QStringLiteral("nope"), options));
    }

    void smsCellsAreOneList()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        fillTen(*workspace);
        // Odd customers by call, even ones by SMS; no control group.
        campaign::Campaign c;
        c.name = QStringLiteral("mix");
        c.period = QStringLiteral("2026-12");
        c.start = QDate(2026, 12, 1);
        c.cells.append({QStringLiteral("odd"),
                        {},
                        QStringLiteral("grid = \"G1\""),
                        QStringLiteral("LD 200"),
                        QStringLiteral("call"),
                        0.0,
                        0});
        c.cells.append({QStringLiteral("even"),
                        {},
                        QStringLiteral("grid = \"G2\""),
                        QStringLiteral("LD 200"),
                        QStringLiteral("sms"),
                        0.0,
                        0});
        campaign::Wave wave;
        wave.name = QStringLiteral("test");
        wave.start = QDate(2026, 12, 1);
        wave.days = 2;
        c.waves.append(wave);
        campaign::CampaignStore(*workspace).create(c);
        try {
            campaign::CampaignPlanner(*workspace).split(c.name, nullptr, QDate(2026, 11, 23));
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        }
        CallListOptions options;
        options.agents = 2;
        options.language = Language::English;
        options.columns = {QStringLiteral("customer_id"), QStringLiteral("agent")};
        CallListSet set;
        try {
            set = buildCallLists(*workspace, QStringLiteral("mix"), options);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        }
        // The call cell's 5 customers over 2 agents (3 + 2); the SMS cell's 5 in one list.
        QCOMPARE(set.parts.size(), 3);
        QCOMPARE(set.parts.at(0).group, QStringLiteral("A01"));
        QCOMPARE(set.parts.at(0).rows.size(), std::size_t(3));
        QCOMPARE(set.parts.at(1).group, QStringLiteral("A02"));
        QCOMPARE(set.parts.at(2).channel, QStringLiteral("sms"));
        QCOMPARE(set.parts.at(2).group, QStringLiteral("all"));
        QCOMPARE(set.parts.at(2).rows.size(), std::size_t(5));
        for (const QStringList &row : set.parts.at(2).rows)
            QCOMPARE(row.at(1), QString()); // no agent on an SMS list
        QVERIFY(staffedChannel(QStringLiteral("door_to_door")));
        QVERIFY(!staffedChannel(QStringLiteral("direct_mail")));
    }

    void gridSplitAndGb18030()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        fillTen(*workspace);
        splitCampaign(*workspace);
        CallListOptions options;
        options.by = SplitBy::Grid;
        options.columns = {QStringLiteral("customer_id"), QStringLiteral("name"),
                           QStringLiteral("agent")};
        const CallListSet set = buildCallLists(*workspace, QStringLiteral("宽带提速"), options);
        QCOMPARE(set.parts.size(), 2);
        qint64 total = 0;
        for (const CallListPart &part : set.parts) {
            QVERIFY(part.group == QLatin1String("G1") || part.group == QLatin1String("G2"));
            for (const QStringList &row : part.rows) {
                const int n = row.at(0).mid(1).toInt();
                QCOMPARE(row.at(2), n % 2 ? QStringLiteral("G1") : QStringLiteral("G2"));
            }
            total += qint64(part.rows.size());
        }
        QCOMPARE(total, qint64(8));

        const QString path = dir.filePath(QStringLiteral("g.csv"));
        writeCallListCsv(set, set.parts.first(), path, CsvEncoding::Gb18030, Language::Chinese);
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        // "活动" in GB18030 is BB EE B6 AF.
        QVERIFY(raw.readAll().startsWith(QByteArray("\xBB\xEE\xB6\xAF,")));
        CsvOptions gb;
        gb.encoding = QStringLiteral("gb18030");
        CsvReader reader(path, gb);
        const std::vector<QStringList> rows = readAll(reader);
        QCOMPARE(blockValue(rows, QStringLiteral("活动")), QStringLiteral("宽带提速"));
        const qsizetype h = headerRowIndex(rows);
        QCOMPARE(rows[std::size_t(h) + 1].at(1).left(2), QStringLiteral("客户"));
    }

    void xlsxReadsBack()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        fillTen(*workspace);
        splitCampaign(*workspace);
        CallListOptions options;
        options.agents = 2;
        options.agentMode = AgentMode::Balanced;
        options.maskPhones = false; // full numbers, to see them written as text
        const ExportResult result =
            exportCallLists(*workspace, QStringLiteral("宽带提速"), options, FileFormat::Xlsx,
                            CsvEncoding::Utf8Bom, dir.filePath(QStringLiteral("x")));
        QCOMPARE(result.files.size(), 2);
        // Balanced over grid then value: 8 targets, 4 + 4; the first agent takes grid G1's.
        XlsxReader reader(result.files.first());
        const std::vector<QStringList> rows = readAll(reader);
        QCOMPARE(blockValue(rows, QStringLiteral("名单编号")), result.listId);
        QCOMPARE(blockValue(rows, QStringLiteral("外呼员/网格")), QStringLiteral("A01"));
        const qsizetype h = headerRowIndex(rows);
        QVERIFY(h > 0);
        QCOMPARE(qsizetype(rows.size()) - h - 1, qsizetype(4));
        const qsizetype gridColumn = rows[std::size_t(h)].indexOf(QStringLiteral("营销网格"));
        QVERIFY(gridColumn > 0);
        const qint64 g1 = workspace->db()
                              .scalar("SELECT count(*) FROM campaign_members m JOIN customers c "
                                      "USING(customer_id) WHERE m.role = 'target' AND c.grid = "
                                      "'G1'")
                              .toLongLong();
        for (qsizetype i = h + 1; i < qsizetype(rows.size()); ++i)
            QCOMPARE(rows[std::size_t(i)].at(gridColumn),
                     i - h <= g1 ? QStringLiteral("G1") : QStringLiteral("G2"));
        // The column header row is frozen. The reader skips the blank row after the header
        // block, so the sheet's header row is h + 1 (0-based) and the pane starts at h + 2.
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), result.files.first(),
                                              QStringLiteral("xl/worksheets/sheet1.xml")});
        QVERIFY(unzip.waitForFinished());
        const QByteArray xml = unzip.readAllStandardOutput();
        // Fees are numbers in the sheet (total_fee_m1 = 100 for everyone), phones text.
        const qsizetype feeColumn = rows[std::size_t(h)].indexOf(QStringLiteral("总费用_M1"));
        QVERIFY(feeColumn > 0);
        QCOMPARE(rows[std::size_t(h) + 1].at(feeColumn), QStringLiteral("100"));
        QVERIFY(xml.contains("<v>100</v>"));
        QVERIFY(xml.contains("<t>13800001000</t>") || xml.contains("<t>13800003000</t>") ||
                xml.contains("<t>13800005000</t>"));
        QVERIFY2(xml.contains(QStringLiteral("ySplit=\"%1\"").arg(h + 2).toUtf8()),
                 xml.left(600).constData());
        // Without waves given, all waves are on the list; history has all 8 targets.
        QCOMPARE(workspace->db()
                     .scalar("SELECT count(*) FROM contact_history WHERE list_id = ? AND "
                             "is_control = 0",
                             {result.listId})
                     .toLongLong(),
                 qint64(8));
    }
};

QTEST_GUILESS_MAIN(TestCallList)
#include "tst_calllist.moc"
