// SPDX-License-Identifier: GPL-3.0-or-later
// Saved segments and the tag library: reference resolution (tag:, segment:), cycles, the store's
// CRUD and validation, materialisation and staleness, overlap, profiles, the tag JSON library
// with its conflicts, and the `cwb segment` / `cwb tag` commands. Every expected figure is
// computed by hand in the comments from the eight customers below.
#include "common/customertable.h"
#include "common/testsupport.h"

#include "core/jobcontrol.h"
#include "segment/rulecompiler.h"
#include "segment/ruleengine.h"
#include "segment/ruleparser.h"
#include "segment/ruleresolver.h"
#include "segment/segmentprofile.h"
#include "segment/segmentstore.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

namespace {

const QDate kToday(2026, 11, 23);

// id  city name  fee_m1 fee_m2 fee_m3 ld_fee_m1 is_5g uses_sec tenure contract_end
// c1  北京 张一   100    80     60     60        1     1        24     2026-12-15
// c2  上海 王二   50     50     NULL   10        0     0        3      2027-06-01
// c3  北京 李三   0      NULL   NULL   0         NULL  0        12     NULL
// c4  广州 赵四   200    100    300    150       1     1        60     2026-11-30
// c5  深圳 钱五   80     40     60     20        0     0        1      2025-01-01
// c6  NULL 孙六   100    NULL   200    NULL      1     1        NULL   2027-01-23
// c7  北京 周七   30     30     30     25        0     0        36     2027-02-10
// c8  上海 吴八   NULL   NULL   NULL   5         1     0        6      2026-12-31
//
// Tags (today = 2026-11-23):
//  trader    uses_sec AND ld_fee_m1 > 20        -> c1 (60), c4 (150); c6 has no ld fee  = {c1,c4}
//  heavy_ld  ld_fee_m1 / total_fee_m1 > 0.5     -> c1 0.6, c4 0.75, c7 25/30 = 0.83;
//            c2 0.2, c5 0.25; c3 0/0, c6 and c8 missing                              = {c1,c4,c7}
//  expiring  months_between(contract_end, today) < 3: c1 1 - 8/31, c4 7/31, c5 < 0,
//            c6 2 + 0/31, c7 3 - 13/31, c8 1 + 8/31 all < 3; c2 6 + 9/31; c3 missing
//                                                                        = {c1,c4,c5,c6,c7,c8}
// Segments:
//  高值高危  tag:trader OR tag:heavy_ld        = {c1,c4,c7}      (3)
//  5G到期    is_5g AND tag:expiring            = {c1,c4,c6,c8}   (4)
//  pilot     list c2, c4, c7                    (3)
void fillWorkspace(Workspace &workspace)
{
    Database &db = workspace.db();
    test::createCustomerTable(
        db,
        "CREATE TABLE customers(customer_id TEXT NOT NULL UNIQUE, city TEXT, name TEXT, "
        "total_fee_m1 REAL, total_fee_m2 REAL, total_fee_m3 REAL, ld_fee_m1 REAL, "
        "is_5g INTEGER, uses_sec INTEGER, tenure INTEGER, contract_end TEXT, "
        "_import_id INTEGER, _line INTEGER)",
        {{"customer_id", "客户编号", "text"},
         {"city", "城市", "text"},
         {"name", "姓名", "text"},
         {"total_fee_m1", "总费用_M1", "decimal"},
         {"total_fee_m2", "总费用_M2", "decimal"},
         {"total_fee_m3", "总费用_M3", "decimal"},
         {"ld_fee_m1", "长途费_M1", "decimal"},
         {"is_5g", "5G用户", "boolean"},
         {"uses_sec", "手机证券", "boolean"},
         {"tenure", "在网时长", "integer"},
         {"contract_end", "合约到期日", "date"}});
    db.exec("INSERT INTO customers VALUES "
            "('c1', '北京', '张一', 100, 80, 60, 60, 1, 1, 24, '2026-12-15', 1, 2),"
            "('c2', '上海', '王二', 50, 50, NULL, 10, 0, 0, 3, '2027-06-01', 1, 3),"
            "('c3', '北京', '李三', 0, NULL, NULL, 0, NULL, 0, 12, NULL, 1, 4),"
            "('c4', '广州', '赵四', 200, 100, 300, 150, 1, 1, 60, '2026-11-30', 1, 5),"
            "('c5', '深圳', '钱五', 80, 40, 60, 20, 0, 0, 1, '2025-01-01', 1, 6),"
            "('c6', NULL, '孙六', 100, NULL, 200, NULL, 1, 1, NULL, '2027-01-23', 1, 7),"
            "('c7', '北京', '周七', 30, 30, 30, 25, 0, 0, 36, '2027-02-10', 1, 8),"
            "('c8', '上海', '吴八', NULL, NULL, NULL, 5, 1, 0, 6, '2026-12-31', 1, 9)");
}

TagDefinition tagOf(const QString &name, const QString &rule)
{
    TagDefinition t;
    t.name = name;
    t.rule = rule;
    return t;
}

void addLibrary(SegmentStore &store)
{
    TagDefinition trader = tagOf("trader", "uses_sec AND ld_fee_m1 > 20");
    trader.description = QStringLiteral("uses mobile securities and calls long distance");
    trader.owner = QStringLiteral("张经理");
    store.saveTag(trader);
    store.saveTag(tagOf("heavy_ld", "ld_fee_m1 / total_fee_m1 > 0.5"));
    store.saveTag(tagOf("expiring", "months_between(contract_end, today) < 3"));
    store.addSegment(QStringLiteral("高值高危"), QStringLiteral("tag:trader OR tag:heavy_ld"),
                     QStringLiteral("retain first"), QStringLiteral("张经理"));
    store.addSegment(QStringLiteral("5G到期"), QStringLiteral("is_5g AND tag:expiring"));
    // c4 twice: duplicates are merged.
    store.addListSegment(QStringLiteral("pilot"), {"c2", "c4", "c7", "c4"});
}

template <typename F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return QStringLiteral("(no error)");
}

