// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCPTextElement;
class QCustomPlot;

namespace cwb::charts {

// What every chart of the application shares: a bold title row and a plain starting state.

// The plot's title (the first layout row), made on first use in the plot's font, bold, scaled.
QCPTextElement *title(QCustomPlot *plot, double scale = 1.0);

// Removes plottables and items, and puts both axes back to plain numeric axes with grids, no
// labels, unrotated tick labels; the legend is hidden.
void reset(QCustomPlot *plot);

} // namespace cwb::charts
