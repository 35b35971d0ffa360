// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartbasics.h"

#include <qcustomplot.h>

namespace cwb::charts {

QCPTextElement *title(QCustomPlot *plot, double scale)
{
    QCPLayoutGrid *layout = plot->plotLayout();
    if (layout->rowCount() > 1)
        if (auto *existing = qobject_cast<QCPTextElement *>(layout->element(0, 0)))
            return existing;
    layout->insertRow(0);
    QFont font = plot->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(qRound(font.pixelSize() * scale));
    font.setBold(true);
    auto *element = new QCPTextElement(plot, QString(), font);
    layout->addElement(0, 0, element);
    return element;
}

void reset(QCustomPlot *plot)
{
    plot->clearPlottables();
    plot->clearItems();
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setLabel(QString());
        axis->setNumberFormat(QStringLiteral("gb"));
        axis->setNumberPrecision(6);
        axis->setVisible(true);
        axis->grid()->setVisible(true);
        axis->setTickLabelRotation(0);
    }
    plot->legend->setVisible(false);
}

} // namespace cwb::charts
