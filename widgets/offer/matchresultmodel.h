// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offer/matching.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace cwb {

// The per-customer matching result as a table (customer, package, expected bill, regular bill,
// today's bill, change, savings, reason), filtered by package and by the size of the change.
// Holds the engine's MatchResult; rows are an index vector over it, so a million customers
// cost one int per row.
class MatchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Customer,
        Package,
        ExpectedBill,
        RegularBill,
        TodayBill,
        Change,
        Savings,
        Reason,
        ColumnCount
    };
    // Package filter values besides a package index.
    static constexpr int kAllPackages = -2;
    static constexpr int kNoPackage = -1;

    explicit MatchResultModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const MatchResult> result);
    const MatchResult *result() const { return m_result.get(); }
    // Shows the customers recommended `package` (index), kNoPackage or kAllPackages, whose
    // |change| is at least minChange yuan (0 = all).
    void setFilter(int package, double minChange);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuild();

    std::shared_ptr<const MatchResult> m_result;
    std::vector<int> m_rows;
    int m_package = kAllPackages;
    double m_minChange = 0;
};

} // namespace cwb
