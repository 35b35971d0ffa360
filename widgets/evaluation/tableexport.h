// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QTableWidget;

namespace cwb {

// Copy and CSV export of the Evaluation step's result tables: the table as shown (header row
// first), cells quoted as RFC 4180 wants when they hold the separator, a quote or a newline.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    // The table as text with the given separator (tab for the clipboard, comma for CSV).
    static QString text(const QTableWidget *table, QChar separator);
    // Adds "Copy Table" (Ctrl+Shift+C) and "Export CSV…" to the table's context menu.
    static void install(QTableWidget *table);
    // Writes the table as UTF-8 CSV (with a BOM, so spreadsheets read Chinese text) through
    // CsvWriter: whole or not at all, a cell Excel would run as a formula starts with '. Throws
    // cwb::Error when the file cannot be written.
    static void writeCsv(const QTableWidget *table, const QString &path);
};

} // namespace cwb
