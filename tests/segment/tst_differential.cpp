// SPDX-License-Identifier: GPL-3.0-or-later
// The two ways of counting a rule agree: every rule runs through the SQL path
// (RuleEngine::selectSql) and the in-memory columnar path (a RuleEngine object's select), and
// both must give the same count and the same rowids. The rules: the hand-counted cases of
// rulecases.h, hand-counted rules over a table of edge values (NULLs, division by zero, negative
// numbers and -0, Chinese and empty text, dates at month ends), and thousands of seeded random
// rules over that table and over a synthetic demo extract; rules with tag: and segment:
// references (rule segments and list segments), hand-counted and random. Then the explicit
// fallbacks to SQL and the cache's reuse and reload.
#include "common/customertable.h"
#include "common/testsupport.h"
#include "rulecases.h"

#include "core/error.h"
#include "demo/extractgenerator.h"
#include "import/importer.h"
#include "segment/columnarcache.h"
#include "segment/columnevaluator.h"
#include "segment/rulecompiler.h"
#include "segment/ruleengine.h"
#include "segment/ruleparser.h"
#include "segment/segmentstore.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace cwb;

namespace {

// Twelve customers with the values that trip evaluators up.
//  id   name          fee      fee2   cnt     flag  d1          d2
//  e01  北京市        10.5     0      3       1     2024-01-31  2024-02-29
//  e02  ''            -5       -0.0   0       0     2024-02-29  2024-03-31
//  e03  NULL          0        0      -7      NULL  2023-02-28  NULL
//  e04  VIP客户       NULL     2.5    NULL    1     2024-12-31  2025-01-01
//  e05  vip           100      -100   12      0     NULL        2024-04-30
//  e06  VIP           0.001    3      2       2     2024-03-01  2024-01-31
//  e07  客户 老用户   -0.5     NULL   -1      1     2000-02-29  2099-12-31
//  e08  上海          7        7      7       0     2024-06-30  2024-06-30
//  e09  北京          1000000  0.1    100000  NULL  1999-12-31  2024-02-29
//  e10  Zebra         3        -3     3       1     2024-05-31  NULL
//  e11  北京市朝阳区  NULL     NULL   NULL    NULL  NULL        NULL
//  e12  a             -2.25    4.5    -2      0     2024-11-30  2024-08-31
const QDate kEdgeToday(2024, 2, 29);

void fillEdgeWorkspace(Workspace &workspace)
{
    Database &db = workspace.db();
    test::createCustomerTable(
        db,
        "CREATE TABLE customers(customer_id TEXT NOT NULL, name TEXT, fee REAL, fee2 REAL, "
        "cnt INTEGER, flag INTEGER, d1 TEXT, d2 TEXT, _import_id INTEGER, _line INTEGER)",
        {{"customer_id", "客户编号", "text"},
         {"name", "名称", "text"},
         {"fee", "费用", "decimal"},
         {"fee2", "费用2", "decimal"},
         {"cnt", "次数", "integer"},
         {"flag", "标志", "boolean"},
         {"d1", "日期1", "date"},
         {"d2", "日期2", "date"}});
    db.exec("INSERT INTO customers VALUES "
            "('e01', '北京市', 10.5, 0, 3, 1, '2024-01-31', '2024-02-29', 1, 2),"
            "('e02', '', -5, -0.0, 0, 0, '2024-02-29', '2024-03-31', 1, 3),"
            "('e03', NULL, 0, 0, -7, NULL, '2023-02-28', NULL, 1, 4),"
            "('e04', 'VIP客户', NULL, 2.5, NULL, 1, '2024-12-31', '2025-01-01', 1, 5),"
            "('e05', 'vip', 100, -100, 12, 0, NULL, '2024-04-30', 1, 6),"
            "('e06', 'VIP', 0.001, 3, 2, 2, '2024-03-01', '2024-01-31', 1, 7),"
            "('e07', '客户 老用户', -0.5, NULL, -1, 1, '2000-02-29', '2099-12-31', 1, 8),"
            "('e08', '上海', 7, 7, 7, 0, '2024-06-30', '2024-06-30', 1, 9),"
            "('e09', '北京', 1000000, 0.1, 100000, NULL, '1999-12-31', '2024-02-29', 1, 10),"
            "('e10', 'Zebra', 3, -3, 3, 1, '2024-05-31', NULL, 1, 11),"
            "('e11', '北京市朝阳区', NULL, NULL, NULL, NULL, NULL, NULL, 1, 12),"
            "('e12', 'a', -2.25, 4.5, -2, 0, '2024-11-30', '2024-08-31', 1, 13)");
}

// Seeded random rules over a workspace's columns, type-correct by construction, with literals
// drawn from the data (so comparisons land on equal values) and from a few fixed edge values.
class RuleGenerator
{
public:
    RuleGenerator(Workspace &workspace, quint64 seed) : m_random(seed)
    {
        Database &db = workspace.db();
        for (const RuleField &f : RuleCompiler::loadFields(db)) {
            const QString quoted = Database::quoteIdentifier(f.name);
            QStringList samples;
            Statement query(db, QStringLiteral("SELECT DISTINCT %1 FROM customers WHERE %1 IS "
                                               "NOT NULL LIMIT 40")
                                    .arg(quoted)
                                    .toStdString());
            while (query.step())
                samples << query.text(0);
            switch (f.type) {
            case ColumnType::Integer:
            case ColumnType::Decimal:
                m_numbers << f.name;
                for (const QString &s : samples)
                    m_numberLiterals << QString::number(s.toDouble(), 'f', s.contains('.') ? 2 : 0);
                break;
            case ColumnType::Boolean:
                m_booleans << f.name;
                break;
            case ColumnType::Date:
                m_dates << f.name;
                m_dateLiterals << samples;
                break;
            case ColumnType::Text:
            case ColumnType::Phone:
                if (f.name == QLatin1String("customer_id"))
                    break; // every value distinct: a dull column for rules
                m_texts << f.name;
                for (const QString &s : samples) {
                    m_textLiterals << s;
                    m_textLiterals << s.left(1 + int(m_random() % 3)); // prefixes
                }
                break;
            }
        }
        m_numberLiterals << "0"
                         << "1"
                         << "0.5"
                         << "100"
                         << "-3"
                         << "12.25";
        m_textLiterals << ""
                       << "北京"
                       << "VIP"
                       << "未知"
                       << "a";
        m_dateLiterals << "2024-01-31"
                       << "2024-02-29"
                       << "2023-02-28"
                       << "2024-12-31"
                       << "2026-11-30";
    }

