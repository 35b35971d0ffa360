// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/database.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace cwb {

namespace {

QString sqlText(std::string_view sql)
{
    QString text = QString::fromUtf8(sql.data(), qsizetype(sql.size())).simplified();
    if (text.size() > 200)
        text = text.left(200) + QStringLiteral("...");
    return text;
}

bool writable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

QString freeSpace(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (!storage.isValid())
        return QCoreApplication::translate("cwb::Database", "unknown");
    return QString::number(double(storage.bytesAvailable()) / 1e6, 'f', 1);
}

} // namespace

Error sqliteError(sqlite3 *db, int rc, const QString &path, bool readOnly, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    const int sysErrno = db ? sqlite3_system_errno(db) : 0;
    const QString sqliteText =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(QCoreApplication::translate(
                         "cwb::Database",
                         "%1 is busy: another program or task is writing it right now. Try again "
                         "when it has finished; nothing was changed.")
                         .arg(file),
                     Error::Kind::Busy);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(QCoreApplication::translate(
                         "cwb::Database",
                         "%1 is damaged (%2). It was left as it is: restore the workspace from a "
                         "copy, or import the extract again into a new workspace.")
                         .arg(file, sqliteText),
                     Error::Kind::Damaged);
    case SQLITE_FULL:
        return Error(QCoreApplication::translate(
                         "cwb::Database",
                         "The disk holding %1 is full (%2 MB free). Free some space and try "
                         "again; the workspace was left as it was.")
                         .arg(file, freeSpace(path)),
                     Error::Kind::DiskFull);
    case SQLITE_READONLY:
        if (rc == SQLITE_READONLY_DIRECTORY || !writable(QFileInfo(path).absolutePath()))
            return Error(QCoreApplication::translate(
                             "cwb::Database",
                             "No permission to write in the folder %1, which %2 needs for its "
                             "journal. Copy the workspace to a folder you can write, or open "
                             "it read-only.")
                             .arg(folder, QFileInfo(path).fileName()),
                         Error::Kind::NoPermission);
        if (readOnly)
            return Error(QCoreApplication::translate(
                             "cwb::Database",
                             "%1 is open read-only here; this needs a workspace open for "
                             "writing.")
                             .arg(file),
                         Error::Kind::ReadOnly);
        return Error(QCoreApplication::translate(
                         "cwb::Database",
                         "%1 is read-only (its file permissions or a read-only disk). Open it "
                         "read-only, or copy it to a folder you can write.")
                         .arg(file),
                     Error::Kind::ReadOnly);
    case SQLITE_CANTOPEN:
        if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
            return Error(QCoreApplication::translate("cwb::Database",
                                                     "cannot open %1: the folder %2 does not exist")
                             .arg(file, folder));
        if (!writable(QFileInfo(path).absolutePath()))
            return Error(QCoreApplication::translate(
                             "cwb::Database",
                             "No permission to write in the folder %1, which %2 needs for its "
                             "journal. Copy the workspace to a folder you can write, or open "
                             "it read-only.")
                             .arg(folder, QFileInfo(path).fileName()),
                         Error::Kind::NoPermission);
        return Error(QCoreApplication::translate("cwb::Database", "cannot open %1: %2%3")
                         .arg(file, sqliteText,
                              sysErrno ? QStringLiteral(" (%1)").arg(
                                             QString::fromLocal8Bit(std::strerror(sysErrno)))
                                       : QString()));
    case SQLITE_IOERR:
        if (sysErrno == ENOSPC || sysErrno == EDQUOT || sysErrno == EFBIG)
            return Error(QCoreApplication::translate(
                             "cwb::Database",
                             "The disk holding %1 is full (%2 MB free). Free some space and try "
                             "again; the workspace was left as it was.")
                             .arg(file, freeSpace(path)),
                         Error::Kind::DiskFull);
        if (sysErrno == EACCES || sysErrno == EPERM || sysErrno == EROFS)
            return Error(QCoreApplication::translate(
                             "cwb::Database",
                             "%1 is read-only (its file permissions or a read-only disk). Open it "
                             "read-only, or copy it to a folder you can write.")
                             .arg(file),
                         Error::Kind::ReadOnly);
        return Error(
            QCoreApplication::translate("cwb::Database", "cannot read or write %1: %2 (%3)")
                .arg(file, sqliteText,
                     QString::fromLocal8Bit(std::strerror(sysErrno ? sysErrno : EIO))));
    case SQLITE_AUTH:
        if (readOnly)
            return Error(QCoreApplication::translate(
                             "cwb::Database",
                             "%1 is open read-only here; this needs a workspace open for "
                             "writing.")
                             .arg(file),
                         Error::Kind::ReadOnly);
        return Error(detail.isEmpty() ? sqliteText : detail);
    case SQLITE_INTERRUPT:
        return Error(detail.isEmpty() ? sqliteText : detail, Error::Kind::Cancelled);
    default:
        return Error(detail.isEmpty() ? sqliteText : detail);
    }
}