qint64 count(Workspace &ws, const QString &rule)
{
    return RuleEngine::count(ws, rule, kToday).count;
}

} // namespace

class TestSegments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Workspace> freshWorkspace(bool library = true)
    {
        auto ws = Workspace::create(m_dir.filePath(QStringLiteral("w%1.cwb").arg(++m_files)));
        fillWorkspace(*ws);
        if (library) {
            SegmentStore store(*ws, kToday);
            addLibrary(store);
        }
        return ws;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void resolverExpandsByHand()
    {
        // No workspace: the resolver works on definitions alone.
        RuleDefinitions defs;
        defs.tags.append(RuleDefinitions::Tag{"trader", "uses_sec AND ld_fee_m1 > 20"});
        defs.tags.append(RuleDefinitions::Tag{"rich", "arpu > 100 OR tag:Trader"});
        defs.segments.append(RuleDefinitions::Segment{7, "pilot", {}, true});
        defs.segments.append(
            RuleDefinitions::Segment{8, "高值", "tag:rich AND NOT segment:\"PILOT\"", false});
        const ResolvedRule r = resolveReferences(*parseRule("segment:\"高值\" AND x = 1"), defs);
        // Each expansion is coalesce(RULE, false): a reference is a set.
        QCOMPARE(
            printRule(*r.tree),
            QStringLiteral("coalesce(coalesce(arpu > 100 OR coalesce(uses_sec AND ld_fee_m1 "
                           "> 20, false), false) AND NOT segment:\"pilot\", false) AND x = 1"));
        QCOMPARE(r.tags, QStringList({"rich", "trader"}));
        QCOMPARE(r.segments, QStringList({"高值", "pilot"}));
        // The list segment is left with its id; expanded nodes carry the reference's position.
        const RuleNode &left = *r.tree->children.at(0)->children.at(0); // tag:rich AND NOT ...
        const RuleNode &notNode = *left.children.at(1);                 // NOT segment:"pilot"
        QCOMPARE(notNode.children.at(0)->kind, RuleNode::Kind::Segment);
        QCOMPARE(notNode.children.at(0)->segmentId, qint64(7));
        QCOMPARE(notNode.children.at(0)->line, 1);
        QCOMPARE(notNode.children.at(0)->column, 1);
        QCOMPARE(notNode.children.at(0)->via, QStringLiteral("segment:\"高值\""));
        const RuleNode &x = *r.tree->children.at(1)->children.at(0);
        QCOMPARE(x.column, 18); // "x" as written: segment:"高值" is 12 characters, x at 18
        QVERIFY(x.via.isEmpty());

        // A type error inside a tag points at the tag in the user's rule and names the chain.
        defs.tags.append(RuleDefinitions::Tag{"bad", "city > 5"});
        const QList<RuleField> fields = {{"city", "", ColumnType::Text},
                                         {"tenure", "", ColumnType::Integer}};
        const QString message = errorOf([&] {
            RuleCompiler(fields, kToday)
                .compile(*resolveReferences(*parseRule("tenure > 1 AND tag:bad"), defs).tree);
        });
        QVERIFY2(message.startsWith("line 1, col 16: '>' cannot compare text with a number"),
                 qPrintable(message));
        QVERIFY2(message.endsWith("(in tag:bad)"), qPrintable(message));

        // The list segment compiles to its saved ids, the id bound.
        const CompiledRule compiled =
            RuleCompiler(fields, kToday)
                .compile(*resolveReferences(*parseRule("segment:\"pilot\""), defs).tree);
        QCOMPARE(compiled.sql, QStringLiteral("(\"customer_id\" IN (SELECT customer_id FROM "
                                              "segment_list WHERE segment_id = ?))"));
        QCOMPARE(compiled.params, (QVariantList{qint64(7)}));
        // An unresolved reference is refused by the compiler.
        QVERIFY(errorOf([&] {
                    RuleCompiler(fields, kToday).compile("tag:bad");
                }).contains("must be resolved"));
    }

    void resolverErrors_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("message");
        QTest::newRow("typo") << "tenure > 1 AND tag:tradr"
                              << "line 1, col 16: unknown tag 'tradr'; did you mean 'trader'?";
        QTest::newRow("unknown segment") << "x = 1 or\n  segment:\"高值高\""
                                         << "line 2, col 3: unknown segment '高值高'; did you mean "
                                            "'高值高危'?";
        QTest::newRow("cycle") << "tag:a"
                               << "line 1, col 1: tag:b refers to itself: tag:a -> tag:b -> tag:c "
                                  "-> tag:b";
        QTest::newRow("unknown inside a tag") << "x = 1 AND tag:c2"
                                              << "line 1, col 11: unknown tag 'nope' (in tag:c2)";
        QTest::newRow("stored rule does not parse")
            << "tag:broken"
            << "line 1, col 1: the rule of tag:broken does not parse: line 1, col 7: ";
    }

    void resolverErrors()
    {
        QFETCH(QString, rule);
        QFETCH(QString, message);
        RuleDefinitions defs;
        defs.tags.append(RuleDefinitions::Tag{"trader", "uses_sec"});
        defs.tags.append(RuleDefinitions::Tag{"a", "tag:b"});
        defs.tags.append(RuleDefinitions::Tag{"b", "x > 1 AND tag:c"});
        defs.tags.append(RuleDefinitions::Tag{"c", "NOT tag:b"});
        defs.tags.append(RuleDefinitions::Tag{"c2", "tag:nope"});
        defs.tags.append(RuleDefinitions::Tag{"broken", "x > 1 ("});
        defs.segments.append(RuleDefinitions::Segment{1, "高值高危", "x > 1", false});
        const QString got = errorOf([&] { resolveReferences(*parseRule(rule), defs); });
        QVERIFY2(got.startsWith(message), qPrintable(got));
    }

    void countsWithReferences()
    {
        auto ws = freshWorkspace();
        QCOMPARE(count(*ws, "tag:trader"), qint64(2));           // c1, c4
        QCOMPARE(count(*ws, "tag:heavy_ld"), qint64(3));         // c1, c4, c7
        QCOMPARE(count(*ws, "TAG:EXPIRING"), qint64(6));         // c1, c4-c8 except c2, c3
        QCOMPARE(count(*ws, "segment:\"高值高危\""), qint64(3)); // c1, c4, c7
        QCOMPARE(count(*ws, "segment:\"5G到期\""), qint64(4));   // c1, c4, c6, c8
        QCOMPARE(count(*ws, "segment:\"Pilot\""), qint64(3));    // c2, c4, c7
        // pilot AND tenure > 10: c2 (3) no, c4 (60), c7 (36) -> 2.
        QCOMPARE(count(*ws, "segment:\"pilot\" AND tenure > 10"), qint64(2));
        // A reference is a set: c3 (trader false, heavy_ld 0/0 unknown), c6 and c8 (unknown)
        // are not members, so NOT 高值高危 = c2, c3, c5, c6, c8 = 5, where NOT (rule written in
        // place) keeps only c2, c5: unknown stays unknown under NOT.
        QCOMPARE(count(*ws, "NOT segment:\"高值高危\""), qint64(5));
        QCOMPARE(count(*ws, "NOT (uses_sec AND ld_fee_m1 > 20 OR ld_fee_m1 / total_fee_m1 > 0.5)"),
                 qint64(2));
    }

    void storeCrudAndValidation()
    {
        auto ws = freshWorkspace();
        SegmentStore store(*ws, kToday);
        QCOMPARE(store.tags().size(), 3);
        const TagDefinition trader = *store.tag("TRADER");
        QCOMPARE(trader.name, QStringLiteral("trader"));
        QCOMPARE(trader.owner, QStringLiteral("张经理"));
        QVERIFY(!trader.createdAt.isEmpty());
        // Names are unique ignoring case.
        QCOMPARE(errorOf([&] { store.saveTag(tagOf("Trader", "is_5g")); }),
                 QStringLiteral("a tag named 'trader' already exists (rule: uses_sec AND "
                                "ld_fee_m1 > 20)"));
        // Beyond ASCII too (full-width letters, accents), as the resolver matches names.
        store.saveTag(tagOf("Ｖｉｐ", "is_5g"));
        QCOMPARE(errorOf([&] { store.saveTag(tagOf("ｖｉｐ", "is_5g")); }),
                 QStringLiteral("a tag named 'Ｖｉｐ' already exists (rule: is_5g)"));
        QCOMPARE(count(*ws, "tag:ｖｉＰ"), qint64(4)); // is_5g: c1, c4, c6, c8
        store.removeTag("ｖｉｐ");
        QCOMPARE(errorOf([&] { store.addSegment("PILOT", "is_5g"); }),
                 QStringLiteral("a segment named 'pilot' already exists"));
        // Rules are validated on save: parse, references, types.
        QCOMPARE(errorOf([&] { store.saveTag(tagOf("x", "tenure >")); }),
                 QStringLiteral("line 1, col 9: expected a value after '>'"));
        QCOMPARE(errorOf([&] { store.saveTag(tagOf("x", "city > 5")); }),
                 QStringLiteral("line 1, col 8: '>' cannot compare text with a number: 'city' "
                                "is text but 5 is a number"));
        QCOMPARE(errorOf([&] { store.addSegment("y", "tag:tradr"); }),
                 QStringLiteral("line 1, col 1: unknown tag 'tradr'; did you mean 'trader'?"));
        QCOMPARE(errorOf([&] { store.saveTag(tagOf(" x", "is_5g")); }),
                 QStringLiteral("the tag name ' x' starts or ends with a space"));
        // A tag leading back to itself is refused and nothing changes.
        store.saveTag(tagOf("a", "is_5g"));
        store.saveTag(tagOf("b", "tag:a AND tenure > 1"));
        QCOMPARE(errorOf([&] { store.saveTag(tagOf("a", "tag:b OR is_5g"), true); }),
                 QStringLiteral("line 1, col 1: tag:a refers to itself: tag:a -> tag:b -> tag:a"));
        QCOMPARE(store.tag("a")->rule, QStringLiteral("is_5g"));
        QCOMPARE(errorOf([&] { store.saveTag(tagOf("self", "is_5g AND tag:self")); }),
                 QStringLiteral("line 1, col 11: tag:self refers to itself: tag:self -> "
                                "tag:self"));
        QVERIFY(!store.tag("self"));
        QCOMPARE(errorOf([&] { store.addSegment("s", "segment:\"S\""); }),
                 QStringLiteral("line 1, col 1: segment:\"s\" refers to itself: segment:\"s\" -> "
                                "segment:\"s\""));
        QVERIFY(!store.segment("s"));
        // Removal is refused while something uses it.
        QCOMPARE(errorOf([&] { store.removeTag("a"); }),
                 QStringLiteral("tag 'a' is used by tag:b: change or remove them first"));
        QCOMPARE(errorOf([&] { store.removeTag("trader"); }),
                 QStringLiteral("tag 'trader' is used by segment:\"高值高危\": change or remove "
                                "them first"));
        store.addSegment("uses pilot", "segment:\"pilot\" AND tenure > 10");
        QCOMPARE(errorOf([&] { store.removeSegment("pilot"); }),
                 QStringLiteral("segment 'pilot' is used by segment:\"uses pilot\": change or "
                                "remove them first"));
        store.removeSegment("USES PILOT");
        store.removeSegment("pilot");
        QVERIFY(!store.segment("pilot"));
        QCOMPARE(ws->db().scalar("SELECT count(*) FROM segment_list").toLongLong(), qint64(0));
        store.removeTag("b");
        store.removeTag("a");
        QCOMPARE(store.tags().size(), 3);
        QCOMPARE(errorOf([&] { store.removeTag("a"); }),
                 QStringLiteral("there is no tag named 'a'"));
        // A list segment takes only known ids, and nothing is saved otherwise.
        QCOMPARE(errorOf([&] {
                     store.addListSegment("l", {"c1", "c9"});
                 }),
                 QStringLiteral("customer id 'c9' (item 2 of the list) is not in the workspace"));
        QVERIFY(!store.segment("l"));
        QCOMPARE(errorOf([&] { store.segmentOrThrow("高值高"); }),
                 QStringLiteral("there is no segment named '高值高'; did you mean '高值高危'?"));
    }

    void materialiseAndStaleness()
    {
        auto ws = freshWorkspace();
        SegmentStore store(*ws, kToday);
        SegmentInfo s = *store.segment("高值高危");
        QVERIFY(!s.members);
        QVERIFY(s.stale);
        QCOMPARE(store.memberCount("高值高危"), qint64(3)); // counted by the rule
        const MaterialiseResult m = store.materialise("高值高危");
        QCOMPARE(m.members, qint64(3));
        QCOMPARE(m.dataVersion, ws->dataVersion());
        s = *store.segment("高值高危");
        QCOMPARE(s.members, std::optional<qint64>(3));
        QVERIFY(!s.stale);
        QVERIFY(!store.isStale("高值高危"));
        // The members are c1, c4, c7 by rowid (rows 1, 4, 7 as inserted).
        QCOMPARE(ws->db()
                     .scalar("SELECT group_concat(c.customer_id) FROM segment_members m JOIN "
                             "customers c ON c.rowid = m.customer_rowid WHERE m.segment_id = ?",
                             {s.id})
                     .toString(),
                 QStringLiteral("c1,c4,c7"));
        // Materialising again replaces, never adds.
        QCOMPARE(store.materialise("高值高危").members, qint64(3));
        QCOMPARE(ws->db().scalar("SELECT count(*) FROM segment_members").toLongLong(), qint64(3));

        // A new import (data_version + 1) makes it stale; the list segment never is.
        ws->db().exec("DELETE FROM customers WHERE customer_id = 'c7'");
        ws->bumpDataVersion();
        QVERIFY(store.isStale("高值高危"));
        QVERIFY(!store.isStale("pilot"));
        QCOMPARE(store.segment("高值高危")->members, std::optional<qint64>(3)); // as computed
        QCOMPARE(store.memberCount("高值高危"), qint64(2));                     // c1, c4 now
        QCOMPARE(store.memberCount("pilot"), qint64(2)); // c7 dropped out of c2, c4, c7
        QCOMPARE(store.materialise("高值高危").members, qint64(2));
        QVERIFY(!store.isStale("高值高危"));

        // Changing a tag it uses drops the membership; other segments keep theirs.
        store.materialise("5G到期");
        store.saveTag(tagOf("heavy_ld", "ld_fee_m1 / total_fee_m1 > 0.7"), true);
        QVERIFY(!store.segment("高值高危")->members);
        QVERIFY(store.isStale("高值高危"));
        QVERIFY(!store.isStale("5G到期"));
        QCOMPARE(ws->db()
                     .scalar("SELECT count(*) FROM segment_members m JOIN segments s ON s.id = "
                             "m.segment_id WHERE s.name = '高值高危'")
                     .toLongLong(),
                 qint64(0));
        // heavy_ld now: c1 0.6 no, c4 0.75 yes -> trader {c1,c4} OR {c4} = 2.
        QCOMPARE(store.materialise("高值高危").members, qint64(2));
        // Changing a segment's rule drops its membership too.
        store.updateSegmentRule("5G到期", "is_5g AND tenure > 1");
        QVERIFY(store.isStale("5G到期"));
        // A column the rule uses disappears with a new import: the segment's rule is named.
        ws->db().exec("UPDATE customer_columns SET name = 'tenure_m' WHERE name = 'tenure'");
        ws->db().exec("ALTER TABLE customers RENAME COLUMN tenure TO tenure_m");
        ws->bumpDataVersion();
        QCOMPARE(
            errorOf([&] { store.materialise("5G到期"); }),
            QStringLiteral("the rule of segment '5G到期' (is_5g AND tenure > 1) no longer works: "
                           "line 1, col 11: unknown field 'tenure'; did you mean "
                           "'tenure_m'?"));
        QCOMPARE(errorOf([&] { store.materialise("pilot"); }),
                 QStringLiteral("'pilot' is a list segment: its members are its saved customer "
                                "ids, there is nothing to materialise"));
    }

    void memberIds()
    {
        auto ws = freshWorkspace();
        SegmentStore store(*ws, kToday);
        // A rule segment not materialised: its rule now (tag:trader OR tag:heavy_ld = c1, c4, c7);
        // materialised: the stored members, the same; a list: the saved ids (c4 once), in import
        // order; 5G到期 = is_5g AND expiring = c1, c4, c6, c8.
        QCOMPARE(store.memberIds("高值高危"), (QStringList{"c1", "c4", "c7"}));
        store.materialise("高值高危");
        QCOMPARE(store.memberIds("高值高危"), (QStringList{"c1", "c4", "c7"}));
        QCOMPARE(store.memberIds("pilot"), (QStringList{"c2", "c4", "c7"}));
        QCOMPARE(store.memberIds("5G到期"), (QStringList{"c1", "c4", "c6", "c8"}));
        QVERIFY(errorOf([&] { store.memberIds("nosuch"); }).contains("nosuch"));
    }

    void materialiseCancelled()
    {
        // 60,000 customers: enough SQLite steps for the cancel check to run.
        auto ws = Workspace::create(m_dir.filePath(QStringLiteral("cancel.cwb")));
        Database &db = ws->db();
        db.exec("CREATE TABLE customers(customer_id TEXT NOT NULL UNIQUE, tenure INTEGER, "
                "_import_id INTEGER, _line INTEGER)");
        db.exec("INSERT INTO customer_columns(position, name, label, source_header, type, "
                "canonical) VALUES (0, 'customer_id', '', '', 'text', 1), (1, 'tenure', '', '', "
                "'integer', 0)");
        db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) "
                "INSERT INTO customers SELECT 'id' || i, i, 1, i FROM n");
        SegmentStore store(*ws, kToday);
        store.addSegment("cohort", "tenure > 0"); // everyone: 60,000
        QCOMPARE(store.materialise("cohort").members, qint64(60000));
        JobControl job;
        job.requestCancel();
        bool cancelled = false;
        try {
            store.updateSegmentRule("cohort", "tenure <= 20000");
            store.materialise("cohort", &job);
        } catch (const Cancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        // Rolled back: the rule change dropped the old members, and the cancelled run wrote none.
        QCOMPARE(db.scalar("SELECT count(*) FROM segment_members").toLongLong(), qint64(0));
        QVERIFY(!store.segment("cohort")->members);
        QCOMPARE(store.materialise("cohort").members, qint64(20000));
    }

    void overlap()
    {
        auto ws = freshWorkspace();
        SegmentStore store(*ws, kToday);
        // 高值高危 {c1,c4,c7} vs 5G到期 {c1,c4,c6,c8}: both c1, c4 = 2; A only c7 = 1;
        // B only c6, c8 = 2; neither c2, c3, c5 = 3; Jaccard 2 / 5 = 0.4.
        SegmentOverlap o = store.overlap("高值高危", "5G到期");
        QCOMPARE(o.sizeA, qint64(3));
        QCOMPARE(o.sizeB, qint64(4));
        QCOMPARE(o.both, qint64(2));
        QCOMPARE(o.aOnly, qint64(1));
        QCOMPARE(o.bOnly, qint64(2));
        QCOMPARE(o.neither, qint64(3));
        QCOMPARE(o.base, qint64(8));
        CHECK_NEAR(o.jaccard, 0.4, 1e-12);
        // The same from materialised membership.
        store.materialise("高值高危");
        store.materialise("5G到期");
        const SegmentOverlap again = store.overlap("高值高危", "5G到期");
        QCOMPARE(again.both, qint64(2));
        QCOMPARE(again.neither, qint64(3));
        // Matrix with the list segment pilot {c2,c4,c7}: 高值高危 ∩ pilot = c4, c7 = 2;
        // 5G到期 ∩ pilot = c4 = 1.
        const OverlapMatrix m = store.overlapMatrix({"高值高危", "5G到期", "pilot"});
        const QList<QList<qint64>> expected = {{3, 2, 2}, {2, 4, 1}, {2, 1, 3}};
        QCOMPARE(m.both, expected);
        QCOMPARE(m.base, qint64(8));
        const SegmentOverlap p = m.pair(1, 2);
        QCOMPARE(p.aOnly, qint64(3));   // c1, c6, c8
        QCOMPARE(p.bOnly, qint64(2));   // c2, c7
        QCOMPARE(p.neither, qint64(2)); // c3, c5
        QCOMPARE(errorOf([&] { store.overlap("高值高危", "nope"); }),
                 QStringLiteral("there is no segment named 'nope'"));
    }

    void profile()
    {
        auto ws = freshWorkspace();
        ProfileOptions options;
        options.today = kToday;
        options.maxCategories = 5; // city has 5 values (NULL included), name 8: left out
        SegmentProfile p = profileSegment(*ws, "高值高危", options);
        QVERIFY(!p.materialised);
        QCOMPARE(p.size, qint64(3));
        QCOMPARE(p.base, qint64(8));
        CHECK_NEAR(p.share, 0.375, 1e-12); // 3 / 8
        // Fee measure = avg of the months present: c1 (100+80+60)/3 = 80, c2 (50+50)/2 = 50,
        // c3 0, c4 (200+100+300)/3 = 200, c5 (80+40+60)/3 = 60, c6 (100+200)/2 = 150, c7 30,
        // c8 none. Base 570, segment c1 + c4 + c7 = 310, share 310 / 570.
        QCOMPARE(p.feeColumns, QStringList({"total_fee_m1", "total_fee_m2", "total_fee_m3"}));
        CHECK_NEAR(p.baseFee, 570.0, 1e-9);
        CHECK_NEAR(p.segmentFee, 310.0, 1e-9);
        CHECK_NEAR(*p.revenueShare, 310.0 / 570.0, 1e-12);

        const auto column = [&](const QString &name) -> const ProfileColumn * {
            for (const ProfileColumn &c : p.columns)
                if (c.name == name)
                    return &c;
            return nullptr;
        };
        QVERIFY(!column("customer_id"));
        QVERIFY(!column("contract_end")); // dates are left out
        QVERIFY(!column("name"));         // 8 distinct values > 5
        // total_fee_m1: base (100+50+0+200+80+100+30) / 7 = 80; segment (100+200+30) / 3 = 110;
        // index 110 / 80 = 1.375.
        const ProfileColumn *fee = column("total_fee_m1");
        QVERIFY(fee);
        QCOMPARE(fee->kind, ProfileColumn::Kind::Numeric);
        QCOMPARE(fee->basePresent, qint64(7));
        CHECK_NEAR(*fee->baseMean, 80.0, 1e-12);
        CHECK_NEAR(*fee->segmentMean, 110.0, 1e-12);
        CHECK_NEAR(*fee->index, 1.375, 1e-12);
        // tenure: base (24+3+12+60+1+36+6) / 7 = 142/7; segment (24+60+36) / 3 = 40;
        // index 40 / (142/7) = 280/142.
        const ProfileColumn *tenure = column("tenure");
        CHECK_NEAR(*tenure->baseMean, 142.0 / 7.0, 1e-12);
        CHECK_NEAR(*tenure->segmentMean, 40.0, 1e-12);
        CHECK_NEAR(*tenure->index, 280.0 / 142.0, 1e-12);
        QCOMPARE(tenure->label, QStringLiteral("在网时长"));
        // city: base 北京 3 (c1,c3,c7), 上海 2, 广州 1, 深圳 1, missing 1 (c6); segment 北京 2
        // (c1,c7), 广州 1 (c4). Order: segment count, then base count, then value (missing
        // sorts before 深圳).
        const ProfileColumn *city = column("city");
        QVERIFY(city);
        QCOMPARE(city->kind, ProfileColumn::Kind::Categorical);
        QCOMPARE(city->top.size(), 5);
        QCOMPARE(city->top[0].value, QStringLiteral("北京"));
        QCOMPARE(city->top[0].segmentCount, qint64(2));
        CHECK_NEAR(city->top[0].segmentShare, 2.0 / 3.0, 1e-12);
        CHECK_NEAR(city->top[0].baseShare, 3.0 / 8.0, 1e-12);
        QCOMPARE(city->top[1].value, QStringLiteral("广州"));
        CHECK_NEAR(city->top[1].baseShare, 1.0 / 8.0, 1e-12);
        QCOMPARE(city->top[2].value, QStringLiteral("上海"));
        QCOMPARE(city->top[2].segmentCount, qint64(0));
        QVERIFY(city->top[3].missing);
        QCOMPARE(city->top[4].value, QStringLiteral("深圳"));
        // is_5g: base true 4 (c1,c4,c6,c8), false 3, missing 1; segment true 2 (c1,c4),
        // false 1 (c7).
        const ProfileColumn *fiveG = column("is_5g");
        QCOMPARE(fiveG->top.size(), 3);
        QCOMPARE(fiveG->top[0].value, QStringLiteral("true"));
        CHECK_NEAR(fiveG->top[0].segmentShare, 2.0 / 3.0, 1e-12);
        CHECK_NEAR(fiveG->top[0].baseShare, 0.5, 1e-12);
        QCOMPARE(fiveG->top[1].value, QStringLiteral("false"));
        CHECK_NEAR(fiveG->top[1].baseShare, 3.0 / 8.0, 1e-12);

        // Materialised: the same figures, read from the stored membership.
        SegmentStore(*ws, kToday).materialise("高值高危");
        const SegmentProfile stored = profileSegment(*ws, "高值高危", options);
        QVERIFY(stored.materialised);
        QCOMPARE(stored.size, qint64(3));
        CHECK_NEAR(*stored.revenueShare, 310.0 / 570.0, 1e-12);

        // A chosen fee measure: ld_fee_m1: base 60+10+0+150+20+25+5 = 270, segment
        // 60+150+25 = 235.
        options.feeColumns = {"长途费_M1"};
        p = profileSegment(*ws, "pilot", options);
        // pilot {c2,c4,c7}: 10 + 150 + 25 = 185 of 270.
        QCOMPARE(p.feeColumns, QStringList({"ld_fee_m1"}));
        CHECK_NEAR(*p.revenueShare, 185.0 / 270.0, 1e-12);
        options.feeColumns = {"city"};
        QCOMPARE(errorOf([&] { profileSegment(*ws, "pilot", options); }),
                 QStringLiteral("fee measure: column 'city' is not a number"));
        const QJsonObject json = profileToJson(stored);
        QCOMPARE(json.value("size").toInteger(), 3);
        QCOMPARE(json.value("columns").toArray().size(), stored.columns.size());
    }

    void tagLibraryJson()
    {
        auto source = freshWorkspace();
        SegmentStore from(*source, kToday);
        const QByteArray json = from.exportTags();
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value("format").toString(), QStringLiteral("campaign-workbench-tags"));
        QCOMPARE(root.value("version").toInt(), 1);
        QCOMPARE(root.value("tags").toArray().size(), 3);

        // Round trip into an empty workspace.
        auto target = freshWorkspace(false);
        SegmentStore to(*target, kToday);
        TagImportReport report = to.importTags(json, TagConflictPolicy::Fail);
        QCOMPARE(report.added, QStringList({"expiring", "heavy_ld", "trader"}));
        const QList<TagDefinition> a = from.tags();
        const QList<TagDefinition> b = to.tags();
        QCOMPARE(b.size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].name, a[i].name);
            QCOMPARE(b[i].rule, a[i].rule);
            QCOMPARE(b[i].description, a[i].description);
            QCOMPARE(b[i].owner, a[i].owner);
            QCOMPARE(b[i].createdAt, a[i].createdAt);
        }
        QCOMPARE(count(*target, "tag:trader"), qint64(2));
        // The same again, saved by an editor that writes a byte order mark: unchanged (same
        // canonical rule), nothing conflicts.
        report = to.importTags("\xEF\xBB\xBF" + json, TagConflictPolicy::Fail);
        QCOMPARE(report.unchanged.size(), 3);
        QVERIFY(report.conflicts.isEmpty());

        // A conflict: trader has another rule here.
        to.saveTag(tagOf("trader", "uses_sec"), true);
        const auto rules = [&] {
            QStringList list;
            for (const TagDefinition &t : to.tags())
                list << t.name + QLatin1Char('=') + t.rule;
            return list;
        };
        const QStringList before = rules();
        QCOMPARE(errorOf([&] { to.importTags(json, TagConflictPolicy::Fail); }),
                 QStringLiteral("1 tag already exists with a different rule: trader; choose to "
                                "skip, replace or rename them"));
        QCOMPARE(rules(), before);
        report = to.importTags(json, TagConflictPolicy::Skip);
        QCOMPARE(report.skipped, QStringList({"trader"}));
        QCOMPARE(to.tag("trader")->rule, QStringLiteral("uses_sec"));
        report = to.importTags(json, TagConflictPolicy::Rename);
        QCOMPARE(report.renamed.size(), 1);
        QCOMPARE(report.renamed[0].second, QStringLiteral("trader_2"));
        QCOMPARE(to.tag("trader_2")->rule, QStringLiteral("uses_sec AND ld_fee_m1 > 20"));
        report = to.importTags(json, TagConflictPolicy::Replace);
        QCOMPARE(report.replaced, QStringList({"trader"}));
        QCOMPARE(to.tag("trader")->rule, QStringLiteral("uses_sec AND ld_fee_m1 > 20"));

        // Bad files change nothing.
        const QStringList now = rules();
        const QString malformed = errorOf([&] {
            to.importTags("{\"format\": \"campaign-workbench-tags\",\n \"version\": 1, \"tags\": [",
                          TagConflictPolicy::Replace);
        });
        QVERIFY2(malformed.startsWith("the tag library is not valid JSON: ") &&
                     malformed.contains(" at line 2, col "),
                 qPrintable(malformed));
        QCOMPARE(errorOf([&] {
                     to.importTags(R"({"format": "campaign-workbench-tags", "version": 1,
                        "tags": [{"name": "new", "rule": "is_5g"},
                                 {"name": "x", "rule": "tenure >"}]})",
                                   TagConflictPolicy::Replace);
                 }),
                 QStringLiteral("tags[1], tag 'x': the rule does not parse: line 1, col 9: "
                                "expected a value after '>'"));
        QCOMPARE(errorOf([&] {
                     to.importTags(R"({"format": "campaign-workbench-tags", "version": 1,
                        "tags": [{"name": "p", "rule": "tag:q"}, {"name": "q", "rule": "tag:P"}]})",
                                   TagConflictPolicy::Replace);
                 }),
                 QStringLiteral("tag 'p': line 1, col 1: tag:p refers to itself: tag:p -> tag:q "
                                "-> tag:p"));
        QCOMPARE(errorOf([&] {
                     to.importTags(R"({"format": "campaign-workbench-tags", "version": 1,
                        "tags": [{"name": "n", "rule": 5}]})",
                                   TagConflictPolicy::Replace);
                 }),
                 QStringLiteral("tags[0]: \"rule\" must be a string"));
        QCOMPARE(errorOf([&] {
                     to.importTags(R"({"format": "campaign-workbench-tags", "version": 1,
                        "tags": [{"name": "n", "rule": "is_5g"}, {"name": "N", "rule": "is_5g"}]})",
                                   TagConflictPolicy::Replace);
                 }),
                 QStringLiteral("tags[1]: the tag 'N' appears twice in the file"));
        QCOMPARE(errorOf([&] {
                     to.importTags(R"({"format": "campaign-workbench-tags", "version": 2,
                        "tags": []})",
                                   TagConflictPolicy::Replace);
                 }),
                 QStringLiteral("tag library version 2 is not supported (expected 1)"));
        QCOMPARE(errorOf([&] { to.importTags("[]", TagConflictPolicy::Replace); }),
                 QStringLiteral("the tag library must be a JSON object with \"format\": "
                                "\"campaign-workbench-tags\" and a \"tags\" array"));
        QCOMPARE(rules(), now);
    }

    void cli()
    {
        auto ws = freshWorkspace(false);
        const QString path = ws->path();
        ws.reset();
        const auto cwb = [&](QStringList args) {
            args << "--workspace" << path;
            return test::runCwb(args);
        };
        auto run = cwb({"tag", "add", "trader", "--rule", "uses_sec AND ld_fee_m1 > 20",
                        "--description", "stock trader", "--owner", "张经理"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cwb({"tag", "add", "heavy_ld", "--rule", "ld_fee_m1 / total_fee_m1 > 0.5"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cwb({"tag", "add", "bad", "--rule", "tag:tradr"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("line 1, col 1: unknown tag 'tradr'; did you mean 'trader'?"),
                 run.err.constData());
        run = cwb({"tag", "list", "--json"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray tags = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags[1].toObject().value("owner").toString(), QStringLiteral("张经理"));

        run = cwb({"segment", "add", "高值高危", "--rule", "tag:trader OR tag:heavy_ld",
                   "--description", "retain first"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cwb({"segment", "list", "--json"});
        QJsonObject seg = QJsonDocument::fromJson(run.out).array().at(0).toObject();
        QCOMPARE(seg.value("name").toString(), QStringLiteral("高值高危"));
        QVERIFY(seg.value("members").isNull());
        QCOMPARE(seg.value("stale").toBool(), true);
        run = cwb({"segment", "materialise", "高值高危"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("3 members"), run.out.constData()); // c1, c4, c7
        run = cwb({"segment", "list", "--json"});
        seg = QJsonDocument::fromJson(run.out).array().at(0).toObject();
        QCOMPARE(seg.value("members").toInteger(), 3);
        QCOMPARE(seg.value("stale").toBool(), false);
        run = cwb({"segment", "show", "高值高危"});
        QVERIFY2(run.exitCode == 0 && run.out.contains("tag:trader OR tag:heavy_ld"),
                 run.out.constData());
        // Count with references: 高值高危 AND is_5g = c1, c4 -> 2 of 8.
        run = cwb({"segment", "count", "--rule", "segment:\"高值高危\" AND is_5g", "--json"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("count").toInteger(), 2);

        run = cwb({"segment", "add", "5G", "--rule", "is_5g"}); // c1, c4, c6, c8
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cwb({"segment", "overlap", "高值高危", "5G", "--json"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value("both").toInteger(), 2);    // c1, c4
        QCOMPARE(o.value("a_only").toInteger(), 1);  // c7
        QCOMPARE(o.value("b_only").toInteger(), 2);  // c6, c8
        QCOMPARE(o.value("neither").toInteger(), 3); // c2, c3, c5
        // 老客 tenure > 20 = c1 (24), c4 (60), c7 (36): the same set as 高值高危; with 5G c1, c4.
        run = cwb({"segment", "add", "老客", "--rule", "tenure > 20"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cwb({"segment", "overlap", "高值高危", "5G", "老客", "--json"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject matrix = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(matrix.value("both").toVariant(),
                 QJsonArray({QJsonArray{3, 2, 3}, QJsonArray{2, 4, 2}, QJsonArray{3, 2, 3}})
                     .toVariantList());
        QCOMPARE(matrix.value("base").toInteger(), 8);
        run = cwb({"segment", "overlap", "高值高危", "5G"});
        QVERIFY2(run.exitCode == 0 && run.out.contains("both"), run.out.constData());

        run = cwb({"segment", "profile", "高值高危", "--json"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject profile = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(profile.value("size").toInteger(), 3);
        CHECK_NEAR(profile.value("fee").toObject().value("revenue_share").toDouble(), 310.0 / 570.0,
                   1e-12);
        run = cwb({"segment", "profile", "高值高危"});
        QVERIFY2(run.exitCode == 0 && run.out.contains("total_fee_m1"), run.out.constData());

        const QString file = m_dir.filePath("tags.json");
        run = cwb({"tag", "export", file});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFile::exists(file));
        run = cwb({"tag", "export", file});
        QCOMPARE(run.exitCode, 1); // refuses to overwrite without --force
        run = cwb({"tag", "add", "trader", "--rule", "uses_sec", "--replace"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cwb({"tag", "import", file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("1 tag already exists with a different rule: trader"),
                 run.err.constData());
        run = cwb({"tag", "import", file, "--on-conflict", "rename"});
        QVERIFY2(run.exitCode == 0 && run.out.contains("trader_2"), run.out.constData());

        run = cwb({"tag", "remove", "trader"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("used by segment:\"高值高危\""), run.err.constData());
        run = cwb({"segment", "remove", "高值高危"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cwb({"tag", "remove", "trader"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cwb({"segment", "show", "高值高危"});
        QCOMPARE(run.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
