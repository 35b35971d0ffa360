// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace cwb {

// A discount on the monthly fee for the first `months` months of the package.
struct Discount
{
    enum class Kind
    {
        None,
        Amount, // `value` yuan off the monthly fee
        Percent // `value` percent off the monthly fee
    };
    Kind kind = Kind::None;
    double value = 0;
    int months = 0;

    bool operator==(const Discount &) const = default;
};

// One package (套餐) or bundle of the catalog. A bundle is a package that includes broadband
// (broadbandMbps > 0): its monthly fee covers the customer's broadband. See pricing.h for how a
// package prices a month of usage, and docs/offers.md for the JSON form.
struct Package
{
    static constexpr double kUnlimited = std::numeric_limits<double>::infinity();

    QString name;
    double monthlyFee = 0;        // yuan per month, before any discount
    double localMinutes = 0;      // included local minutes per month (kUnlimited: no limit)
    double ldMinutes = 0;         // included long-distance minutes per month
    double dataMb = 0;            // included data per month (MB)
    int broadbandMbps = 0;        // included broadband speed; 0 = no broadband (not a bundle)
    double localPerMinute = 0.15; // overage prices, yuan per unit over the allowance
    double ldPerMinute = 0.25;
    double dataPerMb = 0.03;
    int contractMonths = 0; // minimum term (0 = none); informational for campaigns
    Discount discount;
    QString eligibility;  // rule over the customers (rule language); empty = every customer
    QStringList channels; // where it may be offered (kChannels); empty = every channel
    QDate validFrom;      // null = open
    QDate validTo;        // null = open (inclusive)

    bool isBundle() const { return broadbandMbps > 0; }
    // The monthly fee in package month `month` (1 = the first month): the discount applies in
    // months 1..discount.months and never takes the fee below 0.
    double feeInMonth(int month) const;
    // Valid on date (validFrom <= date <= validTo, open ends always hold).
    bool isValidOn(const QDate &date) const;

    bool operator==(const Package &) const = default;
};

// The channels a package may be offered through.
const QStringList &packageChannels(); // call, sms, direct_mail, door_to_door, store

// Throws cwb::Error naming the package and the field when a value is out of range (negative
// fee or price, percent over 100, amount over the fee, discount without months, unknown
// channel, validTo before validFrom, empty name, eligibility rule that does not parse).
void validatePackage(const Package &package);

// The JSON object of one package (docs/offers.md). Unlimited allowances are null.
QJsonObject packageToJson(const Package &package);
// Reads and validates one package object; `where` prefixes errors (e.g. "packages[2]").
Package packageFromJson(const QJsonObject &object, const QString &where);

// A catalog file: {"format": "cwb-packages", "version": 1, "packages": [...]}.
QByteArray catalogToJson(const QList<Package> &packages);
// Parses and validates a whole catalog file (every package, duplicate names refused); throws
// cwb::Error with the position of the first problem. Nothing is partially returned.
QList<Package> catalogFromJson(const QByteArray &json, const QString &source);

} // namespace cwb
