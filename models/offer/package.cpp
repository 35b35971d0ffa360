// SPDX-License-Identifier: GPL-3.0-or-later
#include "offer/package.h"

#include "core/error.h"
#include "segment/ruleparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cwb {

double Package::feeInMonth(int month) const
{
    if (discount.kind == Discount::Kind::None || month > discount.months)
        return monthlyFee;
    const double off = discount.kind == Discount::Kind::Amount
                           ? discount.value
                           : monthlyFee * discount.value / 100.0;
    return std::max(0.0, monthlyFee - off);
}

bool Package::isValidOn(const QDate &date) const
{
    if (validFrom.isValid() && date < validFrom)
        return false;
    if (validTo.isValid() && date > validTo)
        return false;
    return true;
}

const QStringList &packageChannels()
{
    static const QStringList channels{QStringLiteral("call"), QStringLiteral("sms"),
                                      QStringLiteral("direct_mail"), QStringLiteral("door_to_door"),
                                      QStringLiteral("store")};
    return channels;
}

namespace {

QString label(const Package &p)
{
    return p.name.isEmpty() ? QStringLiteral("package (no name)")
                            : QStringLiteral("package '%1'").arg(p.name);
}

void requireNonNegative(const Package &p, const char *field, double value, bool allowInfinite)
{
    const bool ok = allowInfinite ? (value >= 0) : (std::isfinite(value) && value >= 0);
    if (!ok || std::isnan(value))
        throw Error(QStringLiteral("%1: %2 must be a number >= 0, got %3")
                        .arg(label(p), QString::fromLatin1(field), QString::number(value)));
}

QString discountKindName(Discount::Kind kind)
{
    switch (kind) {
    case Discount::Kind::Amount:
        return QStringLiteral("amount");
    case Discount::Kind::Percent:
        return QStringLiteral("percent");
    case Discount::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

void validatePackage(const Package &p)
{
    if (p.name.trimmed().isEmpty())
        throw Error(QStringLiteral("a package needs a name"));
    if (p.name.trimmed() != p.name)
        throw Error(QStringLiteral("%1: the name has leading or trailing spaces").arg(label(p)));
    requireNonNegative(p, "monthly_fee", p.monthlyFee, false);
    requireNonNegative(p, "included local_minutes", p.localMinutes, true);
    requireNonNegative(p, "included ld_minutes", p.ldMinutes, true);
    requireNonNegative(p, "included data_mb", p.dataMb, true);
    requireNonNegative(p, "overage local_per_minute", p.localPerMinute, false);
    requireNonNegative(p, "overage ld_per_minute", p.ldPerMinute, false);
    requireNonNegative(p, "overage data_per_mb", p.dataPerMb, false);
    if (p.broadbandMbps < 0)
        throw Error(QStringLiteral("%1: broadband_mbps must be >= 0 (0 = no broadband), got %2")
                        .arg(label(p))
                        .arg(p.broadbandMbps));
    if (p.contractMonths < 0)
        throw Error(QStringLiteral("%1: contract_months must be >= 0, got %2")
                        .arg(label(p))
                        .arg(p.contractMonths));
    if (p.discount.kind != Discount::Kind::None) {
        const Discount &d = p.discount;
        if (!std::isfinite(d.value) || d.value <= 0)
            throw Error(QStringLiteral("%1: the discount value must be > 0, got %2")
                            .arg(label(p), QString::number(d.value)));
        if (d.kind == Discount::Kind::Percent && d.value > 100)
            throw Error(QStringLiteral("%1: a percent discount must be at most 100, got %2")
                            .arg(label(p), QString::number(d.value)));
        if (d.kind == Discount::Kind::Amount && d.value > p.monthlyFee)
            throw Error(
                QStringLiteral("%1: the discount of %2 yuan exceeds the monthly fee of "
                               "%3 yuan")
                    .arg(label(p), QString::number(d.value), QString::number(p.monthlyFee)));
        if (d.months < 1)
            throw Error(QStringLiteral("%1: a discount needs the number of months it lasts "
                                       "(>= 1), got %2")
                            .arg(label(p))
                            .arg(d.months));
    }
    for (const QString &channel : p.channels)
        if (!packageChannels().contains(channel))
            throw Error(QStringLiteral("%1: unknown channel '%2' (expected one of %3)")
                            .arg(label(p), channel, packageChannels().join(QStringLiteral(", "))));
    if (p.validFrom.isValid() && p.validTo.isValid() && p.validTo < p.validFrom)
        throw Error(
            QStringLiteral("%1: valid_to %2 is before valid_from %3")
                .arg(label(p), p.validTo.toString(Qt::ISODate), p.validFrom.toString(Qt::ISODate)));
    if (!p.eligibility.trimmed().isEmpty()) {
        try {
            parseRule(p.eligibility);
        } catch (const Error &e) {
            throw Error(QStringLiteral("%1: eligibility rule: %2").arg(label(p), e.message()));
        }
    }
}

QJsonObject packageToJson(const Package &p)
{
    auto allowance = [](double v) { return std::isinf(v) ? QJsonValue() : QJsonValue(v); };
    QJsonObject o;
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("monthly_fee"), p.monthlyFee);
    o.insert(QStringLiteral("included"),
             QJsonObject{{QStringLiteral("local_minutes"), allowance(p.localMinutes)},
                         {QStringLiteral("ld_minutes"), allowance(p.ldMinutes)},
                         {QStringLiteral("data_mb"), allowance(p.dataMb)}});
    o.insert(QStringLiteral("broadband_mbps"), p.broadbandMbps);
    o.insert(QStringLiteral("overage"),
             QJsonObject{{QStringLiteral("local_per_minute"), p.localPerMinute},
                         {QStringLiteral("ld_per_minute"), p.ldPerMinute},
                         {QStringLiteral("data_per_mb"), p.dataPerMb}});
    o.insert(QStringLiteral("contract_months"), p.contractMonths);
    if (p.discount.kind == Discount::Kind::None)
        o.insert(QStringLiteral("discount"), QJsonValue());
    else
        o.insert(QStringLiteral("discount"),
                 QJsonObject{{QStringLiteral("kind"), discountKindName(p.discount.kind)},
                             {QStringLiteral("value"), p.discount.value},
                             {QStringLiteral("months"), p.discount.months}});
    o.insert(QStringLiteral("eligibility"), p.eligibility);
    o.insert(QStringLiteral("channels"), QJsonArray::fromStringList(p.channels));
    o.insert(QStringLiteral("valid_from"),
             p.validFrom.isValid() ? QJsonValue(p.validFrom.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("valid_to"),
             p.validTo.isValid() ? QJsonValue(p.validTo.toString(Qt::ISODate)) : QJsonValue());
    return o;
}

namespace {

// Reads JSON with the path of each field in errors ("packages[2].overage.data_per_mb").
struct Reader
{
    QString where;

    [[noreturn]] void fail(const QString &field, const QString &expected,
                           const QJsonValue &got) const
    {
        QString shown;
        switch (got.type()) {
        case QJsonValue::String:
            shown = QStringLiteral("\"%1\"").arg(got.toString());
            break;
        case QJsonValue::Double:
            shown = QString::number(got.toDouble());
            break;
        case QJsonValue::Bool:
            shown = got.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case QJsonValue::Null:
            shown = QStringLiteral("null");
            break;
        case QJsonValue::Array:
            shown = QStringLiteral("an array");
            break;
        case QJsonValue::Object:
            shown = QStringLiteral("an object");
            break;
        case QJsonValue::Undefined:
            shown = QStringLiteral("nothing");
            break;
        }
        throw Error(
            QStringLiteral("%1.%2: expected %3, got %4").arg(where, field, expected, shown));
    }

    double number(const QJsonObject &o, const QString &field, double fallback,
                  bool nullIsUnlimited = false) const
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined())
            return fallback;
        if (v.isNull() && nullIsUnlimited)
            return Package::kUnlimited;
        if (!v.isDouble())
            fail(field,
                 nullIsUnlimited ? QStringLiteral("a number or null (unlimited)")
                                 : QStringLiteral("a number"),
                 v);
        return v.toDouble();
    }

    int integer(const QJsonObject &o, const QString &field, int fallback) const
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(0.5);
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9)
            fail(field, QStringLiteral("a whole number"), v);
        return int(d);
    }

