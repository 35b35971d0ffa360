// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb export calllist` (call lists per cell, wave and agent or grid, CSV or xlsx, recorded in
// the contact history) and `cwb print script` (the call script and the agents' call sheets as a
// PDF). Parses the arguments and prints; the engine (models/export) does the work.
#include "cliutil.h"

#include "core/error.h"
#include "export/calllist.h"
#include "export/callscript.h"
#include "export/calltime.h"
#include "export/exporthistory.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

using namespace cwb;
using namespace cwb::exporting;

const QCommandLineOption kWorkspace = cli::workspaceOption();
const QCommandLineOption kCampaign(QStringLiteral("campaign"),
                                   QStringLiteral("The campaign (split already)."),
                                   QStringLiteral("NAME"));
const QCommandLineOption kWave(QStringLiteral("wave"),
                               QStringLiteral("The wave, 1 = the first (default: every wave)."),
                               QStringLiteral("N"));
const QCommandLineOption kBy(QStringLiteral("by"),
                             QStringLiteral("Split each cell's list by agent (default) or grid."),
                             QStringLiteral("agent|grid"));
const QCommandLineOption kAgents(QStringLiteral("agents"),
                                 QStringLiteral("Agents per cell (default 1)."),
                                 QStringLiteral("N"));
const QCommandLineOption kBalanced(QStringLiteral("balanced"),
                                   QStringLiteral("Give agents consecutive blocks (by grid, then "
                                                  "value) instead of round-robin."));
const QCommandLineOption kLanguage(QStringLiteral("language"),
                                   QStringLiteral("Labels and phrases: zh (default) or en."),
                                   QStringLiteral("zh|en"));
const QCommandLineOption kToday(QStringLiteral("today"),
                                QStringLiteral("The date 'contract expiring' counts from "
                                               "(default: the wave's start)."),
                                QStringLiteral("YYYY-MM-DD"));

CallListOptions listOptions(const QCommandLineParser &parser)
{
    CallListOptions options;
    if (parser.isSet(kWave)) {
        bool ok = false;
        options.wave = parser.value(kWave).toInt(&ok);
        if (!ok || options.wave < 1)
            throw Error(QStringLiteral("--wave: expected a wave number from 1, got '%1'")
                            .arg(parser.value(kWave)));
    }
    const QString by = parser.value(kBy);
    if (by == QLatin1String("grid"))
        options.by = SplitBy::Grid;
    else if (!by.isEmpty() && by != QLatin1String("agent"))
        throw Error(QStringLiteral("--by: expected agent or grid, got '%1'").arg(by));
    if (parser.isSet(kAgents)) {
        bool ok = false;
        options.agents = parser.value(kAgents).toInt(&ok);
        if (!ok || options.agents < 1 || options.agents > 10000)
            throw Error(QStringLiteral("--agents: expected a number from 1 to 10000, got '%1'")
                            .arg(parser.value(kAgents)));
        if (options.by == SplitBy::Grid)
            throw Error(QStringLiteral("--agents goes with --by agent, not --by grid"));
    }
    if (parser.isSet(kBalanced))
        options.agentMode = AgentMode::Balanced;
    const QString language = parser.value(kLanguage);
    if (language == QLatin1String("en"))
        options.language = Language::English;
    else if (!language.isEmpty() && language != QLatin1String("zh"))
        throw Error(QStringLiteral("--language: expected zh or en, got '%1'").arg(language));
    if (parser.isSet(kToday))
        options.today = cli::parseDate(QStringLiteral("--today"), parser.value(kToday));
    return options;
}

std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser &parser, bool write)
{
    const QString path = cli::requireWorkspace(parser);
    if (parser.value(kCampaign).isEmpty())
        throw Error(QStringLiteral("--campaign NAME is required"));
    return Workspace::open(path,
                           write ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly);
}

