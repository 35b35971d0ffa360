// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/mappingstore.h"

#include "core/error.h"
#include "import/fieldcatalog.h"
#include "import/importplan.h"
#include "workspace/database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace cwb {

QJsonObject SavedMapping::toJson() const
{
    QJsonObject mappingJson;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        mappingJson.insert(it.key(), it.value());
    QJsonObject typesJson;
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        typesJson.insert(it.key(), columnTypeName(it.value()));
    return QJsonObject{{QStringLiteral("mapping"), mappingJson},
                       {QStringLiteral("types"), typesJson}};
}

SavedMapping SavedMapping::fromJson(const QString &name, const QJsonObject &json)
{
    SavedMapping result;
    result.name = name;
    const QJsonValue mappingValue = json.value(QStringLiteral("mapping"));
    if (!mappingValue.isObject())
        throw Error(QStringLiteral("saved mapping '%1': expected an object \"mapping\"").arg(name));
    const QJsonObject mappingJson = mappingValue.toObject();
    for (auto it = mappingJson.begin(); it != mappingJson.end(); ++it) {
        const QString column = it.value().toString();
        if (!it.value().isString() || column.isEmpty())
            throw Error(QStringLiteral("saved mapping '%1': header '%2' must map to a column name "
                                       "or \"-\"")
                            .arg(name, it.key()));
        if (column != QLatin1String("-") && FieldCatalog::safeColumnName(column, 0) != column)
            throw Error(QStringLiteral("saved mapping '%1': '%2' is not a valid column name "
                                       "(lower-case ASCII letters, digits and '_')")
                            .arg(name, column));
        result.mapping.insert(it.key(), column);
    }
    const QJsonObject typesJson = json.value(QStringLiteral("types")).toObject();
    for (auto it = typesJson.begin(); it != typesJson.end(); ++it) {
        const auto type = columnTypeFromName(it.value().toString());
        if (!type)
            throw Error(QStringLiteral("saved mapping '%1': column '%2' has the unknown type '%3'")
                            .arg(name, it.key(), it.value().toString()));
        result.types.insert(it.key(), *type);
    }
    return result;
}

void SavedMapping::applyTo(ImportOptions &options) const
{
    options.mapping = mapping;
    options.types = types;
}

void MappingStore::save(Database &db, SavedMapping &mapping)
{
    if (mapping.name.trimmed().isEmpty())
        throw Error(QStringLiteral("a saved mapping needs a name"));
    if (db.isReadOnly())
        throw Error(QStringLiteral("%1 is open read-only; the mapping '%2' was not saved")
                        .arg(db.path(), mapping.name));
    mapping.name = mapping.name.trimmed();
    mapping.savedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Statement statement(db, "INSERT INTO mappings(name, mapping_json, saved_at) VALUES (?, ?, ?) "
                            "ON CONFLICT(name) DO UPDATE SET mapping_json = excluded.mapping_json, "
                            "saved_at = excluded.saved_at");
    statement.bind(1, mapping.name);
    statement.bind(
        2, QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
    statement.bind(3, mapping.savedAt);
    statement.exec();
}

QStringList MappingStore::names(Database &db)
{
    QStringList result;
    Statement statement(db, "SELECT name FROM mappings ORDER BY name");
    while (statement.step())
        result << statement.text(0);
    return result;
}

std::optional<SavedMapping> MappingStore::load(Database &db, const QString &name)
{
    Statement statement(db, "SELECT mapping_json, saved_at FROM mappings WHERE name = ?");
    statement.bind(1, name);
    if (!statement.step())
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(statement.text(0).toUtf8(), &parseError);
    if (!document.isObject())
        throw Error(QStringLiteral("saved mapping '%1' is damaged: %2")
                        .arg(name, parseError.errorString()));
    SavedMapping mapping = SavedMapping::fromJson(name, document.object());
    mapping.savedAt = statement.text(1);
    return mapping;
}

bool MappingStore::remove(Database &db, const QString &name)
{
    Statement statement(db, "DELETE FROM mappings WHERE name = ?");
    statement.bind(1, name);
    statement.exec();
    return db.changes() > 0;
}

} // namespace cwb
