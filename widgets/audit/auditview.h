// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCustomPlot;
class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QTableView;

namespace cwb {

class AuditTableModel;
class Workspace;

// The data audit (数据审核) of the latest import: a table of every column's type, null share,
// distinct values, range, quartiles, invalid, outlier and negative counts, and for the selected
// column a histogram (numbers) or its most frequent values (text). The heading names the fee and
// usage columns with negative values (and their first lines) and the personal columns whose
// values the audit does not keep. Printable and exportable to PDF (the table, then every
// column's chart).
class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace); // nullptr when the workspace was closed
    void refresh();                          // re-read the latest audit (after an import)

    AuditTableModel *model() const { return m_model; }
    QCustomPlot *chart() const { return m_chart; }
    void selectColumn(int row);
    // Writes the report as PDF to `path` (no dialog); throws cwb::Error when it cannot.
    void exportPdf(const QString &path);
    // Paints the report on a paged device laid out at 96 dots per inch (a QPdfWriter or a QPrinter
    // at screen resolution); returns the number of pages.
    int render(QPagedPaintDevice *device);

private:
    void showSelected();
    void exportPdfAsked();
    void print();
    void updateHeader();

    Workspace *m_workspace = nullptr;
    AuditTableModel *m_model;
    QLabel *m_header;
    QTableView *m_table;
    QCustomPlot *m_chart;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
};

} // namespace cwb