int exportCallList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Export the call lists of a split campaign, one file per cell, wave and "
                       "agent (or grid), and record them in the contact history. Phone numbers "
                       "are masked unless --full-phones is given."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or xlsx."),
                                    QStringLiteral("csv|xlsx"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      QStringLiteral("CSV encoding: utf-8 (with a BOM, for "
                                                     "Excel; default) or gb18030."),
                                      QStringLiteral("utf-8|gb18030"));
    const QCommandLineOption full(QStringLiteral("full-phones"),
                                  QStringLiteral("Write phone numbers in full (default: masked "
                                                 "as 138****8000). Recorded with the export."));
    const QCommandLineOption mask(QStringLiteral("mask-phones"),
                                  QStringLiteral("Accepted for old scripts: masking is the "
                                                 "default."));
    const QCommandLineOption columns(QStringLiteral("columns"),
                                     QStringLiteral("The columns, comma-separated (default: the "
                                                    "template in docs/call-lists.md)."),
                                     QStringLiteral("LIST"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The folder to write to."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({kWorkspace, kCampaign, kWave, kBy, kAgents, kBalanced, kLanguage, kToday,
                       format, encoding, full, mask, columns, out, json});
    return cli::parseAndRun(parser, args, QStringLiteral("export calllist"), [&] {
        CallListOptions options = listOptions(parser);
        if (parser.isSet(full) && parser.isSet(mask))
            throw Error(QStringLiteral("--full-phones and --mask-phones contradict each other"));
        options.maskPhones = !parser.isSet(full);
        if (parser.isSet(columns))
            options.columns = parser.value(columns).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &c : options.columns)
            c = c.trimmed();
        FileFormat fileFormat;
        if (parser.value(format) == QLatin1String("csv"))
            fileFormat = FileFormat::Csv;
        else if (parser.value(format) == QLatin1String("xlsx"))
            fileFormat = FileFormat::Xlsx;
        else if (!parser.isSet(format))
            throw Error(QStringLiteral("--format is missing: give --format csv or --format xlsx"));
        else
            throw Error(QStringLiteral("--format: expected csv or xlsx, got '%1'")
                            .arg(parser.value(format)));
        CsvEncoding csvEncoding = CsvEncoding::Utf8Bom;
        const QString enc = parser.value(encoding).toLower();
        if (enc == QLatin1String("gb18030") || enc == QLatin1String("gbk"))
            csvEncoding = CsvEncoding::Gb18030;
        else if (!enc.isEmpty() && enc != QLatin1String("utf-8") && enc != QLatin1String("utf8"))
            throw Error(QStringLiteral("--encoding: expected utf-8 or gb18030, got '%1'").arg(enc));
        if (fileFormat == FileFormat::Xlsx && parser.isSet(encoding))
            throw Error(QStringLiteral("--encoding applies to CSV only"));
        if (parser.value(out).isEmpty())
            throw Error(QStringLiteral("--out DIR is required"));
        auto ws = openWorkspace(parser, true);
        const ExportResult result = exportCallLists(*ws, parser.value(kCampaign), options,
                                                    fileFormat, csvEncoding, parser.value(out));
        if (parser.isSet(json)) {
            QJsonObject o;
            o.insert(QStringLiteral("list_id"), result.listId);
            o.insert(QStringLiteral("rows"), result.rows);
            o.insert(QStringLiteral("history_rows"), result.historyRows);
            o.insert(QStringLiteral("full_phones"), result.fullPhones);
            o.insert(QStringLiteral("files"), QJsonArray::fromStringList(result.files));
            o.insert(QStringLiteral("call_time"), result.callTime);
            o.insert(QStringLiteral("call_time_source"), result.callTimeSource);
            o.insert(QStringLiteral("customer_call_times"), result.customerCallTimes);
            o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(result.notes));
            cli::printJson(QJsonDocument(o));
        } else {
            cli::printOut(QStringLiteral("list %1: %2 customers in %3 files, %4 contact history "
                                         "rows recorded")
                              .arg(result.listId)
                              .arg(result.rows)
                              .arg(result.files.size())
                              .arg(result.historyRows));
            for (const QString &file : result.files)
                cli::printOut(QStringLiteral("  ") + file);
            cli::printOut(result.fullPhones ? QStringLiteral("phone numbers: in full")
                                            : QStringLiteral("phone numbers: masked"));
            cli::printOut(QStringLiteral("suggested call time: %1 (%2); %3 customers by their "
                                         "own past answers")
                              .arg(result.callTime, result.callTimeSource)
                              .arg(result.customerCallTimes));
            for (const QString &note : result.notes)
                cli::printOut(QStringLiteral("note: ") + note);
        }
        return 0;
    });
}

