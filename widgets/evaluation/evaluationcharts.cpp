// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/evaluationcharts.h"

#include "charts/chartbasics.h"

#include <QLocale>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace cwb {

namespace {

const QColor kBarColor(52, 101, 164);
const QColor kSecondColor(114, 159, 207);
const QColor kLineColor(204, 0, 0);
const QColor kPointColor(32, 74, 135);

void reset(QCustomPlot *plot)
{
    charts::reset(plot);
    plot->yAxis2->setVisible(false);
    plot->yAxis2->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->yAxis2->setLabel(QString());
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis, plot->yAxis2}) {
        axis->setTickLabelFont(plot->font());
        axis->setLabelFont(plot->font());
    }
}

// Category labels 1..n on the x axis.
void categoryAxis(QCustomPlot *plot, const QStringList &labels)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    for (qsizetype i = 0; i < labels.size(); ++i)
        ticker->addTick(double(i + 1), labels[i]);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setRange(0.3, double(labels.size()) + 0.7);
    const bool longLabel = std::any_of(labels.begin(), labels.end(),
                                       [](const QString &label) { return label.size() > 14; });
    if (labels.size() > 6 || (labels.size() > 3 && longLabel))
        plot->xAxis->setTickLabelRotation(30);
}

QCPBars *bars(QCustomPlot *plot, const QColor &color, QCPAxis *valueAxis = nullptr)
{
    auto *b = new QCPBars(plot->xAxis, valueAxis ? valueAxis : plot->yAxis);
    b->setPen(QPen(color.darker(130)));
    b->setBrush(color);
    return b;
}

// A graph of dots with error bars from the intervals (as offsets below and above the value).
QCPGraph *dotsWithErrors(QCustomPlot *plot, const QList<double> &x, const QList<double> &y,
                         const QList<double> &below, const QList<double> &above)
{
    QCPGraph *graph = plot->addGraph();
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kPointColor, kPointColor, 8));
    graph->setData(QVector<double>(x.begin(), x.end()), QVector<double>(y.begin(), y.end()), true);
    auto *errors = new QCPErrorBars(plot->xAxis, plot->yAxis);
    errors->setDataPlottable(graph);
    errors->setPen(QPen(kPointColor, 1.5));
    errors->setWhiskerWidth(10);
    errors->setData(QVector<double>(below.begin(), below.end()),
                    QVector<double>(above.begin(), above.end()));
    return graph;
}

void zeroLine(QCustomPlot *plot)
{
    auto *zero = new QCPItemStraightLine(plot);
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(1, 0);
    zero->setPen(QPen(kLineColor, 1.2, Qt::DashLine));
}

QString level(double confidence)
{
    return QLocale().toString(int(std::lround(confidence * 100.0))) + QLatin1Char('%');
}

} // namespace

void EvaluationCharts::clear(QCustomPlot *plot, const QString &note)
{
    reset(plot);
    charts::title(plot)->setText(note);
    plot->xAxis->setVisible(false);
    plot->yAxis->setVisible(false);
    plot->replot();
}

void EvaluationCharts::drawFunnel(QCustomPlot *plot, const FunnelRow &total)
{
    reset(plot);
    charts::title(plot)->setText(tr("Call funnel"));
    QStringList labels;
    QList<qint64> values;
    if (total.counts.targets >= 0) {
        labels << tr("Targets");
        values << total.counts.targets;
    }
    labels << tr("Called") << tr("Connected") << tr("Intentions") << tr("Agreements")
           << tr("Completed");
    values << total.counts.called << total.counts.connected << total.counts.intentions
           << total.counts.agreements << total.counts.completed;
    QCPBars *b = bars(plot, kBarColor);
    b->setWidth(0.6);
    double top = 1.0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        b->addData(double(i + 1), double(values[i]));
        top = std::max(top, double(values[i]));
        auto *label = new QCPItemText(plot);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->position->setCoords(double(i + 1), double(values[i]));
        label->setFont(plot->font());
        label->setText(QLocale().toString(values[i]));
    }
    categoryAxis(plot, labels);
    plot->yAxis->setLabel(tr("Customers"));
    plot->yAxis->setRange(0, top * 1.15);
    plot->replot();
}

void EvaluationCharts::drawUplift(QCustomPlot *plot, const QList<UpliftPoint> &points,
                                  const QString &title, double confidence)
{
    QStringList labels;
    QList<double> x, y, below, above;
    double low = 0.0, high = 0.0;
    for (const UpliftPoint &p : points) {
        if (!p.comparison.upliftAbs)
            continue;
        const double d = *p.comparison.upliftAbs * 100.0;
        labels << p.label;
        x << double(labels.size());
        y << d;
        below << d - p.comparison.ci.low * 100.0;
        above << p.comparison.ci.high * 100.0 - d;
        low = std::min(low, p.comparison.ci.low * 100.0);
        high = std::max(high, p.comparison.ci.high * 100.0);
    }
    if (labels.isEmpty()) {
        clear(plot, tr("No uplift to show: no target and control group with customers on a "
                       "binary outcome"));
        return;
    }
    reset(plot);
    charts::title(plot)->setText(tr("%1\ntarget − control in percentage points, %2 intervals")
                                     .arg(title, level(confidence)));
    dotsWithErrors(plot, x, y, below, above);
    zeroLine(plot);
    categoryAxis(plot, labels);
    plot->yAxis->setLabel(tr("Uplift (pp)"));
    const double margin = std::max(1.0, (high - low) * 0.08);
    plot->yAxis->setRange(low - margin, high + margin);
    plot->replot();
}

