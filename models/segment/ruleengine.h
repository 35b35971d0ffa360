// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace cwb {

class Workspace;

// How many customers a rule selects, out of how many.
struct RuleCount
{
    qint64 count = 0;
    qint64 base = 0;  // all customers in the workspace
    double share = 0; // count / base; 0 when the workspace has no customers
    QString sql;      // the compiled WHERE expression (literals are '?' parameters)
};

// Runs segmentation rules against a workspace's customers.
class RuleEngine
{
public:
    // Parses, resolves tag: and segment: references (SegmentStore), type-checks and counts; throws
    // RuleError (positioned) or Error. today defaults to the current date.
    static RuleCount count(Workspace &workspace, const QString &rule, QDate today = {});
};

} // namespace cwb
