// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/segmentundo.h"

#include <QString>

#include <functional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidgetItem;
class QUndoStack;
class QWidget;

namespace cwb {

class SegmentTask;
class Workspace;

// What the analysis tabs of the Segments step (Profile, Grid, Clusters) and its panels share.
// The texts a user reads stay in the tabs, so that each is translated in its own context.
namespace segmenttab {

// A read-only cell of a result table: numbers right-aligned, text left-aligned.
QTableWidgetItem *cell(const QString &text, bool number = false);

// A share (0.123) as a percentage in the user's locale with one decimal ("12.3%").
QString percent(double share);

// Shows text in a status line; an error in red (a plain text clears the red).
void showStatus(QLabel *status, const QString &text, bool error = false);

// The segment name field beside its Save button (the field takes the width).
QHBoxLayout *saveRow(QLineEdit *name, QPushButton *save);

// Lays tab out: the task's busy row above a splitter of options (left) and results (right),
// stretched optionsStretch : 3; neither side collapses.
void layOutOptionsAndResults(QWidget *tab, SegmentTask *task, QWidget *options, QWidget *results,
                             int optionsStretch);

// Saves a segment made from an analysis result: add runs at once in a store of its own (an
// Error it throws propagates and nothing is recorded), then the change goes on the undo stack as
// text, its Undo removing the segment name; changed runs after each Undo and Redo while owner
// lives.
void addSegment(QUndoStack *stack, QWidget *owner, Workspace *workspace, const QString &text,
                const QString &name, const StoreChange &add, std::function<void()> changed);

} // namespace segmenttab

} // namespace cwb
