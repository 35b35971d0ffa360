// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the segmentation rule parser (built with -DCWB_FUZZ=ON and clang; run by
// scripts/fuzz.sh). Any byte string is read as UTF-8 rule text. A RuleError (or another
// cwb::Error) is an expected outcome; a crash, a sanitizer report, an exception of any other type
// or a broken property below is a bug:
// - the error position is inside the text (line >= 1, column >= 1);
// - printRule(parseRule(x)) parses again, and printing that tree gives the same canonical text.
#include "segment/ruleast.h"
#include "segment/ruleparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void broken(const char *what, const QString &input, const QString &detail)
{
    std::fprintf(stderr, "fuzz_ruleparser: %s\n  input:  %s\n  detail: %s\n", what,
                 input.toUtf8().constData(), detail.toUtf8().constData());
    std::abort();
}

void checkPosition(const cwb::RuleError &e, const QString &text)
{
    const qsizetype lines = text.count(QLatin1Char('\n')) + 1;
    if (e.line() < 1 || e.line() > lines || e.column() < 1)
        broken("error position outside the text", text, e.message());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString printed;
    try {
        printed = cwb::printRule(*cwb::parseRule(text));
    } catch (const cwb::RuleError &e) {
        checkPosition(e, text);
        return 0;
    } catch (const cwb::Error &) {
        return 0;
    }
    QString again;
    try {
        again = cwb::printRule(*cwb::parseRule(printed));
    } catch (const cwb::Error &e) {
        broken("the canonical text does not parse again", text,
               printed + QStringLiteral(" -> ") + e.message());
    }
    if (again != printed)
        broken("printing is not stable", text, printed + QStringLiteral(" -> ") + again);
    return 0;
}
