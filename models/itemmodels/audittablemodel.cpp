// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/audittablemodel.h"

#include <QLocale>

#include <cmath>

namespace cwb {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setReport(const AuditReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

const ColumnAudit *AuditTableModel::columnAt(int row) const
{
    return row >= 0 && row < m_report.columns.size() ? &m_report.columns.at(row) : nullptr;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.columns.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::typeText(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return tr("text");
    case ColumnType::Integer:
        return tr("integer");
    case ColumnType::Decimal:
        return tr("decimal");
    case ColumnType::Date:
        return tr("date");
    case ColumnType::Boolean:
        return tr("yes/no");
    case ColumnType::Phone:
        return tr("phone");
    }
    return {};
}

QString AuditTableModel::nullShareText(const ColumnAudit &column)
{
    if (column.nulls <= 0)
        return QStringLiteral("0%");
    const double percent = column.nullRate * 100.0;
    if (std::round(percent * 10.0) < 1.0)
        return QStringLiteral("<0.1%");
    return QString::number(percent, 'f', 1) + QLatin1Char('%');
}

QString AuditTableModel::distinctText(const ColumnAudit &column)
{
    const QString count = QLocale(QLocale::English).toString(column.distinct);
    return column.distinctExact ? count : QStringLiteral("≈") + count;
}

QString AuditTableModel::quantileText(const ColumnAudit &column, const std::optional<double> &value)
{
    if (!value)
        return {};
    // Quartiles are interpolated: four decimals are plenty (82.78999999999999 -> 82.79).
    const QString text = formatAuditNumber(std::round(*value * 1e4) / 1e4);
    return column.quantilesExact ? text : QStringLiteral("≈") + text;
}

QString AuditTableModel::outliersText(const ColumnAudit &column)
{
    if (!isNumeric(column.type) || column.type == ColumnType::Boolean || column.outliers < 0)
        return QStringLiteral("–");
    return QLocale(QLocale::English).toString(column.outliers);
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnAudit &column = m_report.columns.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        // names, types and the range of text/date/phone columns read left to right
        const bool left = index.column() <= TypeColumn ||
                          ((index.column() == MinColumn || index.column() == MaxColumn) &&
                           !isNumeric(column.type));
        return int((left ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return column.name;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale english(QLocale::English);
    switch (index.column()) {
    case NameColumn:
        return column.label.isEmpty() ? column.name : column.label;
    case TypeColumn:
        return typeText(column.type);
    case NullsColumn:
        return nullShareText(column);
    case DistinctColumn:
        return distinctText(column);
    case MinColumn:
        return column.minValue;
    case MaxColumn:
        return column.maxValue;
    case Q1Column:
        return quantileText(column, column.q1);
    case MedianColumn:
        return quantileText(column, column.median);
    case Q3Column:
        return quantileText(column, column.q3);
    case InvalidColumn:
        return english.toString(column.invalid);
    case OutliersColumn:
        return outliersText(column);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Column");
    case TypeColumn:
        return tr("Type");
    case NullsColumn:
        return tr("Empty");
    case DistinctColumn:
        return tr("Distinct");
    case MinColumn:
        return tr("Minimum");
    case MaxColumn:
        return tr("Maximum");
    case Q1Column:
        return tr("Q1");
    case MedianColumn:
        return tr("Median");
    case Q3Column:
        return tr("Q3");
    case InvalidColumn:
        return tr("Invalid");
    case OutliersColumn:
        return tr("Outliers");
    default:
        return {};
    }
}

} // namespace cwb
