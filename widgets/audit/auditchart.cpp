// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditchart.h"

#include "charts/chartbasics.h"

#include "import/audit.h"
#include "itemmodels/audittablemodel.h"

#include <qcustomplot.h>

namespace cwb {

namespace {

const QColor kBarColor(52, 101, 164);

void countAxis(QCPAxis *axis)
{
    axis->setNumberFormat(QStringLiteral("f"));
    axis->setNumberPrecision(0);
    axis->setLabel(AuditChart::tr("Customers"));
    // whole numbers only: steps of 1, 2, 5, 10, ... customers
    auto ticker = QSharedPointer<QCPAxisTickerFixed>(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    axis->setTicker(ticker);
}

QString elided(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + QStringLiteral("…");
}

} // namespace

void AuditChart::clear(QCustomPlot *plot, const QString &note)
{
    charts::reset(plot);
    charts::title(plot, 1.15)->setText(note);
    plot->xAxis->setVisible(false);
    plot->yAxis->setVisible(false);
    plot->replot();
}

namespace {

bool isHistogram(const ColumnAudit &column)
{
    return (column.type == ColumnType::Integer || column.type == ColumnType::Decimal) &&
           !column.histogramCounts.isEmpty() &&
           column.histogramEdges.size() == column.histogramCounts.size() + 1;
}

qint64 mostFrequentCount(const ColumnAudit &column)
{
    qint64 most = 0;
    for (const auto &entry : column.topValues)
        most = std::max(most, entry.second);
    return most;
}

} // namespace

bool AuditChart::hasChart(const ColumnAudit &column)
{
    return isHistogram(column) || mostFrequentCount(column) > 1;
}

bool AuditChart::draw(QCustomPlot *plot, const ColumnAudit &column)
{
    charts::reset(plot);
    const QString label = column.label.isEmpty() ? column.name : column.label;
    QCPTextElement *title = charts::title(plot, 1.15);
    const bool histogram = isHistogram(column);
    if (histogram) {
        title->setText(tr("%1: distribution of values").arg(label));
        QVector<double> keys, values;
        for (int i = 0; i < column.histogramCounts.size(); ++i) {
            keys << (column.histogramEdges.at(i) + column.histogramEdges.at(i + 1)) / 2.0;
            values << double(column.histogramCounts.at(i));
        }
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setData(keys, values, true);
        const double width = column.histogramEdges.last() - column.histogramEdges.first();
        bars->setWidth(width > 0 ? width / column.histogramCounts.size() * 0.92 : 1.0);
        bars->setPen(Qt::NoPen);
        bars->setBrush(kBarColor);
        plot->xAxis->setLabel(label);
        countAxis(plot->yAxis);
        plot->rescaleAxes();
        const double pad = width > 0 ? width * 0.03 : 1.0;
        plot->xAxis->setRange(column.histogramEdges.first() - pad,
                              column.histogramEdges.last() + pad);
        plot->yAxis->setRange(0, plot->yAxis->range().upper * 1.08);
        plot->replot();
        return true;
    }
    const qint64 mostFrequent = mostFrequentCount(column);
    if (mostFrequent > 1) {
        title->setText(column.masked ? tr("%1: numbers several customers share (masked)").arg(label)
                                     : tr("%1: most frequent values").arg(label));
        auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
        QVector<double> keys, values;
        const int n = int(column.topValues.size());
        for (int i = 0; i < n; ++i) {
            const auto &[value, count] = column.topValues.at(i);
            QString text = value;
            if (column.type == ColumnType::Boolean)
                text = value == QLatin1String("1") ? tr("yes") : tr("no");
            else if (text.isEmpty())
                text = tr("(empty)");
            const double key = n - i; // the most frequent on top
            keys << key;
            values << double(count);
            ticker->addTick(key, elided(text, 24));
        }
        auto *bars = new QCPBars(plot->yAxis, plot->xAxis);
        bars->setData(keys, values, true);
        bars->setWidth(0.7);
        bars->setPen(Qt::NoPen);
        bars->setBrush(kBarColor);
        plot->yAxis->setTicker(ticker);
        plot->yAxis->grid()->setVisible(false);
        plot->yAxis->setRange(0.3, n + 0.7);
        countAxis(plot->xAxis);
        double top = 0;
        for (double v : values)
            top = std::max(top, v);
        plot->xAxis->setRange(0, top > 0 ? top * 1.08 : 1.0);
        plot->replot();
        return true;
    }
    title->setText(tr("%1: no chart").arg(label));
    plot->xAxis->setVisible(false);
    plot->yAxis->setVisible(false);
    auto *note = new QCPItemText(plot);
    note->position->setType(QCPItemPosition::ptAxisRectRatio);
    note->position->setCoords(0.5, 0.5);
    if (column.rows == column.nulls)
        note->setText(tr("Every value of this column is empty."));
    else if (column.masked)
        note->setText(tr("Personal data: the audit keeps no values of this column."));
    else if (mostFrequent == 1)
        note->setText(tr("Every value occurs once: none stands out."));
    else
        note->setText(tr("Too many different values to list the most frequent ones;\nsee the "
                         "distinct count and range in the table."));
    plot->replot();
    return false;
}

} // namespace cwb
