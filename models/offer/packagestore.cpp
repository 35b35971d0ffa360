// SPDX-License-Identifier: GPL-3.0-or-later
#include "offer/packagestore.h"

#include "core/atomicfile.h"
#include "core/error.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace cwb {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString definitionText(const Package &p)
{
    return QString::fromUtf8(QJsonDocument(packageToJson(p)).toJson(QJsonDocument::Compact));
}

void requireWritable(Workspace &ws)
{
    if (ws.isReadOnly())
        throw Error(QStringLiteral("%1 is open read-only: the package catalog cannot be changed")
                        .arg(ws.path()));
}

void insertPackage(Database &db, const Package &p, int position)
{
    Statement insert(db, "INSERT INTO packages(name, position, definition, created_at, "
                         "updated_at) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, p.name);
    insert.bind(2, position);
    insert.bind(3, definitionText(p));
    const QString now = nowIso();
    insert.bind(4, now);
    insert.bind(5, now);
    insert.exec();
}

int nextPosition(Database &db)
{
    return db.scalar("SELECT coalesce(max(position), -1) + 1 FROM packages").toInt();
}

} // namespace

PackageStore::PackageStore(Workspace &workspace) : m_workspace(workspace) {}

QList<Package> PackageStore::list()
{
    QList<Package> packages;
    Statement select(m_workspace.db(),
                     "SELECT name, definition FROM packages ORDER BY position, id");
    while (select.step()) {
        const QString name = select.text(0);
        const QJsonDocument doc = QJsonDocument::fromJson(select.text(1).toUtf8());
        if (!doc.isObject())
            throw Error(QStringLiteral("%1: the stored definition of package '%2' is damaged")
                            .arg(m_workspace.path(), name));
        packages << packageFromJson(
            doc.object(), QStringLiteral("%1: package '%2'").arg(m_workspace.path(), name));
    }
    return packages;
}

bool PackageStore::contains(const QString &name)
{
    return m_workspace.db()
               .scalar("SELECT count(*) FROM packages WHERE name = ?", {name})
               .toLongLong() > 0;
}

Package PackageStore::get(const QString &name)
{
    for (const Package &p : list())
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    throw Error(QStringLiteral("no package called '%1' in %2").arg(name, m_workspace.path()));
}

void PackageStore::add(const Package &package)
{
    requireWritable(m_workspace);
    validatePackage(package);
    Database &db = m_workspace.db();
    Transaction transaction(db);
    if (contains(package.name))
        throw Error(QStringLiteral("a package called '%1' already exists").arg(package.name));
    insertPackage(db, package, nextPosition(db));
    transaction.commit();
}

void PackageStore::update(const QString &name, const Package &package)
{
    requireWritable(m_workspace);
    validatePackage(package);
    Database &db = m_workspace.db();
    Transaction transaction(db);
    if (!contains(name))
        throw Error(QStringLiteral("no package called '%1' in %2").arg(name, m_workspace.path()));
    if (package.name.compare(name, Qt::CaseInsensitive) != 0 && contains(package.name))
        throw Error(QStringLiteral("cannot rename '%1' to '%2': that name is taken")
                        .arg(name, package.name));
    Statement update(db, "UPDATE packages SET name = ?, definition = ?, updated_at = ? "
                         "WHERE name = ?");
    update.bind(1, package.name);
    update.bind(2, definitionText(package));
    update.bind(3, nowIso());
    update.bind(4, name);
    update.exec();
    transaction.commit();
}

void PackageStore::remove(const QString &name)
{
    requireWritable(m_workspace);
    Database &db = m_workspace.db();
    Transaction transaction(db);
    Statement remove(db, "DELETE FROM packages WHERE name = ?");
    remove.bind(1, name);
    remove.exec();
    if (db.changes() == 0)
        throw Error(QStringLiteral("no package called '%1' in %2").arg(name, m_workspace.path()));
    transaction.commit();
}

void PackageStore::replaceAll(const QList<Package> &packages)
{
    requireWritable(m_workspace);
    QSet<QString> names;
    for (const Package &p : packages) {
        validatePackage(p);
        if (names.contains(p.name.toLower()))
            throw Error(QStringLiteral("the name '%1' appears twice").arg(p.name));
        names.insert(p.name.toLower());
    }
    Database &db = m_workspace.db();
    Transaction transaction(db);
    db.exec("DELETE FROM packages");
    int position = 0;
    for (const Package &p : packages)
        insertPackage(db, p, position++);
    transaction.commit();
}

int PackageStore::importFile(const QString &path, bool replaceExisting)
{
    requireWritable(m_workspace);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QList<Package> packages = catalogFromJson(file.readAll(), path);
    Database &db = m_workspace.db();
    Transaction transaction(db);
    for (const Package &p : packages) {
        if (!contains(p.name)) {
            insertPackage(db, p, nextPosition(db));
            continue;
        }
        if (!replaceExisting)
            throw Error(QStringLiteral("%1: a package called '%2' is already in the catalog "
                                       "(import with replace to update it); nothing was imported")
                            .arg(path, p.name));
        Statement update(db, "UPDATE packages SET name = ?, definition = ?, updated_at = ? "
                             "WHERE name = ?");
        update.bind(1, p.name);
        update.bind(2, definitionText(p));
        update.bind(3, nowIso());
        update.bind(4, p.name);
        update.exec();
    }
    transaction.commit();
    return int(packages.size());
}

void PackageStore::exportFile(const QString &path)
{
    const QByteArray json = catalogToJson(list());
    saveFile(path, json);
}

} // namespace cwb
