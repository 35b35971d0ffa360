// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cwb {

// The steps of the planning loop, in the order the navigation shows them.
enum class PlanningStep
{
    Data,
    Segments,
    Offers,
    Campaigns,
    Simulation,
    ListsScripts,
    Evaluation
};

// What the navigation says about a step: its title, one line on its purpose, what it holds (or
// will hold) and whether it is built in this version.
struct PlanningStepInfo
{
    PlanningStep step;
    QString title;
    QString summary;
    QStringList contents;
    bool available = false;
};

// The translated descriptions of all steps (translated when called, so a language switch
// takes effect on the next call).
class PlanningSteps
{
    Q_DECLARE_TR_FUNCTIONS(PlanningSteps)

public:
    static QList<PlanningStepInfo> all();
    static PlanningStepInfo info(PlanningStep step);
};

} // namespace cwb
