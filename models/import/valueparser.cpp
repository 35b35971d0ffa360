// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/valueparser.h"

#include <QCoreApplication>

#include <charconv>
#include <cstring>

namespace cwb {
namespace value {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Removes currency signs before or after a number.
std::string_view stripCurrency(std::string_view text)
{
    // Fast path: a plain number starts and ends with a digit (or a sign / point).
    if (!text.empty() && (isDigit(text.front()) || text.front() == '-' || text.front() == '.') &&
        isDigit(text.back()))
        return text;
    for (std::string_view sign : {std::string_view("¥"), std::string_view("￥"),
                                  std::string_view("$"), std::string_view("RMB")}) {
        if (startsWith(text, sign)) {
            text.remove_prefix(sign.size());
            break;
        }
    }
    for (std::string_view sign : {std::string_view("元"), std::string_view("RMB")}) {
        if (endsWith(text, sign)) {
            text.remove_suffix(sign.size());
            break;
        }
    }
    return trimmed(text);
}

// Copies text without thousands separators into buffer, checking that separators stand between
// groups of three digits in the integer part. Returns the cleaned length or -1.
int removeThousands(std::string_view text, char *buffer, int capacity)
{
    const std::size_t comma = text.find(',');
    if (comma == std::string_view::npos) {
        if (int(text.size()) > capacity)
            return -1;
        std::memcpy(buffer, text.data(), text.size());
        return int(text.size());
    }
    std::size_t start = (text[0] == '-' || text[0] == '+') ? 1 : 0;
    std::size_t intEnd = text.find('.');
    if (intEnd == std::string_view::npos)
        intEnd = text.size();
    if (text.find(',', intEnd) != std::string_view::npos)
        return -1;
    // The first group has 1-3 digits, the others exactly 3.
    int n = 0;
    std::size_t groupLength = 0;
    bool first = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i >= start && i < intEnd) {
            if (c == ',') {
                if ((first && (groupLength == 0 || groupLength > 3)) ||
                    (!first && groupLength != 3))
                    return -1;
                first = false;
                groupLength = 0;
                continue;
            }
            ++groupLength;
        }
        if (n >= capacity)
            return -1;
        buffer[n++] = c;
    }
    if (!first && groupLength != 3)
        return -1;
    return n;
}

// The general path: thousands separators removed (checked: groups of three), an optional '+'
// dropped, then std::from_chars over the whole rest. Words such as "inf" or "nan" are refused.
template <typename Number> bool parseSeparated(std::string_view text, Number &out)
{
    char buffer[64];
    const int n = removeThousands(text, buffer, sizeof buffer);
    if (n <= 0)
        return false;
    const char *begin = buffer;
    if (*begin == '+')
        ++begin;
    if (begin == buffer + n || !(isDigit(*begin) || *begin == '-' || *begin == '.'))
        return false;
    const auto result = std::from_chars(begin, buffer + n, out);
    return result.ec == std::errc() && result.ptr == buffer + n;
}

bool validDay(int year, int month, int day)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    // Any real calendar date from 1900 on: 9999-12-31 is the usual "no end date" of an extract.
    if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    int limit = days[month - 1];
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        limit = 29;
    return day <= limit;
}

int digitsValue(std::string_view text)
{
    int v = 0;
    for (char c : text)
        v = v * 10 + (c - '0');
    return v;
}

bool allDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text)
        if (!isDigit(c))
            return false;
    return true;
}

// Writes a validated date (year 1900-9999) as "YYYY-MM-DD".
void writeDate(std::string &out, int year, int month, int day)
{
    const char text[10] = {char('0' + year / 1000),
                           char('0' + year / 100 % 10),
                           char('0' + year / 10 % 10),
                           char('0' + year % 10),
                           '-',
                           char('0' + month / 10),
                           char('0' + month % 10),
                           '-',
                           char('0' + day / 10),
                           char('0' + day % 10)};
    out.assign(text, 10);
}

