// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/waterfallchart.h"

#include "charts/chartbasics.h"

#include <QLocale>

#include <qcustomplot.h>

namespace cwb {

namespace {

const QColor kTotalColor(52, 101, 164);
const QColor kRemovedColor(204, 0, 0);
const QColor kControlColor(193, 125, 17);
const QColor kWaveColor(78, 154, 6);
const QString kStepsName = QStringLiteral("steps");

} // namespace

QString WaterfallChart::stepLabel(const QString &step)
{
    if (step == QLatin1String("segment"))
        return tr("segment");
    if (step == QLatin1String("earlier_cell"))
        return tr("earlier cell");
    if (step == QLatin1String("unreachable"))
        return tr("unreachable");
    if (step == QLatin1String("blacklist"))
        return tr("blacklist");
    if (step == QLatin1String("graylist"))
        return tr("graylist");
    if (step == QLatin1String("do_not_disturb"))
        return tr("do not disturb");
    if (step == QLatin1String("fatigue"))
        return tr("fatigue");
    if (step == QLatin1String("priority"))
        return tr("priority");
    if (step == QLatin1String("control"))
        return tr("control");
    if (step == QLatin1String("over_capacity"))
        return tr("over capacity");
    if (step.startsWith(QLatin1String("wave_")))
        return tr("wave %1").arg(step.mid(5));
    return step;
}

void WaterfallChart::clear(QCustomPlot *plot, const QString &note)
{
    charts::reset(plot);
    charts::title(plot)->setText(note);
    plot->xAxis->setVisible(false);
    plot->yAxis->setVisible(false);
    plot->replot();
}

void WaterfallChart::draw(QCustomPlot *plot, const campaign::CellPlan &cell)
{
    charts::reset(plot);
    plot->xAxis->setVisible(true);
    plot->yAxis->setVisible(true);
    charts::title(plot)->setText(tr("Cell \"%1\": from %2 customers to the waves")
                                     .arg(cell.name, QLocale().toString(cell.population)));
    const QList<campaign::WaterfallStep> steps = cell.waterfall();

    // A transparent base under each bar makes the removals hang from what was left.
    auto *base = new QCPBars(plot->xAxis, plot->yAxis);
    base->setPen(Qt::NoPen);
    base->setBrush(Qt::NoBrush);
    base->setSelectable(QCP::stNone);
    QList<QCPBars *> bars;
    const QList<QColor> colors = {kTotalColor, kRemovedColor, kControlColor, kWaveColor};
    for (const QColor &color : colors) {
        auto *b = new QCPBars(plot->xAxis, plot->yAxis);
        b->setPen(QPen(color.darker(130)));
        b->setBrush(color);
        b->setWidth(0.7);
        b->moveAbove(base);
        bars.append(b);
    }
    base->setWidth(0.7);
    // One QCPBars holds every figure in step order (kStepsName) for shownValues(); it is drawn
    // with no pen or brush: the coloured bars above show the same figures.
    auto *all = new QCPBars(plot->xAxis, plot->yAxis);
    all->setName(kStepsName);
    all->setPen(Qt::NoPen);
    all->setBrush(Qt::NoBrush);
    all->setVisible(false);

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    qint64 left = 0;
    double top = 0;
    for (int i = 0; i < steps.size(); ++i) {
        const campaign::WaterfallStep &step = steps[i];
        const double key = i + 1;
        int kind = 1; // removal
        double from = 0;
        if (step.name == QLatin1String("segment")) {
            kind = 0;
            left = step.customers;
        } else if (step.name.startsWith(QLatin1String("wave_"))) {
            kind = 3;
        } else {
            if (step.name == QLatin1String("control"))
                kind = 2;
            left -= step.customers;
            from = double(left);
        }
        base->addData(key, from);
        for (int k = 0; k < bars.size(); ++k)
            bars[k]->addData(key, k == kind ? double(step.customers) : 0.0);
        all->addData(key, double(step.customers));
        ticker->addTick(key, stepLabel(step.name));
        top = qMax(top, from + double(step.customers));
        auto *label = new QCPItemText(plot);
        label->position->setCoords(key, from + double(step.customers));
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setText(QLocale().toString(step.customers));
        label->setFont(plot->font());
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(steps.size() > 8 ? 30 : 0);
    plot->xAxis->setRange(0.3, steps.size() + 0.7);
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
    plot->yAxis->setLabel(tr("customers"));
    plot->replot();
}

QList<qint64> WaterfallChart::shownValues(QCustomPlot *plot)
{
    QList<qint64> values;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        auto *bars = qobject_cast<QCPBars *>(plot->plottable(i));
        if (!bars || bars->name() != kStepsName)
            continue;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            values.append(qint64(it->value));
    }
    return values;
}

} // namespace cwb
