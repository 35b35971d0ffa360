// SPDX-License-Identifier: GPL-3.0-or-later
// Real write failures for the tests of output files, without mounting anything: a file size
// limit (RLIMIT_FSIZE, so write() fails with EFBIG, SIGXFSZ ignored) and an unprivileged user
// (root ignores permissions: the process or a child takes the uid of "nobody").
#pragma once

#include <QFile>
#include <QProcess>
#include <QString>

#include <csignal>
#include <cstdlib>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

namespace cwb::test {

constexpr uid_t kNobody = 65534;

// While alive, files of this process cannot grow past `bytes` (write() fails with EFBIG).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

// While alive, this process checks file permissions as "nobody" (only when it runs as root;
// a user who is not root is refused by a 0555 folder as it is).
class Unprivileged
{
public:
    Unprivileged()
    {
        if (geteuid() == 0)
            m_switched = seteuid(kNobody) == 0;
    }
    ~Unprivileged()
    {
        if (m_switched && seteuid(0) != 0)
            std::abort(); // the rest of the tests would run as the wrong user
    }
    bool ok() const { return m_switched || geteuid() != 0; }

private:
    bool m_switched = false;
};

// A folder nobody may write in (mode 0555), in a parent everyone may enter.
inline bool makeReadOnlyFolder(const QString &parent, const QString &folder)
{
    QFile::setPermissions(parent, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                      QFileDevice::ExeOther);
    return QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                             QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                             QFileDevice::ReadOther | QFileDevice::ExeOther);
}

// Runs the child process as "nobody" when the test runs as root.
inline void runAsNobody(QProcess &process)
{
    if (geteuid() != 0)
        return;
    process.setChildProcessModifier([] {
        // Between fork and exec: only async-signal-safe calls. A failure ends the child.
        if (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0)
            _exit(126);
    });
}

// Runs the child process with files limited to `bytes` (EFBIG past it, SIGXFSZ ignored).
inline void limitFileSize(QProcess &process, rlim_t bytes)
{
    process.setChildProcessModifier([bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = bytes;
        if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
            _exit(126);
    });
}

} // namespace cwb::test
