// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offer/package.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cwb {

// The pricing rule: what a package would have cost a customer on their last three months.
//
// The package is replayed as if the customer had taken it three months ago: usage month M3 is
// package month 1, M2 is month 2, M1 (last month) is month 3. For each month k:
//
//   fee_k      = monthly fee, less the discount while it lasts (package months
//                1..discount.months): amount -> fee - value, percent -> fee * (1 - value/100);
//                never below 0
//   overage_k  = max(0, local_k - included local) * local price
//              + max(0, ld_k    - included ld)    * ld price
//              + max(0, data_k  - included data)  * data price
//   carried    = roaming_fee_m1 + fixed_fee_m1 + (package includes broadband ? 0 :
//   broadband_fee_m1)
//                (what the package does not replace: roaming, the fixed-line rental and, unless
//                it is a bundle, the broadband the customer pays for today, at last month's
//                amounts; a package replaces calls and data)
//   bill_k     = fee_k + overage_k + carried
//
// The expected monthly bill is the mean of bill_1..bill_3; the regular bill is the same with no
// discount (the bill once the discount has ended). Today's bill is the mean of the customer's
// total_fee_m1..m3 that are present (missing: unknown, NaN). Missing usage counts as 0.
// Bundles: a customer with broadband at S Mbit/s can only take a bundle of at least S Mbit/s
// (a package without broadband keeps their broadband, a slower bundle would lower it), so a
// slower bundle is not eligible. Money is not rounded inside (shown with 2 decimals).
struct MonthUsage
{
    double localMinutes = 0;
    double ldMinutes = 0;
    double dataMb = 0;
};

struct CustomerUsage
{
    MonthUsage months[3];  // [0] = M1 (last month), [1] = M2, [2] = M3
    double roamingFee = 0; // roaming_fee_m1
    double fixedFee = 0;   // fixed_fee_m1
    double broadbandFee = 0;
    int broadbandMbps = 0;
    double todayBill = std::numeric_limits<double>::quiet_NaN(); // mean of present total_fee_m1..m3
};

struct Quote
{
    bool fits = false;      // false: a bundle slower than the customer's broadband
    double bill = 0;        // expected monthly bill (with the discount months)
    double regularBill = 0; // after the discount
};

// The charge for one month of usage in package month `packageMonth` (1-based), carried fees
// excluded.
inline double monthCharge(const Package &p, const MonthUsage &u, int packageMonth)
{
    return p.feeInMonth(packageMonth) +
           std::max(0.0, u.localMinutes - p.localMinutes) * p.localPerMinute +
           std::max(0.0, u.ldMinutes - p.ldMinutes) * p.ldPerMinute +
           std::max(0.0, u.dataMb - p.dataMb) * p.dataPerMb;
}

// The one pricing function (the matching loop calls it for every customer and package).
inline Quote quote(const Package &p, const CustomerUsage &c)
{
    Quote q;
    q.fits = !(c.broadbandMbps > 0 && p.broadbandMbps > 0 && p.broadbandMbps < c.broadbandMbps);
    const double carried = c.roamingFee + c.fixedFee + (p.isBundle() ? 0.0 : c.broadbandFee);
    double usage = 0;
    double fees = 0;
    for (int k = 0; k < 3; ++k) {
        const int packageMonth = 3 - k; // M3 -> month 1, M1 -> month 3
        const double charge = monthCharge(p, c.months[k], packageMonth);
        fees += p.feeInMonth(packageMonth);
        usage += charge - p.feeInMonth(packageMonth);
    }
    q.bill = (fees + usage) / 3.0 + carried;
    q.regularBill = (3.0 * p.monthlyFee + usage) / 3.0 + carried;
    return q;
}

} // namespace cwb
