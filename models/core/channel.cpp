// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/channel.h"

namespace cwb {

namespace {

struct ChannelName
{
    Channel channel;
    const char *name;
};

constexpr ChannelName kChannels[] = {
    {Channel::Call, "call"},
    {Channel::Sms, "sms"},
    {Channel::DirectMail, "direct_mail"},
    {Channel::DoorToDoor, "door_to_door"},
    {Channel::Store, "store"},
};

} // namespace

QString channelName(Channel channel)
{
    for (const ChannelName &info : kChannels) {
        if (info.channel == channel)
            return QString::fromLatin1(info.name);
    }
    return QString();
}

std::optional<Channel> channelFromName(const QString &name)
{
    for (const ChannelName &info : kChannels) {
        if (name == QLatin1String(info.name))
            return info.channel;
    }
    return std::nullopt;
}

QStringList channelNames()
{
    QStringList names;
    for (const ChannelName &info : kChannels)
        names.append(QString::fromLatin1(info.name));
    return names;
}

} // namespace cwb
