// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace cwb {

// The logical type of a customer column. Storage in SQLite: Text/Date/Phone as TEXT (dates as
// ISO "YYYY-MM-DD"), Integer and Boolean (0/1) as INTEGER, Decimal as REAL.
enum class ColumnType
{
    Text,
    Integer,
    Decimal,
    Date,
    Boolean,
    Phone
};

QString columnTypeName(ColumnType type); // "text", "integer", "decimal", "date", "boolean", "phone"
std::optional<ColumnType> columnTypeFromName(const QString &name);
bool isNumeric(ColumnType type); // Integer, Decimal, Boolean
QString sqlDeclaredType(ColumnType type);

} // namespace cwb
