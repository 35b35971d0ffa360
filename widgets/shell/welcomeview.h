// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;

namespace cwb {

// What the window shows when no workspace is open: new, open, a demo, and the recent files.
class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);

signals:
    void newRequested();
    void openRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace cwb
