// SPDX-License-Identifier: GPL-3.0-or-later
// Splitting campaigns of a workspace: the policy waterfall on ten hand-made customers, the
// universal control group (never on any list), controls staying control across the campaigns
// of a period, reproducibility from the seed, stratified shares, contact history, and the
// contact lists read from a file.
#include "campaign/campaignplanner.h"
#include "campaign/campaignstore.h"
#include "campaign/contactlists.h"
#include "common/testsupport.h"
#include "core/error.h"
#include "demo/extractgenerator.h"
#include "import/importer.h"
#include "segment/segmentstore.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;
using namespace cwb::campaign;

namespace {

// Ten customers c01..c10: contact1 1380000000N (c10: 13800000010), total_fee_m1 = 10 x N.
void fillTen(Workspace &workspace)
{
    Database &db = workspace.db();
    db.exec("CREATE TABLE customers(customer_id TEXT NOT NULL, contact1 TEXT, total_fee_m1 REAL, "
            "brand TEXT, _import_id INTEGER, _line INTEGER)");
    db.exec("INSERT INTO customer_columns(position, name, label, source_header, type, canonical) "
            "VALUES (0, 'customer_id', '客户ID', '客户ID', 'text', 1), "
            "(1, 'contact1', '第一联系电话', '第一联系电话', 'phone', 1), "
            "(2, 'total_fee_m1', '总费用_M1', '总费用_M1', 'decimal', 1), "
            "(3, 'brand', '品牌', '品牌', 'text', 1)");
    Statement insert(db, "INSERT INTO customers VALUES (?, ?, ?, ?, 1, ?)");
    for (int i = 1; i <= 10; ++i) {
        insert.reset();
        insert.bind(1, QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0')));
        insert.bind(2, QStringLiteral("138000000%1").arg(i, 2, 10, QLatin1Char('0')));
        insert.bind(3, 10.0 * i);
        insert.bind(4, i % 2 ? QStringLiteral("全球通") : QStringLiteral("动感地带"));
        insert.bind(5, i + 1);
        insert.exec();
    }
}

Campaign oneCell(const QString &name, const QString &rule, int priority)
{
    Campaign c;
    c.name = name;
    c.period = QStringLiteral("2026-12");
    c.start = QDate(2026, 12, 1);
    c.priority = priority;
    c.seed = 99;
    c.cells.append({QStringLiteral("all"), {}, rule, {}, QStringLiteral("call"), 0.0, 0});
    return c;
}

QHash<QString, QString> members(Workspace &workspace, const QString &campaign)
{
    QHash<QString, QString> out; // customer -> role/wave
    Statement select(workspace.db(), "SELECT m.customer_id, m.role, m.wave FROM campaign_members "
                                     "m JOIN campaigns c ON c.id = m.campaign_id WHERE c.name = ?");
    select.bind(1, campaign);
    while (select.step())
        out.insert(select.text(0),
                   select.text(1) +
                       (select.isNull(2) ? QString() : QLatin1Char('/') + select.text(2)));
    return out;
}

QString generatedWorkspace(const QTemporaryDir &dir, qint64 rows)
{
    const QString csv = dir.filePath(QStringLiteral("extract.csv"));
    ExtractOptions options;
    options.rows = rows;
    options.defectRate = 0.0;
    writeExtract(csv, options);
    const QString path = dir.filePath(QStringLiteral("w.cwb"));
    auto workspace = Workspace::create(path);
    Importer::run(*workspace, csv, ImportOptions());
    return path;
}

} // namespace

class TestCampaignPlanner : public QObject
{
    Q_OBJECT

private slots:
    void waterfallOnTenCustomers()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        fillTen(*workspace);
        ContactLists lists(*workspace);
        // c01 blacklisted by id, c02 by number; c04 do-not-disturb; c03 graylisted for sms only.
        QCOMPARE(lists
                     .add(ListKind::Blacklist, {},
                          {QStringLiteral("c01"), QStringLiteral("138-0000-0002")},
                          QStringLiteral("complaint"), QStringLiteral("test"))
                     .added,
                 qint64(2));
        lists.add(ListKind::DoNotDisturb, {}, {QStringLiteral("c04")}, {}, QStringLiteral("t"));
        lists.add(ListKind::Graylist, QStringLiteral("sms"), {QStringLiteral("c03")}, {},
                  QStringLiteral("t"));
        // c05 contacted 10 days before the wave (1 contact in 30 days allowed), c06 30 days.
        workspace->db().exec(
            "INSERT INTO contact_history(customer_id, campaign, contact_date) VALUES "
            "('c05', 'earlier', '2026-11-21'), ('c06', 'earlier', '2026-11-01')");
        CampaignStore store(*workspace);
        CampaignPlanner planner(*workspace);
        // A campaign of the same period with a higher priority holds c07.
        store.create(
            oneCell(QStringLiteral("Retention"), QStringLiteral("customer_id = \"c07\""), 5));
        planner.split(QStringLiteral("Retention"), nullptr, QDate(2026, 11, 23));

