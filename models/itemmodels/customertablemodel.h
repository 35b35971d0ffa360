// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/columntype.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <memory>

namespace cwb {

class Database;
class RowPager;
class Workspace;

// The workspace's customers as a read-only table for the data browser: one column per
// customer_columns entry (by position; the import's bookkeeping columns are hidden), rows read
// lazily a page at a time by key (see RowPager), so a 10^6-row workspace opens at once and
// scrolls in bounded memory. Sort by one column and a "contains" quick filter over one column or
// all text columns (user text is always a bound parameter). Reads through its own read-only
// connection to the workspace file; call reload() after the data changed.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The value as stored (QVariant, invalid for NULL), for copying and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    struct Column
    {
        QString name;
        QString label;
        ColumnType type = ColumnType::Text;
    };

    explicit CustomerTableModel(QObject *parent = nullptr);
    ~CustomerTableModel() override;

    // Shows the customers of `workspace` (nullptr: nothing). Sort and filter are cleared.
    void setWorkspace(Workspace *workspace);
    // Re-reads the table (after an import), keeping sort and filter.
    void reload();

    // Keeps the rows where the column's value (as text) contains `text`, ignoring ASCII case;
    // column -1 = any text, phone or date column. An empty text shows every row.
    void setFilter(const QString &text, int column = -1);
    QString filterText() const { return m_filterText; }
    int filterColumn() const { return m_filterColumn; }

    const QList<Column> &columns() const { return m_columns; }
    qint64 totalRows() const { return m_total; } // rows in the table, whatever the filter
    qint64 rowId(int row) const;                 // -1 when out of range
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    QString lastError() const { return m_lastError; }
    // For tests and the benchmark: pages held in the cache, pages read so far.
    int cachedPages() const;
    qint64 pageFetches() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The workspace could not be read (message for the user); the model is then empty.
    void errorOccurred(const QString &message);

private:
    void rebuild();    // (re)reads columns and count; inside begin/endResetModel
    void applyOrder(); // natural order, or the ordered/filtered TEMP table
    void fail(const QString &message);
    QString displayText(const QVariant &value, ColumnType type) const;

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RowPager> m_pager;
    QList<Column> m_columns;
    qint64 m_total = 0;
    int m_rows = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filterText;
    int m_filterColumn = -1;
    QString m_lastError;
};

// Selected cells as tab-separated text, rows and columns in view order (the bounding box of the
// selection; unselected cells inside it stay empty), with the column headers first when
// `withHeaders`. Tabs and line breaks inside values become spaces.
QString cellsToTsv(const QAbstractItemModel &model, const QModelIndexList &cells, bool withHeaders);

} // namespace cwb
