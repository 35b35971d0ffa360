// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/planningstep.h"

#include <QListWidget>

namespace cwb {

// The left-hand list of planning steps. Steps not built yet are shown greyed with "planned";
// selecting one shows what it will hold.
class NavigationBar : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationBar(QWidget *parent = nullptr);

    void setCurrentStep(PlanningStep step);
    PlanningStep currentStep() const;

signals:
    void stepSelected(cwb::PlanningStep step);
};

} // namespace cwb
