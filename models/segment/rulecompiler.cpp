// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/rulecompiler.h"

#include "segment/ruleparser.h"
#include "workspace/database.h"

#include <QCoreApplication>

namespace cwb {

namespace {

using ValueType = RuleType;

QString typeName(ValueType type)
{
    switch (type) {
    case ValueType::Number:
        return QCoreApplication::translate("cwb::Rule", "a number");
    case ValueType::Text:
        return QCoreApplication::translate("cwb::Rule", "text");
    case ValueType::Date:
        return QCoreApplication::translate("cwb::Rule", "a date");
    case ValueType::Bool:
        return QCoreApplication::translate("cwb::Rule", "a condition (yes/no)");
    }
    return {};
}

// A compiled piece of SQL with its parameters in order and its type.
struct Fragment
{
    QString sql;
    QVariantList params;
    ValueType type = ValueType::Bool;
    const RuleNode *node = nullptr;
    bool dateLiteral = false; // a string literal holding a valid 'YYYY-MM-DD'

    Fragment &operator<<(const QString &text)
    {
        sql += text;
        return *this;
    }
    Fragment &operator<<(const char *text)
    {
        sql += QLatin1String(text);
        return *this;
    }
    Fragment &operator<<(const Fragment &other)
    {
        sql += other.sql;
        params += other.params;
        return *this;
    }
};

// A node expanded from a tag or segment carries the reference's position and names the chain.
[[noreturn]] void fail(const RuleNode &at, const QString &detail)
{
    throw RuleError(at.line, at.column,
                    at.via.isEmpty()
                        ? detail
                        : detail +
                              QCoreApplication::translate("cwb::Rule", " (in %1)").arg(at.via));
}

// "'arpu_m1' is a number", "\"abc\" is text", "the expression is a date".
QString describe(const Fragment &f)
{
    QString subject = QCoreApplication::translate("cwb::Rule", "the expression");
    if (f.node->kind == RuleNode::Kind::Field)
        subject = QLatin1Char('\'') + f.node->text + QLatin1Char('\'');
    else if (f.node->kind == RuleNode::Kind::String)
        subject = QLatin1Char('"') + f.node->text + QLatin1Char('"');
    else if (f.node->kind == RuleNode::Kind::Number || f.node->kind == RuleNode::Kind::Boolean)
        subject = f.node->text;
    else if (f.node->kind == RuleNode::Kind::Today)
        subject = QCoreApplication::translate("cwb::Rule", "today");
    return subject +
           (f.type == ValueType::Text ? QCoreApplication::translate("cwb::Rule", " is ")
                                      : QCoreApplication::translate("cwb::Rule", " is ")) +
           typeName(f.type);
}

ValueType valueType(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Decimal:
        return ValueType::Number;
    case ColumnType::Date:
        return ValueType::Date;
    case ColumnType::Boolean:
        return ValueType::Bool;
    case ColumnType::Text:
    case ColumnType::Phone:
        return ValueType::Text;
    }
    return ValueType::Text;
}

// Whether two values may be compared (=, <, IN, BETWEEN, coalesce).
bool comparable(const Fragment &a, const Fragment &b)
{
    if (a.type == b.type)
        return true;
    const auto either = [&](ValueType x, ValueType y) {
        return (a.type == x && b.type == y) || (a.type == y && b.type == x);
    };
    if (either(ValueType::Bool, ValueType::Number))
        return true;
    if (a.type == ValueType::Date && b.type == ValueType::Text)
        return b.dateLiteral;
    if (b.type == ValueType::Date && a.type == ValueType::Text)
        return a.dateLiteral;
    return false;
}

constexpr qsizetype kMaxSqlLength = 200000;

// Compiles one node after checking its operands' types.
class Compiler
{
public:
    Compiler(const QList<RuleField> &fields, QDate today, CheckedRule *checked = nullptr)
        : m_fields(fields), m_today(today), m_checked(checked)
    {}

