// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/columntype.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cwb {

// Parsing of one cell's text into its column's type. All functions take UTF-8 and allocate
// nothing on the hot path; blanks are handled by the caller (see trimmed()).
namespace value {

// Without the blanks at both ends: ASCII space and tab, NBSP, the Unicode spaces U+2000-U+200A,
// U+202F, U+205F and U+3000, the zero-width space and a stray byte order mark.
std::string_view trimmed(std::string_view text);

// "1234", "-12", "1,234,567" (groups of three), "¥1,234"; false for anything else.
bool parseInteger(std::string_view text, std::int64_t &out);
// As parseInteger plus decimals: "12.5", "¥1,234.50", "$3.2", "12.50元", "1.5e3".
bool parseDecimal(std::string_view text, double &out);
// "2026-11-01", "2026/11/01", "2026.11.01", "2026-1-5", "20261101", "2026-11", "2026/11",
// "202611" (months become the 1st); an optional " HH:MM[:SS]" after a full date is kept.
// Writes the ISO form ("2026-11-01" or "2026-11-01 08:30:00") into out (at most 19 chars).
bool parseDate(std::string_view text, std::string &out);
// Y/N, Yes/No, True/False, T/F, 是/否, 1/0 (any case).
bool parseBoolean(std::string_view text, bool &out);
// Chinese mobile (11 digits 1[3-9]..., optional +86/86 prefix) or fixed-line number (optional
// area code 0xx/0xxx, 7-8 digit local number not starting with 0 or 1, optional extension);
// spaces and dashes are allowed as separators. Checks the text as normalizePhone() makes it.
bool isValidPhone(std::string_view text);
// A phone number as extracts write it, made plain: no-break, ideographic, figure, thin and other
// Unicode spaces become ASCII spaces (zero-width ones vanish), full-width digits ０-９ and ＋ －
// become ASCII, Unicode hyphens and dashes become '-'. Writes the result to out and returns true
// when the text has any non-ASCII byte; returns false (out untouched) for plain ASCII text.
bool normalizePhone(std::string_view text, std::string &out);

// What a cell was expected to hold, for reject messages ("a date such as 2026-11-01 ...").
QString expectation(ColumnType type);

} // namespace value

// Infers a column's type from sample values (blanks already removed).
// headerHint: the header text, used to accept all-digit dates ("20261101") only in columns whose
// header speaks of a date or month, and to keep identifiers and phone numbers as text.
ColumnType inferColumnType(const std::vector<std::string> &samples, const QString &headerHint);

} // namespace cwb
