// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QCustomPlot;

namespace cwb {

struct ColumnAudit;

// Draws one column's audit chart from the engine's ColumnAudit (never from table cells): a
// histogram for integer and decimal columns, the most frequent values as horizontal bars for the
// others; a note when the audit holds neither. Used on screen and for the printed report.
class AuditChart
{
    Q_DECLARE_TR_FUNCTIONS(cwb::AuditChart)
public:
    // Returns false when the column has nothing to chart (the plot then shows why).
    static bool draw(QCustomPlot *plot, const ColumnAudit &column);
    static void clear(QCustomPlot *plot, const QString &note);
    // Whether draw() would draw bars for the column.
    static bool hasChart(const ColumnAudit &column);
};

} // namespace cwb
