// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/workspacelock.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

#include <map>
#include <mutex>

#include <cerrno>
#include <csignal>

namespace cwb {

namespace {

// The same workspace reached through different spellings (relative, symlinked folder) must map
// to one lock: the folder's canonical path plus the file name (the file may not exist yet).
QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

bool processRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

struct Registry
{
    std::mutex mutex;
    std::map<QString, std::weak_ptr<WorkspaceLock>> held;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

QString recoveryAdvice(const WorkspaceLock::Holder &holder, const QString &workspace)
{
    const QString name = QFileInfo(workspace).fileName();
    if (holder.thisHost && holder.alive)
        return QCoreApplication::translate(
                   "cwb::WorkspaceLock",
                   "Wait until it has finished, or close %1 there, then try again.")
            .arg(name);
    if (holder.thisHost)
        return QCoreApplication::translate(
            "cwb::WorkspaceLock", "That process has ended; try again (its lock is taken over).");
    return QCoreApplication::translate(
               "cwb::WorkspaceLock",
               "If %1 no longer has the workspace open (it was switched off or crashed), remove "
               "its lock with `cwb workspace unlock --workspace %2`, or with Unlock… in the "
               "application when it says the workspace is in use. Never do so while %1 may still "
               "be writing it.")
        .arg(holder.host, workspace);
}

} // namespace

WorkspaceLock::WorkspaceLock(const QString &canonicalPath)
    : m_path(canonicalPath), m_lock(std::make_unique<QLockFile>(lockFilePath(canonicalPath)))
{
    m_lock->setStaleLockTime(0); // only a dead holder on this host makes a lock stale, never age
}

WorkspaceLock::~WorkspaceLock()
{
    m_lock->unlock();
}

QString WorkspaceLock::lockFilePath(const QString &workspacePath)
{
    return workspacePath + QStringLiteral(".lock");
}

std::shared_ptr<WorkspaceLock> WorkspaceLock::acquire(const QString &workspacePath)
{
    const QString path = canonical(workspacePath);
    Registry &reg = registry();
    std::lock_guard guard(reg.mutex);
    if (auto it = reg.held.find(path); it != reg.held.end())
        if (auto shared = it->second.lock())
            return shared;
    std::shared_ptr<WorkspaceLock> lock(new WorkspaceLock(path));
    bool locked = lock->m_lock->tryLock(0);
    if (!locked) {
        // This process's previous holder may be releasing it on another thread right now.
        const std::optional<Holder> who = holder(path);
        if (who && who->thisHost && who->pid == QCoreApplication::applicationPid())
            locked = lock->m_lock->tryLock(2000);
    }
    if (!locked) {
        const QLockFile::LockError error = lock->m_lock->error();
        if (error == QLockFile::PermissionError)
            throw Error(QCoreApplication::translate(
                            "cwb::WorkspaceLock",
                            "No permission to write in the folder %1: the workspace %2 needs a "
                            "lock file beside it to be written. Copy the workspace to a folder "
                            "you can write, or open it read-only.")
                            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()),
                                 QFileInfo(path).fileName()),
                        Error::Kind::NoPermission);
        const std::optional<Holder> who = holder(path);
        if (!who)
            throw Error(QCoreApplication::translate(
                            "cwb::WorkspaceLock",
                            "%1 is locked for writing by another program (its lock file %2 "
                            "cannot be read).")
                            .arg(path, lockFilePath(path)),
                        Error::Kind::Locked);
        throw Error(
            QCoreApplication::translate("cwb::WorkspaceLock", "%1 is open for writing by %2. %3")
                .arg(path, describe(*who), recoveryAdvice(*who, path)),
            Error::Kind::Locked);
    }
    reg.held[path] = lock;
    return lock;
}

bool WorkspaceLock::heldHere(const QString &workspacePath)
{
    Registry &reg = registry();
    std::lock_guard guard(reg.mutex);
    const auto it = reg.held.find(canonical(workspacePath));
    return it != reg.held.end() && !it->second.expired();
}

std::optional<WorkspaceLock::Holder> WorkspaceLock::holder(const QString &workspacePath)
{
    const QString lockPath = lockFilePath(canonical(workspacePath));
    if (!QFileInfo::exists(lockPath))
        return std::nullopt;
    QLockFile probe(lockPath);
    Holder who;
    if (!probe.getLockInfo(&who.pid, &who.host, &who.application))
        return std::nullopt;
    who.since = QFileInfo(lockPath).lastModified();
    who.thisHost = who.host == QSysInfo::machineHostName();
    who.alive = who.thisHost && processRunning(who.pid);
    return who;
}

bool WorkspaceLock::breakStale(const QString &workspacePath)
{
    const QString path = canonical(workspacePath);
    if (heldHere(path))
        throw Error(
            QCoreApplication::translate("cwb::WorkspaceLock",
                                        "%1 is open for writing in this program; close it first.")
                .arg(path),
            Error::Kind::Locked);
    const std::optional<Holder> who = holder(path);
    const QString lockPath = lockFilePath(path);
    if (!QFileInfo::exists(lockPath))
        return false;
    if (who && who->alive)
        throw Error(QCoreApplication::translate(
                        "cwb::WorkspaceLock",
                        "%1 is open for writing by %2, which is still running; it was not "
                        "unlocked. Close it there first.")
                        .arg(path, describe(*who)),
                    Error::Kind::Locked);
    QLockFile lock(lockPath);
    if (!lock.removeStaleLockFile() && QFileInfo::exists(lockPath))
        throw Error(QCoreApplication::translate(
                        "cwb::WorkspaceLock",
                        "the lock file %1 could not be removed (another process on this computer "
                        "holds it, or the folder is read-only)")
                        .arg(lockPath),
                    Error::Kind::Locked);
    return true;
}

QString WorkspaceLock::describe(const Holder &holder)
{
    const QString since =
        holder.since.isValid()
            ? holder.since.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : QCoreApplication::translate("cwb::WorkspaceLock", "an unknown time");
    const QString program =
        holder.application.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(holder.application);
    if (holder.thisHost)
        return QCoreApplication::translate("cwb::WorkspaceLock",
                                           "process %1%2 on this computer since %3")
            .arg(holder.pid)
            .arg(program, since);
    return QCoreApplication::translate("cwb::WorkspaceLock",
                                       "process %1%2 on the computer %3 since %4")
        .arg(holder.pid)
        .arg(program,
             holder.host.isEmpty() ? QCoreApplication::translate("cwb::WorkspaceLock", "(unknown)")
                                   : holder.host,
             since);
}

} // namespace cwb