    Fragment compile(const RuleNode &n) const
    {
        Fragment f = compileBare(n);
        f.node = &n;
        if (m_checked)
            record(n, f);
        // min, max, avg, months_between and STARTS WITH repeat their arguments in the SQL, so
        // nesting them grows the text geometrically; refuse before it gets out of hand.
        if (f.sql.size() > kMaxSqlLength)
            fail(n, QCoreApplication::translate(
                        "cwb::Rule", "the rule is too complex: it expands to more than %1 "
                                     "characters of SQL (nested min/max/avg?)")
                        .arg(kMaxSqlLength));
        return f;
    }

private:
    Fragment operand(const RuleNode &n, std::size_t i) const { return compile(*n.children.at(i)); }

    // Keeps what the checker learned about n (check() only).
    void record(const RuleNode &n, const Fragment &f) const
    {
        using K = RuleNode::Kind;
        RuleNodeInfo &info = m_checked->nodes[&n];
        info.type = f.type;
        info.dateLiteral = f.dateLiteral;
        if (n.kind == K::Number || n.kind == K::String || n.kind == K::Boolean ||
            n.kind == K::Today)
            info.literal = f.params.value(0);
    }

    static Fragment typed(ValueType type)
    {
        Fragment f;
        f.type = type;
        return f;
    }

    static Fragment parameter(ValueType type, const QVariant &value)
    {
        Fragment f = typed(type);
        f.sql = QStringLiteral("?");
        f.params << value;
        return f;
    }

    static void needCondition(const Fragment &f, const QString &what)
    {
        if (f.type != ValueType::Bool)
            fail(*f.node, QCoreApplication::translate("cwb::Rule", "%1 needs a condition, but %2")
                              .arg(what, describe(f)));
    }

    static void needType(const Fragment &f, ValueType type, const QString &what)
    {
        if (f.type != type)
            fail(*f.node, QCoreApplication::translate("cwb::Rule", "%1 needs %2, but %3")
                              .arg(what, typeName(type), describe(f)));
    }

    static void needComparable(const Fragment &value, const Fragment &other, const QString &what)
    {
        if (comparable(value, other))
            return;
        QString hint;
        if (value.type == ValueType::Date || other.type == ValueType::Date)
            hint = QCoreApplication::translate("cwb::Rule", " (write dates as \"YYYY-MM-DD\")");
        fail(*other.node,
             QCoreApplication::translate("cwb::Rule", "%1 cannot compare %2 with %3: %4 but %5%6")
                 .arg(what, typeName(value.type), typeName(other.type), describe(value),
                      describe(other), hint));
    }

    Fragment field(const RuleNode &n) const
    {
        const RuleField *found = nullptr;
        for (const RuleField &f : m_fields)
            if (f.name.compare(n.text, Qt::CaseInsensitive) == 0) {
                found = &f;
                break;
            }
        if (!found)
            for (const RuleField &f : m_fields)
                if (!f.label.isEmpty() && f.label.compare(n.text, Qt::CaseInsensitive) == 0) {
                    found = &f;
                    break;
                }
        if (!found) {
            QStringList names;
            for (const RuleField &f : m_fields) {
                names << f.name;
                if (!f.label.isEmpty())
                    names << f.label;
            }
            const QString near = closestName(n.text, names);
            fail(n, QCoreApplication::translate("cwb::Rule", "unknown field '%1'%2")
                        .arg(n.text, near.isEmpty() ? QString()
                                                    : QCoreApplication::translate(
                                                          "cwb::Rule", "; did you mean '%1'?")
                                                          .arg(near)));
        }
        if (m_checked)
            m_checked->nodes[&n].field = *found;
        Fragment f = typed(valueType(found->type));
        f.sql = Database::quoteIdentifier(found->name);
        return f;
    }