    QString rule() { return condition(3); }

private:
    int pick(int n) { return int(m_random() % quint64(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    QString any(const QStringList &list) { return list.at(pick(int(list.size()))); }
    static QString quote(const QString &s)
    {
        QString escaped = s;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    QString field(const QStringList &names)
    {
        return QLatin1Char('`') + any(names) + QLatin1Char('`');
    }
    QString cmp() { return any({"=", "!=", "<>", "<", "<=", ">", ">="}); }

    QString number(int depth)
    {
        const int choice = depth <= 0 ? pick(2) : pick(11);
        switch (choice) {
        case 0:
            return field(m_numbers);
        case 1:
            return any(m_numberLiterals);
        case 2:
        case 3:
            return QStringLiteral("(%1 %2 %3)")
                .arg(number(depth - 1), any({"+", "-", "*", "/", "/"}), number(depth - 1));
        case 4:
            return QStringLiteral("-%1").arg(number(depth - 1));
        case 5:
            return QStringLiteral("abs(%1)").arg(number(depth - 1));
        case 6:
            return QStringLiteral("avg(%1, %2, %3)")
                .arg(number(depth - 1), number(depth - 1), number(depth - 1));
        case 7:
            return QStringLiteral("%1(%2, %3)")
                .arg(any({"min", "max"}), number(depth - 1), number(depth - 1));
        case 8:
            return QStringLiteral("coalesce(%1, %2)").arg(number(depth - 1), number(depth - 1));
        case 9:
            if (!m_dates.isEmpty())
                return QStringLiteral("months_between(%1, %2)").arg(date(), date());
            return field(m_numbers);
        default:
            return field(m_numbers);
        }
    }

    QString date()
    {
        switch (pick(6)) {
        case 0:
            return QStringLiteral("today");
        case 1:
            return quote(any(m_dateLiterals));
        case 2:
            return QStringLiteral("coalesce(%1, %2)")
                .arg(field(m_dates), quote(any(m_dateLiterals)));
        case 3:
            return QStringLiteral("%1(%2, %3)")
                .arg(any({"min", "max"}), field(m_dates), field(m_dates));
        default:
            return field(m_dates);
        }
    }

    QString text()
    {
        if (chance(15))
            return QStringLiteral("coalesce(%1, %2)")
                .arg(field(m_texts), quote(any(m_textLiterals)));
        return field(m_texts);
    }

    QString leaf()
    {
        const int choice = pick(14);
        switch (choice) {
        case 0:
        case 1:
            return QStringLiteral("%1 %2 %3").arg(number(2), cmp(), number(1));
        case 2:
            if (m_texts.isEmpty())
                break;
            return QStringLiteral("%1 %2 %3")
                .arg(text(), cmp(), chance(80) ? quote(any(m_textLiterals)) : text());
        case 3: {
            if (m_texts.isEmpty())
                break;
            QStringList items;
            for (int i = 0, n = 1 + pick(4); i < n; ++i)
                items << (chance(90) ? quote(any(m_textLiterals)) : text());
            return QStringLiteral("%1 %2 (%3)")
                .arg(text(), chance(70) ? "IN" : "NOT IN", items.join(QStringLiteral(", ")));
        }
        case 4:
            if (m_texts.isEmpty())
                break;
            return QStringLiteral("%1 %2 %3")
                .arg(text(), any({"CONTAINS", "NOT CONTAINS", "STARTS WITH", "NOT STARTS WITH"}),
                     chance(85) ? quote(any(m_textLiterals)) : text());
        case 5:
            return QStringLiteral("%1 %2 %3 AND %4")
                .arg(number(1), chance(70) ? "BETWEEN" : "NOT BETWEEN", number(0), number(0));
        case 6: {
            QStringList items;
            for (int i = 0, n = 1 + pick(4); i < n; ++i)
                items << number(chance(80) ? 0 : 1);
            return QStringLiteral("%1 %2 (%3)")
                .arg(number(1), chance(70) ? "IN" : "NOT IN", items.join(QStringLiteral(", ")));
        }
        case 7: {
            QStringList all = m_numbers + m_texts + m_dates + m_booleans;
            return QStringLiteral("%1 %2").arg(chance(50) ? field(all) : number(2),
                                               chance(50) ? "IS NULL" : "IS NOT NULL");
        }
        case 8:
            if (m_dates.isEmpty())
                break;
            return QStringLiteral("%1 %2 %3").arg(date(), cmp(), date());
        case 9:
            if (m_dates.isEmpty())
                break;
            return QStringLiteral("months_between(%1, %2) %3 %4")
                .arg(date(), date(), cmp(), any({"0", "1", "3", "6", "-1", "0.5", "12"}));
        case 10:
            if (m_dates.isEmpty())
                break;
            return QStringLiteral("%1 %2 %3 AND %4")
                .arg(date(), chance(70) ? "BETWEEN" : "NOT BETWEEN", date(), date());
        case 11:
            if (m_booleans.isEmpty())
                break;
            switch (pick(4)) {
            case 0:
                return field(m_booleans);
            case 1:
                return QStringLiteral("%1 = %2").arg(field(m_booleans),
                                                     any({"true", "false", "1", "0"}));
            case 2:
                return QStringLiteral("coalesce(%1, %2)")
                    .arg(field(m_booleans), any({"true", "false", "2", "0.5"}));
            default:
                return QStringLiteral("%1 %2 %3").arg(field(m_booleans), cmp(), number(1));
            }
        case 12:
            if (m_dates.isEmpty())
                break;
            return QStringLiteral("%1 IN (%2, %3)").arg(date(), quote(any(m_dateLiterals)), date());
        default:
            break;
        }
        return QStringLiteral("%1 %2 %3").arg(field(m_numbers), cmp(), any(m_numberLiterals));
    }

    QString condition(int depth)
    {
        if (depth <= 0 || chance(35))
            return leaf();
        switch (pick(5)) {
        case 0:
            return QStringLiteral("NOT (%1)").arg(condition(depth - 1));
        case 1:
        case 2:
            return QStringLiteral("(%1) AND (%2)").arg(condition(depth - 1), condition(depth - 1));
        case 3:
            return QStringLiteral("(%1) OR (%2)").arg(condition(depth - 1), condition(depth - 1));
        default:
            return QStringLiteral("(%1) = (%2)").arg(condition(depth - 1), condition(depth - 1));
        }
    }

    std::mt19937_64 m_random;
    QStringList m_numbers, m_booleans, m_dates, m_texts;
    QStringList m_numberLiterals, m_textLiterals, m_dateLiterals;
};

} // namespace

class TestDifferential : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_hand; // rulecases.h's six customers
    std::unique_ptr<Workspace> m_edge; // the twelve edge customers above
    std::unique_ptr<Workspace> m_demo; // a synthetic extract, imported
    std::unique_ptr<Workspace> m_refs; // rulecases.h's customers with tags and segments

    Workspace &referencesWorkspace()
    {
        if (m_refs)
            return *m_refs;
        m_refs = Workspace::create(m_dir.filePath(QStringLiteral("refs.cwb")));
        test::fillRuleWorkspace(*m_refs);
        SegmentStore store(*m_refs, test::kRuleToday);
        TagDefinition rich;
        rich.name = QStringLiteral("rich");
        rich.rule = QStringLiteral("arpu_m1 > 90");
        store.saveTag(rich);
        TagDefinition fives;
        fives.name = QStringLiteral("fives");
        fives.rule = QStringLiteral("is_5g");
        store.saveTag(fives);
        store.addSegment(QStringLiteral("north"), QStringLiteral("city = \"北京\" OR tag:rich"));
        store.addListSegment(QStringLiteral("picked"),
                             {QStringLiteral("c2"), QStringLiteral("c3"), QStringLiteral("c5")});
        store.addSegment(QStringLiteral("mix"),
                         QStringLiteral("segment:\"picked\" AND arpu_m1 < 90"));
        return *m_refs;
    }

    // Runs rule through both paths; empty when they agree (and the columnar path ran), else
    // what differed. count receives the agreed count.
    static QString compare(Workspace &workspace, RuleEngine &engine, const QString &rule,
                           QDate today, qint64 *count = nullptr)
    {
        const RuleSelection sql = RuleEngine::selectSql(workspace, rule, today);
        const RuleSelection fast = engine.select(rule, today);
        if (fast.count.path != RuleCount::Path::Columnar)
            return QStringLiteral("not counted in memory (%1): %2")
                .arg(fast.count.fallbackReason, rule);
        if (fast.count.count != sql.count.count || fast.rowids != sql.rowids) {
            QString first;
            for (std::size_t i = 0; i < std::max(fast.rowids.size(), sql.rowids.size()); ++i) {
                const qint64 a = i < fast.rowids.size() ? fast.rowids[i] : -1;
                const qint64 b = i < sql.rowids.size() ? sql.rowids[i] : -1;
                if (a != b) {
                    first = QStringLiteral("first difference at #%1: columnar rowid %2, SQL %3")
                                .arg(i)
                                .arg(a)
                                .arg(b);
                    break;
                }
            }
            return QStringLiteral("columnar %1 vs SQL %2 (%3): %4")
                .arg(fast.count.count)
                .arg(sql.count.count)
                .arg(first, rule);
        }
        if (count)
            *count = fast.count.count;
        return {};
    }

    // n random rules through both paths; every one must agree, and enough of them must select
    // some but not all customers for the comparison to mean something.
    void randomRules(Workspace &workspace, quint64 seed, int n, QDate today)
    {
        RuleEngine engine(workspace);
        RuleGenerator generator(workspace, seed);
        const qint64 base = workspace.customerCount();
        int informative = 0;
        int invalid = 0;
        for (int i = 0; i < n; ++i) {
            const QString rule = generator.rule();
            try {
                qint64 count = 0;
                const QString difference = compare(workspace, engine, rule, today, &count);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
                if (count > 0 && count < base)
                    ++informative;
            } catch (const RuleError &e) {
                ++invalid; // the generator's rare type slip (e.g. comparing a condition with a
                           // date)
                QVERIFY2(invalid < n / 20, qPrintable(e.message() + QStringLiteral(": ") + rule));
            }
        }
        QVERIFY2(informative > n / 4, qPrintable(QStringLiteral("only %1 of %2 rules select some "
                                                                "but not all customers")
                                                     .arg(informative)
                                                     .arg(n)));
        // Everything ran from the cache: one scan per new set of columns, not one per rule.
        QVERIFY(engine.cache().scans() < n / 4);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hand = Workspace::create(m_dir.filePath(QStringLiteral("hand.cwb")));
        test::fillRuleWorkspace(*m_hand);
        m_edge = Workspace::create(m_dir.filePath(QStringLiteral("edge.cwb")));
        fillEdgeWorkspace(*m_edge);

        const QString csv = m_dir.filePath(QStringLiteral("demo.csv"));
        ExtractOptions extract;
        extract.rows = 3000;
        extract.seed = 7;
        writeExtract(csv, extract);
        m_demo = Workspace::create(m_dir.filePath(QStringLiteral("demo.cwb")));
        Importer::run(*m_demo, csv, ImportOptions{});
        QVERIFY(m_demo->customerCount() > 2900);
    }

    void handCountedRules()
    {
        RuleEngine engine(*m_hand);
        for (const test::RuleCase &c : test::ruleCases()) {
            qint64 count = -1;
            const QString rule = QString::fromUtf8(c.rule);
            const QString difference = compare(*m_hand, engine, rule, test::kRuleToday, &count);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            QVERIFY2(count == c.expected, c.name);
        }
    }

    void edgeValues_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("expected");
        // fee / fee2: e01 10.5/0, e02 -5/-0.0, e03 0/0 missing; e05 -1, e06 0.0003, e08 1,
        // e09 1e7, e10 -1, e12 -0.5 -> > 1: e09 = 1.
        QTest::newRow("division by zero and -0") << "fee / fee2 > 1" << 1;
        // Byte prefix 北京: e01 北京市, e09 北京, e11 北京市朝阳区 = 3.
        QTest::newRow("chinese prefix") << "name STARTS WITH \"北京\"" << 3;
        // months_between(d2, d1) = 12*dy + dm + (dd2 - dd1)/31:
        // e01 1 + (29-31)/31 = 0.94; e02 1 + 2/31 = 1.06; e04 -11 + 12 - 30/31 = 0.03;
        // e06 -2 + 30/31 = -1.03; e07 ~1198; e08 0; e09 ~290; e12 -3 + 1/31; the rest missing
        // -> >= 1: e02, e07, e09 = 3.
        QTest::newRow("months between month ends") << "months_between(d2, d1) >= 1" << 3;
        // cnt*2 - fee2: e01 6, e02 0, e03 -14, e05 124, e06 3, e08 7, e09 199999.9, e10 9,
        // e12 -8.5 (e04, e07, e11 missing) -> < 0: e03, e12 = 2.
        QTest::newRow("negative arithmetic") << "cnt * 2 - fee2 < 0" << 2;
        // NOT flag: e02, e05, e08, e12 (flag 0); e06's 2 is true so NOT 2 is false; e03, e09,
        // e11 (flag NULL) are unknown; name IS NULL: e03 -> 5.
        QTest::newRow("boolean truth and nulls") << "NOT flag OR name IS NULL" << 5;
        // 2024-01-31 <= d1 < 2024-03-01: e01, e02 = 2.
        QTest::newRow("dates at month ends") << "d1 < \"2024-03-01\" AND d1 >= \"2024-01-31\"" << 2;
        // Empty text is present, not missing: e02 only.
        QTest::newRow("empty text") << "name = \"\"" << 1;
        // Every present name contains "" (instr gives 1): all but e03 -> 11.
        QTest::newRow("contains empty") << "name CONTAINS \"\"" << 11;
        // Text order is byte order: 'Zebra' (Z = 0x5A) < 'a' (0x61) < 'vip' < Chinese (0xE4..):
        // < "b": '', VIP, VIP客户, Zebra, a = 5.
        QTest::newRow("binary text order") << "name < \"b\"" << 5;
    }

    void edgeValues()
    {
        QFETCH(QString, rule);
        QFETCH(int, expected);
        RuleEngine engine(*m_edge);
        qint64 count = -1;
        const QString difference = compare(*m_edge, engine, rule, kEdgeToday, &count);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(count, qint64(expected));
    }

    void randomRulesOnHandTable() { randomRules(*m_hand, 1, 1000, test::kRuleToday); }
    void randomRulesOnEdgeValues() { randomRules(*m_edge, 2, 2000, kEdgeToday); }
    void randomRulesOnDemoExtract() { randomRules(*m_demo, 3, 2500, QDate(2026, 11, 30)); }

    void threePredicateRule()
    {
        RuleEngine engine(*m_demo);
        const QString rule = QStringLiteral("ld_fee_m1 / total_fee_m1 > 0.3 AND brand = \"天翼\" "
                                            "AND months_between(contract_end, today) < 6");
        qint64 count = 0;
        const QString difference = compare(*m_demo, engine, rule, QDate(2026, 11, 23), &count);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(count > 0);
    }

    void referencesInBothPaths_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("expected");
        // The six customers of rulecases.h with (see initReferences):
        //   tag rich = arpu_m1 > 90: c1 100, c4 200, c6 120 (c3's arpu is NULL: not a member);
        //   tag fives = is_5g: c1, c4, c6 (c3 NULL: not a member);
        //   segment north (rule) = city = "北京" OR tag:rich: c1, c3 (北京), c4, c6;
        //   segment picked (list) = c2, c3, c5;
        //   segment mix (rule) = segment:"picked" AND arpu_m1 < 90: c2 50, c5 80 (c3 NULL).
        // A reference is a set, so NOT tag:rich is c2, c3, c5 (c3 included) = 3.
        QTest::newRow("not a tag") << "NOT tag:rich" << 3;
        // north minus fives: c3 = 1.
        QTest::newRow("rule segment and tag") << "segment:\"north\" AND NOT tag:fives" << 1;
        QTest::newRow("list segment") << "segment:\"picked\"" << 3;
        // Not picked: c1, c4, c6; tenure > 10: c1 24, c4 60 (c6 NULL) = 2.
        QTest::newRow("not a list segment") << "NOT segment:\"picked\" AND tenure > 10" << 2;
        // c2, c3, c5 and c1, c4, c6 = 6.
        QTest::newRow("list or tag") << "segment:\"picked\" OR tag:rich" << 6;
        // A rule segment that uses a list segment: c2, c5 = 2.
        QTest::newRow("rule segment over a list") << "segment:\"mix\"" << 2;
        // Not mix: c1, c3, c4, c6; and in north: c1, c3, c4, c6 = 4.
        QTest::newRow("nested not") << "NOT segment:\"mix\" AND segment:\"north\"" << 4;
    }

