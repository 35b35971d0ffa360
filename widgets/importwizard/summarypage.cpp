// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard/summarypage.h"

#include "importwizard/importwizard.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cwb {

SummaryPage::SummaryPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_form(new QFormLayout),
      m_rejects(new QPushButton(tr("Show Rejected Rows"), this))
{
    setTitle(tr("Import Finished"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    auto *buttons = new QHBoxLayout;
    m_rejects->setObjectName(QStringLiteral("showRejects"));
    buttons->addWidget(m_rejects);
    buttons->addStretch(1);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_rejects, &QPushButton::clicked, m_wizard, &ImportWizard::rejectsRequested);
}

void SummaryPage::initializePage()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const auto &result = m_wizard->result();
    if (!result)
        return;
    const QLocale locale;
    auto add = [&](const QString &label, const QString &value, const char *name) {
        auto *field = new QLabel(value, this);
        field->setObjectName(QLatin1String(name));
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(label, field);
    };
    add(tr("File:"), QFileInfo(result->plan.path).fileName(), "file");
    add(tr("Rows read:"), locale.toString(result->rowsRead), "rowsRead");
    add(tr("Imported:"), locale.toString(result->imported), "imported");
    add(tr("Rejected:"), locale.toString(result->rejected), "rejected");
    add(tr("Rows with a repeated id:"), locale.toString(result->duplicateIds), "duplicateIds");
    if (m_wizard->options().mode == ImportMode::Append)
        add(tr("Replaced earlier rows:"), locale.toString(result->replaced), "replaced");
    add(tr("Columns:"), locale.toString(result->plan.columns.size()), "columns");
    add(tr("Time:"), tr("%1 s").arg(locale.toString(result->seconds, 'f', 1)), "seconds");
    m_rejects->setEnabled(result->rejected > 0);
    setSubTitle(result->rejected > 0
                    ? tr("Some rows were set aside. Look at them to see why; the audit under "
                         "Data shows the quality of each column.")
                    : tr("Every row was imported."));
}

} // namespace cwb
