// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/calltime.h"

#include "workspace/workspace.h"

#include <QDate>
#include <QLocale>

namespace cwb::exporting {

namespace {

QString tr2(Language language, const char *chinese, const char *english)
{
    return language == Language::Chinese ? QString::fromUtf8(chinese) : QString::fromUtf8(english);
}

int twoDigits(QStringView text, qsizetype at)
{
    if (text.size() < at + 2 || !text[at].isDigit() || !text[at + 1].isDigit())
        return -1;
    return text[at].digitValue() * 10 + text[at + 1].digitValue();
}

} // namespace

std::optional<CallSlot> callSlot(QStringView attemptAt)
{
    // "yyyy-MM-dd HH:mm[:ss]" (the importer's form; a 'T' separator is read as well).
    if (attemptAt.size() < 16 || (attemptAt[10] != u' ' && attemptAt[10] != u'T') ||
        attemptAt[13] != u':')
        return std::nullopt;
    const QDate date = QDate::fromString(attemptAt.left(10).toString(), Qt::ISODate);
    const int hour = twoDigits(attemptAt, 11);
    const int minute = twoDigits(attemptAt, 14);
    if (!date.isValid() || hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    if (hour < 9 || hour >= 21)
        return std::nullopt;
    const bool weekend = date.dayOfWeek() >= 6;
    const bool evening = hour >= 18;
    if (weekend)
        return evening ? CallSlot::WeekendEvening : CallSlot::WeekendDaytime;
    return evening ? CallSlot::WeekdayEvening : CallSlot::WeekdayDaytime;
}

QString callSlotText(CallSlot slot, Language language)
{
    switch (slot) {
    case CallSlot::WeekdayDaytime:
        return tr2(language, "工作日白天 09:00-18:00", "weekday daytime 09:00-18:00");
    case CallSlot::WeekdayEvening:
        return tr2(language, "工作日晚上 18:00-21:00", "weekday evening 18:00-21:00");
    case CallSlot::WeekendDaytime:
        return tr2(language, "周末白天 09:00-18:00", "weekend daytime 09:00-18:00");
    case CallSlot::WeekendEvening:
        return tr2(language, "周末晚上 18:00-21:00", "weekend evening 18:00-21:00");
    }
    return {};
}

CallTimeAdvice adviseCallTime(Workspace &workspace, Language language,
                              const CallTimeOptions &options)
{
    qint64 attempts[kCallSlots] = {};
    qint64 connected[kCallSlots] = {};
    CallTimeAdvice advice;
    Statement rows(workspace.db(), "SELECT attempt_at, connected FROM outcomes");
    while (rows.step()) {
        const QString at = rows.text(0);
        const std::optional<CallSlot> slot = callSlot(at);
        if (!slot) {
            ++advice.outsideSlots;
            continue;
        }
        ++attempts[int(*slot)];
        if (rows.int64(1) != 0)
            ++connected[int(*slot)];
        ++advice.attempts;
    }
    double bestLow = -1.0;
    double bestRate = -1.0;
    for (int s = 0; s < kCallSlots; ++s) {
        SlotConnectRate r;
        r.slot = CallSlot(s);
        r.connect = stats::rate(connected[s], attempts[s]);
        advice.rates.append(r);
        if (attempts[s] < std::max<qint64>(1, options.minAttempts))
            continue;
        const double low = r.connect.ci.low;
        const double value = *r.connect.value;
        if (low > bestLow || (low == bestLow && value > bestRate)) {
            bestLow = low;
            bestRate = value;
            advice.best = CallSlot(s);
        }
    }
    const QLocale locale = language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                         : QLocale(QLocale::English);
    if (advice.best) {
        const SlotConnectRate &r = advice.rates.at(int(*advice.best));
        advice.text = callSlotText(*advice.best, language);
        const QString percent = locale.toString(*r.connect.value * 100.0, 'f', 1) + u'%';
        advice.source = language == Language::Chinese
                            ? QStringLiteral("历史接通率 %1（%2 次外呼）")
                                  .arg(percent, locale.toString(r.connect.denominator))
                            : QStringLiteral("connect rate %1 over %2 past attempts")
                                  .arg(percent, locale.toString(r.connect.denominator));
    } else {
        advice.text = defaultCallTime(language);
        advice.source =
            advice.attempts == 0
                ? tr2(language, "默认值：工作空间中尚无外呼结果",
                      "default: no call outcomes in the workspace yet")
                : (language == Language::Chinese
                       ? QStringLiteral("默认值：各时段外呼次数均不足 %1 次")
                             .arg(options.minAttempts)
                       : QStringLiteral("default: no time slot has %1 past attempts yet")
                             .arg(options.minAttempts));
    }
    return advice;
}

QHash<QString, CallSlot> customerCallSlots(Workspace &workspace, qint64 campaignId)
{
    QHash<QString, CallSlot> out;
    // The latest connected attempt in a slot per target: attempts outside the slots are skipped,
    // so the query returns every connected attempt of the targets, newest first.
    Statement rows(workspace.db(),
                   "SELECT o.customer_id, o.attempt_at FROM outcomes o WHERE o.connected = 1 "
                   "AND o.customer_id IN (SELECT customer_id FROM campaign_members WHERE "
                   "campaign_id = ? AND role = 'target') ORDER BY o.customer_id, o.attempt_at "
                   "DESC");
    rows.bind(1, campaignId);
    while (rows.step()) {
        const QString id = rows.text(0);
        if (out.contains(id))
            continue;
        if (const std::optional<CallSlot> slot = callSlot(rows.text(1)))
            out.insert(id, *slot);
    }
    return out;
}

} // namespace cwb::exporting
