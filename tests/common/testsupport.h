// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the Qt Test executables: where the data are, and running `cwb`.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace cwb::test {

inline QString testData(const QString &relative = {})
{
    return QDir(qEnvironmentVariable("CWB_TEST_DATA")).filePath(relative);
}

inline QString sharedData(const QString &relative = {})
{
    return QDir(qEnvironmentVariable("CWB_SHARED_DATA")).filePath(relative);
}

struct CwbRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the cwb executable named by CWB_EXE and waits for it.
inline CwbRun runCwb(const QStringList &args, int timeoutMs = 120000)
{
    QProcess process;
    process.start(qEnvironmentVariable("CWB_EXE"), args);
    CwbRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace cwb::test
