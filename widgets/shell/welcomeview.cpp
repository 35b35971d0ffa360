// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/welcomeview.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cwb {

WelcomeView::WelcomeView(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 40);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/campaign-workbench.svg")).pixmap(72, 72));
    header->addWidget(icon);
    auto *titles = new QVBoxLayout;
    auto *title = new QLabel(tr("Campaign Workbench"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    titles->addWidget(title);
    auto *subtitle = new QLabel(tr("Plan, simulate and evaluate targeted marketing pilots — "
                                   "offline, on your own computer."),
                                this);
    subtitle->setWordWrap(true);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);
    layout->addLayout(header);
    layout->addSpacing(24);

    auto *text = new QLabel(tr("A workspace is one file (.cwb) that holds a pilot: the customer "
                               "extract, its audit and, in later steps, segments, offers and "
                               "campaigns. Copy it to back it up or to hand it on."),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addSpacing(12);

    auto *buttons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("New Workspace…"), this);
    auto *openButton = new QPushButton(tr("Open Workspace…"), this);
    newButton->setMinimumHeight(36);
    openButton->setMinimumHeight(36);
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(newButton, &QPushButton::clicked, this, &WelcomeView::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomeView::openRequested);

    layout->addSpacing(24);
    layout->addWidget(new QLabel(tr("Recent workspaces"), this));
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setMaximumWidth(720);
    layout->addWidget(m_recent, 1);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
}

void WelcomeView::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1   —   %2").arg(QFileInfo(path).fileName(), path), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("(none yet)"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace cwb