        Campaign main = oneCell(QStringLiteral("Upsell"), QStringLiteral("total_fee_m1 > 0"), 1);
        main.policy.fatigueMaxContacts = 1;
        main.policy.fatigueWindowDays = 30;
        Wave first;
        first.start = QDate(2026, 12, 1);
        first.capacity.insert(QStringLiteral("call"), {0, 0, 2});
        Wave second = first;
        second.start = QDate(2026, 12, 8);
        second.capacity.insert(QStringLiteral("call"), {0, 0, 1});
        main.waves = {first, second};
        store.create(main);
        const CampaignPlan plan =
            planner.split(QStringLiteral("Upsell"), nullptr, QDate(2026, 11, 23));
        // 10 customers; -2 blacklist, -1 do-not-disturb, -1 fatigue (c05), -1 priority (c07)
        // -> 5 eligible (c03, c06, c08, c09, c10), no control; by value c10 (100) and c09 (90)
        // fill wave 1, c08 (80) wave 2; c06 and c03 find no room.
        const CellPlan &cell = plan.cells.first();
        QCOMPARE(cell.population, qint64(10));
        QCOMPARE(cell.removed[size_t(PolicyStep::Blacklist)], qint64(2));
        QCOMPARE(cell.removed[size_t(PolicyStep::Graylist)], qint64(0));
        QCOMPARE(cell.removed[size_t(PolicyStep::DoNotDisturb)], qint64(1));
        QCOMPARE(cell.removed[size_t(PolicyStep::Fatigue)], qint64(1));
        QCOMPARE(cell.removed[size_t(PolicyStep::Priority)], qint64(1));
        QCOMPARE(cell.eligible, qint64(5));
        QCOMPARE(cell.perWave, (std::vector<qint64>{2, 1}));
        QCOMPARE(cell.overCapacity, qint64(2));
        const auto roles = members(*workspace, QStringLiteral("Upsell"));
        QCOMPARE(roles.value(QStringLiteral("c10")), QStringLiteral("target/1"));
        QCOMPARE(roles.value(QStringLiteral("c09")), QStringLiteral("target/1"));
        QCOMPARE(roles.value(QStringLiteral("c08")), QStringLiteral("target/2"));
        QVERIFY(!roles.contains(QStringLiteral("c06"))); // over capacity: not a member
        QVERIFY(!roles.contains(QStringLiteral("c03")));
        QVERIFY(!roles.contains(QStringLiteral("c07")));
        // The waterfall is stored as computed.
        Statement waterfall(workspace->db(), "SELECT name, customers FROM campaign_waterfall "
                                             "WHERE cell = 'all' AND campaign_id = (SELECT id "
                                             "FROM campaigns WHERE name = 'Upsell') ORDER BY "
                                             "step");
        QStringList steps;
        while (waterfall.step())
            steps << QStringLiteral("%1=%2").arg(waterfall.text(0)).arg(waterfall.int64(1));
        QCOMPARE(steps.join(QLatin1Char(' ')),
                 QStringLiteral("segment=10 earlier_cell=0 unreachable=0 blacklist=2 graylist=0 "
                                "do_not_disturb=1 fatigue=1 priority=1 over_capacity=2 "
                                "control=0 wave_1=2 wave_2=1"));
        // Exporting wave 1 records two contacts, then c10 is too fatigued for a third campaign.
        QCOMPARE(lists.recordExport(QStringLiteral("Upsell"), 1, QStringLiteral("L1"),
                                    QDate(2026, 12, 1)),
                 qint64(2));
        Campaign later = oneCell(QStringLiteral("Later"), QStringLiteral("total_fee_m1 >= 90"), 0);
        later.period = QStringLiteral("2027-01");
        later.start = QDate(2026, 12, 20);
        later.policy.fatigueMaxContacts = 1;
        store.create(later);
        const CampaignPlan next =
            planner.split(QStringLiteral("Later"), nullptr, QDate(2026, 11, 23));
        QCOMPARE(next.cells.first().removed[size_t(PolicyStep::Fatigue)], qint64(2));
    }

