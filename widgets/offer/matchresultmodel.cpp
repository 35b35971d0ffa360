// SPDX-License-Identifier: GPL-3.0-or-later
#include "offer/matchresultmodel.h"

#include <cmath>

namespace cwb {

MatchResultModel::MatchResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void MatchResultModel::setResult(std::shared_ptr<const MatchResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    rebuild();
    endResetModel();
}

void MatchResultModel::setFilter(int package, double minChange)
{
    beginResetModel();
    m_package = package;
    m_minChange = minChange;
    rebuild();
    endResetModel();
}

void MatchResultModel::rebuild()
{
    m_rows.clear();
    if (!m_result)
        return;
    const qsizetype n = m_result->size();
    m_rows.reserve(std::size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        const int choice = m_result->choice[std::size_t(i)];
        if (m_package != kAllPackages && choice != m_package)
            continue;
        if (m_minChange > 0) {
            const double change = choice >= 0 ? m_result->change(i) : 0.0;
            if (std::isnan(change) || std::abs(change) < m_minChange)
                continue;
        }
        m_rows.push_back(int(i));
    }
}

int MatchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MatchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchResultModel::data(const QModelIndex &index, int role) const
{
    if (!m_result || !index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const qsizetype i = m_rows[std::size_t(index.row())];
    const int choice = m_result->choice[std::size_t(i)];
    auto money = [](double v) -> QVariant {
        return std::isnan(v) ? QVariant() : QVariant(QString::number(v, 'f', 2));
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ExpectedBill && index.column() <= Savings
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Customer:
        return m_result->table.customerId(i);
    case Package:
        return choice >= 0 ? m_result->packages.at(choice).name : QString();
    case ExpectedBill:
        return money(m_result->bill[std::size_t(i)]);
    case RegularBill:
        return money(m_result->regularBill[std::size_t(i)]);
    case TodayBill:
        return money(m_result->today(i));
    case Change:
        return choice >= 0 ? money(m_result->change(i)) : QVariant();
    case Savings:
        return choice >= 0 ? money(m_result->savings(i)) : QVariant();
    case Reason:
        switch (m_result->reason[std::size_t(i)]) {
        case NoMatch::None:
            return QString();
        case NoMatch::NoEligible:
            return tr("no eligible package");
        case NoMatch::NoBillToday:
            return tr("no bill today");
        case NoMatch::NothingInBudget:
            return tr("nothing within budget");
        case NoMatch::NoFeature:
            return tr("no feature suggested");
        case NoMatch::NoUpsell:
            return tr("no upsell adds a suggested feature");
        }
        return {};
    default:
        return {};
    }
}

QVariant MatchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Customer:
        return tr("Customer");
    case Package:
        return tr("Recommended package");
    case ExpectedBill:
        return tr("Expected bill");
    case RegularBill:
        return tr("After the discount ends");
    case TodayBill:
        return tr("Today's bill");
    case Change:
        return tr("Change");
    case Savings:
        return tr("Savings");
    case Reason:
        return tr("No recommendation because");
    default:
        return {};
    }
}

} // namespace cwb
