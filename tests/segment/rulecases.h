// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-made six-customer workspace and the rules counted on it, with the counts worked out by
// hand in the comments. Shared by tst_rulelanguage (SQL counts) and tst_differential (the SQL and
// columnar paths agree).
#pragma once

#include "common/customertable.h"
#include "workspace/database.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QString>

#include <vector>

namespace cwb::test {

inline const QDate kRuleToday(2026, 11, 23);

// The six customers every count below is checked against.
//  id  city  arpu_m1 ld_fee_m1 total_fee_m1 tenure is_5g contract_end note
//  c1  北京  100     60        100          24     1     2026-12-15   VIP客户
//  c2  上海  50      10        50           3      0     2027-06-01   vip
//  c3  北京  NULL    0         0            12     NULL  NULL         NULL
//  c4  广州  200     150       200          60     1     2026-11-30   VIP
//  c5  深圳  80      20        0            1      0     2025-01-01   普通
//  c6  NULL  120     NULL      100          NULL   1     2027-01-23   VIP客户 老用户
inline void fillRuleWorkspace(Workspace &workspace)
{
    Database &db = workspace.db();
    test::createCustomerTable(
        db,
        "CREATE TABLE customers(customer_id TEXT NOT NULL, city TEXT, arpu_m1 REAL, "
        "ld_fee_m1 REAL, total_fee_m1 REAL, tenure INTEGER, is_5g INTEGER, contract_end "
        "TEXT, note TEXT, _import_id INTEGER, _line INTEGER)",
        {{"customer_id", "客户编号", "text"},
         {"city", "城市", "text"},
         {"arpu_m1", "ARPU_M1", "decimal"},
         {"ld_fee_m1", "长途费_M1", "decimal"},
         {"total_fee_m1", "总费用_M1", "decimal"},
         {"tenure", "在网时长", "integer"},
         {"is_5g", "5G用户", "boolean"},
         {"contract_end", "合约到期日", "date"},
         {"note", "备注 说明", "text"}});
    db.exec("INSERT INTO customers VALUES "
            "('c1', '北京', 100, 60, 100, 24, 1, '2026-12-15', 'VIP客户', 1, 2),"
            "('c2', '上海', 50, 10, 50, 3, 0, '2027-06-01', 'vip', 1, 3),"
            "('c3', '北京', NULL, 0, 0, 12, NULL, NULL, NULL, 1, 4),"
            "('c4', '广州', 200, 150, 200, 60, 1, '2026-11-30', 'VIP', 1, 5),"
            "('c5', '深圳', 80, 20, 0, 1, 0, '2025-01-01', '普通', 1, 6),"
            "('c6', NULL, 120, NULL, 100, NULL, 1, '2027-01-23', 'VIP客户 老用户', 1, 7)");
}

// A rule and the number of the six customers it selects.
struct RuleCase
{
    const char *name;
    const char *rule;
    int expected;
};

inline const std::vector<RuleCase> &ruleCases()
{
    static const std::vector<RuleCase> cases = {
        // arpu_m1 > 90: c1 100, c4 200, c6 120; c3 is NULL -> 3.
        {"comparison", "arpu_m1 > 90", 3},
        // NOT (arpu_m1 > 90): c2 50, c5 80; c3's NULL stays unknown and is not kept -> 2.
        {"not keeps unknown out", "NOT (arpu_m1 > 90)", 2},
        // ld/total: c1 0.6, c2 0.2, c3 0/0 NULL, c4 0.75, c5 20/0 NULL, c6 NULL -> c1, c4 = 2.
        {"ratio, division by zero", "ld_fee_m1 / total_fee_m1 > 0.5", 2},
        // Integer columns divide in floating point: tenure / 5 = c1 4.8, c2 0.6, c3 2.4, c4 12,
        // c5 0.2 (c6 NULL) -> > 2.3: c1, c3, c4 = 3 (integer division would drop c3's 2).
        {"integer division is exact", "tenure / 5 > 2.3", 3},
        // 长途费_M1 >= 20: c1, c4, c5; city 北京/广州: c1, c4 -> 2.
        {"label and IN", "长途费_M1 >= 20 AND city IN (\"北京\", \"广州\")", 2},
        // Case-sensitive: c1 VIP客户, c4 VIP, c6 VIP客户 老用户; c2 'vip' no -> 3.
        {"contains", "note CONTAINS \"VIP\"", 3},
        // c1 VIP客户, c6 VIP客户 老用户 -> 2.
        {"starts with", "note STARTS WITH \"VIP客\"", 2},
        // NOT CONTAINS: c2 vip, c5 普通 (c3 NULL unknown) -> 2.
        {"not contains", "note NOT CONTAINS \"VIP\"", 2},
        // months_between(end, 2026-11-23) = 12*(y-2026) + (m-11) + (d-23)/31:
        // c1 1 - 8/31 = 0.74; c2 12 - 5 - 22/31 = 6.29; c3 NULL; c4 7/31 = 0.23;
        // c5 -12 - 10 - 22/31 = -22.7; c6 12 - 10 + 0 = 2 -> < 3: c1, c4, c5, c6 = 4.
        {"months between", "months_between(contract_end, today) < 3", 4},
        // ... and BETWEEN 0 AND 3: c1, c4, c6 = 3.
        {"months between in a range", "months_between(合约到期日, today) BETWEEN 0 AND 3", 3},
        // is_5g = 1: c1 (24), c4 (60), c6 (NULL tenure) -> tenure 12..60: c1, c4 = 2.
        {"boolean field and between", "is_5g AND tenure BETWEEN 12 AND 60", 2},
        // NOT is_5g: c2, c5 (c3 NULL) -> 2.
        {"not boolean", "NOT is_5g", 2},
        {"boolean equals true", "is_5g = TRUE", 3},
        // avg of present values: c1 80, c2 30, c3 0 (only ld 0), c4 175, c5 50, c6 120 -> 3.
        {"avg skips missing", "avg(arpu_m1, ld_fee_m1) > 70", 3},
        // max: c4 200 only (c6 max(120, NULL) = 120) -> 1.
        {"max", "max(arpu_m1, ld_fee_m1) >= 150", 1},
        // min: c1 60, c2 10, c3 0 (NULL skipped), c4 150, c5 20, c6 120 -> c2, c3 = 2.
        {"min skips missing", "min(arpu_m1, ld_fee_m1) < 15", 2},
        {"coalesce", "coalesce(city, \"未知\") = \"未知\"", 1},
        // c6 (city), c3 (arpu) -> 2.
        {"is null", "city IS NULL OR arpu_m1 IS NULL", 2},
        {"is not null", "city is not null", 5},
        // |arpu - 100|: c1 0, c2 50, c4 100, c5 20, c6 20 -> <= 20: c1, c5, c6 = 3.
        {"abs", "abs(arpu_m1 - 100) <= 20", 3},
        // arpu*2-10 > 150: c1 190, c4 390, c6 230 (c5 150 no); tenure < 2: c5 -> 4.
        {"arithmetic or", "arpu_m1 * 2 - 10 > 150 or tenure < 2", 4},
        // c4 2026-11-30, c5 2025-01-01 -> 2.
        {"date literal", "contract_end < \"2026-12-01\"", 2},
        // >= 2026-11-23: c1, c2, c4, c6 -> 4.
        {"date vs today", "contract_end >= today", 4},
        {"backticked label", "`备注 说明` = \"VIP\"", 1},
        // NOT IN: c2 上海, c4 广州, c5 深圳 (c6 NULL unknown) -> 3.
        {"not in", "city NOT IN (\"北京\")", 3},
        {"not equal", "city <> \"北京\" and city != \"上海\"", 2},
        {"negative number", "-arpu_m1 < -150", 1},
        {"case-insensitive names", "ARPU_m1 > 90 AnD Tenure >= 24", 2},
    };
    return cases;
}

} // namespace cwb::test
