// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace cwb {

class Workspace;

// The permanent part of the status bar: customer count and the last import of the open
// workspace, read from the engine (Workspace::customerCount, ImportLog::latest).
class WorkspaceStatus : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceStatus(QWidget *parent = nullptr);
    void refresh(Workspace *workspace); // nullptr: no workspace open

private:
    QLabel *m_customers;
    QLabel *m_lastImport;
    QLabel *m_access;
};

} // namespace cwb
