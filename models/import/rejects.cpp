// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/rejects.h"

#include "core/csvwriter.h"
#include "workspace/database.h"

namespace cwb {

qint64 Rejects::latestImportId(Database &db)
{
    return db.scalar("SELECT coalesce(max(id), 0) FROM imports WHERE finished_at IS NOT NULL")
        .toLongLong();
}

QList<RejectRecord> Rejects::load(Database &db, qint64 importId, qint64 limit, qint64 offset)
{
    Statement query(db, "SELECT import_id, file, line, column_name, reason, raw FROM rejects "
                        "WHERE (?1 = 0 OR import_id = ?1) ORDER BY import_id, line, id "
                        "LIMIT ?2 OFFSET ?3");
    query.bind(1, importId);
    query.bind(2, limit);
    query.bind(3, offset);
    QList<RejectRecord> records;
    while (query.step()) {
        records.append({query.int64(0), query.text(1), query.int64(2), query.text(3), query.text(4),
                        query.text(5)});
    }
    return records;
}

qint64 Rejects::count(Database &db, qint64 importId)
{
    return db.scalar("SELECT count(*) FROM rejects WHERE (?1 = 0 OR import_id = ?1)", {importId})
        .toLongLong();
}

qint64 Rejects::exportCsv(Database &db, qint64 importId, const QString &path)
{
    CsvWriter writer(path);
    writer.writeRow({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
                     QStringLiteral("reason"), QStringLiteral("raw")});
    qint64 rows = 0;
    for (const RejectRecord &r : load(db, importId)) {
        writer.writeRow({r.file, QString::number(r.line), r.column, r.reason, r.raw});
        ++rows;
    }
    writer.close();
    return rows;
}

} // namespace cwb
