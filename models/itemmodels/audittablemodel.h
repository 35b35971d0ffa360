// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/audit.h"

#include <QAbstractTableModel>

namespace cwb {

// The audit (数据审核) of an import as a read-only table: one row per customer column with its
// type, null share, distinct values, range, quartiles, invalid and outlier counts and the
// negative values of fee and usage columns (the first lines in the tooltip); the range of a
// personal column reads "masked". Holds the engine's AuditReport; charts are drawn from
// report().columns, not from these cells.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        NullsColumn,
        DistinctColumn,
        MinColumn,
        MaxColumn,
        Q1Column,
        MedianColumn,
        Q3Column,
        InvalidColumn,
        OutliersColumn,
        NegativeColumn,
        ColumnCount
    };

    explicit AuditTableModel(QObject *parent = nullptr);

    void setReport(const AuditReport &report);
    const AuditReport &report() const { return m_report; }
    const ColumnAudit *columnAt(int row) const; // nullptr when out of range

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The texts shown in the table (also used by the printed report).
    static QString typeText(ColumnType type);
    // The null share with one decimal ("12.5%"), "<0.1%" when there are nulls but the share rounds
    // to 0.0%, "0%" when there are none.
    static QString nullShareText(const ColumnAudit &column);
    // Distinct values with thousands separators, prefixed by "≈" when estimated.
    static QString distinctText(const ColumnAudit &column);
    // A quartile rounded to 4 decimals ("≈" when from a sample), empty for non-numeric columns.
    static QString quantileText(const ColumnAudit &column, const std::optional<double> &value);
    // An outlier count, "–" when the column type has none (not numeric, or boolean).
    static QString outliersText(const ColumnAudit &column);
    // Negative values of a money or usage column, "?" when the audit did not count them, "–" for
    // other columns.
    static QString negativeText(const ColumnAudit &column);
    // The first lines with a negative value, by import: "lines 4, 7, 9 …", "lines 41, 161 of
    // import #1; 2, 3" (the import named when it is not the audit's own); empty when none.
    static QString negativeLinesText(const ColumnAudit &column, qint64 auditImportId);

private:
    AuditReport m_report;
};

} // namespace cwb