// The length in bytes of the blank character text starts with (0 if none): ASCII space and tab,
// and the blanks that look like nothing or like a space: NBSP, U+2000-U+200B (en, em, figure,
// thin... spaces and the zero-width space), U+202F, U+205F, the ideographic space U+3000 and a
// stray byte order mark U+FEFF.
std::size_t blankPrefix(std::string_view t)
{
    if (t.empty())
        return 0;
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(t[i]); };
    if (b(0) == ' ' || b(0) == '\t')
        return 1;
    if (t.size() >= 2 && b(0) == 0xC2 && b(1) == 0xA0)
        return 2;
    if (t.size() < 3)
        return 0;
    if ((b(0) == 0xE2 && b(1) == 0x80 && (b(2) <= 0x8B || b(2) == 0xAF)) ||
        (b(0) == 0xE2 && b(1) == 0x81 && b(2) == 0x9F) ||
        (b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) ||
        (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF))
        return 3;
    return 0;
}

// The same at the end of text.
std::size_t blankSuffix(std::string_view t)
{
    if (t.empty())
        return 0;
    const char last = t.back();
    if (last == ' ' || last == '\t')
        return 1;
    if (t.size() >= 2 && blankPrefix(t.substr(t.size() - 2)) == 2)
        return 2;
    if (t.size() >= 3 && blankPrefix(t.substr(t.size() - 3)) == 3)
        return 3;
    return 0;
}

} // namespace

std::string_view trimmed(std::string_view text)
{
    // Fast path: no byte at either end that can begin (or end) a blank.
    if (text.empty())
        return text;
    const auto front = static_cast<unsigned char>(text.front());
    const auto back = static_cast<unsigned char>(text.back());
    const bool blankFront = front == ' ' || front == '\t' || front == 0xC2 || front == 0xE2 ||
                            front == 0xE3 || front == 0xEF;
    const bool blankBack = back == ' ' || back == '\t' || back == 0xA0 ||
                           (back >= 0x80 && back <= 0x8B) || back == 0x9F || back == 0xAF ||
                           back == 0xBF;
    if (!blankFront && !blankBack)
        return text;
    while (const std::size_t n = blankPrefix(text))
        text.remove_prefix(n);
    while (const std::size_t n = blankSuffix(text))
        text.remove_suffix(n);
    return text;
}

bool normalizePhone(std::string_view text, std::string &out)
{
    bool plain = true;
    for (char c : text)
        plain = plain && static_cast<unsigned char>(c) < 0x80;
    if (plain)
        return false;
    out.clear();
    for (std::size_t i = 0; i < text.size();) {
        const std::string_view rest = text.substr(i);
        const auto b = [&](std::size_t k) {
            return k < rest.size() ? static_cast<unsigned char>(rest[k]) : 0u;
        };
        if (const std::size_t blank = blankPrefix(rest); blank > 0) {
            // Zero-width characters vanish; the others are spaces.
            const bool zeroWidth = blank == 3 && ((b(0) == 0xE2 && b(2) == 0x8B) || b(0) == 0xEF);
            if (!zeroWidth)
                out.push_back(' ');
            i += blank;
        } else if (b(0) == 0xEF && b(1) == 0xBC && b(2) >= 0x90 && b(2) <= 0x99) {
            out.push_back(char('0' + (b(2) - 0x90))); // full-width digit
            i += 3;
        } else if (b(0) == 0xEF && b(1) == 0xBC && (b(2) == 0x8B || b(2) == 0x8D)) {
            out.push_back(b(2) == 0x8B ? '+' : '-'); // full-width plus or hyphen-minus
            i += 3;
        } else if ((b(0) == 0xE2 && b(1) == 0x80 && b(2) >= 0x90 && b(2) <= 0x95) ||
                   (b(0) == 0xE2 && b(1) == 0x88 && b(2) == 0x92)) {
            out.push_back('-'); // hyphens, dashes and the minus sign
            i += 3;
        } else {
            out.push_back(rest[0]);
            ++i;
        }
    }
    return true;
}

