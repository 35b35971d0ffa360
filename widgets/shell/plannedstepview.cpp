// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/plannedstepview.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace cwb {

PlannedStepView::PlannedStepView(PlanningStep step, QWidget *parent) : QWidget(parent)
{
    const PlanningStepInfo info = PlanningSteps::info(step);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);

    auto *title = new QLabel(info.title, this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *summary = new QLabel(info.summary, this);
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto *notice = new QLabel(
        tr("This step is not available in this version. It is shown so that you can see where "
           "it fits in the planning loop."),
        this);
    notice->setWordWrap(true);
    notice->setObjectName(QStringLiteral("plannedNotice"));
    notice->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); "
                                         "border: 1px solid palette(mid); border-radius: 4px; "
                                         "padding: 8px; }"));
    layout->addSpacing(8);
    layout->addWidget(notice);

    auto *box = new QGroupBox(tr("What this step will hold"), this);
    auto *boxLayout = new QVBoxLayout(box);
    for (const QString &line : info.contents)
        boxLayout->addWidget(new QLabel(QStringLiteral("•  ") + line, box));
    box->setEnabled(false);
    layout->addSpacing(8);
    layout->addWidget(box);
    layout->addStretch(1);
}

} // namespace cwb
