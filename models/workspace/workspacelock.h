// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace cwb {

// The one rule for writing a workspace: a process writes only while it holds the workspace's
// lock, a file "<workspace>.lock" beside it naming the holder (process id, program, host).
// Workspace::open(ReadWrite) and Workspace::create() take it, so every writer (each `cwb`
// command, the application's window and its workers) goes through it; readers never need it.
// Within one process the lock is shared: every writing connection of the process holds the same
// lock, which is released when the last of them closes. A second process is refused at once with
// who holds the lock and how to recover one left behind. A lock whose process died on this
// computer is taken over; one from another computer never is (that computer may still be writing
// over a network share): breakStale() removes it when the user says that computer is done.
class WorkspaceLock
{
public:
    struct Holder
    {
        qint64 pid = 0;
        QString host;
        QString application;
        QDateTime since;       // when the lock file was written (local time)
        bool thisHost = false; // the holder ran on this computer
        bool alive = false;    // thisHost and the process still runs
    };

    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

    // Takes the lock of workspacePath for this process (or shares the one it already holds);
    // throws cwb::Error of kind Locked naming the holder and the way out.
    static std::shared_ptr<WorkspaceLock> acquire(const QString &workspacePath);
    // Whether this process holds the lock of workspacePath.
    static bool heldHere(const QString &workspacePath);
    // Who holds the lock of workspacePath, when its lock file exists and can be read.
    static std::optional<Holder> holder(const QString &workspacePath);
    // Removes a lock left by a process that is gone or by another computer. Refuses (cwb::Error,
    // kind Locked) when a process on this computer still holds it. Returns false when there was
    // no lock to remove.
    static bool breakStale(const QString &workspacePath);

    static QString lockFilePath(const QString &workspacePath);
    // "process 1234 (cwb) on this computer since 21:05" and similar, in the user's language.
    static QString describe(const Holder &holder);
    QString workspacePath() const { return m_path; }

private:
    explicit WorkspaceLock(const QString &canonicalPath);
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace cwb
