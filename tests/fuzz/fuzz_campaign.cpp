// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for a campaign definition file (docs/campaigns.md), read as `cwb campaign
// create` reads it: JSON, then campaignFromJson, which checks the whole definition. cwb::Error is
// the expected refusal of bad input. Property: a definition that loads writes (toJson) a JSON
// object that loads again to the same definition.
#include "fuzzsupport.h"

#include "campaign/campaign.h"

#include <QJsonDocument>

#include <cstdint>

namespace {

constexpr const char *kTarget = "fuzz_campaign";

QByteArray canonical(const cwb::campaign::Campaign &campaign)
{
    return QJsonDocument(cwb::campaign::toJson(campaign)).toJson(QJsonDocument::Compact);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cwb::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(cwb::fuzz::bytes(data, size));
    if (!document.isObject())
        return 0; // `cwb campaign create` refuses it before the definition is read
    const QString source = QStringLiteral("campaign.json");
    cwb::campaign::Campaign campaign;
    if (!cwb::fuzz::expectOnlyErrors(kTarget, [&] {
            campaign = cwb::campaign::campaignFromJson(document.object(), source);
        }))
        return 0;
    const QByteArray written = canonical(campaign);
    QByteArray again;
    const bool ok = cwb::fuzz::expectOnlyErrors(kTarget, [&] {
        again = canonical(
            cwb::campaign::campaignFromJson(QJsonDocument::fromJson(written).object(), source));
    });
    if (!ok)
        cwb::fuzz::broken(kTarget, "a loaded definition, written again, does not load",
                          QString::fromUtf8(written));
    if (again != written)
        cwb::fuzz::broken(kTarget, "a loaded definition, written and loaded again, changes",
                          QString::fromUtf8(written) + QStringLiteral("\n  -> ") +
                              QString::fromUtf8(again));
    return 0;
}
