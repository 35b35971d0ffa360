// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/channeldelegate.h"

#include "simulate/simulatedefaults.h"

#include <QComboBox>

namespace cwb {

QWidget *ChannelDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->addItems(simulate::channelNames());
    return combo;
}

void ChannelDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findText(index.data(Qt::EditRole).toString())));
}

void ChannelDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
}

} // namespace cwb
