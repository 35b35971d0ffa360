// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-made test workspaces: the customers table and its description in customer_columns, as an
// import would leave them, so each fixture states only its columns and rows.
#pragma once

#include "workspace/database.h"

#include <QString>

#include <initializer_list>
#include <string_view>

namespace cwb::test {

// One column of a hand-made customers table: its name, its label (also its source header) and
// its type ("text", "decimal", "integer", "boolean", "date").
struct CustomerColumn
{
    const char *name;
    const char *label;
    const char *type;
};

// Runs createTable (the CREATE TABLE of customers) and describes columns, in this order, in
// customer_columns (positions from 0, not canonical).
inline void createCustomerTable(Database &db, std::string_view createTable,
                                std::initializer_list<CustomerColumn> columns)
{
    db.exec(createTable);
    Statement column(db, "INSERT INTO customer_columns(position, name, label, source_header, type, "
                         "canonical) VALUES (?,?,?,?,?,0)");
    int position = 0;
    for (const CustomerColumn &c : columns) {
        column.bind(1, position++);
        column.bind(2, QString::fromUtf8(c.name));
        column.bind(3, QString::fromUtf8(c.label));
        column.bind(4, QString::fromUtf8(c.label));
        column.bind(5, QString::fromUtf8(c.type));
        column.exec();
        column.reset();
    }
}

} // namespace cwb::test
