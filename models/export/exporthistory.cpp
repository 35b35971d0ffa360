// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exporthistory.h"

#include "workspace/workspace.h"

namespace cwb::exporting {

RecordedContacts recordedContacts(Workspace &workspace, const QString &campaign, int wave)
{
    Statement query(workspace.db(),
                    "SELECT count(*), count(DISTINCT customer_id), count(DISTINCT list_id), "
                    "coalesce(max(contact_date), '') FROM contact_history "
                    "WHERE campaign = ?1 AND is_control = 0 AND (?2 < 0 OR wave = ?2)");
    query.bind(1, campaign);
    query.bind(2, qint64(wave));
    RecordedContacts result;
    if (query.step()) {
        result.contacts = query.int64(0);
        result.customers = query.int64(1);
        result.lists = int(query.int64(2));
        result.lastDate = query.text(3);
    }
    return result;
}

} // namespace cwb::exporting
