// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace cwb {

// A contact channel of a campaign cell: the campaign design, the contact policy, the ROI plan and
// the lists all speak of channels by these names.
enum class Channel
{
    Call,
    Sms,
    DirectMail,
    DoorToDoor,
    Store
};

QString channelName(Channel channel); // "call", "sms", "direct_mail", ...
std::optional<Channel> channelFromName(const QString &name);
QStringList channelNames(); // all names, in enum order

} // namespace cwb
