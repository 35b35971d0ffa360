// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/customertablemodel.h"

#include "core/error.h"
#include "import/audit.h"
#include "itemmodels/rowpager.h"
#include "workspace/database.h"
#include "workspace/workspace.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace cwb {

namespace {

// The import's bookkeeping columns: never shown.
bool isHiddenColumn(const QString &name)
{
    return name.startsWith(QLatin1Char('_'));
}

bool isTextLike(ColumnType type)
{
    return type == ColumnType::Text || type == ColumnType::Phone || type == ColumnType::Date;
}

// `text` as a LIKE pattern matching any value that contains it ('\' escapes).
QString containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('%');
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

} // namespace

CustomerTableModel::CustomerTableModel(QObject *parent) : QAbstractTableModel(parent) {}

CustomerTableModel::~CustomerTableModel()
{
    m_pager.reset(); // before the connection it reads through
}

void CustomerTableModel::fail(const QString &message)
{
    m_lastError = message;
    m_pager.reset();
    m_rows = 0;
    emit errorOccurred(message);
}

void CustomerTableModel::setWorkspace(Workspace *workspace)
{
    beginResetModel();
    m_pager.reset();
    m_db.reset();
    m_columns.clear();
    m_total = 0;
    m_rows = 0;
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
    m_filterText.clear();
    m_filterColumn = -1;
    m_lastError.clear();
    m_path = workspace ? workspace->path() : QString();
    rebuild();
    endResetModel();
}

void CustomerTableModel::reload()
{
    beginResetModel();
    m_pager.reset();
    m_db.reset(); // a fresh connection sees the newest committed data
    m_columns.clear();
    m_total = 0;
    m_rows = 0;
    m_lastError.clear();
    rebuild();
    endResetModel();
}

void CustomerTableModel::rebuild()
{
    if (m_path.isEmpty())
        return;
    try {
        if (!m_db)
            m_db = std::make_unique<Database>(m_path, Database::Mode::ReadOnly);
        if (!m_db->tableExists(QStringLiteral("customers")))
            return;
        QSet<QString> present;
        {
            Statement info(*m_db, "SELECT name FROM pragma_table_info('customers')");
            while (info.step())
                present.insert(info.text(0));
        }
        Statement query(*m_db, "SELECT name, label, type FROM customer_columns ORDER BY position");
        QStringList expressions;
        while (query.step()) {
            Column column;
            column.name = query.text(0);
            if (isHiddenColumn(column.name) || !present.contains(column.name))
                continue;
            column.label = query.text(1).isEmpty() ? column.name : query.text(1);
            column.type = columnTypeFromName(query.text(2)).value_or(ColumnType::Text);
            m_columns.append(column);
            expressions << Database::quoteIdentifier(column.name);
        }
        if (m_columns.isEmpty())
            return;
        if (m_sortColumn >= m_columns.size())
            m_sortColumn = -1;
        if (m_filterColumn >= m_columns.size())
            m_filterColumn = -1;
        m_pager = std::make_unique<RowPager>(*m_db, QStringLiteral("customers"), expressions);
        m_total = m_db->scalar("SELECT count(*) FROM main.customers").toLongLong();
        applyOrder();
    } catch (const Error &error) {
        m_columns.clear();
        fail(error.message());
    }
}

void CustomerTableModel::applyOrder()
{
    if (!m_pager)
        return;
    if (m_sortColumn < 0 && m_filterText.isEmpty()) {
        m_pager->setNaturalOrder();
    } else {
        QString sql = QStringLiteral("SELECT rowid FROM main.customers");
        QVariantList params;
        if (!m_filterText.isEmpty()) {
            QStringList tests;
            for (int c = 0; c < m_columns.size(); ++c) {
                const bool wanted =
                    m_filterColumn >= 0 ? c == m_filterColumn : isTextLike(m_columns.at(c).type);
                if (wanted)
                    tests << QStringLiteral("%1 LIKE ?1 ESCAPE '\\'")
                                 .arg(Database::quoteIdentifier(m_columns.at(c).name));
            }
            if (tests.isEmpty())
                tests << QStringLiteral("0");
            sql += QStringLiteral(" WHERE ") + tests.join(QStringLiteral(" OR "));
            params << containsPattern(m_filterText);
        }
        if (m_sortColumn >= 0) {
            const QString key = Database::quoteIdentifier(m_columns.at(m_sortColumn).name);
            // Empty cells last in both directions; ties in rowid order.
            sql += QStringLiteral(" ORDER BY %1 IS NULL, %1 %2, rowid")
                       .arg(key, m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC")
                                                                   : QStringLiteral("DESC"));
        } else {
            sql += QStringLiteral(" ORDER BY rowid");
        }
        m_pager->setOrder(sql, params);
    }
    m_rows = int(std::min<qint64>(m_pager->count(), std::numeric_limits<int>::max()));
}