bool parseInteger(std::string_view text, std::int64_t &out)
{
    text = stripCurrency(text);
    if (text.empty())
        return false;
    if (text.find(',') == std::string_view::npos && text.front() != '+') { // no separators
        const auto result = std::from_chars(text.data(), text.data() + text.size(), out);
        return result.ec == std::errc() && result.ptr == text.data() + text.size();
    }
    return parseSeparated(text, out);
}

namespace {

// Clinger's fast path: "[-]digits[.digits]" with at most 15 significant digits is an integer
// mantissa below 2^53 divided by an exact power of ten, which one IEEE division rounds
// correctly. Returns false when the text needs the general parser.
bool parsePlainDecimal(std::string_view text, double &out)
{
    static constexpr double kPowers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                         1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    std::size_t i = 0;
    const bool negative = text[0] == '-';
    if (negative)
        ++i;
    std::uint64_t mantissa = 0;
    int digits = 0;
    int fraction = -1; // digits after the point, -1 before a point is seen
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            mantissa = mantissa * 10 + std::uint64_t(c - '0');
            if (mantissa != 0 && ++digits > 15)
                return false;
            if (fraction >= 0)
                ++fraction;
        } else if (c == '.' && fraction < 0) {
            fraction = 0;
        } else {
            return false;
        }
    }
    const std::size_t start = negative ? 1 : 0;
    if (text.size() == start || (fraction >= 0 && text.size() == start + 1) ||
        (fraction == 0 && text.size() == start + 1))
        return false;
    if (fraction > 15)
        return false;
    double value = double(mantissa);
    if (fraction > 0)
        value /= kPowers[fraction];
    out = negative ? -value : value;
    return true;
}

} // namespace

bool parseDecimal(std::string_view text, double &out)
{
    text = stripCurrency(text);
    if (text.empty())
        return false;
    if (parsePlainDecimal(text, out))
        return true;
    if (text.find(',') == std::string_view::npos &&
        (isDigit(text.front()) || ((text.front() == '-' || text.front() == '.') &&
                                   text.size() > 1))) { // no separators, no sign to strip
        const auto result = std::from_chars(text.data(), text.data() + text.size(), out);
        return result.ec == std::errc() && result.ptr == text.data() + text.size();
    }
    return parseSeparated(text, out);
}

bool parseDate(std::string_view text, std::string &out)
{
    text = trimmed(text);
    // Split off a time part after a full date.
    std::string_view time;
    if (const std::size_t space = text.find_first_of(" T"); space != std::string_view::npos) {
        time = text.substr(space + 1);
        text = text.substr(0, space);
    }
    int year = 0;
    int month = 0;
    int day = 1;
    bool hasDay = true;
    if (allDigits(text)) {
        if (text.size() == 8) {
            year = digitsValue(text.substr(0, 4));
            month = digitsValue(text.substr(4, 2));
            day = digitsValue(text.substr(6, 2));
        } else if (text.size() == 6) {
            year = digitsValue(text.substr(0, 4));
            month = digitsValue(text.substr(4, 2));
            hasDay = false;
        } else {
            return false;
        }
    } else {
        const char sep = text.size() > 4 ? text[4] : '\0';
        if (sep != '-' && sep != '/' && sep != '.')
            return false;
        std::string_view parts[3];
        int count = 0;
        std::size_t start = 0;
        while (count < 3) {
            const std::size_t end = text.find(sep, start);
            parts[count++] = text.substr(start, end == std::string_view::npos ? end : end - start);
            if (end == std::string_view::npos)
                break;
            start = end + 1;
            if (count == 3)
                return false; // a fourth part
        }
        if (count < 2 || parts[0].size() != 4 || !allDigits(parts[0]) || !allDigits(parts[1]) ||
            parts[1].size() > 2 || (count == 3 && (!allDigits(parts[2]) || parts[2].size() > 2)))
            return false;
        year = digitsValue(parts[0]);
        month = digitsValue(parts[1]);
        if (count == 3)
            day = digitsValue(parts[2]);
        else
            hasDay = false;
    }
    if (!validDay(year, month, day))
        return false;
    writeDate(out, year, month, day);
    if (!time.empty()) {
        if (!hasDay)
            return false;
        time = trimmed(time);
        int h = 0, m = 0, s = 0;
        if (time.size() >= 5 && isDigit(time[0]) && isDigit(time[1]) && time[2] == ':' &&
            isDigit(time[3]) && isDigit(time[4])) {
            h = digitsValue(time.substr(0, 2));
            m = digitsValue(time.substr(3, 2));
            if (time.size() == 8 && time[5] == ':' && isDigit(time[6]) && isDigit(time[7]))
                s = digitsValue(time.substr(6, 2));
            else if (time.size() != 5)
                return false;
        } else {
            return false;
        }
        if (h > 23 || m > 59 || s > 59)
            return false;
        const char clock[9] = {' ', char('0' + h / 10), char('0' + h % 10),
                               ':', char('0' + m / 10), char('0' + m % 10),
                               ':', char('0' + s / 10), char('0' + s % 10)};
        out.append(clock, 9);
    }
    return true;
}

