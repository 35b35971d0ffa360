// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/ruleparser.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

namespace cwb {

namespace {

struct Token
{
    enum class Type
    {
        Identifier, // text: the name; quoted: from backticks
        Number,
        String,
        Symbol, // = != <> < <= > >= + - * / ( ) , :
        End
    };
    Type type = Type::End;
    QString text;
    bool quoted = false;
    int line = 1;
    int column = 1;
};

// Splits rule text into tokens, each with its line and column.
class Lexer
{
public:
    explicit Lexer(const QString &text) : m_text(asciiOperators(text)) {}

    std::vector<Token> run()
    {
        std::vector<Token> tokens;
        for (;;) {
            skipBlanks();
            Token token;
            token.line = m_line;
            token.column = column();
            if (m_pos >= m_text.size()) {
                tokens.push_back(token);
                return tokens;
            }
            const QChar c = m_text.at(m_pos);
            // 且, 或, 非 right after a value (`tenure > 1且city = "x"`): the keyword, since a
            // value cannot go on with a name.
            const bool afterValue = !tokens.empty() && m_pos > 0 &&
                                    !m_text.at(m_pos - 1).isSpace() &&
                                    (tokens.back().type == Token::Type::Number ||
                                     tokens.back().type == Token::Type::String ||
                                     (tokens.back().type == Token::Type::Symbol &&
                                      tokens.back().text == QLatin1String(")")));
            if (afterValue && !chineseKeyword(c).isEmpty()) {
                token.type = Token::Type::Identifier;
                token.text = chineseKeyword(c);
                ++m_pos;
            } else if (c.isDigit()) {
                token.type = Token::Type::Number;
                token.text = number();
            } else if (c == QLatin1Char('"')) {
                token.type = Token::Type::String;
                token.text = string(token);
            } else if (c == QLatin1Char('`')) {
                token.type = Token::Type::Identifier;
                token.quoted = true;
                token.text = backticked(token);
            } else if (c.isLetter() || c == QLatin1Char('_')) {
                token.type = Token::Type::Identifier;
                const qsizetype start = m_pos;
                while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() ||
                                                 m_text.at(m_pos) == QLatin1Char('_')))
                    ++m_pos;
                token.text = m_text.mid(start, m_pos - start);
                // 且, 或, 非 on their own are AND, OR, NOT.
                if (token.text.size() == 1 && !chineseKeyword(token.text.at(0)).isEmpty())
                    token.text = chineseKeyword(token.text.at(0));
            } else {
                token.type = Token::Type::Symbol;
                token.text = symbol(token);
            }
            tokens.push_back(token);
        }
    }

private:
    int column() const { return int(m_pos - m_lineStart) + 1; }

    static QString chineseKeyword(QChar c)
    {
        switch (c.unicode()) {
        case 0x4E14: // 且
            return QStringLiteral("AND");
        case 0x6216: // 或
            return QStringLiteral("OR");
        case 0x975E: // 非
            return QStringLiteral("NOT");
        default:
            return {};
        }
    }

