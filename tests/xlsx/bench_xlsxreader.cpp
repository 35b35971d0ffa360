// SPDX-License-Identifier: GPL-3.0-or-later
// Measures XlsxReader on a customer extract of ROWS x 30 columns (default 100000), written with
// libxlsxwriter: per row a zero-padded id string, 9 repeating text codes (shared strings), a
// date, 19 numbers with decimals.
// Usage: bench_xlsxreader [file.xlsx] [rows]   (the file is written when it does not exist)
#include "core/error.h"
#include "import/xlsxreader.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <xlsxwriter.h>

namespace {

bool writeWorkbook(const QString &path, int rows)
{
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    if (!wb)
        return false;
    lxw_worksheet *ws = workbook_add_worksheet(wb, "extract");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    const char *codes[] = {"4G套餐", "5G畅享", "宽带融合", "校园卡", "亲情号"};
    for (int c = 0; c < 30; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), QStringLiteral("字段%1").arg(c).toUtf8(),
                               nullptr);
    char id[16];
    for (int r = 1; r <= rows; ++r) {
        std::snprintf(id, sizeof id, "%010d", r);
        worksheet_write_string(ws, lxw_row_t(r), 0, id, nullptr);
        for (int c = 1; c < 10; ++c)
            worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), codes[(r + c) % 5], nullptr);
        lxw_datetime d = {2015 + r % 9, 1 + r % 12, 1 + r % 28, 0, 0, 0};
        worksheet_write_datetime(ws, lxw_row_t(r), 10, &d, date);
        for (int c = 11; c < 30; ++c)
            worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), (r % 1000) * 0.37 + c, nullptr);
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

} // namespace

int main(int argc, char **argv)
{
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/bench_xlsxreader.xlsx");
    const int rows = argc > 2 ? std::atoi(argv[2]) : 100000;
    if (!QFile::exists(path)) {
        QElapsedTimer w;
        w.start();
        if (!writeWorkbook(path, rows)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("wrote %s in %.2f s\n", qPrintable(path), w.elapsed() / 1000.0);
    }
    try {
        QElapsedTimer t;
        t.start();
        cwb::XlsxReader reader(path);
        const double openSeconds = t.elapsed() / 1000.0;
        cwb::Record record;
        qint64 records = 0, fields = 0, bytes = 0;
        while (reader.next(record)) {
            ++records;
            fields += qint64(record.fields.size());
            bytes += qint64(record.raw.size());
        }
        const double seconds = t.elapsed() / 1000.0;
        std::printf("%lld records, %lld fields, %lld bytes of CSV, sheet XML %.1f MB: open %.2f s, "
                    "total %.2f s (%.0f rows/s)\n",
                    records, fields, bytes, reader.bytesTotal() / 1e6, openSeconds, seconds,
                    records / seconds);
    } catch (const cwb::Error &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
