// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaign.h"

#include <QList>
#include <optional>

namespace cwb {
class Error;
class Workspace;
} // namespace cwb

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

// What a campaign's split has been used for. Once its lists were exported (contacts recorded) or
// outcomes imported, the split is a record of who was contacted and who was held back: it is
// frozen (no re-split, no change of definition, no rename).
struct CampaignUse
{
    qint64 contacts = 0;  // contact history rows of its targets
    QString firstContact; // the earliest of their contact dates
    qint64 outcomes = 0;  // call outcomes recorded
    bool frozen() const;
};

// The refusal to `action` ("be split again", ...) a frozen campaign, with the ways out: copy it
// as a new campaign, or split the customers not yet in it as a new wave.
Error frozenError(const QString &name, const CampaignUse &use, const QString &action);

// Campaign definitions in the workspace (table campaigns).
class CampaignStore
{
public:
    explicit CampaignStore(Workspace &workspace) : m_workspace(workspace) {}

    // Saves a new campaign; refuses a name in use (case-insensitive). Returns its id.
    qint64 create(Campaign campaign);
    // Replaces the definition of an existing campaign (by name); its split is kept but marked
    // out of date by clearing split_at, since cells or policy may have changed. Refuses a
    // frozen campaign (see CampaignUse).
    void update(const Campaign &campaign);
    // Renames a campaign, keeping its split; refuses an empty name or one another campaign
    // uses. The contact history keeps the name the contacts were recorded under.
    void rename(const QString &name, const QString &newName);
    // Removes a campaign with its split and outcomes; one that was used (see CampaignUse) only
    // when evenIfUsed.
    void remove(const QString &name, bool evenIfUsed = false);
    // Saves a copy of a campaign's definition (not its split) under newName; returns its id.
    qint64 copy(const QString &name, const QString &newName);
    CampaignUse use(const QString &name);
    std::optional<Campaign> find(const QString &name);
    Campaign get(const QString &name); // throws cwb::Error "no campaign 'X'" when missing
    QList<CampaignSummary> list();

private:
    Workspace &m_workspace;
};

} // namespace cwb::campaign
