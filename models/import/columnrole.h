// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/columntype.h"

#include <QString>

namespace cwb {

// What a customer column holds, as far as the data audit cares: personal data that must not be
// kept as values (names, phone numbers, ID or bank card numbers, addresses, e-mail addresses),
// amounts that cannot be negative (fees, ARPU, bills; minutes, data volume), or anything else.
enum class ColumnRole
{
    Other,
    PersonName,
    Phone,
    IdNumber, // identity card, passport, bank card or account number
    Address,
    Email,
    Money, // a fee, bill, charge or ARPU: negative only by mistake (or a refund to look at)
    Usage  // minutes, data volume, messages: never negative
};

// The role of a column from its name in the customers table, its label (the source header) and
// its type. Canonical fields decide by name (name, contact1-3 are personal; *_fee_*, avg_fee_3m
// are money; *_minutes_*, data_mb_* are usage); other columns by keywords of the name or the
// header, English or Chinese (姓名, 电话, 手机, 身份证, 证件, 地址, 邮箱; 费, 账单, 消费, 金额,
// ARPU; 分钟, 时长, 流量, 短信). Any phone-typed column is a phone; money and usage need a number
// type (integer or decimal).
ColumnRole columnRole(const QString &name, const QString &label, ColumnType type);

// Names, phones, ID numbers, addresses, e-mail addresses: the audit keeps no values of these.
bool isPersonal(ColumnRole role);
// Money and usage: the audit counts their negative values.
bool isAmount(ColumnRole role);

// A phone number as the audit may show it: the first three and the last four digits with the
// middle masked (13812348000 -> 138****8000; fewer than 8 digits: all but the last two masked).
// A value that already holds '*' is returned unchanged, so masking twice changes nothing.
QString maskPhoneValue(const QString &value);

} // namespace cwb
