// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejects/purgerejects.h"

#include "core/error.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace cwb {

std::unique_ptr<QMessageBox> PurgeRejects::confirmation(QWidget *parent,
                                                        const QList<HeldRejects> &held)
{
    const QLocale locale;
    qint64 rows = 0;
    QStringList lines;
    for (const HeldRejects &entry : held) {
        rows += entry.rows;
        const QString when =
            locale.toString(QDateTime::fromString(entry.importedAt, Qt::ISODate).toLocalTime(),
                            QLocale::ShortFormat);
        const QString count = tr("%n row(s)", nullptr, int(entry.rows));
        lines << (entry.kind == HeldRejects::Kind::Customers
                      ? tr("Import #%1 %2 (%3): %4")
                            .arg(entry.importId)
                            .arg(entry.fileName.toHtmlEscaped(), when, count)
                      : tr("Call outcomes #%1 %2, campaign %3 (%4): %5")
                            .arg(entry.importId)
                            .arg(entry.fileName.toHtmlEscaped(), entry.campaign.toHtmlEscaped(),
                                 when, count));
    }
    auto box = std::make_unique<QMessageBox>(parent);
    box->setWindowTitle(tr("Purge Rejected Rows"));
    box->setIcon(QMessageBox::Question);
    box->setTextFormat(Qt::RichText);
    // Wide enough for a file name and its time on one line.
    box->setStyleSheet(QStringLiteral("QLabel#qt_msgbox_label { min-width: 32em; }"));
    box->setText(
        tr("Remove %n rejected row(s) of these imports from the workspace?", nullptr, int(rows)) +
        QStringLiteral("<ul><li>%1</li></ul>").arg(lines.join(QStringLiteral("</li><li>"))));
    box->setInformativeText(
        tr("Their raw text and reasons (which quote names, phone numbers and ids) are "
           "overwritten in the file. The import log keeps each import's file name, time and "
           "number of rejected rows. Export the rejected rows first if you still need to correct "
           "them. This cannot be undone."));
    QPushButton *purge = box->addButton(tr("&Purge"), QMessageBox::DestructiveRole);
    purge->setObjectName(QStringLiteral("purge"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    return box;
}

bool PurgeRejects::run(QWidget *parent, Workspace &workspace)
{
    const QString title = tr("Purge Rejected Rows");
    try {
        const QList<HeldRejects> held = Retention::heldRejects(workspace.db());
        if (held.isEmpty()) {
            QMessageBox::information(parent, title,
                                     tr("The workspace keeps no rejected rows: nothing to purge."));
            return false;
        }
        const std::unique_ptr<QMessageBox> box = confirmation(parent, held);
        box->exec();
        if (box->buttonRole(box->clickedButton()) != QMessageBox::DestructiveRole)
            return false;
        const PurgeResult result = Retention::purgeRejects(workspace);
        QMessageBox::information(
            parent, title,
            tr("%n rejected row(s) removed.", nullptr, int(result.rows)) + QLatin1Char(' ') +
                tr("The freed space (%1) is overwritten with zeros and reused by later imports; "
                   "File ▸ Save a Copy As… writes a compacted copy.")
                    .arg(QLocale().formattedDataSize(result.freeBytes)));
        return result.rows > 0;
    } catch (const Error &error) {
        QMessageBox::warning(parent, title,
                             tr("The rejected rows could not be purged:\n%1").arg(error.message()));
        return false;
    }
}

} // namespace cwb
