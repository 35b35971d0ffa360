// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/columntype.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cwb {

// A field the engine knows by name: segmentation rules, offers and call lists refer to these.
struct CanonicalField
{
    QString name;         // column name in the customers table, e.g. "ld_fee_m1"
    ColumnType type;      // the type values are parsed as
    QString labelZh;      // e.g. "长途费_M1"
    QString labelEn;      // e.g. "Long-distance fee, last month"
    QStringList synonyms; // header spellings that map here (compared after normaliseHeader)
};

// The catalog of canonical customer fields (basic info, contacts, fees and usage by month,
// status) and the header synonyms, English and Chinese, that map a source column to them.
class FieldCatalog
{
public:
    static const QList<CanonicalField> &fields();
    static const CanonicalField *find(const QString &name); // by canonical name

    // The canonical field a source header stands for, or nullptr.
    static const CanonicalField *match(const QString &header);

    // Lower case, without blanks, '_', '-', '.', brackets; full-width forms folded to ASCII.
    static QString normaliseHeader(const QString &header);

    // A column name safe to use unquoted for an unmapped header: ASCII snake_case
    // ("MonthlyCharges" -> "monthly_charges"), "col_<n>" when nothing ASCII is left.
    static QString safeColumnName(const QString &header, int position);
};

} // namespace cwb
