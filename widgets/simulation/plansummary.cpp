// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/plansummary.h"

#include "core/atomicfile.h"
#include "core/error.h"
#include "simulate/plansources.h"
#include "simulation/plancellmodel.h"
#include "simulation/resultrows.h"
#include "simulation/simulationcharts.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <qcustomplot.h>

namespace cwb {

using namespace simulate;

namespace {

// Draws a simple table: header row in bold with a rule under it, then the rows; the first
// column left-aligned, the others right-aligned. Returns the y below the table.
int drawTable(QPainter &painter, int x, int y, const QList<int> &widths, const QStringList &header,
              const QList<QStringList> &rows, const QList<bool> &sectionRows, int rowHeight)
{
    QFont font = painter.font();
    QFont bold = font;
    bold.setBold(true);
    const auto drawRow = [&](const QStringList &cells, bool isBold, bool isSection) {
        painter.setFont(isBold ? bold : font);
        int cx = x;
        for (int c = 0; c < widths.size() && c < cells.size(); ++c) {
            const int w = isSection && c == 0 ? widths.at(0) * 3 : widths.at(c);
            const QRect cell(cx + 2, y, w - 4, rowHeight);
            const int align = c == 0 ? Qt::AlignLeft : Qt::AlignRight;
            painter.drawText(
                cell, align | Qt::AlignVCenter,
                painter.fontMetrics().elidedText(cells.at(c), Qt::ElideRight, cell.width()));
            cx += widths.at(c);
        }
        y += rowHeight;
    };
    drawRow(header, true, false);
    int total = 0;
    for (int w : widths)
        total += w;
    painter.setPen(QPen(Qt::black, 1));
    painter.drawLine(QLineF(x, y, x + total, y));
    for (int r = 0; r < rows.size(); ++r) {
        const bool section = r < sectionRows.size() && sectionRows.at(r);
        if (section && r > 0)
            y += rowHeight / 3;
        drawRow(rows.at(r), section, section);
    }
    painter.setFont(font);
    return y;
}

// Page 2: the plan's description and, per cell, every input with where it comes from, then
// the revenue of a completion worked out over the horizon. Rows that do not fit are left out
// with a note (the Sources tab and `cwb simulate` list them all).
void renderSources(QPainter &painter, const QRect &page, const SimulationPlan &plan,
                   const std::vector<SourceLine> &sources, const QString &planName)
{
    QFont textFont = painter.font();
    QFont titleFont = textFont;
    titleFont.setPixelSize(15);
    titleFont.setBold(true);
    QFont bold = textFont;
    bold.setBold(true);
    QFont italic = textFont;
    italic.setItalic(true);
    const int rowHeight = 13;
    int y = 0;
    painter.setFont(titleFont);
    painter.drawText(QRect(0, y, page.width(), 22), Qt::AlignLeft | Qt::AlignVCenter,
                     PlanSummary::tr("Where the inputs come from: %1").arg(planName));
    y += 24;
    painter.setFont(textFont);
    if (!plan.description.isEmpty()) {
        const QRect box = painter.boundingRect(QRect(0, y, page.width(), page.height() / 4),
                                               Qt::AlignLeft | Qt::TextWordWrap, plan.description);
        painter.drawText(box, Qt::AlignLeft | Qt::TextWordWrap, plan.description);
        y = box.bottom() + 8;
    }
    const int labelWidth = page.width() * 38 / 100;
    const int valueWidth = page.width() * 10 / 100;
    const int sourceX = labelWidth + valueWidth + 8;
    const int sourceWidth = page.width() - sourceX;
    QString cell = QStringLiteral("\x01");
    for (size_t i = 0; i < sources.size(); ++i) {
        const SourceLine &line = sources[i];
        const int needed = (line.cell != cell ? rowHeight + 4 : 0) + rowHeight;
        if (y + needed > page.height()) {
            painter.setFont(italic);
            painter.drawText(QRect(0, y, page.width(), rowHeight), Qt::AlignLeft,
                             PlanSummary::tr("Lines left out for want of room: %1 (the "
                                             "Sources tab of the Simulation step lists them).")
                                 .arg(sources.size() - i));
            break;
        }
        if (line.cell != cell) {
            cell = line.cell;
            y += 4;
            painter.setFont(bold);
            painter.drawText(QRect(0, y, page.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             cell.isEmpty() ? PlanSummary::tr("The plan")
                                            : PlanSummary::tr("Cell %1").arg(cell));
            y += rowHeight;
            painter.setPen(QPen(Qt::gray, 0.5));
            painter.drawLine(QLineF(0, y, page.width(), y));
            painter.setPen(Qt::black);
        }
        painter.setFont(line.kind != SourceLine::Kind::Input ? bold
                        : line.changed                       ? italic
                                                             : textFont);
        if (line.assumption)
            painter.setPen(QColor(164, 0, 0));
        const QFontMetrics metrics = painter.fontMetrics();
        painter.drawText(QRect(8, y, labelWidth - 12, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(line.label, Qt::ElideRight, labelWidth - 12));
        painter.drawText(QRect(labelWidth, y, valueWidth, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(line.value, Qt::ElideRight, valueWidth));
        // A long source wraps onto as many lines as it needs.
        const QRect box = painter.boundingRect(QRect(sourceX, y, sourceWidth, page.height()),
                                               Qt::AlignLeft | Qt::TextWordWrap, line.source);
        painter.drawText(QRect(sourceX, y, sourceWidth, std::max(rowHeight, box.height())),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, line.source);
        painter.setPen(Qt::black);
        y += std::max(rowHeight, box.height());
    }
    painter.setFont(textFont);
}

} // namespace

void PlanSummary::render(QPagedPaintDevice *device, const SimulationPlan &plan,
                         const SimulationResult &result, const QString &planName)
{
    QCPPainter painter;
    if (!painter.begin(device))
        throw Error(tr("The summary could not be drawn on the output device."));
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    const QRect page(0, 0, device->width(), device->height());
    QFont textFont = painter.font();
    textFont.setPixelSize(10);
    QFont titleFont = textFont;
    titleFont.setPixelSize(17);
    titleFont.setBold(true);
    const int rowHeight = 14;

    // Title and plan settings
    painter.setFont(titleFont);
    int y = 0;
    painter.drawText(QRect(0, y, page.width(), 24), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("ROI plan for sign-off: %1").arg(planName));
    painter.setFont(textFont);
    painter.drawText(QRect(0, y, page.width(), 24), Qt::AlignRight | Qt::AlignVCenter,
                     QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    y += 26;
    painter.drawText(
        QRect(0, y, page.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Horizon %1 months · %2 Monte Carlo draws · seed %3 · alpha %4 · power %5 · "
           "money in yuan")
            .arg(QLocale().toString(plan.horizonMonths, 'g', 4))
            .arg(QLocale().toString(plan.draws))
            .arg(plan.seed)
            .arg(QLocale().toString(plan.alpha, 'g', 3), QLocale().toString(plan.power, 'g', 3)));
    y += rowHeight;
    const std::vector<SourceLine> sources = describeSources(plan);
    if (!sources.empty()) {
        painter.drawText(QRect(0, y, page.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Where every input comes from (defaults, assumptions, the campaign's "
                            "split, the offers priced on the customers): page 2."));
        y += rowHeight;
        // What a completion of each cell is worth and where that comes from: the figure the
        // plan's ROI rests on (an assumption in red).
        for (const PlanCell &cell : plan.cells) {
            QString worth;
            QString basis;
            bool assumption = false;
            for (const SourceLine &line : sources) {
                if (line.cell != cell.name)
                    continue;
                if (line.field == QLatin1String("monthly_revenue_uplift")) {
                    basis = line.source;
                    assumption = line.assumption;
                } else if (line.kind == SourceLine::Kind::OverHorizon) {
                    worth = tr("%1 per completion over %2 months (%3)")
                                .arg(line.value, QLocale().toString(plan.horizonMonths, 'g', 4),
                                     line.source);
                }
            }
            QString text = tr("%1: %2").arg(cell.name, worth);
            if (!basis.isEmpty())
                text += QStringLiteral("; ") + basis;
            painter.setPen(assumption ? QColor(164, 0, 0) : QColor(Qt::black));
            painter.drawText(QRect(0, y, page.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(text, Qt::ElideRight, page.width()));
            y += rowHeight;
        }
        painter.setPen(Qt::black);
    }
    y += 6;

    // Inputs: one row per cell, the columns of the editing table
    PlanCellModel inputs;
    inputs.setCells(plan.cells);
    QStringList header;
    QList<int> widths;
    // relative widths: the name widest, then the rates (ranges such as 0.01–0.02–0.05)
    const auto weight = [](int c) {
        if (c == PlanCellModel::Name)
            return 16;
        if (c == PlanCellModel::ChannelColumn)
            return 11;
        if (c >= PlanCellModel::ConnectRate && c <= PlanCellModel::ControlConversionRate)
            return 12;
        return 9;
    };
    int weights = 0;
    for (int c = 0; c < PlanCellModel::ColumnCount; ++c)
        weights += weight(c);
    for (int c = 0; c < PlanCellModel::ColumnCount; ++c) {
        header << inputs.headerData(c, Qt::Horizontal).toString();
        widths << page.width() * weight(c) / weights;
    }
    QList<QStringList> inputRows;
    for (int r = 0; r < inputs.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < PlanCellModel::ColumnCount; ++c)
            row << inputs.index(r, c).data().toString();
        inputRows << row;
    }
    painter.setFont(textFont);
    {
        // the headers are long: wrap them on two lines
        QFont bold = textFont;
        bold.setBold(true);
        painter.setFont(bold);
        int cx = 0;
        for (int c = 0; c < header.size(); ++c) {
            painter.drawText(QRect(cx + 2, y, widths.at(c) - 4, 3 * rowHeight),
                             (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom |
                                 Qt::TextWordWrap,
                             header.at(c));
            cx += widths.at(c);
        }
        painter.setFont(textFont);
        y += 3 * rowHeight;
        header = QStringList();
    }
    y = drawTable(painter, 0, y - rowHeight, widths, QStringList(QString()), inputRows, {},
                  rowHeight);
    y += 10;

    // Key figures on the left, charts on the right
    const int tableWidth = page.width() * 11 / 20;
    const QStringList titles = ResultRows::columnTitles(result);
    QList<int> figureWidths{190};
    const int valueWidth = (tableWidth - 190) / std::max<qsizetype>(1, titles.size());
    for (qsizetype i = 0; i < titles.size(); ++i)
        figureWidths << valueWidth;
    QList<QStringList> figureRows;
    QList<bool> sections;
    for (const ResultRow &row : ResultRows::rows(result)) {
        figureRows << (QStringList(row.label) + row.values);
        sections << row.section;
    }
    const int figuresTop = y;
    int figuresBottom = drawTable(painter, 0, y, figureWidths, QStringList(QString()) + titles,
                                  figureRows, sections, rowHeight - 1);

    // Warnings under the figures, or the sign-off if there are none
    const int chartX = tableWidth + 16;
    const int chartWidth = page.width() - chartX;
    const int signOffHeight = 40;
    int warningsTop = figuresBottom + 8;
    QString warnings;
    for (const QString &w : result.warnings)
        warnings += QStringLiteral("• ") + w + QLatin1Char('\n');
    if (!warnings.isEmpty()) {
        QFont bold = textFont;
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(QColor(164, 0, 0));
        painter.drawText(QRect(0, warningsTop, page.width(), rowHeight), Qt::AlignLeft,
                         tr("Warnings"));
        painter.setFont(textFont);
        const QRect box(0, warningsTop + rowHeight, page.width(),
                        page.height() - signOffHeight - warningsTop - rowHeight);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, warnings.trimmed());
        painter.setPen(Qt::black);
    }

    // Charts: drawn from the result structs, side by side with the figures
    const int chartsHeight = std::max(200, figuresBottom - figuresTop);
    QCustomPlot plot;
    QFont plotFont = textFont;
    plotFont.setPixelSize(9);
    plot.setFont(plotFont);
    const int chartHeight = chartsHeight / 2 - 4;
    plot.resize(chartWidth, chartHeight);
    SimulationCharts::drawRoiHistogram(&plot, result);
    painter.save();
    painter.translate(chartX, figuresTop);
    plot.toPainter(&painter, chartWidth, chartHeight);
    painter.restore();
    SimulationCharts::drawTornado(&plot, result);
    painter.save();
    painter.translate(chartX, figuresTop + chartHeight + 8);
    plot.toPainter(&painter, chartWidth, chartHeight);
    painter.restore();

    // Sign-off lines at the bottom
    const int signY = page.height() - 18;
    painter.setFont(textFont);
    painter.setPen(QPen(Qt::black, 1));
    const int third = page.width() / 3;
    const QStringList signers{tr("Prepared by"), tr("Approved by (manager)"), tr("Date")};
    for (int i = 0; i < signers.size(); ++i) {
        painter.drawLine(QLineF(i * third, signY, i * third + third - 30, signY));
        painter.drawText(QRect(i * third, signY + 2, third - 30, 16), Qt::AlignLeft | Qt::AlignTop,
                         signers.at(i));
    }
    if (!sources.empty()) {
        if (!device->newPage())
            throw Error(tr("The summary could not be drawn on the output device."));
        renderSources(painter, page, plan, sources, planName);
    }
    painter.end();
}

void PlanSummary::exportPdf(const QString &path, const SimulationPlan &plan,
                            const SimulationResult &result, const QString &planName)
{
    QSaveFile file(path); // the PDF appears whole or not at all
    openForWriting(file);
    {
        QPdfWriter writer(&file);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setTitle(tr("ROI plan summary"));
        writer.setCreator(QStringLiteral("Campaign Workbench"));
        render(&writer, plan, result, planName);
    }
    commitFile(file);
}

} // namespace cwb
