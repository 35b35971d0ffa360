// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/ruleengine.h"

#include <QAbstractTableModel>

namespace cwb {

// The customers of a RuleSample as a read-only table: one column per customer column, headed
// by its label (the name in the tooltip), a missing value shown empty.
class RuleSampleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RuleSampleModel(QObject *parent = nullptr);

    void setSample(const RuleSample &sample);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    RuleSample m_sample;
};

} // namespace cwb
