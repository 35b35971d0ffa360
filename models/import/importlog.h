// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace cwb {

class Database;

// One finished import as recorded in the workspace's `imports` table.
struct ImportRecord
{
    qint64 id = 0;
    QString fileName;
    QString finishedAt; // ISO 8601, UTC
    QString mode;       // "replace" or "append"
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
};

// Reads the import log (what the status bar and the summary show about past imports).
class ImportLog
{
public:
    // The newest finished import, or nothing when the workspace has had none.
    static std::optional<ImportRecord> latest(Database &db);
    static qint64 count(Database &db); // finished imports
};

} // namespace cwb
