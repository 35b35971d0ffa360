// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>
#include <string>
#include <string_view>

// How text from an input file is shown in a message or kept with a rejected row: never at full
// length (a 20 MB line must not become a 20 MB message), and with invisible characters made
// visible, so that "138 0013 8000" with no-break spaces does not look like a valid number.
namespace cwb::display {

// Values quoted in messages are cut to this many characters.
constexpr int kValueChars = 60;
// The raw text of a rejected line is kept up to this many bytes.
constexpr std::size_t kRawBytes = 4096;

// A value for a message: at most maxChars characters; invisible characters (controls, NUL,
// no-break and other special spaces, zero-width and format characters) written as <U+00A0>;
// when cut, "…" and the full size ("… (20,971,520 bytes in all)").
QString value(std::string_view utf8, int maxChars = kValueChars);
QString value(const QString &text, int maxChars = kValueChars);

// A list of names (headers) for a message: joined with ", ", each shown as value() does, and cut
// after maxChars characters with the number of names left out.
QString list(const QStringList &names, int maxChars = 400);

// The raw text of a rejected line as it is stored: the first maxBytes bytes (cut at a character
// boundary) and, when cut, a note of the full size. Shorter text is returned unchanged.
std::string storedRaw(std::string_view raw, std::size_t maxBytes = kRawBytes);

// A count with thousands separators: "20,971,520"
QString number(qint64 value);
// Megabytes (MiB) for messages, rounded: "256", "0.5".
QString megabytes(qint64 bytes);

} // namespace cwb::display
