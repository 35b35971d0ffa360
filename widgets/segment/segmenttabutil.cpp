// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/segmenttabutil.h"

#include "segment/segmentstore.h"
#include "segment/segmenttask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidgetItem>
#include <QVBoxLayout>

namespace cwb::segmenttab {

QTableWidgetItem *cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return item;
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

void showStatus(QLabel *status, const QString &text, bool error)
{
    status->setText(text);
    status->setStyleSheet(error ? QStringLiteral("color: #a40000;") : QString());
}

QHBoxLayout *saveRow(QLineEdit *name, QPushButton *save)
{
    auto *row = new QHBoxLayout;
    row->addWidget(name, 1);
    row->addWidget(save);
    return row;
}

void layOutOptionsAndResults(QWidget *tab, SegmentTask *task, QWidget *options, QWidget *results,
                             int optionsStretch)
{
    auto *split = new QSplitter(Qt::Horizontal, tab);
    split->addWidget(options);
    split->addWidget(results);
    split->setStretchFactor(0, optionsStretch);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(task->createBusyRow(tab));
    layout->addWidget(split, 1);
}

void addSegment(QUndoStack *stack, QWidget *owner, Workspace *workspace, const QString &text,
                const QString &name, const StoreChange &add, std::function<void()> changed)
{
    {
        SegmentStore store(*workspace);
        add(store);
    }
    QPointer<QWidget> self(owner);
    pushStoreChange(
        stack, owner, workspace, text, add,
        [name](SegmentStore &store) { store.removeSegment(name); },
        [self, changed = std::move(changed)] {
            if (self)
                changed();
        });
}

} // namespace cwb::segmenttab