bool parseBoolean(std::string_view text, bool &out)
{
    text = trimmed(text);
    if (text == "是") {
        out = true;
        return true;
    }
    if (text == "否") {
        out = false;
        return true;
    }
    if (text.size() > 5)
        return false;
    char lower[6] = {};
    for (std::size_t i = 0; i < text.size(); ++i)
        lower[i] = char(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]);
    const std::string_view t(lower, text.size());
    if (t == "1" || t == "y" || t == "yes" || t == "true" || t == "t") {
        out = true;
        return true;
    }
    if (t == "0" || t == "n" || t == "no" || t == "false" || t == "f") {
        out = false;
        return true;
    }
    return false;
}

bool isValidPhone(std::string_view text)
{
    text = trimmed(text);
    std::string normalized;
    if (normalizePhone(text, normalized))
        text = normalized;
    // Keep digits; allow separators ' ', '-', and a leading '+'.
    char digits[32];
    int n = 0;
    int dashAt = -1;
    bool plus = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            if (n >= 31)
                return false;
            digits[n++] = c;
        } else if (c == '-' || c == ' ') {
            if (c == '-' && dashAt < 0)
                dashAt = n;
        } else if (c == '+' && i == 0) {
            plus = true;
        } else {
            return false;
        }
    }
    std::string_view d(digits, std::size_t(n));
    if (plus) {
        if (!startsWith(d, "86"))
            return false;
        d.remove_prefix(2);
    } else if (d.size() == 13 && startsWith(d, "86")) {
        d.remove_prefix(2);
    }
    // Mobile.
    if (d.size() == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9')
        return true;
    // Fixed line with area code: 0 + 2-3 digits, then 7-8 digits not starting with 0/1.
    if (!d.empty() && d[0] == '0') {
        auto localOk = [](std::string_view local) {
            return (local.size() == 7 || local.size() == 8) && local[0] >= '2';
        };
        if (dashAt > 0) {
            const std::size_t area = std::size_t(dashAt);
            if (area < 3 || area > 4)
                return false;
            std::string_view local = d.substr(area);
            if (local.size() > 8) // an extension after a second separator
                local = local.substr(0, 8);
            return localOk(local);
        }
        // No separator: 010/02x have 3-digit codes, others 4.
        const std::size_t area = (d[1] == '1' || d[1] == '2') ? 3 : 4;
        return d.size() > area && localOk(d.substr(area));
    }
    // Local fixed-line number without area code.
    return (d.size() == 7 || d.size() == 8) && d[0] >= '2';
}

