// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace cwb {

class Database;
class RowPager;
class Workspace;

// One import as the rejects view offers it in its filter.
struct RejectsImport
{
    qint64 id = 0;
    QString fileName;
    QString startedAt;   // ISO 8601 UTC
    qint64 rejected = 0; // rows in the rejects table for this import
    qint64 logged = 0;   // rows the import rejected (the import log): more when purged or replaced
};

// The rows imports refused (the workspace's `rejects` table) as a read-only table: import, file,
// line, column (its label when the workspace still has it; the name in the tooltip), reason and
// the raw text of the row, ordered by import and line, read lazily a
// page at a time (see RowPager). Optionally restricted to one import. Reads through its own
// read-only connection to the workspace file; call reload() after an import.
class RejectsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ImportColumn,
        FileColumn,
        LineColumn,
        ColumnNameColumn,
        ReasonColumn,
        RawColumn,
        ColumnCount
    };

    explicit RejectsModel(QObject *parent = nullptr);
    ~RejectsModel() override;

    void setWorkspace(Workspace *workspace); // nullptr: nothing; the filter is cleared
    void reload();
    void setImportFilter(qint64 importId); // 0 = every import
    qint64 importFilter() const { return m_importId; }
    // Every import of the workspace, newest first, with its count of rejects.
    QList<RejectsImport> imports() const { return m_imports; }
    QString workspacePath() const { return m_path; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);

private:
    void rebuild();
    void applyFilter();
    void fail(const QString &message);

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RowPager> m_pager;
    QList<RejectsImport> m_imports;
    QHash<QString, QString> m_labels; // column name -> label (customer_columns)
    qint64 m_importId = 0;
    int m_rows = 0;
    QString m_lastError;
};

} // namespace cwb
