// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/workspacelock.h"

#include "core/error.h"

#include <QCoreApplication>

namespace cwb {

WorkspaceLock::WorkspaceLock(const QString &workspacePath)
    : m_path(workspacePath),
      m_lock(std::make_unique<QLockFile>(workspacePath + QStringLiteral(".lock")))
{
    m_lock->setStaleLockTime(0); // only a dead holder makes the lock stale, never its age
}

WorkspaceLock::~WorkspaceLock() = default;

bool WorkspaceLock::tryLock()
{
    return m_lock->tryLock(0);
}

void WorkspaceLock::lockOrThrow()
{
    if (tryLock())
        return;
    const QString who = holder();
    throw Error(QStringLiteral("%1 is open for writing elsewhere%2; close it there first")
                    .arg(m_path, who.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(who)));
}

QString WorkspaceLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_lock->getLockInfo(&pid, &host, &application))
        return {};
    return QCoreApplication::translate("cwb::WorkspaceLock", "process %1 on %2").arg(pid).arg(host);
}

} // namespace cwb
