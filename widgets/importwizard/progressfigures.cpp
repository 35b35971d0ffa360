// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard/progressfigures.h"

#include <algorithm>

namespace cwb {

ProgressFigures ProgressFigures::from(const Progress &progress)
{
    ProgressFigures figures;
    if (progress.bytesTotal > 0)
        figures.fraction =
            std::clamp(double(progress.bytesDone) / double(progress.bytesTotal), 0.0, 1.0);
    if (progress.secondsElapsed > 0.0)
        figures.megabytesPerSecond = double(progress.bytesDone) / 1e6 / progress.secondsElapsed;
    if (progress.bytesDone > 0 && progress.bytesTotal > 0 && progress.secondsElapsed > 0.0) {
        const double remaining =
            double(std::max<qint64>(0, progress.bytesTotal - progress.bytesDone));
        figures.secondsLeft = progress.secondsElapsed * remaining / double(progress.bytesDone);
    }
    return figures;
}

} // namespace cwb
