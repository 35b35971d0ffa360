// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/tableexport.h"

#include "core/csvwriter.h"
#include "core/error.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableWidget>

namespace cwb {

QString TableExport::text(const QTableWidget *table, QChar separator)
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < table->columnCount(); ++c) {
        const QTableWidgetItem *item = table->horizontalHeaderItem(c);
        header << CsvWriter::quoteField(item ? item->text() : QString(), separator);
    }
    lines << header.join(separator);
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c) {
            const QTableWidgetItem *item = table->item(r, c);
            cells << CsvWriter::quoteField(item ? item->text() : QString(), separator);
        }
        lines << cells.join(separator);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TableExport::writeCsv(const QTableWidget *table, const QString &path)
{
    // CsvWriter: whole or not at all, and a cell Excel would run as a formula is neutralised.
    CsvWriter writer(path);
    auto row = [table](auto itemAt) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c) {
            const QTableWidgetItem *item = itemAt(c);
            cells << (item ? item->text() : QString());
        }
        return cells;
    };
    writer.writeRow(row([table](int c) { return table->horizontalHeaderItem(c); }));
    for (int r = 0; r < table->rowCount(); ++r)
        writer.writeRow(row([table, r](int c) { return table->item(r, c); }));
    writer.close();
}

void TableExport::install(QTableWidget *table)
{
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy Table"), table);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, table, [table] {
        QGuiApplication::clipboard()->setText(text(table, QLatin1Char('\t')));
    });
    auto *exportCsv = new QAction(tr("Export CSV…"), table);
    QObject::connect(exportCsv, &QAction::triggered, table, [table] {
        const QString path = QFileDialog::getSaveFileName(table, tr("Export Table"), QString(),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        try {
            writeCsv(table, path);
        } catch (const Error &e) {
            QMessageBox::warning(table, tr("Export Table"), e.message());
        }
    });
    table->addAction(copy);
    table->addAction(exportCsv);
}

} // namespace cwb
