// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/csvreader.h"
#include "segment/rulecompiler.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cwb {

class Database;
class JobControl;
class Workspace;

struct FollowupImportOptions
{
    QString sheet; // XLSX: the worksheet (empty: the first)
    CsvOptions csv;
    int keepRejects = 200;
};

struct FollowupImportResult
{
    qint64 importId = 0;
    QString file;
    QString fileHash;
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    QStringList rejects;      // "line N: reason", the first FollowupImportOptions::keepRejects
    QList<RuleField> columns; // the table's columns, customer_id first

    QJsonObject toJson() const;
};

// The follow-up extract: billing after the campaign, one row per customer, for targets and
// controls alike, so that conversion and ARPU change are measured on both groups from the data.
//
// It lives in its own table `followup` (customer_id TEXT PRIMARY KEY, then the file's columns)
// listed in followup_columns. Headers map like a customer extract's (FieldCatalog: canonical
// names such as total_fee_m1 for 总费用_M1 or ARPU, else a safe snake_case name); each column's
// type is inferred from all its values (integer, decimal, date, boolean, else text). A row
// without a customer id, or repeating one, is rejected with its line. A new import replaces
// the previous follow-up extract. One transaction.
class Followup
{
public:
    static FollowupImportResult import(Workspace &workspace, const QString &path,
                                       const FollowupImportOptions &options = {},
                                       JobControl *job = nullptr);
    static bool exists(Database &db);
    // The follow-up table's columns for RuleCompiler (empty when there is no follow-up table).
    static QList<RuleField> fields(Database &db);
};

} // namespace cwb
