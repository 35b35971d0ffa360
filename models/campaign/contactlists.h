// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace cwb {
class Workspace;
}

namespace cwb::campaign {

enum class ListKind
{
    Blacklist,   // no marketing at all
    Graylist,    // no contact through one channel
    DoNotDisturb // asked not to be disturbed again
};
QString listKindName(ListKind kind);            // "blacklist", "graylist", "do_not_disturb"
ListKind listKindFromName(const QString &name); // throws cwb::Error for an unknown name

struct ListImportResult
{
    qint64 read = 0;        // entries read
    qint64 added = 0;       // new entries
    qint64 already = 0;     // listed before (or twice in the file)
    qint64 customerIds = 0; // of the added: customer ids of the workspace
    qint64 phones = 0;      // of the added: phone numbers
    qint64 rejected = 0;
    QStringList rejects; // "file:line: reason", the first 50
};

// The contact lists of the workspace. An entry is a customer id of the workspace or a phone
// number (stored as its digits, matched against contact1..contact3); anything else is
// rejected with its line. A graylist entry belongs to one channel.
class ContactLists
{
public:
    explicit ContactLists(Workspace &workspace) : m_workspace(workspace) {}

    // Reads the first column of a CSV file (UTF-8 or GB18030; a header line that is not an
    // entry is skipped). One transaction: on an error nothing is added.
    ListImportResult importFile(ListKind kind, const QString &channel, const QString &path,
                                const QString &reason = {});
    ListImportResult add(ListKind kind, const QString &channel, const QStringList &entries,
                         const QString &reason, const QString &source);
    qint64 count(ListKind kind, const QString &channel = {});
    void clear(ListKind kind, const QString &channel = {});

    // Draws the universal control group of a period: round(base x share) customers of the
    // whole base, at random from the seed (customers in id order, partial Fisher-Yates with
    // Boost's mt19937_64). No campaign of the period contacts them. A period is drawn once;
    // drawing it again is refused (campaigns rely on it). Returns the group's size.
    qint64 drawUniversalControl(const QString &period, double share, quint64 seed);
    qint64 universalControlSize(const QString &period);

    // Records the contacts of an exported list in the contact history: the targets of the
    // campaign's wave (all waves when wave < 0) with the list id and date, and once per
    // campaign its control customers, marked as control (not contacted). Returns the rows added.
    qint64 recordExport(const QString &campaign, int wave, const QString &listId, QDate date);

private:
    Workspace &m_workspace;
};

} // namespace cwb::campaign
