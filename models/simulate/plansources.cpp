// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate/plansources.h"

#include "simulate/funnelmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>

namespace cwb::simulate {

namespace {

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

QString money(double value)
{
    return QCoreApplication::translate("cwb::Simulation", "%1 yuan")
        .arg(QLocale().toString(value, 'f', 2));
}

QString shownValue(const QString &field, double value)
{
    const QLocale locale;
    if (field == QLatin1String("horizon_months"))
        return QCoreApplication::translate("cwb::Simulation", "%1 months")
            .arg(locale.toString(value, 'g', 6));
    if (field == QLatin1String("discount_months"))
        return locale.toString(value, 'g', 6);
    if (field == QLatin1String("customers"))
        return locale.toString(value, 'f', 0);
    if (field == QLatin1String("control_share") || field.endsWith(QLatin1String("_rate")))
        return locale.toString(value, 'g', 6);
    return money(value);
}

// The source lines of one list of sources against the current values.
void addLines(std::vector<SourceLine> &out, const QString &cell,
              const std::vector<InputSource> &sources, const QStringList &fields,
              const std::function<std::optional<double>(const QString &)> &current,
              const std::function<QString(const QString &)> &currentText)
{
    for (const QString &field : fields) {
        const InputSource *source = findSource(sources, field);
        if (!source)
            continue;
        SourceLine line;
        line.cell = cell;
        line.field = field;
        line.label = inputLabel(field);
        const std::optional<double> value = current(field);
        line.changed = !value || !sameValue(*value, source->value);
        line.value = value ? shownValue(field, *value) : currentText(field);
        line.assumption = !line.changed && source->source.startsWith(assumedRevenueSource());
        line.source = line.changed ? QCoreApplication::translate("cwb::Simulation",
                                                                 "typed in (it was %1: %2)")
                                         .arg(shownValue(field, source->value), source->source)
                                   : source->source;
        out.push_back(line);
    }
}

} // namespace

const QStringList &cellSourceFields()
{
    static const QStringList fields = {
        QStringLiteral("customers"),
        QStringLiteral("control_share"),
        QStringLiteral("connect_rate"),
        QStringLiteral("intention_rate"),
        QStringLiteral("completion_rate"),
        QStringLiteral("control_conversion_rate"),
        QStringLiteral("monthly_revenue_uplift"),
        QStringLiteral("discount_per_month"),
        QStringLiteral("discount_months"),
        QStringLiteral("cost_per_contact"),
        QStringLiteral("cost_per_success"),
        QStringLiteral("fixed_cost"),
    };
    return fields;
}

const QStringList &planSourceFields()
{
    static const QStringList fields = {QStringLiteral("horizon_months")};
    return fields;
}

QString inputLabel(const QString &field)
{
    if (field == QLatin1String("horizon_months"))
        return QCoreApplication::translate("cwb::Simulation", "horizon");
    if (field == QLatin1String("customers"))
        return QCoreApplication::translate("cwb::Simulation", "customers");
    if (field == QLatin1String("control_share"))
        return QCoreApplication::translate("cwb::Simulation", "control share");
    if (field == QLatin1String("connect_rate"))
        return QCoreApplication::translate("cwb::Simulation", "connect rate");
    if (field == QLatin1String("intention_rate"))
        return QCoreApplication::translate("cwb::Simulation", "intention rate");
    if (field == QLatin1String("completion_rate"))
        return QCoreApplication::translate("cwb::Simulation", "completion rate");
    if (field == QLatin1String("control_conversion_rate"))
        return QCoreApplication::translate("cwb::Simulation", "control conversion rate");
    if (field == QLatin1String("monthly_revenue_uplift"))
        return QCoreApplication::translate(
            "cwb::Simulation", "monthly revenue change per completion after the discount ends");
    if (field == QLatin1String("discount_per_month"))
        return QCoreApplication::translate("cwb::Simulation", "discount per completion per month");
    if (field == QLatin1String("discount_months"))
        return QCoreApplication::translate("cwb::Simulation", "discount months");
    if (field == QLatin1String("cost_per_contact"))
        return QCoreApplication::translate("cwb::Simulation", "cost per contact");
    if (field == QLatin1String("cost_per_success"))
        return QCoreApplication::translate("cwb::Simulation", "cost per success");
    if (field == QLatin1String("fixed_cost"))
        return QCoreApplication::translate("cwb::Simulation", "fixed cost");
    return field;
}

std::optional<double> inputValue(const PlanCell &cell, const QString &field)
{
    for (int s = 0; s < kRateSlots; ++s) {
        if (field == rateFieldName(RateSlot(s))) {
            const UncertainRate &rate = cell.rates[size_t(s)];
            if (rate.kind() != UncertainRate::Kind::Point)
                return std::nullopt;
            return rate.mean();
        }
    }
    if (field == QLatin1String("customers"))
        return cell.customers;
    if (field == QLatin1String("control_share"))
        return cell.controlShare;
    if (field == QLatin1String("monthly_revenue_uplift"))
        return cell.monthlyRevenueUplift;
    if (field == QLatin1String("discount_per_month"))
        return cell.discountPerMonth;
    if (field == QLatin1String("discount_months"))
        return cell.discountMonths;
    if (field == QLatin1String("cost_per_contact"))
        return cell.costPerContact;
    if (field == QLatin1String("cost_per_success"))
        return cell.costPerSuccess;
    if (field == QLatin1String("fixed_cost"))
        return cell.fixedCost;
    return std::nullopt;
}

std::optional<double> inputValue(const SimulationPlan &plan, const QString &field)
{
    if (field == QLatin1String("horizon_months"))
        return plan.horizonMonths;
    return std::nullopt;
}

void setSource(std::vector<InputSource> &sources, const QString &field, double value,
               const QString &source)
{
    for (InputSource &s : sources) {
        if (s.field == field) {
            s.value = value;
            s.source = source;
            return;
        }
    }
    sources.push_back({field, value, source});
}

const InputSource *findSource(const std::vector<InputSource> &sources, const QString &field)
{
    for (const InputSource &s : sources) {
        if (s.field == field)
            return &s;
    }
    return nullptr;
}

QString defaultSource(const QString &field, Channel channel)
{
    if (field == QLatin1String("connect_rate") || field == QLatin1String("intention_rate") ||
        field == QLatin1String("completion_rate"))
        return QCoreApplication::translate("cwb::Simulation", "pilot default (simulatedefaults.h)");
    if (field == QLatin1String("control_conversion_rate"))
        return QCoreApplication::translate(
            "cwb::Simulation",
            "not given: assumed 0, so every completion counts as incremental (optimistic)");
    if (field == QLatin1String("control_share"))
        return QCoreApplication::translate("cwb::Simulation", "not given: no control group");
    if (field == QLatin1String("cost_per_contact"))
        return QCoreApplication::translate(
                   "cwb::Simulation",
                   "assumed cost of a contact by %1 (channel default, simulatedefaults.cpp)")
            .arg(channelName(channel));
    if (field == QLatin1String("discount_per_month") || field == QLatin1String("discount_months"))
        return QCoreApplication::translate("cwb::Simulation", "not given: no discount");
    if (field == QLatin1String("horizon_months"))
        return QCoreApplication::translate("cwb::Simulation", "plan default (simulatedefaults.h)");
    if (field == QLatin1String("monthly_revenue_uplift"))
        return assumedRevenueSource();
    return QCoreApplication::translate("cwb::Simulation", "not given: none");
}

QString assumedRevenueSource()
{
    return QCoreApplication::translate(
        "cwb::Simulation",
        "ASSUMPTION, not the offer's figure: the pilot's 205.2 yuan of incremental revenue "
        "per customer per year / 12 (simulatedefaults.h)");
}

std::vector<SourceLine> describeSources(const SimulationPlan &plan)
{
    std::vector<SourceLine> out;
    addLines(
        out, QString(), plan.sources, planSourceFields(),
        [&](const QString &field) { return inputValue(plan, field); },
        [](const QString &) { return QString(); });
    const QLocale locale;
    const auto amount = [&](double v) { return locale.toString(v, 'f', 2); };
    for (const PlanCell &cell : plan.cells) {
        addLines(
            out, cell.name, cell.sources, cellSourceFields(),
            [&](const QString &field) { return inputValue(cell, field); },
            [&](const QString &field) {
                for (int s = 0; s < kRateSlots; ++s) {
                    if (field == rateFieldName(RateSlot(s)))
                        return cell.rates[size_t(s)].describe();
                }
                return QString();
            });
        // The revenue change of one completion over the horizon, worked out.
        const double horizon = plan.horizonMonths;
        const double discounted =
            cell.discountPerMonth > 0.0 ? std::clamp(cell.discountMonths, 0.0, horizon) : 0.0;
        const double after = cell.monthlyRevenueUplift;
        const double during = after - cell.discountPerMonth;
        if (discounted > 0.0) {
            out.push_back(
                {SourceLine::Kind::DuringDiscount, cell.name, QString(),
                 QCoreApplication::translate(
                     "cwb::Simulation",
                     "monthly revenue change per completion during the discount"),
                 money(during),
                 QCoreApplication::translate("cwb::Simulation",
                                             "%1 after the discount ends less the discount of %2")
                     .arg(amount(after), amount(cell.discountPerMonth))});
        }
        const double total = during * discounted + after * (horizon - discounted);
        const QString working =
            discounted > 0.0
                ? QCoreApplication::translate(
                      "cwb::Simulation",
                      "%1 months at %2 during the discount + %3 months at %4 after it")
                      .arg(locale.toString(discounted, 'g', 6), amount(during),
                           locale.toString(horizon - discounted, 'g', 6), amount(after))
                : QCoreApplication::translate("cwb::Simulation", "%1 months at %2")
                      .arg(locale.toString(horizon, 'g', 6), amount(after));
        out.push_back(
            {SourceLine::Kind::OverHorizon, cell.name, QString(),
             QCoreApplication::translate("cwb::Simulation",
                                         "revenue change per completion over the %1-month horizon")
                 .arg(locale.toString(horizon, 'g', 6)),
             money(total), working});
    }
    return out;
}

} // namespace cwb::simulate
