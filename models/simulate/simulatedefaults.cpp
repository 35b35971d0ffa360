// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate/simulatedefaults.h"

namespace cwb::simulate {

namespace {

struct ChannelInfo
{
    Channel channel;
    const char *name;
    // Assumed yuan per contact. These are planning assumptions, NOT measured figures; edit them
    // here (one place) or override them per cell with `cost_per_contact` in the plan.
    double costPerContact;
};

constexpr ChannelInfo kChannels[] = {
    // Outbound call: about 3 minutes of agent time at ~60 yuan per agent hour incl. overhead.
    {Channel::Call, "call", 3.0},
    // SMS: bulk message price.
    {Channel::Sms, "sms", 0.05},
    // Direct mail: print + postage of one letter.
    {Channel::DirectMail, "direct_mail", 2.5},
    // Door-to-door visit: about half an hour of an account manager incl. travel.
    {Channel::DoorToDoor, "door_to_door", 40.0},
    // Store / front desk: a few minutes of counter staff at the next visit.
    {Channel::Store, "store", 5.0},
};

} // namespace

QString channelName(Channel channel)
{
    for (const ChannelInfo &info : kChannels) {
        if (info.channel == channel)
            return QString::fromLatin1(info.name);
    }
    return QString();
}

std::optional<Channel> channelFromName(const QString &name)
{
    for (const ChannelInfo &info : kChannels) {
        if (name == QLatin1String(info.name))
            return info.channel;
    }
    return std::nullopt;
}

QStringList channelNames()
{
    QStringList names;
    for (const ChannelInfo &info : kChannels)
        names.append(QString::fromLatin1(info.name));
    return names;
}

double defaultCostPerContact(Channel channel)
{
    for (const ChannelInfo &info : kChannels) {
        if (info.channel == channel)
            return info.costPerContact;
    }
    return 0.0;
}

} // namespace cwb::simulate
