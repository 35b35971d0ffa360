// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate/offerrevenue.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace cwb::simulate {

double OfferRevenue::changeAfterDiscount() const
{
    if (priced <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return (regularTotal - todayTotal) / double(priced);
}

double OfferRevenue::changeDuringDiscount() const
{
    return changeAfterDiscount() - discountPerMonth;
}

double discountPerMonth(const Package &package)
{
    if (package.discount.kind == Discount::Kind::None || package.discount.months < 1)
        return 0.0;
    return package.monthlyFee - package.feeInMonth(1);
}

QString describeDiscount(const Package &package)
{
    const QLocale locale;
    const int months = package.discount.months;
    const QString fee = locale.toString(package.monthlyFee, 'f', 2);
    switch (package.discount.kind) {
    case Discount::Kind::None:
        break;
    case Discount::Kind::Percent: {
        const QString value = locale.toString(package.discount.value, 'g', 6);
        return months == 1
                   ? QCoreApplication::translate("cwb::Simulation", "%1% off %2 for 1 month")
                         .arg(value, fee)
                   : QCoreApplication::translate("cwb::Simulation", "%1% off %2 for %3 months")
                         .arg(value, fee)
                         .arg(months);
    }
    case Discount::Kind::Amount: {
        const QString value = locale.toString(package.discount.value, 'f', 2);
        return months == 1
                   ? QCoreApplication::translate("cwb::Simulation", "%1 yuan off %2 for 1 month")
                         .arg(value, fee)
                   : QCoreApplication::translate("cwb::Simulation", "%1 yuan off %2 for %3 months")
                         .arg(value, fee)
                         .arg(months);
    }
    }
    return QCoreApplication::translate("cwb::Simulation", "no discount");
}

OfferRevenue offerRevenue(const Package &package, int packageIndex, const UsageTable &table,
                          const std::vector<qsizetype> &rows)
{
    OfferRevenue r;
    r.package = package.name;
    r.discountPerMonth = discountPerMonth(package);
    r.discountMonths = r.discountPerMonth > 0.0 ? package.discount.months : 0;
    const std::uint32_t bit = std::uint32_t(1) << packageIndex;
    for (const qsizetype row : rows) {
        ++r.customers;
        const std::size_t i = std::size_t(row);
        if (!(table.eligible[i] & bit)) {
            ++r.notEligible;
            continue;
        }
        const CustomerUsage &usage = table.usage[i];
        const Quote q = quote(package, usage);
        if (!q.fits) {
            ++r.slowerBundle;
            continue;
        }
        if (!std::isfinite(usage.todayBill)) {
            ++r.noBillToday;
            continue;
        }
        ++r.priced;
        r.todayTotal += usage.todayBill;
        r.regularTotal += q.regularBill;
    }
    return r;
}

} // namespace cwb::simulate
