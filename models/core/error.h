// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <stdexcept>

namespace cwb {

// The one error type the engine throws: a message a planner can read and act on
// (file, row, column, what was expected). Front ends catch it and show message(); kind() lets
// them react to the few cases that need more than a message (a workspace another program holds,
// a full disk), e.g. by offering to open read-only or by a distinct exit code.
class Error : public std::runtime_error
{
public:
    enum class Kind
    {
        General,
        Locked,       // another process holds the workspace for writing (its lock file)
        Busy,         // another connection is in the middle of a write; retry when it ends
        Damaged,      // the file is corrupt or not a database
        ReadOnly,     // the file (or its medium) cannot be written
        NoPermission, // the folder does not let us write (journal, lock or output file)
        DiskFull,     // no space left (or the file size limit reached)
        Cancelled     // stopped by the user; nothing was changed
    };
    explicit Error(const QString &message, Kind kind = Kind::General);
    QString message() const { return m_message; }
    Kind kind() const { return m_kind; }

private:
    QString m_message;
    Kind m_kind;
};

// Thrown when a JobControl's cancel flag stops long work; the work has been rolled back.
class Cancelled : public Error
{
public:
    Cancelled();
};

} // namespace cwb
