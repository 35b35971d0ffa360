// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QFormLayout;
class QPushButton;

namespace cwb {

class ImportWizard;

// Last wizard page: what the import did (rows read, imported, rejected, duplicates, time), with
// a button to the rejected rows.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(ImportWizard *wizard);
    void initializePage() override;

private:
    ImportWizard *m_wizard;
    QFormLayout *m_form;
    QPushButton *m_rejects;
};

} // namespace cwb
