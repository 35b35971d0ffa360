// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaign.h"

#include <QList>
#include <optional>

namespace cwb {
class Workspace;
}

namespace cwb::campaign {

// A campaign as listed: its definition and whether (and on which data) it was split.
struct CampaignSummary
{
    qint64 id = 0;
    QString name;
    QString period;
    int priority = 0;
    int cells = 0;
    QString splitAt;         // empty when never split
    bool splitStale = false; // split on data that a later import replaced
    qint64 targets = 0;
    qint64 controls = 0;
};

// Campaign definitions in the workspace (table campaigns).
class CampaignStore
{
public:
    explicit CampaignStore(Workspace &workspace) : m_workspace(workspace) {}

    // Saves a new campaign; refuses a name in use (case-insensitive). Returns its id.
    qint64 create(Campaign campaign);
    // Replaces the definition of an existing campaign (by name); its split is kept but marked
    // out of date by clearing split_at, since cells or policy may have changed.
    void update(const Campaign &campaign);
    // Renames a campaign, keeping its split; refuses an empty name or one another campaign
    // uses. The contact history keeps the name the contacts were recorded under.
    void rename(const QString &name, const QString &newName);
    void remove(const QString &name);
    std::optional<Campaign> find(const QString &name);
    Campaign get(const QString &name); // throws cwb::Error "no campaign 'X'" when missing
    QList<CampaignSummary> list();

private:
    Workspace &m_workspace;
};

} // namespace cwb::campaign
