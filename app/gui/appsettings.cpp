// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QFileInfo>

namespace cwb {

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles.value();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    recentFiles.setValue(files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles.value();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    recentFiles.setValue(files);
}

} // namespace cwb
