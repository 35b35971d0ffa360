// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/rejectsmodel.h"

#include "core/error.h"
#include "itemmodels/rowpager.h"
#include "workspace/database.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <limits>

namespace cwb {

RejectsModel::RejectsModel(QObject *parent) : QAbstractTableModel(parent) {}

RejectsModel::~RejectsModel()
{
    m_pager.reset();
}

void RejectsModel::fail(const QString &message)
{
    m_lastError = message;
    m_pager.reset();
    m_rows = 0;
    emit errorOccurred(message);
}

void RejectsModel::setWorkspace(Workspace *workspace)
{
    beginResetModel();
    m_pager.reset();
    m_db.reset();
    m_imports.clear();
    m_labels.clear();
    m_importId = 0;
    m_rows = 0;
    m_lastError.clear();
    m_path = workspace ? workspace->path() : QString();
    rebuild();
    endResetModel();
}

void RejectsModel::reload()
{
    beginResetModel();
    m_pager.reset();
    m_db.reset();
    m_imports.clear();
    m_labels.clear();
    m_rows = 0;
    m_lastError.clear();
    rebuild();
    endResetModel();
}

void RejectsModel::rebuild()
{
    if (m_path.isEmpty())
        return;
    try {
        m_db = std::make_unique<Database>(m_path, Database::Mode::ReadOnly);
        if (!m_db->tableExists(QStringLiteral("rejects")))
            return;
        Statement imports(*m_db,
                          "SELECT i.id, i.file_name, i.started_at, "
                          "(SELECT count(*) FROM rejects r WHERE r.import_id = i.id), "
                          "coalesce(i.rejected, 0) "
                          "FROM imports i WHERE i.finished_at IS NOT NULL ORDER BY i.id DESC");
        while (imports.step())
            m_imports.append({imports.int64(0), imports.text(1), imports.text(2), imports.int64(3),
                              imports.int64(4)});
        Statement labels(*m_db, "SELECT name, label FROM customer_columns");
        while (labels.step())
            if (!labels.text(1).isEmpty())
                m_labels.insert(labels.text(0), labels.text(1));
        const bool known =
            std::any_of(m_imports.cbegin(), m_imports.cend(),
                        [this](const RejectsImport &i) { return i.id == m_importId; });
        if (!known)
            m_importId = 0;
        m_pager = std::make_unique<RowPager>(
            *m_db, QStringLiteral("rejects"),
            QStringList{QStringLiteral("import_id"), QStringLiteral("file"), QStringLiteral("line"),
                        QStringLiteral("column_name"), QStringLiteral("reason"),
                        QStringLiteral("raw")});
        applyFilter();
    } catch (const Error &error) {
        fail(error.message());
    }
}

void RejectsModel::applyFilter()
{
    if (!m_pager)
        return;
    m_pager->setOrder(QStringLiteral("SELECT id FROM main.rejects WHERE (?1 = 0 OR import_id = ?1) "
                                     "ORDER BY import_id, line, id"),
                      {m_importId});
    m_rows = int(std::min<qint64>(m_pager->count(), std::numeric_limits<int>::max()));
}

void RejectsModel::setImportFilter(qint64 importId)
{
    if (importId == m_importId)
        return;
    beginResetModel();
    m_importId = importId;
    try {
        applyFilter();
    } catch (const Error &error) {
        fail(error.message());
    }
    endResetModel();
}

int RejectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RejectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_pager ? 0 : ColumnCount;
}

QVariant RejectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_pager)
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == ImportColumn || column == LineColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    try {
        const QVariant &value = m_pager->value(index.row(), column);
        if (role == Qt::ToolTipRole) {
            if (column == ColumnNameColumn)
                return value.toString().isEmpty() ? QVariant() : QVariant(value.toString());
            return column == RawColumn || column == ReasonColumn ? value.toString() : QVariant();
        }
        if (column == ColumnNameColumn) {
            if (value.toString().isEmpty())
                return tr("(whole row)");
            return m_labels.value(value.toString(), value.toString());
        }
        return value.toString();
    } catch (const Error &error) {
        const_cast<RejectsModel *>(this)->m_lastError = error.message();
        return {};
    }
}

QVariant RejectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ImportColumn:
        return tr("Import");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case ColumnNameColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    case RawColumn:
        return tr("Raw text");
    default:
        return {};
    }
}

} // namespace cwb
