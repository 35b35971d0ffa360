// SPDX-License-Identifier: GPL-3.0-or-later
// The ten hand-made customers and the split one-cell campaign the export tests share.
#pragma once

#include "campaign/campaignplanner.h"
#include "campaign/campaignstore.h"
#include "workspace/workspace.h"

#include <QDate>

namespace cwb::test {

// Ten customers c01..c10. contact1 1380000NNNN with NNNN = 1000 x N (c10: 13800010000);
// total_fee_m1 = 100; ld_fee_m1 = 3 x N (c10: 30 -> share 0.30, the only long-distance
// feature); local_minutes_m1 = 100 x N (c05..c10 >= 500: many local calls); grid G1 for odd N,
// G2 for even; contract_end 2026-12-01 + 20 x N days (c01..c04 within 90 days of 2026-12-01).
inline void fillTen(Workspace &workspace)
{
    Database &db = workspace.db();
    db.exec("CREATE TABLE customers(customer_id TEXT NOT NULL, name TEXT, grid TEXT, contact1 "
            "TEXT, total_fee_m1 REAL, ld_fee_m1 REAL, local_minutes_m1 REAL, contract_end TEXT, "
            "_import_id INTEGER, _line INTEGER)");
    db.exec("INSERT INTO customer_columns(position, name, label, source_header, type, canonical) "
            "VALUES (0, 'customer_id', '客户ID', '客户ID', 'text', 1), "
            "(1, 'name', '客户名称', '客户名称', 'text', 1), "
            "(2, 'grid', '营销网格', '营销网格', 'text', 1), "
            "(3, 'contact1', '第一联系电话', '第一联系电话', 'phone', 1), "
            "(4, 'total_fee_m1', '总费用_M1', '总费用_M1', 'decimal', 1), "
            "(5, 'ld_fee_m1', '长途费_M1', '长途费_M1', 'decimal', 1), "
            "(6, 'local_minutes_m1', '本地通话分钟_M1', '本地通话分钟_M1', 'decimal', 1), "
            "(7, 'contract_end', '协议到期', '协议到期', 'date', 1)");
    Statement insert(db, "INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)");
    for (int i = 1; i <= 10; ++i) {
        insert.reset();
        insert.bind(1, QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0')));
        insert.bind(2, QStringLiteral("客户%1").arg(i));
        insert.bind(3, i % 2 ? QStringLiteral("G1") : QStringLiteral("G2"));
        insert.bind(4, QStringLiteral("1380%1").arg(1000 * i, 7, 10, QLatin1Char('0')));
        insert.bind(5, 100.0);
        insert.bind(6, 3.0 * i);
        insert.bind(7, 100.0 * i);
        insert.bind(8, QDate(2026, 12, 1).addDays(20 * i).toString(Qt::ISODate));
        insert.bind(9, i + 1);
        insert.exec();
    }
}

// One call cell over all ten, 2 customers held out as control, one wave starting 2026-12-01.
inline void splitCampaign(Workspace &workspace)
{
    campaign::Campaign c;
    c.name = QStringLiteral("宽带提速");
    c.period = QStringLiteral("2026-12");
    c.start = QDate(2026, 12, 1);
    c.seed = 99;
    c.cells.append({QStringLiteral("all"),
                    {},
                    QStringLiteral("total_fee_m1 > 0"),
                    QStringLiteral("LD 200"),
                    QStringLiteral("call"),
                    0.0,
                    2});
    campaign::Wave wave;
    wave.name = QStringLiteral("test");
    wave.start = QDate(2026, 12, 1);
    wave.days = 2;
    c.waves.append(wave);
    campaign::CampaignStore(workspace).create(c);
    campaign::CampaignPlanner(workspace).split(c.name, nullptr, QDate(2026, 11, 23));
}

} // namespace cwb::test
