// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobcontrol.h"

#include <optional>

namespace cwb {

// What a progress bar shows about running work: the share done, the read speed and an estimate
// of the time left (at the average speed so far).
struct ProgressFigures
{
    double fraction = 0.0;           // 0..1 of the input read
    double megabytesPerSecond = 0.0; // 10^6 bytes per second, average since the start
    std::optional<double> secondsLeft;

    static ProgressFigures from(const Progress &progress);
};

} // namespace cwb