    void referencesInBothPaths()
    {
        QFETCH(QString, rule);
        QFETCH(int, expected);
        Workspace &workspace = referencesWorkspace();
        RuleEngine engine(workspace);
        qint64 count = -1;
        const QString difference = compare(workspace, engine, rule, test::kRuleToday, &count);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(count, qint64(expected));
        // The CLI's static count (SQL only) agrees.
        QCOMPARE(RuleEngine::count(workspace, rule, test::kRuleToday).count, qint64(expected));
    }

    void randomRulesWithReferences()
    {
        // Random rules saved as tags, a rule segment over two of them and a list segment of
        // every third customer; then random rules combined with references to them, through
        // both paths.
        auto workspace = Workspace::create(m_dir.filePath(QStringLiteral("refs-demo.cwb")));
        {
            const QString csv = m_dir.filePath(QStringLiteral("demo.csv"));
            Importer::run(*workspace, csv, ImportOptions{});
        }
        const QDate today(2026, 11, 30);
        SegmentStore store(*workspace, today);
        RuleGenerator generator(*workspace, 4);
        QStringList tags;
        for (int i = 0; tags.size() < 6 && i < 100; ++i) {
            TagDefinition tag;
            tag.name = QStringLiteral("t%1").arg(tags.size());
            tag.rule = generator.rule();
            try {
                store.saveTag(tag);
                tags << tag.name;
            } catch (const RuleError &) {
                // the generator's rare type slip
            }
        }
        QCOMPARE(tags.size(), 6);
        store.addSegment(QStringLiteral("rs"), QStringLiteral("tag:t0 OR (tag:t1 AND NOT tag:t2)"));
        QStringList ids;
        {
            Statement query(workspace->db(),
                            "SELECT customer_id FROM customers WHERE rowid % 3 = 0");
            while (query.step())
                ids << query.text(0);
        }
        QVERIFY(ids.size() > 900);
        store.addListSegment(QStringLiteral("ls"), ids);
        store.addSegment(QStringLiteral("rl"), QStringLiteral("segment:\"ls\" AND tag:t3"));

        const QStringList references = {
            QStringLiteral("tag:t0"),         QStringLiteral("tag:t1"),
            QStringLiteral("tag:t2"),         QStringLiteral("tag:t3"),
            QStringLiteral("tag:t4"),         QStringLiteral("tag:t5"),
            QStringLiteral("segment:\"rs\""), QStringLiteral("segment:\"ls\""),
            QStringLiteral("segment:\"rl\"")};
        std::mt19937_64 random(5);
        const auto pick = [&](const QStringList &from) {
            return from.at(qsizetype(random() % quint64(from.size())));
        };
        RuleEngine engine(*workspace);
        const qint64 base = workspace->customerCount();
        int informative = 0;
        int invalid = 0;
        const int n = 400;
        for (int i = 0; i < n; ++i) {
            const QString reference = pick(references);
            QString rule;
            switch (random() % 4) {
            case 0:
                rule = reference;
                break;
            case 1:
                rule = QStringLiteral("NOT %1").arg(reference);
                break;
            case 2:
                rule = QStringLiteral("(%1) AND %2").arg(generator.rule(), reference);
                break;
            default:
                rule = QStringLiteral("NOT %1 OR (%2) AND NOT %3")
                           .arg(reference, generator.rule(), pick(references));
                break;
            }
            try {
                qint64 count = 0;
                const QString difference = compare(*workspace, engine, rule, today, &count);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
                if (count > 0 && count < base)
                    ++informative;
            } catch (const RuleError &e) {
                ++invalid;
                QVERIFY2(invalid < n / 20, qPrintable(e.message() + QStringLiteral(": ") + rule));
            }
        }
        QVERIFY2(informative > n / 4,
                 qPrintable(QStringLiteral("only %1 informative").arg(informative)));
    }