QString expectation(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return QCoreApplication::translate("cwb::Import", "a whole number");
    case ColumnType::Decimal:
        return QCoreApplication::translate("cwb::Import", "a number such as 128.50 or ¥1,234.50");
    case ColumnType::Date:
        return QCoreApplication::translate(
            "cwb::Import", "a date such as 2026-11-01, 2026/11/01, 20261101, 2026-11 or 202611");
    case ColumnType::Boolean:
        return QCoreApplication::translate("cwb::Import", "Y/N, 是/否, 1/0, true/false");
    case ColumnType::Phone:
        return QCoreApplication::translate(
            "cwb::Import", "a Chinese mobile number (11 digits, 1[3-9]...) or a fixed-line "
                           "number such as 0571-88888888");
    case ColumnType::Text:
        break;
    }
    return QCoreApplication::translate("cwb::Import", "text");
}

} // namespace value

namespace {

bool headerSpeaksOfDate(const QString &header)
{
    const QString h = header.toLower();
    for (const char *word : {"date", "month", "time", "day", "_dt", "yyyymm"})
        if (h.contains(QLatin1String(word)))
            return true;
    for (const QString &word :
         {QStringLiteral("日期"), QStringLiteral("时间"), QStringLiteral("月份"),
          QStringLiteral("到期"), QStringLiteral("年月")})
        if (header.contains(word))
            return true;
    return false;
}

bool headerSpeaksOfIdentifier(const QString &header)
{
    const QString h = header.toLower();
    if (h == QLatin1String("id") || h.endsWith(QLatin1String("_id")) ||
        h.endsWith(QLatin1String("id")) || h.contains(QLatin1String("phone")) ||
        h.contains(QLatin1String("mobile")) || h.contains(QLatin1String("zip")) ||
        h.contains(QLatin1String("code")))
        return true;
    for (const QString &word :
         {QStringLiteral("编号"), QStringLiteral("编码"), QStringLiteral("号码"),
          QStringLiteral("电话"), QStringLiteral("手机"), QStringLiteral("账号"),
          QStringLiteral("ID")})
        if (header.contains(word))
            return true;
    return false;
}

} // namespace

ColumnType inferColumnType(const std::vector<std::string> &samples, const QString &headerHint)
{
    if (samples.empty())
        return ColumnType::Text;
    bool allBool = true, allInt = true, allDec = true, allDate = true, allDigitDate = true;
    bool leadingZero = false;
    bool longDigits = false;
    std::string scratch;
    for (const std::string &sample : samples) {
        const std::string_view v = value::trimmed(sample);
        bool b;
        std::int64_t i;
        double d;
        if (allBool && !value::parseBoolean(v, b))
            allBool = false;
        if (allInt && !value::parseInteger(v, i))
            allInt = false;
        if (allDec && !value::parseDecimal(v, d))
            allDec = false;
        const bool isDate = value::parseDate(v, scratch);
        if (!isDate)
            allDate = false;
        bool digitsOnly = !v.empty();
        for (char c : v)
            digitsOnly = digitsOnly && c >= '0' && c <= '9';
        if (!(isDate && digitsOnly))
            allDigitDate = false;
        if (digitsOnly && v.size() > 1 && v[0] == '0')
            leadingZero = true;
        if (digitsOnly && v.size() >= 11)
            longDigits = true;
    }
    // Booleans: only true if the column uses a boolean vocabulary (not just any 0/1 integers
    // with other values); a 0/1 column counts as boolean.
    if (allBool)
        return ColumnType::Boolean;
    if (allDigitDate && headerSpeaksOfDate(headerHint))
        return ColumnType::Date;
    if ((allInt || allDec) && (leadingZero || longDigits || headerSpeaksOfIdentifier(headerHint)))
        return ColumnType::Text; // identifiers and phone numbers keep their digits as text
    if (allInt)
        return ColumnType::Integer;
    if (allDec)
        return ColumnType::Decimal;
    if (allDate && !allDigitDate)
        return ColumnType::Date;
    return ColumnType::Text;
}

} // namespace cwb
