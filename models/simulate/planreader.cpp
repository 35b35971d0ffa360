// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate/planreader.h"

#include "core/error.h"
#include "simulate/plansources.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace cwb::simulate {

namespace {

const QStringList kTopKeys = {QStringLiteral("description"), QStringLiteral("horizon_months"),
                              QStringLiteral("draws"),       QStringLiteral("seed"),
                              QStringLiteral("alpha"),       QStringLiteral("power"),
                              QStringLiteral("cells"),       QStringLiteral("sources")};

const QStringList kCellKeys = {QStringLiteral("name"),
                               QStringLiteral("customers"),
                               QStringLiteral("control_share"),
                               QStringLiteral("channel"),
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
                               QStringLiteral("offer"),
                               QStringLiteral("sources")};

// Where a value sits, for error messages: "plan.json: cells[1] ('high value'): connect_rate".
class Context
{
public:
    Context(QString source, QString where) : m_source(std::move(source)), m_where(std::move(where))
    {}
    [[noreturn]] void fail(const QString &field, const QString &what) const
    {
        QString message = m_source + QStringLiteral(": ");
        if (!m_where.isEmpty())
            message += m_where + QStringLiteral(": ");
        if (!field.isEmpty())
            message += field + QStringLiteral(": ");
        throw Error(message + what);
    }

private:
    QString m_source;
    QString m_where;
};

QString show(double value)
{
    return QString::number(value, 'g', 12);
}

void rejectUnknownKeys(const QJsonObject &object, const QStringList &allowed,
                       const Context &context, const QString &field)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            context.fail(field, QStringLiteral("unknown key '%1' (expected one of: %2)")
                                    .arg(it.key(), allowed.join(QStringLiteral(", "))));
        }
    }
}

double numberValue(const QJsonValue &value, const Context &context, const QString &field)
{
    if (!value.isDouble()) {
        context.fail(field, QStringLiteral("expected a number, got %1")
                                .arg(value.isString()
                                         ? QStringLiteral("the text \"%1\"").arg(value.toString())
                                         : QStringLiteral("another JSON type")));
    }
    return value.toDouble();
}

double wholeNumber(const QJsonValue &value, const Context &context, const QString &field,
                   double minimum, double maximum)
{
    const double number = numberValue(value, context, field);
    if (std::floor(number) != number)
        context.fail(field, QStringLiteral("expected a whole number, got %1").arg(show(number)));
    if (number < minimum || number > maximum) {
        context.fail(field, QStringLiteral("%1 is out of range (expected %2 to %3)")
                                .arg(show(number), show(minimum), show(maximum)));
    }
    return number;
}

double optionalNonNegative(const QJsonObject &object, const QString &key, double fallback,
                           const Context &context)
{
    if (!object.contains(key))
        return fallback;
    const double number = numberValue(object.value(key), context, key);
    if (number < 0.0)
        context.fail(key, QStringLiteral("must not be negative, got %1").arg(show(number)));
    return number;
}

double rateNumber(const QJsonValue &value, const Context &context, const QString &field)
{
    const double number = numberValue(value, context, field);
    if (number < 0.0 || number > 1.0) {
        context.fail(field,
                     QStringLiteral("a rate must be between 0 and 1, got %1").arg(show(number)));
    }
    return number;
}

// `sources`: {"connect_rate": {"value": 0.6, "source": "pilot default"}, ...}, keys from
// `allowed`.
std::vector<InputSource> readSources(const QJsonObject &object, const QStringList &allowed,
                                     const Context &context)
{
    const QString key = QStringLiteral("sources");
    std::vector<InputSource> sources;
    if (!object.contains(key))
        return sources;
    if (!object.value(key).isObject()) {
        context.fail(key, QStringLiteral("expected an object: {\"field\": {\"value\": number, "
                                         "\"source\": text}}"));
    }
    const QJsonObject all = object.value(key).toObject();
    rejectUnknownKeys(all, allowed, context, key);
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QString field = key + QLatin1Char('.') + it.key();
        if (!it.value().isObject())
            context.fail(field, QStringLiteral("expected {\"value\": number, \"source\": text}"));
        const QJsonObject entry = it.value().toObject();
        rejectUnknownKeys(entry, {QStringLiteral("value"), QStringLiteral("source")}, context,
                          field);
        const double value = numberValue(entry.value(QStringLiteral("value")), context,
                                         field + QStringLiteral(".value"));
        const QJsonValue text = entry.value(QStringLiteral("source"));
        if (!text.isString() || text.toString().trimmed().isEmpty())
            context.fail(field + QStringLiteral(".source"),
                         QStringLiteral("a non-empty text is required"));
        sources.push_back({it.key(), value, text.toString()});
    }
    return sources;
}

// A default the reader applied gets its source, unless the plan names one.
void defaultSourceUnlessGiven(std::vector<InputSource> &sources, const QJsonObject &object,
                              const QString &field, double value, Channel channel)
{
    if (!object.contains(field) && !findSource(sources, field))
        setSource(sources, field, value, defaultSource(field, channel));
}

