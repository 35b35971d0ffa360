// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the Qt Test executables: where the data are, and running `cwb`.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QtGlobal>

#include <cmath>

namespace cwb::test {

inline bool near(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance;
}

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

// Fails the test with both values and the tolerance when |actual - expected| > tolerance.
#define CHECK_NEAR(actual, expected, tolerance)                                                    \
    do {                                                                                           \
        const double a_ = (actual);                                                                \
        const double e_ = (expected);                                                              \
        if (!cwb::test::near(a_, e_, (tolerance)))                                                 \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 (+- %4)")                        \
                                 .arg(QString::fromLatin1(#actual))                                \
                                 .arg(a_, 0, 'g', 12)                                              \
                                 .arg(e_, 0, 'g', 12)                                              \
                                 .arg(double(tolerance))));                                        \
    } while (false)
