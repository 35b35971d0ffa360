// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaignplanner.h"

#include <QCoreApplication>
#include <QList>

class QCustomPlot;

namespace cwb {

// The policy waterfall of one cell as a bar chart: the segment's customers, then each step's
// removal as a bar hanging from what was left before it (blacklist, ..., control, over
// capacity), then the targets of each wave. The figures are CellPlan::waterfall()'s.
class WaterfallChart
{
    Q_DECLARE_TR_FUNCTIONS(WaterfallChart)

public:
    static void draw(QCustomPlot *plot, const campaign::CellPlan &cell);
    static void clear(QCustomPlot *plot, const QString &note);
    // The figures the chart shows, bar by bar (what a reader sees above each bar).
    static QList<qint64> shownValues(QCustomPlot *plot);
    // The label of an engine step name ("do_not_disturb", "wave_2").
    static QString stepLabel(const QString &step);
};

} // namespace cwb
