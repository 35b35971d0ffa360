// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluate/campaignevaluator.h"
#include "evaluate/fileevaluator.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cwb {

// The contents of one table of the Evaluation step: headers and rows of text, formatted from
// the engine's structs (no arithmetic). The view fills its QTableWidgets from these.
struct TableContent
{
    QStringList headers;
    QList<QStringList> rows;
    QList<bool> flagged; // rows tinted as small samples
};

namespace evaluationtables {

// The funnel per group (breakdown or agents): counts, coverage, the rates with intervals, the
// success rate against the other groups (p and Holm's p) and the small-sample mark. total, when
// given, comes first as the whole campaign. Without targets (agents, days: groups of attempts)
// the targets and coverage columns are left out.
TableContent funnel(const QString &key, const QList<FunnelRow> &rows,
                    const FunnelRow *total = nullptr, bool withTargets = true);
// Conversion, target vs control: rates, uplift, relative uplift with its interval, the
// difference's interval, p and (per cell) Holm's p.
TableContent conversion(const CampaignEvaluation &e);
// ARPU change: means, Welch and the bootstrap interval (to the decimals its resamples support).
TableContent arpu(const CampaignEvaluation &e);
// ROI: the plan scaled to the actual targets beside the actual figures and their intervals.
TableContent roi(const CampaignEvaluation &e);
// A test/control file: responses and amounts per target group, with Holm's p over the groups.
TableContent fileResponses(const FileEvaluation &e);
TableContent fileAmounts(const FileEvaluation &e);

// Holm's method in a few words (for the header above the tables) and in full (its tooltip).
QString holmNote();
QString holmExplanation();

} // namespace evaluationtables

} // namespace cwb
