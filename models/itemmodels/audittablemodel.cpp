// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/audittablemodel.h"

#include <QLocale>
#include <QStringList>

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

QString AuditTableModel::negativeText(const ColumnAudit &column)
{
    if (!isAmount(column.role()))
        return QStringLiteral("–");
    if (column.negatives < 0)
        return QStringLiteral("?");
    return QLocale(QLocale::English).toString(column.negatives);
}

QString AuditTableModel::negativeLinesText(const ColumnAudit &column, qint64 auditImportId)
{
    // Grouped by import: "lines 41, 161, 281 of import #1; 2, 3 …"
    QStringList groups;
    QStringList numbers;
    qint64 group = -1;
    const auto close = [&] {
        if (numbers.isEmpty())
            return;
        QString text = numbers.join(QStringLiteral(", "));
        if (group != auditImportId && auditImportId > 0)
            text = tr("%1 of import #%2").arg(text).arg(group);
        groups << text;
        numbers.clear();
    };
    for (const SourceLine &line : column.negativeLines) {
        if (line.importId != group)
            close();
        group = line.importId;
        numbers << QString::number(line.line);
    }
    close();
    if (groups.isEmpty())
        return {};
    QString text = tr("line(s) %1", nullptr, int(column.negativeLines.size()))
                       .arg(groups.join(QStringLiteral("; ")));
    if (column.negatives > column.negativeLines.size())
        text += QStringLiteral(" …");
    return text;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnAudit &column = m_report.columns.at(index.row());
    const bool range = index.column() == MinColumn || index.column() == MaxColumn;
    if (role == Qt::ToolTipRole && index.column() == NegativeColumn) {
        const QString lines = negativeLinesText(column, m_report.importId);
        return lines.isEmpty() ? QString() : tr("Negative values on %1").arg(lines);
    }
    if (role == Qt::ToolTipRole && range && column.masked)
        return tr("Personal data: the audit keeps no values of this column");
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
        return column.masked ? tr("masked") : column.minValue;
    case MaxColumn:
        return column.masked ? tr("masked") : column.maxValue;
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
    case NegativeColumn:
        return negativeText(column);
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
    case NegativeColumn:
        return tr("Negative");
    default:
        return {};
    }
}

} // namespace cwb
