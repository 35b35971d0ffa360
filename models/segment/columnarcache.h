// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/columntype.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cwb {

class JobControl;
class Workspace;

// One customer column held in memory, typed, in the order of the cache's rowids.
struct CachedColumn
{
    enum class Kind
    {
        Number, // Integer, Decimal, Boolean: ints (when every value is a whole number that fits
                // 32 bits) or doubles; missing is kNullInt / NaN
        Date,   // days since 1970-01-01; missing is kNullInt
        Text    // Text, Phone: codes into a dictionary of distinct UTF-8 values; kNullCode missing
    };
    static constexpr qint32 kNullInt = std::numeric_limits<qint32>::min();
    static constexpr quint32 kNullCode = std::numeric_limits<quint32>::max();

    QString name;
    ColumnType type = ColumnType::Text;
    Kind kind = Kind::Text;

    std::vector<qint32> ints;     // Number (whole numbers) or Date
    std::vector<double> doubles;  // Number otherwise
    std::vector<quint8> codes8;   // Text: one of the three, the narrowest that holds the
    std::vector<quint16> codes16; // dictionary (the missing code is the width's maximum)
    std::vector<quint32> codes32;
    std::string dictBytes;         // Text: the distinct values, back to back
    std::vector<quint32> dictEnds; // end offset of each value in dictBytes

    // Number: whether any value is stored as a whole number (INTEGER), and the largest magnitude
    // among those; SQLite computes with them in 64-bit integers, exact where doubles may round.
    bool hasIntegers = false;
    qint32 minDay = 0; // Date: the earliest and latest day present (minDay > maxDay: none)
    qint32 maxDay = -1;
    double maxAbs = 0;
    // Non-empty when a value is not stored as the column's type says (a text in a number column,
    // a date not written 'YYYY-MM-DD', text with a NUL character or invalid UTF-8): SQLite would
    // compare it by its storage class, so rules reading the column are counted in SQL.
    QString inexact;

    bool isNull(std::size_t row) const;
    std::size_t dictSize() const { return dictEnds.size(); }
    std::string_view dictValue(quint32 code) const
    {
        const quint32 begin = code == 0 ? 0 : dictEnds[code - 1];
        return std::string_view(dictBytes).substr(begin, dictEnds[code] - begin);
    }
    quint32 code(std::size_t row) const; // Text: kNullCode when missing
    std::size_t memoryBytes() const;
};

// An in-memory columnar copy of the customer columns that rules read, for counts that must feel
// instant. Columns are loaded on first use (all missing ones in one scan of the customers
// table), typed (see CachedColumn) and kept until the workspace's data_version moves, when the
// whole cache is dropped and reloaded. Only the columns asked for are held.
class ColumnarCache
{
public:
    explicit ColumnarCache(Workspace &workspace);
    ~ColumnarCache();
    ColumnarCache(const ColumnarCache &) = delete;
    ColumnarCache &operator=(const ColumnarCache &) = delete;

    // Makes sure the named customer columns (names as in customer_columns) are loaded and
    // current. Throws cwb::Error for an unknown column or no customers table, cwb::Cancelled when
    // job asks to stop (the cache then holds what it held before).
    void ensure(const QStringList &columns, JobControl *job = nullptr);

    // The customers' rowids in ascending order; row i of every column belongs to rowids()[i].
    const std::vector<qint64> &rowids() const { return m_rowids; }
    qint64 rowCount() const { return qint64(m_rowids.size()); }
    // A loaded column (case-insensitive name), or nullptr.
    const CachedColumn *column(const QString &name) const;
    QStringList loadedColumns() const;
    qint64 dataVersion() const { return m_dataVersion; }
    // Bytes held by the rowids, values and dictionaries.
    std::size_t memoryBytes() const;
    // Table scans done so far (a test sees a reuse or a reload).
    int scans() const { return m_scans; }
    void clear();

    // A list segment's membership over the cache's rows (row i is rowids()[i]), as the SQL
    // `customer_id IN (SELECT customer_id FROM segment_list WHERE segment_id = ?)` decides it:
    // kListMember, kListOther, or kListUnknown for a customer without an id. Read from the
    // workspace on each call (two indexed queries, no table scan); the cache must be current
    // (ensure()). Throws cwb::Error when a member is not among the cached rows (the table
    // changed without data_version moving), cwb::Cancelled when job asks to stop.
    static constexpr quint8 kListOther = 0;
    static constexpr quint8 kListMember = 1;
    static constexpr quint8 kListUnknown = 2;
    std::vector<quint8> listMembership(qint64 segmentId, JobControl *job = nullptr) const;

private:
    void load(const QStringList &names, JobControl *job);

    Workspace &m_workspace;
    qint64 m_dataVersion = -1;
    std::vector<qint64> m_rowids;
    bool m_rowidsLoaded = false; // rowids read (a rule that reads no column needs them too)
    QHash<QString, std::shared_ptr<CachedColumn>> m_columns; // key: lower-case name
    int m_scans = 0;
};

} // namespace cwb