    void universalControlAndPeriodControls()
    {
        QTemporaryDir dir;
        const QString path = generatedWorkspace(dir, 3000);
        auto workspace = Workspace::open(path);
        ContactLists lists(*workspace);
        const qint64 universal = lists.drawUniversalControl(QStringLiteral("2026-12"), 0.05, 2026);
        QCOMPARE(universal, qint64(std::llround(workspace->customerCount() * 0.05)));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 lists.drawUniversalControl(QStringLiteral("2026-12"), 0.05, 1));
        CampaignStore store(*workspace);
        Campaign a;
        a.name = QStringLiteral("A");
        a.period = QStringLiteral("2026-12");
        a.seed = 1;
        a.stratifyBy = QStringLiteral("brand");
        a.cells.append({QStringLiteral("high"),
                        {},
                        QStringLiteral("total_fee_m1 >= 100"),
                        {},
                        QStringLiteral("call"),
                        0.2,
                        -1});
        a.cells.append({QStringLiteral("rest"),
                        {},
                        QStringLiteral("total_fee_m1 < 100"),
                        {},
                        QStringLiteral("sms"),
                        0.1,
                        -1});
        store.create(a);
        CampaignPlanner planner(*workspace);
        const CampaignPlan planA = planner.split(QStringLiteral("A"));
        // Nobody of the universal control group is a target.
        const qint64 leaked = workspace->db()
                                  .scalar("SELECT count(*) FROM campaign_members m JOIN "
                                          "universal_control u USING(customer_id) WHERE "
                                          "m.role = 'target'")
                                  .toLongLong();
        QCOMPARE(leaked, qint64(0));
        // Control shares within one customer per stratum of the plan.
        for (const CellPlan &cell : planA.cells) {
            const double share = cell.name == QLatin1String("high") ? 0.2 : 0.1;
            QVERIFY2(std::abs(double(cell.control) - cell.eligible * share) <=
                         double(cell.universalControl) + 2.0,
                     qPrintable(QStringLiteral("%1: %2 of %3")
                                    .arg(cell.name)
                                    .arg(cell.control)
                                    .arg(cell.eligible)));
            QCOMPARE(cell.targets + cell.control, cell.eligible);
        }
        // The same split again from the seed.
        const auto first = members(*workspace, QStringLiteral("A"));
        planner.split(QStringLiteral("A"));
        QCOMPARE(members(*workspace, QStringLiteral("A")), first);

