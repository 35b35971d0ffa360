// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace cwb {

// Shows and edits the channel column of a cells table: the model holds the engine's channel
// names ("call", "sms", ...), the table shows them in the interface's words.
class ChannelDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // A channel name in the interface's words ("call": "Outbound call"); an unknown name as is.
    static QString label(const QString &name);

    QString displayText(const QVariant &value, const QLocale &locale) const override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace cwb
