// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <vector>

namespace cwb {

class Database;
class Workspace;

// While alive, SQLite overwrites what the connection deletes with zeros (PRAGMA secure_delete =
// ON): the cells of deleted rows and the pages freed by them. Restores the previous setting.
// Works inside an open transaction.
class SecureDelete
{
public:
    explicit SecureDelete(Database &db);
    ~SecureDelete();
    SecureDelete(const SecureDelete &) = delete;
    SecureDelete &operator=(const SecureDelete &) = delete;

private:
    Database &m_db;
    qint64 m_previous = 0;
};

// The rejected rows the workspace keeps for one import (customer extract or call outcomes).
struct HeldRejects
{
    enum class Kind
    {
        Customers,
        Outcomes
    };
    Kind kind = Kind::Customers;
    qint64 importId = 0; // imports.id or outcome_imports.id
    QString fileName;
    QString campaign;   // outcome imports: the campaign's name
    QString importedAt; // ISO 8601 UTC
    qint64 rows = 0;    // reject rows kept
};

// Which rejects a purge removes: every import's (the default), or one import's of one kind.
struct PurgeScope
{
    bool customers = true;     // rejects of customer imports ...
    qint64 customerImport = 0; // ... of this import only (0 = all)
    bool outcomes = true;      // rejects of outcome imports ...
    qint64 outcomeImport = 0;  // ... of this import only (0 = all)
};

struct PurgeResult
{
    QList<HeldRejects> purged;     // what was removed, per import
    qint64 rows = 0;               // reject rows removed
    qint64 auditColumnsMasked = 0; // stored audit columns of personal data masked on the way
    qint64 freeBytes = 0;          // free space in the file afterwards (overwritten with zeros)

    QJsonObject toJson() const;
};

// How long the workspace keeps personal data that the planning no longer needs: rejected rows
// (their raw text and reasons quote names, phone numbers and ids) and audits. See
// docs/user-guide.md, "What the workspace keeps".
//
// - A replace import replaces every earlier customer import: dropReplacedImports deletes their
//   rejects and audit runs in the import's transaction. The import log rows stay (file name,
//   size, hash, times and counts: no personal data), so the history and the counts of rejected
//   rows remain.
// - An outcome import replaces an earlier import of the same campaign when its file holds again
//   every attempt the earlier one recorded (a corrected or complete re-send):
//   dropReplacedOutcomeImports deletes the earlier import's rejects in the import's transaction.
// - purgeRejects deletes the reject rows of the chosen imports on request (cwb rejects --purge,
//   Data ▸ Purge Rejected Rows…), keeping the import log and its counts.
// Every delete runs with secure_delete on, so the bytes are overwritten in the file.
class Retention
{
public:
    // The imports with rejected rows kept, customer imports first, each by id.
    static QList<HeldRejects> heldRejects(Database &db, const PurgeScope &scope = {});

    // Deletes the rejects in scope and masks the personal columns of stored audits
    // (scrubStoredAudits), in one transaction. Throws cwb::Error for an import number that does
    // not exist (the workspace is then unchanged) or a read-only workspace.
    static PurgeResult purgeRejects(Workspace &workspace, const PurgeScope &scope = {});

    // Inside a replace import's transaction: deletes the rejects and audit runs (with their
    // columns) of every customer import before `importId`. Returns the reject rows deleted.
    static qint64 dropReplacedImports(Database &db, qint64 importId);

    // For workspaces an earlier version wrote, at an append import: what the latest replace
    // import replaced (dropReplacedImports) and the values of personal columns in stored audits
    // (scrubStoredAudits). Idempotent; inside the caller's transaction.
    static void tidy(Database &db);

    // Inside an outcome import's transaction: `seen` maps each earlier import of the campaign to
    // the lines (in its file) of the attempts this import found again unchanged. An earlier
    // import that recorded at least one attempt and whose attempts were all seen is replaced:
    // its rejects are deleted. Returns the replaced imports; `rowsDeleted` gets the rejects
    // deleted.
    static QList<qint64> dropReplacedOutcomeImports(Database &db,
                                                    std::map<qint64, std::vector<qint64>> seen,
                                                    qint64 *rowsDeleted = nullptr);
};

} // namespace cwb
