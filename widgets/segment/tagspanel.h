// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/segmentstore.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace cwb {

class Workspace;

// The tag library (SegmentStore): name, rule, description. Add or edit a tag in the form under
// the list (errors shown there), remove one (confirmed; refused while used); saving and removing
// are undoable on the shell's undo stack, import a library
// from JSON with the chosen conflict policy (skip / replace / rename) and export it, and insert
// `tag:NAME` into the rule editor.
class TagsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TagsPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    void setConfirm(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    // File dialogs; tests replace them (an empty path cancels).
    void setFileChooser(std::function<QString(bool save)> chooser)
    {
        m_chooseFile = std::move(chooser);
    }

    void reload();
    QString selectedTag() const;
    void selectTag(const QString &name);
    // Saves the form: a new tag, or the selected one edited (same name). false with the error
    // shown when refused.
    bool saveForm();
    void removeSelected();
    void insertSelected();
    bool importFile(const QString &path, TagConflictPolicy policy);
    bool exportFile(const QString &path);

    QTableWidget *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *ruleEdit() const { return m_rule; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *policyBox() const { return m_policy; }
    QString statusText() const;

signals:
    void insertText(const QString &text);
    void tagsChanged();

private:
    void showSelected();
    void showStatus(const QString &text, bool error = false);
    std::function<void()> changedCallback(); // after an undo or redo

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undo = nullptr;
    std::function<bool(const QString &)> m_confirm;
    std::function<QString(bool)> m_chooseFile;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_rule;
    QLineEdit *m_description;
    QPushButton *m_saveButton;
    QPushButton *m_newButton;
    QPushButton *m_removeButton;
    QPushButton *m_insertButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QComboBox *m_policy;
    QLabel *m_status;
};

} // namespace cwb
