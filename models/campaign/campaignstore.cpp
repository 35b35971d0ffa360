// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignstore.h"

#include "core/error.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace cwb::campaign {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString definition(const Campaign &campaign)
{
    return QString::fromUtf8(QJsonDocument(toJson(campaign)).toJson(QJsonDocument::Compact));
}

Campaign fromRow(Statement &row, int first)
{
    const QByteArray json = row.text(first + 2).toUtf8();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        throw Error(QStringLiteral("campaign '%1' in the workspace is damaged: %2")
                        .arg(row.text(first + 1), error.errorString()));
    Campaign c =
        campaignFromJson(doc.object(), QStringLiteral("campaign '%1'").arg(row.text(first + 1)));
    c.id = row.int64(first);
    c.createdAt = row.text(first + 3);
    c.updatedAt = row.text(first + 4);
    return c;
}

} // namespace

bool CampaignUse::frozen() const
{
    return contacts > 0 || outcomes > 0;
}

Error frozenError(const QString &name, const CampaignUse &use, const QString &action)
{
    QStringList done;
    if (use.contacts > 0)
        done << QCoreApplication::translate("cwb::Campaign",
                                            "its call lists were exported on %1 (%2 contacts "
                                            "recorded)")
                    .arg(use.firstContact)
                    .arg(use.contacts);
    if (use.outcomes > 0)
        done << QCoreApplication::translate("cwb::Campaign", "%1 outcomes were recorded")
                    .arg(use.outcomes);
    return Error(
        QCoreApplication::translate(
            "cwb::Campaign",
            "campaign '%1' cannot %2: %3, so its split is a record of who was contacted "
            "and who was held back. To change it, copy it as a new campaign (`cwb "
            "campaign copy '%1' NEW_NAME`), or split only customers not yet in it as a "
            "new wave (`cwb campaign split '%1' --new-wave`), which keeps the existing "
            "members.")
            .arg(name, action, done.join(QCoreApplication::translate("cwb::Campaign", " and "))));
}

CampaignUse CampaignStore::use(const QString &name)
{
    Database &db = m_workspace.db();
    CampaignUse use;
    Statement contacts(db, "SELECT count(*), coalesce(min(contact_date), '') FROM "
                           "contact_history WHERE campaign = ? AND is_control = 0");
    contacts.bind(1, name);
    if (contacts.step()) {
        use.contacts = contacts.int64(0);
        use.firstContact = contacts.text(1);
    }
    Statement outcomes(db, "SELECT count(*) FROM outcomes o JOIN campaigns c ON c.id = "
                           "o.campaign_id WHERE c.name = ?");
    outcomes.bind(1, name);
    if (outcomes.step())
        use.outcomes = outcomes.int64(0);
    return use;
}

qint64 CampaignStore::copy(const QString &name, const QString &newName)
{
    Campaign campaign = get(name);
    campaign.name = newName.trimmed();
    if (campaign.name.isEmpty())
        throw Error(QStringLiteral("campaign '%1': the new name is empty").arg(name));
    campaign.id = 0;
    return create(campaign);
}

