// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/ruleeditor.h"

#include "segment/rulecompiler.h"
#include "segment/rulehighlighter.h"
#include "segment/ruleparser.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace cwb {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

RuleEditor::RuleEditor(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new RuleHighlighter(document())),
      m_completer(new QCompleter(this)), m_words(new QStringListModel(this))
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_completer->setModel(m_words);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &RuleEditor::insertCompletion);
    // Editing moves the text, so an old underline would point at the wrong place.
    // (Compared by text: re-colouring also signals a change of the document.)
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_errorMark.isEmpty() && toPlainText() != m_errorText)
            clearError();
    });
    setFields({});
}

void RuleEditor::setFields(const QList<RuleField> &fields)
{
    QStringList names;
    QStringList words;
    for (const RuleField &field : fields) {
        names << field.name;
        words << field.name;
        if (!field.label.isEmpty() && field.label.compare(field.name, Qt::CaseInsensitive) != 0) {
            names << field.label;
            // A label with blanks or symbols is written in backticks.
            bool plain = !field.label.front().isDigit();
            for (QChar c : field.label)
                plain = plain && isWordChar(c);
            words << (plain ? field.label : QLatin1Char('`') + field.label + QLatin1Char('`'));
        }
    }
    for (const QString &function : ruleFunctions())
        words << function + QLatin1Char('(');
    words.removeDuplicates();
    m_words->setStringList(words);
    m_highlighter->setFieldNames(names);
}

QString RuleEditor::wordBeforeCursor() const
{
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    int start = cursor.positionInBlock();
    while (start > 0 && isWordChar(line.at(start - 1)))
        --start;
    if (start > 0 && line.at(start - 1) == QLatin1Char('`'))
        --start;
    return line.mid(start, cursor.positionInBlock() - start);
}

void RuleEditor::insertCompletion(const QString &completion)
{
    QTextCursor cursor = textCursor();
    const int length = int(wordBeforeCursor().size());
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, length);
    cursor.insertText(completion);
    setTextCursor(cursor);
}

void RuleEditor::complete()
{
    showCompletions(true);
}

void RuleEditor::showCompletions(bool evenIfEmpty)
{
    QString prefix = wordBeforeCursor();
    if (prefix.startsWith(QLatin1Char('`')))
        prefix.remove(0, 1);
    if (prefix.isEmpty() && !evenIfEmpty) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    // A word that is already complete needs no popup while typing (Ctrl+Space still shows it).
    if (!evenIfEmpty && m_completer->completionCount() == 1 &&
        m_completer->currentCompletion().compare(prefix, Qt::CaseInsensitive) == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width() + 8);
    m_completer->complete(rect);
}

void RuleEditor::keyPressEvent(QKeyEvent *event)
{
    const bool popupShown = m_completer->popup()->isVisible();
    if (popupShown) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Escape:
            event->ignore(); // the popup takes these
            return;
        default:
            break;
        }
    }
    const bool control = event->modifiers().testFlag(Qt::ControlModifier);
    if (control && event->key() == Qt::Key_Space) {
        complete();
        return;
    }
    if (control && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        emit countRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    if (!typed.isEmpty() && isWordChar(typed.back()) &&
        !event->modifiers().testAnyFlags(Qt::ControlModifier | Qt::AltModifier))
        showCompletions(false);
    else if (popupShown && (event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete))
        showCompletions(false);
    else if (!typed.isEmpty())
        m_completer->popup()->hide();
}

void RuleEditor::inputMethodEvent(QInputMethodEvent *event)
{
    QPlainTextEdit::inputMethodEvent(event);
    // Chinese is typed through an input method: complete after each committed word.
    if (!event->commitString().isEmpty())
        showCompletions(false);
}

void RuleEditor::focusInEvent(QFocusEvent *event)
{
    m_completer->setWidget(this);
    QPlainTextEdit::focusInEvent(event);
}

void RuleEditor::showError(int line, int column)
{
    QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        block = document()->lastBlock();
    const QString text = block.text();
    int start = std::max(0, column - 1);
    int end = start;
    if (start >= text.size()) {
        // Past the end ("expected a value after '>'"): mark the last character written.
        start = int(text.size());
        while (start > 0 && text.at(start - 1).isSpace())
            --start;
        start = std::max(0, start - 1);
        end = std::min(int(text.size()), start + 1);
    } else if (isWordChar(text.at(start))) {
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
    } else if (text.at(start) == QLatin1Char('"') || text.at(start) == QLatin1Char('`')) {
        const qsizetype close = text.indexOf(text.at(start), start + 1);
        end = close < 0 ? int(text.size()) : int(close) + 1;
    } else {
        end = start + 1;
    }
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(block);
    mark.cursor.setPosition(block.position() + start);
    mark.cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(QColor(0xd0, 0x10, 0x10));
    if (end == start) // an empty line: nothing to underline, so tint the line instead
        mark.format.setBackground(QColor(0xfd, 0xe2, 0xe2));
    m_errorMark = {mark};
    m_errorText = toPlainText();
    updateSelections();
}

void RuleEditor::clearError()
{
    if (m_errorMark.isEmpty())
        return;
    m_errorMark.clear();
    updateSelections();
}

QPair<int, int> RuleEditor::errorRange() const
{
    if (m_errorMark.isEmpty())
        return {};
    return {m_errorMark.front().cursor.selectionStart(), m_errorMark.front().cursor.selectionEnd()};
}

void RuleEditor::updateSelections()
{
    setExtraSelections(m_errorMark);
}

} // namespace cwb
