// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/contactlists.h"

#include "campaign/contactpolicy.h"
#include "campaign/controlsplit.h"
#include "core/error.h"
#include "import/csvreader.h"
#include "workspace/workspace.h"

#include "campaign/campaign.h"
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/uniform_int_distribution.hpp>

#include <cmath>

namespace cwb::campaign {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool isCustomer(Statement &lookup, const QString &id)
{
    lookup.reset();
    lookup.bind(1, id);
    return lookup.step();
}

} // namespace

QString listKindName(ListKind kind)
{
    switch (kind) {
    case ListKind::Blacklist:
        return QStringLiteral("blacklist");
    case ListKind::Graylist:
        return QStringLiteral("graylist");
    case ListKind::DoNotDisturb:
        return QStringLiteral("do_not_disturb");
    }
    return QString();
}

ListKind listKindFromName(const QString &name)
{
    for (ListKind kind : {ListKind::Blacklist, ListKind::Graylist, ListKind::DoNotDisturb}) {
        if (name == listKindName(kind))
            return kind;
    }
    if (name == QLatin1String("dnd"))
        return ListKind::DoNotDisturb;
    throw Error(QStringLiteral("unknown list '%1' (expected blacklist, graylist or "
                               "do_not_disturb)")
                    .arg(name));
}

namespace {

struct Adder
{
    Adder(Workspace &workspace, ListKind kind, const QString &channel, const QString &reason,
          const QString &source)
        : insert(workspace.db(), "INSERT OR IGNORE INTO contact_lists(kind, channel, entry, "
                                 "reason, source, added_at, entry_kind) VALUES (?, ?, ?, ?, ?, "
                                 "?, ?)"),
          lookup(workspace.db(), "SELECT 1 FROM customers WHERE customer_id = ? LIMIT 1"),
          db(workspace.db()), now(nowIso())
    {
        if (kind == ListKind::Graylist) {
            if (channel.isEmpty())
                throw Error(QStringLiteral("a graylist entry needs the channel it bars"));
        } else if (!channel.isEmpty()) {
            throw Error(QStringLiteral("only graylist entries belong to a channel"));
        }
        insert.bind(1, listKindName(kind));
        insert.bind(2, channel);
        insert.bind(4, reason);
        insert.bind(5, source);
        insert.bind(6, now);
    }

    // Returns an empty string when taken, else the reason it was rejected.
    QString take(const QString &raw, ListImportResult &result)
    {
        const QString text = raw.trimmed();
        if (text.isEmpty())
            return QStringLiteral("empty entry");
        ++result.read;
        QString entry;
        bool phone = false;
        if (isCustomer(lookup, text)) {
            entry = text;
        } else {
            const QString digits = phoneDigits(text);
            bool onlyPhoneChars = true;
            for (QChar ch : text) {
                if (!ch.isDigit() && ch != QLatin1Char('-') && ch != QLatin1Char(' ') &&
                    ch != QLatin1Char('+') && ch != QLatin1Char('(') && ch != QLatin1Char(')'))
                    onlyPhoneChars = false;
            }
            if (!onlyPhoneChars || digits.size() < 7 || digits.size() > 15)
                return QStringLiteral("'%1' is neither a customer id of the workspace nor a "
                                      "phone number (7 to 15 digits)")
                    .arg(text);
            entry = digits;
            phone = true;
        }
        insert.resetKeep();
        insert.bind(3, entry);
        insert.bind(7, phone ? QStringLiteral("phone") : QStringLiteral("id"));
        insert.exec();
        if (db.changes() > 0) {
            ++result.added;
            ++(phone ? result.phones : result.customerIds);
        } else {
            ++result.already;
        }
        return QString();
    }

    Statement insert;
    Statement lookup;
    Database &db;
    QString now;
};

} // namespace

