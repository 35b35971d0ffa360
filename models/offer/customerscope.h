// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/rulecompiler.h"

#include <QDate>
#include <QString>
#include <memory>

namespace cwb {

class Workspace;

// Which customers an offer computation covers, as an SQL condition over `customers` (literals
// bound). Matching and tier design take any scope; saved segments add their own kind.
class CustomerScope
{
public:
    virtual ~CustomerScope() = default;
    virtual QString describe() const = 0; // e.g. "all customers", "rule: x > 1"
    // The WHERE condition; throws cwb::Error (RuleError) when it cannot be compiled. Rules may
    // name tags and saved segments (resolved through the workspace's SegmentStore).
    virtual CompiledRule where(Workspace &workspace, QDate today) const = 0;
};

class AllCustomers : public CustomerScope
{
public:
    QString describe() const override;
    CompiledRule where(Workspace &workspace, QDate today) const override;
};

// The customers a rule of the segmentation language selects.
class RuleScope : public CustomerScope
{
public:
    explicit RuleScope(QString rule);
    QString describe() const override;
    CompiledRule where(Workspace &workspace, QDate today) const override;
    QString rule() const { return m_rule; }

private:
    QString m_rule;
};

// A RuleScope for a non-empty rule, else AllCustomers.
std::unique_ptr<CustomerScope> scopeFromRule(const QString &rule);
// The customers of a saved segment (by name): its rule, or its list of customers.
std::unique_ptr<CustomerScope> scopeFromSegment(const QString &segment);

} // namespace cwb
