// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/tableexport.h"

#include "core/error.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableWidget>

namespace cwb {

namespace {

QString quoted(const QString &cell, QChar separator)
{
    if (!cell.contains(separator) && !cell.contains(QLatin1Char('"')) &&
        !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString escaped = cell;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString TableExport::text(const QTableWidget *table, QChar separator)
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < table->columnCount(); ++c) {
        const QTableWidgetItem *item = table->horizontalHeaderItem(c);
        header << quoted(item ? item->text() : QString(), separator);
    }
    lines << header.join(separator);
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c) {
            const QTableWidgetItem *item = table->item(r, c);
            cells << quoted(item ? item->text() : QString(), separator);
        }
        lines << cells.join(separator);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TableExport::writeCsv(const QTableWidget *table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("cannot write %1: %2").arg(path, file.errorString()));
    file.write("\xEF\xBB\xBF");
    file.write(text(table, QLatin1Char(',')).toUtf8());
    if (!file.commit())
        throw Error(tr("cannot write %1: %2").arg(path, file.errorString()));
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
