// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/atomicfile.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStorageInfo>
#include <QSysInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace cwb {

namespace {

// The errno values a full disk, a refused permission or a missing folder show as.
bool diskFull(int e)
{
#ifdef EDQUOT
    if (e == EDQUOT)
        return true;
#endif
    return e == ENOSPC || e == EFBIG;
}

// The errno whose system text detail is (Qt's error strings are strerror's words), 0 when none.
int errnoOfText(const QString &detail)
{
    if (detail.isEmpty())
        return 0;
    const int candidates[] = {ENOSPC, EFBIG, EACCES, EPERM, EROFS, ENOENT,
#ifdef EDQUOT
                              EDQUOT
#endif
    };
    for (const int e : candidates) {
        const QString text = QString::fromLocal8Bit(std::strerror(e));
        if (!text.isEmpty() && detail.contains(text, Qt::CaseInsensitive))
            return e;
    }
    return 0;
}

bool folderWritable(const QString &folder)
{
#ifdef Q_OS_WIN
    return QFileInfo(folder).isWritable();
#else
    return ::access(QFile::encodeName(folder).constData(), W_OK) == 0;
#endif
}

// What the folder tells about a write that failed for an unknown reason.
WriteProblem examine(const QString &folder)
{
    if (!QFileInfo(folder).isDir())
        return WriteProblem::NoFolder;
    if (!folderWritable(folder))
        return WriteProblem::NoPermission;
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() < 1024 * 1024)
        return WriteProblem::DiskFull;
    return WriteProblem::Other;
}

QString megabytesFree(const QString &folder)
{
    const QStorageInfo storage(folder);
    const qint64 bytes = storage.isValid() ? std::max<qint64>(0, storage.bytesAvailable()) : 0;
    return QString::number(bytes / (1024 * 1024));
}

// A short tag of this machine for temporary names (the same on every run).
QString hostTag()
{
    const QByteArray host = QSysInfo::machineHostName().toUtf8();
    return QStringLiteral("%1").arg(qChecksum(host), 4, 16, QLatin1Char('0'));
}

qint64 processId()
{
    return QCoreApplication::applicationPid();
}

bool flushToDisk(QFile &file)
{
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

void flushFolder(const QString &folder)
{
#ifndef Q_OS_WIN
    // The rename itself reaches the disk: without this a power cut may forget it.
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

#ifdef Q_OS_WIN
int errnoOfWindows(DWORD error)
{
    switch (error) {
    case ERROR_ACCESS_DENIED:
    case ERROR_WRITE_PROTECT:
        return EACCES;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return ENOSPC;
    case ERROR_ALREADY_EXISTS:
    case ERROR_FILE_EXISTS:
        return EEXIST;
    case ERROR_PATH_NOT_FOUND:
        return ENOENT;
    default:
        return 0;
    }
}
#endif

} // namespace

WriteProblem writeProblem(int errorNumber)
{
    if (diskFull(errorNumber))
        return WriteProblem::DiskFull;
    if (errorNumber == EACCES || errorNumber == EPERM || errorNumber == EROFS)
        return WriteProblem::NoPermission;
    if (errorNumber == ENOENT || errorNumber == ENOTDIR)
        return WriteProblem::NoFolder;
    return WriteProblem::Other;
}

QString writeFailureMessage(const QString &path, int errorNumber, const QString &detail)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString folderPath = QFileInfo(path).absolutePath();
    const QString folder = QDir::toNativeSeparators(folderPath);
    if (writeProblem(errorNumber) == WriteProblem::Other)
        errorNumber = errnoOfText(detail);
    WriteProblem problem = writeProblem(errorNumber);
    // ENOENT also means a file vanished: a missing folder only when it is missing.
    if (problem == WriteProblem::NoFolder && QFileInfo(folderPath).isDir())
        problem = WriteProblem::Other;
    if (problem == WriteProblem::Other)
        problem = examine(folderPath);
    switch (problem) {
    case WriteProblem::DiskFull:
        if (errorNumber == EFBIG)
            return QCoreApplication::translate(
                       "cwb::Files",
                       "cannot write %1: the file is too large for this disk or system (%2 MB "
                       "free)")
                .arg(shown, megabytesFree(folderPath));
        return QCoreApplication::translate("cwb::Files",
                                           "cannot write %1: the disk is full (%2 MB free)")
            .arg(shown, megabytesFree(folderPath));
    case WriteProblem::NoPermission:
        return QCoreApplication::translate("cwb::Files",
                                           "cannot write %1: no permission to write in %2")
            .arg(shown, folder);
    case WriteProblem::NoFolder:
        return QCoreApplication::translate("cwb::Files",
                                           "cannot write %1: the folder %2 does not exist")
            .arg(shown, folder);
    case WriteProblem::Other:
        break;
    }
    QString reason = detail;
    if (reason.isEmpty() && errorNumber != 0)
        reason = QString::fromLocal8Bit(std::strerror(errorNumber));
    if (reason.isEmpty())
        return QCoreApplication::translate("cwb::Files", "cannot write %1").arg(shown);
    return QCoreApplication::translate("cwb::Files", "cannot write %1: %2").arg(shown, reason);
}

void throwWriteFailure(const QString &path, int errorNumber, const QString &detail)
{
    throw Error(writeFailureMessage(path, errorNumber, detail));
}

namespace {

[[noreturn]] void throwDeviceFailure(const QString &path, QFileDevice::FileError error,
                                     const QString &errorString, int errorNumber)
{
    if (writeProblem(errorNumber) == WriteProblem::Other && error == QFileDevice::ResourceError)
        errorNumber = ENOSPC; // what Qt reports a full disk as
    throwWriteFailure(path, errorNumber, errorString);
}

} // namespace

