// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace cwb {

class AuditView;
class DataBrowserView;
class RejectsView;
class Workspace;

// The Data step: the customer table, the data audit and the rejected rows, under tabs, with the
// import button on top.
class DataStep : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        CustomersTab,
        AuditTab,
        RejectsTab
    };

    explicit DataStep(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace);
    void refresh(); // after an import
    void showTab(Tab tab);

signals:
    void importRequested();

private:
    QPushButton *m_importButton;
    QTabWidget *m_tabs;
    DataBrowserView *m_browser;
    AuditView *m_audit;
    RejectsView *m_rejects;
};

} // namespace cwb
