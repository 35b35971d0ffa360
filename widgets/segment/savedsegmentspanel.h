// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace cwb {

class SegmentTask;
class Workspace;

// The saved segments of the workspace (SegmentStore): name, kind, members, stale flag, last
// update. Saves the current rule as a segment (errors shown under the form), opens a segment's
// rule into the editor, materialises (off the GUI thread, cancellable), removes (after a
// confirmation); saving and removing are undoable on the shell's undo stack. Shows the overlap of
// two segments (A only / B only / both / neither) or the pairwise matrix of more.
class SavedSegmentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SavedSegmentsPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    // The rule "Save" saves (the editor's text).
    void setRuleSource(std::function<QString()> source) { m_ruleSource = std::move(source); }
    // Asks before a removal; default: a message box. Tests replace it.
    void setConfirm(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    void reload();
    // Saves the current rule under the form's name, description and owner; false (and the
    // error under the form) when refused.
    bool saveCurrentRule();
    void selectSegments(const QStringList &names);
    QStringList selectedSegments() const;
    void openSelected();
    void materialiseSelected();
    void removeSelected();
    void overlapSelected();

    QTableWidget *table() const { return m_table; }
    QTableWidget *overlapTable() const { return m_overlap; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QString saveError() const;
    QString statusText() const;
    SegmentTask *task() const { return m_task; }

signals:
    void openRule(const QString &rule);
    void segmentsChanged();

private:
    void updateButtons();
    void showStatus(const QString &text, bool error = false);
    std::function<void()> changedCallback(); // after an undo or redo

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undo = nullptr;
    std::function<QString()> m_ruleSource;
    std::function<bool(const QString &)> m_confirm;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLineEdit *m_owner;
    QPushButton *m_save;
    QLabel *m_saveError;
    QPushButton *m_open;
    QPushButton *m_materialise;
    QPushButton *m_remove;
    QPushButton *m_overlapButton;
    QLabel *m_status;
    QLabel *m_overlapTitle;
    QTableWidget *m_overlap;
    SegmentTask *m_task;
};

} // namespace cwb
