// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/montecarlo.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cwb {

// One line of the results table: a label and one text per cell plus the total, or a section
// heading (values empty).
struct ResultRow
{
    QString label;
    QStringList values;
    bool section = false;
};

// Formats an engine SimulationResult as the rows of the results table (screen and printed
// summary): the expected funnel, the Monte Carlo summary of net and ROI, and the power figures.
// Only formatting happens here; every figure is a field of the result.
class ResultRows
{
    Q_DECLARE_TR_FUNCTIONS(cwb::ResultRows)

public:
    static QStringList columnTitles(const simulate::SimulationResult &result); // cells + total
    static QList<ResultRow> rows(const simulate::SimulationResult &result);
    // Undefined figures (NaN, no value) show as a dash.
    static QString count(double value);
    static QString money(double value);
    static QString percent(double fraction);
};

} // namespace cwb
