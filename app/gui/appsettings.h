// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/setting.h"

#include <QByteArray>
#include <QStringList>

namespace cwb {

// The desktop application's settings (window geometry, recent workspaces, language, folders),
// each a typed Setting.
struct AppSettings
{
    static constexpr int kMaxRecentFiles = 8;

    static inline const Setting<QByteArray> geometry{"window/geometry", {}};
    static inline const Setting<QByteArray> windowState{"window/state", {}};
    // "" follows the system locale; otherwise "en" or "zh_CN".
    static inline const Setting<QString> language{"ui/language", {}};
    static inline const Setting<QString> workspaceFolder{"folders/workspaces", {}};
    static inline const Setting<QStringList> recentFiles{"workspaces/recent", {}};

    // Puts path first in the recent list (absolute, without duplicates, at most kMaxRecentFiles).
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
};

} // namespace cwb