    void unresolvedReferencesAreRefused()
    {
        // check() takes trees whose references were expanded (RuleEngine does it); the
        // evaluator declines an unresolved one rather than guess.
        const RuleCompiler compiler(RuleCompiler::loadFields(m_hand->db()), test::kRuleToday);
        const RulePtr rule = parseRule(QStringLiteral("arpu_m1 > 90 AND tag:trader"));
        try {
            compiler.check(*rule);
            QFAIL("no error");
        } catch (const RuleError &e) {
            QCOMPARE(e.message(), QStringLiteral("line 1, col 18: tag:trader must be resolved "
                                                 "before compiling (resolveReferences)"));
        }
        // Through the engine: the unknown tag is named at its place, nothing is loaded.
        RuleEngine engine(*m_hand);
        try {
            engine.count(QStringLiteral("arpu_m1 > 90 AND tag:trader"), test::kRuleToday);
            QFAIL("no error");
        } catch (const RuleError &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("line 1, col 18: ")) &&
                         e.message().contains(QStringLiteral("trader")),
                     qPrintable(e.message()));
        }
        QCOMPARE(engine.cache().scans(), 0);
    }

    void ruleWithoutColumns()
    {
        // A rule that reads no column still counts every row: 6 of 6, in memory.
        RuleEngine engine(*m_hand);
        const RuleCount all = engine.count(QStringLiteral("true"), test::kRuleToday);
        QCOMPARE(all.path, RuleCount::Path::Columnar);
        QCOMPARE(all.count, qint64(6));
        QCOMPARE(all.base, qint64(6));
    }

    void bigNumbersFallBackToSql()
    {
        // tenure * 10^15 may reach 60 * 10^15 > 2^53 (9.007e15), where doubles stop being exact;
        // SQLite multiplies 64-bit integers, so the rule is counted in SQL. tenure >= 3: c1 24, c2
        // 3, c3 12, c4 60 -> 4 (c5 1 no, c6 NULL).
        RuleEngine engine(*m_hand);
        const RuleCount big = engine.count(
            QStringLiteral("tenure * 1000000000000000 >= 3000000000000000"), test::kRuleToday);
        QCOMPARE(big.path, RuleCount::Path::Sql);
        QVERIFY2(big.fallbackReason.contains(QStringLiteral("2^53")),
                 qPrintable(big.fallbackReason));
        QCOMPARE(big.count, qint64(4));
        // tenure * 1000 stays far below 2^53: in memory, the same 4.
        const RuleCount small =
            engine.count(QStringLiteral("tenure * 1000 >= 3000"), test::kRuleToday);
        QCOMPARE(small.path, RuleCount::Path::Columnar);
        QCOMPARE(small.count, qint64(4));
    }

    void badlyStoredValuesFallBackToSql()
    {
        // An integer column holding text (SQLite keeps 'n/a' as TEXT in an INTEGER column, and
        // TEXT sorts above every number): the cache marks the column and SQL counts.
        auto workspace = Workspace::create(m_dir.filePath(QStringLiteral("bad.cwb")));
        test::fillRuleWorkspace(*workspace);
        workspace->db().exec("UPDATE customers SET tenure = 'n/a' WHERE customer_id = 'c5'");
        RuleEngine engine(*workspace);
        // tenure > 20: c1 24, c4 60, and c5's text 'n/a' > 20 in SQLite -> 3.
        const RuleCount result = engine.count(QStringLiteral("tenure > 20"), test::kRuleToday);
        QCOMPARE(result.path, RuleCount::Path::Sql);
        QVERIFY2(result.fallbackReason.contains(QStringLiteral("'tenure'")),
                 qPrintable(result.fallbackReason));
        QCOMPARE(result.count, qint64(3));
        // Other columns are unaffected: arpu_m1 > 90 -> 3 in memory.
        const RuleCount other = engine.count(QStringLiteral("arpu_m1 > 90"), test::kRuleToday);
        QCOMPARE(other.path, RuleCount::Path::Columnar);
        QCOMPARE(other.count, qint64(3));
    }

    void cacheReusesAndReloads()
    {
        auto workspace = Workspace::create(m_dir.filePath(QStringLiteral("reload.cwb")));
        test::fillRuleWorkspace(*workspace);
        RuleEngine engine(*workspace);
        ColumnarCache &cache = engine.cache();
        // arpu_m1 > 90 -> 3 (c1, c4, c6): one scan.
        QCOMPARE(engine.count(QStringLiteral("arpu_m1 > 90"), test::kRuleToday).count, qint64(3));
        QCOMPARE(cache.scans(), 1);
        // The same column again: no scan; arpu_m1 < 90 -> c2 50, c5 80 = 2.
        QCOMPARE(engine.count(QStringLiteral("arpu_m1 < 90"), test::kRuleToday).count, qint64(2));
        QCOMPARE(cache.scans(), 1);
        // A new column: one more scan, for city only.
        QCOMPARE(
            engine.count(QStringLiteral("city = \"北京\" AND arpu_m1 > 0"), test::kRuleToday).count,
            qint64(1)); // c1 (c3's arpu is NULL)
        QCOMPARE(cache.scans(), 2);
        QCOMPARE(cache.loadedColumns(), QStringList({"arpu_m1", "city"}));
        // city: 4 distinct values (北京 上海 广州 深圳) in one-byte codes.
        const CachedColumn *city = cache.column(QStringLiteral("CITY"));
        QVERIFY(city);
        QCOMPARE(city->dictSize(), std::size_t(4));
        QCOMPARE(city->codes8.size(), std::size_t(6));
        QVERIFY(city->isNull(5));
        QVERIFY(cache.memoryBytes() > 0);
        // A change recorded in data_version: everything reloads. c2's arpu 50 -> 95: 4 > 90.
        {
            Transaction tx(workspace->db());
            workspace->db().exec("UPDATE customers SET arpu_m1 = 95 WHERE customer_id = 'c2'");
            workspace->bumpDataVersion();
            tx.commit();
        }
        const RuleCount after = engine.count(QStringLiteral("arpu_m1 > 90"), test::kRuleToday);
        QCOMPARE(after.path, RuleCount::Path::Columnar);
        QCOMPARE(after.count, qint64(4));
        QCOMPARE(cache.scans(), 3);
        QCOMPARE(cache.loadedColumns(), QStringList({"arpu_m1"}));
        QCOMPARE(after.base, qint64(6));
        QCOMPARE(after.share, 4.0 / 6.0);
    }

    void rowidsAreSorted()
    {
        RuleEngine engine(*m_demo);
        const RuleSelection s = engine.select(QStringLiteral("total_fee_m1 > 50"));
        QVERIFY(s.count.count > 0);
        QCOMPARE(qint64(s.rowids.size()), s.count.count);
        QVERIFY(std::is_sorted(s.rowids.begin(), s.rowids.end()));
    }
};

QTEST_GUILESS_MAIN(TestDifferential)
#include "tst_differential.moc"
