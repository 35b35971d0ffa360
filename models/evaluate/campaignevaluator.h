// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluate/outcomeimporter.h"
#include "evaluate/statistics.h"
#include "simulate/simulationplan.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <cstdint>
#include <optional>

namespace cwb {

class JobControl;
class Workspace;

// What the funnel is broken down by.
enum class EvaluationBreakdown
{
    None,
    Cell,
    Wave,
    Agent,
    Grid,
    Day
};
QString breakdownName(EvaluationBreakdown by); // "none", "cell", "wave", "agent", "grid", "day"
EvaluationBreakdown breakdownFromName(const QString &name); // throws cwb::Error when unknown

// Customers at each stage of the call funnel (docs/evaluation.md, "Campaign evaluation"):
// a customer counts once per group, with the attempts that fall in the group.
struct FunnelCounts
{
    qint64 targets = -1;          // targets of the group; -1 where it has no meaning (agent, day)
    qint64 callTargets = -1;      // ... of them in cells whose channel is a call (coverage's base)
    qint64 called = 0;            // customers with at least one attempt
    qint64 calledInCallCells = 0; // ... of them in a call cell (coverage's numerator)
    qint64 connected = 0;         // ... with a connected attempt
    qint64 intentions = 0;        // ... with an agreed (paid or trial) or considering answer
    qint64 agreements = 0;        // ... with an agreed (paid or trial) answer
    qint64 completed = 0;         // ... with a completion date
    qint64 packageKnown = 0;      // completed customers with a chosen package and a recommended one
    qint64 packageMatch = 0; // ... whose chosen package is the recommended one (the cell's offer)
};

// One customer's stages within a group, gathered from the group's attempts: the one definition
// of the funnel that the evaluation and the reports share.
struct CustomerStages
{
    bool connected = false;
    bool intention = false;
    bool agreement = false;
    bool completed = false;
    QString package; // chosen at the (last) completed attempt

    // Adds one attempt (in time order) to the stages.
    void add(bool attemptConnected, OutcomeCode code, bool attemptCompleted,
             const QString &chosenPackage);
};
// Adds a customer's stages to a group's counts; offer is the customer's cell's offer (the
// recommended package), empty when none; callCell: the customer's cell is reached by calls.
void addCustomer(FunnelCounts &counts, const CustomerStages &stages, const QString &offer,
                 bool callCell = true);

// Whether a cell's channel is worked by calls, so that its targets are expected in the call
// outcomes (coverage = called / targets is defined for these cells only; SMS and other channels
// leave no call attempts).
bool isCallChannel(const QString &channel);

struct FunnelRow
{
    QString key; // the group ("all" for the whole campaign)
    FunnelCounts counts;
    stats::FunnelKpis kpis; // connect, intention, completion, success with Wilson intervals
    // called / targets in call cells (empty where there are none: SMS cells, agents, days)
    stats::Rate coverage;
    stats::Rate packageMatch; // packageMatch / packageKnown
    bool smallSample = false; // fewer connected customers than the small-sample threshold
    // In a breakdown or the agents' table: the group's success rate (completed / connected)
    // against the other groups' pooled, by the two-proportion z-test; empty when either side has
    // no connected customer. The groups are tested together, hence the Holm-adjusted p-value
    // over the groups of the table that have a test.
    std::optional<stats::ProportionComparison> vsRest;
    std::optional<double> pValueHolm;
};

struct OutcomeMixRow
{
    QString code;        // outcome code name
    qint64 attempts = 0; // attempts with this answer
};

// One refusal reason of the Pareto chart.
struct ReasonRow
{
    QString reason;
    qint64 count = 0;
    double share = 0.0;           // count / all refusals
    double cumulativeShare = 0.0; // running sum of share, largest reason first
};

// Target vs control on the conversion rule, over the follow-up extract.
struct ConversionEvaluation
{
    QString key;               // "all" or a cell's name
    QString offer;             // the cell's offer when conversion counts each cell's own offer
    qint64 targetMissing = 0;  // targets absent from the follow-up extract (left out)
    qint64 controlMissing = 0; // controls absent from it
    stats::ProportionComparison comparison;
    // Per cell: Holm-adjusted p-value over the cells (tested together); empty for "all"
    std::optional<double> pValueHolm;
};

// Target vs control on ARPU change = follow-up fee - original fee.
struct ArpuEvaluation
{
    QString feeColumn;
    qint64 targetMissing = 0; // targets without both fees (left out)
    qint64 controlMissing = 0;
    stats::MeanComparison welch;
    std::optional<stats::BootstrapInterval> bootstrap;
    // difference in mean ARPU change x all targets: yuan per month the campaign added
    std::optional<double> incrementalMonthlyRevenue;
};

// Money of the campaign: the plan's forecast at its expected rates, and the same items with the
// measured counts (docs/evaluation.md).
struct RoiFigures
{
    double targets = 0.0;
    double completions = 0.0;
    double incrementalCompletions = 0.0;
    double revenue = 0.0;
    double cost = 0.0;
    double net = 0.0;
    std::optional<double> roi; // net / cost; empty when cost is 0
    // Actual figures only: intervals carried over from the conversion uplift's interval
    // (docs/evaluation.md, "Actual ROI beside the plan"); the cost is measured, not estimated.
    std::optional<stats::Interval> incrementalCi;
    std::optional<stats::Interval> revenueCi;
    std::optional<stats::Interval> netCi;
    std::optional<stats::Interval> roiCi; // empty when cost is 0
};

struct RoiComparison
{
    QString planSource;
    double horizonMonths = 0.0;
    QStringList units; // the plan cells used (matched to campaign cells by name, or the one cell)
    double plannedTargets = 0.0; // the plan's own targets; the forecast is scaled to the actual
    RoiFigures forecast;         // the plan per target, times the campaign's actual targets
    RoiFigures actual;
};

// A caution of an evaluation. The kind and its arguments stay apart from the wording so that the
// command line, the view and the reports phrase it in their language (evaluationNoteText).
struct EvaluationNote
{
    enum class Kind
    {
        SmallSampleAgents, // args: agents flagged, agents, threshold (connected customers)
        NoOutcomes,        // no outcome recorded for the campaign yet
        FeeColumnUnusable, // args: fee column (not a number column of customers and follow-up)
        MissingInFollowup, // args: targets, controls not in the follow-up extract
        SmallGroups,       // args: threshold (customers in the target or control group)
        NoFollowup,        // no follow-up extract: no conversion, no ARPU change
        NotCalledCells,    // args: targets in cells not worked by calls, their cells (text)
        NoOfferConversion, // args: why conversion by each cell's offer is not possible (text)
        CellsWithoutOffer  // args: cells without an offer, left out of the conversion (text)
    };
    Kind kind = Kind::NoOutcomes;
    QVariantList args;

