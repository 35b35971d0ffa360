// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/contactpolicy.h"

#include <algorithm>
#include <numeric>

namespace cwb::campaign {

QString policyStepName(PolicyStep step)
{
    switch (step) {
    case PolicyStep::EarlierCell:
        return QStringLiteral("earlier_cell");
    case PolicyStep::Unreachable:
        return QStringLiteral("unreachable");
    case PolicyStep::Blacklist:
        return QStringLiteral("blacklist");
    case PolicyStep::Graylist:
        return QStringLiteral("graylist");
    case PolicyStep::DoNotDisturb:
        return QStringLiteral("do_not_disturb");
    case PolicyStep::Fatigue:
        return QStringLiteral("fatigue");
    case PolicyStep::Priority:
        return QStringLiteral("priority");
    case PolicyStep::Count:
        break;
    }
    return QString();
}

Reach reachNeeded(const QString &channel)
{
    if (channel == QLatin1String("call"))
        return Reach::AnyPhone;
    if (channel == QLatin1String("sms"))
        return Reach::Mobile;
    if (channel == QLatin1String("direct_mail") || channel == QLatin1String("door_to_door"))
        return Reach::Address;
    return Reach::Anyone;
}

bool isMobileNumber(std::string_view digits)
{
    if (digits.size() == 13 && digits.substr(0, 2) == "86")
        digits.remove_prefix(2);
    if (digits.size() != 11 || digits[0] != '1' || digits[1] < '3' || digits[1] > '9')
        return false;
    return std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool fatigueAllows(const std::vector<qint64> &sortedDays, qint64 day, int maxContacts,
                   int windowDays)
{
    if (maxContacts <= 0 || windowDays <= 0)
        return true;
    // Windows [s, s + D - 1] containing day: s from day - D + 1 to day. Only history days within
    // D - 1 of day can share such a window with it.
    const auto first = std::lower_bound(sortedDays.begin(), sortedDays.end(), day - windowDays + 1);
    const auto last = std::upper_bound(sortedDays.begin(), sortedDays.end(), day + windowDays - 1);
    std::vector<qint64> near(first, last);
    near.push_back(day);
    std::sort(near.begin(), near.end());
    // The busiest window that contains day: slide over the near days, two pointers.
    size_t lo = 0;
    qint64 busiest = 0;
    for (size_t hi = 0; hi < near.size(); ++hi) {
        while (near[hi] - near[lo] >= windowDays)
            ++lo;
        // The window [near[hi] - D + 1, near[hi]] holds near[lo..hi]; it contains day when
        // near[hi] >= day and near[hi] - D + 1 <= day.
        if (near[hi] >= day && near[hi] - windowDays + 1 <= day)
            busiest = std::max<qint64>(busiest, qint64(hi - lo + 1));
    }
    // Windows ending after the last near day are covered by the one ending at it or hold fewer.
    return busiest <= maxContacts;
}

namespace {

bool listed(const ListEntries &list, const Candidate &candidate)
{
    if (!list.keys.isEmpty() && list.keys.contains(candidate.key))
        return true;
    if (!list.phones.isEmpty()) {
        for (const QString &phone : candidate.phones) {
            if (!phone.isEmpty() && list.phones.contains(phone))
                return true;
        }
    }
    return false;
}

} // namespace

EligibilityResult applyEligibility(const std::vector<Candidate> &candidates, const QString &channel,
                                   qint64 contactDay, const ContactRules &rules,
                                   QSet<qint64> &taken)
{
    EligibilityResult result;
    result.eligible.assign(candidates.size(), 0);
    result.removedBy.assign(candidates.size(), -1);
    const ListEntries noGray;
    const auto grayIt = rules.graylist.constFind(channel);
    const ListEntries &gray = grayIt != rules.graylist.cend() ? grayIt.value() : noGray;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates[i];
        PolicyStep caught = PolicyStep::Count;
        if (taken.contains(c.key)) {
            caught = PolicyStep::EarlierCell;
        } else if (!c.reachable) {
            caught = PolicyStep::Unreachable;
        } else if (listed(rules.blacklist, c)) {
            caught = PolicyStep::Blacklist;
        } else if (listed(gray, c)) {
            caught = PolicyStep::Graylist;
        } else if (listed(rules.doNotDisturb, c)) {
            caught = PolicyStep::DoNotDisturb;
        } else if (rules.fatigueMaxContacts > 0 && !rules.history.isEmpty()) {
            const auto it = rules.history.constFind(c.key);
            if (it != rules.history.cend() &&
                !fatigueAllows(it.value(), contactDay, rules.fatigueMaxContacts,
                               rules.fatigueWindowDays))
                caught = PolicyStep::Fatigue;
        }
        if (caught == PolicyStep::Count && rules.claimed.contains(c.key))
            caught = PolicyStep::Priority;
        if (caught == PolicyStep::Count) {
            result.eligible[i] = 1;
            taken.insert(c.key);
        } else {
            result.removedBy[i] = static_cast<signed char>(caught);
            ++result.removed[size_t(caught)];
        }
    }
    return result;
}

QString phoneDigits(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar ch : text) {
        if (ch.isDigit())
            digits.append(ch);
    }
    return digits;
}

} // namespace cwb::campaign
