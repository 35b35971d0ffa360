// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <functional>

namespace cwb::cli {

// One `cwb` sub-command. Each cmd_*.cpp registers its commands with a static Registrar, so a
// new command needs no edit of main.cpp.
struct Command
{
    QString name;    // e.g. "import" or "segment" (sub-verbs are parsed by the command)
    QString summary; // one line for `cwb --help`
    std::function<int(const QStringList &args)> run; // args[0] is "cwb <name>"
};

QList<Command> &commands();

struct Registrar
{
    Registrar(const QString &name, const QString &summary,
              std::function<int(const QStringList &)> run);
};

// Parses args with parser; on a usage error prints it with the command's help to stderr and
// returns false. `--help` prints help to stdout and returns false with exitCode 0.
bool parseArgs(QCommandLineParser &parser, const QStringList &args, int &exitCode);

// The help text of parser with its usage line naming the command (args[0]) instead of the
// executable's path.
QString helpText(const QCommandLineParser &parser, const QStringList &args);

void printOut(const QString &text);            // stdout, UTF-8, adds a newline
void printErr(const QString &text);            // stderr, UTF-8, adds a newline
void printJson(const QJsonDocument &document); // stdout, indented

// Runs body, turning a cwb::Error into "cwb <command>: message" on stderr and exit code 1, or 4
// when the workspace is locked by another writer or busy (try again later).
int guarded(const QString &command, const std::function<int()> &body);

// The frame of a command: parseArgs, then guarded(command, body); the exit code of either.
int parseAndRun(QCommandLineParser &parser, const QStringList &args, const QString &command,
                const std::function<int()> &body);

// `--workspace W.cwb`, "The workspace (.cwb).": the option most commands take.
QCommandLineOption workspaceOption();

// The value of --workspace; a cwb::Error "--workspace W.cwb is required" when it is empty.
QString requireWorkspace(const QCommandLineParser &parser);

// text as an ISO date; a cwb::Error "OPTION: expected a date YYYY-MM-DD, got 'TEXT'" otherwise.
QDate parseDate(const QString &option, const QString &text);

} // namespace cwb::cli
