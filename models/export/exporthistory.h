// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace cwb {
class Workspace;
}

namespace cwb::exporting {

// What the contact history already holds for a campaign's wave: exporting its call lists again
// would record its targets a second time (the fatigue rule then counts them twice).
struct RecordedContacts
{
    qint64 contacts = 0;  // target rows (is_control = 0) of the campaign and wave
    qint64 customers = 0; // distinct customers among them
    int lists = 0;        // distinct list ids
    QString lastDate;     // the latest contact_date, "" when none
};

// The contact history of campaign's wave (1-based; wave < 0: any wave of the campaign).
// Reads only; an unknown campaign simply has no history.
RecordedContacts recordedContacts(Workspace &workspace, const QString &campaign, int wave);

// One export of call lists (table list_exports): what was written and whether the lists carry
// full phone numbers. Exports recorded before the workspace kept this record (schema 7) have it
// from their contact history, with the format, file count and phone choice unknown.
struct ListExport
{
    QString listId;
    QString campaign;
    int wave = -1;                  // 1-based; -1: every wave
    QDateTime exportedAt;           // invalid when unknown
    QString format;                 // "csv", "xlsx"; empty when unknown
    int files = -1;                 // -1 when unknown
    qint64 rows = 0;                // customers on the lists
    std::optional<bool> fullPhones; // unknown for exports older than the record
};

// Records an export (inside the caller's transaction, with its contact history).
void recordListExport(Workspace &workspace, const ListExport &record);
// The recorded exports, oldest first; campaign empty: every campaign's.
QList<ListExport> listExports(Workspace &workspace, const QString &campaign = {});

} // namespace cwb::exporting