    Fragment number(const RuleNode &n) const
    {
        bool ok = false;
        if (!n.text.contains(QLatin1Char('.'))) {
            const qint64 value = n.text.toLongLong(&ok);
            if (!ok)
                fail(n, QCoreApplication::translate("cwb::Rule", "the number %1 is too large")
                            .arg(n.text));
            return parameter(ValueType::Number, value);
        }
        const double value = n.text.toDouble(&ok);
        if (!ok)
            fail(n, QCoreApplication::translate("cwb::Rule", "expected a number, found '%1'")
                        .arg(n.text));
        return parameter(ValueType::Number, value);
    }

    Fragment compileBare(const RuleNode &n) const
    {
        using K = RuleNode::Kind;
        switch (n.kind) {
        case K::Number:
            return number(n);
        case K::String: {
            Fragment f = parameter(ValueType::Text, n.text);
            f.dateLiteral = n.text.size() == 10 && QDate::fromString(n.text, Qt::ISODate).isValid();
            return f;
        }
        case K::Boolean:
            return parameter(ValueType::Bool, qint64(n.text == QLatin1String("true") ? 1 : 0));
        case K::Today:
            return parameter(ValueType::Date, m_today.toString(Qt::ISODate));
        case K::Field:
            return field(n);
        case K::Tag:
            fail(n, QStringLiteral("tag:%1 must be resolved before compiling (resolveReferences)")
                        .arg(n.text));
        case K::Segment: {
            if (n.segmentId <= 0)
                fail(n, QStringLiteral("segment:\"%1\" must be resolved before compiling "
                                       "(resolveReferences)")
                            .arg(n.text));
            // A list segment: its saved customer ids; ids no longer in the data drop out.
            if (m_checked)
                m_checked->references.push_back(&n);
            Fragment f = typed(ValueType::Bool);
            f << "(\"customer_id\" IN (SELECT customer_id FROM segment_list WHERE segment_id = "
              << parameter(ValueType::Number, n.segmentId) << "))";
            return f;
        }
        case K::Not: {
            const Fragment x = operand(n, 0);
            needCondition(x, QStringLiteral("NOT"));
            return typed(ValueType::Bool) << "(NOT " << x << ")";
        }
        case K::And:
        case K::Or: {
            const QString word = n.kind == K::And ? QStringLiteral("AND") : QStringLiteral("OR");
            const Fragment a = operand(n, 0);
            const Fragment b = operand(n, 1);
            needCondition(a, word);
            needCondition(b, word);
            return typed(ValueType::Bool) << "(" << a << " " << word << " " << b << ")";
        }
        case K::Negate: {
            const Fragment x = operand(n, 0);
            needType(x, ValueType::Number, QStringLiteral("'-'"));
            return typed(ValueType::Number) << "(-" << x << ")";
        }
        case K::Arith: {
            const Fragment a = operand(n, 0);
            const Fragment b = operand(n, 1);
            const QString what = QLatin1Char('\'') + n.text + QLatin1Char('\'');
            needType(a, ValueType::Number, what);
            needType(b, ValueType::Number, what);
            Fragment f = typed(ValueType::Number);
            if (n.text == QLatin1String("/"))
                return f << "(CAST(" << a << " AS REAL) / NULLIF(" << b << ", 0))";
            return f << "(" << a << " " << n.text << " " << b << ")";
        }
        case K::Compare: {
            const Fragment a = operand(n, 0);
            const Fragment b = operand(n, 1);
            needComparable(a, b, QStringLiteral("'%1'").arg(n.text));
            const QString op = n.text == QLatin1String("!=") ? QStringLiteral("<>") : n.text;
            return typed(ValueType::Bool) << "(" << a << " " << op << " " << b << ")";
        }
        case K::In: {
            const Fragment value = operand(n, 0);
            Fragment f = typed(ValueType::Bool);
            f << "(" << value << (n.negated ? " NOT IN (" : " IN (");
            for (std::size_t i = 1; i < n.children.size(); ++i) {
                const Fragment item = operand(n, i);
                needComparable(value, item, QStringLiteral("IN"));
                f << (i > 1 ? ", " : "") << item;
            }
            return f << "))";
        }
        case K::Between: {
            const Fragment value = operand(n, 0);
            const Fragment low = operand(n, 1);
            const Fragment high = operand(n, 2);
            needComparable(value, low, QStringLiteral("BETWEEN"));
            needComparable(value, high, QStringLiteral("BETWEEN"));
            return typed(ValueType::Bool)
                   << "(" << value << (n.negated ? " NOT BETWEEN " : " BETWEEN ") << low << " AND "
                   << high << ")";
        }
        case K::Contains:
        case K::StartsWith: {
            const QString what =
                n.kind == K::Contains ? QStringLiteral("CONTAINS") : QStringLiteral("STARTS WITH");
            const Fragment value = operand(n, 0);
            const Fragment needle = operand(n, 1);
            needType(value, ValueType::Text, what);
            needType(needle, ValueType::Text, what);
            Fragment test = typed(ValueType::Bool);
            if (n.kind == K::Contains)
                test << "(instr(" << value << ", " << needle << ") > 0)";
            else
                test << "(substr(" << value << ", 1, length(" << needle << ")) = " << needle << ")";
            if (!n.negated)
                return test;
            return typed(ValueType::Bool) << "(NOT " << test << ")";
        }
        case K::IsNull: {
            const Fragment value = operand(n, 0);
            return typed(ValueType::Bool)
                   << "(" << value << (n.negated ? " IS NOT NULL)" : " IS NULL)");
        }
        case K::Call:
            return call(n);
        }
        fail(n, QCoreApplication::translate("cwb::Rule", "unsupported expression"));
    }