    bool operator==(const EvaluationNote &) const = default;
};
// The note in English or in Chinese (the wording of docs/evaluation.md).
QString evaluationNoteText(const EvaluationNote &note, bool chinese = false);

struct CampaignEvaluationOptions
{
    QString campaign;
    // Segment language over the follow-up table; empty: each cell's conversion counts its own
    // offer (the follow-up's package column equals the cell's offer) when conversionByOffer.
    QString conversionRule;
    bool conversionByOffer = true;
    QString feeColumn = QStringLiteral("total_fee_m1"); // for ARPU change
    bool feeColumnGiven = false; // an explicit fee column must exist; the default may be absent
    EvaluationBreakdown by = EvaluationBreakdown::None;
    std::optional<simulate::SimulationPlan> plan;
    QString planSource;
    int smallSample = 30; // connected customers below which a group's rates are flagged noisy
    int bootstrapResamples = 2000;
    std::uint64_t seed = 20240601;
    double confidence = 0.95;
    QDate today; // for rules that use today (invalid: the current date)
};

struct CampaignEvaluation
{
    QString campaign;
    qint64 targets = 0;
    qint64 controls = 0;
    qint64 universalControls = 0; // not part of the comparison
    qint64 attempts = 0;
    double confidence = 0.95;
    int smallSample = 30;
    int bootstrapResamples = 0;
    std::uint64_t seed = 0;
    FunnelRow total;
    EvaluationBreakdown by = EvaluationBreakdown::None;
    QList<FunnelRow> rows;   // the breakdown (empty for None)
    QList<FunnelRow> agents; // every agent, for the comparison with intervals
    QList<OutcomeMixRow> outcomes;
    QList<ReasonRow> reasons;
    QString conversionRule;
    bool conversionByOffer = false;         // conversion counted each cell's own offer
    QList<ConversionEvaluation> conversion; // "all" first, then per cell when there are several
    std::optional<ArpuEvaluation> arpu;
    std::optional<RoiComparison> roi;
    QList<EvaluationNote> notes; // cautions (small samples, what was left out)

    QJsonObject toJson() const;
};

// Evaluates a campaign of the workspace from its split (campaign_members), its recorded outcomes
// and, when present, the follow-up extract. Read-only. Throws cwb::Error for an unknown campaign,
// a campaign never split, a conversion rule without a follow-up extract, an explicit fee column
// missing from either table, a grid breakdown without a grid column, or plan cells that do not
// match the campaign's cells; RuleError for a rule that does not compile.
class CampaignEvaluator
{
public:
    static CampaignEvaluation evaluate(Workspace &workspace,
                                       const CampaignEvaluationOptions &options,
                                       JobControl *job = nullptr);
};

} // namespace cwb
