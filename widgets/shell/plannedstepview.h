// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/planningstep.h"

#include <QWidget>

namespace cwb {

// The page of a planning step that a later version fills: says what it will hold, all of it
// disabled. Nothing on it pretends to work.
class PlannedStepView : public QWidget
{
    Q_OBJECT

public:
    explicit PlannedStepView(PlanningStep step, QWidget *parent = nullptr);
};

} // namespace cwb
