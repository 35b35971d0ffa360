// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb`: Campaign Workbench on the command line. Dispatches to the registered sub-commands.
#include "cliutil.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cstring>
#include <memory>

using namespace cwb::cli;

static void printUsage()
{
    QList<Command> list = commands();
    std::sort(list.begin(), list.end(),
              [](const Command &a, const Command &b) { return a.name < b.name; });
    printOut(QStringLiteral("Usage: cwb <command> [options]   (cwb <command> --help for details)"));
    printOut(QString());
    printOut(QStringLiteral("Commands:"));
    for (const Command &command : list)
        printOut(QStringLiteral("  %1%2").arg(command.name, -16).arg(command.summary));
}

int main(int argc, char *argv[])
{
    // Printing (QPdfWriter, fonts) needs a QGuiApplication; without a display the offscreen
    // platform serves. Every other command stays a QCoreApplication.
    const bool gui =
        argc > 1 && (std::strcmp(argv[1], "print") == 0 || std::strcmp(argv[1], "report") == 0);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cwb"));
    QCoreApplication::setOrganizationName(QStringLiteral("Campaign Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CWB_VERSION));

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") ||
        args.at(1) == QLatin1String("-h") || args.at(1) == QLatin1String("help")) {
        printUsage();
        return args.size() < 2 ? 2 : 0;
    }
    if (args.at(1) == QLatin1String("--version")) {
        printOut(QStringLiteral("cwb %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    const QString name = args.at(1);
    for (const Command &command : commands()) {
        if (command.name == name) {
            args.removeFirst();
            args[0] = QStringLiteral("cwb ") + name;
            return command.run(args);
        }
    }
    printErr(QStringLiteral("cwb: unknown command '%1'").arg(name));
    printUsage();
    return 2;
}
