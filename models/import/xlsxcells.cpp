// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsxcells.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace cwb::xlsx {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms).
long long daysFromCivil(long long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long long)doe - 719468;
}

void civilFromDays(long long z, int &y, int &m, int &d)
{
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int((long long)yoe + era * 400 + (m <= 2));
}

void appendCodePoint(std::string &out, char32_t c)
{
    const char16_t units[2] = {char16_t(0xD800 + ((c - 0x10000) >> 10)),
                               char16_t(0xDC00 + ((c - 0x10000) & 0x3FF))};
    if (c >= 0x10000)
        appendUtf8(out, QStringView(units, 2));
    else {
        const char16_t unit = char16_t(c);
        appendUtf8(out, QStringView(&unit, 1));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

void appendUtf8(std::string &out, QStringView text)
{
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = s[i];
        if (c < 0x80) {
            out.push_back(char(c));
            continue;
        }
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
            ++i;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD;
        }
        if (c < 0x800) {
            out.push_back(char(0xC0 | (c >> 6)));
        } else if (c < 0x10000) {
            out.push_back(char(0xE0 | (c >> 12)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        } else {
            out.push_back(char(0xF0 | (c >> 18)));
            out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        }
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

// Excel writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_, a literal
// "_x" is escaped as _x005F_x). Decodes them in place.
void decodeEscapes(std::string &text)
{
    if (text.find("_x") == std::string::npos)
        return;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
            int v = 0;
            bool ok = true;
            for (int k = 2; k < 6 && ok; ++k) {
                const int h = hexValue(text[i + k]);
                ok = h >= 0;
                v = v * 16 + h;
            }
            if (ok) {
                char32_t c = char32_t(v);
                std::size_t used = 7;
                // A surrogate pair comes as two escapes.
                if (c >= 0xD800 && c <= 0xDBFF && i + 13 < text.size() && text[i + 7] == '_' &&
                    text[i + 8] == 'x' && text[i + 13] == '_') {
                    int low = 0;
                    for (int k = 9; k < 13 && low >= 0; ++k) {
                        const int h = hexValue(text[i + k]);
                        low = h < 0 ? -1 : low * 16 + h;
                    }
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        c = 0x10000 + ((c - 0xD800) << 10) + char32_t(low - 0xDC00);
                        used = 14;
                    }
                }
                appendCodePoint(out, c);
                i += used;
                continue;
            }
        }
        out.push_back(text[i++]);
    }
    text.swap(out);
}

int builtinFormatKind(int id)
{
    switch (id) {
    case 14:
    case 15:
    case 16:
    case 17:
        return Date;
    case 18:
    case 19:
    case 20:
    case 21:
    case 45:
    case 47:
        return Time;
    case 22:
        return DateTime;
    case 46:
        return Elapsed;
    // East Asian (zh-CN, zh-TW, ja-JP, ko-KR) built-ins, e.g. 31 = yyyy"年"m"月"d"日".
    case 27:
    case 28:
    case 29:
    case 30:
    case 31:
    case 36:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 57:
    case 58:
        return Date;
    case 32:
    case 33:
    case 34:
    case 35:
    case 55:
    case 56:
        return Time;
    default:
        return NotDate;
    }
}

int customFormatKind(const QString &code)
{
    bool date = false, month = false, time = false, elapsed = false;
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = code[i].toLower();
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? n : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped literal, a padding or a fill character
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            const QString inside = code.mid(i + 1, (end < 0 ? n : end) - i - 1).toLower();
            if (!inside.isEmpty() &&
                (inside.count(u'h') == inside.size() || inside.count(u'm') == inside.size() ||
                 inside.count(u's') == inside.size()))
                elapsed = true;
            i = end < 0 ? n : end;
        } else if (c == u';') {
            break; // the first section decides
        } else if (code.mid(i, 5).compare(u"am/pm", Qt::CaseInsensitive) == 0) {
            time = true;
            i += 4;
        } else if (code.mid(i, 3).compare(u"a/p", Qt::CaseInsensitive) == 0) {
            time = true;
            i += 2;
        } else if (c == u'y' || c == u'd') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        } else if (c == u'm') {
            month = true; // a month unless hours or seconds make it minutes
        }
    }
    if (elapsed)
        return Elapsed;
    if (date && time)
        return DateTime;
    if (date || (month && !time))
        return Date;
    if (time)
        return Time;
    return NotDate;
}

std::string normalizeNumber(std::string_view text)
{
    int significant = 0;
    bool started = false, hasExponent = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            if (c != '0' || started) {
                started = true;
                ++significant;
            }
        } else if (c == 'E' || c == 'e') {
            hasExponent = true;
            break;
        } else if (c != '.' && !((c == '-' || c == '+') && i == 0)) {
            return std::string(text); // not a plain number: keep it as written
        }
    }
    double value = 0;
    const char *begin = text.data() + (!text.empty() && text[0] == '+' ? 1 : 0);
    if (significant <= 15 ||
        std::from_chars(begin, text.data() + text.size(), value).ec != std::errc{})
        return std::string(text);

    char buf[40];
    std::snprintf(buf, sizeof buf, "%.14e", value); // "-d.dddddddddddddde+XX"
    std::string_view s(buf);
    const bool negative = s.front() == '-';
    if (negative)
        s.remove_prefix(1);
    const std::size_t e = s.find('e');
    std::string digits;
    digits.push_back(s[0]);
    digits.append(s.substr(2, e - 2));
    const int exponent = std::atoi(s.data() + e + 1);
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();

    std::string out = negative ? "-" : "";
    if (hasExponent) {
        out += digits[0];
        if (digits.size() > 1)
            out += '.' + digits.substr(1);
        out += exponent < 0 ? "E-" : "E+";
        out += std::to_string(std::abs(exponent));
    } else if (exponent >= 0) {
        const std::size_t intDigits = std::size_t(exponent) + 1;
        if (digits.size() <= intDigits) {
            out += digits + std::string(intDigits - digits.size(), '0');
        } else {
            out += digits.substr(0, intDigits) + '.' + digits.substr(intDigits);
        }
    } else {
        out += "0." + std::string(std::size_t(-exponent - 1), '0') + digits;
    }
    return out;
}

std::string serialToText(double serial, int kind, bool date1904)
{
    // 2958465 is 9999-12-31 in the 1900 system; Excel shows #### beyond it and for negatives.
    if (!(serial >= 0.0) || serial >= 2958466.0)
        return {};
    const long long seconds = std::llround(serial * 86400.0);
    const long long day = seconds / 86400;
    const int ofDay = int(seconds % 86400);
    char buf[48];
    if (kind == Elapsed) {
        std::snprintf(buf, sizeof buf, "%lld:%02d:%02d", seconds / 3600, ofDay / 60 % 60,
                      ofDay % 60);
        return buf;
    }
    char timeText[16];
    std::snprintf(timeText, sizeof timeText, "%02d:%02d:%02d", ofDay / 3600, ofDay / 60 % 60,
                  ofDay % 60);
    if (kind == Time && day == 0)
        return timeText;

    int y = 1900, m = 2, d = 29; // serial 60: Excel's fictitious 1900-02-29 (Lotus 1-2-3 bug)
    if (date1904)
        civilFromDays(daysFromCivil(1904, 1, 1) + day, y, m, d);
    else if (day < 60)
        civilFromDays(daysFromCivil(1899, 12, 31) + day, y, m, d);
    else if (day > 60)
        civilFromDays(daysFromCivil(1899, 12, 30) + day, y, m, d);
    if (kind == Date)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %s", y, m, d, timeText);
    return buf;
}

} // namespace cwb::xlsx
