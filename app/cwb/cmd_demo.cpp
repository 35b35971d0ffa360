// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb demo`: builds a demo workspace from the project's own synthetic extract (the same
// generator as `cwb generate`, the same import as `cwb import`).
#include "cliutil.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "demo/extractgenerator.h"
#include "import/importer.h"
#include "workspace/workspace.h"
#include "workspace/workspacelock.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

int runDemo(const QStringList &args)
{
    using namespace cwb;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Build a demo workspace: generate a synthetic customer extract (see "
                       "docs/demo-data.md) into a temporary file and import it. An existing "
                       "workspace's customers are replaced."));
    const QCommandLineOption workspaceOpt({QStringLiteral("w"), QStringLiteral("workspace")},
                                          QStringLiteral("The workspace file (.cwb)."),
                                          QStringLiteral("W.cwb"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"),
                                     QStringLiteral("Number of customers (default 10000)."),
                                     QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QStringLiteral("Random seed (default 20261123)."),
                                     QStringLiteral("S"), QStringLiteral("20261123"));
    parser.addOptions({workspaceOpt, rowsOpt, seedOpt});
    int exitCode = 0;
    if (!cli::parseArgs(parser, args, exitCode))
        return exitCode;

    return cli::guarded(QStringLiteral("demo"), [&] {
        const QString path = parser.value(workspaceOpt);
        if (path.isEmpty())
            throw Error(QStringLiteral("--workspace W.cwb is required"));
        ExtractOptions extract;
        bool ok = false;
        extract.rows = parser.value(rowsOpt).toLongLong(&ok);
        if (!ok || extract.rows < 1)
            throw Error(QStringLiteral("--rows expects a whole number >= 1, got '%1'")
                            .arg(parser.value(rowsOpt)));
        extract.seed = parser.value(seedOpt).toULongLong(&ok);
        if (!ok)
            throw Error(QStringLiteral("--seed expects a whole number >= 0, got '%1'")
                            .arg(parser.value(seedOpt)));

        QTemporaryDir dir;
        if (!dir.isValid())
            throw Error(
                QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString()));
        const QString csv = dir.filePath(QStringLiteral("demo-extract.csv"));
        JobControl job;
        job.intervalMs = 1000;
        job.onProgress = [](const Progress &p) {
            cli::printErr(QStringLiteral("demo: %1 rows, %2 MB, %3 s")
                              .arg(p.items)
                              .arg(double(p.bytesDone) / 1e6, 0, 'f', 1)
                              .arg(p.secondsElapsed, 0, 'f', 1));
        };
        const ExtractDefects defects = writeExtract(csv, extract, &job);

        WorkspaceLock lock(QFileInfo(path).absoluteFilePath());
        lock.lockOrThrow();
        auto workspace = Workspace::openOrCreate(path);
        ImportOptions options; // replace mode, duplicates rejected: the planted defects show up
        const ImportResult result = Importer::run(*workspace, csv, options, &job);

        QJsonObject json{{QStringLiteral("workspace"), QFileInfo(path).absoluteFilePath()},
                         {QStringLiteral("rows"), extract.rows},
                         {QStringLiteral("seed"), QString::number(extract.seed)},
                         {QStringLiteral("plantedInvalidRows"), defects.invalidRows()},
                         {QStringLiteral("customers"), workspace->customerCount()},
                         {QStringLiteral("importId"), result.importId},
                         {QStringLiteral("rowsRead"), result.rowsRead},
                         {QStringLiteral("imported"), result.imported},
                         {QStringLiteral("rejected"), result.rejected},
                         {QStringLiteral("seconds"), result.seconds}};
        cli::printJson(QJsonDocument(json));
        return 0;
    });
}

const cwb::cli::Registrar registrar(QStringLiteral("demo"),
                                    QStringLiteral("build a demo workspace from synthetic data"),
                                    runDemo);

} // namespace
