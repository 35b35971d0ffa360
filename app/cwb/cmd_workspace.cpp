// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb workspace encrypt` and `cwb workspace decrypt`: an encrypted copy of a workspace (.cwbx)
// for carrying or e-mailing, and back (models/secure, docs/encrypted-copy.md). The passphrase
// comes from --passphrase-file, the environment variable CWB_PASSPHRASE or the terminal without
// echo; never from the command line, where other users could read it in the process list.
#include "cliutil.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "secure/encryptedcopy.h"
#include "secure/passphrase.h"
#include "workspace/workspace.h"
#include "workspace/workspacelock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <cstdio>
#include <iterator>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace {

using namespace cwb;

const char kEnvironmentVariable[] = "CWB_PASSPHRASE";

#ifndef Q_OS_WIN
// The terminal's settings while echo is off, restored by a signal that ends the program then.
struct termios savedTerminal;

extern "C" void restoreTerminalAndRaise(int signal)
{
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

// One line typed at the terminal without echo, prompt on stderr; empty bytes at end of input.
QByteArray readHidden(const QString &prompt)
{
    const QByteArray promptBytes = prompt.toUtf8();
    std::fwrite(promptBytes.constData(), 1, size_t(promptBytes.size()), stderr);
    std::fflush(stderr);
    QByteArray line;
    line.reserve(1024); // no reallocation (which would leave a copy behind) for a usual line
#ifdef Q_OS_WIN
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
    wchar_t buffer[512];
    DWORD read = 0;
    const BOOL ok = ReadConsoleW(input, buffer, DWORD(std::size(buffer)), &read, nullptr);
    SetConsoleMode(input, mode);
    if (ok) {
        QString text = QString::fromWCharArray(buffer, int(read));
        SecureZeroMemory(buffer, sizeof buffer);
        while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        line = text.toUtf8();
        wipe(text);
    }
#else
    tcgetattr(STDIN_FILENO, &savedTerminal);
    struct termios silent = savedTerminal;
    silent.c_lflag &= ~tcflag_t(ECHO);
    silent.c_lflag |= ECHONL;
    auto previousInt = std::signal(SIGINT, restoreTerminalAndRaise);
    auto previousTerm = std::signal(SIGTERM, restoreTerminalAndRaise);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    c = 0;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
#endif
    return line;
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// The passphrase from --passphrase-file FILE ("-": the first line of standard input), else from
// CWB_PASSPHRASE, else typed at the terminal (twice when confirm is set).
Passphrase readPassphrase(const QString &file, bool confirm)
{
    if (!file.isEmpty()) {
        // Unbuffered: no copy of the passphrase stays in QFile's buffer.
        QFile source;
        const bool ok = file == QLatin1String("-")
                            ? source.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)
                            : (source.setFileName(file),
                               source.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        if (!ok)
            throw Error(QStringLiteral("cannot read the passphrase file %1: %2")
                            .arg(file, source.errorString()));
        QByteArray bytes = source.readLine(64 * 1024);
        if (bytes.isEmpty())
            throw Error(QStringLiteral("the passphrase file %1 is empty").arg(file));
        return Passphrase::fromUtf8(bytes);
    }
    if (qEnvironmentVariableIsSet(kEnvironmentVariable)) {
        QByteArray bytes = qgetenv(kEnvironmentVariable);
        if (bytes.isEmpty())
            throw Error(QStringLiteral("the environment variable %1 is empty")
                            .arg(QLatin1String(kEnvironmentVariable)));
        return Passphrase::fromUtf8(bytes);
    }
    if (!stdinIsTerminal())
        throw Error(QStringLiteral("no passphrase: standard input is not a terminal; use "
                                   "--passphrase-file FILE or the environment variable %1")
                        .arg(QLatin1String(kEnvironmentVariable)));
    QByteArray first = readHidden(QStringLiteral("Passphrase: "));
    Passphrase passphrase = Passphrase::fromUtf8(first);
    if (passphrase.isEmpty())
        throw Error(QStringLiteral("no passphrase was typed"));
    if (confirm) {
        if (passphrase.length() < Passphrase::kMinLength)
            throw Error(QStringLiteral("the passphrase is too short: it has %1 characters, an "
                                       "encrypted copy needs at least %2")
                            .arg(passphrase.length())
                            .arg(Passphrase::kMinLength));
        QByteArray second = readHidden(QStringLiteral("Passphrase again: "));
        const Passphrase again = Passphrase::fromUtf8(second);
        if (!again.sameAs(passphrase))
            throw Error(QStringLiteral("the two passphrases differ; nothing was written"));
    }
    return passphrase;
}

// An existing output is refused before the passphrase is asked, unless --force.
void refuseExisting(const QString &out, bool force)
{
    if (!force && QFileInfo::exists(out))
        throw Error(QStringLiteral("%1 already exists; choose another name or add --force to "
                                   "replace it")
                        .arg(out));
}

// Progress lines on stderr, one a second, when --progress is set.
void watchProgress(JobControl &job, const QString &verb)
{
    job.intervalMs = 1000;
    job.onProgress = [verb](const Progress &p) {
        if (p.bytesTotal <= 0)
            return;
        cli::printErr(QStringLiteral("%1: %2 of %3 MB, %4 s")
                          .arg(verb)
                          .arg(double(p.bytesDone) / 1e6, 0, 'f', 1)
                          .arg(double(p.bytesTotal) / 1e6, 0, 'f', 1)
                          .arg(p.secondsElapsed, 0, 'f', 1));
    };
}

QJsonObject resultJson(const encryptedcopy::Result &result, const QString &from, const QString &to)
{
    return QJsonObject{{QStringLiteral("from"), QFileInfo(from).absoluteFilePath()},
                       {QStringLiteral("to"), QFileInfo(to).absoluteFilePath()},
                       {QStringLiteral("plainBytes"), result.plainBytes},
                       {QStringLiteral("encryptedBytes"), result.encryptedBytes},
                       {QStringLiteral("chunks"), result.chunks},
                       {QStringLiteral("schemaVersion"), result.schemaVersion}};
}

// The options both verbs take.
struct CommonOptions
{
    CommonOptions(const QString &outHelp, const QString &outValue)
        : out(QStringLiteral("out"), outHelp, outValue)
    {}
    void addTo(QCommandLineParser &parser)
    {
        parser.addOptions({out, passphraseFile, force, json, progress});
    }

    QCommandLineOption out;
    QCommandLineOption passphraseFile{
        QStringLiteral("passphrase-file"),
        QStringLiteral("Read the passphrase from the first line of FILE (\"-\": standard input). "
                       "Without it: the environment variable CWB_PASSPHRASE, else the terminal."),
        QStringLiteral("FILE")};
    QCommandLineOption force{QStringLiteral("force"),
                             QStringLiteral("Replace the output file when it exists.")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print JSON.")};
    QCommandLineOption progress{QStringLiteral("progress"),
                                QStringLiteral("Report progress on stderr.")};
};

int encrypt(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write an encrypted copy of a workspace (.cwbx) to carry or send, e.g.\n"
        "  cwb workspace encrypt --workspace pilot.cwb --out pilot.cwbx\n"
        "The key comes from the passphrase through Argon2id; the data are encrypted and "
        "authenticated with XChaCha20-Poly1305 (libsodium). The passphrase needs at least 10 "
        "characters; typed at the terminal, it is asked twice. See docs/encrypted-copy.md."));
    parser.addOption(cli::workspaceOption());
    CommonOptions options(QStringLiteral("The encrypted copy to write (.cwbx)."),
                          QStringLiteral("COPY.cwbx"));
    options.addTo(parser);
    return cli::parseAndRun(parser, args, QStringLiteral("workspace encrypt"), [&] {
        const QString path = cli::requireWorkspace(parser);
        const QString out = parser.value(options.out);
        if (out.isEmpty())
            throw Error(QStringLiteral("--out COPY.cwbx is required"));
        if (!parser.positionalArguments().isEmpty())
            throw Error(QStringLiteral("unexpected argument '%1' (the passphrase is never an "
                                       "argument: use --passphrase-file or %2)")
                            .arg(parser.positionalArguments().front(),
                                 QLatin1String(kEnvironmentVariable)));
        refuseExisting(out, parser.isSet(options.force));
        auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
        const Passphrase passphrase = readPassphrase(parser.value(options.passphraseFile), true);
        JobControl job;
        if (parser.isSet(options.progress))
            watchProgress(job, QStringLiteral("encrypt"));
        encryptedcopy::EncryptOptions encryptOptions;
        encryptOptions.replace = parser.isSet(options.force);
        const encryptedcopy::Result result =
            encryptCopy(*workspace, out, passphrase, &job, encryptOptions);
        if (parser.isSet(options.json)) {
            QJsonObject json = resultJson(result, path, out);
            json.insert(QStringLiteral("opsLimit"), qint64(encryptOptions.kdf.opsLimit));
            json.insert(QStringLiteral("memLimit"), qint64(encryptOptions.kdf.memLimit));
            cli::printJson(QJsonDocument(json));
        } else {
            cli::printOut(QStringLiteral("encrypted %1 (%2 bytes) into %3 (%4 bytes); key: "
                                         "Argon2id, %5 passes over %6 MiB")
                              .arg(path)
                              .arg(result.plainBytes)
                              .arg(out)
                              .arg(result.encryptedBytes)
                              .arg(encryptOptions.kdf.opsLimit)
                              .arg(encryptOptions.kdf.memLimit >> 20));
        }
        return 0;
    });
}

int decrypt(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Decrypt an encrypted copy (.cwbx) into a workspace, e.g.\n"
                       "  cwb workspace decrypt pilot.cwbx --out pilot.cwb\n"
                       "A wrong passphrase, an altered or truncated file is refused and nothing "
                       "is written. See docs/encrypted-copy.md."));
    parser.addPositionalArgument(QStringLiteral("COPY.cwbx"),
                                 QStringLiteral("The encrypted copy."));
    CommonOptions options(QStringLiteral("The workspace to write (.cwb)."),
                          QStringLiteral("W.cwb"));
    options.addTo(parser);
    return cli::parseAndRun(parser, args, QStringLiteral("workspace decrypt"), [&] {
        if (parser.positionalArguments().size() != 1)
            throw Error(QStringLiteral("expected one encrypted copy (COPY.cwbx)"));
        const QString in = parser.positionalArguments().front();
        const QString out = parser.value(options.out);
        if (out.isEmpty())
            throw Error(QStringLiteral("--out W.cwb is required"));
        encryptedcopy::readHeader(in); // a foreign file is refused before asking anything
        refuseExisting(out, parser.isSet(options.force));
        const Passphrase passphrase = readPassphrase(parser.value(options.passphraseFile), false);
        JobControl job;
        if (parser.isSet(options.progress))
            watchProgress(job, QStringLiteral("decrypt"));
        const encryptedcopy::Result result =
            decryptCopy(in, out, passphrase, &job, parser.isSet(options.force));
        if (parser.isSet(options.json))
            cli::printJson(QJsonDocument(resultJson(result, in, out)));
        else
            cli::printOut(QStringLiteral("decrypted %1 into the workspace %2 (%3 bytes)")
                              .arg(in, out)
                              .arg(result.plainBytes));
        return 0;
    });
}

