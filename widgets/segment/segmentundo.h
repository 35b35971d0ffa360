// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class QUndoStack;

namespace cwb {

class SegmentStore;
class Workspace;

using StoreChange = std::function<void(SegmentStore &store)>;

// Records a change of the tag library or the saved segments that the caller has just made (so
// that its error showed where it was asked for) on the shell's undo stack: Undo runs undo, Redo
// runs redo again, each in one store transaction, then refresh. A failure (the store refuses,
// e.g. a segment now used by another) is shown in a message box over owner. Nothing happens
// when stack is nullptr.
void pushStoreChange(QUndoStack *stack, QWidget *owner, Workspace *workspace, const QString &text,
                     StoreChange redo, StoreChange undo, std::function<void()> refresh);

} // namespace cwb