ListImportResult ContactLists::importFile(ListKind kind, const QString &channel,
                                          const QString &path, const QString &reason)
{
    if (!m_workspace.hasCustomers())
        throw Error(QStringLiteral("import customers before lists: entries are checked against "
                                   "the customers of the workspace"));
    CsvReader reader(path);
    Transaction transaction(m_workspace.db());
    Adder adder(m_workspace, kind, channel, reason, QFileInfo(path).fileName());
    ListImportResult result;
    Record record;
    bool first = true;
    while (reader.next(record)) {
        if (record.fields.empty())
            continue;
        const QString value =
            QString::fromUtf8(record.fields[0].data(), qsizetype(record.fields[0].size()));
        if (value.trimmed().isEmpty())
            continue;
        const QString why = adder.take(value, result);
        if (!why.isEmpty()) {
            if (first) { // a header line
                --result.read;
                first = false;
                continue;
            }
            ++result.rejected;
            if (result.rejects.size() < 50)
                result.rejects << QStringLiteral("%1:%2: %3")
                                      .arg(QFileInfo(path).fileName())
                                      .arg(record.line)
                                      .arg(why);
        }
        first = false;
    }
    transaction.commit();
    return result;
}

ListImportResult ContactLists::add(ListKind kind, const QString &channel,
                                   const QStringList &entries, const QString &reason,
                                   const QString &source)
{
    Transaction transaction(m_workspace.db());
    Adder adder(m_workspace, kind, channel, reason, source);
    ListImportResult result;
    for (const QString &entry : entries) {
        const QString why = adder.take(entry, result);
        if (!why.isEmpty()) {
            ++result.rejected;
            if (result.rejects.size() < 50)
                result.rejects << why;
        }
    }
    transaction.commit();
    return result;
}

qint64 ContactLists::count(ListKind kind, const QString &channel)
{
    Statement select(m_workspace.db(), channel.isEmpty()
                                           ? "SELECT count(*) FROM contact_lists WHERE kind = ?"
                                           : "SELECT count(*) FROM contact_lists WHERE kind = ? "
                                             "AND channel = ?");
    select.bind(1, listKindName(kind));
    if (!channel.isEmpty())
        select.bind(2, channel);
    select.step();
    return select.int64(0);
}

void ContactLists::clear(ListKind kind, const QString &channel)
{
    Transaction transaction(m_workspace.db());
    Statement remove(m_workspace.db(), channel.isEmpty()
                                           ? "DELETE FROM contact_lists WHERE kind = ?"
                                           : "DELETE FROM contact_lists WHERE kind = ? AND "
                                             "channel = ?");
    remove.bind(1, listKindName(kind));
    if (!channel.isEmpty())
        remove.bind(2, channel);
    remove.exec();
    transaction.commit();
}

qint64 ContactLists::drawUniversalControl(const QString &period, double share, quint64 seed)
{
    if (period.trimmed().isEmpty())
        throw Error(QStringLiteral("the universal control group needs a period (e.g. 2026-12)"));
    if (!(share > 0.0 && share < 1.0))
        throw Error(QStringLiteral("universal control share must be above 0 and below 1 (0.05 "
                                   "holds out 5%), got %1")
                        .arg(share));
    if (!m_workspace.hasCustomers())
        throw Error(QStringLiteral("the workspace has no customers yet"));
    Database &db = m_workspace.db();
    Transaction transaction(db);
    Statement exists(db, "SELECT share, seed FROM universal_control_draws WHERE period = ?");
    exists.bind(1, period);
    if (exists.step())
        throw Error(QStringLiteral("the universal control group of %1 was drawn already (share "
                                   "%2, seed %3); campaigns of the period rely on it")
                        .arg(period, QString::number(exists.real(0)), exists.text(1)));
    std::vector<QString> ids;
    Statement select(db, "SELECT DISTINCT customer_id FROM customers ORDER BY customer_id");
    while (select.step())
        ids.push_back(select.text(0));
    const qint64 size = qint64(std::llround(double(ids.size()) * share));
    boost::random::mt19937_64 engine(seed);
    for (qint64 k = 0; k < size; ++k) {
        boost::random::uniform_int_distribution<size_t> pick(size_t(k), ids.size() - 1);
        std::swap(ids[size_t(k)], ids[pick(engine)]);
    }
    Statement draw(db, "INSERT INTO universal_control_draws(period, share, seed, base, drawn_at) "
                       "VALUES (?, ?, ?, ?, ?)");
    draw.bind(1, period);
    draw.bind(2, share);
    draw.bind(3, QString::number(seed));
    draw.bind(4, qint64(ids.size()));
    draw.bind(5, nowIso());
    draw.exec();
    Statement insert(db, "INSERT INTO universal_control(period, customer_id) VALUES (?, ?)");
    for (qint64 k = 0; k < size; ++k) {
        insert.reset();
        insert.bind(1, period);
        insert.bind(2, ids[size_t(k)]);
        insert.exec();
    }
    transaction.commit();
    return size;
}

