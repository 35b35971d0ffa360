// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluate/statistics.h"
#include "export/calllist.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace cwb {
class Workspace;
}

namespace cwb::exporting {

// The time slots a call time is suggested in (DOMAIN.md: evening vs daytime, weekday vs
// weekend). Daytime is 09:00-17:59, evening 18:00-20:59; calls outside 09:00-21:00 belong to no
// slot (they are not suggested and not counted).
enum class CallSlot
{
    WeekdayDaytime,
    WeekdayEvening,
    WeekendDaytime,
    WeekendEvening
};
constexpr int kCallSlots = 4;

// The slot of an attempt time as stored in the outcomes table ("2026-11-02 19:30:00"; weekday =
// Monday to Friday). Empty for a time outside 09:00-21:00, a date without a time, or text that is
// not a date-time.
std::optional<CallSlot> callSlot(QStringView attemptAt);

// "weekday evening 18:00-21:00" / "工作日晚上 18:00-21:00".
QString callSlotText(CallSlot slot, Language language);

// One slot's past attempts: connected / attempts with a Wilson 95% interval.
struct SlotConnectRate
{
    CallSlot slot = CallSlot::WeekdayDaytime;
    stats::Rate connect;
};

struct CallTimeOptions
{
    // A slot needs this many past attempts to be suggested: below it the rate is too noisy.
    qint64 minAttempts = 50;
};

// What the past call outcomes of the workspace say about when to call.
struct CallTimeAdvice
{
    QList<SlotConnectRate> rates; // the four slots in enum order
    qint64 attempts = 0;          // past attempts in a slot (all campaigns)
    qint64 outsideSlots = 0;      // past attempts outside 09:00-21:00 or without a time
    // The slot with the highest lower bound of its connect-rate interval among the slots with
    // at least minAttempts attempts (ties: the higher rate, then enum order). Empty when no slot
    // has enough attempts: the default (weekday evening) is used then.
    std::optional<CallSlot> best;
    QString text;   // the suggested call time in words
    QString source; // why: "connect rate 61.2% over 1,234 past attempts" or "default: ..."
};

// Reads every recorded call outcome of the workspace (all campaigns) and suggests a call time.
CallTimeAdvice adviseCallTime(Workspace &workspace, Language language,
                              const CallTimeOptions &options = {});

// Per customer of a campaign's targets: the slot of the customer's most recent connected
// attempt in any campaign (a customer who answered in the evening is called in the evening).
// Customers without a connected attempt in a slot are absent.
QHash<QString, CallSlot> customerCallSlots(Workspace &workspace, qint64 campaignId);

} // namespace cwb::exporting
