// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace cwb {

class Workspace;

// What the outcomes of one campaign amount to, for a picker: how many attempts and imports
// are recorded and how many rows those imports rejected.
struct CampaignOutcomeSummary
{
    QString campaign;
    bool split = false;  // the campaign has members (was split)
    qint64 attempts = 0; // rows of the outcomes table
    qint64 imports = 0;  // outcome files imported
    qint64 rejected = 0; // rows those imports rejected
};

// Every campaign of the workspace in name order, with its outcome counts (zero when it has
// none). Read-only.
QList<CampaignOutcomeSummary> campaignOutcomeSummaries(Workspace &workspace);

} // namespace cwb
