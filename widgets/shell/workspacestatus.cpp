// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/workspacestatus.h"

#include "core/error.h"
#include "import/importlog.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace cwb {

WorkspaceStatus::WorkspaceStatus(QWidget *parent)
    : QWidget(parent), m_customers(new QLabel(this)), m_lastImport(new QLabel(this)),
      m_access(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    m_customers->setObjectName(QStringLiteral("customerCount"));
    m_lastImport->setObjectName(QStringLiteral("lastImport"));
    layout->addWidget(m_access);
    layout->addWidget(m_customers);
    layout->addWidget(m_lastImport);
    refresh(nullptr);
}

void WorkspaceStatus::refresh(Workspace *workspace)
{
    if (!workspace) {
        m_customers->setText(tr("No workspace open"));
        m_lastImport->clear();
        m_access->clear();
        return;
    }
    const QLocale locale;
    try {
        m_customers->setText(tr("%1 customers").arg(locale.toString(workspace->customerCount())));
        const auto latest = ImportLog::latest(workspace->db());
        if (latest) {
            const QDateTime when =
                QDateTime::fromString(latest->finishedAt, Qt::ISODate).toLocalTime();
            m_lastImport->setText(
                tr("Last import: %1, %2 (%3 rows, %4 rejected)")
                    .arg(latest->fileName, locale.toString(when, QLocale::ShortFormat),
                         locale.toString(latest->imported), locale.toString(latest->rejected)));
        } else {
            m_lastImport->setText(tr("No import yet"));
        }
    } catch (const Error &error) {
        m_lastImport->setText(tr("Cannot read the workspace: %1").arg(error.message()));
    }
    m_access->setText(workspace->isReadOnly() ? tr("Read-only") : QString());
    m_access->setVisible(workspace->isReadOnly());
}

} // namespace cwb
