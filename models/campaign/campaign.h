// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace cwb::campaign {

// One cell: who (a segment or a rule), what (an offer), how (a channel), and the control share.
struct Cell
{
    QString name;
    QString segment; // a saved segment's name, or empty when rule is set
    QString rule;    // a rule in the segment language (used when segment is empty)
    QString offer;   // the package offered (name in the offer catalog)
    QString channel = QStringLiteral("call"); // channelName (core/channel.h): call, sms, ...
    double controlShare = 0.1;                // held out at random; ignored when controlSize >= 0
    qint64 controlSize = -1;
};

// Capacity of a channel in one wave: staff x contacts per staff per day x the wave's days, or a
// fixed number; a channel a wave doesn't list is unlimited in it.
struct ChannelCapacity
{
    int staff = 0;
    int perStaffPerDay = 0;
    qint64 fixed = -1;
    qint64 capacity(int days) const
    {
        return fixed >= 0 ? fixed : qint64(staff) * qint64(perStaffPerDay) * qint64(days);
    }
};

struct Wave
{
    QString name; // "test", "rollout 1", ...
    QDate start;
    int days = 1;
    QMap<QString, ChannelCapacity> capacity; // channel name -> capacity
};

struct Policy
{
    bool blacklist = true;
    bool graylist = true;
    bool doNotDisturb = true;
    int fatigueMaxContacts = 2; // at most N contacts ...
    int fatigueWindowDays = 30; // ... in any window of D days (0: no fatigue rule)
    bool priority = true;       // overlapping campaigns of the period: higher priority keeps
};

struct Campaign
{
    qint64 id = 0;
    QString name;
    QString objective;
    QString owner;
    QString period; // campaigns of one period share the universal control and their controls
    QDate start;
    QDate end;
    int priority = 0; // higher wins a customer two campaigns of the period both target
    quint64 seed = 1;
    QString stratifyBy;         // a customer column, or empty
    QStringList valueColumns;   // averaged into the value capacity ranks by
    QStringList balanceColumns; // shown in the balance table
    QList<Cell> cells;
    QList<Wave> waves;
    Policy policy;
    QString createdAt;
    QString updatedAt;
};

// The campaign file format (docs/campaigns.md). fromJson throws cwb::Error naming the field
// ("cells[1].control_share: expected a number in [0, 1)") and checks the whole definition.
QJsonObject toJson(const Campaign &campaign);
Campaign campaignFromJson(const QJsonObject &object, const QString &source);
// Checks what JSON can't: names unique, dates ordered, shares in range, channels known.
void validate(const Campaign &campaign, const QString &source);

} // namespace cwb::campaign
