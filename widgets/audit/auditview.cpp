// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditview.h"

#include "audit/auditchart.h"
#include "core/atomicfile.h"
#include "core/error.h"
#include "import/audit.h"
#include "itemmodels/audittablemodel.h"
#include "workspace/database.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <functional>

#include <qcustomplot.h>

namespace cwb {

namespace {

// The import an audit belongs to, for the report's heading.
QString importFileName(Workspace *workspace, qint64 importId)
{
    if (!workspace || importId <= 0)
        return {};
    try {
        return workspace->db()
            .scalar("SELECT file_name FROM imports WHERE id = ?", {importId})
            .toString();
    } catch (const Error &) {
        return {};
    }
}

// Negative fees and usage in red, the masked range of personal columns in grey italics.
class AuditCellDelegate : public QStyledItemDelegate
{
public:
    AuditCellDelegate(AuditTableModel *model, QObject *parent)
        : QStyledItemDelegate(parent), m_model(model)
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const ColumnAudit *column = m_model->columnAt(index.row());
        if (!column)
            return;
        if (index.column() == AuditTableModel::NegativeColumn && column->negatives > 0 &&
            isAmount(column->role())) {
            option->palette.setColor(QPalette::Text, QColor(190, 30, 30));
            option->font.setBold(true);
        } else if ((index.column() == AuditTableModel::MinColumn ||
                    index.column() == AuditTableModel::MaxColumn) &&
                   column->masked) {
            option->palette.setColor(QPalette::Text, QColor(128, 128, 128));
            option->font.setItalic(true);
        }
    }

private:
    AuditTableModel *m_model;
};

} // namespace

