// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace cwb {

// Marks a workspace as open for writing by one process: a lock file "<workspace>.lock" beside it
// (holder's process id and host). A second application instance that finds it held offers to
// open the workspace read-only; `cwb` commands that write refuse with the holder's name. Stale
// locks of crashed processes are taken over.
class WorkspaceLock
{
public:
    explicit WorkspaceLock(const QString &workspacePath);
    ~WorkspaceLock();

    bool tryLock();
    // Takes the lock or throws cwb::Error naming the workspace and who holds it.
    void lockOrThrow();
    // Who holds the lock, e.g. "process 1234 on host pc01"; empty when unknown.
    QString holder() const;

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace cwb
