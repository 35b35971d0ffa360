// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaigneditcommand.h"

#include "campaign/campaignview.h"

namespace cwb {

CampaignEditCommand::CampaignEditCommand(CampaignView *view, qint64 campaignId,
                                         campaign::Campaign before, campaign::Campaign after,
                                         const QString &text, int mergeKey)
    : QUndoCommand(text), m_view(view), m_campaignId(campaignId), m_before(std::move(before)),
      m_after(std::move(after)), m_mergeKey(mergeKey)
{}

void CampaignEditCommand::undo()
{
    if (m_view)
        m_view->setDefinition(m_campaignId, m_before);
}

void CampaignEditCommand::redo()
{
    if (m_view)
        m_view->setDefinition(m_campaignId, m_after);
}

bool CampaignEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const CampaignEditCommand *>(other);
    if (edit->m_campaignId != m_campaignId || edit->m_mergeKey != m_mergeKey ||
        edit->m_view != m_view)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace cwb
