// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace cwb {

class ImportWizard;

// Second wizard page: where each source column goes (canonical field, own column or left out),
// its type, the import options, saved mappings, and the checks the plan raises before anything
// is written.
class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void showPlan();
    void fillSavedMappings();
    void applySavedMapping();
    void saveMapping();
    void optionsChanged();

    ImportWizard *m_wizard;
    QComboBox *m_saved;
    QTableWidget *m_table;
    QComboBox *m_mode;
    QComboBox *m_duplicates;
    QDoubleSpinBox *m_rejectLimit;
    QCheckBox *m_generateIds;
    QLabel *m_checks;
    bool m_updating = false;
};

} // namespace cwb
