// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cwb::cli {

// `cwb segment grid ...`: the value x risk grid (args[0] is "cwb segment grid").
int segmentGrid(const QStringList &args);
// `cwb segment cluster ...`: k-means clusters with profiles (args[0] is "cwb segment cluster").
int segmentCluster(const QStringList &args);

} // namespace cwb::cli
