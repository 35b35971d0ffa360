// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/columnarcache.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "segment/rulecompiler.h"
#include "workspace/workspace.h"

#include <QDate>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <unordered_map>

namespace cwb {

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01

struct ViewHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Whether bytes are well-formed UTF-8 (SQLite's length() and substr() count characters, which
// agree with byte prefixes only on well-formed text).
bool validUtf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        int extra = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + std::size_t(extra) >= s.size())
            return false;
        for (int k = 1; k <= extra; ++k) {
            const auto d = static_cast<unsigned char>(s[i + std::size_t(k)]);
            if ((d & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += std::size_t(extra) + 1;
    }
    return true;
}

// 'YYYY-MM-DD' of a valid date -> days since 1970-01-01.
std::optional<qint32> isoDays(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p)
        for (int k = 0; k < lengths[p]; ++k) {
            const char ch = s[std::size_t(starts[p] + k)];
            if (ch < '0' || ch > '9')
                return std::nullopt;
            parts[p] = parts[p] * 10 + (ch - '0');
        }
    const QDate date(parts[0], parts[1], parts[2]);
    if (!date.isValid())
        return std::nullopt;
    return qint32(date.toJulianDay() - kUnixEpochJulianDay);
}

// Builds one column while the scan runs.
class ColumnLoader
{
public:
    ColumnLoader(const RuleField &field) : m_column(std::make_shared<CachedColumn>())
    {
        m_column->name = field.name;
        m_column->type = field.type;
        switch (field.type) {
        case ColumnType::Integer:
        case ColumnType::Decimal:
        case ColumnType::Boolean:
            m_column->kind = CachedColumn::Kind::Number;
            break;
        case ColumnType::Date:
            m_column->kind = CachedColumn::Kind::Date;
            break;
        case ColumnType::Text:
        case ColumnType::Phone:
            m_column->kind = CachedColumn::Kind::Text;
            break;
        }
    }

    void add(sqlite3_stmt *stmt, int index, qint64 rowid)
    {
        const int storage = sqlite3_column_type(stmt, index);
        CachedColumn &c = *m_column;
        switch (c.kind) {
        case CachedColumn::Kind::Number:
            if (storage == SQLITE_INTEGER) {
                const sqlite3_int64 v = sqlite3_column_int64(stmt, index);
                const double d = double(v);
                // A magnitude beyond 2^53 makes maxAbs refuse the fast path, so the rounding of
                // double(v) never matters.
                m_allInt = m_allInt && v > CachedColumn::kNullInt && v <= INT32_MAX;
                m_values.push_back(d);
                c.hasIntegers = true;
                c.maxAbs = std::max(c.maxAbs, std::abs(d));
            } else if (storage == SQLITE_FLOAT) {
                const double d = sqlite3_column_double(stmt, index);
                m_allInt = m_allInt && d == std::trunc(d) && d > CachedColumn::kNullInt &&
                           d <= INT32_MAX && !(d == 0 && std::signbit(d));
                m_values.push_back(d);
            } else {
                m_values.push_back(std::nan(""));
                if (storage != SQLITE_NULL)
                    markInexact(rowid, QStringLiteral("a number"));
            }
            break;
        case CachedColumn::Kind::Date: {
            qint32 day = CachedColumn::kNullInt;
            if (storage == SQLITE_TEXT) {
                const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, index));
                const auto days =
                    isoDays(std::string_view(p, std::size_t(sqlite3_column_bytes(stmt, index))));
                if (days)
                    day = *days;
                else
                    markInexact(rowid, QStringLiteral("a date written YYYY-MM-DD"));
            } else if (storage != SQLITE_NULL) {
                markInexact(rowid, QStringLiteral("a date written YYYY-MM-DD"));
            }
            c.ints.push_back(day);
            if (day != CachedColumn::kNullInt) {
                c.minDay = m_anyDay ? std::min(c.minDay, day) : day;
                c.maxDay = m_anyDay ? std::max(c.maxDay, day) : day;
                m_anyDay = true;
            }
            break;
        }
        case CachedColumn::Kind::Text: {
            quint32 code = CachedColumn::kNullCode;
            if (storage == SQLITE_TEXT) {
                const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, index));
                const std::string_view value(p, std::size_t(sqlite3_column_bytes(stmt, index)));
                const auto found = m_dict.find(value);
                if (found != m_dict.end()) {
                    code = found->second;
                } else {
                    code = quint32(c.dictEnds.size());
                    if (value.find('\0') != std::string_view::npos || !validUtf8(value))
                        markInexact(rowid, QStringLiteral("well-formed text without NUL"));
                    c.dictBytes.append(value);
                    c.dictEnds.push_back(quint32(c.dictBytes.size()));
                    m_dict.emplace(std::string(value), code);
                    if (c.dictBytes.size() > std::numeric_limits<quint32>::max() / 2)
                        markInexact(rowid, QStringLiteral("text under 2 GB in all"));
                }
            } else if (storage != SQLITE_NULL) {
                markInexact(rowid, QStringLiteral("text"));
            }
            c.codes32.push_back(code);
            break;
        }
        }
    }

    std::shared_ptr<CachedColumn> finish()
    {
        CachedColumn &c = *m_column;
        if (c.kind == CachedColumn::Kind::Number) {
            if (m_allInt) {
                c.ints.reserve(m_values.size());
                for (double v : m_values)
                    c.ints.push_back(std::isnan(v) ? CachedColumn::kNullInt : qint32(v));
            } else {
                c.doubles = std::move(m_values);
            }
            m_values = {};
        } else if (c.kind == CachedColumn::Kind::Text) {
            const std::size_t n = c.dictEnds.size();
            if (n < 0xFF) {
                c.codes8.reserve(c.codes32.size());
                for (quint32 code : c.codes32)
                    c.codes8.push_back(code == CachedColumn::kNullCode ? 0xFF : quint8(code));
                c.codes32 = {};
            } else if (n < 0xFFFF) {
                c.codes16.reserve(c.codes32.size());
                for (quint32 code : c.codes32)
                    c.codes16.push_back(code == CachedColumn::kNullCode ? 0xFFFF : quint16(code));
                c.codes32 = {};
            }
            c.dictBytes.shrink_to_fit();
            c.dictEnds.shrink_to_fit();
            m_dict = {};
        }
        c.ints.shrink_to_fit();
        c.doubles.shrink_to_fit();
        return m_column;
    }

