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

void recordListExport(Workspace &workspace, const ListExport &record)
{
    Statement insert(workspace.db(),
                     "INSERT INTO list_exports(list_id, campaign, wave, exported_at, format, "
                     "files, rows, full_phones) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, record.listId);
    insert.bind(2, record.campaign);
    if (record.wave > 0)
        insert.bind(3, qint64(record.wave));
    insert.bind(4, record.exportedAt.toString(Qt::ISODate));
    insert.bind(5, record.format);
    insert.bind(6, qint64(record.files));
    insert.bind(7, record.rows);
    if (record.fullPhones)
        insert.bind(8, qint64(*record.fullPhones ? 1 : 0));
    insert.exec();
}

QList<ListExport> listExports(Workspace &workspace, const QString &campaign)
{
    Statement query(workspace.db(),
                    "SELECT list_id, campaign, wave, exported_at, format, files, rows, "
                    "full_phones FROM list_exports "
                    "WHERE ?1 = '' OR campaign = ?1 ORDER BY exported_at IS NULL DESC, "
                    "exported_at, rowid");
    query.bind(1, campaign);
    QList<ListExport> exports;
    while (query.step()) {
        ListExport e;
        e.listId = query.text(0);
        e.campaign = query.text(1);
        e.wave = query.isNull(2) ? -1 : int(query.int64(2));
        e.exportedAt = QDateTime::fromString(query.text(3), Qt::ISODate);
        e.format = query.text(4);
        e.files = query.isNull(5) ? -1 : int(query.int64(5));
        e.rows = query.int64(6);
        if (!query.isNull(7))
            e.fullPhones = query.int64(7) != 0;
        exports.append(e);
    }
    return exports;
}

} // namespace cwb::exporting