        // A second campaign of the period with a lower priority: A's customers are left to A,
        // and those control in A who fall in B's segment would stay control. With priority off,
        // B sees them and must keep A's controls as control.
        Campaign b;
        b.name = QStringLiteral("B");
        b.period = QStringLiteral("2026-12");
        b.seed = 5;
        b.policy.priority = false;
        b.cells.append({QStringLiteral("all"),
                        {},
                        QStringLiteral("total_fee_m1 >= 0"),
                        {},
                        QStringLiteral("call"),
                        0.1,
                        -1});
        store.create(b);
        planner.split(QStringLiteral("B"));
        const qint64 flipped =
            workspace->db()
                .scalar("SELECT count(*) FROM campaign_members a JOIN campaign_members b USING "
                        "(customer_id) WHERE a.campaign_id = (SELECT id FROM campaigns WHERE name "
                        "= 'A') AND b.campaign_id = (SELECT id FROM campaigns WHERE name = 'B') "
                        "AND a.role <> 'target' AND b.role = 'target'")
                .toLongLong();
        QCOMPARE(flipped, qint64(0));
        // Export and history: targets recorded as contacts, controls as control.
        const qint64 recorded =
            lists.recordExport(QStringLiteral("A"), -1, QStringLiteral("L"), QDate(2026, 12, 1));
        const qint64 kept = workspace->db()
                                .scalar("SELECT count(*) FROM campaign_members WHERE "
                                        "campaign_id = (SELECT id FROM campaigns WHERE name = "
                                        "'A') AND (role <> 'target' OR wave IS NOT NULL)")
                                .toLongLong();
        QCOMPARE(recorded, kept);
        const qint64 controlContacts =
            workspace->db()
                .scalar("SELECT count(*) FROM contact_history h JOIN universal_control u USING "
                        "(customer_id) WHERE h.is_control = 0")
                .toLongLong();
        QCOMPARE(controlContacts, qint64(0));
        // Recording controls again adds none.
        QCOMPARE(
            lists.recordExport(QStringLiteral("A"), 1, QStringLiteral("L2"), QDate(2026, 12, 2)),
            planA.cells.at(0).perWave.at(0) + planA.cells.at(1).perWave.at(0));
    }

    void listFileImport()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        fillTen(*workspace);
        const QString file = dir.filePath(QStringLiteral("black.csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("号码\nc01\n13800000003\nc01\nnot-a-number\n12\n");
        out.close();
        ContactLists lists(*workspace);
        const ListImportResult result = lists.importFile(ListKind::Blacklist, {}, file);
        // Header skipped; c01 (id), 13800000003 (phone) added; c01 again already listed;
        // 'not-a-number' and '12' rejected on lines 5 and 6.
        QCOMPARE(result.added, qint64(2));
        QCOMPARE(result.customerIds, qint64(1));
        QCOMPARE(result.phones, qint64(1));
        QCOMPARE(result.already, qint64(1));
        QCOMPARE(result.rejected, qint64(2));
        QVERIFY2(result.rejects.first().startsWith(QStringLiteral("black.csv:5:")),
                 qPrintable(result.rejects.first()));
        QCOMPARE(lists.count(ListKind::Blacklist), qint64(2));
        QVERIFY_THROWS_EXCEPTION(Error, lists.importFile(ListKind::Graylist, {}, file));
    }

    // The command line on the example campaign: create, split twice (same members), JSON
    // figures that add up, and a clear error for a bad definition.
    void commandLine()
    {
        QTemporaryDir dir;
        const QString path = generatedWorkspace(dir, 5000);
        const QString example = QStringLiteral(CWB_SOURCE_DIR "/docs/examples/pilot-campaign.json");
        auto run = test::runCwb({"campaign", "create", example, "--workspace", path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = test::runCwb(
            {"campaign", "split", "Long-distance upsell, December", "--workspace", path, "--json"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject plan = QJsonDocument::fromJson(run.out).object();
        const QJsonArray cells = plan.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.size(), 2);
        for (const QJsonValue &value : cells) {
            const QJsonObject cell = value.toObject();
            // segment - removals - control - over capacity = the waves' targets.
            qint64 left = 0;
            for (const QJsonValue &step : cell.value(QStringLiteral("waterfall")).toArray()) {
                const QString name = step[QStringLiteral("step")].toString();
                const qint64 n = step[QStringLiteral("customers")].toInteger();
                if (name == QLatin1String("segment"))
                    left = n;
                else
                    left -= n;
                QVERIFY(left >= 0);
            }
            QCOMPARE(left, qint64(0));
        }
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        const auto before = members(*ws, QStringLiteral("Long-distance upsell, December"));
        QVERIFY(before.size() > 100);
        run = test::runCwb(
            {"campaign", "split", "Long-distance upsell, December", "--workspace", path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(members(*ws, QStringLiteral("Long-distance upsell, December")), before);
        // A bad definition names the file and the field; nothing is created.
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name":"x","cells":[{"name":"a","rule":"1=1","control_share":2}]})");
        file.close();
        run = test::runCwb({"campaign", "create", bad, "--workspace", path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("bad.json: cells[0].control_share"), run.err.constData());
        run = test::runCwb({"campaign", "list", "--workspace", path, "--json"});
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 1);
    }

    void renameKeepsTheSplit()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        fillTen(*workspace);
        CampaignStore store(*workspace);
        store.create(oneCell(QStringLiteral("Upsell"), QStringLiteral("total_fee_m1 > 50"), 1));
        store.create(oneCell(QStringLiteral("Other"), QStringLiteral("total_fee_m1 > 0"), 0));
        CampaignPlanner(*workspace).split(QStringLiteral("Upsell"), nullptr, QDate(2026, 11, 23));
        // c06..c10 have total_fee_m1 60..100 > 50: five targets, no control (share 0).
        QCOMPARE(members(*workspace, QStringLiteral("Upsell")).size(), 5);
        store.rename(QStringLiteral("Upsell"), QStringLiteral(" Upsell December "));
        QVERIFY(!store.find(QStringLiteral("Upsell")));
        const Campaign renamed = store.get(QStringLiteral("Upsell December"));
        QCOMPARE(renamed.name, QStringLiteral("Upsell December")); // the definition follows
        QCOMPARE(members(*workspace, QStringLiteral("Upsell December")).size(), 5);
        // A name another campaign uses (in any case) and an empty name are refused, unchanged.
        QVERIFY_THROWS_EXCEPTION(
            Error, store.rename(QStringLiteral("Upsell December"), QStringLiteral("other")));
        QVERIFY_THROWS_EXCEPTION(
            Error, store.rename(QStringLiteral("Upsell December"), QStringLiteral("  ")));
        QVERIFY(store.find(QStringLiteral("Upsell December")));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 store.rename(QStringLiteral("missing"), QStringLiteral("x")));
    }

    void badCellRuleNamesTheCell()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        fillTen(*workspace);
        CampaignStore store(*workspace);
        store.create(oneCell(QStringLiteral("Bad"), QStringLiteral("total_fe_m1 > 1"), 0));
        try {
            CampaignPlanner(*workspace).split(QStringLiteral("Bad"));
            QFAIL("expected an error");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("cell 'all'")) &&
                         error.message().contains(QStringLiteral("total_fee_m1")),
                     qPrintable(error.message()));
        }
        QCOMPARE(workspace->db().scalar("SELECT count(*) FROM campaign_members").toLongLong(),
                 qint64(0));
        QVERIFY_THROWS_EXCEPTION(
            Error, store.create(oneCell(QStringLiteral("bad"), QStringLiteral("1 = 1"), 0)));
    }

    // A saved segment as a cell's segment, and tag:/segment: references in a cell's rule, split
    // like any rule (they used to fail with "must be resolved before compiling").
    void savedSegmentsAndTagsInCells()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        fillTen(*workspace);
        SegmentStore segments(*workspace);
        segments.saveTag(
            {QStringLiteral("rich"), QStringLiteral("total_fee_m1 >= 80"), {}, {}, {}, {}});
        segments.addSegment(QStringLiteral("hv"), QStringLiteral("tag:rich"));
        CampaignStore store(*workspace);
        Campaign bySegment = oneCell(QStringLiteral("By segment"), {}, 0);
        bySegment.cells[0].segment = QStringLiteral("hv");
        store.create(bySegment);
        CampaignPlanner planner(*workspace);
        planner.split(QStringLiteral("By segment"), nullptr, QDate(2026, 11, 23));
        const auto members = this->membersOf(*workspace, QStringLiteral("By segment"));
        QCOMPARE(members, (QStringList{"c08", "c09", "c10"}));
        Campaign byRule = oneCell(QStringLiteral("By rule"),
                                  QStringLiteral("segment:\"hv\" AND NOT tag:rich OR "
                                                 "customer_id = \"c01\" OR tag:rich"),
                                  0);
        byRule.period = QStringLiteral("2027-01");
        store.create(byRule);
        planner.split(QStringLiteral("By rule"), nullptr, QDate(2026, 11, 23));
        QCOMPARE(membersOf(*workspace, QStringLiteral("By rule")),
                 (QStringList{"c01", "c08", "c09", "c10"}));
    }

    // A call needs a valid number, an SMS a mobile one; the unreachable are neither target nor
    // control, and the next cell may still take them.
    void unreachableCustomersAreLeftOut()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        fillTen(*workspace);
        workspace->db().exec("UPDATE customers SET contact1 = NULL WHERE customer_id = 'c02'");
        workspace->db().exec(
            "UPDATE customers SET contact1 = '0571-88881234' WHERE customer_id = 'c03'");
        workspace->db().exec("UPDATE customers SET contact1 = '12345' WHERE customer_id = 'c04'");
        Campaign c = oneCell(QStringLiteral("Reach"), QStringLiteral("total_fee_m1 > 0"), 0);
        c.cells[0].channel = QStringLiteral("sms");
        c.cells[0].name = QStringLiteral("by sms");
        c.cells.append({QStringLiteral("by call"),
                        {},
                        QStringLiteral("total_fee_m1 > 0"),
                        {},
                        QStringLiteral("call"),
                        0.0,
                        0});
        c.cells.append({QStringLiteral("in store"),
                        {},
                        QStringLiteral("total_fee_m1 > 0"),
                        {},
                        QStringLiteral("store"),
                        0.0,
                        0});
        CampaignStore(*workspace).create(c);
        const CampaignPlan plan = CampaignPlanner(*workspace)
                                      .split(QStringLiteral("Reach"), nullptr, QDate(2026, 11, 23));
        // SMS: c02 (no number), c03 (a fixed line), c04 (not a number) cannot get one.
        QCOMPARE(plan.cells[0].removed[size_t(PolicyStep::Unreachable)], qint64(3));
        QCOMPARE(plan.cells[0].eligible, qint64(7));
        // Call: c03's fixed line will do; c02 and c04 cannot be called. The seven SMS customers
        // are earlier-cell customers here.
        QCOMPARE(plan.cells[1].removed[size_t(PolicyStep::EarlierCell)], qint64(7));
        QCOMPARE(plan.cells[1].removed[size_t(PolicyStep::Unreachable)], qint64(2));
        QCOMPARE(plan.cells[1].eligible, qint64(1));
        // A store visit reaches c02 and c04.
        QCOMPARE(plan.cells[2].eligible, qint64(2));
        const auto roles = members(*workspace, QStringLiteral("Reach"));
        QCOMPARE(roles.size(), 10);
    }

    // Once its lists are exported, a campaign's split is a record: no re-split (the members stay
    // exactly as they are), no change, no rename, no removal without --force; a new wave adds
    // the customers not yet in it.
    void exportedCampaignIsFrozen()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        fillTen(*workspace);
        Campaign c = oneCell(QStringLiteral("Frozen"), QStringLiteral("total_fee_m1 > 0"), 0);
        c.cells[0].controlSize = -1;
        c.cells[0].controlShare = 0.5;
        Wave wave;
        wave.start = QDate(2026, 12, 1);
        wave.capacity.insert(QStringLiteral("call"), {0, 0, 2});
        c.waves = {wave};
        CampaignStore store(*workspace);
        store.create(c);
        CampaignPlanner planner(*workspace);
        planner.split(QStringLiteral("Frozen"), nullptr, QDate(2026, 11, 23));
        // Wave of 2 targets at share 0.5: c10..c06 by value (n = 5: quota floor(3.0) = 3, 2
        // targets); c05 would make n = 6, 3 targets. So 5 members; c05..c01 are not assigned.
        const auto before = members(*workspace, QStringLiteral("Frozen"));
        QCOMPARE(before.size(), 5);
        // Splitting again before any export is allowed (and gives the same members).
        planner.split(QStringLiteral("Frozen"), nullptr, QDate(2026, 11, 23));
        QCOMPARE(members(*workspace, QStringLiteral("Frozen")), before);
        ContactLists(*workspace)
            .recordExport(QStringLiteral("Frozen"), 1, QStringLiteral("L1"), QDate(2026, 12, 1));
        const CampaignUse use = store.use(QStringLiteral("Frozen"));
        QVERIFY(use.frozen());
        QCOMPARE(use.contacts, qint64(2));
        try {
            planner.split(QStringLiteral("Frozen"), nullptr, QDate(2026, 11, 23));
            QFAIL("a frozen campaign was split again");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("cannot be split again")) &&
                         error.message().contains(QStringLiteral("2 contacts recorded")) &&
                         error.message().contains(QStringLiteral("campaign copy")) &&
                         error.message().contains(QStringLiteral("--new-wave")),
                     qPrintable(error.message()));
        }
        QCOMPARE(members(*workspace, QStringLiteral("Frozen")), before);
        // A plan made before the export cannot be committed over it either.
        QVERIFY_THROWS_EXCEPTION(Error, planner.commit(planner.plan(store.get("Frozen"))));
        QVERIFY_THROWS_EXCEPTION(Error, store.update(store.get(QStringLiteral("Frozen"))));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 store.rename(QStringLiteral("Frozen"), QStringLiteral("Thawed")));
        QVERIFY_THROWS_EXCEPTION(Error, store.remove(QStringLiteral("Frozen")));
        // A copy is a new campaign of its own.
        store.copy(QStringLiteral("Frozen"), QStringLiteral("Frozen, again"));
        QCOMPARE(store.get(QStringLiteral("Frozen, again")).cells.size(), 1);
        // A new wave: the five customers not assigned before, with the wave's capacity of 2
        // (n = 5 at share 0.5 makes 2 targets: all five fit).
        const CampaignPlan extra =
            planner.planNewWave(QStringLiteral("Frozen"), nullptr, QDate(2026, 12, 10));
        planner.commit(extra);
        const auto after = members(*workspace, QStringLiteral("Frozen"));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value()); // the stored members are untouched
        QCOMPARE(after.size(), 10);
        for (const char *id : {"c05", "c04", "c03", "c02", "c01"})
            QVERIFY2(after.value(id).endsWith(QStringLiteral("/2")), qPrintable(id));
        store.remove(QStringLiteral("Frozen"), true);
    }

private:
    QStringList membersOf(Workspace &workspace, const QString &campaign)
    {
        QStringList ids = members(workspace, campaign).keys();
        ids.sort();
        return ids;
    }
};

QTEST_GUILESS_MAIN(TestCampaignPlanner)
#include "tst_campaignplanner.moc"
