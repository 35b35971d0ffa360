// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <string>
#include <string_view>

// How XlsxReader turns the raw text of an .xlsx cell into a field: number formats that mean
// dates, date serials, float noise, Excel's _xHHHH_ escapes. Free functions, tested directly.
namespace cwb::xlsx {

// What a number format shows a number as.
enum DateKind : int
{
    NotDate = 0,
    Date = 1,     // YYYY-MM-DD
    DateTime = 2, // YYYY-MM-DD HH:MM:SS
    Time = 3,     // HH:MM:SS (a date is prefixed when the serial is 1 or more)
    Elapsed = 4,  // [h]:mm:ss -> total hours H:MM:SS
};

// The kind of a built-in format id: 14-22 and 45-47, and the East Asian (zh-CN...) date and time
// ids 27-36 and 50-58, which Chinese Excel writes without defining them.
int builtinFormatKind(int id);
// The kind of a custom format code, from its first section: y, d, month m -> date; h, s, AM/PM
// -> time (then m is minutes); [h] [mm] [ss] -> elapsed. Text in quotes, escaped characters
// (\x, _x, *x) and other [..] parts ([Red], [$-804]) are ignored.
int customFormatKind(const QString &code);

// The text a number cell becomes: as written, or rounded to 15 significant digits when it has
// more ("0.30000000000000004" -> "0.3", "1.0000000000000001E-3" -> "1E-3"), as Excel shows it.
std::string normalizeNumber(std::string_view text);

// The text of a date serial of the given kind (1900 system: serial 1 = 1900-01-01, 60 = Excel's
// fictitious 1900-02-29, 61 = 1900-03-01; 1904 system: serial 0 = 1904-01-01), rounded to the
// second. Empty when the serial is not a date Excel can show (negative, after 9999-12-31).
std::string serialToText(double serial, int kind, bool date1904);

// Appends UTF-16 text as UTF-8 (unpaired surrogates become U+FFFD).
void appendUtf8(std::string &out, QStringView text);
// Decodes Excel's _xHHHH_ escapes in place (_x000D_ is a carriage return, _x005F_ a "_").
void decodeEscapes(std::string &text);

} // namespace cwb::xlsx
