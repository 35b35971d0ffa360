// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/columntype.h"
#include "segment/ruleast.h"

#include <QDate>
#include <QList>
#include <QVariantList>

#include <unordered_map>
#include <vector>

namespace cwb {

class Database;

// A customer column a rule may name: by its column name or by its label (e.g. 长途费_M1).
struct RuleField
{
    QString name;
    QString label;
    ColumnType type = ColumnType::Text;
};

// A rule as an SQL boolean expression over the customers table. Every literal of the rule is in
// params (bound in order to the '?' in sql); sql holds only operators, function names and
// identifiers resolved against customer_columns and quoted with Database::quoteIdentifier.
struct CompiledRule
{
    QString sql;
    QVariantList params;
};

// The type of a value in a rule as the type checker sees it. Bool is a condition or a yes/no
// field.
enum class RuleType
{
    Number,
    Text,
    Date,
    Bool
};

// What the type checker learned about one node of a rule.
struct RuleNodeInfo
{
    RuleType type = RuleType::Bool;
    RuleField field;          // Field nodes: the column the name or label resolved to
    QVariant literal;         // Number (qint64 or double), String (QString), Boolean (qint64 0
                              // or 1), Today (the ISO date): the value bound to SQL
    bool dateLiteral = false; // a String literal holding a valid 'YYYY-MM-DD'
};

// A parsed rule after type checking, for evaluators other than SQL (the columnar fast path):
// every node's type, resolved field and literal value. It points into the RuleNode tree it was
// made from, which must outlive it.
struct CheckedRule
{
    const RuleNode *root = nullptr;
    QDate today;
    std::unordered_map<const RuleNode *, RuleNodeInfo> nodes;
    // tag: and segment: references, accepted as conditions by check() but not compiled to SQL
    // (yet); when there are any, sql is empty.
    std::vector<const RuleNode *> references;
    CompiledRule sql;

    const RuleNodeInfo &info(const RuleNode &node) const { return nodes.at(&node); }
};

// Checks a parsed rule against the workspace's columns (names, types) and compiles it to SQL.
//
// Semantics (the WHERE clause keeps the customers for whom the rule is TRUE):
// - A missing value (NULL) makes a comparison, IN, BETWEEN, CONTAINS or STARTS WITH unknown,
//   and SQL's three-valued logic is kept: NOT unknown is unknown, unknown AND false is false,
//   unknown OR true is true. Unknown rows are never kept, so `x > 1` and `NOT (x > 1)` both
//   leave out customers whose x is missing; write `x IS NULL` to pick them.
// - Arithmetic is in floating point (integer columns are not divided as integers); a division
//   by zero gives a missing value, so the comparison using it is unknown.
// - CONTAINS is a case-sensitive substring test (instr), STARTS WITH a case-sensitive prefix
//   test (substr); both on text fields only.
// - Dates compare with dates, today, or a string literal 'YYYY-MM-DD'. months_between(a, b) is
//   (year(a) - year(b)) * 12 + month(a) - month(b) + (day(a) - day(b)) / 31, so
//   months_between(contract_end, today) < 3 means "contract ends within 3 months".
// - avg(a, b, ...) averages the arguments that are present (missing ones are skipped; all
//   missing gives missing); min and max likewise ignore missing arguments; coalesce gives the
//   first present argument; abs the absolute value.
// - tag:NAME and segment:"NAME" must be expanded first (resolveReferences, ruleresolver.h); a
//   list segment left in the tree selects the customers whose customer_id is in its saved list.
// - Boolean fields are conditions of their own (`is_5g AND ...`) and compare with true/false
//   (or 1/0).
class RuleCompiler
{
public:
    explicit RuleCompiler(QList<RuleField> fields, QDate today = QDate::currentDate());

    // The columns of the workspace's customers table (customer_columns), bookkeeping excluded.
    static QList<RuleField> loadFields(Database &db);

    CompiledRule compile(const RuleNode &rule) const;
    CompiledRule compile(const QString &ruleText) const; // parse + compile (no references)

    // The same checks as compile() (the same errors), keeping what was learned about each node.
    // tag: and segment: references are accepted as conditions and listed in references.
    CheckedRule check(const RuleNode &rule) const;

private:
    QList<RuleField> m_fields;
    QDate m_today;
};

} // namespace cwb