// ---------------------------------------------------------------- Statement

Statement::Statement(Database &db, std::string_view sql) : m_db(&db)
{
    const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        throw sqliteError(
            db.handle(), rc, db.path(), db.isReadOnly(),
            QCoreApplication::translate("cwb::Database", "database error preparing \"%1\": %2")
                .arg(sqlText(sql), db.lastErrorMessage()));
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

void Statement::fail(int rc, const char *what) const
{
    const char *sql = m_stmt ? sqlite3_sql(m_stmt) : "";
    throw sqliteError(
        m_db->handle(), rc, m_db->path(), m_db->isReadOnly(),
        QCoreApplication::translate("cwb::Database", "database error (%1, code %2) in \"%3\": %4")
            .arg(QLatin1String(what))
            .arg(rc)
            .arg(sqlText(sql ? sql : ""), m_db->lastErrorMessage()));
}

void Statement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc, "bind");
}

void Statement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc, "bind");
}

void Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc, "bind");
}

void Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    bindText(index, std::string_view(utf8.constData(), size_t(utf8.size())));
}

void Statement::bindTextStatic(int index, std::string_view utf8)
{
    if (const int rc =
            sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
        rc != SQLITE_OK)
        fail(rc, "bind");
}

void Statement::bindText(int index, std::string_view utf8)
{
    if (const int rc =
            sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc, "bind");
}

void Statement::bindVariant(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        bind(index, value.toDouble());
        break;
    default:
        bind(index, value.toString());
    }
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(rc, "step");
}

void Statement::exec()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt); // its code repeats the last step's, which step() already checked
    sqlite3_clear_bindings(m_stmt);
}