    // What Chinese input methods type for the rule's punctuation, as the ASCII character, one
    // for one (so lines and columns stay those of the text as typed): full-width operators,
    // digits and parentheses (（ ） ＞＝ ！＝ ， ０-９ ...) outside strings and backticks, and
    // curly quotes around strings. Text inside strings and names are left as typed.
    static QString asciiOperators(const QString &text)
    {
        static const QString operators = QStringLiteral("!\"(),*+-./:<=>0123456789");
        QString out = text;
        enum class In
        {
            Rule,
            String,
            Backticks
        } in = In::Rule;
        for (qsizetype i = 0; i < out.size(); ++i) {
            const QChar c = out.at(i);
            switch (in) {
            case In::Rule:
                if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E &&
                    operators.contains(QChar(c.unicode() - 0xFEE0)))
                    out[i] = QChar(c.unicode() - 0xFEE0);
                else if (c == QChar(0x201C) || c == QChar(0x201D)) // “ ”
                    out[i] = QLatin1Char('"');
                if (out.at(i) == QLatin1Char('"'))
                    in = In::String;
                else if (out.at(i) == QLatin1Char('`'))
                    in = In::Backticks;
                break;
            case In::String:
                if (c == QLatin1Char('\\')) {
                    ++i; // an escaped character stays in the string
                } else if (c == QLatin1Char('"') || c == QChar(0x201D)) {
                    out[i] = QLatin1Char('"');
                    in = In::Rule;
                } else if (c == QLatin1Char('\n')) {
                    in = In::Rule;
                }
                break;
            case In::Backticks:
                if (c == QLatin1Char('`') || c == QLatin1Char('\n'))
                    in = In::Rule;
                break;
            }
        }
        return out;
    }

    void skipBlanks()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace()) {
            if (m_text.at(m_pos) == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
            ++m_pos;
        }
    }

    QString number()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos).isDigit())
            ++m_pos;
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('.')) {
            ++m_pos;
            if (m_pos >= m_text.size() || !m_text.at(m_pos).isDigit())
                throw RuleError(
                    m_line, column(),
                    QCoreApplication::translate("cwb::Rule", "expected digits after '.'"));
            while (m_pos < m_text.size() && m_text.at(m_pos).isDigit())
                ++m_pos;
        }
        if (m_pos < m_text.size() &&
            ((m_text.at(m_pos).isLetter() && chineseKeyword(m_text.at(m_pos)).isEmpty()) ||
             m_text.at(m_pos) == QLatin1Char('_')))
            throw RuleError(
                m_line, column(),
                QCoreApplication::translate("cwb::Rule",
                                            "expected a blank or an operator after the number '%1'")
                    .arg(m_text.mid(start, m_pos - start)));
        return m_text.mid(start, m_pos - start);
    }

    QString string(const Token &token)
    {
        QString value;
        ++m_pos; // opening quote
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('"')) {
                ++m_pos;
                return value;
            }
            if (c == QLatin1Char('\n'))
                break;
            if (c == QLatin1Char('\\')) {
                const QChar next = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar();
                if (next != QLatin1Char('"') && next != QLatin1Char('\\'))
                    throw RuleError(m_line, column(),
                                    QStringLiteral("unknown escape in a string: only \\\" and \\\\ "
                                                   "are allowed"));
                value += next;
                m_pos += 2;
                continue;
            }
            value += c;
            ++m_pos;
        }
        throw RuleError(token.line, token.column,
                        QStringLiteral("unterminated string: expected a closing '\"' on the same "
                                       "line"));
    }

    QString backticked(const Token &token)
    {
        const qsizetype start = ++m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char('`') &&
               m_text.at(m_pos) != QLatin1Char('\n'))
            ++m_pos;
        if (m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char('`'))
            throw RuleError(token.line, token.column,
                            QCoreApplication::translate(
                                "cwb::Rule", "unterminated field name: expected a closing '`'"));
        const QString name = m_text.mid(start, m_pos - start);
        ++m_pos;
        if (name.trimmed().isEmpty())
            throw RuleError(token.line, token.column,
                            QCoreApplication::translate(
                                "cwb::Rule", "expected a field name between the backticks"));
        return name;
    }

    QString symbol(const Token &token)
    {
        const QString two = m_text.mid(m_pos, 2);
        static const QStringList pairs = {QStringLiteral("!="), QStringLiteral("<>"),
                                          QStringLiteral("<="), QStringLiteral(">=")};
        if (pairs.contains(two)) {
            m_pos += 2;
            return two;
        }
        const QChar c = m_text.at(m_pos);
        if (QStringLiteral("=<>+-*/(),:").contains(c)) {
            ++m_pos;
            return QString(c);
        }
        // Chinese input methods type full-width punctuation; name the ASCII character meant.
        QChar meant;
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            meant = QChar(c.unicode() - 0xFEE0);
        else if (c == QChar(0x201C) || c == QChar(0x201D))
            meant = QLatin1Char('"');
        if (!meant.isNull())
            throw RuleError(token.line, token.column,
                            QCoreApplication::translate(
                                "cwb::Rule", "unexpected full-width character '%1'; write '%2'")
                                .arg(c, meant));
        throw RuleError(
            token.line, token.column,
            QCoreApplication::translate("cwb::Rule", "unexpected character '%1'").arg(c));
    }

    const QString m_text;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
};

// Recursive descent over the tokens; one method per grammar rule (see ruleparser.h).
class Parser
{
public:
    explicit Parser(std::vector<Token> tokens) : m_tokens(std::move(tokens)) {}

