// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb generate`: writes a synthetic customer extract for demos, tests and benchmarks;
// `cwb generate outcomes|followup`: synthetic call outcomes and a follow-up extract for a split
// campaign of a workspace.
#include "cliutil.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "demo/extractgenerator.h"
#include "demo/outcomegenerator.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

namespace {

// `cwb generate outcomes` and `cwb generate followup`: the options they share.
struct CampaignDataOptions
{
    QCommandLineOption workspace{{QStringLiteral("w"), QStringLiteral("workspace")},
                                 QStringLiteral("The workspace file (.cwb)."),
                                 QStringLiteral("W.cwb")};
    QCommandLineOption campaign{QStringLiteral("campaign"), QStringLiteral("The split campaign."),
                                QStringLiteral("NAME")};
    QCommandLineOption out{QStringLiteral("out"), QStringLiteral("Output CSV file."),
                           QStringLiteral("FILE")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            QStringLiteral("Random seed (default 20261201); use the same for "
                                           "outcomes and follow-up."),
                            QStringLiteral("S"), QStringLiteral("20261201")};
    QCommandLineOption english{QStringLiteral("english"),
                               QStringLiteral("English headers and labels (default Chinese).")};

    cwb::OutcomeGenerationOptions read(const QCommandLineParser &parser) const
    {
        using namespace cwb;
        if (!parser.isSet(workspace))
            throw Error(QStringLiteral("--workspace W.cwb is required"));
        if (!parser.isSet(campaign))
            throw Error(QStringLiteral("--campaign NAME is required"));
        if (!parser.isSet(out))
            throw Error(QStringLiteral("--out FILE is required"));
        OutcomeGenerationOptions options;
        options.campaign = parser.value(campaign);
        bool ok = false;
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            throw Error(QStringLiteral("--seed expects a whole number >= 0, got '%1'")
                            .arg(parser.value(seed)));
        options.chinese = !parser.isSet(english);
        return options;
    }
};

int runOutcomes(const QStringList &args)
{
    using namespace cwb;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write SYNTHETIC call outcomes for the targets of a split campaign's call cells (CSV, "
        "one row per attempt, the columns `cwb outcomes import` reads), with funnel rates near "
        "the pilot figures of docs/demo-data.md. Demo and benchmark data, not measurements."));
    const CampaignDataOptions common;
    const QCommandLineOption badRowsOpt(
        QStringLiteral("bad-rows"),
        QStringLiteral("Share of extra rows the import must reject (unknown id, connected = no "
                       "with an agreement, completion before the attempt), 0..1 (default 0)."),
        QStringLiteral("SHARE"), QStringLiteral("0"));
    parser.addOptions(
        {common.workspace, common.campaign, common.out, common.seed, common.english, badRowsOpt});
    return cli::parseAndRun(parser, args, QStringLiteral("generate outcomes"), [&] {
        OutcomeGenerationOptions options = common.read(parser);
        bool ok = false;
        options.badRows = parser.value(badRowsOpt).toDouble(&ok);
        if (!ok || options.badRows < 0.0 || options.badRows >= 1.0)
            throw Error(QStringLiteral("--bad-rows expects a share in [0, 1), got '%1'")
                            .arg(parser.value(badRowsOpt)));
        auto ws = Workspace::open(parser.value(common.workspace), Workspace::Access::ReadOnly);
        const QString path = parser.value(common.out);
        QElapsedTimer timer;
        timer.start();
        const OutcomeGenerationResult r = writeOutcomes(*ws, path, options);
        const QJsonObject result{
            {QStringLiteral("synthetic"), true},
            {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
            {QStringLiteral("campaign"), options.campaign},
            {QStringLiteral("seed"), QString::number(options.seed)},
            {QStringLiteral("call_targets"), r.callTargets},
            {QStringLiteral("rows"), r.rows},
            {QStringLiteral("attempts"), r.attempts},
            {QStringLiteral("called"), r.called},
            {QStringLiteral("connected"), r.connected},
            {QStringLiteral("intentions"), r.intentions},
            {QStringLiteral("agreements"), r.agreements},
            {QStringLiteral("completed"), r.completed},
            {QStringLiteral("package_match"), r.packageMatch},
            {QStringLiteral("refusals"), r.refusals},
            {QStringLiteral("do_not_disturb"), r.doNotDisturb},
            {QStringLiteral("wrong_numbers"), r.wrongNumbers},
            {QStringLiteral("agents"), r.agents},
            {QStringLiteral("bad_rows"),
             QJsonObject{{QStringLiteral("unknown_id"), r.badUnknownId},
                         {QStringLiteral("impossible_sequence"), r.badSequence},
                         {QStringLiteral("completion_before_attempt"), r.badCompletion}}},
            {QStringLiteral("bytes"), QFileInfo(path).size()},
            {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}};
        cli::printJson(QJsonDocument(result));
        return 0;
    });
}

int runFollowup(const QStringList &args)
{
    using namespace cwb;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a SYNTHETIC follow-up billing extract (customer id, total_fee_m1, package) for "
        "every member of a split campaign, targets and controls, with a planted true uplift "
        "(docs/demo-data.md). Use the seed of `cwb generate outcomes`: the customers who "
        "completed on the call are the converts here. Demo data, not measurements."));
    const CampaignDataOptions common;
    parser.addOptions({common.workspace, common.campaign, common.out, common.seed, common.english});
    return cli::parseAndRun(parser, args, QStringLiteral("generate followup"), [&] {
        const OutcomeGenerationOptions options = common.read(parser);
        auto ws = Workspace::open(parser.value(common.workspace), Workspace::Access::ReadOnly);
        const QString path = parser.value(common.out);
        const FollowupGenerationResult r = writeFollowup(*ws, path, options);
        cli::printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("synthetic"), true},
                                      {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                      {QStringLiteral("campaign"), options.campaign},
                                      {QStringLiteral("seed"), QString::number(options.seed)},
                                      {QStringLiteral("rows"), r.rows},
                                      {QStringLiteral("targets"), r.targets},
                                      {QStringLiteral("controls"), r.controls},
                                      {QStringLiteral("target_conversions"), r.targetConversions},
                                      {QStringLiteral("control_conversions"), r.controlConversions},
                                      {QStringLiteral("blank_fee"), r.blankFee}}));
        return 0;
    });
}

