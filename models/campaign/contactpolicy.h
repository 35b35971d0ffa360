// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <array>
#include <string_view>
#include <vector>

namespace cwb::campaign {

// A customer of a cell as the contact policy sees it. The key identifies the customer in the
// lists below (the planner uses the customer's row in the workspace).
struct Candidate
{
    qint64 key = 0;
    std::array<QString, 3> phones; // the customer's contact numbers, digits only (or empty)
    double value = 0.0;    // what capacity ranks by (ARPU): higher value goes to earlier waves
    bool reachable = true; // the cell's channel can reach the customer (see reachableBy)
};

// A contact list as the policy checks it: customer ids and phone numbers (digits) apart, so a
// list of ids costs no phone lookups.
struct ListEntries
{
    QSet<qint64> keys;
    QSet<QString> phones;
    bool isEmpty() const { return keys.isEmpty() && phones.isEmpty(); }
};

// The eligibility steps of the contact policy, in the order they are applied. Each removes the
// customers it catches from those still in; the waterfall counts them per step.
enum class PolicyStep
{
    EarlierCell,  // already in an earlier cell of the same campaign
    Unreachable,  // the channel cannot reach the customer (no valid number, no mobile, ...)
    Blacklist,    // no marketing at all (customer id or any contact number listed)
    Graylist,     // no contact through this cell's channel
    DoNotDisturb, // answered "do not disturb" to an earlier campaign
    Fatigue,      // one more contact would exceed N contacts in some window of D days
    Priority,     // held by an overlapping campaign of the period with a higher priority
    Count
};
inline constexpr int kPolicyStepCount = int(PolicyStep::Count);
QString policyStepName(PolicyStep step); // "earlier_cell", "blacklist", ...

// What the policy checks against: the workspace's lists, contact history and the other
// campaigns of the period, loaded by the planner.
struct ContactRules
{
    ListEntries blacklist;
    QHash<QString, ListEntries> graylist; // channel name -> entries
    ListEntries doNotDisturb;
    QHash<qint64, std::vector<qint64>> history; // customer key -> contact days (Julian), sorted
    int fatigueMaxContacts = 0;                 // 0: no fatigue rule
    int fatigueWindowDays = 0;
    QSet<qint64> claimed; // customers held by a campaign of the period with a higher priority
};

// True when one more contact on `day` keeps every window of windowDays consecutive days that
// contains `day` at no more than maxContacts contacts (history days may lie before or after).
// A contact windowDays days before `day` is outside the window; windowDays - 1 days is inside.
bool fatigueAllows(const std::vector<qint64> &sortedDays, qint64 day, int maxContacts,
                   int windowDays);

struct EligibilityResult
{
    std::vector<char> eligible;                     // per candidate
    std::vector<signed char> removedBy;             // the PolicyStep that removed it, or -1
    std::array<qint64, kPolicyStepCount> removed{}; // per step
};

// Applies the eligibility steps to one cell's candidates for a contact on contactDay through
// channel. taken holds the keys of earlier cells' customers; the eligible ones of this cell are
// added to it.
EligibilityResult applyEligibility(const std::vector<Candidate> &candidates, const QString &channel,
                                   qint64 contactDay, const ContactRules &rules,
                                   QSet<qint64> &taken);

// What a channel needs to reach a customer: a call a valid phone number, an SMS a mobile
// number, direct mail and door-to-door an address (when the customers have an address column;
// without one nothing can be checked), a store visit nothing.
enum class Reach
{
    AnyPhone,
    Mobile,
    Address,
    Anyone
};
Reach reachNeeded(const QString &channel);
// A mainland mobile number: 11 digits starting 13-19 (an optional +86/86 prefix is dropped).
bool isMobileNumber(std::string_view digits);

// Digits of a phone number ("138-0013 8000" -> "13800138000"); empty when it has none.
QString phoneDigits(const QString &text);

} // namespace cwb::campaign
