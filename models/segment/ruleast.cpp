// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/ruleast.h"

#include <algorithm>

namespace cwb {

RuleError::RuleError(int line, int column, const QString &detail)
    : Error(QStringLiteral("line %1, col %2: %3").arg(line).arg(column).arg(detail)), m_line(line),
      m_column(column), m_detail(detail)
{}

namespace {

// Binding strength, loosest first; a child printed below the strength its parent needs gets
// parentheses.
enum Precedence
{
    kOr = 1,
    kAnd = 2,
    kNot = 3,
    kPredicate = 4,
    kAdditive = 5,
    kMultiplicative = 6,
    kUnary = 7,
    kPrimary = 8
};

bool isKeyword(const QString &word)
{
    static const QStringList keywords = {
        QStringLiteral("and"),    QStringLiteral("or"),      QStringLiteral("not"),
        QStringLiteral("in"),     QStringLiteral("between"), QStringLiteral("contains"),
        QStringLiteral("starts"), QStringLiteral("with"),    QStringLiteral("is"),
        QStringLiteral("null"),   QStringLiteral("true"),    QStringLiteral("false"),
        QStringLiteral("today"),  QStringLiteral("tag"),     QStringLiteral("segment"),
        QStringLiteral("且"),     QStringLiteral("或"),      QStringLiteral("非")};
    return keywords.contains(word.toLower());
}

bool isPlainIdentifier(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    for (QChar c : name)
        if (!c.isLetterOrNumber() && c != QLatin1Char('_'))
            return false;
    return !isKeyword(name);
}

QString quoteString(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

int precedenceOf(const RuleNode &node)
{
    using K = RuleNode::Kind;
    switch (node.kind) {
    case K::Or:
        return kOr;
    case K::And:
        return kAnd;
    case K::Not:
        return kNot;
    case K::Compare:
    case K::In:
    case K::Between:
    case K::Contains:
    case K::StartsWith:
    case K::IsNull:
        return kPredicate;
    case K::Arith:
        return node.text == QLatin1String("+") || node.text == QLatin1String("-") ? kAdditive
                                                                                  : kMultiplicative;
    case K::Negate:
        return kUnary;
    default:
        return kPrimary;
    }
}

QString print(const RuleNode &node, int needed);

QString child(const RuleNode &node, std::size_t i, int needed)
{
    return print(*node.children.at(i), needed);
}

QString printBare(const RuleNode &node)
{
    using K = RuleNode::Kind;
    const QString notWord = node.negated ? QStringLiteral("NOT ") : QString();
    switch (node.kind) {
    case K::Number:
        return node.text;
    case K::String:
        return quoteString(node.text);
    case K::Boolean:
        return node.text.toLower();
    case K::Today:
        return QStringLiteral("today");
    case K::Field:
        return isPlainIdentifier(node.text) ? node.text
                                            : QLatin1Char('`') + node.text + QLatin1Char('`');
    case K::Tag:
        return QStringLiteral("tag:") +
               (isPlainIdentifier(node.text) ? node.text : quoteString(node.text));
    case K::Segment:
        return QStringLiteral("segment:") + quoteString(node.text);
    case K::Not:
        return QStringLiteral("NOT ") + child(node, 0, kNot);
    case K::Negate:
        return QStringLiteral("-") + child(node, 0, kUnary);
    case K::And:
        return child(node, 0, kAnd) + QStringLiteral(" AND ") + child(node, 1, kAnd + 1);
    case K::Or:
        return child(node, 0, kOr) + QStringLiteral(" OR ") + child(node, 1, kOr + 1);
    case K::Compare:
        return child(node, 0, kAdditive) + QLatin1Char(' ') + node.text + QLatin1Char(' ') +
               child(node, 1, kAdditive);
    case K::Arith: {
        const int own = precedenceOf(node);
        return child(node, 0, own) + QLatin1Char(' ') + node.text + QLatin1Char(' ') +
               child(node, 1, own + 1);
    }
    case K::In: {
        QStringList items;
        for (std::size_t i = 1; i < node.children.size(); ++i)
            items << child(node, i, kOr);
        return child(node, 0, kAdditive) + QLatin1Char(' ') + notWord + QStringLiteral("IN (") +
               items.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    case K::Between:
        return child(node, 0, kAdditive) + QLatin1Char(' ') + notWord + QStringLiteral("BETWEEN ") +
               child(node, 1, kAdditive) + QStringLiteral(" AND ") + child(node, 2, kAdditive);
    case K::Contains:
        return child(node, 0, kAdditive) + QLatin1Char(' ') + notWord +
               QStringLiteral("CONTAINS ") + child(node, 1, kAdditive);
    case K::StartsWith:
        return child(node, 0, kAdditive) + QLatin1Char(' ') + notWord +
               QStringLiteral("STARTS WITH ") + child(node, 1, kAdditive);
    case K::IsNull:
        return child(node, 0, kAdditive) +
               (node.negated ? QStringLiteral(" IS NOT NULL") : QStringLiteral(" IS NULL"));
    case K::Call: {
        QStringList args;
        for (std::size_t i = 0; i < node.children.size(); ++i)
            args << child(node, i, kOr);
        return node.text + QLatin1Char('(') + args.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    }
    return {};
}

QString print(const RuleNode &node, int needed)
{
    const QString text = printBare(node);
    return precedenceOf(node) < needed ? QLatin1Char('(') + text + QLatin1Char(')') : text;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[std::size_t(j)];
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            row[std::size_t(j)] =
                std::min({above + 1, row[std::size_t(j) - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

QString printRule(const RuleNode &node)
{
    return print(node, kOr);
}

QString closestName(const QString &word, const QStringList &candidates)
{
    const QString lower = word.toLower();
    // A typo of a short name may change one character, of a longer one up to a third of it.
    const int allowed = std::clamp(int(word.size()) / 3, 1, 3);
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &candidate : candidates) {
        const int d = editDistance(lower, candidate.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace cwb