    std::vector<Fragment> arguments(const RuleNode &n, std::size_t least, std::size_t most) const
    {
        const std::size_t count = n.children.size();
        if (count < least || count > most) {
            const QString expected =
                least == most ? QString::number(least) : QStringLiteral("at least %1").arg(least);
            fail(n, QStringLiteral("%1() expects %2 argument%3, got %4")
                        .arg(n.text, expected, least == 1 && most == 1 ? QString() : "s")
                        .arg(count));
        }
        std::vector<Fragment> args;
        for (std::size_t i = 0; i < count; ++i)
            args.push_back(operand(n, i));
        return args;
    }

    // SQL for the month count of a date: year * 12 + month + day / 31.
    static Fragment monthNumber(const Fragment &date)
    {
        return typed(ValueType::Number)
               << "(CAST(substr(" << date << ", 1, 4) AS INTEGER) * 12 + CAST(substr(" << date
               << ", 6, 2) AS INTEGER) + CAST(substr(" << date << ", 9, 2) AS INTEGER) / 31.0)";
    }

    Fragment call(const RuleNode &n) const
    {
        const QString name = n.text;
        const QString what = name + QStringLiteral("()");
        constexpr std::size_t many = std::size_t(-1);
        if (name == QLatin1String("abs")) {
            const auto args = arguments(n, 1, 1);
            needType(args[0], ValueType::Number, what);
            return typed(ValueType::Number) << "abs(" << args[0] << ")";
        }
        if (name == QLatin1String("months_between")) {
            const auto args = arguments(n, 2, 2);
            for (const Fragment &a : args)
                if (a.type != ValueType::Date && !a.dateLiteral)
                    fail(*a.node, QCoreApplication::translate(
                                      "cwb::Rule", "months_between() needs dates, but %1")
                                      .arg(describe(a)));
            return typed(ValueType::Number)
                   << "(" << monthNumber(args[0]) << " - " << monthNumber(args[1]) << ")";
        }
        if (name == QLatin1String("avg")) {
            const auto args = arguments(n, 1, many);
            Fragment sum = typed(ValueType::Number);
            Fragment present = typed(ValueType::Number);
            for (std::size_t i = 0; i < args.size(); ++i) {
                needType(args[i], ValueType::Number, what);
                sum << (i ? " + " : "") << "coalesce(" << args[i] << ", 0)";
                present << (i ? " + " : "") << "(" << args[i] << " IS NOT NULL)";
            }
            return typed(ValueType::Number)
                   << "(CAST(" << sum << " AS REAL) / NULLIF(" << present << ", 0))";
        }
        if (name == QLatin1String("min") || name == QLatin1String("max")) {
            const auto args = arguments(n, 1, many);
            for (const Fragment &a : args)
                if (a.type != ValueType::Number && a.type != ValueType::Date)
                    fail(*a.node, QCoreApplication::translate("cwb::Rule",
                                                              "%1 needs numbers or dates, but %2")
                                      .arg(what, describe(a)));
            for (const Fragment &a : args)
                needComparable(args[0], a, what);
            if (args.size() == 1)
                return args[0];
            // min(coalesce(a, b, c), coalesce(b, a, c), coalesce(c, a, b)): each term is its
            // first argument when present, so missing arguments are skipped.
            Fragment f = typed(args[0].type);
            f << name << "(";
            for (std::size_t i = 0; i < args.size(); ++i) {
                f << (i ? ", " : "") << "coalesce(" << args[i];
                for (std::size_t j = 0; j < args.size(); ++j)
                    if (j != i)
                        f << ", " << args[j];
                f << ")";
            }
            return f << ")";
        }
        // coalesce
        const auto args = arguments(n, 2, many);
        ValueType type = args[0].type;
        for (const Fragment &a : args) {
            needComparable(args[0], a, what);
            if (a.type == ValueType::Date)
                type = ValueType::Date;
        }
        Fragment f = typed(type);
        f << "coalesce(";
        for (std::size_t i = 0; i < args.size(); ++i)
            f << (i ? ", " : "") << args[i];
        return f << ")";
    }