qint64 ContactLists::universalControlSize(const QString &period)
{
    Statement select(m_workspace.db(), "SELECT count(*) FROM universal_control WHERE period = ?");
    select.bind(1, period);
    select.step();
    return select.int64(0);
}

qint64 ContactLists::recordExport(const QString &campaign, int wave, const QString &listId,
                                  QDate date)
{
    Database &db = m_workspace.db();
    Transaction transaction(db);
    Statement find(db, "SELECT id, definition_json FROM campaigns WHERE name = ?");
    find.bind(1, campaign);
    if (!find.step())
        throw Error(QStringLiteral("no campaign '%1'").arg(campaign));
    const qint64 id = find.int64(0);
    const QString name = campaign;
    // Targets of the wave, with their cell's channel (from the definition, joined in C++ via a
    // temporary table would be overkill: channel is looked up per cell below).
    Statement cells(db, "SELECT DISTINCT cell FROM campaign_members WHERE campaign_id = ?");
    cells.bind(1, id);
    qint64 added = 0;
    Statement targets(db, wave >= 0 ? "INSERT INTO contact_history(customer_id, campaign, cell, "
                                      "wave, channel, list_id, contact_date, is_control) "
                                      "SELECT customer_id, ?, cell, wave, ?, ?, ?, 0 FROM "
                                      "campaign_members WHERE campaign_id = ? AND role = "
                                      "'target' AND cell = ? AND wave = ?"
                                    : "INSERT INTO contact_history(customer_id, campaign, cell, "
                                      "wave, channel, list_id, contact_date, is_control) "
                                      "SELECT customer_id, ?, cell, wave, ?, ?, ?, 0 FROM "
                                      "campaign_members WHERE campaign_id = ? AND role = "
                                      "'target' AND cell = ? AND wave IS NOT NULL");
    const QJsonDocument doc = QJsonDocument::fromJson(find.text(1).toUtf8());
    const Campaign definition = campaignFromJson(doc.object(), name);
    for (const Cell &cell : definition.cells) {
        targets.reset();
        targets.bind(1, name);
        targets.bind(2, cell.channel);
        targets.bind(3, listId);
        targets.bind(4, date.toString(Qt::ISODate));
        targets.bind(5, id);
        targets.bind(6, cell.name);
        if (wave >= 0)
            targets.bind(7, wave);
        targets.exec();
        added += db.changes();
    }
    Statement controls(db, "INSERT INTO contact_history(customer_id, campaign, cell, wave, "
                           "channel, list_id, contact_date, is_control) "
                           "SELECT m.customer_id, ?, m.cell, NULL, NULL, ?, ?, 1 FROM "
                           "campaign_members m WHERE m.campaign_id = ? AND m.role <> 'target' "
                           "AND NOT EXISTS (SELECT 1 FROM contact_history h WHERE h.campaign = ? "
                           "AND h.customer_id = m.customer_id AND h.is_control = 1)");
    controls.bind(1, name);
    controls.bind(2, listId);
    controls.bind(3, date.toString(Qt::ISODate));
    controls.bind(4, id);
    controls.bind(5, name);
    controls.exec();
    added += db.changes();
    transaction.commit();
    return added;
}

} // namespace cwb::campaign