void CustomerTableModel::setFilter(const QString &text, int column)
{
    if (column < -1 || column >= m_columns.size())
        column = -1;
    if (text == m_filterText && column == m_filterColumn)
        return;
    beginResetModel();
    m_filterText = text;
    m_filterColumn = column;
    try {
        applyOrder();
    } catch (const Error &error) {
        fail(error.message());
    }
    endResetModel();
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= m_columns.size())
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    try {
        applyOrder();
    } catch (const Error &error) {
        fail(error.message());
    }
    // Persistent indexes (the current cell) are not followed through a sort of 10^6 rows:
    // they are dropped, as a view expects after a reset.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

qint64 CustomerTableModel::rowId(int row) const
{
    if (!m_pager || row < 0 || row >= m_rows)
        return -1;
    try {
        return m_pager->rowId(row);
    } catch (const Error &) {
        return -1;
    }
}

int CustomerTableModel::cachedPages() const
{
    return m_pager ? m_pager->cachedPages() : 0;
}

qint64 CustomerTableModel::pageFetches() const
{
    return m_pager ? m_pager->pageFetches() : 0;
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString CustomerTableModel::displayText(const QVariant &value, ColumnType type) const
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case ColumnType::Boolean:
        return value.toLongLong() != 0 ? tr("yes") : tr("no");
    case ColumnType::Decimal:
    case ColumnType::Integer:
        if (value.typeId() == QMetaType::Double)
            return formatAuditNumber(value.toDouble());
        return value.toString();
    default:
        return value.toString();
    }
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_pager)
        return {};
    const Column &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
    case RawValueRole:
        break;
    case Qt::TextAlignmentRole:
        return isNumeric(column.type) && column.type != ColumnType::Boolean
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
    try {
        const QVariant &value = m_pager->value(index.row(), index.column());
        if (role == RawValueRole)
            return value;
        const QString text = displayText(value, column.type);
        if (role == Qt::ToolTipRole)
            return text.size() > 40 ? QVariant(text) : QVariant();
        return text;
    } catch (const Error &error) {
        const_cast<CustomerTableModel *>(this)->m_lastError = error.message();
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns.size())
        return {};
    const Column &column = m_columns.at(section);
    if (role == Qt::DisplayRole)
        return column.label;
    if (role == Qt::ToolTipRole)
        return tr("%1 (%2)").arg(column.name, columnTypeName(column.type));
    return {};
}

QString cellsToTsv(const QAbstractItemModel &model, const QModelIndexList &cells, bool withHeaders)
{
    if (cells.isEmpty())
        return {};
    int top = std::numeric_limits<int>::max(), bottom = -1;
    int left = std::numeric_limits<int>::max(), right = -1;
    for (const QModelIndex &index : cells) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    const int width = right - left + 1;
    QSet<quint64> selected;
    selected.reserve(cells.size());
    for (const QModelIndex &index : cells)
        selected.insert((quint64(index.row()) << 32) | quint32(index.column()));
    const auto clean = [](QString text) {
        for (QChar &c : text)
            if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                c = QLatin1Char(' ');
        return text;
    };
    QString out;
    QStringList fields(width);
    if (withHeaders) {
        for (int c = 0; c < width; ++c)
            fields[c] = clean(model.headerData(left + c, Qt::Horizontal).toString());
        out += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    for (int r = top; r <= bottom; ++r) {
        for (int c = 0; c < width; ++c) {
            const bool isSelected = selected.contains((quint64(r) << 32) | quint32(left + c));
            fields[c] = isSelected ? clean(model.index(r, left + c).data().toString()) : QString();
        }
        out += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace cwb
