// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace cwb {

// Marks a workspace as open for writing by this application instance: a lock file
// "<workspace>.lock" beside it (holder's process id and host). A second instance that finds it
// held offers to open the workspace read-only. Stale locks of crashed instances are taken over.
class WorkspaceLock
{
public:
    explicit WorkspaceLock(const QString &workspacePath);
    ~WorkspaceLock();

    bool tryLock();
    // Who holds the lock, e.g. "process 1234 on host pc01"; empty when unknown.
    QString holder() const;

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace cwb
