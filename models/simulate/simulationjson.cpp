// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate/simulationjson.h"

#include <QJsonArray>

#include <cmath>

namespace cwb::simulate {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject expectedJson(const FunnelFigures &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("customers"), number(f.customers));
    o.insert(QStringLiteral("target"), number(f.target));
    o.insert(QStringLiteral("control"), number(f.control));
    o.insert(QStringLiteral("connected"), number(f.connected));
    o.insert(QStringLiteral("intentions"), number(f.intentions));
    o.insert(QStringLiteral("completions"), number(f.completions));
    o.insert(QStringLiteral("baseline"), number(f.baseline));
    o.insert(QStringLiteral("incremental_completions"), number(f.incrementalCompletions));
    o.insert(QStringLiteral("revenue"), number(f.revenue));
    o.insert(QStringLiteral("cost"), number(f.cost));
    o.insert(QStringLiteral("net"), number(f.net));
    o.insert(QStringLiteral("roi"), number(f.roi));
    o.insert(QStringLiteral("break_even_intention_rate"), number(f.breakEvenIntentionRate));
    return o;
}

QJsonObject powerJson(const PowerAnalysis &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("mde"), p.mde ? number(*p.mde) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("required_per_group"), p.requiredPerGroup
                                                       ? QJsonValue(double(*p.requiredPerGroup))
                                                       : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("control_ratio"), number(p.controlRatio));
    o.insert(QStringLiteral("required_target"), p.requiredTarget
                                                    ? QJsonValue(double(*p.requiredTarget))
                                                    : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("required_control"), p.requiredControl
                                                     ? QJsonValue(double(*p.requiredControl))
                                                     : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("baseline_rate"), number(p.baselineRate));
    o.insert(QStringLiteral("expected_rate"), number(p.expectedRate));
    o.insert(QStringLiteral("expected_uplift"), number(p.expectedUplift));
    o.insert(QStringLiteral("control_too_small"), p.controlTooSmall);
    return o;
}

QJsonObject histogramJson(const Histogram &h)
{
    QJsonArray edges;
    for (double e : h.edges)
        edges.append(number(e));
    QJsonArray counts;
    for (qint64 c : h.counts)
        counts.append(double(c));
    QJsonObject o;
    o.insert(QStringLiteral("edges"), edges);
    o.insert(QStringLiteral("counts"), counts);
    return o;
}

QJsonObject cellJson(const CellResult &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), r.name);
    if (!r.channel.isEmpty())
        o.insert(QStringLiteral("channel"), r.channel);
    o.insert(QStringLiteral("expected"), expectedJson(r.expected));
    QJsonObject distribution;
    distribution.insert(QStringLiteral("net"), toJson(r.net));
    distribution.insert(QStringLiteral("roi"), toJson(r.roi));
    o.insert(QStringLiteral("distribution"), distribution);
    o.insert(QStringLiteral("power"), powerJson(r.power));
    o.insert(QStringLiteral("roi_histogram"), histogramJson(r.roiHistogram));
    return o;
}

} // namespace

QJsonObject toJson(const Summary &s)
{
    QJsonObject o;
    const auto value = [&](double v) { return s.valid ? number(v) : QJsonValue(QJsonValue::Null); };
    o.insert(QStringLiteral("mean"), value(s.mean));
    o.insert(QStringLiteral("p5"), value(s.p5));
    o.insert(QStringLiteral("p50"), value(s.p50));
    o.insert(QStringLiteral("p95"), value(s.p95));
    o.insert(QStringLiteral("prob_positive"), value(s.probPositive));
    return o;
}

QJsonObject toJson(const SimulationResult &result)
{
    QJsonObject o;
    o.insert(QStringLiteral("draws"), result.draws);
    o.insert(QStringLiteral("seed"), double(result.seed));
    o.insert(QStringLiteral("horizon_months"), result.horizonMonths);
    o.insert(QStringLiteral("alpha"), result.alpha);
    o.insert(QStringLiteral("power"), result.power);
    QJsonArray cells;
    for (const CellResult &r : result.cells)
        cells.append(cellJson(r));
    o.insert(QStringLiteral("cells"), cells);
    o.insert(QStringLiteral("total"), cellJson(result.total));
    QJsonArray bars;
    for (const TornadoBar &bar : result.tornado) {
        QJsonObject b;
        b.insert(QStringLiteral("cell"), bar.cell);
        b.insert(QStringLiteral("input"), bar.input);
        b.insert(QStringLiteral("low_value"), number(bar.lowValue));
        b.insert(QStringLiteral("high_value"), number(bar.highValue));
        b.insert(QStringLiteral("net_at_low"), number(bar.netAtLow));
        b.insert(QStringLiteral("net_at_high"), number(bar.netAtHigh));
        bars.append(b);
    }
    QJsonObject tornado;
    tornado.insert(QStringLiteral("base_net"), number(result.tornadoBaseNet));
    tornado.insert(QStringLiteral("bars"), bars);
    o.insert(QStringLiteral("tornado"), tornado);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
    return o;
}

} // namespace cwb::simulate
