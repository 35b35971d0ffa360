// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

// Small charts drawn with QPainter for the printed reports (QtGui only): bars per category,
// optionally grouped, and lines over the same categories on a left (count) or right
// (percentage) axis. One function covers the funnel, the daily series (bars + rate line) and
// the Pareto chart (bars + cumulative share line).
namespace cwb::exporting {

struct ChartSeries
{
    QString name;
    QList<double> values; // one per category; NaN leaves a gap (a line breaks there)
    QColor color;
    bool line = false;      // drawn as a line with markers instead of bars
    bool secondary = false; // on the right axis, read as a share in [0, 1] (shown in %)
    bool labels = false;    // write each value above its bar or marker
};

struct ChartSpec
{
    QString title;
    QStringList categories;
    QList<ChartSeries> series;
    QString leftAxisTitle;
    QString rightAxisTitle;
};

// Tick values of an axis from 0 to at least maxValue: a "nice" step (1, 2 or 5 times a power of
// ten) giving about `wanted` intervals; the last tick is the first multiple of the step at or
// above maxValue. maxValue <= 0 gives {0, 1}. E.g. niceTicks(7, 5) = {0, 2, 4, 6, 8};
// niceTicks(0.46, 5) = {0, 0.1, 0.2, 0.3, 0.4, 0.5}.
QList<double> niceTicks(double maxValue, int wanted = 5);

// Draws the chart into area (device coordinates of the painter) with the given base font:
// title, left axis with ticks and labels, right percentage axis when a series is secondary,
// category labels (rotated when crowded), bars, lines, legend.
void drawChart(QPainter &painter, const QRectF &area, const ChartSpec &chart, const QFont &font);

} // namespace cwb::exporting
