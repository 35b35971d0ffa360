// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;

namespace cwb {

class RuleHighlighter;
struct RuleField;

// The text editor of a segmentation rule: syntax colouring (RuleHighlighter), completion of
// column names, their labels (e.g. 长途费_M1) and functions while a word is typed or on
// Ctrl+Space, and a wavy red underline at the position of a rule error. Ctrl+Return asks for a
// count at once (countRequested). Undo and redo are the editor's own (Ctrl+Z, Ctrl+Shift+Z);
// Tab moves the focus on, as a rule has no use for tab characters.
class RuleEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit RuleEditor(QWidget *parent = nullptr);

    void setFields(const QList<RuleField> &fields);
    QString rule() const { return toPlainText(); }

    // Underlines the text at line/column (1-based, UTF-16 columns as RuleError gives them): the
    // word or symbol there, or the last character before it when the position is past the text.
    void showError(int line, int column);
    void clearError();
    bool hasErrorMark() const { return !m_errorMark.isEmpty(); }
    // The underlined range (document positions), for tests; empty when there is none.
    QPair<int, int> errorRange() const;

    QCompleter *completer() const { return m_completer; }
    RuleHighlighter *highlighter() const { return m_highlighter; }
    // Opens the completion popup for the word before the cursor (also when it is empty).
    void complete();

signals:
    void countRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    QString wordBeforeCursor() const;
    void insertCompletion(const QString &completion);
    void showCompletions(bool evenIfEmpty);
    void updateSelections();

    RuleHighlighter *m_highlighter;
    QCompleter *m_completer;
    QStringListModel *m_words;
    QList<QTextEdit::ExtraSelection> m_errorMark;
    QString m_errorText; // the text the mark belongs to
};

} // namespace cwb
