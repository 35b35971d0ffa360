// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobcontrol.h"

#include "core/error.h"

namespace cwb {

JobControl::JobControl() : m_start(std::chrono::steady_clock::now()), m_lastReport(m_start) {}

void JobControl::throwIfCancelled() const
{
    if (isCancelled())
        throw Cancelled();
}

void JobControl::report(Progress progress, bool force)
{
    if (!onProgress)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - m_lastReport < std::chrono::milliseconds(intervalMs))
        return;
    m_lastReport = now;
    progress.secondsElapsed = std::chrono::duration<double>(now - m_start).count();
    onProgress(progress);
}

} // namespace cwb
