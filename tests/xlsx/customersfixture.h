// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <xlsxwriter.h>

namespace cwb::test {

// Writes tests/data/xlsx_basic/customers.xlsx: a customer extract as a BSS export would look in
// Excel. Used by make_fixture (which wrote the committed file) and by tst_xlsxreader (which checks
// that the committed file still matches this program). Returns false on a libxlsxwriter error.
//
// Sheet "客户" (customers), 1-based Excel rows:
//   1  客户ID | 客户名称 | 入网时间 | 联系电话 | 上月总费用 | 是否实名
//   2  000123 | 张三 | 2019-03-15 (built-in date format 14) | 13800138000 | 128.5 | TRUE
//   3  000456 | 李四, "VIP" | 2020-12-01 08:30:00 (yyyy-mm-dd hh:mm:ss) | (blank, formatted) | 99 |
//      FALSE
//   4  (missing)
//   5  007890 | 王五 | 2021-07-01 (yyyy"年"m"月"d"日")   -- only three cells
//   6  010000 | (missing cell) | (missing cell) | 0755-1234 | 1234567.891 | TRUE
// Sheet "套餐" (packages):
//   1  套餐编码 | 套餐名称 | 月费
//   2  P001 | 畅享套餐 | 128
//   3  P002 | 流量王 | 58
inline bool writeCustomersWorkbook(const char *path)
{
    lxw_workbook *wb = workbook_new(path);
    if (!wb)
        return false;
    lxw_worksheet *ws = workbook_add_worksheet(wb, "客户");
    lxw_format *builtinDate = workbook_add_format(wb);
    format_set_num_format_index(builtinDate, 14);
    lxw_format *dateTime = workbook_add_format(wb);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm:ss");
    lxw_format *chineseDate = workbook_add_format(wb);
    format_set_num_format(chineseDate, "yyyy\"年\"m\"月\"d\"日\"");
    lxw_format *border = workbook_add_format(wb);
    format_set_border(border, LXW_BORDER_THIN);

    const char *header[] = {"客户ID", "客户名称", "入网时间", "联系电话", "上月总费用", "是否实名"};
    for (lxw_col_t c = 0; c < 6; ++c)
        worksheet_write_string(ws, 0, c, header[c], nullptr);

    worksheet_write_string(ws, 1, 0, "000123", nullptr);
    worksheet_write_string(ws, 1, 1, "张三", nullptr);
    lxw_datetime d1 = {2019, 3, 15, 0, 0, 0};
    worksheet_write_datetime(ws, 1, 2, &d1, builtinDate);
    worksheet_write_string(ws, 1, 3, "13800138000", nullptr);
    worksheet_write_number(ws, 1, 4, 128.5, nullptr);
    worksheet_write_boolean(ws, 1, 5, 1, nullptr);

    worksheet_write_string(ws, 2, 0, "000456", nullptr);
    worksheet_write_string(ws, 2, 1, "李四, \"VIP\"", nullptr);
    lxw_datetime d2 = {2020, 12, 1, 8, 30, 0};
    worksheet_write_datetime(ws, 2, 2, &d2, dateTime);
    worksheet_write_blank(ws, 2, 3, border);
    worksheet_write_number(ws, 2, 4, 99, nullptr);
    worksheet_write_boolean(ws, 2, 5, 0, nullptr);

    worksheet_write_string(ws, 4, 0, "007890", nullptr);
    worksheet_write_string(ws, 4, 1, "王五", nullptr);
    lxw_datetime d3 = {2021, 7, 1, 0, 0, 0};
    worksheet_write_datetime(ws, 4, 2, &d3, chineseDate);

    worksheet_write_string(ws, 5, 0, "010000", nullptr);
    worksheet_write_string(ws, 5, 3, "0755-1234", nullptr);
    worksheet_write_number(ws, 5, 4, 1234567.891, nullptr);
    worksheet_write_boolean(ws, 5, 5, 1, nullptr);

    lxw_worksheet *packages = workbook_add_worksheet(wb, "套餐");
    worksheet_write_string(packages, 0, 0, "套餐编码", nullptr);
    worksheet_write_string(packages, 0, 1, "套餐名称", nullptr);
    worksheet_write_string(packages, 0, 2, "月费", nullptr);
    worksheet_write_string(packages, 1, 0, "P001", nullptr);
    worksheet_write_string(packages, 1, 1, "畅享套餐", nullptr);
    worksheet_write_number(packages, 1, 2, 128, nullptr);
    worksheet_write_string(packages, 2, 0, "P002", nullptr);
    worksheet_write_string(packages, 2, 1, "流量王", nullptr);
    worksheet_write_number(packages, 2, 2, 58, nullptr);

    return workbook_close(wb) == LXW_NO_ERROR;
}

} // namespace cwb::test
