// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the package catalog file (docs/offers.md): catalogFromJson on the bytes
// of the file, which validates every package (eligibility rules included). cwb::Error is the
// expected refusal of bad input. Property: a catalog that loads, written by catalogToJson, loads
// again to equal packages.
#include "fuzzsupport.h"

#include "offer/package.h"

#include <cstdint>

namespace {

constexpr const char *kTarget = "fuzz_packages";

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cwb::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString source = QStringLiteral("packages.json");
    QList<cwb::Package> packages;
    if (!cwb::fuzz::expectOnlyErrors(kTarget, [&] {
            packages = cwb::catalogFromJson(cwb::fuzz::bytes(data, size), source);
        }))
        return 0;
    const QByteArray written = cwb::catalogToJson(packages);
    QList<cwb::Package> again;
    if (!cwb::fuzz::expectOnlyErrors(kTarget,
                                     [&] { again = cwb::catalogFromJson(written, source); }))
        cwb::fuzz::broken(kTarget, "a loaded catalog, written again, does not load",
                          QString::fromUtf8(written));
    if (again != packages)
        cwb::fuzz::broken(kTarget, "a loaded catalog, written and loaded again, changes",
                          QString::fromUtf8(written) + QStringLiteral("\n  -> ") +
                              QString::fromUtf8(cwb::catalogToJson(again)));
    return 0;
}