qint64 CampaignStore::create(Campaign campaign)
{
    validate(campaign, QStringLiteral("campaign '%1'").arg(campaign.name));
    Database &db = m_workspace.db();
    Transaction transaction(db);
    if (find(campaign.name))
        throw Error(QStringLiteral("a campaign named '%1' exists already").arg(campaign.name));
    Statement insert(db, "INSERT INTO campaigns(name, period, priority, definition_json, "
                         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
    const QString now = nowIso();
    insert.bind(1, campaign.name);
    insert.bind(2, campaign.period);
    insert.bind(3, campaign.priority);
    insert.bind(4, definition(campaign));
    insert.bind(5, now);
    insert.bind(6, now);
    insert.exec();
    const qint64 id = db.lastInsertRowId();
    transaction.commit();
    return id;
}

void CampaignStore::update(const Campaign &campaign)
{
    validate(campaign, QStringLiteral("campaign '%1'").arg(campaign.name));
    Database &db = m_workspace.db();
    Transaction transaction(db);
    if (const CampaignUse used = use(campaign.name); used.frozen())
        throw frozenError(campaign.name, used,
                          QCoreApplication::translate("cwb::Campaign", "be changed"));
    Statement update(db, "UPDATE campaigns SET period = ?, priority = ?, definition_json = ?, "
                         "updated_at = ?, split_at = NULL WHERE name = ?");
    update.bind(1, campaign.period);
    update.bind(2, campaign.priority);
    update.bind(3, definition(campaign));
    update.bind(4, nowIso());
    update.bind(5, campaign.name);
    update.exec();
    if (db.changes() == 0)
        throw Error(QStringLiteral("no campaign '%1'").arg(campaign.name));
    transaction.commit();
}

void CampaignStore::rename(const QString &name, const QString &newName)
{
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty())
        throw Error(QStringLiteral("campaign '%1': the new name is empty").arg(name));
    Database &db = m_workspace.db();
    Transaction transaction(db);
    Campaign campaign = get(name);
    if (trimmed == campaign.name)
        return;
    if (const auto other = find(trimmed); other && other->id != campaign.id)
        throw Error(QStringLiteral("a campaign named '%1' exists already").arg(trimmed));
    // The contact history and the exported lists name the campaign; renaming it would cut it
    // off from the record of its contacts.
    if (const CampaignUse used = use(name); used.frozen())
        throw frozenError(name, used, QCoreApplication::translate("cwb::Campaign", "be renamed"));
    campaign.name = trimmed;
    Statement update(db, "UPDATE campaigns SET name = ?, definition_json = ?, updated_at = ? "
                         "WHERE id = ?");
    update.bind(1, campaign.name);
    update.bind(2, definition(campaign));
    update.bind(3, nowIso());
    update.bind(4, campaign.id);
    update.exec();
    transaction.commit();
}

void CampaignStore::remove(const QString &name, bool evenIfUsed)
{
    Database &db = m_workspace.db();
    Transaction transaction(db);
    if (const CampaignUse used = use(name); used.frozen() && !evenIfUsed)
        throw Error(QCoreApplication::translate(
                        "cwb::Campaign",
                        "campaign '%1' has %2 recorded contacts and %3 outcomes; removing it "
                        "deletes its split and outcomes (the contact history stays). Remove it "
                        "with --force if that is meant.")
                        .arg(name)
                        .arg(used.contacts)
                        .arg(used.outcomes));
    Statement remove(db, "DELETE FROM campaigns WHERE name = ?");
    remove.bind(1, name);
    remove.exec();
    if (db.changes() == 0)
        throw Error(QStringLiteral("no campaign '%1'").arg(name));
    transaction.commit();
}

std::optional<Campaign> CampaignStore::find(const QString &name)
{
    Statement select(m_workspace.db(), "SELECT id, name, definition_json, created_at, updated_at "
                                       "FROM campaigns WHERE name = ?");
    select.bind(1, name);
    if (!select.step())
        return std::nullopt;
    return fromRow(select, 0);
}

Campaign CampaignStore::get(const QString &name)
{
    auto campaign = find(name);
    if (!campaign) {
        QStringList names;
        for (const CampaignSummary &s : list())
            names << s.name;
        throw Error(
            names.isEmpty()
                ? QStringLiteral("no campaign '%1': the workspace has no campaigns yet").arg(name)
                : QStringLiteral("no campaign '%1' (campaigns: %2)")
                      .arg(name, names.join(QStringLiteral(", "))));
    }
    return *campaign;
}

QList<CampaignSummary> CampaignStore::list()
{
    const qint64 dataVersion = m_workspace.dataVersion();
    Statement select(
        m_workspace.db(),
        "SELECT c.id, c.name, c.period, c.priority, c.definition_json, c.split_at, "
        "c.split_data_version, "
        "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND role = 'target'), "
        "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND role <> 'target') "
        "FROM campaigns c ORDER BY c.period, c.priority DESC, c.name");
    QList<CampaignSummary> out;
    while (select.step()) {
        CampaignSummary s;
        s.id = select.int64(0);
        s.name = select.text(1);
        s.period = select.text(2);
        s.priority = int(select.int64(3));
        const QJsonDocument doc = QJsonDocument::fromJson(select.text(4).toUtf8());
        s.cells = int(doc.object().value(QStringLiteral("cells")).toArray().size());
        s.splitAt = select.text(5);
        s.splitStale = !s.splitAt.isEmpty() && select.int64(6) != dataVersion;
        s.targets = select.int64(7);
        s.controls = select.int64(8);
        out.append(s);
    }
    return out;
}

} // namespace cwb::campaign
