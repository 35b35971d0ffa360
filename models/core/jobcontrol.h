// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <atomic>
#include <chrono>
#include <functional>

namespace cwb {

// Where long work stands: bytes of input read and items (rows, draws...) done.
struct Progress
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 items = 0;
    double secondsElapsed = 0.0;
};

// Shared between a worker and whoever watches it (GUI thread, CLI): a cancel flag the watcher
// sets and a throttled progress callback the worker calls. The callback runs on the worker's
// thread; a GUI forwards it with a queued signal.
class JobControl
{
public:
    JobControl();

    void requestCancel() { m_cancel.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancel.load(std::memory_order_relaxed); }
    // Throws cwb::Cancelled when cancel was requested.
    void throwIfCancelled() const;

    std::function<void(const Progress &)> onProgress;
    // Calls onProgress at most every intervalMs milliseconds (and always when force is set).
    void report(Progress progress, bool force = false);
    int intervalMs = 100;

private:
    std::atomic<bool> m_cancel{false};
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastReport;
};

} // namespace cwb
