// SPDX-License-Identifier: GPL-3.0-or-later
// The segmentation rule language: parsing and printing, precedence, positioned errors, type
// errors, parameter binding (no user text in SQL) and counts on a hand-made workspace whose
// expected values are computed by hand in the comments.
#include "common/testsupport.h"
#include "rulecases.h"

#include "core/jobcontrol.h"
#include "segment/rulecompiler.h"
#include "segment/ruleengine.h"
#include "segment/ruleparser.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

namespace {

const QDate kToday = test::kRuleToday;

void fillWorkspace(Workspace &workspace)
{
    test::fillRuleWorkspace(workspace);
}

QString roundTrip(const QString &rule)
{
    const QString printed = printRule(*parseRule(rule));
    const QString again = printRule(*parseRule(printed));
    if (again != printed)
        return QStringLiteral("NOT STABLE: ") + printed + QStringLiteral(" -> ") + again;
    return printed;
}

} // namespace

class TestRuleLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    QString errorOf(const QString &rule)
    {
        try {
            RuleEngine::count(*m_workspace, rule, kToday);
        } catch (const Error &e) {
            return e.message();
        }
        return QStringLiteral("(no error)");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = Workspace::create(m_dir.filePath(QStringLiteral("rules.cwb")));
        fillWorkspace(*m_workspace);
    }

    void printing_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("printed");
        QTest::newRow("and binds tighter than or") << "a or b and c"
                                                   << "a OR b AND c";
        QTest::newRow("parentheses kept where needed") << "(a OR b) and c"
                                                       << "(a OR b) AND c";
        QTest::newRow("redundant parentheses dropped") << "((a)) or (b and c)"
                                                       << "a OR b AND c";
        QTest::newRow("product before sum") << "1+2*3>x"
                                            << "1 + 2 * 3 > x";
        QTest::newRow("sum in parentheses") << "(1 + 2) * 3 > x"
                                            << "(1 + 2) * 3 > x";
        QTest::newRow("left associative minus") << "(a - b) - c > 0"
                                                << "a - b - c > 0";
        QTest::newRow("right operand grouped") << "a - (b - c) > 0"
                                               << "a - (b - c) > 0";
        QTest::newRow("not and in") << "not a = 1 and b in (1,2)"
                                    << "NOT a = 1 AND b IN (1, 2)";
        QTest::newRow("negated predicates")
            << "x not between 1 and 2 or y is not null or z not in (\"a\")"
            << "x NOT BETWEEN 1 AND 2 OR y IS NOT NULL OR z NOT IN (\"a\")";
        QTest::newRow("contains and starts with")
            << "note contains \"VIP\" AND `备注 说明` starts   with \"V\""
            << "note CONTAINS \"VIP\" AND `备注 说明` STARTS WITH \"V\"";
        QTest::newRow("escapes") << "note = \"say \\\"hi\\\" \\\\ 你好\""
                                 << "note = \"say \\\"hi\\\" \\\\ 你好\"";
        QTest::newRow("functions and today")
            << "months_between(contract_end, TODAY) < 3 and AVG(a, b, c) >= 1.5"
            << "months_between(contract_end, today) < 3 AND avg(a, b, c) >= 1.5";
        QTest::newRow("unary minus") << "-x > -1"
                                     << "-x > -1";
        QTest::newRow("chinese label") << "长途费_M1 / 总费用_M1 > 0.5"
                                       << "长途费_M1 / 总费用_M1 > 0.5";
        QTest::newRow("keyword field in backticks") << "`in` = true"
                                                    << "`in` = true";
        QTest::newRow("tags and segments") << "tag:trader Or segment:\"高值高危\""
                                           << "tag:trader OR segment:\"高值高危\"";
        QTest::newRow("multi-line") << "a > 1\n  AND\tb <> 2"
                                    << "a > 1 AND b <> 2";
        // What a Chinese input method types: 且 / 或 / 非 for AND / OR / NOT, full-width
        // operators, digits and parentheses, curly quotes; text inside strings stays as typed.
        QTest::newRow("chinese keywords") << "a > 1 且 b < 2 或 非 c = 3"
                                          << "a > 1 AND b < 2 OR NOT c = 3";
        QTest::newRow("chinese keyword right after a value")
            << "a > 1且city = \"北京\"或(b)且c = 1"
            << "a > 1 AND city = \"北京\" OR b AND c = 1";
        QTest::newRow("full-width operators") << "（a ＞＝ １００） 且 b ！＝ 2 且 c IN （1，2）"
                                              << "a >= 100 AND b != 2 AND c IN (1, 2)";
        QTest::newRow("full-width comparison and curly quotes")
            << "city ＝ “北京（东城）” 且 a ＜ ５．５"
            << "city = \"北京（东城）\" AND a < 5.5";
        QTest::newRow("keyword characters inside names and strings")
            << "`非活跃` = 1 AND 非活跃用户 = \"是或否\" AND `非` = 2"
            << "非活跃 = 1 AND 非活跃用户 = \"是或否\" AND `非` = 2";
    }

    void printing()
    {
        QFETCH(QString, rule);
        QFETCH(QString, printed);
        QCOMPARE(roundTrip(rule), printed);
    }

    void precedenceShapesTheTree()
    {
        // a OR b AND c: OR at the root, AND on its right.
        RulePtr r = parseRule(QStringLiteral("a OR b AND c"));
        QCOMPARE(r->kind, RuleNode::Kind::Or);
        QCOMPARE(r->children[1]->kind, RuleNode::Kind::And);
        // NOT a = 1 AND b: AND at the root, NOT applies to the comparison only.
        r = parseRule(QStringLiteral("NOT a = 1 AND b"));
        QCOMPARE(r->kind, RuleNode::Kind::And);
        QCOMPARE(r->children[0]->kind, RuleNode::Kind::Not);
        QCOMPARE(r->children[0]->children[0]->kind, RuleNode::Kind::Compare);
        // 1 + 2 * 3 > x: the comparison's left side is a sum whose right side is a product.
        r = parseRule(QStringLiteral("1 + 2 * 3 > x"));
        QCOMPARE(r->kind, RuleNode::Kind::Compare);
        QCOMPARE(r->children[0]->text, QStringLiteral("+"));
        QCOMPARE(r->children[0]->children[1]->text, QStringLiteral("*"));
        // BETWEEN's AND is not a logical AND: x BETWEEN 1 AND 2 AND y -> AND(BETWEEN, y).
        r = parseRule(QStringLiteral("x BETWEEN 1 AND 2 AND y"));
        QCOMPARE(r->kind, RuleNode::Kind::And);
        QCOMPARE(r->children[0]->kind, RuleNode::Kind::Between);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("message");
        // Columns counted by hand, 1-based, one per character (Chinese characters count one).
        QTest::newRow("unknown field with suggestion")
            << "tenure >= 12 and arpu_m4 > 1" // 'arpu_m4' starts at 18
            << "line 1, col 18: unknown field 'arpu_m4'; did you mean 'arpu_m1'?";
        QTest::newRow("unknown label with suggestion")
            << "长途费_M2 > 1"
            << "line 1, col 1: unknown field '长途费_M2'; did you mean '长途费_M1'?";
        QTest::newRow("unknown field, nothing close") << "zzzzzzzz = 1"
                                                      << "line 1, col 1: unknown field 'zzzzzzzz'";
        QTest::newRow("missing value at the end") << "tenure >" // the end is col 9
                                                  << "line 1, col 9: expected a value after '>'";
        QTest::newRow("keyword where a value should be")
            << "tenure > AND city = \"x\"" // AND at col 10
            << "line 1, col 10: expected a value after '>'";
        QTest::newRow("unterminated string")
            << "city = \"北京" // the quote is col 8
            << "line 1, col 8: unterminated string: expected a closing '\"' on the same line";
        QTest::newRow("unclosed parenthesis")
            << "(tenure > 1 AND city = \"x\"" // 26 characters, the end is col 27
            << "line 1, col 27: expected ')' to close the '(' opened at line 1, col 1, found "
               "'the end of the rule'";
        QTest::newRow("extra parenthesis") << "tenure > 1)"
                                           << "line 1, col 11: unexpected ')' with no matching '('";
        QTest::newRow("two values in a row")
            << "tenure > 1 tenure"
            << "line 1, col 12: expected AND, OR or the end of the rule after '1', found 'tenure'";
        QTest::newRow("unexpected character") << "tenure # 1"
                                              << "line 1, col 8: unexpected character '#'";
        QTest::newRow("full-width character with no rule meaning")
            << "tenure ＃ 1"
            << "line 1, col 8: unexpected full-width character '＃'; write '#'";
        QTest::newRow("curly quote left open")
            << "city = “北京"
            << "line 1, col 8: unterminated string: expected a closing '\"' on the same line";
        QTest::newRow("null as a value")
            << "city = NULL"
            << "line 1, col 8: NULL is not a value: write IS NULL or IS NOT NULL";
        QTest::newRow("IS without NULL")
            << "city IS 1"
            << "line 1, col 9: expected NULL or NOT NULL after IS, found '1'";
        QTest::newRow("unknown function")
            << "avgg(arpu_m1) > 1"
            << "line 1, col 1: unknown function 'avgg'; did you mean 'avg'?";
        QTest::newRow("unterminated backtick")
            << "`备注 说明 = 1"
            << "line 1, col 1: unterminated field name: expected a closing '`'";
        QTest::newRow("empty rule")
            << "  "
            << "line 1, col 3: the rule is empty: expected a condition such as "
               "arpu_m1 > 100";
        // Type errors, reported before anything runs.
        QTest::newRow("text compared with a number, second line")
            << "tenure > 1\nAND city = 5" // '5' is line 2, col 12
            << "line 2, col 12: '=' cannot compare text with a number: 'city' is text but 5 is a "
               "number";
        QTest::newRow("arithmetic on text")
            << "city + 1 > 2"
            << "line 1, col 1: '+' needs a number, but 'city' is text";
        QTest::newRow("contains on a number")
            << "arpu_m1 CONTAINS \"1\""
            << "line 1, col 1: CONTAINS needs text, but 'arpu_m1' is a number";
        QTest::newRow("between with mixed types") << "tenure BETWEEN 1 AND \"x\"" // "x" at col 22
                                                  << "line 1, col 22: BETWEEN cannot compare a "
                                                     "number with text: 'tenure' is a number but "
                                                     "\"x\" is text";
        QTest::newRow("months_between on a number")
            << "months_between(tenure, today) > 1" // tenure at col 16
            << "line 1, col 16: months_between() needs dates, but 'tenure' is a number";
        QTest::newRow("date compared with non-date text")
            << "contract_end < \"soon\"" // "soon" at col 16
            << "line 1, col 16: '<' cannot compare a date with text: 'contract_end' is a date but "
               "\"soon\" is text (write dates as \"YYYY-MM-DD\")";
        QTest::newRow("rule that is not a condition")
            << "arpu_m1 + 1" // '+' at col 9
            << "line 1, col 9: the rule must be a condition (a comparison, IN, BETWEEN, CONTAINS, "
               "IS NULL...), but the expression is a number";
        QTest::newRow("AND on a number")
            << "tenure AND is_5g"
            << "line 1, col 1: AND needs a condition, but 'tenure' is a number";
        QTest::newRow("abs arity") << "abs(tenure, 1) > 0"
                                   << "line 1, col 1: abs() expects 1 argument, got 2";
        QTest::newRow("unknown tag") << "tenure > 1 AND tag:trader" // tag at col 16
                                     << "line 1, col 16: unknown tag 'trader'";
        QTest::newRow("unknown segment") << "segment:\"高值高危\""
                                         << "line 1, col 1: unknown segment '高值高危'";
    }

    void errors()
    {
        QFETCH(QString, rule);
        QFETCH(QString, message);
        QCOMPARE(errorOf(rule), message);
    }

    void limits()
    {
        // The rule is level 1 and each '(' opens one more: 63 parentheses are 64 levels and
        // run; 64 are 65 levels, reported at the first token of level 65 ('a', col 65).
        const auto nested = [](int n) {
            return QString(n, QLatin1Char('(')) + QStringLiteral("arpu_m1 > 90") +
                   QString(n, QLatin1Char(')'));
        };
        QCOMPARE(RuleEngine::count(*m_workspace, nested(63), kToday).count, qint64(3));
        QCOMPARE(errorOf(nested(64)), QStringLiteral("line 1, col 65: the rule nests too deeply "
                                                     "(more than 64 levels of parentheses, NOT, "
                                                     "'-' or function calls)"));
        // A chain of '-': the rule is level 1, the '-' at col k opens level k + 1, so the one
        // at col 64 is too deep (and the 100000-long chain does not exhaust the stack).
        QCOMPARE(errorOf(QString(100000, QLatin1Char('-')) + QStringLiteral("1 > 0")).left(16),
                 QStringLiteral("line 1, col 64: "));
        // Each operator or function call makes the tree one level higher than its highest
        // operand; 32 levels are allowed (SQLite cannot prepare much deeper SQL). k ORs of
        // comparisons (height 2) are 2 + k high: 30 run (3 customers), 31 are refused at the 31st
        // OR, which starts at col 12k + 4(k - 1) + 2 = 16k - 2 = 494 ("arpu_m1 > 90" is 12
        // characters, " OR " 4).
        const auto ors = [](int k) {
            return QStringList(k + 1, QStringLiteral("arpu_m1 > 90")).join(QStringLiteral(" OR "));
        };
        QCOMPARE(RuleEngine::count(*m_workspace, ors(30), kToday).count, qint64(3));
        QCOMPARE(errorOf(ors(31)).left(39),
                 QStringLiteral("line 1, col 494: the rule is too deep: "));
        // arpu_m1 > 1 + ... + 1 with 30 '+' (31 ones): the sum is 31 high, the comparison 32, and
        // it runs: arpu_m1 > 31 keeps c1 100, c2 50, c4 200, c5 80, c6 120 -> 5.
        const auto sum = [](int terms) {
            return QStringLiteral("arpu_m1 > ") +
                   QStringList(terms, QStringLiteral("1")).join(QLatin1Char('+'));
        };
        QCOMPARE(RuleEngine::count(*m_workspace, sum(31), kToday).count, qint64(5));
        // The k-th '+' makes the sum k + 1 high, so with 31 '+' the comparison (33) is refused at
        // the '>' (col 9); a longer chain stops at the 32nd '+' itself, at col 10 + 2k = 74
        // after "arpu_m1 > " (10 characters), and 300000 terms do not exhaust the stack.
        QCOMPARE(errorOf(sum(32)).left(15), QStringLiteral("line 1, col 9: "));
        QCOMPARE(errorOf(sum(33)).left(15), QStringLiteral("line 1, col 74:"));
        QCOMPARE(errorOf(sum(300000)).left(15), QStringLiteral("line 1, col 74:"));
        // 30 nested abs() around a field are 31 high, the comparison 32: SQLite prepares it
        // (abs(...(arpu_m1)) > 90 keeps c1, c4, c6 -> 3).
        QCOMPARE(RuleEngine::count(*m_workspace,
                                   QStringLiteral("abs(").repeated(30) + QStringLiteral("arpu_m1") +
                                       QStringLiteral(")").repeated(30) + QStringLiteral(" > 90"),
                                   kToday)
                     .count,
                 qint64(3));
        // months_between compiles to deeper SQL than one level: inside 29 abs() the tree is
        // within 32 levels but SQLite refuses it; the message says so instead of the SQL.
        QVERIFY(errorOf(QStringLiteral("abs(").repeated(29) +
                        QStringLiteral("months_between(contract_end, today)") +
                        QStringLiteral(")").repeated(29) + QStringLiteral(" > 1"))
                    .startsWith(QStringLiteral("the rule nests too many functions")));
        // max(max(...)) with 2 arguments doubles the SQL per level: 20 levels would be ~10^6
        // repetitions of the field, so it is refused.
        QString maxes = QStringLiteral("arpu_m1");
        for (int i = 0; i < 20; ++i)
            maxes = QStringLiteral("max(%1, tenure)").arg(maxes);
        QVERIFY(errorOf(maxes + QStringLiteral(" > 1")).contains(QStringLiteral("too complex")));
        // A reasonable nesting still runs: max(max(arpu_m1, tenure), tenure) > 100:
        // c1 100 no; c4 200 yes; c6 max(120, NULL) = 120 yes -> 2.
        QCOMPARE(RuleEngine::count(*m_workspace,
                                   QStringLiteral("max(max(arpu_m1, tenure), tenure) > 100"),
                                   kToday)
                     .count,
                 qint64(2));
    }

    void errorCarriesPosition()
    {
        try {
            parseRule(QStringLiteral("a >\n  (b"));
            QFAIL("no error");
        } catch (const RuleError &e) {
            // "(b" opens at line 2, col 3; the end of the text is line 2, col 5.
            QCOMPARE(e.line(), 2);
            QCOMPARE(e.column(), 5);
        }
    }

    void literalsAreBound()
    {
        const RuleCompiler compiler(RuleCompiler::loadFields(m_workspace->db()), kToday);
        const QString evil = QStringLiteral("x' OR 1=1 --");
        const CompiledRule c =
            compiler.compile(QStringLiteral("note = \"x' OR 1=1 --\" OR city IN (\"北京\", "
                                            "\"a\\\"b\") OR tenure > 12"));
        QVERIFY2(!c.sql.contains(QStringLiteral("1=1")), qPrintable(c.sql));
        QVERIFY(!c.sql.contains(QLatin1Char('\'')));
        QVERIFY(!c.sql.contains(QStringLiteral("北京")));
        QVERIFY(!c.sql.contains(QStringLiteral("12")));
        QCOMPARE(c.params.size(), 4);
        QCOMPARE(c.params.at(0).toString(), evil);
        QCOMPARE(c.sql.count(QLatin1Char('?')), 4);
        QCOMPARE(c.sql,
                 QStringLiteral("(((\"note\" = ?) OR (\"city\" IN (?, ?))) OR (\"tenure\" > ?))"));
        // No customer has that note: the injection attempt matches nobody.
        QCOMPARE(RuleEngine::count(*m_workspace, QStringLiteral("note = \"x' OR 1=1 --\""), kToday)
                     .count,
                 qint64(0));
    }

    void counts_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("expected");
        // The rules and their hand-computed counts: tests/segment/rulecases.h.
        for (const test::RuleCase &c : test::ruleCases())
            QTest::newRow(c.name) << QString::fromUtf8(c.rule) << c.expected;
    }
    void counts()
    {
        QFETCH(QString, rule);
        QFETCH(int, expected);
        const RuleCount result = RuleEngine::count(*m_workspace, rule, kToday);
        QCOMPARE(result.count, qint64(expected));
        QCOMPARE(result.base, qint64(6));
    }

    void share()
    {
        // 3 of 6 customers -> 0.5.
        const RuleCount result =
            RuleEngine::count(*m_workspace, QStringLiteral("arpu_m1 > 90"), kToday);
        QCOMPARE(result.share, 0.5);
        QVERIFY(result.sql.contains(QStringLiteral("\"arpu_m1\" > ?")));
    }

    void sample()
    {
        // arpu_m1 > 90 keeps c1 (100), c4 (200), c6 (120); in import order the first two of
        // them are c1 and c4.
        const RuleSample result =
            RuleEngine::sample(*m_workspace, QStringLiteral("arpu_m1 > 90"), 2, kToday);
        QCOMPARE(result.columns.size(), 9);
        QCOMPARE(result.columns.at(0).name, QStringLiteral("customer_id"));
        QCOMPARE(result.columns.at(3).label, QStringLiteral("长途费_M1"));
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.rows.at(0).at(0).toString(), QStringLiteral("c1"));
        QCOMPARE(result.rows.at(1).at(0).toString(), QStringLiteral("c4"));
        QCOMPARE(result.rows.at(1).at(2).toDouble(), 200.0); // arpu_m1
        QCOMPARE(result.rows.at(1).at(3).toDouble(), 150.0); // ld_fee_m1
        QCOMPARE(result.rows.at(0).at(1).toString(), QStringLiteral("北京"));

        // 北京: c1 and c3; c3's missing arpu_m1, is_5g, contract_end and note come back invalid.
        const RuleSample beijing =
            RuleEngine::sample(*m_workspace, QStringLiteral("城市 = \"北京\""), 50, kToday);
        QCOMPARE(beijing.rows.size(), 2);
        QCOMPARE(beijing.rows.at(1).at(0).toString(), QStringLiteral("c3"));
        QVERIFY(!beijing.rows.at(1).at(2).isValid());
        QCOMPARE(beijing.rows.at(1).at(5).toLongLong(), qint64(12)); // tenure

        QVERIFY(RuleEngine::sample(*m_workspace, QStringLiteral("arpu_m1 > 90"), 0, kToday)
                    .rows.isEmpty());
        QVERIFY(RuleEngine::sample(*m_workspace, QStringLiteral("arpu_m1 > 1000"), 50, kToday)
                    .rows.isEmpty());
    }

    void sampleErrors()
    {
        try {
            RuleEngine::sample(*m_workspace, QStringLiteral("arpu_m1 > 1"), -1, kToday);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("0 to 10000")), qPrintable(e.message()));
        }
        try {
            RuleEngine::sample(*m_workspace, QStringLiteral("arpu_m1 >"), 10, kToday);
            QFAIL("no error");
        } catch (const RuleError &e) {
            QCOMPARE(e.line(), 1);
            QCOMPARE(e.column(), 10); // "arpu_m1 >" is 9 characters: the end is column 10
        }
    }

    void cancelledJob()
    {
        JobControl job;
        job.requestCancel();
        QVERIFY_THROWS_EXCEPTION(
            Cancelled,
            RuleEngine::count(*m_workspace, QStringLiteral("arpu_m1 > 90"), kToday, &job));
        QVERIFY_THROWS_EXCEPTION(
            Cancelled,
            RuleEngine::sample(*m_workspace, QStringLiteral("arpu_m1 > 90"), 5, kToday, &job));
        // The connection is left as it was: an uncancelled job counts normally (3 of 6).
        JobControl fresh;
        QCOMPARE(
            RuleEngine::count(*m_workspace, QStringLiteral("arpu_m1 > 90"), kToday, &fresh).count,
            qint64(3));
    }

    void noCustomers()
    {
        auto empty = Workspace::create(m_dir.filePath(QStringLiteral("empty.cwb")));
        try {
            RuleEngine::count(*empty, QStringLiteral("a > 1"), kToday);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("no customers yet")),
                     qPrintable(e.message()));
        }
    }

    void importedExtract()
    {
        // The GBK extract imported as a user would: labels come from its Chinese headers.
        //  customer_id join_date (入网时间) total_fee_m1 (上月总费用) opt_out (拒绝营销)
        //  0010001     2019-03-15          128.5                      0
        //  0010002     2020-07-01          1234.0                     1
        //  0010003     2021-01-05          99.0                       0
        const QString path = m_dir.filePath(QStringLiteral("gbk.cwb"));
        const auto run = test::runCwb(
            {"import", test::testData("import_gbk/extract_gbk.csv"), "--workspace", path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
        // > 100 and not opted out: 0010001 only -> 1 of 3.
        QCOMPARE(RuleEngine::count(*workspace, QStringLiteral("上月总费用 > 100 AND NOT 拒绝营销"),
                                   kToday)
                     .count,
                 qint64(1));
        // Months since joining on 2026-11-23: 0010003 (2021-01-05) is 70 + 18/31 = 70.58,
        // the others more -> >= 70: 3; > 71: 0010001 (92.x), 0010002 (76 + 22/31) = 2.
        QCOMPARE(RuleEngine::count(*workspace,
                                   QStringLiteral("months_between(today, 入网时间) >= 70"), kToday)
                     .count,
                 qint64(3));
        QCOMPARE(RuleEngine::count(*workspace,
                                   QStringLiteral("months_between(today, 入网时间) > 71"), kToday)
                     .count,
                 qint64(2));
    }

    void cli()
    {
        const QString path = m_workspace->path();
        auto run = test::runCwb({"segment", "count", "--rule", "arpu_m1 > 90 AND is_5g",
                                 "--workspace", path, "--json", "--today", "2026-11-23"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        // arpu_m1 > 90: c1, c4, c6, all three with is_5g = 1 -> 3 of 6.
        QCOMPARE(json.value("count").toInteger(), 3);
        QCOMPARE(json.value("base").toInteger(), 6);
        QCOMPARE(json.value("share").toDouble(), 0.5);
        QVERIFY(json.value("sql").toString().contains(QStringLiteral("\"is_5g\"")));

        run = test::runCwb({"segment", "count", "--rule", "months_between(contract_end, today) < 3",
                            "--workspace", path, "--today", "2026-11-23"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("4"), run.out.constData());

        run = test::runCwb(
            {"segment", "count", "--rule", "tenure >= 12 and arpu_m4 > 1", "--workspace", path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains("line 1, col 18: unknown field 'arpu_m4'; did you mean 'arpu_m1'?"),
            run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestRuleLanguage)
#include "tst_rulelanguage.moc"
