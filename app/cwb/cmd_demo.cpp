// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb demo`: builds a demo workspace from the project's own synthetic extract (the same
// generator as `cwb generate`, the same import as `cwb import`). With --evaluation it also
// creates the example campaign, splits it, exports its call lists and imports synthetic call
// outcomes and a synthetic follow-up extract, so the Evaluation step has data.
#include "cliutil.h"

#include "campaign/campaign.h"
#include "campaign/campaignplanner.h"
#include "campaign/campaignstore.h"
#include "core/error.h"
#include "core/jobcontrol.h"
#include "demo/extractgenerator.h"
#include "demo/outcomegenerator.h"
#include "evaluate/followup.h"
#include "evaluate/outcomeimporter.h"
#include "export/calllist.h"
#include "import/importer.h"
#include "offer/packagestore.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

// The example campaign and packages of docs/examples, compiled into cwb (demo_examples.qrc).
constexpr const char *kPilotCampaign = ":/examples/pilot-campaign.json";
constexpr const char *kPackages = ":/examples/packages.json";

// The evaluation part of the demo: campaign, split, lists, synthetic outcomes and follow-up.
QJsonObject addEvaluationData(cwb::Workspace &workspace, const QString &dir, quint64 seed,
                              cwb::JobControl *job)
{
    using namespace cwb;
    QElapsedTimer timer;
    timer.start();
    const int packages = PackageStore(workspace).importFile(QString::fromLatin1(kPackages), true);
    QFile file(QString::fromLatin1(kPilotCampaign));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("the example campaign is missing from this build (%1)")
                        .arg(QLatin1String(kPilotCampaign)));
    const campaign::Campaign definition = campaign::campaignFromJson(
        QJsonDocument::fromJson(file.readAll()).object(), QStringLiteral("pilot-campaign.json"));
    campaign::CampaignStore store(workspace);
    if (store.find(definition.name))
        throw Error(QStringLiteral("%1 already has the campaign '%2': build the demo with "
                                   "--evaluation into a new workspace")
                        .arg(workspace.path(), definition.name));
    store.create(definition);
    campaign::CampaignPlanner(workspace).split(definition.name, job);
    auto members = [&](const char *role) {
        return workspace.db()
            .scalar("SELECT count(*) FROM campaign_members m JOIN campaigns c ON c.id = "
                    "m.campaign_id WHERE c.name = ? AND m.role = ?",
                    {definition.name, QString::fromLatin1(role)})
            .toLongLong();
    };
    const qint64 targets = members("target");
    const qint64 controls = members("control") + members("universal_control");

    exporting::CallListOptions lists;
    lists.agents = 4;
    const QString listDir = dir + QStringLiteral("/lists");
    const exporting::ExportResult exported =
        exporting::exportCallLists(workspace, definition.name, lists, exporting::FileFormat::Csv,
                                   exporting::CsvEncoding::Utf8Bom, listDir, job);

    OutcomeGenerationOptions generation;
    generation.campaign = definition.name;
    generation.seed = seed;
    generation.badRows = 0.005; // a few rows the import rejects, so the rejects show
    const QString outcomesPath = dir + QStringLiteral("/outcomes-synthetic.csv");
    const OutcomeGenerationResult generated = writeOutcomes(workspace, outcomesPath, generation);
    OutcomeImportOptions importOptions;
    importOptions.campaign = definition.name;
    const OutcomeImportResult outcomes =
        OutcomeImporter::run(workspace, outcomesPath, importOptions, job);

    const QString followupPath = dir + QStringLiteral("/followup-synthetic.csv");
    const FollowupGenerationResult followupGenerated =
        writeFollowup(workspace, followupPath, generation);
    const FollowupImportResult followup = Followup::import(workspace, followupPath, {}, job);

    return QJsonObject{
        {QStringLiteral("synthetic"), true},
        {QStringLiteral("campaign"), definition.name},
        {QStringLiteral("packages"), packages},
        {QStringLiteral("targets"), targets},
        {QStringLiteral("controls"), controls},
        {QStringLiteral("list_files"), exported.files.size()},
        {QStringLiteral("list_rows"), exported.rows},
        {QStringLiteral("outcome_rows"), generated.rows},
        {QStringLiteral("attempts_added"), outcomes.added},
        {QStringLiteral("attempts_rejected"), outcomes.rejected},
        {QStringLiteral("called"), generated.called},
        {QStringLiteral("connected"), generated.connected},
        {QStringLiteral("intentions"), generated.intentions},
        {QStringLiteral("completed"), generated.completed},
        {QStringLiteral("followup_rows"), followup.imported},
        {QStringLiteral("followup_target_conversions"), followupGenerated.targetConversions},
        {QStringLiteral("followup_control_conversions"), followupGenerated.controlConversions},
        {QStringLiteral("conversion_rule"),
         QStringLiteral("package = \"%1\"").arg(definition.cells.value(0).offer)},
        {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}};
}

int runDemo(const QStringList &args)
{
    using namespace cwb;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Build a demo workspace: generate a synthetic customer extract (see "
                       "docs/demo-data.md) into a temporary file and import it. An existing "
                       "workspace's customers are replaced. With --evaluation, also import the "
                       "example packages, create the example campaign (docs/examples), split "
                       "it, export its call lists and import synthetic call outcomes and a "
                       "synthetic follow-up extract, ready for the Evaluation step."));
    const QCommandLineOption workspaceOpt({QStringLiteral("w"), QStringLiteral("workspace")},
                                          QStringLiteral("The workspace file (.cwb)."),
                                          QStringLiteral("W.cwb"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"),
                                     QStringLiteral("Number of customers (default 10000)."),
                                     QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QStringLiteral("Random seed (default 20261123)."),
                                     QStringLiteral("S"), QStringLiteral("20261123"));
    const QCommandLineOption evaluationOpt(
        QStringLiteral("evaluation"),
        QStringLiteral("Also create, split and export the example campaign and import synthetic "
                       "outcomes and follow-up (needs a workspace without that campaign)."));
    parser.addOptions({workspaceOpt, rowsOpt, seedOpt, evaluationOpt});
    return cli::parseAndRun(parser, args, QStringLiteral("demo"), [&] {
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
        if (parser.isSet(evaluationOpt))
            json.insert(QStringLiteral("evaluation"),
                        addEvaluationData(*workspace, dir.path(), extract.seed, &job));
        cli::printJson(QJsonDocument(json));
        return 0;
    });
}

const cwb::cli::Registrar registrar(QStringLiteral("demo"),
                                    QStringLiteral("build a demo workspace from synthetic data"),
                                    runDemo);

} // namespace
