// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QtGlobal>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace cwb {

class Database;
class Error;

// The error for an SQLite result code rc on the workspace at path, sorted into what the user can
// do about it: busy (another writer), damaged, disk full, read-only file, no permission to write
// the folder, or a plain error carrying detail (the statement and SQLite's message).
Error sqliteError(sqlite3 *db, int rc, const QString &path, bool readOnly, const QString &detail);

// A prepared statement: finalized on destruction, every return code checked (errors are thrown
// as cwb::Error with SQLite's message and the statement text). Bind indexes are 1-based.
class Statement
{
public:
    Statement(Database &db, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;

    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &value);
    // Text that must stay alive until the next step()/reset() (no copy is made).
    void bindTextStatic(int index, std::string_view utf8);
    void bindText(int index, std::string_view utf8); // copied
    void bindVariant(int index, const QVariant &value);

    // Steps once: true if a row is available, false when done.
    bool step();
    // Steps until done (for statements that return no rows).
    void exec();
    void reset();     // resets and clears bindings
    void resetKeep(); // resets, keeping the bindings (for loops that rebind every parameter)

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    std::string_view textView(int column) const; // valid until the next step
    QVariant value(int column) const;            // NULL -> invalid QVariant
    QString columnName(int column) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    [[noreturn]] void fail(int rc, const char *what) const;
    Database *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// An explicit transaction (BEGIN IMMEDIATE): rolled back on destruction unless committed. Opened
// while another transaction is open it is a savepoint of it: its commit releases the savepoint
// (the outer transaction decides), its rollback undoes only its own work.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
    bool m_nested = false;
};

// An open SQLite connection. Opening never creates or alters anything unless asked to.
class Database
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        ReadWriteCreate
    };
    Database(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(std::string_view sql); // one or more statements, no results
    // Runs a one-value query; returns an invalid QVariant when there is no row.
    QVariant scalar(std::string_view sql, const QVariantList &params = {});
    qint64 lastInsertRowId() const;
    qint64 changes() const;
    bool tableExists(const QString &name);
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    QString lastErrorMessage() const;
    // The first bytes of the database file, read through SQLite's own file handle (never a
    // second descriptor: closing one would drop every POSIX lock this process holds on the file,
    // SQLite's included). Fewer bytes when the file is shorter; empty for an empty file.
    QByteArray readFileHeader(int bytes);

    // Quotes an identifier for SQL text ("name" with inner quotes doubled). Identifiers are the
    // only user-derived text that may enter SQL, and only through this function.
    static QString quoteIdentifier(const QString &name);

private:
    // Refuses a reader's writes to the workspace (SQLite authorizer callback).
    static int readerAuthorizer(void *, int action, const char *, const char *,
                                const char *database, const char *);
    sqlite3 *m_db = nullptr;
    QString m_path;
    Mode m_mode;
};

} // namespace cwb
