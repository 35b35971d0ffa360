// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace cwb {

// Colours rule text as the parser reads it: keywords (case-insensitive), numbers, "strings",
// function names, tag: and segment: references, and field names or labels: known ones (of the
// workspace's customer columns) in one colour, unknown ones in another. Strings and backticked
// names cannot span lines in the language, so each line is coloured on its own.
class RuleHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum Role
    {
        Keyword,
        Number,
        String,
        Function,
        Reference,
        KnownField,
        UnknownField,
        RoleCount
    };

    explicit RuleHighlighter(QTextDocument *document);

    // The names and labels a rule may use (compared case-insensitively).
    void setFieldNames(const QStringList &names);
    bool isKnownField(const QString &name) const;
    QTextCharFormat format(Role role) const { return m_formats[role]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_formats[RoleCount];
    QSet<QString> m_fields; // lower case
};

} // namespace cwb
