// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/columntype.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cwb {

class Database;
struct ImportOptions;

// A column mapping saved under a name: which source header goes to which column (or "-" to
// leave it out) and the column types the user chose. Reused for the next month's extract.
struct SavedMapping
{
    QString name;
    QHash<QString, QString> mapping;  // source header -> column name or "-"
    QHash<QString, ColumnType> types; // column name -> type
    QString savedAt;                  // ISO 8601, UTC

    QJsonObject toJson() const; // {"mapping": {...}, "types": {...}}
    // Reads what toJson wrote; throws cwb::Error naming the mapping and the bad entry.
    static SavedMapping fromJson(const QString &name, const QJsonObject &json);
    void applyTo(ImportOptions &options) const; // replaces options.mapping and options.types
};

// The workspace's saved mappings (table `mappings`): save, list, load, remove.
class MappingStore
{
public:
    // Saves (or overwrites) the mapping under mapping.name; sets savedAt. Throws on an empty
    // name or a read-only workspace.
    static void save(Database &db, SavedMapping &mapping);
    static QStringList names(Database &db); // sorted by name
    static std::optional<SavedMapping> load(Database &db, const QString &name);
    static bool remove(Database &db, const QString &name); // false when there was none
};

} // namespace cwb
