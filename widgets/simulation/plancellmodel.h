// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/simulationplan.h"

#include <QAbstractTableModel>

namespace cwb {

// The cells of a ROI plan as an editable table: one row per cell, one column per input
// (name, customers, control share, channel, the four rates, money). Point rates are edited as
// numbers; a range or the evidence of an earlier pilot (from an opened PLAN.json) is kept as
// it is and shown as text ("0.52–0.62", "395/1579"), read-only.
class PlanCellModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Customers,
        ControlShare,
        ChannelColumn,
        ConnectRate,
        IntentionRate,
        CompletionRate,
        ControlConversionRate,
        MonthlyRevenueUplift,
        DiscountPerMonth,
        DiscountMonths,
        CostPerContact,
        CostPerSuccess,
        FixedCost,
        ColumnCount
    };

    explicit PlanCellModel(QObject *parent = nullptr);

    // A cell with the engine's defaults (shared/DOMAIN.md pilot rates, the channel's cost).
    static simulate::PlanCell defaultCell(const QString &name);

    const std::vector<simulate::PlanCell> &cells() const { return m_cells; }
    void setCells(std::vector<simulate::PlanCell> cells);
    void addCell();
    void removeCell(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void cellsChanged();
    // An edit was refused (e.g. a rate outside [0, 1]); the text says why.
    void editRejected(const QString &message);

private:
    static int rateSlot(int column); // -1 when the column is not a rate
    std::vector<simulate::PlanCell> m_cells;
};

} // namespace cwb
