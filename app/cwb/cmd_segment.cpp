// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb segment count --rule "..." --workspace W.cwb [--json]`: how many customers a
// segmentation rule selects. Parses the arguments and prints; the engine (models/segment) parses,
// checks and counts.
#include "cliutil.h"
#include "segment_analytics.h"

#include "core/error.h"
#include "segment/ruleengine.h"
#include "workspace/workspace.h"

#include <QJsonObject>
#include <QLocale>

namespace {

using namespace cwb;

int countRule(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Count the customers a segmentation rule selects, e.g.\n"
                       "  cwb segment count --rule 'ld_fee_m1 / total_fee_m1 > 0.5' "
                       "--workspace pilot.cwb"));
    const QCommandLineOption rule(QStringLiteral("rule"), QStringLiteral("The rule."),
                                  QStringLiteral("RULE"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QStringLiteral("The workspace (.cwb)."),
                                       QStringLiteral("W.cwb"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The date 'today' stands for (default: the "
                                                  "current date)."),
                                   QStringLiteral("YYYY-MM-DD"));
    parser.addOption(rule);
    parser.addOption(workspace);
    parser.addOption(json);
    parser.addOption(today);
    int exitCode = 0;
    if (!cli::parseArgs(parser, args, exitCode))
        return exitCode;
    return cli::guarded(QStringLiteral("segment count"), [&] {
        if (!parser.isSet(rule))
            throw Error(QStringLiteral("--rule \"...\" is required"));
        if (parser.value(workspace).isEmpty())
            throw Error(QStringLiteral("--workspace W.cwb is required"));
        QDate date;
        if (parser.isSet(today)) {
            date = QDate::fromString(parser.value(today), Qt::ISODate);
            if (!date.isValid())
                throw Error(QStringLiteral("--today: expected a date YYYY-MM-DD, got '%1'")
                                .arg(parser.value(today)));
        }
        auto ws = Workspace::open(parser.value(workspace), Workspace::Access::ReadOnly);
        const RuleCount result = RuleEngine::count(*ws, parser.value(rule), date);
        if (parser.isSet(json)) {
            QJsonObject root;
            root.insert(QStringLiteral("count"), result.count);
            root.insert(QStringLiteral("base"), result.base);
            root.insert(QStringLiteral("share"), result.share);
            root.insert(QStringLiteral("sql"), result.sql);
            cli::printJson(QJsonDocument(root));
        } else {
            const QLocale english(QLocale::English);
            cli::printOut(QStringLiteral("%1 of %2 customers (%3%)")
                              .arg(english.toString(result.count), english.toString(result.base),
                                   QString::number(result.share * 100.0, 'f', 2)));
        }
        return 0;
    });
}

int segment(const QStringList &args)
{
    const QString verb = args.size() > 1 ? args.at(1) : QString();
    if (verb == QLatin1String("count"))
        return countRule(QStringList{args.at(0) + QStringLiteral(" count")} + args.mid(2));
    if (verb == QLatin1String("grid"))
        return cli::segmentGrid(QStringList{args.at(0) + QStringLiteral(" grid")} + args.mid(2));
    if (verb == QLatin1String("cluster"))
        return cli::segmentCluster(QStringList{args.at(0) + QStringLiteral(" cluster")} +
                                   args.mid(2));
    cli::printErr(QStringLiteral("usage: cwb segment count --rule \"...\" --workspace W.cwb "
                                 "[--json] [--today YYYY-MM-DD]"));
    return verb == QLatin1String("--help") || verb == QLatin1String("-h") ? 0 : 2;
}

const cli::Registrar registrar(QStringLiteral("segment"),
                               QStringLiteral("Segmentation rules: count the customers a rule "
                                              "selects"),
                               segment);

} // namespace
