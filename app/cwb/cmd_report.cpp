// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb report daily|weekly`: the daily battle report and the weekly summary of a campaign as
// PDF or xlsx (the format from the extension of --out). Figures come from evaluate/report.h,
// the layout from export/reportwriter.h.
#include "cliutil.h"

#include "core/error.h"
#include "evaluate/report.h"
#include "export/reportwriter.h"
#include "simulate/planreader.h"
#include "workspace/workspace.h"

#include <QFileInfo>

namespace {

using namespace cwb;
using exporting::Language;

const QCommandLineOption kWorkspace = cli::workspaceOption();
const QCommandLineOption kCampaign(QStringLiteral("campaign"), QStringLiteral("The campaign."),
                                   QStringLiteral("NAME"));
const QCommandLineOption kOut(QStringLiteral("out"),
                              QStringLiteral("The report file: .pdf (printable) or .xlsx."),
                              QStringLiteral("FILE"));
const QCommandLineOption kLanguage(QStringLiteral("language"),
                                   QStringLiteral("zh (default) or en."), QStringLiteral("LANG"));

Language languageOf(const QCommandLineParser &parser)
{
    const QString language = parser.value(kLanguage);
    if (language.isEmpty() || language == QLatin1String("zh"))
        return Language::Chinese;
    if (language == QLatin1String("en"))
        return Language::English;
    throw Error(QStringLiteral("--language: expected zh or en, got '%1'").arg(language));
}

enum class Format
{
    Pdf,
    Xlsx
};

Format formatOf(const QString &out)
{
    if (out.isEmpty())
        throw Error(QStringLiteral("--out FILE.pdf or FILE.xlsx is required"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    throw Error(QStringLiteral("--out: the file must end in .pdf or .xlsx, got '%1'").arg(out));
}

QString requireValue(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString value = parser.value(option);
    if (value.isEmpty())
        throw Error(QStringLiteral("--%1 %2 is required")
                        .arg(option.names().constFirst(), option.valueName()));
    return value;
}

int daily(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The daily battle report of a campaign: the day's funnel against the day before and the "
        "cumulative one, agents, cells, refusal reasons, remaining work, e.g.\n"
        "  cwb report daily --workspace pilot.cwb --campaign Upsell --date 2026-11-03 "
        "--out day.pdf\n"
        "Without --date: the last day with outcomes. A day without calls gives a report of "
        "zeros with a note."));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("The day (default: the last day with outcomes)."),
                                  QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({kWorkspace, kCampaign, date, kOut, kLanguage});
    return cli::parseAndRun(parser, args, QStringLiteral("report daily"), [&] {
        DailyReportOptions options;
        options.campaign = requireValue(parser, kCampaign);
        const QString out = parser.value(kOut);
        const Format format = formatOf(out);
        const Language language = languageOf(parser);
        if (parser.isSet(date))
            options.date = cli::parseDate(QStringLiteral("--date"), parser.value(date));
        auto ws = Workspace::open(cli::requireWorkspace(parser), Workspace::Access::ReadOnly);
        const DailyReport report = buildDailyReport(*ws, options);
        if (format == Format::Pdf) {
            const int pages = exporting::writeDailyReportPdf(report, out, language);
            cli::printOut(QStringLiteral("Daily report of '%1' for %2: %3 (%4 pages)")
                              .arg(report.campaign, report.date.toString(Qt::ISODate), out)
                              .arg(pages));
        } else {
            exporting::writeDailyReportXlsx(report, out, language);
            cli::printOut(QStringLiteral("Daily report of '%1' for %2: %3")
                              .arg(report.campaign, report.date.toString(Qt::ISODate), out));
        }
        return 0;
    });
}

int weekly(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The weekly summary of a campaign: seven days as a series, the week against the week "
        "before, cells, agents, the refusal Pareto, and with the follow-up extract the uplift "
        "against the control group (each cell's own offer, or --conversion RULE; with --plan the "
        "ROI beside the plan), e.g.\n"
        "  cwb report weekly --workspace pilot.cwb --campaign Upsell --week-start 2026-11-02 "
        "--out week.xlsx"));
    const QCommandLineOption weekStart(QStringLiteral("week-start"),
                                       QStringLiteral("The first day of the week."),
                                       QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption conversion(
        QStringLiteral("conversion"),
        QStringLiteral("What counts as conversion: a rule over the follow-up extract (default: "
                       "each cell's own offer)."),
        QStringLiteral("RULE"));
    const QCommandLineOption plan(QStringLiteral("plan"),
                                  QStringLiteral("The ROI plan to set the actual ROI beside."),
                                  QStringLiteral("PLAN.json"));
    parser.addOptions({kWorkspace, kCampaign, weekStart, conversion, plan, kOut, kLanguage});
    return cli::parseAndRun(parser, args, QStringLiteral("report weekly"), [&] {
        WeeklyReportOptions options;
        options.campaign = requireValue(parser, kCampaign);
        const QString out = parser.value(kOut);
        const Format format = formatOf(out);
        const Language language = languageOf(parser);
        options.weekStart =
            cli::parseDate(QStringLiteral("--week-start"), requireValue(parser, weekStart));
        options.conversionRule = parser.value(conversion);
        if (parser.isSet(plan)) {
            options.plan = simulate::readPlanFile(parser.value(plan));
            options.planSource = parser.value(plan);
        }
        auto ws = Workspace::open(cli::requireWorkspace(parser), Workspace::Access::ReadOnly);
        const WeeklyReport report = buildWeeklyReport(*ws, options);
        const QString week = QStringLiteral("%1 - %2").arg(report.weekStart.toString(Qt::ISODate),
                                                           report.weekEnd.toString(Qt::ISODate));
        if (format == Format::Pdf) {
            const int pages = exporting::writeWeeklyReportPdf(report, out, language);
            cli::printOut(QStringLiteral("Weekly summary of '%1' for %2: %3 (%4 pages)")
                              .arg(report.campaign, week, out)
                              .arg(pages));
        } else {
            exporting::writeWeeklyReportXlsx(report, out, language);
            cli::printOut(QStringLiteral("Weekly summary of '%1' for %2: %3")
                              .arg(report.campaign, week, out));
        }
        return 0;
    });
}

int report(const QStringList &args)
{
    const QString usage = QStringLiteral(
        "Usage: cwb report daily --workspace W.cwb --campaign NAME [--date YYYY-MM-DD] --out "
        "FILE.pdf|FILE.xlsx [--language zh|en]\n"
        "       cwb report weekly --workspace W.cwb --campaign NAME --week-start YYYY-MM-DD "
        "[--conversion RULE] [--plan PLAN.json] --out FILE.pdf|FILE.xlsx [--language zh|en]");
    if (args.size() < 2) {
        cli::printErr(usage);
        return 2;
    }
    const QString sub = args.at(1);
    const QStringList rest = QStringList{args.at(0) + QLatin1Char(' ') + sub} + args.mid(2);
    if (sub == QLatin1String("daily"))
        return daily(rest);
    if (sub == QLatin1String("weekly"))
        return weekly(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        cli::printOut(usage);
        return 0;
    }
    cli::printErr(
        QStringLiteral("cwb report: unknown report '%1' (expected daily or weekly)\n").arg(sub) +
        usage);
    return 2;
}

const cli::Registrar registrar(QStringLiteral("report"),
                               QStringLiteral("Daily battle report and weekly summary (PDF/xlsx)"),
                               report);

} // namespace
