// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

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

} // namespace cwb::exporting
