// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"

#include "core/error.h"

#include <QCoreApplication>

#include <cstdio>

namespace cwb::cli {

QList<Command> &commands()
{
    static QList<Command> list;
    return list;
}

Registrar::Registrar(const QString &name, const QString &summary,
                     std::function<int(const QStringList &)> run)
{
    commands().append(Command{name, summary, std::move(run)});
}

// QCommandLineParser names the executable's path in its usage line; name the command instead.
QString helpText(const QCommandLineParser &parser, const QStringList &args)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    if (!args.isEmpty() && !program.isEmpty())
        text.replace(QStringLiteral("Usage: ") + program, QStringLiteral("Usage: ") + args.first());
    return text;
}

bool parseArgs(QCommandLineParser &parser, const QStringList &args, int &exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        printErr(parser.errorText());
        printErr(helpText(parser, args));
        exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        printOut(helpText(parser, args));
        exitCode = 0;
        return false;
    }
    return true;
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printJson(const QJsonDocument &document)
{
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int guarded(const QString &command, const std::function<int()> &body)
{
    try {
        return body();
    } catch (const cwb::Error &error) {
        printErr(QStringLiteral("cwb %1: %2").arg(command, error.message()));
        // 4: the workspace is held by another writer or busy; the same command can succeed
        // later, so scripts may wait and retry.
        const bool retry = error.kind() == Error::Kind::Locked || error.kind() == Error::Kind::Busy;
        return retry ? 4 : 1;
    } catch (const std::exception &error) {
        printErr(QStringLiteral("cwb %1: internal error: %2")
                     .arg(command, QString::fromLocal8Bit(error.what())));
        return 3;
    }
}

int parseAndRun(QCommandLineParser &parser, const QStringList &args, const QString &command,
                const std::function<int()> &body)
{
    int exitCode = 0;
    if (!parseArgs(parser, args, exitCode))
        return exitCode;
    return guarded(command, body);
}

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(QStringLiteral("workspace"), QStringLiteral("The workspace (.cwb)."),
                              QStringLiteral("W.cwb"));
}

QString requireWorkspace(const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty())
        throw Error(QStringLiteral("--workspace W.cwb is required"));
    return path;
}

QDate parseDate(const QString &option, const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        throw Error(QStringLiteral("%1: expected a date YYYY-MM-DD, got '%2'").arg(option, text));
    return date;
}

} // namespace cwb::cli
