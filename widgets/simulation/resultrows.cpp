// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/resultrows.h"

#include <QLocale>

#include <cmath>
#include <functional>

namespace cwb {

using namespace simulate;

namespace {

const QString kDash = QStringLiteral("–");

} // namespace

QString ResultRows::count(double value)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', 1) : kDash;
}

QString ResultRows::money(double value)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', 0) : kDash;
}

QString ResultRows::percent(double fraction)
{
    return std::isfinite(fraction) ? QLocale().toString(fraction * 100.0, 'f', 2) + QLatin1Char('%')
                                   : kDash;
}

QStringList ResultRows::columnTitles(const SimulationResult &result)
{
    QStringList titles;
    for (const CellResult &cell : result.cells)
        titles << cell.name;
    titles << tr("Total");
    return titles;
}

QList<ResultRow> ResultRows::rows(const SimulationResult &result)
{
    std::vector<const CellResult *> columns;
    for (const CellResult &cell : result.cells)
        columns.push_back(&cell);
    columns.push_back(&result.total);

    QList<ResultRow> rows;
    const auto section = [&](const QString &title) { rows.append({title, {}, true}); };
    const auto row = [&](const QString &label,
                         const std::function<QString(const CellResult &)> &f) {
        ResultRow r{label, {}, false};
        for (const CellResult *c : columns)
            r.values << f(*c);
        rows.append(r);
    };

    section(tr("Expected (rates at their means)"));
    row(tr("Target"), [](const CellResult &c) { return count(c.expected.target); });
    row(tr("Control"), [](const CellResult &c) { return count(c.expected.control); });
    row(tr("Connected"), [](const CellResult &c) { return count(c.expected.connected); });
    row(tr("Intentions"), [](const CellResult &c) { return count(c.expected.intentions); });
    row(tr("Completions"), [](const CellResult &c) { return count(c.expected.completions); });
    row(tr("Incremental completions"),
        [](const CellResult &c) { return count(c.expected.incrementalCompletions); });
    row(tr("Revenue (yuan)"), [](const CellResult &c) { return money(c.expected.revenue); });
    row(tr("Cost (yuan)"), [](const CellResult &c) { return money(c.expected.cost); });
    row(tr("Net (yuan)"), [](const CellResult &c) { return money(c.expected.net); });
    row(tr("ROI"), [](const CellResult &c) { return percent(c.expected.roi); });
    row(tr("Break-even intention rate"),
        [](const CellResult &c) { return percent(c.expected.breakEvenIntentionRate); });

    section(tr("Monte Carlo (%1 draws)").arg(QLocale().toString(result.draws)));
    const auto summary = [](const Summary &s, double Summary::*field, bool isMoney) {
        if (!s.valid)
            return kDash;
        return isMoney ? money(s.*field) : percent(s.*field);
    };
    row(tr("Net mean"), [&](const CellResult &c) { return summary(c.net, &Summary::mean, true); });
    row(tr("Net P5"), [&](const CellResult &c) { return summary(c.net, &Summary::p5, true); });
    row(tr("Net P50"), [&](const CellResult &c) { return summary(c.net, &Summary::p50, true); });
    row(tr("Net P95"), [&](const CellResult &c) { return summary(c.net, &Summary::p95, true); });
    row(tr("ROI mean"), [&](const CellResult &c) { return summary(c.roi, &Summary::mean, false); });
    row(tr("ROI P5"), [&](const CellResult &c) { return summary(c.roi, &Summary::p5, false); });
    row(tr("ROI P50"), [&](const CellResult &c) { return summary(c.roi, &Summary::p50, false); });
    row(tr("ROI P95"), [&](const CellResult &c) { return summary(c.roi, &Summary::p95, false); });
    row(tr("P(ROI > 0)"),
        [&](const CellResult &c) { return summary(c.roi, &Summary::probPositive, false); });

    section(tr("Power (alpha %1 two-sided, power %2)")
                .arg(QLocale().toString(result.alpha, 'g', 3),
                     QLocale().toString(result.power, 'g', 3)));
    row(tr("Control conversion"),
        [](const CellResult &c) { return percent(c.power.baselineRate); });
    row(tr("Expected target conversion"),
        [](const CellResult &c) { return percent(c.power.expectedRate); });
    row(tr("Expected uplift"), [](const CellResult &c) { return percent(c.power.expectedUplift); });
    row(tr("Minimum detectable uplift"),
        [](const CellResult &c) { return c.power.mde ? percent(*c.power.mde) : kDash; });
    row(tr("Needed per group"), [](const CellResult &c) {
        return c.power.requiredPerGroup ? QLocale().toString(*c.power.requiredPerGroup) : kDash;
    });
    row(tr("Needed at the plan's split (targets + controls)"), [](const CellResult &c) {
        return c.power.requiredTarget && c.power.requiredControl
                   ? QStringLiteral("%1 + %2").arg(QLocale().toString(*c.power.requiredTarget),
                                                   QLocale().toString(*c.power.requiredControl))
                   : kDash;
    });
    return rows;
}

} // namespace cwb
