// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/columntype.h"

namespace cwb {

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Decimal:
        return QStringLiteral("decimal");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    case ColumnType::Phone:
        return QStringLiteral("phone");
    }
    return QStringLiteral("text");
}

std::optional<ColumnType> columnTypeFromName(const QString &name)
{
    for (ColumnType type : {ColumnType::Text, ColumnType::Integer, ColumnType::Decimal,
                            ColumnType::Date, ColumnType::Boolean, ColumnType::Phone}) {
        if (columnTypeName(type) == name.trimmed().toLower())
            return type;
    }
    return std::nullopt;
}

bool isNumeric(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Decimal ||
           type == ColumnType::Boolean;
}

QString sqlDeclaredType(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Boolean:
        return QStringLiteral("INTEGER");
    case ColumnType::Decimal:
        return QStringLiteral("REAL");
    default:
        return QStringLiteral("TEXT");
    }
}

} // namespace cwb