int runGenerate(const QStringList &args)
{
    using namespace cwb;
    const QString verb = args.size() > 1 ? args.at(1) : QString();
    if (verb == QLatin1String("outcomes") || verb == QLatin1String("followup"))
        return (verb == QLatin1String("outcomes") ? runOutcomes : runFollowup)(
            QStringList{args.at(0) + QLatin1Char(' ') + verb} + args.mid(2));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write a synthetic city-branch customer extract (CSV, 38 columns, one row "
                       "per customer) with a few planted defects. See docs/demo-data.md.\n"
                       "Also: cwb generate outcomes|followup --workspace W.cwb --campaign NAME "
                       "--out FILE.csv (synthetic call outcomes and follow-up of a campaign; "
                       "--help for the options)."));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"),
                                     QStringLiteral("Number of customer rows (default 10000)."),
                                     QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Output CSV file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption encodingOpt(QStringLiteral("encoding"),
                                         QStringLiteral("utf-8 (default) or gb18030."),
                                         QStringLiteral("ENC"), QStringLiteral("utf-8"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QStringLiteral("Random seed (default 20261123)."),
                                     QStringLiteral("S"), QStringLiteral("20261123"));
    const QCommandLineOption defectsOpt(
        QStringLiteral("defects"),
        QStringLiteral("Share of rows with a planted defect, 0..1 (default 0.002)."),
        QStringLiteral("RATE"), QStringLiteral("0.002"));
    const QCommandLineOption crlfOpt(QStringLiteral("crlf"),
                                     QStringLiteral("End lines with CR LF instead of LF."));
    parser.addOptions({rowsOpt, outOpt, encodingOpt, seedOpt, defectsOpt, crlfOpt});
    return cli::parseAndRun(parser, args, QStringLiteral("generate"), [&] {
        if (!parser.isSet(outOpt))
            throw Error(QStringLiteral("--out FILE is required"));
        ExtractOptions options;
        bool ok = false;
        options.rows = parser.value(rowsOpt).toLongLong(&ok);
        if (!ok || options.rows < 0)
            throw Error(QStringLiteral("--rows expects a whole number >= 0, got '%1'")
                            .arg(parser.value(rowsOpt)));
        options.seed = parser.value(seedOpt).toULongLong(&ok);
        if (!ok)
            throw Error(QStringLiteral("--seed expects a whole number >= 0, got '%1'")
                            .arg(parser.value(seedOpt)));
        options.defectRate = parser.value(defectsOpt).toDouble(&ok);
        if (!ok)
            throw Error(QStringLiteral("--defects expects a number between 0 and 1, got '%1'")
                            .arg(parser.value(defectsOpt)));
        options.encoding = parser.value(encodingOpt);
        options.crlf = parser.isSet(crlfOpt);
        const QString path = parser.value(outOpt);

        JobControl job;
        job.intervalMs = 1000;
        job.onProgress = [&](const Progress &p) {
            cli::printErr(QStringLiteral("generate: %1 / %2 rows, %3 MB, %4 s")
                              .arg(p.items)
                              .arg(options.rows)
                              .arg(double(p.bytesDone) / 1e6, 0, 'f', 1)
                              .arg(p.secondsElapsed, 0, 'f', 1));
        };
        QElapsedTimer timer;
        timer.start();
        const ExtractDefects d = writeExtract(path, options, &job);
        const double seconds = double(timer.elapsed()) / 1000.0;

        QJsonObject defects{{QStringLiteral("blankId"), d.blankId},
                            {QStringLiteral("duplicateId"), d.duplicateId},
                            {QStringLiteral("badMobile"), d.badMobile},
                            {QStringLiteral("badFee"), d.badFee},
                            {QStringLiteral("thousandsFee"), d.thousandsFee},
                            {QStringLiteral("blankFee"), d.blankFee},
                            {QStringLiteral("invalidRows"), d.invalidRows()}};
        QJsonObject result{
            {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
            {QStringLiteral("rows"), options.rows},
            {QStringLiteral("columns"), int(extractHeaders().size())},
            {QStringLiteral("encoding"), options.encoding.toLower()},
            // A JSON number holds 53 bits exactly; bigger seeds are printed as text.
            {QStringLiteral("seed"), options.seed < (quint64(1) << 53)
                                         ? QJsonValue(qint64(options.seed))
                                         : QJsonValue(QString::number(options.seed))},
            {QStringLiteral("defectRate"), options.defectRate},
            {QStringLiteral("crlf"), options.crlf},
            {QStringLiteral("bytes"), QFileInfo(path).size()},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("defects"), defects}};
        cli::printJson(QJsonDocument(result));
        return 0;
    });
}

const cwb::cli::Registrar
    registrar(QStringLiteral("generate"),
              QStringLiteral("write a synthetic customer extract, or outcomes / follow-up of "
                             "a campaign (demo data)"),
              runGenerate);

} // namespace
