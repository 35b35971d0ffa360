// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

class QFileDevice;
class QSaveFile;

namespace cwb {

// Why a file could not be written, in the classes a planner can act on.
enum class WriteProblem
{
    DiskFull,     // ENOSPC, EDQUOT; EFBIG (the file is larger than the disk or the system allows)
    NoPermission, // EACCES, EPERM, EROFS
    NoFolder,     // the folder to write in does not exist
    Other
};

// The class of an errno value (0 or an unknown value: Other).
WriteProblem writeProblem(int errorNumber);

// The message for a failed write of path: "cannot write PATH: the disk is full (12 MB free)",
// "... no permission to write in FOLDER", "... the folder FOLDER does not exist". errorNumber is
// the errno of the failed call, 0 when unknown: the folder is then examined (missing, not
// writable, nearly full). detail (the system's words) is used when nothing more is known.
QString writeFailureMessage(const QString &path, int errorNumber, const QString &detail = {});
[[noreturn]] void throwWriteFailure(const QString &path, int errorNumber,
                                    const QString &detail = {});
// The same for a QFile or QSaveFile whose last call failed (errorNumber: errno right after it;
// QFileDevice::ResourceError counts as a full disk).
[[noreturn]] void throwFileFailure(const QString &path, const QFileDevice &file, int errorNumber);

// QSaveFile (Qt writes a temporary beside the file and renames it on commit) with the messages
// above: open for writing, or throw; commit, or throw (the temporary is removed and any old file
// stays as it was).
void openForWriting(QSaveFile &file);
void commitFile(QSaveFile &file);
// Writes bytes to path through a QSaveFile with the messages above.
void saveFile(const QString &path, const QByteArray &bytes);

// A file that appears whole or not at all: the data goes to a temporary file beside the target
// (same folder, so the final rename is atomic), and commit() renames it into place. Until then
// the target is untouched; destroying an AtomicFile that was not committed removes the
// temporary. Qt writers write to file(); a writer that takes a file name (libxlsxwriter) writes
// to pathForWriter(). The temporary is named ".<target name>.cwb<host>-<pid>-<random>", so
// removeStale() can recognise the leftovers of a killed process of this machine.
class AtomicFile
{
public:
    enum class Replace
    {
        Yes, // commit replaces an existing target (atomically)
        No   // commit refuses when the target exists (checked atomically where the file system
             // has hard links)
    };

    // Creates the temporary; throws cwb::Error (missing folder, permission, full disk).
    explicit AtomicFile(const QString &target);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    QString target() const { return m_target; }
    QString tempPath() const { return m_temp; }
    QFile &file() { return m_file; } // the temporary, open for writing
    QString pathForWriter();         // closes file() and returns the temporary's path
    [[noreturn]] void fail(int errorNumber, const QString &detail = {}) const; // throws for target

    // The data is on the disk: closes file() (checking its errors) and flushes the temporary to
    // the disk. Throws with the message for the target.
    void finish();
    // finish() and rename onto the target. Throws; the temporary is then removed.
    void commit(Replace replace = Replace::Yes);
    // Removes the temporary (also done by the destructor unless committed).
    void discard();

    // Removes the temporaries AtomicFile left in folder when a process of this machine was
    // killed while writing (its process is gone). Returns how many were removed.
    static int removeStale(const QString &folder);

private:
    QString m_target;
    QString m_temp;
    QFile m_file;
    bool m_finished = false;
    bool m_committed = false;
};

} // namespace cwb
