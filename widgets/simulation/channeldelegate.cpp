// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/channeldelegate.h"

#include "simulate/simulatedefaults.h"

#include <QComboBox>

namespace cwb {

QString ChannelDelegate::label(const QString &name)
{
    const std::optional<simulate::Channel> channel = simulate::channelFromName(name);
    if (!channel)
        return name;
    switch (*channel) {
    case simulate::Channel::Call:
        return tr("Outbound call");
    case simulate::Channel::Sms:
        return tr("SMS");
    case simulate::Channel::DirectMail:
        return tr("Direct mail");
    case simulate::Channel::DoorToDoor:
        return tr("Door-to-door visit");
    case simulate::Channel::Store:
        return tr("Store");
    }
    return name;
}

QString ChannelDelegate::displayText(const QVariant &value, const QLocale &) const
{
    return label(value.toString());
}

QWidget *ChannelDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const QString &name : simulate::channelNames())
        combo->addItem(label(name), name);
    return combo;
}

void ChannelDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void ChannelDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace cwb
