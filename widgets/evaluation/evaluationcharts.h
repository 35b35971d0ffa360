// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluate/campaignevaluator.h"
#include "evaluate/statistics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QCustomPlot;

namespace cwb {

// One difference of the uplift chart: a label (group, response or cell) and the engine's
// comparison of target and control on a binary outcome.
struct UpliftPoint
{
    QString label;
    stats::ProportionComparison comparison;
};

// The charts of the Evaluation step, drawn from the engine's structs (QCustomPlot, styled
// through charts/chartbasics). Each function starts from charts::reset.
class EvaluationCharts
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationCharts)

public:
    // An empty chart with a note instead of a title.
    static void clear(QCustomPlot *plot, const QString &note);
    // Bars: targets (when known), called, connected, intentions, agreements, completed.
    static void drawFunnel(QCustomPlot *plot, const FunnelRow &total);
    // Each difference target - control in percentage points with its interval as error bars,
    // and a dashed line at zero. Graph 0 holds the points; undefined differences are left out.
    static void drawUplift(QCustomPlot *plot, const QList<UpliftPoint> &points,
                           const QString &title, double confidence);
    // Per day: called and connected as bars (plottables 0 and 1), the success rate as a line
    // on the right axis (graph 0).
    static void drawDays(QCustomPlot *plot, const QList<FunnelRow> &days);
    // Per agent: the success rate as a dot with its Wilson interval (graph 0 + error bars).
    static void drawAgents(QCustomPlot *plot, const QList<FunnelRow> &agents, double confidence);
    // Refusal reasons largest first as bars (plottable 0) and the cumulative share as a line on
    // the right axis (graph 0).
    static void drawPareto(QCustomPlot *plot, const QList<ReasonRow> &reasons);
};

} // namespace cwb