void EvaluationCharts::drawDays(QCustomPlot *plot, const QList<FunnelRow> &days)
{
    if (days.isEmpty()) {
        clear(plot, tr("No call attempts by day"));
        return;
    }
    reset(plot);
    charts::title(plot)->setText(tr("Calls by day and success rate"));
    QStringList labels;
    QCPBars *called = bars(plot, kSecondColor);
    QCPBars *connected = bars(plot, kBarColor);
    auto *group = new QCPBarsGroup(plot);
    called->setBarsGroup(group);
    connected->setBarsGroup(group);
    called->setWidth(0.38);
    connected->setWidth(0.38);
    called->setName(tr("Called"));
    connected->setName(tr("Connected"));
    plot->yAxis2->setVisible(true);
    QCPGraph *success = plot->addGraph(plot->xAxis, plot->yAxis2);
    success->setName(tr("Success rate (completed / connected)"));
    success->setPen(QPen(kLineColor, 2));
    success->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    double top = 1.0;
    for (const FunnelRow &row : days) {
        labels << row.key;
        const double x = double(labels.size());
        called->addData(x, double(row.counts.called));
        connected->addData(x, double(row.counts.connected));
        top = std::max(top, double(row.counts.called));
        if (row.kpis.success.value)
            success->addData(x, *row.kpis.success.value * 100.0);
    }
    categoryAxis(plot, labels);
    plot->yAxis->setLabel(tr("Customers"));
    plot->yAxis->setRange(0, top * 1.5); // room for the legend above the bars
    plot->yAxis2->setLabel(tr("Success rate (%)"));
    plot->yAxis2->setRange(0, 100);
    plot->legend->setVisible(true);
    plot->legend->setFont(plot->font());
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    plot->replot();
}

void EvaluationCharts::drawAgents(QCustomPlot *plot, const QList<FunnelRow> &agents,
                                  double confidence)
{
    if (agents.isEmpty()) {
        clear(plot, tr("No agent recorded on the call attempts"));
        return;
    }
    reset(plot);
    charts::title(plot)->setText(
        tr("Success rate per agent with its %1 interval").arg(level(confidence)));
    QStringList labels;
    QList<double> x, y, below, above;
    for (const FunnelRow &row : agents) {
        labels << row.key;
        if (!row.kpis.success.value)
            continue; // no connected customer: no rate, nothing to draw
        const double v = *row.kpis.success.value * 100.0;
        x << double(labels.size());
        y << v;
        below << v - row.kpis.success.ci.low * 100.0;
        above << row.kpis.success.ci.high * 100.0 - v;
    }
    dotsWithErrors(plot, x, y, below, above);
    categoryAxis(plot, labels);
    plot->yAxis->setLabel(tr("Success rate (%)"));
    plot->yAxis->setRange(0, 100);
    plot->replot();
}

void EvaluationCharts::drawPareto(QCustomPlot *plot, const QList<ReasonRow> &reasons)
{
    if (reasons.isEmpty()) {
        clear(plot, tr("No refusal with a reason recorded"));
        return;
    }
    reset(plot);
    charts::title(plot)->setText(tr("Refusal reasons (Pareto)"));
    QStringList labels;
    QCPBars *b = bars(plot, kBarColor);
    b->setWidth(0.6);
    b->setName(tr("Refusals"));
    plot->yAxis2->setVisible(true);
    QCPGraph *cumulative = plot->addGraph(plot->xAxis, plot->yAxis2);
    cumulative->setName(tr("Cumulative share"));
    cumulative->setPen(QPen(kLineColor, 2));
    cumulative->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    double top = 1.0;
    for (const ReasonRow &r : reasons) {
        labels << r.reason;
        const double x = double(labels.size());
        b->addData(x, double(r.count));
        cumulative->addData(x, r.cumulativeShare * 100.0);
        top = std::max(top, double(r.count));
    }
    categoryAxis(plot, labels);
    plot->yAxis->setLabel(tr("Refusals"));
    plot->yAxis->setRange(0, top * 1.15);
    plot->yAxis2->setLabel(tr("Cumulative share (%)"));
    plot->yAxis2->setRange(0, 130); // the line ends below the legend
    auto ticks = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    for (int percent = 0; percent <= 100; percent += 20)
        ticks->addTick(percent, QLocale().toString(percent));
    plot->yAxis2->setTicker(ticks);
    plot->legend->setVisible(true);
    plot->legend->setFont(plot->font());
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot->replot();
}

} // namespace cwb