int printScript(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print a split campaign's call script (once per cell) and one call sheet "
                       "per agent (or grid) to a PDF. Phone numbers are masked unless "
                       "--full-phones is given. Records no contact history."));
    const QCommandLineOption templ(QStringLiteral("template"),
                                   QStringLiteral("A script file (docs/call-lists.md; default: "
                                                  "the built-in template of --language)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption full(QStringLiteral("full-phones"),
                                  QStringLiteral("Print phone numbers unmasked."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The PDF to write."),
                                 QStringLiteral("FILE.pdf"));
    parser.addOptions({kWorkspace, kCampaign, kWave, kBy, kAgents, kBalanced, kLanguage, kToday,
                       templ, full, out});
    return cli::parseAndRun(parser, args, QStringLiteral("print script"), [&] {
        PrintOptions options;
        options.list = listOptions(parser);
        options.list.maskPhones = !parser.isSet(full);
        if (parser.value(out).isEmpty())
            throw Error(QStringLiteral("--out FILE.pdf is required"));
        const CallScript script = parser.isSet(templ) ? loadCallScript(parser.value(templ))
                                                      : defaultCallScript(options.list.language);
        auto ws = openWorkspace(parser, false);
        const PrintResult result =
            printCallScript(*ws, parser.value(kCampaign), script, options, parser.value(out));
        cli::printOut(QStringLiteral("%1: %2 script pages, %3 call sheets (%4 pages, %5 "
                                     "customers)")
                          .arg(parser.value(out))
                          .arg(result.scriptPages)
                          .arg(result.sheets)
                          .arg(result.sheetPages)
                          .arg(result.customers));
        return 0;
    });
}

int exportCallTime(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show the connect rate of past call attempts by time slot and the call "
                       "time the call lists suggest (docs/call-lists.md)."));
    const QCommandLineOption minAttempts(QStringLiteral("min-attempts"),
                                         QStringLiteral("Attempts a slot needs to be suggested "
                                                        "(default 50)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({kWorkspace, kLanguage, minAttempts, json});
    return cli::parseAndRun(parser, args, QStringLiteral("export calltime"), [&] {
        CallTimeOptions options;
        bool ok = false;
        options.minAttempts = parser.value(minAttempts).toLongLong(&ok);
        if (!ok || options.minAttempts < 1)
            throw Error(QStringLiteral("--min-attempts: expected a whole number of at least 1, "
                                       "got '%1'")
                            .arg(parser.value(minAttempts)));
        const QString lang = parser.value(kLanguage);
        if (!lang.isEmpty() && lang != QLatin1String("zh") && lang != QLatin1String("en"))
            throw Error(QStringLiteral("--language: expected zh or en, got '%1'").arg(lang));
        const Language language =
            lang == QLatin1String("en") ? Language::English : Language::Chinese;
        auto ws = Workspace::open(cli::requireWorkspace(parser), Workspace::Access::ReadOnly);
        const CallTimeAdvice advice = adviseCallTime(*ws, language, options);
        auto percent = [](const std::optional<double> &v) {
            return v ? QString::number(*v * 100.0, 'f', 1) + QLatin1Char('%')
                     : QStringLiteral("n/a");
        };
        if (parser.isSet(json)) {
            QJsonArray rows;
            for (const SlotConnectRate &r : advice.rates) {
                QJsonObject o;
                o.insert(QStringLiteral("slot"), callSlotText(r.slot, Language::English));
                o.insert(QStringLiteral("attempts"), r.connect.denominator);
                o.insert(QStringLiteral("connected"), r.connect.numerator);
                o.insert(QStringLiteral("connect_rate"),
                         r.connect.value ? QJsonValue(*r.connect.value) : QJsonValue());
                o.insert(QStringLiteral("ci_low"), r.connect.ci.low);
                o.insert(QStringLiteral("ci_high"), r.connect.ci.high);
                rows.append(o);
            }
            QJsonObject o;
            o.insert(QStringLiteral("slots"), rows);
            o.insert(QStringLiteral("attempts"), advice.attempts);
            o.insert(QStringLiteral("outside_slots"), advice.outsideSlots);
            o.insert(QStringLiteral("call_time"), advice.text);
            o.insert(QStringLiteral("source"), advice.source);
            cli::printJson(QJsonDocument(o));
            return 0;
        }
        cli::printOut(QStringLiteral("%1  %2  %3  %4")
                          .arg(QStringLiteral("slot"), -30)
                          .arg(QStringLiteral("attempts"), 9)
                          .arg(QStringLiteral("connected"), 9)
                          .arg(QStringLiteral("rate [95% interval]")));
        for (const SlotConnectRate &r : advice.rates)
            cli::printOut(QStringLiteral("%1  %2  %3  %4 [%5, %6]")
                              .arg(callSlotText(r.slot, language), -30)
                              .arg(r.connect.denominator, 9)
                              .arg(r.connect.numerator, 9)
                              .arg(percent(r.connect.value), percent(r.connect.ci.low),
                                   percent(r.connect.ci.high)));
        cli::printOut(QStringLiteral("%1 attempts outside 09:00-21:00 or without a time")
                          .arg(advice.outsideSlots));
        cli::printOut(
            QStringLiteral("suggested call time: %1 (%2)").arg(advice.text, advice.source));
        return 0;
    });
}

QString phonesText(const std::optional<bool> &fullPhones)
{
    if (!fullPhones)
        return QStringLiteral("unknown");
    return *fullPhones ? QStringLiteral("full") : QStringLiteral("masked");
}

int exportHistory(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the call list exports recorded in the workspace: list id, campaign, "
                       "wave, time, format, files, customers and whether the phone numbers were "
                       "masked or in full (unknown for exports older than this record)."));
    const QCommandLineOption campaign(QStringLiteral("campaign"),
                                      QStringLiteral("Only this campaign's exports."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({kWorkspace, campaign, json});
    return cli::parseAndRun(parser, args, QStringLiteral("export history"), [&] {
        auto ws = Workspace::open(cli::requireWorkspace(parser), Workspace::Access::ReadOnly);
        const QList<ListExport> exports = listExports(*ws, parser.value(campaign));
        auto when = [](const ListExport &e) {
            return e.exportedAt.isValid() ? e.exportedAt.toString(Qt::ISODate) : QString();
        };
        if (parser.isSet(json)) {
            QJsonArray rows;
            for (const ListExport &e : exports) {
                QJsonObject o;
                o.insert(QStringLiteral("list_id"), e.listId);
                o.insert(QStringLiteral("campaign"), e.campaign);
                o.insert(QStringLiteral("wave"), e.wave > 0 ? QJsonValue(e.wave) : QJsonValue());
                o.insert(QStringLiteral("exported_at"),
                         e.exportedAt.isValid() ? QJsonValue(when(e)) : QJsonValue());
                o.insert(QStringLiteral("format"),
                         e.format.isEmpty() ? QJsonValue() : QJsonValue(e.format));
                o.insert(QStringLiteral("files"),
                         e.files >= 0 ? QJsonValue(e.files) : QJsonValue());
                o.insert(QStringLiteral("rows"), e.rows);
                o.insert(QStringLiteral("full_phones"),
                         e.fullPhones ? QJsonValue(*e.fullPhones) : QJsonValue());
                rows.append(o);
            }
            cli::printJson(QJsonDocument(rows));
            return 0;
        }
        if (exports.isEmpty()) {
            cli::printOut(QStringLiteral("no call lists exported yet"));
            return 0;
        }
        cli::printOut(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                          .arg(QStringLiteral("list id"), -26)
                          .arg(QStringLiteral("campaign"), -20)
                          .arg(QStringLiteral("wave"), 4)
                          .arg(QStringLiteral("exported at"), -19)
                          .arg(QStringLiteral("format"), -6)
                          .arg(QStringLiteral("files"), 5)
                          .arg(QStringLiteral("customers"), 9)
                          .arg(QStringLiteral("phones")));
        for (const ListExport &e : exports)
            cli::printOut(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                              .arg(e.listId, -26)
                              .arg(e.campaign, -20)
                              .arg(e.wave > 0 ? QString::number(e.wave) : QStringLiteral("all"), 4)
                              .arg(e.exportedAt.isValid() ? when(e) : QStringLiteral("?"), -19)
                              .arg(e.format.isEmpty() ? QStringLiteral("?") : e.format, -6)
                              .arg(e.files >= 0 ? QString::number(e.files) : QStringLiteral("?"), 5)
                              .arg(e.rows, 9)
                              .arg(phonesText(e.fullPhones)));
        return 0;
    });
}

int exportCommand(const QStringList &args)
{
    const QString verb = args.size() > 1 ? args.at(1) : QString();
    const QStringList rest = QStringList{args.at(0) + QLatin1Char(' ') + verb} + args.mid(2);
    if (verb == QLatin1String("calllist"))
        return exportCallList(rest);
    if (verb == QLatin1String("calltime"))
        return exportCallTime(rest);
    if (verb == QLatin1String("history"))
        return exportHistory(rest);
    cli::printErr(QStringLiteral(
        "usage: cwb export calllist --campaign NAME [--wave N] [--by agent|grid] [--agents N] "
        "[--balanced] --format csv|xlsx [--encoding utf-8|gb18030] [--full-phones] "
        "[--columns LIST] [--language zh|en] --out DIR --workspace W.cwb\n"
        "       cwb export calltime [--min-attempts N] [--language zh|en] [--json] "
        "--workspace W.cwb\n"
        "       cwb export history [--campaign NAME] [--json] --workspace W.cwb"));
    return verb == QLatin1String("--help") || verb == QLatin1String("-h") ? 0 : 2;
}

int printCommand(const QStringList &args)
{
    const QString verb = args.size() > 1 ? args.at(1) : QString();
    const QStringList rest = QStringList{args.at(0) + QLatin1Char(' ') + verb} + args.mid(2);
    if (verb == QLatin1String("script"))
        return printScript(rest);
    cli::printErr(QStringLiteral(
        "usage: cwb print script --campaign NAME [--wave N] [--by agent|grid] [--agents N] "
        "[--template FILE] [--language zh|en] [--full-phones] --out FILE.pdf --workspace W.cwb"));
    return verb == QLatin1String("--help") || verb == QLatin1String("-h") ? 0 : 2;
}

const cli::Registrar exportRegistrar(QStringLiteral("export"),
                                     QStringLiteral("Call lists of a split campaign (CSV, xlsx) "
                                                    "and their history"),
                                     exportCommand);
const cli::Registrar printRegistrar(QStringLiteral("print"),
                                    QStringLiteral("Call script and call sheets of a campaign "
                                                   "(PDF)"),
                                    printCommand);

} // namespace
