// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cwb {

class ImportWizard;

// First wizard page: the file (browse or drop), how it is read (encoding, delimiter, sheet:
// detected, each can be overridden) and the first rows as the engine decodes them.
class FilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FilePage(ImportWizard *wizard);
    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void readingChanged();
    void showPlan();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_sheet;
    QLabel *m_detected;
    QTableWidget *m_preview;
    bool m_updating = false;
};

} // namespace cwb
