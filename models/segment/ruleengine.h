// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/rulecompiler.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

namespace cwb {

class JobControl;
class Workspace;

// How many customers a rule selects, out of how many.
struct RuleCount
{
    qint64 count = 0;
    qint64 base = 0;  // all customers in the workspace
    double share = 0; // count / base; 0 when the workspace has no customers
    QString sql;      // the compiled WHERE expression (literals are '?' parameters)
};

// The first customers a rule selects, in import order (rowid), with every customer column.
struct RuleSample
{
    QList<RuleField> columns; // customer_columns in position order (bookkeeping excluded)
    QList<QVariantList> rows; // one value per column; a missing value is an invalid QVariant
};

// Runs segmentation rules against a workspace's customers.
class RuleEngine
{
public:
    // Parses, type-checks and counts; throws RuleError (positioned) or Error. today defaults
    // to the current date. With a job, a cancel request interrupts the query (throws
    // Cancelled).
    static RuleCount count(Workspace &workspace, const QString &rule, QDate today = {},
                           JobControl *job = nullptr);

    // The first `limit` customers (0 <= limit <= 10000) the rule selects, in import order. Same
    // errors and cancellation as count().
    static RuleSample sample(Workspace &workspace, const QString &rule, int limit, QDate today = {},
                             JobControl *job = nullptr);
};

} // namespace cwb
