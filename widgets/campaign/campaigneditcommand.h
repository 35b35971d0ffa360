// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaign.h"

#include <QPointer>
#include <QUndoCommand>

namespace cwb {

class CampaignView;

// One edit of a campaign's definition in the designer: the definition before and after, for
// the campaign with the given id. Consecutive edits of one field (mergeKey >= 0) of the same
// campaign merge into one step, so spinning a number is one undo.
class CampaignEditCommand : public QUndoCommand
{
public:
    CampaignEditCommand(CampaignView *view, qint64 campaignId, campaign::Campaign before,
                        campaign::Campaign after, const QString &text, int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey < 0 ? -1 : 0x43570000 + m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<CampaignView> m_view;
    qint64 m_campaignId;
    campaign::Campaign m_before;
    campaign::Campaign m_after;
    int m_mergeKey;
};

} // namespace cwb
