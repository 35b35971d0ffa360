// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/contactlists.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace cwb {

class Workspace;

// The contact lists of the workspace: how many entries the blacklist, the graylist of each
// channel and the do-not-disturb list hold, importing a list file (with its rejected lines),
// and the universal control group of a period (drawn once from a share and a seed).
class ContactListsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ContactListsPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void refresh();
    void setPeriod(const QString &period); // the current campaign's period

    // Imports a list file as the panel's Import button does; returns the result shown (the
    // engine's error message goes to errorText()).
    campaign::ListImportResult importFile(campaign::ListKind kind, const QString &channel,
                                          const QString &path);
    // Draws the universal control group of the period field; empty when drawn, else the error.
    QString drawUniversalControl(double share, quint64 seed);

    QTableWidget *countsTable() const { return m_counts; }
    QString resultText() const;
    QString errorText() const;
    QString universalText() const;

private:
    void importAsked();
    void drawAsked();
    void showUniversal();
    void showError(const QString &message);

    Workspace *m_workspace = nullptr;
    QTableWidget *m_counts;
    QComboBox *m_kind;
    QComboBox *m_channel;
    QLineEdit *m_reason;
    QPushButton *m_import;
    QLabel *m_result;
    QPlainTextEdit *m_rejects;
    QLineEdit *m_period;
    QDoubleSpinBox *m_share;
    QLineEdit *m_seed;
    QPushButton *m_draw;
    QLabel *m_universal;
    QLabel *m_error;
};

} // namespace cwb
