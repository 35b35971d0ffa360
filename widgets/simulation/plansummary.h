// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/montecarlo.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace cwb {

// The one-page plan summary a manager signs before a pilot starts: the inputs of every cell,
// the key figures (expected funnel, Monte Carlo, power), the warnings, the ROI histogram and
// the tornado chart, and lines for the sign-off. Paints on a PDF writer or a printer.
class PlanSummary
{
    Q_DECLARE_TR_FUNCTIONS(cwb::PlanSummary)

public:
    static void render(QPagedPaintDevice *device, const simulate::SimulationPlan &plan,
                       const simulate::SimulationResult &result, const QString &planName);
    // A4 landscape PDF; throws cwb::Error when the file cannot be written.
    static void exportPdf(const QString &path, const simulate::SimulationPlan &plan,
                          const simulate::SimulationResult &result, const QString &planName);
};

} // namespace cwb
