// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/segmentundo.h"

#include "core/error.h"
#include "segment/segmentstore.h"

#include <QMessageBox>
#include <QUndoCommand>
#include <QUndoStack>

namespace cwb {

namespace {

class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(QWidget *owner, Workspace *workspace, const QString &text, StoreChange redo,
                 StoreChange undo, std::function<void()> refresh)
        : m_owner(owner), m_workspace(workspace), m_redo(std::move(redo)), m_undo(std::move(undo)),
          m_refresh(std::move(refresh))
    {
        setText(text);
    }

    void redo() override
    {
        if (m_done) // pushed after the change was made
            return;
        apply(m_redo);
        m_done = true;
    }
    void undo() override
    {
        apply(m_undo);
        m_done = false;
    }

private:
    void apply(const StoreChange &change)
    {
        if (!m_owner) // the view is gone (the stack is cleared when the workspace closes)
            return;
        try {
            SegmentStore store(*m_workspace);
            change(store);
        } catch (const Error &e) {
            QMessageBox::warning(m_owner, QObject::tr("Segments"), e.message());
        }
        if (m_refresh)
            m_refresh();
    }

    QPointer<QWidget> m_owner;
    Workspace *m_workspace;
    StoreChange m_redo, m_undo;
    std::function<void()> m_refresh;
    bool m_done = true;
};

} // namespace

void pushStoreChange(QUndoStack *stack, QWidget *owner, Workspace *workspace, const QString &text,
                     StoreChange redo, StoreChange undo, std::function<void()> refresh)
{
    if (stack && workspace)
        stack->push(new StoreCommand(owner, workspace, text, std::move(redo), std::move(undo),
                                     std::move(refresh)));
}

} // namespace cwb
