// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"
#include "evaluate/campaignevaluator.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

// The daily battle report (日战报) and the weekly summary of a campaign's calls
// (docs/evaluation.md, "Reports"). The report structs hold every figure; the writers in
// export/reportwriter.h print them (PDF) or export them (xlsx) without computing anything.
//
// Days: the day of an attempt is the calendar date of its attempt_at text, which the outcome
// import stores as the local date-time written in the file ("2026-11-03 19:00:00"): no time zone
// is applied, an attempt at 23:30 belongs to the day it was written on. A day's funnel counts the
// customers of the attempts made that day, with the stage each reached in that day's attempts
// (the same rule as the evaluation's Day breakdown): a completion is credited to the day of the
// attempt whose answer led to it, not to the completion date.
namespace cwb {

class JobControl;
class Workspace;

// Change of a funnel from an earlier period to a later one.
struct FunnelDelta
{
    qint64 called = 0; // later - earlier
    qint64 connected = 0;
    qint64 intentions = 0;
    qint64 agreements = 0;
    qint64 completed = 0;
    // Rate differences (later - earlier); empty when either rate is undefined.
    std::optional<double> connectRate;
    std::optional<double> intentionRate;
    std::optional<double> completionRate;
    std::optional<double> successRate;
};
FunnelDelta funnelDelta(const FunnelRow &later, const FunnelRow &earlier);

// A note of a report in words. The kind and its arguments stay apart from the wording so that
// the writers can phrase it in the report's language (reportNoteText).
struct ReportNote
{
    enum class Kind
    {
        NoCalls,           // args: period text ("2026-11-04" or "2026-11-02 - 2026-11-08")
        NoOutcomesYet,     // the campaign has no outcome at all
        RemainingTargets,  // args: not yet called, targets
        AllTargetsCalled,  // args: targets
        RateChange,        // args: rate ("connect", "intention", "success"), earlier, later,
                           //       overlapping intervals (bool)
        SmallSampleAgents, // args: agents flagged, agents, threshold
        DoNotDisturb,      // args: customers
        Evaluation         // args: EvaluationNote::Kind, then the note's args
    };
    Kind kind = Kind::NoCalls;
    QVariantList args;
};
QString reportNoteText(const ReportNote &note, Language language);

// One cell's row: the period's funnel, with coverage = customers called up to the period's end
// / the cell's targets, and the targets not called yet at the period's end. Cells not worked by
// calls (SMS, ...) have no coverage (undefined) and notYetCalled -1.
struct ReportCellRow
{
    FunnelRow row;
    qint64 notYetCalled = 0;
};

struct DailyReportOptions
{
    QString campaign;
    QDate date;               // invalid: the last day with outcomes (lastOutcomeDate)
    int smallSample = 30;     // connected customers below which an agent's rates are flagged noisy
    double confidence = 0.95; // of the Wilson intervals
    int topReasons = 5;       // refusal reasons listed (the rest summed into "other")
    QDateTime generatedAt;    // invalid: now
};

struct DailyReport
{
    QString campaign;
    QDate date;
    QDate previousDate;
    QDateTime generatedAt;
    double confidence = 0.95;
    int smallSample = 30;
    qint64 targets = 0;
    qint64 controls = 0;
    FunnelRow day;           // the attempts of the day
    FunnelRow previous;      // the attempts of the day before
    FunnelDelta delta;       // day - previous
    FunnelRow cumulative;    // all attempts up to and including the day (coverage vs all targets)
    QList<FunnelRow> agents; // the day's agents, most agreements first (then connected, name)
    QList<ReportCellRow> cells; // every cell of the campaign, in definition order
    QList<ReasonRow> reasons;   // the day's top refusal reasons (Pareto order, "other" last)
    qint64 refusals = 0;        // refused attempts of the day
    qint64 doNotDisturb = 0;    // customers whose first do-not-disturb answer came that day
    qint64 notYetCalled = 0;    // call-cell targets without any attempt up to and including the day
    QList<ReportNote> notes;
};

struct WeeklyReportOptions
{
    QString campaign;
    QDate weekStart; // required: the first of the seven days
    int smallSample = 30;
    double confidence = 0.95;
    QDateTime generatedAt;  // invalid: now
    QString conversionRule; // optional: target vs control over the follow-up extract
    // Without a rule: each cell's conversion counts its own offer when the follow-up extract is
    // there (CampaignEvaluationOptions::conversionByOffer); false: no target vs control.
    bool conversionByOffer = true;
    std::optional<simulate::SimulationPlan> plan; // optional, needs the conversion rule
    QString planSource;
    int bootstrapResamples = 2000; // of the ARPU change (when the follow-up extract has fees)
    QDate today;                   // for rules that use today (invalid: the current date)
};

struct WeeklyReport
{
    QString campaign;
    QDate weekStart;
    QDate weekEnd; // weekStart + 6
    QDateTime generatedAt;
    double confidence = 0.95;
    int smallSample = 30;
    qint64 targets = 0;
    qint64 controls = 0;
    QList<FunnelRow> days; // seven rows, key = ISO date, weekStart first
    FunnelRow week;        // the attempts of the seven days
    FunnelRow previousWeek;
    FunnelDelta delta; // week - previous week
    FunnelRow cumulative;
    QList<ReportCellRow> cells;
    QList<FunnelRow> agents;  // most agreements first
    QList<ReasonRow> reasons; // the week's refusal Pareto, every reason
    qint64 refusals = 0;
    qint64 doNotDisturb = 0;
    qint64 notYetCalled = 0; // at the week's end
    // From CampaignEvaluator over the whole campaign when a conversion rule is given: the
    // follow-up extract measures the campaign, not a week.
    QString conversionRule;
    bool conversionByOffer = false; // no rule: each cell's conversion counted its own offer
    QList<ConversionEvaluation> conversion;
    std::optional<ArpuEvaluation> arpu;
    std::optional<RoiComparison> roi;
    QList<ReportNote> notes;
};

// The latest day with an attempt of the campaign; empty when it has none. Throws cwb::Error for
// an unknown campaign.
std::optional<QDate> lastOutcomeDate(Workspace &workspace, const QString &campaign);

// Read-only. Throws cwb::Error for an unknown campaign, a campaign never split, or (date not
// given) a campaign without outcomes. A day without calls still gives a report: zeros, the
// cumulative figures, the remaining work and a note saying no calls were recorded.
DailyReport buildDailyReport(Workspace &workspace, const DailyReportOptions &options,
                             JobControl *job = nullptr);

// Read-only. Throws cwb::Error as buildDailyReport, for an invalid week start, and as
// CampaignEvaluator::evaluate for the conversion rule and plan.
WeeklyReport buildWeeklyReport(Workspace &workspace, const WeeklyReportOptions &options,
                               JobControl *job = nullptr);

} // namespace cwb
