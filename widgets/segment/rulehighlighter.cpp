// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/rulehighlighter.h"

#include "segment/ruleparser.h"

namespace cwb {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isKeyword(const QString &lower)
{
    static const QSet<QString> keywords = {
        QStringLiteral("and"),    QStringLiteral("or"),      QStringLiteral("not"),
        QStringLiteral("in"),     QStringLiteral("between"), QStringLiteral("contains"),
        QStringLiteral("starts"), QStringLiteral("with"),    QStringLiteral("is"),
        QStringLiteral("null"),   QStringLiteral("true"),    QStringLiteral("false"),
        QStringLiteral("today")};
    return keywords.contains(lower);
}

// Index of the end of a "string" starting at start (past the closing quote, or the line's end).
qsizetype stringEnd(const QString &text, qsizetype start)
{
    qsizetype i = start + 1;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            i += 2;
            continue;
        }
        if (text.at(i++) == QLatin1Char('"'))
            break;
    }
    return i;
}

} // namespace

RuleHighlighter::RuleHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    m_formats[Keyword].setForeground(QColor(0x1f, 0x4e, 0xa8));
    m_formats[Keyword].setFontWeight(QFont::Bold);
    m_formats[Number].setForeground(QColor(0x9c, 0x5d, 0x00));
    m_formats[String].setForeground(QColor(0x1b, 0x7a, 0x2e));
    m_formats[Function].setForeground(QColor(0x7b, 0x2c, 0xa3));
    m_formats[Function].setFontItalic(true);
    m_formats[Reference].setForeground(QColor(0x00, 0x7c, 0x89));
    m_formats[Reference].setFontUnderline(true);
    m_formats[KnownField].setForeground(QColor(0x0b, 0x60, 0x5c));
    m_formats[KnownField].setFontWeight(QFont::DemiBold);
    m_formats[UnknownField].setForeground(QColor(0xb0, 0x2a, 0x1b));
}

void RuleHighlighter::setFieldNames(const QStringList &names)
{
    m_fields.clear();
    for (const QString &name : names)
        m_fields.insert(name.toLower());
    rehighlight();
}

bool RuleHighlighter::isKnownField(const QString &name) const
{
    return m_fields.contains(name.toLower());
}

void RuleHighlighter::highlightBlock(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            const qsizetype start = i;
            while (i < text.size() && (text.at(i).isDigit() || text.at(i) == QLatin1Char('.')))
                ++i;
            setFormat(int(start), int(i - start), m_formats[Number]);
        } else if (c == QLatin1Char('"')) {
            const qsizetype end = stringEnd(text, i);
            setFormat(int(i), int(end - i), m_formats[String]);
            i = end;
        } else if (c == QLatin1Char('`')) {
            qsizetype end = text.indexOf(QLatin1Char('`'), i + 1);
            end = end < 0 ? text.size() : end + 1;
            const QString name = text.mid(i + 1, end - i - 2);
            setFormat(int(i), int(end - i),
                      m_formats[isKnownField(name) ? KnownField : UnknownField]);
            i = end;
        } else if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < text.size() && isWordChar(text.at(i)))
                ++i;
            const QString word = text.mid(start, i - start);
            const QString lower = word.toLower();
            qsizetype next = i;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            const QChar after = next < text.size() ? text.at(next) : QChar();
            if ((lower == QLatin1String("tag") || lower == QLatin1String("segment")) &&
                i < text.size() && text.at(i) == QLatin1Char(':')) {
                // tag:NAME, tag:"NAME", segment:"NAME"
                qsizetype end = i + 1;
                if (end < text.size() && text.at(end) == QLatin1Char('"'))
                    end = stringEnd(text, end);
                else
                    while (end < text.size() && isWordChar(text.at(end)))
                        ++end;
                setFormat(int(start), int(end - start), m_formats[Reference]);
                i = end;
            } else if (isKeyword(lower)) {
                setFormat(int(start), int(i - start), m_formats[Keyword]);
            } else if (after == QLatin1Char('(') && ruleFunctions().contains(lower)) {
                setFormat(int(start), int(i - start), m_formats[Function]);
            } else {
                setFormat(int(start), int(i - start),
                          m_formats[isKnownField(word) ? KnownField : UnknownField]);
            }
        } else {
            ++i;
        }
    }
}

} // namespace cwb