void Statement::resetKeep()
{
    sqlite3_reset(m_stmt); // its code repeats the last step's, which step() already checked
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto view = textView(column);
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

std::string_view Statement::textView(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string_view(data, size_t(size)) : std::string_view();
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(int64(column));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(text(column));
    }
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

// ---------------------------------------------------------------- Transaction

Transaction::Transaction(Database &db) : m_db(db)
{
    // Inside an open transaction this becomes a savepoint, so engine functions that keep their
    // own transaction (e.g. adding to a contact list) can also run as part of a larger one.
    m_nested = sqlite3_get_autocommit(m_db.handle()) == 0;
    m_db.exec(m_nested ? "SAVEPOINT cwb_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_nested)
        sqlite3_exec(m_db.handle(), "ROLLBACK TO cwb_nested; RELEASE cwb_nested", nullptr, nullptr,
                     nullptr);
    else
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE cwb_nested" : "COMMIT");
    m_done = true;
}

// ---------------------------------------------------------------- Database

Database::Database(const QString &path, Mode mode) : m_path(path), m_mode(mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    // A reader opens the file for writing when it may, with every SQL write to the workspace
    // refused by an authorizer (its own TEMP tables stay writable, as in a read-only open):
    // so that, as the last connection to close, it can fold the write-ahead log back into the
    // file and remove it (a read-only handle leaves W.cwb-wal and -shm beside the workspace),
    // and so that it can roll back a journal a crash left. Without write permission it opens
    // the file read-only.
    const bool queryOnly =
        mode == Mode::ReadOnly && writable(path) && writable(QFileInfo(path).absolutePath());
    QByteArray file = path.toUtf8();
    switch (mode) {
    case Mode::ReadOnly:
        flags |= queryOnly ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
        break;
    case Mode::Snapshot:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        file = QByteArray("file:") +
               QFileInfo(path).absoluteFilePath().toUtf8().toPercentEncoding("/") +
               QByteArray("?immutable=1");
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(file.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        Error error = sqliteError(
            m_db, rc, path, mode == Mode::ReadOnly || mode == Mode::Snapshot,
            QCoreApplication::translate("cwb::Database", "cannot open %1: %2").arg(path, reason));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw error;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 2000);
    if (queryOnly)
        sqlite3_set_authorizer(m_db, &Database::readerAuthorizer, nullptr);
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

void Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString reason = message ? QString::fromUtf8(message) : lastErrorMessage();
        sqlite3_free(message);
        throw sqliteError(
            m_db, rc, m_path, isReadOnly(),
            QCoreApplication::translate("cwb::Database", "database error in \"%1\": %2")
                .arg(sqlText(sql), reason));
    }
}

QVariant Database::scalar(std::string_view sql, const QVariantList &params)
{
    Statement statement(*this, sql);
    for (int i = 0; i < params.size(); ++i)
        statement.bindVariant(i + 1, params.at(i));
    if (!statement.step())
        return {};
    return statement.value(0);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 Database::changes() const
{
    return sqlite3_changes64(m_db);
}

bool Database::tableExists(const QString &name)
{
    return scalar("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", {name})
        .isValid();
}

int Database::readerAuthorizer(void *, int action, const char *table, const char *,
                               const char *database, const char *)
{
    // Only the workspace itself ("main") is protected: TEMP tables and the target VACUUM INTO
    // attaches stay writable.
    const bool other = !database || std::strcmp(database, "main") != 0;
    switch (action) {
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
        // SQLite itself asks about its schema table while it reads the schema: not a write.
        if (table && std::strncmp(table, "sqlite_", 7) == 0)
            return SQLITE_OK;
        return other ? SQLITE_OK : SQLITE_DENY;
    case SQLITE_CREATE_TABLE:
    case SQLITE_CREATE_INDEX:
    case SQLITE_CREATE_TRIGGER:
    case SQLITE_CREATE_VIEW:
    case SQLITE_DROP_TABLE:
    case SQLITE_DROP_INDEX:
    case SQLITE_DROP_TRIGGER:
    case SQLITE_DROP_VIEW:
    case SQLITE_ALTER_TABLE:
    case SQLITE_REINDEX:
    case SQLITE_ANALYZE:
        return other ? SQLITE_OK : SQLITE_DENY;
    default:
        return SQLITE_OK;
    }
}

QByteArray Database::readFileHeader(int bytes)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
        !file || !file->pMethods)
        throw Error(QCoreApplication::translate("cwb::Database", "cannot read %1")
                        .arg(QDir::toNativeSeparators(m_path)));
    sqlite3_int64 size = 0;
    if (const int rc = file->pMethods->xFileSize(file, &size); rc != SQLITE_OK)
        throw sqliteError(m_db, rc, m_path, isReadOnly(), {});
    QByteArray header(int(std::min<sqlite3_int64>(size, bytes)), '\0');
    if (header.isEmpty())
        return header;
    if (const int rc = file->pMethods->xRead(file, header.data(), int(header.size()), 0);
        rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        throw sqliteError(m_db, rc, m_path, isReadOnly(), {});
    return header;
}

QString Database::lastErrorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

QString Database::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace cwb
