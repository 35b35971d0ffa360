// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the ROI plan file (PLAN.json, docs/simulate-plan.md): simulate::readPlan
// on the bytes of the file. cwb::Error is the expected refusal of bad input. Property: a plan
// that loads, written by PlanWriter (documented as the exact inverse of the reader), loads again
// to the same plan with the same warnings.
#include "fuzzsupport.h"

#include "simulate/planreader.h"
#include "simulate/planwriter.h"

#include <cstdint>

namespace {

constexpr const char *kTarget = "fuzz_planreader";

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cwb::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString source = QStringLiteral("plan.json");
    cwb::simulate::SimulationPlan plan;
    if (!cwb::fuzz::expectOnlyErrors(
            kTarget, [&] { plan = cwb::simulate::readPlan(cwb::fuzz::bytes(data, size), source); }))
        return 0;
    const QByteArray written = cwb::PlanWriter::toBytes(plan);
    cwb::simulate::SimulationPlan again;
    if (!cwb::fuzz::expectOnlyErrors(kTarget,
                                     [&] { again = cwb::simulate::readPlan(written, source); }))
        cwb::fuzz::broken(kTarget, "a loaded plan, written again, does not load",
                          QString::fromUtf8(written));
    const QByteArray rewritten = cwb::PlanWriter::toBytes(again);
    if (rewritten != written)
        cwb::fuzz::broken(kTarget, "a loaded plan, written and loaded again, changes",
                          QString::fromUtf8(written) + QStringLiteral("\n  -> ") +
                              QString::fromUtf8(rewritten));
    if (again.warnings != plan.warnings)
        cwb::fuzz::broken(kTarget, "a plan written and loaded again gives other warnings",
                          plan.warnings.join(QLatin1Char('|')) + QStringLiteral(" -> ") +
                              again.warnings.join(QLatin1Char('|')));
    return 0;
}