UncertainRate readRate(const QJsonValue &value, const Context &context, const QString &field)
{
    if (value.isDouble())
        return UncertainRate::point(rateNumber(value, context, field));
    if (!value.isObject()) {
        context.fail(field, QStringLiteral("expected a rate: a number, {\"low\": x, \"high\": y} "
                                           "(optional \"mode\") or {\"successes\": k, "
                                           "\"trials\": n}"));
    }
    const QJsonObject object = value.toObject();
    if (object.contains(QStringLiteral("successes")) || object.contains(QStringLiteral("trials"))) {
        rejectUnknownKeys(object, {QStringLiteral("successes"), QStringLiteral("trials")}, context,
                          field);
        if (!object.contains(QStringLiteral("successes")) ||
            !object.contains(QStringLiteral("trials")))
            context.fail(field, QStringLiteral("evidence needs both \"successes\" and \"trials\""));
        const double trials = wholeNumber(object.value(QStringLiteral("trials")), context,
                                          field + QStringLiteral(".trials"), 1.0, 1e12);
        const double successes = wholeNumber(object.value(QStringLiteral("successes")), context,
                                             field + QStringLiteral(".successes"), 0.0, 1e12);
        if (successes > trials) {
            context.fail(field, QStringLiteral("successes %1 is more than trials %2")
                                    .arg(show(successes), show(trials)));
        }
        return UncertainRate::evidence(qint64(successes), qint64(trials));
    }
    rejectUnknownKeys(object,
                      {QStringLiteral("low"), QStringLiteral("high"), QStringLiteral("mode")},
                      context, field);
    if (!object.contains(QStringLiteral("low")) || !object.contains(QStringLiteral("high")))
        context.fail(field, QStringLiteral("a range needs both \"low\" and \"high\""));
    const double low =
        rateNumber(object.value(QStringLiteral("low")), context, field + QStringLiteral(".low"));
    const double high =
        rateNumber(object.value(QStringLiteral("high")), context, field + QStringLiteral(".high"));
    if (low > high) {
        context.fail(field, QStringLiteral("low %1 is above high %2").arg(show(low), show(high)));
    }
    if (!object.contains(QStringLiteral("mode")))
        return UncertainRate::uniform(low, high);
    const double mode =
        rateNumber(object.value(QStringLiteral("mode")), context, field + QStringLiteral(".mode"));
    if (mode < low || mode > high) {
        context.fail(field, QStringLiteral("mode %1 is outside the range %2 to %3")
                                .arg(show(mode), show(low), show(high)));
    }
    return UncertainRate::triangular(low, mode, high);
}

PlanCell readCell(const QJsonValue &value, int index, const QString &source, QSet<QString> &names,
                  QStringList &warnings)
{
    const QString position = QStringLiteral("cells[%1]").arg(index);
    if (!value.isObject())
        Context(source, position).fail(QString(), QStringLiteral("expected an object"));
    const QJsonObject object = value.toObject();
    const QJsonValue nameValue = object.value(QStringLiteral("name"));
    if (!nameValue.isString() || nameValue.toString().trimmed().isEmpty())
        Context(source, position)
            .fail(QStringLiteral("name"), QStringLiteral("a non-empty text is required"));
    PlanCell cell;
    cell.name = nameValue.toString().trimmed();
    const Context context(source, QStringLiteral("%1 ('%2')").arg(position, cell.name));
    if (names.contains(cell.name))
        context.fail(QStringLiteral("name"), QStringLiteral("another cell has the same name"));
    names.insert(cell.name);
    rejectUnknownKeys(object, kCellKeys, context, QString());

    if (!object.contains(QStringLiteral("customers")))
        context.fail(QStringLiteral("customers"), QStringLiteral("is required"));
    cell.customers = wholeNumber(object.value(QStringLiteral("customers")), context,
                                 QStringLiteral("customers"), 0.0, 1e12);

    if (object.contains(QStringLiteral("control_share"))) {
        const QString key = QStringLiteral("control_share");
        cell.controlShare = numberValue(object.value(key), context, key);
        if (cell.controlShare < 0.0 || cell.controlShare >= 1.0) {
            context.fail(key, QStringLiteral("must be at least 0 and below 1, got %1")
                                  .arg(show(cell.controlShare)));
        }
    }

    if (object.contains(QStringLiteral("channel"))) {
        const QJsonValue channel = object.value(QStringLiteral("channel"));
        const auto parsed = channelFromName(channel.toString());
        if (!channel.isString() || !parsed) {
            context.fail(QStringLiteral("channel"),
                         QStringLiteral("unknown channel '%1' (expected one of: %2)")
                             .arg(channel.toString(), channelNames().join(QStringLiteral(", "))));
        }
        cell.channel = *parsed;
    }

    for (int s = 0; s < kRateSlots; ++s) {
        const QString key = rateFieldName(RateSlot(s));
        if (object.contains(key))
            cell.rates[size_t(s)] = readRate(object.value(key), context, key);
    }
    cell.controlConversionGiven = object.contains(QStringLiteral("control_conversion_rate"));
    if (!cell.controlConversionGiven) {
        warnings.append(
            QCoreApplication::translate("cwb::Simulation",
                                        "cell '%1': control_conversion_rate not given; assuming 0 "
                                        "(every completion counts as incremental, which is "
                                        "optimistic)")
                .arg(cell.name));
    }

    if (!object.contains(QStringLiteral("monthly_revenue_uplift")))
        context.fail(QStringLiteral("monthly_revenue_uplift"), QStringLiteral("is required"));
    // A change, not only an uplift: an offer may leave the customer paying less than today.
    cell.monthlyRevenueUplift = numberValue(object.value(QStringLiteral("monthly_revenue_uplift")),
                                            context, QStringLiteral("monthly_revenue_uplift"));
    cell.discountPerMonth =
        optionalNonNegative(object, QStringLiteral("discount_per_month"), 0.0, context);
    cell.discountMonths =
        optionalNonNegative(object, QStringLiteral("discount_months"), 0.0, context);
    cell.costPerContact = optionalNonNegative(object, QStringLiteral("cost_per_contact"),
                                              defaultCostPerContact(cell.channel), context);
    cell.costPerSuccess =
        optionalNonNegative(object, QStringLiteral("cost_per_success"), 0.0, context);
    cell.fixedCost = optionalNonNegative(object, QStringLiteral("fixed_cost"), 0.0, context);
    if (object.contains(QStringLiteral("offer"))) {
        const QJsonValue offer = object.value(QStringLiteral("offer"));
        if (!offer.isString())
            context.fail(QStringLiteral("offer"), QStringLiteral("expected text (a package name)"));
        cell.offer = offer.toString().trimmed();
    }
    cell.sources = readSources(object, cellSourceFields(), context);
    for (const QString &field : cellSourceFields()) {
        if (const std::optional<double> value = inputValue(cell, field))
            defaultSourceUnlessGiven(cell.sources, object, field, *value, cell.channel);
    }
    return cell;
}

} // namespace

