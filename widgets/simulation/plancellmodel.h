// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/simulationplan.h"

#include <QAbstractTableModel>

namespace cwb {

// The cells of a ROI plan as an editable table: one row per cell, one column per input
// (name, customers, control share, channel, the four rates, money). A rate is edited as text
// in the forms of simulate::parseRateText: a point "0.6", a range "0.52-0.62" (uniform),
// "0.5-0.6-0.7" (triangular) or the evidence of an earlier pilot "395/1579"; a text the engine
// refuses is not stored and its message goes out through editRejected. A number set through
// setData is stored as a point (the engine's reader checks it with the rest of the plan).
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
