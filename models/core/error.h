// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <stdexcept>

namespace cwb {

// The one error type the engine throws: a message a planner can read and act on
// (file, row, column, what was expected). Front ends catch it and show message().
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message);
    QString message() const { return m_message; }

private:
    QString m_message;
};

// Thrown when a JobControl's cancel flag stops long work; the work has been rolled back.
class Cancelled : public Error
{
public:
    Cancelled();
};

} // namespace cwb