    RulePtr run()
    {
        if (peek().type == Token::Type::End)
            fail(peek(), QCoreApplication::translate(
                             "cwb::Rule", "the rule is empty: expected a condition such as "
                                          "arpu_m1 > 100"));
        RulePtr rule = parseOr();
        const Token &rest = peek();
        if (rest.type != Token::Type::End) {
            if (isSymbol(rest, ")"))
                fail(rest, QCoreApplication::translate("cwb::Rule",
                                                       "unexpected ')' with no matching '('"));
            fail(rest, QCoreApplication::translate(
                           "cwb::Rule", "expected AND, OR or the end of the rule after '%1', found "
                                        "'%2'")
                           .arg(previous().text, shown(rest)));
        }
        return rule;
    }

private:
    const Token &peek(std::size_t ahead = 0) const
    {
        return m_tokens[std::min(m_pos + ahead, m_tokens.size() - 1)];
    }
    const Token &previous() const { return m_tokens[m_pos == 0 ? 0 : m_pos - 1]; }
    const Token &take() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }

    static bool isSymbol(const Token &t, const char *s)
    {
        return t.type == Token::Type::Symbol && t.text == QLatin1String(s);
    }
    static bool isKeyword(const Token &t, const char *word)
    {
        return t.type == Token::Type::Identifier && !t.quoted &&
               t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    bool acceptKeyword(const char *word)
    {
        if (!isKeyword(peek(), word))
            return false;
        take();
        return true;
    }
    static QString shown(const Token &t)
    {
        switch (t.type) {
        case Token::Type::End:
            return QCoreApplication::translate("cwb::Rule", "the end of the rule");
        case Token::Type::String:
            return QLatin1Char('"') + t.text + QLatin1Char('"');
        default:
            return t.text;
        }
    }

    [[noreturn]] static void fail(const Token &at, const QString &detail)
    {
        throw RuleError(at.line, at.column, detail);
    }

    static RulePtr node(RuleNode::Kind kind, const Token &at, const QString &text = {})
    {
        auto n = std::make_unique<RuleNode>();
        n->kind = kind;
        n->text = text;
        n->line = at.line;
        n->column = at.column;
        return n;
    }
    RulePtr binary(RuleNode::Kind kind, const Token &at, RulePtr left, RulePtr right,
                   const QString &text = {})
    {
        RulePtr n = node(kind, at, text);
        n->children.push_back(std::move(left));
        n->children.push_back(std::move(right));
        return sealed(std::move(n), at);
    }

    // Records the height of a finished node (1 + its highest child) and refuses a tree higher
    // than kMaxHeight: printing, compiling and freeing a tree recurse once per level, so a long
    // chain such as 1 + 1 + ... (which the loops below parse without recursion) must not make a
    // tree deep enough to exhaust the stack; and the compiled SQL nests one pair of parentheses
    // per level (more for some functions), and SQLite's parser refuses ~40 nested abs() ("parser
    // stack overflow").
    RulePtr sealed(RulePtr n, const Token &at)
    {
        int height = 0;
        for (const RulePtr &child : n->children) {
            const auto known = m_heights.find(child.get());
            height = std::max(height, known == m_heights.end() ? 1 : known->second);
        }
        ++height;
        if (height > kMaxHeight)
            fail(at, QCoreApplication::translate(
                         "cwb::Rule", "the rule is too deep: more than %1 levels of operators and "
                                      "functions (each AND, OR, NOT, comparison, arithmetic "
                                      "operator or function call adds one); for a list of values "
                                      "write field IN (value, ...)")
                         .arg(kMaxHeight));
        m_heights[n.get()] = height;
        return n;
    }

    RulePtr parseOr()
    {
        const Depth depth(*this, peek());
        RulePtr left = parseAnd();
        while (isKeyword(peek(), "or")) {
            const Token op = take();
            left = binary(RuleNode::Kind::Or, op, std::move(left), parseAnd());
        }
        return left;
    }

    RulePtr parseAnd()
    {
        RulePtr left = parseNot();
        while (isKeyword(peek(), "and")) {
            const Token op = take();
            left = binary(RuleNode::Kind::And, op, std::move(left), parseNot());
        }
        return left;
    }

    RulePtr parseNot()
    {
        if (isKeyword(peek(), "not")) {
            const Depth depth(*this, peek());
            const Token op = take();
            RulePtr n = node(RuleNode::Kind::Not, op);
            n->children.push_back(parseNot());
            return sealed(std::move(n), op);
        }
        return parsePredicate();
    }

    RulePtr parsePredicate()
    {
        RulePtr left = parseSum();
        const Token &t = peek();
        static const QStringList comparisons = {
            QStringLiteral("="),  QStringLiteral("!="), QStringLiteral("<>"), QStringLiteral("<"),
            QStringLiteral("<="), QStringLiteral(">"),  QStringLiteral(">=")};
        if (t.type == Token::Type::Symbol && comparisons.contains(t.text)) {
            const Token op = take();
            return binary(RuleNode::Kind::Compare, op, std::move(left), parseSum(), op.text);
        }
        if (isKeyword(t, "is")) {
            const Token op = take();
            RulePtr n = node(RuleNode::Kind::IsNull, op);
            n->negated = acceptKeyword("not");
            if (!acceptKeyword("null"))
                fail(peek(), QCoreApplication::translate(
                                 "cwb::Rule", "expected NULL or NOT NULL after IS, found '%1'")
                                 .arg(shown(peek())));
            n->children.push_back(std::move(left));
            return sealed(std::move(n), op);
        }
        const bool negated =
            isKeyword(t, "not") && (isKeyword(peek(1), "in") || isKeyword(peek(1), "between") ||
                                    isKeyword(peek(1), "contains") || isKeyword(peek(1), "starts"));
        if (negated)
            take();
        const Token op = peek();
        RulePtr n;
        if (acceptKeyword("in")) {
            n = node(RuleNode::Kind::In, op);
            n->children.push_back(std::move(left));
            if (!isSymbol(peek(), "("))
                fail(peek(),
                     QCoreApplication::translate("cwb::Rule", "expected '(' after IN, found '%1'")
                         .arg(shown(peek())));
            const Token open = take();
            do {
                n->children.push_back(parseOr());
            } while (isSymbol(peek(), ",") && (take(), true));
            expectClose(open, QCoreApplication::translate("cwb::Rule", "IN list"));
        } else if (acceptKeyword("between")) {
            n = node(RuleNode::Kind::Between, op);
            n->children.push_back(std::move(left));
            n->children.push_back(parseSum());
            if (!acceptKeyword("and"))
                fail(peek(), QCoreApplication::translate(
                                 "cwb::Rule", "expected AND between the bounds of BETWEEN, found "
                                              "'%1'")
                                 .arg(shown(peek())));
            n->children.push_back(parseSum());
        } else if (acceptKeyword("contains")) {
            n = node(RuleNode::Kind::Contains, op);
            n->children.push_back(std::move(left));
            n->children.push_back(parseSum());
        } else if (acceptKeyword("starts")) {
            if (!acceptKeyword("with"))
                fail(peek(), QCoreApplication::translate("cwb::Rule",
                                                         "expected WITH after STARTS, found '%1'")
                                 .arg(shown(peek())));
            n = node(RuleNode::Kind::StartsWith, op);
            n->children.push_back(std::move(left));
            n->children.push_back(parseSum());
        } else {
            return left;
        }
        n->negated = negated;
        return sealed(std::move(n), op);
    }

    RulePtr parseSum()
    {
        RulePtr left = parseProduct();
        while (isSymbol(peek(), "+") || isSymbol(peek(), "-")) {
            const Token op = take();
            left = binary(RuleNode::Kind::Arith, op, std::move(left), parseProduct(), op.text);
        }
        return left;
    }

    RulePtr parseProduct()
    {
        RulePtr left = parseUnary();
        while (isSymbol(peek(), "*") || isSymbol(peek(), "/")) {
            const Token op = take();
            left = binary(RuleNode::Kind::Arith, op, std::move(left), parseUnary(), op.text);
        }
        return left;
    }

    RulePtr parseUnary()
    {
        if (isSymbol(peek(), "-")) {
            const Depth depth(*this, peek());
            const Token op = take();
            RulePtr n = node(RuleNode::Kind::Negate, op);
            n->children.push_back(parseUnary());
            return sealed(std::move(n), op);
        }
        return parsePrimary();
    }

    void expectClose(const Token &open, const QString &what)
    {
        if (isSymbol(peek(), ")")) {
            take();
            return;
        }
        fail(peek(), QCoreApplication::translate(
                         "cwb::Rule", "expected ')' to close the %1 opened at line %2, col %3, "
                                      "found '%4'")
                         .arg(what)
                         .arg(open.line)
                         .arg(open.column)
                         .arg(shown(peek())));
    }

    RulePtr parsePrimary()
    {
        const Token &t = peek();
        switch (t.type) {
        case Token::Type::Number:
            return node(RuleNode::Kind::Number, take(), t.text);
        case Token::Type::String:
            return node(RuleNode::Kind::String, take(), t.text);
        case Token::Type::Symbol:
            if (isSymbol(t, "(")) {
                const Token open = take();
                RulePtr inner = parseOr();
                expectClose(open, QCoreApplication::translate("cwb::Rule", "'('"));
                return inner;
            }
            break;
        case Token::Type::Identifier:
            if (!isReserved(t))
                return identifier();
            break;
        case Token::Type::End:
            break;
        }
        if (m_pos == 0)
            fail(t, QCoreApplication::translate("cwb::Rule", "expected a value, found '%1'")
                        .arg(shown(t)));
        fail(t, QCoreApplication::translate("cwb::Rule", "expected a value after '%1'")
                    .arg(previous().text));
    }

    // Keywords that cannot start a value (a field of that name is written in backticks).
    static bool isReserved(const Token &t)
    {
        static const QStringList reserved = {
            QStringLiteral("and"),    QStringLiteral("or"),      QStringLiteral("not"),
            QStringLiteral("in"),     QStringLiteral("between"), QStringLiteral("contains"),
            QStringLiteral("starts"), QStringLiteral("with"),    QStringLiteral("is")};
        return !t.quoted && t.type == Token::Type::Identifier &&
               reserved.contains(t.text.toLower());
    }

    RulePtr identifier()
    {
        const Token t = take();
        if (t.quoted)
            return fieldNode(t);
        const QString lower = t.text.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("false"))
            return node(RuleNode::Kind::Boolean, t, lower);
        if (lower == QLatin1String("today"))
            return node(RuleNode::Kind::Today, t);
        if (lower == QLatin1String("null"))
            fail(t, QCoreApplication::translate(
                        "cwb::Rule", "NULL is not a value: write IS NULL or IS NOT NULL"));
        if ((lower == QLatin1String("tag") || lower == QLatin1String("segment")) &&
            isSymbol(peek(), ":")) {
            take();
            const Token &name = peek();
            const bool tag = lower == QLatin1String("tag");
            if (name.type == Token::Type::String ||
                (tag && name.type == Token::Type::Identifier && !name.quoted))
                return node(tag ? RuleNode::Kind::Tag : RuleNode::Kind::Segment, t, take().text);
            fail(name,
                 tag ? QCoreApplication::translate("cwb::Rule", "expected a tag name after 'tag:'")
                     : QCoreApplication::translate(
                           "cwb::Rule", "expected a quoted segment name after 'segment:', "
                                        "e.g. segment:\"高值高危\""));
        }
        if (isSymbol(peek(), "("))
            return call(t);
        return fieldNode(t);
    }

    static RulePtr fieldNode(const Token &t)
    {
        RulePtr n = node(RuleNode::Kind::Field, t, t.text);
        n->quoted = t.quoted;
        return n;
    }

    RulePtr call(const Token &name)
    {
        const QString lower = name.text.toLower();
        if (!ruleFunctions().contains(lower)) {
            const QString near = closestName(lower, ruleFunctions());
            fail(name,
                 QCoreApplication::translate("cwb::Rule", "unknown function '%1'%2")
                     .arg(name.text,
                          near.isEmpty()
                              ? QCoreApplication::translate("cwb::Rule", "; functions are ") +
                                    ruleFunctions().join(QStringLiteral(", "))
                              : QCoreApplication::translate("cwb::Rule", "; did you mean '%1'?")
                                    .arg(near)));
        }
        RulePtr n = node(RuleNode::Kind::Call, name, lower);
        const Token open = take();
        if (!isSymbol(peek(), ")")) {
            do {
                n->children.push_back(parseOr());
            } while (isSymbol(peek(), ",") && (take(), true));
        }
        expectClose(open,
                    QCoreApplication::translate("cwb::Rule", "argument list of %1").arg(lower));
        return sealed(std::move(n), name);
    }

    // Counts recursion through parentheses, NOT, unary minus and function arguments so that a
    // pathological rule gives an error instead of exhausting the stack.
    struct Depth
    {
        Depth(Parser &parser, const Token &at) : m_parser(parser)
        {
            if (++m_parser.m_depth > kMaxDepth)
                fail(at, QCoreApplication::translate(
                             "cwb::Rule", "the rule nests too deeply (more than %1 levels of "
                                          "parentheses, NOT, '-' or function calls)")
                             .arg(kMaxDepth));
        }
        ~Depth() { --m_parser.m_depth; }
        Parser &m_parser;
    };
    static constexpr int kMaxDepth = 64;
    static constexpr int kMaxHeight = 32;

    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    int m_depth = 0;
    std::unordered_map<const RuleNode *, int> m_heights; // nodes higher than 1
};

} // namespace

const QStringList &ruleFunctions()
{
    static const QStringList names = {QStringLiteral("abs"),      QStringLiteral("avg"),
                                      QStringLiteral("coalesce"), QStringLiteral("max"),
                                      QStringLiteral("min"),      QStringLiteral("months_between")};
    return names;
}

RulePtr parseRule(const QString &text)
{
    return Parser(Lexer(text).run()).run();
}

} // namespace cwb
