// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offer/pricing.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

namespace cwb {

class CustomerScope;
class JobControl;
class Workspace;

// A feature a customer's usage (later: their tags) suggests, for the upsell rule.
enum class Feature
{
    Local,        // many local calls
    LongDistance, // many long-distance calls
    Data,         // heavy internet
    Broadband     // no (or slow) broadband at home
};
QString featureName(Feature feature); // "local", "ld", "data", "broadband"

// A feature is suggested for the customers a rule selects (any rule of the segmentation
// language, so a tag can stand in once tags are stored).
struct FeatureRule
{
    Feature feature;
    QString rule;
};
// The defaults over the extract's columns (3-month averages):
//   local      avg(local_minutes_m1, local_minutes_m2, local_minutes_m3) > 500
//   ld         avg(ld_minutes_m1, ld_minutes_m2, ld_minutes_m3) > 300
//   data       avg(data_mb_m1, data_mb_m2, data_mb_m3) > 5000
//   broadband  broadband_mbps < 100 AND avg(data_mb_m1, data_mb_m2, data_mb_m3) > 3000
// Defaults whose columns the workspace lacks are left out; a rule the caller gives must compile.
QList<FeatureRule> defaultFeatureRules();

// Whether a package adds a feature for a customer: its allowance covers the customer's
// 3-month average usage of that kind (local, ld, data), or it is a bundle faster than the
// customer's broadband (broadband).
bool addsFeature(const Package &package, const CustomerUsage &customer, Feature feature);

// How a package is picked for each customer among the eligible ones (eligibility rule true,
// valid on the match date, a bundle not slower than the customer's broadband):
// Bills are compared in whole fen: the expected and regular bills and today's bill are rounded
// to the fen (toFen) before any comparison, and the result holds the rounded figures, so the
// rules hold exactly for what is shown and written.
// - Cheapest: the lowest expected bill; ties (the same fen) by the lower regular bill, then
//   catalog order.
// - Value: among packages whose expected bill is at most today's bill + maxIncrease (in fen,
//   no tolerance), the one with the highest monthly list fee (the richest the customer can move
//   to within the budget); ties by the lower expected bill, then catalog order. None within
//   budget, or no bill today: no recommendation.
// - Upsell: among packages that add at least one of the features suggested for the customer
//   and whose expected bill is not below today's bill, the one adding the most suggested
//   features, then raising the bill least, then catalog order.
struct MatchRule
{
    enum class Kind
    {
        Cheapest,
        Value,
        Upsell
    };
    Kind kind = Kind::Cheapest;
    double maxIncrease = 0; // Value: yuan per month above today's bill (whole fen)
};
// Yuan to whole fen (1/100 yuan), rounded half away from zero: how bills are compared.
qint64 toFen(double yuan);
// Parses "cheapest", "value:X" (X yuan >= 0 with at most 2 decimals) or "upsell"; throws
// cwb::Error otherwise.
MatchRule parseMatchRule(const QString &text);
QString matchRuleText(const MatchRule &rule);

// Why a customer got no recommendation.
enum class NoMatch : std::uint8_t
{
    None = 0,        // a package was recommended
    NoEligible,      // no package is eligible for the customer
    NoBillToday,     // value/upsell need today's bill and it is missing
    NothingInBudget, // value: no eligible package within today + X
    NoFeature,       // upsell: no feature suggested for the customer
    NoUpsell         // upsell: no eligible package adds a suggested feature at >= today's bill
};
QString noMatchText(NoMatch reason);

// The customers' usage read once into arrays (one entry per customer of the scope), with each
// package's eligibility and each feature's suggestion as bits.
struct UsageTable
{
    std::vector<qint64> rowids;
    std::string idChars;                // customer ids, concatenated (UTF-8)
    std::vector<std::uint32_t> idStart; // size() + 1 offsets into idChars
    std::vector<CustomerUsage> usage;
    std::vector<std::uint32_t> eligible; // bit p: package p eligible (rule and validity)
    std::vector<std::uint8_t> features;  // bit int(Feature): suggested
    QStringList missingColumns;          // usage columns the workspace lacks (read as 0)

    qsizetype size() const { return qsizetype(rowids.size()); }
    QString customerId(qsizetype i) const;
};

struct MatchOptions
{
    MatchRule rule;
    QDate date;                      // packages valid on this date; today when null
    QList<FeatureRule> featureRules; // empty: defaultFeatureRules() (used by Upsell only)
};

// Per package: how many customers it is recommended to, what they pay today and would pay.
struct PackageSummary
{
    QString package; // empty for the customers with no recommendation
    qint64 customers = 0;
    double todayTotal = 0;   // sum of today's bills (yuan per month)
    double billTotal = 0;    // sum of expected bills
    double regularTotal = 0; // sum of regular bills (after the discount)
    double revenueEffect() const { return billTotal - todayTotal; } // per month
};

struct MatchResult
{
    QList<Package> packages; // the catalog matched (index = package index)
    UsageTable table;
    std::vector<std::int16_t> choice; // package index, -1 none
    std::vector<NoMatch> reason;
    std::vector<double> bill;          // expected bill of the choice (NaN when none)
    std::vector<double> regularBill;   // NaN when none
    QList<PackageSummary> summary;     // one per package in catalog order, then "none"
    std::vector<qint64> noMatchCounts; // by NoMatch value

    qsizetype size() const { return table.size(); }
    double today(qsizetype i) const { return table.usage[std::size_t(i)].todayBill; } // to the fen
    // + = pays more; the difference of the two fen amounts, so exactly what is shown
    double change(qsizetype i) const
    {
        const double b = bill[std::size_t(i)], t = today(i);
        if (std::isnan(b) || std::isnan(t))
            return b - t; // NaN: no recommendation or no bill today
        return double(toFen(b) - toFen(t)) / 100.0;
    }
    double savings(qsizetype i) const { return std::max(0.0, -change(i)); }
};

// Reads the usage of the scope's customers (one query, columns read once into arrays).
// Requires the workspace to hold customers with at least one of local_minutes_m1, ld_minutes_m1,
// data_mb_m1; other missing usage columns read as 0 and are listed in missingColumns.
// Eligibility rules of the packages and the feature rules are evaluated in the same query.
UsageTable loadUsage(Workspace &workspace, const CustomerScope &scope,
                     const QList<Package> &packages, const QList<FeatureRule> &featureRules,
                     QDate date, JobControl *job = nullptr);

// Recommends one package per customer of the table by the rule (pure: same input, same output).
MatchResult recommend(const QList<Package> &packages, UsageTable table, const MatchRule &rule,
                      JobControl *job = nullptr);

// loadUsage + recommend. Throws cwb::Error when the catalog is empty or has more than 32
// packages, when a rule does not compile, or when the workspace has no usage columns.
MatchResult matchPackages(Workspace &workspace, const CustomerScope &scope,
                          const QList<Package> &packages, const MatchOptions &options,
                          JobControl *job = nullptr);

// Writes the per-customer result as CSV (UTF-8 with BOM): customer_id, package, expected_bill,
// regular_bill, today_bill, change, savings, reason.
void writeMatchCsv(const MatchResult &result, const QString &path);

} // namespace cwb
