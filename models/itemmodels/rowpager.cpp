// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/rowpager.h"

#include "core/error.h"
#include "workspace/database.h"

#include <QAtomicInteger>

#include <algorithm>

namespace cwb {

namespace {

QAtomicInteger<quint64> g_orderTables;

QString qualifiedSelectList(const QStringList &columns, const QString &alias)
{
    QStringList parts;
    for (const QString &column : columns)
        parts << alias + QLatin1Char('.') + column;
    return parts.join(QStringLiteral(", "));
}

} // namespace

RowPager::RowPager(Database &db, const QString &table, const QStringList &columns)
    : m_db(db), m_table(QStringLiteral("main.") + Database::quoteIdentifier(table)),
      m_columns(columns)
{}

RowPager::~RowPager()
{
    try {
        clear();
        dropOrderTable();
    } catch (const Error &) {
        // The connection is going away with the pager; the TEMP table goes with it.
    }
}

void RowPager::clear()
{
    m_pageQuery.reset();
    m_pages.clear();
    m_last = nullptr;
    m_anchors.clear();
    m_count = 0;
}

void RowPager::dropOrderTable()
{
    if (m_orderTable.isEmpty())
        return;
    const QString name = m_orderTable;
    m_orderTable.clear();
    m_db.exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(name).toStdString());
}

void RowPager::setNaturalOrder()
{
    clear();
    dropOrderTable();
    m_count = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(m_table).toStdString())
                  .toLongLong();
    // Two queries: SQLite answers a lone min() or max() of the rowid with one b-tree seek.
    const QVariant low =
        m_db.scalar(QStringLiteral("SELECT min(rowid) FROM %1").arg(m_table).toStdString());
    const QVariant high =
        m_db.scalar(QStringLiteral("SELECT max(rowid) FROM %1").arg(m_table).toStdString());
    m_minRowid = low.isNull() ? 0 : low.toLongLong();
    const qint64 maxRowid = high.isNull() ? -1 : high.toLongLong();
    m_dense = m_count == 0 || maxRowid - m_minRowid + 1 == m_count;
    if (!m_dense) {
        // One pass over the rowids (the b-tree's keys), keeping each page's first.
        Statement scan(
            m_db, QStringLiteral("SELECT rowid FROM %1 ORDER BY rowid").arg(m_table).toStdString());
        m_anchors.reserve(std::size_t(m_count / kPageSize + 1));
        qint64 n = 0;
        while (scan.step()) {
            if (n % kPageSize == 0)
                m_anchors.push_back(scan.int64(0));
            ++n;
        }
        m_count = n;
    }
    m_pageQuery = std::make_unique<Statement>(
        m_db, QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid >= ?1 ORDER BY rowid LIMIT ?2")
                  .arg(m_columns.join(QStringLiteral(", ")), m_table)
                  .toStdString());
}

void RowPager::setOrder(const QString &selectRowids, const QVariantList &params)
{
    clear();
    dropOrderTable();
    const QString name = QStringLiteral("cwb_rows_%1").arg(++g_orderTables);
    m_db.exec(QStringLiteral("CREATE TEMP TABLE %1(r INTEGER NOT NULL)").arg(name).toStdString());
    m_orderTable = name;
    Statement fill(
        m_db, QStringLiteral("INSERT INTO temp.%1(r) %2").arg(name, selectRowids).toStdString());
    for (int i = 0; i < params.size(); ++i)
        fill.bindVariant(i + 1, params.at(i));
    fill.exec();
    m_count = m_db.scalar(QStringLiteral("SELECT count(*) FROM temp.%1").arg(name).toStdString())
                  .toLongLong();
    // The positions of a fresh table filled by one INSERT ... SELECT are 1..count in order.
    m_pageQuery = std::make_unique<Statement>(
        m_db, QStringLiteral("SELECT c.rowid, %1 FROM temp.%2 AS o CROSS JOIN %3 AS c "
                             "ON c.rowid = o.r WHERE o.rowid >= ?1 ORDER BY o.rowid LIMIT ?2")
                  .arg(qualifiedSelectList(m_columns, QStringLiteral("c")), name, m_table)
                  .toStdString());
}

RowPager::Page &RowPager::page(qint64 index)
{
    ++m_tick;
    if (m_last && m_last->index == index) {
        m_last->lastUse = m_tick;
        return *m_last;
    }
    for (auto &cached : m_pages) {
        if (cached->index == index) {
            cached->lastUse = m_tick;
            m_last = cached.get();
            return *cached;
        }
    }
    Page *target = nullptr;
    if (int(m_pages.size()) < kMaxPages) {
        m_pages.push_back(std::make_unique<Page>());
        target = m_pages.back().get();
    } else {
        auto oldest =
            std::min_element(m_pages.begin(), m_pages.end(),
                             [](const auto &a, const auto &b) { return a->lastUse < b->lastUse; });
        target = oldest->get();
    }
    target->index = index;
    target->lastUse = m_tick;
    target->rowids.clear();
    target->cells.clear();
    m_last = target;
    try {
        fetch(*target);
    } catch (...) {
        target->index = -1;
        throw;
    }
    return *target;
}

void RowPager::fetch(Page &page)
{
    qint64 start = 0;
    if (isOrdered())
        start = page.index * kPageSize + 1;
    else if (m_dense)
        start = m_minRowid + page.index * kPageSize;
    else
        start = m_anchors.at(std::size_t(page.index));
    const qint64 rows = std::min<qint64>(kPageSize, m_count - page.index * kPageSize);
    const int columns = int(m_columns.size());
    page.rowids.reserve(std::size_t(rows));
    page.cells.reserve(std::size_t(rows * columns));
    m_pageQuery->reset();
    m_pageQuery->bind(1, start);
    m_pageQuery->bind(2, rows);
    while (m_pageQuery->step()) {
        page.rowids.push_back(m_pageQuery->int64(0));
        for (int c = 0; c < columns; ++c)
            page.cells.push_back(m_pageQuery->value(c + 1));
    }
    m_pageQuery->reset();
    ++m_fetches;
}

const QVariant &RowPager::value(qint64 row, int column)
{
    if (row < 0 || row >= m_count || column < 0 || column >= m_columns.size())
        return m_null;
    const Page &p = page(row / kPageSize);
    const auto offset = std::size_t(row % kPageSize);
    if (offset >= p.rowids.size()) // the table changed under us: fewer rows than counted
        return m_null;
    return p.cells[offset * std::size_t(m_columns.size()) + std::size_t(column)];
}

qint64 RowPager::rowId(qint64 row)
{
    if (row < 0 || row >= m_count)
        return -1;
    const Page &p = page(row / kPageSize);
    const auto offset = std::size_t(row % kPageSize);
    return offset < p.rowids.size() ? p.rowids[offset] : -1;
}

} // namespace cwb
