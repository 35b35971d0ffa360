// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/displaytext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace cwb::display {

namespace {

// Characters a reader cannot see or tell from a plain space.
bool invisible(char32_t c)
{
    if (c == U' ')
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// Appends at most maxChars code points of text, invisible ones as <U+XXXX>; returns how many
// code points were taken.
int appendVisible(QString &out, const QString &text, int maxChars)
{
    int taken = 0;
    for (qsizetype i = 0; i < text.size() && taken < maxChars; ++taken) {
        char32_t c = text.at(i).unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            units = 2;
        }
        if (invisible(c))
            out += QStringLiteral("<U+%1>").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
        else
            out += text.mid(i, units);
        i += units;
    }
    return taken;
}

// The number of code points in text (surrogate pairs count once).
qsizetype codePoints(const QString &text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate())
            ++n;
    return n;
}

// The length of the longest prefix of at most maxBytes bytes that does not cut a UTF-8 sequence.
std::size_t utf8Prefix(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return text.size();
    std::size_t n = maxBytes;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80)
        --n;
    return n;
}

} // namespace

QString number(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

QString megabytes(qint64 bytes)
{
    const double mb = double(bytes) / (1024.0 * 1024.0);
    const QLocale english(QLocale::English);
    if (mb >= 10.0 || mb == std::floor(mb))
        return english.toString(mb, 'f', 0);
    return mb >= 1.0 ? english.toString(mb, 'f', 1) : english.toString(mb, 'g', 2);
}

QString value(std::string_view utf8, int maxChars)
{
    // Decode no more than the characters that can be shown (4 bytes each at most).
    const std::size_t head = utf8Prefix(utf8, std::size_t(maxChars) * 4 + 4);
    const QString text = QString::fromUtf8(utf8.data(), qsizetype(head));
    QString out;
    const int taken = appendVisible(out, text, maxChars);
    if (head == utf8.size() && taken == codePoints(text))
        return out;
    return QCoreApplication::translate("cwb::Import", "%1… (%2 bytes in all)")
        .arg(out, number(qint64(utf8.size())));
}

QString value(const QString &text, int maxChars)
{
    QString out;
    const int taken = appendVisible(out, text, maxChars);
    if (taken == codePoints(text))
        return out;
    return QCoreApplication::translate("cwb::Import", "%1… (%2 characters in all)")
        .arg(out, number(codePoints(text)));
}

QString list(const QStringList &names, int maxChars)
{
    QString out;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString shown = value(names.at(i));
        if (i > 0 && out.size() + shown.size() > maxChars)
            return QCoreApplication::translate("cwb::Import", "%1 and %n more", nullptr,
                                               int(names.size() - i))
                .arg(out);
        if (i > 0)
            out += QStringLiteral(", ");
        out += shown;
    }
    return out;
}

std::string storedRaw(std::string_view raw, std::size_t maxBytes)
{
    if (raw.size() <= maxBytes)
        return std::string(raw);
    const std::size_t kept = utf8Prefix(raw, maxBytes);
    std::string out(raw.substr(0, kept));
    out += QCoreApplication::translate("cwb::Import", "… [truncated to the first %1 of %2 bytes]")
               .arg(number(qint64(kept)), number(qint64(raw.size())))
               .toStdString();
    return out;
}

} // namespace cwb::display
