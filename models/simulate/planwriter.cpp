// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate/planwriter.h"

#include "core/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace cwb {

using namespace simulate;

namespace {

QJsonValue rateJson(const UncertainRate &rate)
{
    switch (rate.kind()) {
    case UncertainRate::Kind::Point:
        return rate.low();
    case UncertainRate::Kind::Uniform:
        return QJsonObject{{QStringLiteral("low"), rate.low()},
                           {QStringLiteral("high"), rate.high()}};
    case UncertainRate::Kind::Triangular:
        return QJsonObject{{QStringLiteral("low"), rate.low()},
                           {QStringLiteral("high"), rate.high()},
                           {QStringLiteral("mode"), rate.mode()}};
    case UncertainRate::Kind::Evidence:
        return QJsonObject{{QStringLiteral("successes"), double(rate.successes())},
                           {QStringLiteral("trials"), double(rate.trials())}};
    }
    return rate.low();
}

QJsonObject sourcesJson(const std::vector<InputSource> &sources)
{
    QJsonObject object;
    for (const InputSource &s : sources) {
        object.insert(s.field, QJsonObject{{QStringLiteral("value"), s.value},
                                           {QStringLiteral("source"), s.source}});
    }
    return object;
}

} // namespace

QJsonObject PlanWriter::toJson(const SimulationPlan &plan)
{
    QJsonArray cells;
    for (const PlanCell &cell : plan.cells) {
        QJsonObject object{
            {QStringLiteral("name"), cell.name},
            {QStringLiteral("customers"), cell.customers},
            {QStringLiteral("control_share"), cell.controlShare},
            {QStringLiteral("channel"), channelName(cell.channel)},
            {QStringLiteral("monthly_revenue_uplift"), cell.monthlyRevenueUplift},
            {QStringLiteral("discount_per_month"), cell.discountPerMonth},
            {QStringLiteral("discount_months"), cell.discountMonths},
            {QStringLiteral("cost_per_contact"), cell.costPerContact},
            {QStringLiteral("cost_per_success"), cell.costPerSuccess},
            {QStringLiteral("fixed_cost"), cell.fixedCost},
        };
        for (int slot = 0; slot < kRateSlots; ++slot) {
            if (slot == int(RateSlot::ControlConversion) && !cell.controlConversionGiven)
                continue;
            object.insert(rateFieldName(RateSlot(slot)), rateJson(cell.rates[size_t(slot)]));
        }
        if (!cell.offer.isEmpty())
            object.insert(QStringLiteral("offer"), cell.offer);
        if (!cell.sources.empty())
            object.insert(QStringLiteral("sources"), sourcesJson(cell.sources));
        cells.append(object);
    }
    QJsonObject root{
        {QStringLiteral("horizon_months"), plan.horizonMonths},
        {QStringLiteral("draws"), plan.draws},
        {QStringLiteral("seed"), double(plan.seed)},
        {QStringLiteral("alpha"), plan.alpha},
        {QStringLiteral("power"), plan.power},
        {QStringLiteral("cells"), cells},
    };
    if (!plan.description.isEmpty())
        root.insert(QStringLiteral("description"), plan.description);
    if (!plan.sources.empty())
        root.insert(QStringLiteral("sources"), sourcesJson(plan.sources));
    return root;
}

QByteArray PlanWriter::toBytes(const SimulationPlan &plan)
{
    return QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented);
}

void PlanWriter::writeFile(const SimulationPlan &plan, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("%1: cannot write: %2").arg(path, file.errorString()));
    file.write(toBytes(plan));
    if (!file.commit())
        throw Error(tr("%1: cannot write: %2").arg(path, file.errorString()));
}

} // namespace cwb