    QDate date(const QJsonObject &o, const QString &field) const
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull())
            return {};
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !d.isValid())
            fail(field, QStringLiteral("a date \"YYYY-MM-DD\" or null"), v);
        return d;
    }

    QJsonObject object(const QJsonObject &o, const QString &field) const
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            fail(field, QStringLiteral("an object"), v);
        return v.toObject();
    }
};

} // namespace

Package packageFromJson(const QJsonObject &o, const QString &where)
{
    static const QStringList known{QStringLiteral("name"),     QStringLiteral("monthly_fee"),
                                   QStringLiteral("included"), QStringLiteral("broadband_mbps"),
                                   QStringLiteral("overage"),  QStringLiteral("contract_months"),
                                   QStringLiteral("discount"), QStringLiteral("eligibility"),
                                   QStringLiteral("channels"), QStringLiteral("valid_from"),
                                   QStringLiteral("valid_to")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            throw Error(QStringLiteral("%1: unknown field \"%2\" (known: %3)")
                            .arg(where, it.key(), known.join(QStringLiteral(", "))));
    const QString named =
        o.value(QStringLiteral("name")).isString()
            ? QStringLiteral("%1 ('%2')").arg(where, o.value(QStringLiteral("name")).toString())
            : where;
    Reader r{named};
    Package p;
    const QJsonValue name = o.value(QStringLiteral("name"));
    if (!name.isString())
        r.fail(QStringLiteral("name"), QStringLiteral("a text"), name);
    p.name = name.toString();
    const QJsonValue fee = o.value(QStringLiteral("monthly_fee"));
    if (!fee.isDouble())
        r.fail(QStringLiteral("monthly_fee"), QStringLiteral("a number"), fee);
    p.monthlyFee = fee.toDouble();
    const QJsonObject included = r.object(o, QStringLiteral("included"));
    Reader ri{named + QStringLiteral(".included")};
    p.localMinutes = ri.number(included, QStringLiteral("local_minutes"), 0, true);
    p.ldMinutes = ri.number(included, QStringLiteral("ld_minutes"), 0, true);
    p.dataMb = ri.number(included, QStringLiteral("data_mb"), 0, true);
    p.broadbandMbps = r.integer(o, QStringLiteral("broadband_mbps"), 0);
    const QJsonObject overage = r.object(o, QStringLiteral("overage"));
    Reader ro{named + QStringLiteral(".overage")};
    p.localPerMinute = ro.number(overage, QStringLiteral("local_per_minute"), p.localPerMinute);
    p.ldPerMinute = ro.number(overage, QStringLiteral("ld_per_minute"), p.ldPerMinute);
    p.dataPerMb = ro.number(overage, QStringLiteral("data_per_mb"), p.dataPerMb);
    p.contractMonths = r.integer(o, QStringLiteral("contract_months"), 0);
    const QJsonValue discount = o.value(QStringLiteral("discount"));
    if (!discount.isUndefined() && !discount.isNull()) {
        if (!discount.isObject())
            r.fail(QStringLiteral("discount"), QStringLiteral("an object or null"), discount);
        const QJsonObject d = discount.toObject();
        Reader rd{named + QStringLiteral(".discount")};
        const QJsonValue kind = d.value(QStringLiteral("kind"));
        if (kind == QJsonValue(QStringLiteral("amount")))
            p.discount.kind = Discount::Kind::Amount;
        else if (kind == QJsonValue(QStringLiteral("percent")))
            p.discount.kind = Discount::Kind::Percent;
        else
            rd.fail(QStringLiteral("kind"), QStringLiteral("\"amount\" or \"percent\""), kind);
        p.discount.value = rd.number(d, QStringLiteral("value"), 0);
        p.discount.months = rd.integer(d, QStringLiteral("months"), 0);
    }
    const QJsonValue eligibility = o.value(QStringLiteral("eligibility"));
    if (!eligibility.isUndefined() && !eligibility.isNull()) {
        if (!eligibility.isString())
            r.fail(QStringLiteral("eligibility"), QStringLiteral("a rule text"), eligibility);
        p.eligibility = eligibility.toString();
    }
    const QJsonValue channels = o.value(QStringLiteral("channels"));
    if (!channels.isUndefined() && !channels.isNull()) {
        if (!channels.isArray())
            r.fail(QStringLiteral("channels"), QStringLiteral("an array of channel names"),
                   channels);
        for (const QJsonValue &c : channels.toArray()) {
            if (!c.isString())
                r.fail(QStringLiteral("channels"), QStringLiteral("channel names"), c);
            p.channels << c.toString();
        }
    }
    p.validFrom = r.date(o, QStringLiteral("valid_from"));
    p.validTo = r.date(o, QStringLiteral("valid_to"));
    try {
        validatePackage(p);
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: %2").arg(where, e.message()));
    }
    return p;
}

QByteArray catalogToJson(const QList<Package> &packages)
{
    QJsonArray list;
    for (const Package &p : packages)
        list.append(packageToJson(p));
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("cwb-packages")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("packages"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<Package> catalogFromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error(QStringLiteral("%1: not valid JSON at byte %2: %3")
                        .arg(source)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject() ||
        doc.object().value(QStringLiteral("format")) != QJsonValue(QStringLiteral("cwb-packages")))
        throw Error(QStringLiteral("%1: not a package catalog (expected an object with \"format\": "
                                   "\"cwb-packages\")")
                        .arg(source));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt(-1) != 1)
        throw Error(QStringLiteral("%1: unsupported catalog version %2 (this version reads 1)")
                        .arg(source, root.value(QStringLiteral("version")).toVariant().toString()));
    const QJsonValue list = root.value(QStringLiteral("packages"));
    if (!list.isArray())
        throw Error(QStringLiteral("%1: \"packages\" must be an array").arg(source));
    QList<Package> packages;
    QSet<QString> names;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1: packages[%2]").arg(source).arg(i);
        if (!array.at(i).isObject())
            throw Error(QStringLiteral("%1: expected an object").arg(where));
        Package p = packageFromJson(array.at(i).toObject(), where);
        if (names.contains(p.name.toLower()))
            throw Error(QStringLiteral("%1: the name '%2' appears twice (names are compared "
                                       "without case)")
                            .arg(where, p.name));
        names.insert(p.name.toLower());
        packages << p;
    }
    return packages;
}

} // namespace cwb
