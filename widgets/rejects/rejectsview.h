// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cwb {

class RejectsModel;
class Workspace;

// The rows imports refused: line, column, reason and the raw text of each, filtered by import,
// with the selected row's full text below and an export to CSV (cwb::Rejects::exportCsv).
class RejectsView : public QWidget
{
    Q_OBJECT
public:
    explicit RejectsView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace); // nullptr when the workspace was closed
    void refresh();                          // re-read (after an import)

    RejectsModel *model() const { return m_model; }
    // Writes the rejects of the chosen import to `path` (no dialog); returns the rows written.
    qint64 exportTo(const QString &path);

private:
    void fillImports();
    void importChosen();
    void exportCsv();
    void showCurrent();
    void updateStatus();

    Workspace *m_workspace = nullptr;
    RejectsModel *m_model;
    QComboBox *m_imports;
    QLabel *m_status;
    QPushButton *m_export;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
};

} // namespace cwb
