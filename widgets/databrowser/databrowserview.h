// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace cwb {

class CustomerTableModel;
class Workspace;

// The data browser: the workspace's customers in a table that pages lazily (so a 10^6-row
// workspace opens at once), with sortable headers, a debounced quick filter over one or all text
// columns, the count of matches, and copying of the selected cells as tab-separated text.
class DataBrowserView : public QWidget
{
    Q_OBJECT
public:
    explicit DataBrowserView(QWidget *parent = nullptr);
    ~DataBrowserView() override;

    void setWorkspace(Workspace *workspace); // nullptr when the workspace was closed
    void refresh();                          // re-read the customers (after an import)

    CustomerTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Copies the selected cells (with the column headers) to the clipboard; returns the number
    // of cells copied, 0 when nothing was (an empty or too large selection, said in the status).
    qint64 copySelection();

    // Selections larger than this are not copied (the clipboard would hold hundreds of MB).
    static constexpr qint64 kMaxCopyCells = 500000;

private:
    void applyFilter();
    void fillColumnChooser();
    void updateStatus();
    void showContextMenu(const QPoint &pos);
    void fitColumns();

    Workspace *m_workspace = nullptr;
    CustomerTableModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_filterColumn;
    QLabel *m_status;
    QTimer *m_debounce;
    QString m_message; // a transient note (copy result, error) shown after the counts
};

} // namespace cwb
