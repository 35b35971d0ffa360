// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <array>

namespace cwb {

class JobControl;
class Workspace;

// SYNTHETIC DATA. Call outcomes and a follow-up billing extract made up for a split campaign of
// the workspace, so that the Evaluation step can be shown and tried without a real call centre.
// Nothing here is measured: the rates below are the pilot figures of DOMAIN.md used as
// defaults. See docs/demo-data.md, "Call outcomes and follow-up (synthetic)".

// The funnel the generator aims at, per customer (not per attempt), as in DOMAIN.md and
// docs/evaluation.md. Every rate is the expected share; the realised shares scatter around it.
struct OutcomeRates
{
    double coverage = 0.95;    // targets of a call cell that the agents call at all
    double wrongNumber = 0.03; // called customers whose number is wrong (one attempt, 号码错误)
    double connect = 0.6078;   // called customers reached in up to their attempts (1579/2598)
    double intention = 0.2502; // connected customers with an intention (395/1579)
    double agreedPaid = 0.40;  // of the intentions: agreed (paid); the rest split below
    double agreedTrial = 0.15; // of the intentions: agreed (free trial); the rest consider
    double completion = 0.4354; // intentions completed (172/395); only agreements complete
    double doNotDisturb = 0.03; // connected customers asking not to be called again
    double packageMatch = 0.95; // completions choosing the cell's offer (else another package)
    // Relative connect chance of an attempt by its hour: 9-12, 12-18, 18-21. The evening
    // connects best, as the pilot learned; the base chance is solved so that `connect` holds.
    std::array<double, 3> slotFactor = {1.0, 0.8, 1.8};
    // Share of customers called at most 1, 2 or 3 times when not reached.
    std::array<double, 3> maxAttempts = {0.10, 0.20, 0.70};
};

// The connect chance of one attempt before its hour's slot factor, solved so that the expected
// share of called customers connected in their attempts equals rates.connect: with the hours
// 9..20 drawn uniformly (3 in slot 9-12, 6 in 12-18, 3 in 18-21), the mean chance of an attempt
// is m = sum_h min(1, base x slotFactor[slot(h)]) / 12, a customer with up to k attempts is
// reached with 1 - (1 - m)^k, averaged over maxAttempts; wrong numbers never connect, so that
// average must be connect / (1 - wrongNumber). Throws cwb::Error when no base reaches it.
double baseConnectChance(const OutcomeRates &rates);

struct OutcomeGenerationOptions
{
    QString campaign;
    quint64 seed = 20261201;
    bool chinese = true; // Chinese headers and labels (是/否, 同意办理, 价格太高) or English
    double badRows = 0.0; // share of extra rows that must be rejected (unknown id, impossible
                          // sequence, completion before the attempt); 0 for benchmarks
    OutcomeRates rates;
};

// What the generator wrote, counted as the evaluation counts (customers, docs/evaluation.md).
struct OutcomeGenerationResult
{
    qint64 callTargets = 0; // targets of the campaign's call cells with a wave
    qint64 rows = 0;        // data rows written (attempts + bad rows)
    qint64 attempts = 0;    // good rows
    qint64 called = 0;
    qint64 connected = 0;
    qint64 intentions = 0;
    qint64 agreements = 0;
    qint64 completed = 0;
    qint64 packageMatch = 0; // completed customers who chose the cell's offer
    qint64 refusals = 0;     // refused attempts
    qint64 doNotDisturb = 0; // customers who asked not to be called
    qint64 wrongNumbers = 0;
    qint64 badUnknownId = 0;
    qint64 badSequence = 0;   // connected = no with an agreement
    qint64 badCompletion = 0; // completed before the attempt
    int agents = 0;           // distinct agent ids used

    qint64 badRowsTotal() const { return badUnknownId + badSequence + badCompletion; }
};

// Writes the call outcomes of the campaign's targets in call cells (channel "call") as the call
// system would send them: CSV, UTF-8, one row per attempt, columns 客户ID, 外呼时间, 是否接通,
// 外呼结果, 坐席工号, 竣工日期, 办理套餐, 拒绝原因 (or customer_id, attempt_time, connected,
// outcome, agent, completion_date, package, refusal_reason), the header preceded by no comment
// so the file imports as is (the file's name and docs say it is synthetic).
//
// Per target, from its own random stream (seed and customer id, so the result does not depend
// on the order or the other customers): called or not (coverage); 1-3 attempts on weekdays of
// its wave at 9:00-20:59, stopping at the first connected one; the connect chance depends on
// the hour (slotFactor); the connected answer follows the rates, modulated by the agent (agents
// A01.. per wave, as many as the wave's call staff, default 8; their skill differs, a few are
// new); agreements complete 1-6 days later with the cell's offer or sometimes another
// package; refusals carry a reason (价格太高, 不需要, 已有其他套餐, 信号不好, 合约未到期, 其他).
// Controls are never called. Throws cwb::Error for an unknown or unsplit campaign, a campaign
// without a call cell, or rates out of range. Deterministic for a seed.
OutcomeGenerationResult writeOutcomes(Workspace &workspace, const QString &path,
                                      const OutcomeGenerationOptions &options,
                                      JobControl *job = nullptr);

// The true effect planted in the follow-up extract.
struct FollowupEffect
{
    double baseConversion = 0.02; // everyone (controls too) moves to the offer by themselves
    double smsUplift = 0.015;     // extra conversion of targets in non-call cells
    double baseFeeChange = 0.5;   // yuan per month, everyone
    double feeNoise = 12.0;       // standard deviation of the monthly fee change, yuan
    double conversionGain = 30.0; // mean fee gain of a converted customer, yuan per month
    double conversionGainSpread = 10.0;
};

struct FollowupGenerationResult
{
    qint64 rows = 0;
    qint64 targets = 0;
    qint64 controls = 0; // controls and universal controls
    qint64 targetConversions = 0;
    qint64 controlConversions = 0;
    qint64 blankFee = 0; // customers without an original fee: their follow-up fee is blank too
};

// Writes the follow-up billing extract for every member of the campaign (targets, controls and
// universal controls): 客户ID (customer_id), 总费用_M1 (total_fee_m1) = the original fee +
// the change, package (the package after the campaign: the chosen one for those who completed
// on the call, the cell's offer for the other converts, empty otherwise). A target who completed
// on the call in writeOutcomes (same seed, same options) is a convert here; other customers
// convert at baseConversion (targets of non-call cells at baseConversion + smsUplift). Fee
// change: baseFeeChange + noise, plus a gain for converts. Deterministic for a seed.
FollowupGenerationResult writeFollowup(Workspace &workspace, const QString &path,
                                       const OutcomeGenerationOptions &options,
                                       const FollowupEffect &effect = {},
                                       JobControl *job = nullptr);

} // namespace cwb
