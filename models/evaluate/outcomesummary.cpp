// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/outcomesummary.h"

#include "workspace/database.h"
#include "workspace/workspace.h"

namespace cwb {

QList<CampaignOutcomeSummary> campaignOutcomeSummaries(Workspace &workspace)
{
    QList<CampaignOutcomeSummary> summaries;
    Statement query(workspace.db(),
                    "SELECT c.name,"
                    " EXISTS(SELECT 1 FROM campaign_members m WHERE m.campaign_id = c.id),"
                    " (SELECT COUNT(*) FROM outcomes o WHERE o.campaign_id = c.id),"
                    " (SELECT COUNT(*) FROM outcome_imports i WHERE i.campaign_id = c.id),"
                    " (SELECT COALESCE(SUM(i.rejected), 0) FROM outcome_imports i"
                    "  WHERE i.campaign_id = c.id)"
                    " FROM campaigns c ORDER BY c.name COLLATE NOCASE, c.id");
    while (query.step()) {
        CampaignOutcomeSummary s;
        s.campaign = query.text(0);
        s.split = query.int64(1) != 0;
        s.attempts = query.int64(2);
        s.imports = query.int64(3);
        s.rejected = query.int64(4);
        summaries << s;
    }
    return summaries;
}

} // namespace cwb