AuditView::AuditView(QWidget *parent)
    : QWidget(parent), m_model(new AuditTableModel(this)), m_header(new QLabel(this)),
      m_table(new QTableView(this)), m_chart(new QCustomPlot(this)),
      m_printButton(new QPushButton(tr("&Print…"), this)),
      m_pdfButton(new QPushButton(tr("Export &PDF…"), this))
{
    m_header->setObjectName(QStringLiteral("header"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_printButton->setObjectName(QStringLiteral("print"));
    m_pdfButton->setObjectName(QStringLiteral("exportPdf"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_header, 1);
    bar->addWidget(m_printButton);
    bar->addWidget(m_pdfButton);

    m_table->setObjectName(QStringLiteral("audit"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new AuditCellDelegate(m_model, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    m_chart->setObjectName(QStringLiteral("chart"));
    m_chart->setMinimumHeight(220);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditView::showSelected);
    connect(m_printButton, &QPushButton::clicked, this, &AuditView::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &AuditView::exportPdfAsked);
    setWorkspace(nullptr);
}

void AuditView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    refresh();
}

void AuditView::refresh()
{
    AuditReport report;
    QString problem;
    if (m_workspace) {
        try {
            report = loadLatestAudit(m_workspace->db());
        } catch (const Error &error) {
            problem = error.message();
        }
    }
    m_model->setReport(report);
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c)
        header->resizeSection(c, std::min(header->sectionSize(c) + 12, 220));
    updateHeader();
    if (!problem.isEmpty())
        m_header->setText(tr("The audit cannot be read: %1").arg(problem));
    const bool any = m_model->rowCount() > 0;
    m_printButton->setEnabled(any);
    m_pdfButton->setEnabled(any);
    if (any) {
        // open on the first column that has something to show
        int first = 0;
        while (first + 1 < m_model->rowCount() && !AuditChart::hasChart(*m_model->columnAt(first)))
            ++first;
        selectColumn(first);
    } else
        AuditChart::clear(m_chart, QString());
}

void AuditView::updateHeader()
{
    const AuditReport &report = m_model->report();
    if (!m_workspace) {
        m_header->setText(tr("No workspace is open."));
        return;
    }
    if (report.auditId == 0) {
        m_header->setText(tr("No audit yet: import a customer extract and its data audit appears "
                             "here."));
        return;
    }
    const QLocale locale;
    const QDateTime computed = QDateTime::fromString(report.computedAt, Qt::ISODate);
    QString text = tr("<b>Data audit</b> of import #%1 (%2): %3 rows, %4 columns, computed %5.")
                       .arg(report.importId)
                       .arg(importFileName(m_workspace, report.importId).toHtmlEscaped(),
                            locale.toString(report.rows), locale.toString(report.columns.size()),
                            locale.toString(computed.toLocalTime(), QLocale::ShortFormat));
    if (report.duplicateIds > 0)
        text += QLatin1Char(' ') + tr("%1 rows carried a customer id seen before.")
                                       .arg(locale.toString(report.duplicateIds));
    QStringList negative, masked;
    for (const ColumnAudit &column : report.columns) {
        const QString label = (column.label.isEmpty() ? column.name : column.label).toHtmlEscaped();
        if (column.masked)
            masked << label;
        if (column.negatives > 0 && isAmount(column.role())) {
            const QString lines = AuditTableModel::negativeLinesText(column, report.importId);
            negative << tr("%1: %n row(s)", nullptr, int(column.negatives)).arg(label) +
                            (lines.isEmpty() ? QString()
                                             : QStringLiteral(" (%1)").arg(lines.toHtmlEscaped()));
        }
    }
    if (!negative.isEmpty())
        text += QStringLiteral("<br><span style=\"color:#be1e1e\">") +
                tr("<b>Negative fees or usage</b> (a mistake in the extract, or refunds to check): "
                   "%1.")
                    .arg(negative.join(QStringLiteral("; "))) +
                QStringLiteral("</span>");
    if (!masked.isEmpty())
        text += QStringLiteral("<br>") +
                tr("Personal data (%1): counted, but no values are kept in the audit.")
                    .arg(masked.join(QStringLiteral(", ")));
    m_header->setText(text);
}

void AuditView::selectColumn(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    showSelected();
}

void AuditView::showSelected()
{
    const ColumnAudit *column = m_model->columnAt(m_table->currentIndex().row());
    if (column)
        AuditChart::draw(m_chart, *column);
    else
        AuditChart::clear(m_chart, QString());
}

int AuditView::render(QPagedPaintDevice *device)
{
    const AuditReport &report = m_model->report();
    QCPPainter painter(device);
    if (!painter.isActive())
        throw Error(tr("cannot write to the output (is the file writable?)"));
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    const QRect page(0, 0, device->width(), device->height());
    int pages = 1;

    QFont titleFont = font();
    titleFont.setPixelSize(18);
    titleFont.setBold(true);
    QFont textFont = font();
    textFont.setPixelSize(10);
    QFont boldFont = textFont;
    boldFont.setBold(true);

    int y = 0;
    painter.setFont(titleFont);
    painter.drawText(QRect(0, y, page.width(), 28), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Data audit"));
    y += 30;
    painter.setFont(textFont);
    QTextDocument heading;
    heading.setDefaultFont(textFont);
    heading.setHtml(m_header->text());
    heading.setTextWidth(page.width());
    painter.save();
    painter.translate(0, y);
    heading.drawContents(&painter);
    painter.restore();
    y += int(heading.size().height()) + 8;

    // The table: column widths proportional to the on-screen ones.
    const int columns = m_model->columnCount();
    QList<int> widths;
    int total = 0;
    for (int c = 0; c < columns; ++c)
        total += m_table->columnWidth(c);
    int x = 0;
    QList<int> lefts;
    for (int c = 0; c < columns; ++c) {
        lefts << x;
        widths << (total > 0 ? m_table->columnWidth(c) * page.width() / total : 0);
        x += widths.last();
    }
    const int rowHeight = QFontMetrics(textFont, device).height() + 6;
    const auto drawRow = [&](const std::function<QString(int)> &text, int r, bool bold) {
        painter.setFont(bold ? boldFont : textFont);
        if (r % 2 == 1)
            painter.fillRect(QRect(0, y, page.width(), rowHeight), QColor(240, 243, 247));
        for (int c = 0; c < columns; ++c) {
            const int align =
                bold ? int(Qt::AlignHCenter)
                     : m_model->index(r < 0 ? 0 : r, c).data(Qt::TextAlignmentRole).toInt() &
                           int(Qt::AlignHorizontal_Mask);
            const QRect cell(lefts.at(c) + 3, y, widths.at(c) - 6, rowHeight);
            painter.drawText(
                cell, align | Qt::AlignVCenter,
                painter.fontMetrics().elidedText(text(c), Qt::ElideRight, cell.width()));
        }
        y += rowHeight;
    };
    const auto headerRow = [&] {
        drawRow([&](int c) { return m_model->headerData(c, Qt::Horizontal).toString(); }, -2, true);
        painter.setPen(QPen(Qt::black, 1));
        painter.drawLine(QLineF(0, y, page.width(), y));
    };
    headerRow();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (y + rowHeight > page.height()) {
            device->newPage();
            ++pages;
            y = 0;
            headerRow();
        }
        drawRow([&](int c) { return m_model->index(r, c).data().toString(); }, r, false);
    }

    // Every column's chart, four to a page, drawn from the report (not from the table).
    QCustomPlot plot;
    QFont plotFont = textFont;
    plotFont.setPixelSize(11);
    plot.setFont(plotFont);
    for (QCPAxis *axis : {plot.xAxis, plot.yAxis}) {
        axis->setTickLabelFont(plotFont);
        axis->setLabelFont(plotFont);
    }
    const int cellWidth = page.width() / 2, cellHeight = page.height() / 2;
    for (int i = 0; i < report.columns.size(); ++i) {
        if (i % 4 == 0) {
            device->newPage();
            ++pages;
        }
        plot.resize(cellWidth - 16, cellHeight - 16);
        AuditChart::draw(&plot, report.columns.at(i));
        painter.save();
        painter.translate((i % 2) * cellWidth + 8, ((i / 2) % 2) * cellHeight + 8);
        plot.toPainter(&painter, cellWidth - 16, cellHeight - 16);
        painter.restore();
    }
    painter.end();
    return pages;
}

void AuditView::exportPdf(const QString &path)
{
    QSaveFile file(path); // the PDF appears whole or not at all
    openForWriting(file);
    {
        QPdfWriter writer(&file);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setTitle(tr("Data audit"));
        writer.setCreator(QStringLiteral("Campaign Workbench"));
        render(&writer);
    }
    commitFile(file);
}

void AuditView::exportPdfAsked()
{
    if (!m_workspace)
        return;
    const QFileInfo workspace(m_workspace->path());
    const QString suggested = workspace.dir().filePath(workspace.completeBaseName() + tr("-audit") +
                                                       QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit as PDF"),
                                                      suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        exportPdf(path);
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Export the audit as PDF"),
                             tr("The PDF could not be written:\n%1").arg(error.message()));
    }
}

void AuditView::print()
{
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the data audit"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        render(&printer);
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Print the data audit"), error.message());
    }
}

} // namespace cwb
