// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/audit.h"
#include "import/importplan.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cwb {

class JobControl;
class Workspace;

// What an import did.
struct ImportResult
{
    qint64 importId = 0;
    ImportPlan plan;
    qint64 rowsRead = 0;     // data rows in the file
    qint64 imported = 0;     // rows now in the customers table from this file
    qint64 rejected = 0;     // rows written to the rejects table
    qint64 replaced = 0;     // append mode, policy "last": rows of earlier imports replaced
    qint64 duplicateIds = 0; // rows whose customer id had been seen before
    double seconds = 0.0;
    QString fileHash; // XXH3-128 of the file's bytes (identifies the file; not a security hash)
    AuditReport audit;

    QJsonObject toJson() const;
};

// What an import would do to the first rows of a file, found without writing anything.
struct ImportPreview
{
    ImportPlan plan;
    qint64 rowsChecked = 0;
    qint64 wouldReject = 0; // rows that fail validation or repeat an id in the sample
    QList<QPair<qint64, QString>> rejects; // (line, reason), the first 200
    QList<QPair<QString, qint64>> reasons; // a reason's kind (column or "customer_id") -> rows

    QJsonObject toJson() const;
};

// Loads a customer extract into the workspace's `customers` table: read -> map -> type ->
// validate -> write, with rejects, an import log and the data audit. One transaction: the
// workspace is unchanged after a failure, a cancel, or the process being killed half-way.
// Reading and parsing run on a second thread while this one writes to SQLite.
class Importer
{
public:
    static ImportResult run(Workspace &workspace, const QString &path, const ImportOptions &options,
                            JobControl *job = nullptr);

    // Validates the sample rows (ImportOptions::sampleRows) with the same parser as run().
    static ImportPreview preview(const QString &path, const ImportOptions &options,
                                 const QList<ColumnPlan> &existing = {});
    // The same for a source already opened and planned (the wizard's sample); fills everything
    // but ImportPreview::plan.
    static ImportPreview validateSample(const ImportPlan &plan, const OpenedSource &opened,
                                        const ImportOptions &options);

    // The customers table's columns as recorded in the workspace (empty when none).
    static QList<ColumnPlan> existingColumns(Workspace &workspace);
};

} // namespace cwb
