// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/navigationbar.h"

#include <QFont>
#include <QPalette>

namespace cwb {

NavigationBar::NavigationBar(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationBar"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setSpacing(2);
    setAccessibleName(tr("Planning steps"));

    int number = 1;
    for (const PlanningStepInfo &info : PlanningSteps::all()) {
        auto *item = new QListWidgetItem(this);
        QString text = QStringLiteral("%1  %2").arg(number++).arg(info.title);
        if (!info.available)
            text += QLatin1Char('\n') + tr("    planned");
        item->setText(text);
        item->setToolTip(info.summary);
        item->setData(Qt::UserRole, int(info.step));
        item->setSizeHint(QSize(0, info.available ? 40 : 48));
        if (info.available) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        } else {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    setFixedWidth(190);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit stepSelected(PlanningStep(item(row)->data(Qt::UserRole).toInt()));
    });
}

void NavigationBar::setCurrentStep(PlanningStep step)
{
    setCurrentRow(int(step));
}

PlanningStep NavigationBar::currentStep() const
{
    return PlanningStep(qMax(0, currentRow()));
}

} // namespace cwb