private:
    void markInexact(qint64 rowid, const QString &expected)
    {
        if (m_column->inexact.isEmpty())
            m_column->inexact = QStringLiteral("column '%1' holds a value that is not %2 "
                                               "(customer rowid %3)")
                                    .arg(m_column->name, expected)
                                    .arg(rowid);
    }

    std::shared_ptr<CachedColumn> m_column;
    std::vector<double> m_values;
    bool m_allInt = true;
    bool m_anyDay = false;
    std::unordered_map<std::string, quint32, ViewHash, std::equal_to<>> m_dict;
};

} // namespace

bool CachedColumn::isNull(std::size_t row) const
{
    switch (kind) {
    case Kind::Number:
        return ints.empty() ? std::isnan(doubles[row]) : ints[row] == kNullInt;
    case Kind::Date:
        return ints[row] == kNullInt;
    case Kind::Text:
        return code(row) == kNullCode;
    }
    return true;
}

quint32 CachedColumn::code(std::size_t row) const
{
    if (!codes8.empty())
        return codes8[row] == 0xFF ? kNullCode : codes8[row];
    if (!codes16.empty())
        return codes16[row] == 0xFFFF ? kNullCode : codes16[row];
    return codes32[row];
}

std::size_t CachedColumn::memoryBytes() const
{
    return ints.capacity() * sizeof(qint32) + doubles.capacity() * sizeof(double) +
           codes8.capacity() + codes16.capacity() * sizeof(quint16) +
           codes32.capacity() * sizeof(quint32) + dictBytes.capacity() +
           dictEnds.capacity() * sizeof(quint32);
}

ColumnarCache::ColumnarCache(Workspace &workspace) : m_workspace(workspace) {}

ColumnarCache::~ColumnarCache() = default;

const CachedColumn *ColumnarCache::column(const QString &name) const
{
    const auto found = m_columns.constFind(name.toLower());
    return found == m_columns.constEnd() ? nullptr : found.value().get();
}

QStringList ColumnarCache::loadedColumns() const
{
    QStringList names;
    for (const auto &c : m_columns)
        names << c->name;
    names.sort();
    return names;
}

std::size_t ColumnarCache::memoryBytes() const
{
    std::size_t bytes = m_rowids.capacity() * sizeof(qint64);
    for (const auto &c : m_columns)
        bytes += c->memoryBytes();
    return bytes;
}

