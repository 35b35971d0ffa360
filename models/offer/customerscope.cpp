// SPDX-License-Identifier: GPL-3.0-or-later
#include "offer/customerscope.h"

#include "segment/ruleresolver.h"
#include "segment/segmentstore.h"
#include "workspace/workspace.h"

#include "workspace/database.h"

namespace cwb {

QString AllCustomers::describe() const
{
    return QStringLiteral("all customers");
}

CompiledRule AllCustomers::where(Workspace &, QDate) const
{
    return {QStringLiteral("1"), {}};
}

RuleScope::RuleScope(QString rule) : m_rule(std::move(rule)) {}

QString RuleScope::describe() const
{
    return QStringLiteral("rule: %1").arg(m_rule);
}

CompiledRule RuleScope::where(Workspace &workspace, QDate today) const
{
    return SegmentStore(workspace, today.isValid() ? today : QDate::currentDate()).compile(m_rule);
}

std::unique_ptr<CustomerScope> scopeFromRule(const QString &rule)
{
    if (rule.trimmed().isEmpty())
        return std::make_unique<AllCustomers>();
    return std::make_unique<RuleScope>(rule);
}

std::unique_ptr<CustomerScope> scopeFromSegment(const QString &segment)
{
    return std::make_unique<RuleScope>(referenceText(false, segment));
}

} // namespace cwb