    const QList<RuleField> &m_fields;
    QDate m_today;
    CheckedRule *m_checked = nullptr; // check(): where node information goes
};

void requireCondition(const RuleNode &rule, const Fragment &f)
{
    if (f.type != ValueType::Bool)
        fail(rule, QCoreApplication::translate(
                       "cwb::Rule", "the rule must be a condition (a comparison, IN, BETWEEN, "
                                    "CONTAINS, IS NULL...), but %1")
                       .arg(describe(f)));
}

} // namespace

RuleCompiler::RuleCompiler(QList<RuleField> fields, QDate today)
    : m_fields(std::move(fields)), m_today(today.isValid() ? today : QDate::currentDate())
{}

QList<RuleField> RuleCompiler::loadFields(Database &db)
{
    QList<RuleField> fields;
    Statement query(db, "SELECT name, label, type FROM customer_columns ORDER BY position");
    while (query.step()) {
        RuleField field;
        field.name = query.text(0);
        field.label = query.text(1);
        field.type = columnTypeFromName(query.text(2)).value_or(ColumnType::Text);
        fields << field;
    }
    return fields;
}

CompiledRule RuleCompiler::compile(const RuleNode &rule) const
{
    const Fragment f = Compiler(m_fields, m_today).compile(rule);
    requireCondition(rule, f);
    return {f.sql, f.params};
}

CheckedRule RuleCompiler::check(const RuleNode &rule) const
{
    CheckedRule checked;
    checked.root = &rule;
    checked.today = m_today;
    const Fragment f = Compiler(m_fields, m_today, &checked).compile(rule);
    requireCondition(rule, f);
    checked.sql = {f.sql, f.params};
    return checked;
}

CompiledRule RuleCompiler::compile(const QString &ruleText) const
{
    return compile(*parseRule(ruleText));
}

} // namespace cwb