void ColumnarCache::clear()
{
    m_columns.clear();
    m_rowids = {};
    m_rowidsLoaded = false;
    m_dataVersion = -1;
}

void ColumnarCache::ensure(const QStringList &columns, JobControl *job)
{
    Database &db = m_workspace.db();
    if (!db.tableExists(QStringLiteral("customers")))
        throw Error(QStringLiteral("%1 has no customers yet: import an extract first")
                        .arg(m_workspace.path()));
    const qint64 version = m_workspace.dataVersion();
    if (version != m_dataVersion) {
        clear();
        m_dataVersion = version;
    }
    QStringList missing;
    for (const QString &name : columns)
        if (!m_columns.contains(name.toLower()) && !missing.contains(name, Qt::CaseInsensitive))
            missing << name;
    if (!missing.isEmpty() || !m_rowidsLoaded)
        load(missing, job);
}

std::vector<quint8> ColumnarCache::listMembership(qint64 segmentId, JobControl *job) const
{
    Database &db = m_workspace.db();
    std::vector<quint8> membership(m_rowids.size(), kListOther);
    const auto mark = [&](Statement &query, quint8 value) {
        qint64 n = 0;
        while (query.step()) {
            const qint64 rowid = query.int64(0);
            const auto it = std::lower_bound(m_rowids.begin(), m_rowids.end(), rowid);
            if (it == m_rowids.end() || *it != rowid)
                throw Error(QStringLiteral("customer rowid %1 of list segment %2 is not in the "
                                           "columnar cache: the customers changed without a new "
                                           "data version")
                                .arg(rowid)
                                .arg(segmentId));
            membership[std::size_t(it - m_rowids.begin())] = value;
            if (job && (++n & 0xFFFF) == 0)
                job->throwIfCancelled();
        }
    };
    // The same condition as the SQL the compiler writes for a list segment.
    Statement members(db, "SELECT rowid FROM customers WHERE \"customer_id\" IN "
                          "(SELECT customer_id FROM segment_list WHERE segment_id = ?)");
    members.bind(1, segmentId);
    mark(members, kListMember);
    // NULL IN (...) is unknown, not false (NOT segment:"x" must not select them either).
    Statement unknown(db, "SELECT rowid FROM customers WHERE \"customer_id\" IS NULL");
    mark(unknown, kListUnknown);
    return membership;
}

void ColumnarCache::load(const QStringList &names, JobControl *job)
{
    Database &db = m_workspace.db();
    const QList<RuleField> fields = RuleCompiler::loadFields(db);
    std::vector<ColumnLoader> loaders;
    QString select = QStringLiteral("SELECT rowid");
    for (const QString &name : names) {
        const RuleField *field = nullptr;
        for (const RuleField &f : fields)
            if (f.name.compare(name, Qt::CaseInsensitive) == 0)
                field = &f;
        if (!field)
            throw Error(QStringLiteral("the customers table has no column '%1'").arg(name));
        loaders.emplace_back(*field);
        select += QStringLiteral(", ") + Database::quoteIdentifier(field->name);
    }
    select += QStringLiteral(" FROM customers ORDER BY rowid");

    std::vector<qint64> rowids;
    rowids.reserve(m_rowids.empty() ? std::size_t(m_workspace.customerCount()) : m_rowids.size());
    Statement query(db, select.toStdString());
    sqlite3_stmt *stmt = query.handle();
    Progress progress;
    while (query.step()) {
        const qint64 rowid = sqlite3_column_int64(stmt, 0);
        rowids.push_back(rowid);
        for (std::size_t i = 0; i < loaders.size(); ++i)
            loaders[i].add(stmt, int(i) + 1, rowid);
        if ((rowids.size() & 0xFFFF) == 0 && job) {
            job->throwIfCancelled();
            progress.items = qint64(rowids.size());
            job->report(progress);
        }
    }
    ++m_scans;
    // Columns loaded earlier must line up row for row; a change the data_version did not record
    // (another program writing the file) drops them rather than mixing two states of the table.
    if (!m_columns.isEmpty() && rowids != m_rowids)
        m_columns.clear();
    m_rowids = std::move(rowids);
    m_rowidsLoaded = true;
    for (ColumnLoader &loader : loaders) {
        auto column = loader.finish();
        m_columns.insert(column->name.toLower(), std::move(column));
    }
}

} // namespace cwb
