// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/simulationcharts.h"

#include "charts/chartbasics.h"

#include "simulation/resultrows.h"

#include <QLocale>

#include <qcustomplot.h>

namespace cwb {

using namespace simulate;

namespace {

const QColor kBarColor(52, 101, 164);
const QColor kLowColor(204, 0, 0);
const QColor kHighColor(78, 154, 6);

// The shared starting state, with the plot's own font on the axes (the PDF summary enlarges it).
void reset(QCustomPlot *plot)
{
    charts::reset(plot);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setTickLabelFont(plot->font());
        axis->setLabelFont(plot->font());
    }
}

// The label of an engine input name ("connect_rate") in the chart.
QString inputLabel(const QString &input)
{
    if (input == QLatin1String("connect_rate"))
        return SimulationCharts::tr("connect");
    if (input == QLatin1String("intention_rate"))
        return SimulationCharts::tr("intention");
    if (input == QLatin1String("completion_rate"))
        return SimulationCharts::tr("completion");
    if (input == QLatin1String("control_conversion_rate"))
        return SimulationCharts::tr("control conversion");
    return input;
}

} // namespace

void SimulationCharts::clear(QCustomPlot *plot, const QString &note)
{
    reset(plot);
    charts::title(plot)->setText(note);
    plot->xAxis->setVisible(false);
    plot->yAxis->setVisible(false);
    plot->replot();
}

void SimulationCharts::drawRoiHistogram(QCustomPlot *plot, const SimulationResult &result)
{
    const Histogram &h = result.total.roiHistogram;
    if (!result.total.roi.valid || h.counts.empty() || h.edges.size() != h.counts.size() + 1) {
        clear(plot, tr("ROI histogram: no ROI to show (the cost can be zero)"));
        return;
    }
    if (h.edges.front() == h.edges.back()) {
        clear(plot, tr("Every draw gives the same ROI, %1:\nall rates are points (open a plan "
                       "with ranges or evidence)")
                        .arg(ResultRows::percent(h.edges.front())));
        return;
    }
    reset(plot);
    charts::title(plot)->setText(
        tr("ROI of the plan over %1 draws").arg(QLocale().toString(result.draws)));
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setPen(QPen(kBarColor.darker(130)));
    bars->setBrush(kBarColor);
    double width = h.edges.back() - h.edges.front();
    width = width > 0 ? width / double(h.counts.size()) : 0.01;
    bars->setWidth(width * 100.0);
    double maxCount = 0;
    for (size_t i = 0; i < h.counts.size(); ++i) {
        const double mid = (h.edges[i] + h.edges[i + 1]) / 2.0 * 100.0;
        bars->addData(h.edges[i] == h.edges[i + 1] ? h.edges[i] * 100.0 : mid, double(h.counts[i]));
        maxCount = std::max(maxCount, double(h.counts[i]));
    }
    plot->xAxis->setLabel(tr("ROI (%)"));
    plot->yAxis->setLabel(tr("Draws"));
    plot->xAxis->setRange(h.edges.front() * 100.0 - width * 50.0,
                          h.edges.back() * 100.0 + width * 50.0);
    plot->yAxis->setRange(0, maxCount * 1.45 + 1); // room for the label
    // break-even line at ROI 0
    if (h.edges.front() < 0 && h.edges.back() > 0) {
        auto *zero = new QCPItemStraightLine(plot);
        zero->point1->setCoords(0, 0);
        zero->point2->setCoords(0, 1);
        zero->setPen(QPen(kLowColor, 1.5, Qt::DashLine));
    }
    auto *label = new QCPItemText(plot);
    label->setPositionAlignment(Qt::AlignTop | Qt::AlignRight);
    label->position->setType(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(0.98, 0.03);
    label->setFont(plot->font());
    label->setBrush(QBrush(QColor(255, 255, 255, 230)));
    label->setPen(QPen(QColor(160, 160, 160)));
    label->setPadding(QMargins(4, 2, 4, 2));
    label->setText(tr("P(ROI > 0) = %1\nP5 %2   P50 %3   P95 %4")
                       .arg(ResultRows::percent(result.total.roi.probPositive),
                            ResultRows::percent(result.total.roi.p5),
                            ResultRows::percent(result.total.roi.p50),
                            ResultRows::percent(result.total.roi.p95)));
    plot->replot();
}

void SimulationCharts::drawTornado(QCustomPlot *plot, const SimulationResult &result)
{
    if (result.tornado.empty()) {
        clear(plot,
              tr("No tornado: every rate is a point.\nOpen a plan with ranges or evidence to see "
                 "which input matters most."));
        return;
    }
    reset(plot);
    charts::title(plot)->setText(
        tr("Total net, one input at a time (base %1)\nred: input at its P10, green: at its P90")
            .arg(ResultRows::money(result.tornadoBaseNet)));
    const int n = int(result.tornado.size());
    auto *lowBars = new QCPBars(plot->yAxis, plot->xAxis);
    auto *highBars = new QCPBars(plot->yAxis, plot->xAxis);
    lowBars->setBrush(kLowColor);
    lowBars->setPen(QPen(kLowColor.darker(130)));
    highBars->setBrush(kHighColor);
    highBars->setPen(QPen(kHighColor.darker(130)));
    lowBars->setBaseValue(result.tornadoBaseNet);
    highBars->setBaseValue(result.tornadoBaseNet);
    lowBars->setWidth(0.6);
    highBars->setWidth(0.6);
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    double lo = result.tornadoBaseNet, hi = result.tornadoBaseNet;
    for (int i = 0; i < n; ++i) {
        const TornadoBar &bar = result.tornado[size_t(i)];
        const double y = n - i; // largest swing on top
        // QCPBars draws from the base value: the value is the offset from it
        lowBars->addData(y, bar.netAtLow - result.tornadoBaseNet);
        highBars->addData(y, bar.netAtHigh - result.tornadoBaseNet);
        ticker->addTick(y, QStringLiteral("%1: %2").arg(bar.cell, inputLabel(bar.input)));
        lo = std::min({lo, bar.netAtLow, bar.netAtHigh});
        hi = std::max({hi, bar.netAtLow, bar.netAtHigh});
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->grid()->setVisible(false);
    plot->yAxis->setRange(0.3, n + 0.7);
    const double pad = std::max(1.0, (hi - lo) * 0.06);
    plot->xAxis->setRange(lo - pad, hi + pad);
    plot->xAxis->setNumberFormat(QStringLiteral("f"));
    plot->xAxis->setNumberPrecision(0);
    plot->xAxis->setLabel(tr("Total net (yuan)"));
    auto *base = new QCPItemStraightLine(plot);
    base->point1->setCoords(result.tornadoBaseNet, 0);
    base->point2->setCoords(result.tornadoBaseNet, 1);
    base->setPen(QPen(Qt::black, 1));
    plot->replot();
}

} // namespace cwb
