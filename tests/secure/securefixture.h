// SPDX-License-Identifier: GPL-3.0-or-later
// What the encrypted-copy tests share: a real workspace made from the synthetic extract, a
// digest of every table in it, and the bytes of a file.
#pragma once

#include "core/error.h"
#include "demo/extractgenerator.h"
#include "import/importer.h"
#include "workspace/database.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>

#include <algorithm>
#include <memory>

namespace cwb::test {

// A workspace of rows customers (names, phones, fees) imported from the synthetic extract.
inline QString makeCustomerWorkspace(const QDir &dir, qint64 rows)
{
    const QString csv = dir.filePath(QStringLiteral("extract.csv"));
    ExtractOptions options;
    options.rows = rows;
    writeExtract(csv, options);
    const QString path = dir.filePath(QStringLiteral("customers.cwb"));
    auto workspace = Workspace::create(path);
    Importer::run(*workspace, csv, ImportOptions());
    QFile::remove(csv);
    return path;
}

// Table name -> "row count / SHA-256 of every value of every row in rowid order".
inline QMap<QString, QString> tableDigests(const QString &path)
{
    auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
    Database &db = workspace->db();
    QStringList tables;
    Statement list(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (list.step())
        tables << list.text(0);
    QMap<QString, QString> digests;
    for (const QString &table : std::as_const(tables)) {
        // With the rowid where the table has one (segment members refer to customers by it);
        // rows hashed one by one and sorted, so the scan order does not matter.
        const QString name = Database::quoteIdentifier(table);
        std::unique_ptr<Statement> rows;
        try {
            rows = std::make_unique<Statement>(
                db, QStringLiteral("SELECT rowid, * FROM %1").arg(name).toStdString());
        } catch (const Error &) {
            rows = std::make_unique<Statement>(
                db, QStringLiteral("SELECT * FROM %1").arg(name).toStdString());
        }
        QList<QByteArray> rowHashes;
        while (rows->step()) {
            QCryptographicHash row(QCryptographicHash::Sha256);
            for (int c = 0; c < rows->columnCount(); ++c)
                row.addData(rows->value(c).toString().toUtf8() + '\x1f');
            rowHashes << row.result();
        }
        std::sort(rowHashes.begin(), rowHashes.end());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QByteArray &row : std::as_const(rowHashes))
            hash.addData(row);
        digests.insert(table, QStringLiteral("%1 rows / %2")
                                  .arg(rowHashes.size())
                                  .arg(QString::fromLatin1(hash.result().toHex())));
    }
    return digests;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// The entries of dir (hidden ones too), sorted.
inline QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace cwb::test
