// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace cwb {

class JobControl;
class Workspace;

// Customers' values held in memory for the analytics (value x risk grid, churn model, k-means):
// one customer per row in rowid order, one vector per column, a missing value as NaN.
struct CustomerFrame
{
    QStringList ids;                          // customer_id per row
    QStringList names;                        // what each column was asked as
    std::vector<std::vector<double>> columns; // columns[c][row]; NaN = missing

    qsizetype rows() const { return ids.size(); }
    const std::vector<double> &column(qsizetype c) const { return columns.at(std::size_t(c)); }
};

// Loads the customers' values of items from the workspace in one pass. An item is either
// - a numeric column (integer, decimal or boolean) by name or label, e.g. total_fee_m1 or
//   总费用_M1: its value, NULL as NaN; or
// - a condition in the rule language (rulecompiler.h), e.g. `contract = "Month-to-month"` or
//   `months_between(contract_end, today) < 3`: 1 when it holds, 0 when it does not, NaN when
//   it is unknown (a value it needs is missing).
// A text or date column named alone is refused (say what to compare it with). Throws cwb::Error
// (no customers, an item that is neither) or RuleError (a condition that does not parse or
// type-check); cwb::Cancelled when job asks to stop.
CustomerFrame loadCustomerFrame(Workspace &workspace, const QStringList &items, QDate today = {},
                                JobControl *job = nullptr);

// The names of the workspace's numeric customer columns (integer, decimal, boolean), in order.
QStringList numericCustomerColumns(Workspace &workspace);

} // namespace cwb
