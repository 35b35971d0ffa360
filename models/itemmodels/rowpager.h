// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <vector>

namespace cwb {

class Database;
class Statement;

// Reads the rows of one table a page at a time, by key, for item models over 10^6+ rows.
//
// Natural order: row n is the n-th rowid. When the table's rowids are dense (max - min + 1 ==
// count, as after a fresh import) the rowid of row n is min + n and nothing is scanned; else one
// pass over the rowids keeps every kPageSize-th as the anchor of its page. A page is then
// `WHERE rowid >= anchor ORDER BY rowid LIMIT kPageSize`: a b-tree seek, never OFFSET.
// Ordered / filtered: the matching rowids are written once, in order, to a TEMP table whose own
// rowid is the position (1..N); a page joins a rowid range of it back to the table.
// At most kMaxPages pages are kept (least recently used evicted). Errors are thrown as
// cwb::Error. Not thread-safe.
class RowPager
{
public:
    static constexpr int kPageSize = 256;
    static constexpr int kMaxPages = 64;

    // `columns` are SQL expressions over the table (already quoted identifiers).
    RowPager(Database &db, const QString &table, const QStringList &columns);
    ~RowPager();
    RowPager(const RowPager &) = delete;
    RowPager &operator=(const RowPager &) = delete;

    // Every row by rowid.
    void setNaturalOrder();
    // The rows whose rowids `selectRowids` returns, in its order (a SELECT of one column of
    // rowids over the table; values bound to its ?1, ?2, ...).
    void setOrder(const QString &selectRowids, const QVariantList &params);

    qint64 count() const { return m_count; }
    int columnCount() const { return int(m_columns.size()); }
    // The value of a cell (invalid QVariant for NULL); fetches the row's page when needed.
    const QVariant &value(qint64 row, int column);
    qint64 rowId(qint64 row);

    int cachedPages() const { return int(m_pages.size()); }
    qint64 pageFetches() const { return m_fetches; }
    bool isOrdered() const { return !m_orderTable.isEmpty(); }

private:
    struct Page
    {
        qint64 index = -1;
        quint64 lastUse = 0;
        std::vector<qint64> rowids;
        std::vector<QVariant> cells; // rows x columns
    };
    Page &page(qint64 index);
    void fetch(Page &page);
    void dropOrderTable();
    void clear();

    Database &m_db;
    QString m_table; // quoted, schema-qualified
    QStringList m_columns;
    qint64 m_count = 0;
    // natural order
    bool m_dense = true;
    qint64 m_minRowid = 0;
    std::vector<qint64> m_anchors;
    // ordered
    QString m_orderTable;
    std::unique_ptr<Statement> m_pageQuery;
    // cache
    std::vector<std::unique_ptr<Page>> m_pages;
    Page *m_last = nullptr;
    quint64 m_tick = 0;
    qint64 m_fetches = 0;
    QVariant m_null;
};

} // namespace cwb
