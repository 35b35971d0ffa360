// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb generate`: writes a synthetic customer extract for demos, tests and benchmarks.
#include "cliutil.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "demo/extractgenerator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

namespace {

int runGenerate(const QStringList &args)
{
    using namespace cwb;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write a synthetic city-branch customer extract (CSV, 38 columns, one row "
                       "per customer) with a few planted defects. See docs/demo-data.md."));
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
    int exitCode = 0;
    if (!cli::parseArgs(parser, args, exitCode))
        return exitCode;

    return cli::guarded(QStringLiteral("generate"), [&] {
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
              QStringLiteral("write a synthetic customer extract (demo data)"), runGenerate);

} // namespace
