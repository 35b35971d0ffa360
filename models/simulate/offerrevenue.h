// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offer/matching.h"

#include <QString>

#include <vector>

namespace cwb::simulate {

// What a cell's offer does to the bills of the customers who take it, by the pricing rule of
// models/offer/pricing.h (their last three months replayed on the package) against what they
// pay today (the mean of total_fee_m1..m3):
//
//   after the discount ends   change_i = regular bill on the package - today's bill
//   during the discount       change_i - discount per month
//   discount per month        = monthly fee - fee in the first package month
//                               (amount: min(value, fee); percent: fee x value / 100)
//
// averaged over the customers who can take it: eligible for it (its eligibility rule and
// validity on the date the usage was loaded for), not a bundle slower than their broadband, and
// with a bill today. The plan's monthly_revenue_uplift is the change after the discount ends,
// discount_per_month and discount_months the package's discount.
struct OfferRevenue
{
    QString package;
    qint64 customers = 0;      // the customers looked at
    qint64 priced = 0;         // of them, those who can take it and have a bill today
    qint64 notEligible = 0;    // eligibility rule false, or the package not valid on the date
    qint64 slowerBundle = 0;   // a bundle slower than their broadband
    qint64 noBillToday = 0;    // eligible, but total_fee_m1..m3 all missing
    double todayTotal = 0.0;   // sum over the priced customers, yuan per month
    double regularTotal = 0.0; // their bills on the package once the discount has ended
    double discountPerMonth = 0.0;
    int discountMonths = 0;

    // Yuan per customer per month; NaN when no customer was priced.
    double changeAfterDiscount() const;
    double changeDuringDiscount() const;
};

// Prices `package` (index `packageIndex` of the packages `table` was loaded with, for its
// eligibility bits) for the customers at `rows` of the table.
OfferRevenue offerRevenue(const Package &package, int packageIndex, const UsageTable &table,
                          const std::vector<qsizetype> &rows);

// The discount of a package in yuan per month while it lasts (0 without a discount).
double discountPerMonth(const Package &package);
// "20% off 129.00 for 6 months", "10.00 yuan off for 3 months", "no discount" (translated).
QString describeDiscount(const Package &package);

} // namespace cwb::simulate