void throwFileFailure(const QString &path, const QFileDevice &file, int errorNumber)
{
    throwDeviceFailure(path, file.error(), file.errorString(), errorNumber);
}

void openForWriting(QSaveFile &file)
{
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        throwFileFailure(file.fileName(), file, errno);
}

void commitFile(QSaveFile &file)
{
    // A write that failed before (a full disk while a PDF was painted) fails the commit too;
    // the commit's own flush usually fails the same way and leaves errno set. Qt may describe
    // the earlier failure as "Unknown error": the commit's words are preferred.
    const QFileDevice::FileError before = file.error();
    const QString beforeText = file.errorString();
    errno = 0;
    if (file.commit())
        return;
    const int after = errno;
    QString detail = file.errorString();
    if (detail.isEmpty())
        detail = beforeText;
    throwDeviceFailure(file.fileName(), before != QFileDevice::NoError ? before : file.error(),
                       detail, after);
}

void saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    openForWriting(file);
    errno = 0;
    if (file.write(bytes) != bytes.size())
        throwFileFailure(path, file, errno);
    commitFile(file);
}

// ------------------------------------------------------------------------------ AtomicFile

AtomicFile::AtomicFile(const QString &target) : m_target(target)
{
    const QFileInfo info(target);
    const QString folder = info.absolutePath();
    const QString prefix =
        QStringLiteral("%1/.%2.cwb%3-%4-").arg(folder, info.fileName(), hostTag()).arg(processId());
    static const char kLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString suffix;
        for (int i = 0; i < 6; ++i)
            suffix += QLatin1Char(kLetters[QRandomGenerator::global()->bounded(36)]);
        m_temp = prefix + suffix;
        m_file.setFileName(m_temp);
        errno = 0;
        if (m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return;
        const int e = errno;
        if (e != EEXIST)
            throwFileFailure(m_target, m_file, e);
    }
    throwWriteFailure(m_target, EEXIST);
}

AtomicFile::~AtomicFile()
{
    discard();
}

QString AtomicFile::pathForWriter()
{
    m_file.close();
    return m_temp;
}

void AtomicFile::fail(int errorNumber, const QString &detail) const
{
    throwWriteFailure(m_target, errorNumber, detail);
}

void AtomicFile::finish()
{
    if (m_finished)
        return;
    if (m_file.isOpen()) {
        errno = 0;
        if (!m_file.flush())
            throwFileFailure(m_target, m_file, errno);
        errno = 0;
        if (!flushToDisk(m_file))
            fail(errno);
        m_file.close();
    } else {
        QFile written(m_temp);
        errno = 0;
        if (!written.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
            throwFileFailure(m_target, written, errno);
        errno = 0;
        if (!flushToDisk(written))
            fail(errno);
    }
    m_finished = true;
}

void AtomicFile::commit(Replace replace)
{
    finish();
    const QString folder = QFileInfo(m_target).absolutePath();
#ifdef Q_OS_WIN
    const std::wstring from = QDir::toNativeSeparators(m_temp).toStdWString();
    const std::wstring to = QDir::toNativeSeparators(m_target).toStdWString();
    DWORD flags = MOVEFILE_WRITE_THROUGH;
    if (replace == Replace::Yes)
        flags |= MOVEFILE_REPLACE_EXISTING;
    if (!MoveFileExW(from.c_str(), to.c_str(), flags)) {
        const int e = errnoOfWindows(GetLastError());
        if (e == EEXIST)
            throw Error(QCoreApplication::translate("cwb::Files", "%1 exists already")
                            .arg(QDir::toNativeSeparators(m_target)));
        fail(e);
    }
#else
    const QByteArray from = QFile::encodeName(m_temp);
    const QByteArray to = QFile::encodeName(m_target);
    if (replace == Replace::Yes) {
        errno = 0;
        if (::rename(from.constData(), to.constData()) != 0)
            fail(errno);
    } else if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
    } else {
        const int e = errno;
        if (e == EEXIST || QFileInfo::exists(m_target))
            throw Error(QCoreApplication::translate("cwb::Files", "%1 exists already")
                            .arg(QDir::toNativeSeparators(m_target)));
        // A file system without hard links (FAT on a USB stick): a plain rename, the target was
        // checked just before.
        if (e != EPERM && e != ENOTSUP && e != EOPNOTSUPP && e != EXDEV && e != EMLINK)
            fail(e);
        errno = 0;
        if (::rename(from.constData(), to.constData()) != 0)
            fail(errno);
    }
#endif
    m_committed = true;
    flushFolder(folder);
}

void AtomicFile::discard()
{
    if (m_committed || m_temp.isEmpty())
        return;
    m_file.close();
    QFile::remove(m_temp);
    m_temp.clear();
}

int AtomicFile::removeStale(const QString &folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder);
    return 0;
#else
    static const QRegularExpression pattern(
        QStringLiteral("^\\..+\\.cwb([0-9a-f]{4})-(\\d+)-[a-z0-9]{6}$"));
    const QString host = hostTag();
    int removed = 0;
    const QStringList names =
        QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch() || match.captured(1) != host)
            continue;
        const qint64 pid = match.captured(2).toLongLong();
        if (pid == processId() || pid <= 0)
            continue;
        // kill(pid, 0) fails with ESRCH when no such process is running (EPERM: it runs).
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue;
        if (QFile::remove(QDir(folder).filePath(name)))
            ++removed;
    }
    return removed;
#endif
}

} // namespace cwb