int unlock(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Remove the lock a workspace's writer left behind (W.cwb.lock), after a "
                       "crash or when another computer that had it open is gone. Refused while "
                       "a process on this computer still holds it. Do not remove the lock of a "
                       "computer that may still be writing the workspace."));
    parser.addOption(cli::workspaceOption());
    return cli::parseAndRun(parser, args, QStringLiteral("workspace unlock"), [&] {
        const QString path = cli::requireWorkspace(parser);
        const auto holder = WorkspaceLock::holder(path);
        if (!WorkspaceLock::breakStale(path)) {
            cli::printOut(QStringLiteral("%1 is not locked").arg(path));
            return 0;
        }
        cli::printOut(
            QStringLiteral("removed the lock of %1%2")
                .arg(path,
                     holder ? QStringLiteral(" (held by %1)").arg(WorkspaceLock::describe(*holder))
                            : QString()));
        return 0;
    });
}

int workspace(const QStringList &args)
{
    const QString verb = args.size() > 1 ? args.at(1) : QString();
    const QStringList rest = args.mid(2);
    auto sub = [&](const QString &name) {
        return QStringList{args.at(0) + QLatin1Char(' ') + name} + rest;
    };
    if (verb == QLatin1String("encrypt"))
        return encrypt(sub(verb));
    if (verb == QLatin1String("decrypt"))
        return decrypt(sub(verb));
    if (verb == QLatin1String("unlock"))
        return unlock(sub(verb));
    cli::printErr(QStringLiteral(
        "usage: cwb workspace encrypt --workspace W.cwb --out COPY.cwbx [--passphrase-file FILE]\n"
        "       cwb workspace decrypt COPY.cwbx --out W.cwb [--passphrase-file FILE]\n"
        "       cwb workspace unlock --workspace W.cwb   (a lock left by a crash)\n"
        "  the passphrase: --passphrase-file FILE, else CWB_PASSPHRASE, else typed (no echo)\n"
        "  cwb workspace <verb> --help for the options"));
    return verb == QLatin1String("--help") || verb == QLatin1String("-h") ? 0 : 2;
}

const cli::Registrar registrar(QStringLiteral("workspace"),
                               QStringLiteral("Encrypted copies of a workspace (.cwbx) to carry "
                                              "or send; unlock a workspace after a crash"),
                               workspace);

} // namespace
