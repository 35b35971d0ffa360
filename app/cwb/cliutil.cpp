// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"

#include "core/error.h"

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

bool parseArgs(QCommandLineParser &parser, const QStringList &args, int &exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        printErr(parser.errorText());
        printErr(parser.helpText());
        exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText());
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
        return 1;
    } catch (const std::exception &error) {
        printErr(QStringLiteral("cwb %1: internal error: %2")
                     .arg(command, QString::fromLocal8Bit(error.what())));
        return 3;
    }
}

} // namespace cwb::cli
