// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace cwb {

class Database;

// One row an import refused, with why.
struct RejectRecord
{
    qint64 importId = 0;
    QString file;
    qint64 line = 0;
    QString column; // empty when the row as a whole was wrong (field count)
    QString reason;
    QString raw;
};

// The rejected rows of the workspace: reading and exporting them.
class Rejects
{
public:
    // The newest import's id, 0 when there was none.
    static qint64 latestImportId(Database &db);
    // Rejects of one import (0 = every import), by line; limit < 0 = all.
    static QList<RejectRecord> load(Database &db, qint64 importId, qint64 limit = -1,
                                    qint64 offset = 0);
    static qint64 count(Database &db, qint64 importId);
    // Writes them to a CSV file (UTF-8 with BOM): file, line, column, reason, raw.
    static qint64 exportCsv(Database &db, qint64 importId, const QString &path);
};

} // namespace cwb