SimulationPlan readPlan(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        throw Error(QStringLiteral("%1: line %2, column %3: not valid JSON: %4")
                        .arg(source)
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString()));
    }
    const Context top(source, QString());
    if (!document.isObject())
        top.fail(QString(), QStringLiteral("expected a JSON object at the top level"));
    const QJsonObject root = document.object();
    rejectUnknownKeys(root, kTopKeys, top, QString());

    SimulationPlan plan;
    if (root.contains(QStringLiteral("description"))) {
        const QJsonValue description = root.value(QStringLiteral("description"));
        if (!description.isString())
            top.fail(QStringLiteral("description"), QStringLiteral("expected text"));
        plan.description = description.toString();
    }
    if (root.contains(QStringLiteral("horizon_months"))) {
        const QString key = QStringLiteral("horizon_months");
        plan.horizonMonths = numberValue(root.value(key), top, key);
        if (!(plan.horizonMonths > 0.0))
            top.fail(key, QStringLiteral("must be above 0, got %1").arg(show(plan.horizonMonths)));
    }
    if (root.contains(QStringLiteral("draws"))) {
        plan.draws = int(wholeNumber(root.value(QStringLiteral("draws")), top,
                                     QStringLiteral("draws"), 1.0, defaults::maxDraws));
    }
    if (root.contains(QStringLiteral("seed"))) {
        plan.seed = quint64(wholeNumber(root.value(QStringLiteral("seed")), top,
                                        QStringLiteral("seed"), 0.0, 9007199254740992.0));
    }
    for (const QString &key : {QStringLiteral("alpha"), QStringLiteral("power")}) {
        if (!root.contains(key))
            continue;
        const double number = numberValue(root.value(key), top, key);
        if (!(number > 0.0 && number < 1.0))
            top.fail(key, QStringLiteral("must be between 0 and 1, got %1").arg(show(number)));
        (key == QLatin1String("alpha") ? plan.alpha : plan.power) = number;
    }

    plan.sources = readSources(root, planSourceFields(), top);
    defaultSourceUnlessGiven(plan.sources, root, QStringLiteral("horizon_months"),
                             plan.horizonMonths, Channel::Call);

    const QJsonValue cells = root.value(QStringLiteral("cells"));
    if (!cells.isArray() || cells.toArray().isEmpty())
        top.fail(QStringLiteral("cells"), QStringLiteral("a non-empty array of cells is required"));
    QSet<QString> names;
    const QJsonArray array = cells.toArray();
    for (int i = 0; i < array.size(); ++i)
        plan.cells.push_back(readCell(array.at(i), i, source, names, plan.warnings));
    return plan;
}

SimulationPlan readPlanFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    return readPlan(file.readAll(), path);
}

} // namespace cwb::simulate
