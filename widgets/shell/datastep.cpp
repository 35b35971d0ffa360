// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/datastep.h"

#include "audit/auditview.h"
#include "databrowser/databrowserview.h"
#include "rejects/rejectsview.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cwb {

DataStep::DataStep(QWidget *parent)
    : QWidget(parent), m_importButton(new QPushButton(tr("Import Extract…"), this)),
      m_tabs(new QTabWidget(this)), m_browser(new DataBrowserView(this)),
      m_audit(new AuditView(this)), m_rejects(new RejectsView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Customer data"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    top->addWidget(title);
    top->addStretch(1);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(tr("Load a customer extract (CSV or Excel) into this workspace"));
    top->addWidget(m_importButton);
    layout->addLayout(top);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_browser, tr("Customers"));
    m_tabs->addTab(m_audit, tr("Data Audit"));
    m_tabs->addTab(m_rejects, tr("Rejected Rows"));
    layout->addWidget(m_tabs, 1);
    connect(m_importButton, &QPushButton::clicked, this, &DataStep::importRequested);
}

void DataStep::setWorkspace(Workspace *workspace)
{
    m_importButton->setEnabled(workspace && !workspace->isReadOnly());
    m_browser->setWorkspace(workspace);
    m_audit->setWorkspace(workspace);
    m_rejects->setWorkspace(workspace);
}

void DataStep::refresh()
{
    m_browser->refresh();
    m_audit->refresh();
    m_rejects->refresh();
}

void DataStep::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

} // namespace cwb
