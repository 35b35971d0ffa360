// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importlog.h"

#include "workspace/database.h"

namespace cwb {

std::optional<ImportRecord> ImportLog::latest(Database &db)
{
    Statement query(db, "SELECT id, file_name, finished_at, mode, coalesce(rows_read, 0), "
                        "coalesce(imported, 0), coalesce(rejected, 0) FROM imports "
                        "WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1");
    if (!query.step())
        return std::nullopt;
    return ImportRecord{query.int64(0), query.text(1),  query.text(2), query.text(3),
                        query.int64(4), query.int64(5), query.int64(6)};
}

qint64 ImportLog::count(Database &db)
{
    return db.scalar("SELECT count(*) FROM imports WHERE finished_at IS NOT NULL").toLongLong();
}

} // namespace cwb
