// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/retention.h"

#include "core/error.h"
#include "import/audit.h"
#include "workspace/database.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace cwb {

SecureDelete::SecureDelete(Database &db) : m_db(db)
{
    m_previous = m_db.scalar("PRAGMA secure_delete").toLongLong();
    m_db.exec("PRAGMA secure_delete = ON");
}

SecureDelete::~SecureDelete()
{
    try {
        m_db.exec(QStringLiteral("PRAGMA secure_delete = %1").arg(m_previous).toStdString());
    } catch (const Error &) {
        // Only the speed of later deletes depends on it.
    }
}

QJsonObject PurgeResult::toJson() const
{
    QJsonArray imports;
    for (const HeldRejects &held : purged) {
        QJsonObject entry{{QStringLiteral("kind"), held.kind == HeldRejects::Kind::Customers
                                                       ? QStringLiteral("customers")
                                                       : QStringLiteral("outcomes")},
                          {QStringLiteral("import_id"), held.importId},
                          {QStringLiteral("file"), held.fileName},
                          {QStringLiteral("imported_at"), held.importedAt},
                          {QStringLiteral("rows"), held.rows}};
        if (held.kind == HeldRejects::Kind::Outcomes)
            entry.insert(QStringLiteral("campaign"), held.campaign);
        imports.append(entry);
    }
    return QJsonObject{{QStringLiteral("purged_rows"), rows},
                       {QStringLiteral("imports"), imports},
                       {QStringLiteral("audit_columns_masked"), auditColumnsMasked},
                       {QStringLiteral("free_bytes"), freeBytes}};
}

QList<HeldRejects> Retention::heldRejects(Database &db, const PurgeScope &scope)
{
    QList<HeldRejects> held;
    if (scope.customers) {
        Statement query(db, "SELECT i.id, i.file_name, i.started_at, count(*) FROM rejects r "
                            "JOIN imports i ON i.id = r.import_id WHERE (?1 = 0 OR i.id = ?1) "
                            "GROUP BY i.id ORDER BY i.id");
        query.bind(1, scope.customerImport);
        while (query.step())
            held.append({HeldRejects::Kind::Customers, query.int64(0), query.text(1), QString(),
                         query.text(2), query.int64(3)});
    }
    if (scope.outcomes) {
        Statement query(db, "SELECT o.id, o.file_name, o.imported_at, c.name, count(*) "
                            "FROM outcome_rejects r JOIN outcome_imports o ON o.id = r.import_id "
                            "JOIN campaigns c ON c.id = o.campaign_id WHERE (?1 = 0 OR o.id = ?1) "
                            "GROUP BY o.id ORDER BY o.id");
        query.bind(1, scope.outcomeImport);
        while (query.step())
            held.append({HeldRejects::Kind::Outcomes, query.int64(0), query.text(1), query.text(3),
                         query.text(2), query.int64(4)});
    }
    return held;
}

namespace {

void requireImport(Database &db, const char *table, qint64 id, const QString &what,
                   const QString &workspace)
{
    if (id <= 0)
        return;
    if (db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?")
                      .arg(QLatin1String(table))
                      .toStdString(),
                  {id})
            .isValid())
        return;
    QStringList ids;
    Statement all(
        db,
        QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(QLatin1String(table)).toStdString());
    while (all.step())
        ids << QString::number(all.int64(0));
    throw Error(QStringLiteral("%1 has no %2 #%3 (%4)")
                    .arg(workspace, what)
                    .arg(id)
                    .arg(ids.isEmpty()
                             ? QStringLiteral("it has none")
                             : QStringLiteral("it has %1").arg(ids.join(QStringLiteral(", ")))));
}

} // namespace

PurgeResult Retention::purgeRejects(Workspace &workspace, const PurgeScope &scope)
{
    if (workspace.isReadOnly())
        throw Error(QStringLiteral("%1 is open read-only").arg(workspace.path()));
    Database &db = workspace.db();
    if (scope.customers)
        requireImport(db, "imports", scope.customerImport, QStringLiteral("import"),
                      workspace.path());
    if (scope.outcomes)
        requireImport(db, "outcome_imports", scope.outcomeImport, QStringLiteral("outcome import"),
                      workspace.path());
    PurgeResult result;
    {
        SecureDelete secure(db);
        Transaction transaction(db);
        result.purged = heldRejects(db, scope);
        if (scope.customers) {
            Statement purge(db, "DELETE FROM rejects WHERE (?1 = 0 OR import_id = ?1)");
            purge.bind(1, scope.customerImport);
            purge.exec();
            result.rows += db.changes();
        }
        if (scope.outcomes) {
            Statement purge(db, "DELETE FROM outcome_rejects WHERE (?1 = 0 OR import_id = ?1)");
            purge.bind(1, scope.outcomeImport);
            purge.exec();
            result.rows += db.changes();
        }
        result.auditColumnsMasked = scrubStoredAudits(db);
        transaction.commit();
    }
    result.freeBytes = db.scalar("PRAGMA freelist_count").toLongLong() *
                       db.scalar("PRAGMA page_size").toLongLong();
    return result;
}

qint64 Retention::dropReplacedImports(Database &db, qint64 importId)
{
    SecureDelete secure(db);
    Statement rejects(db, "DELETE FROM rejects WHERE import_id < ?");
    rejects.bind(1, importId);
    rejects.exec();
    const qint64 deleted = db.changes();
    Statement columns(db, "DELETE FROM audit_columns WHERE audit_id IN (SELECT id FROM audit_runs "
                          "WHERE import_id IS NULL OR import_id < ?)");
    columns.bind(1, importId);
    columns.exec();
    Statement runs(db, "DELETE FROM audit_runs WHERE import_id IS NULL OR import_id < ?");
    runs.bind(1, importId);
    runs.exec();
    return deleted;
}

void Retention::tidy(Database &db)
{
    const qint64 replace = db.scalar("SELECT coalesce(max(id), 0) FROM imports WHERE mode = "
                                     "'replace' AND finished_at IS NOT NULL")
                               .toLongLong();
    if (replace > 0 &&
        db.scalar("SELECT EXISTS(SELECT 1 FROM rejects WHERE import_id < ?1) OR EXISTS(SELECT 1 "
                  "FROM audit_runs WHERE import_id IS NULL OR import_id < ?1)",
                  {replace})
                .toLongLong() != 0)
        dropReplacedImports(db, replace);
    scrubStoredAudits(db);
}

QList<qint64> Retention::dropReplacedOutcomeImports(Database &db,
                                                    std::map<qint64, std::vector<qint64>> seen,
                                                    qint64 *rowsDeleted)
{
    QList<qint64> replaced;
    Statement recorded(db, "SELECT added FROM outcome_imports WHERE id = ?");
    for (auto &[importId, lines] : seen) {
        std::sort(lines.begin(), lines.end());
        const auto distinct = qint64(std::unique(lines.begin(), lines.end()) - lines.begin());
        recorded.reset();
        recorded.bind(1, importId);
        if (!recorded.step())
            continue;
        const qint64 added = recorded.int64(0);
        if (added > 0 && distinct >= added)
            replaced.append(importId);
    }
    qint64 deleted = 0;
    if (!replaced.isEmpty()) {
        SecureDelete secure(db);
        Statement drop(db, "DELETE FROM outcome_rejects WHERE import_id = ?");
        for (qint64 importId : std::as_const(replaced)) {
            drop.reset();
            drop.bind(1, importId);
            drop.exec();
            deleted += db.changes();
        }
    }
    if (rowsDeleted)
        *rowsDeleted = deleted;
    return replaced;
}

} // namespace cwb
