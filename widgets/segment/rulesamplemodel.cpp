// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/rulesamplemodel.h"

#include <QLocale>

namespace cwb {

RuleSampleModel::RuleSampleModel(QObject *parent) : QAbstractTableModel(parent) {}

void RuleSampleModel::setSample(const RuleSample &sample)
{
    beginResetModel();
    m_sample = sample;
    endResetModel();
}

void RuleSampleModel::clear()
{
    setSample({});
}

int RuleSampleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sample.rows.size());
}

int RuleSampleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sample.columns.size());
}

QVariant RuleSampleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sample.rows.size())
        return {};
    const QVariantList &row = m_sample.rows.at(index.row());
    if (index.column() >= row.size())
        return {};
    const QVariant &value = row.at(index.column());
    if (role == Qt::DisplayRole) {
        if (!value.isValid())
            return {};
        if (value.typeId() == QMetaType::Double)
            return QLocale().toString(value.toDouble(), 'g', 12);
        return value;
    }
    if (role == Qt::TextAlignmentRole &&
        (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::LongLong))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RuleSampleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_sample.columns.size())
        return {};
    const RuleField &field = m_sample.columns.at(section);
    if (role == Qt::DisplayRole)
        return field.label.isEmpty() ? field.name : field.label;
    if (role == Qt::ToolTipRole)
        return field.name;
    return {};
}

} // namespace cwb
