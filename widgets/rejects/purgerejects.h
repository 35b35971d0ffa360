// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/retention.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

class QMessageBox;
class QWidget;

namespace cwb {

class Workspace;

// Data ▸ Purge Rejected Rows…: a confirmation that says how many rejected rows of which imports
// (customer extracts and call outcomes) will be removed, then Retention::purgeRejects.
class PurgeRejects
{
    Q_DECLARE_TR_FUNCTIONS(cwb::PurgeRejects)
public:
    // The question for `held` (what Retention::heldRejects found), with a Purge button as the
    // accepting one and Cancel as the default; shown by run(), grabbed for the documentation.
    static std::unique_ptr<QMessageBox> confirmation(QWidget *parent,
                                                     const QList<HeldRejects> &held);
    // Asks and purges. Returns true when rows were removed; errors are shown, not thrown.
    static bool run(QWidget *parent, Workspace &workspace);
};

} // namespace cwb
