// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb campaign create|list|show|split|remove|copy` and `cwb lists import|count|clear`: campaign
// definitions, the split with its policy waterfall, and the contact lists. Parses the arguments
// and prints; the engine (models/campaign) does the work.
#include "cliutil.h"

#include "campaign/assignment.h"
#include "campaign/campaignplanner.h"
#include "campaign/campaignstore.h"
#include "campaign/contactlists.h"
#include "core/error.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace {

using namespace cwb;
using namespace cwb::campaign;

const QCommandLineOption kWorkspace = cli::workspaceOption();
const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print JSON."));

QString num(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser &parser, bool write)
{
    return Workspace::open(cli::requireWorkspace(parser),
                           write ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly);
}

QString oneName(const QCommandLineParser &parser, const QString &what)
{
    if (parser.positionalArguments().size() != 1)
        throw Error(QStringLiteral("expected one %1").arg(what));
    return parser.positionalArguments().first();
}

QJsonArray balanceJson(const std::vector<BalanceRow> &rows)
{
    QJsonArray balance;
    for (const BalanceRow &row : rows) {
        QJsonObject b;
        b.insert(QStringLiteral("column"), row.column);
        if (!row.level.isEmpty())
            b.insert(QStringLiteral("level"), row.level);
        b.insert(QStringLiteral("target"), row.target);
        b.insert(QStringLiteral("control"), row.control);
        b.insert(QStringLiteral("standardised_difference"),
                 std::isfinite(row.standardisedDifference) ? QJsonValue(row.standardisedDifference)
                                                           : QJsonValue(QJsonValue::Null));
        b.insert(QStringLiteral("unbalanced"), row.unbalanced);
        balance.append(b);
    }
    return balance;
}

QJsonObject planJson(const CampaignPlan &plan)
{
    QJsonObject root;
    root.insert(QStringLiteral("campaign"), plan.campaign.name);
    root.insert(QStringLiteral("seed"), QString::number(plan.campaign.seed));
    root.insert(QStringLiteral("split_algorithm"), QString::fromLatin1(kSplitAlgorithm));
    root.insert(QStringLiteral("contact_day"), plan.contactDay.toString(Qt::ISODate));
    QJsonArray cells;
    for (const CellPlan &cell : plan.cells) {
        QJsonObject c;
        c.insert(QStringLiteral("name"), cell.name);
        c.insert(QStringLiteral("channel"), cell.channel);
        QJsonArray waterfall;
        for (const WaterfallStep &step : cell.waterfall()) {
            QJsonObject s;
            s.insert(QStringLiteral("step"), step.name);
            s.insert(QStringLiteral("customers"), step.customers);
            waterfall.append(s);
        }
        c.insert(QStringLiteral("waterfall"), waterfall);
        c.insert(QStringLiteral("eligible"), cell.eligible);
        c.insert(QStringLiteral("planned_control"), cell.plannedControl);
        c.insert(QStringLiteral("control"), cell.control);
        c.insert(QStringLiteral("universal_control"), cell.universalControl);
        c.insert(QStringLiteral("period_control"), cell.periodControl);
        c.insert(QStringLiteral("targets"), cell.targets);
        c.insert(QStringLiteral("over_capacity"), cell.overCapacity);
        c.insert(QStringLiteral("balance"), balanceJson(cell.balance));
        QJsonArray waves;
        for (size_t w = 0; w < cell.perWave.size(); ++w) {
            QJsonObject wave;
            wave.insert(QStringLiteral("wave"), int(w) + 1);
            wave.insert(QStringLiteral("targets"), cell.perWave[w]);
            wave.insert(QStringLiteral("control"), cell.perWaveControl.at(w));
            wave.insert(QStringLiteral("balance"), balanceJson(cell.waveBalance.at(w)));
            waves.append(wave);
        }
        c.insert(QStringLiteral("waves"), waves);
        cells.append(c);
    }
    root.insert(QStringLiteral("cells"), cells);
    root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings));
    return root;
}

void printPlan(const CampaignPlan &plan)
{
    cli::printOut(QStringLiteral("Campaign %1 (seed %2, split %3), contacts from %4")
                      .arg(plan.campaign.name, QString::number(plan.campaign.seed),
                           QString::fromLatin1(kSplitAlgorithm),
                           plan.contactDay.toString(Qt::ISODate)));
    for (const CellPlan &cell : plan.cells) {
        cli::printOut(QStringLiteral("\ncell %1 (%2)").arg(cell.name, cell.channel));
        const QList<WaterfallStep> steps = cell.waterfall();
        for (int i = 0; i < steps.size(); ++i) {
            const bool removal = i > 0 && !steps.at(i).name.startsWith(QLatin1String("wave_"));
            cli::printOut(QStringLiteral("  %1 %2%3")
                              .arg(steps.at(i).name, -16)
                              .arg(removal ? QStringLiteral("-") : QStringLiteral(" "))
                              .arg(num(steps.at(i).customers)));
        }
        if (cell.universalControl > 0 || cell.periodControl > 0)
            cli::printOut(QStringLiteral("  control of %1 planned: %2 in the universal control "
                                         "group, %3 control in other campaigns of the period")
                              .arg(num(cell.plannedControl), num(cell.universalControl),
                                   num(cell.periodControl)));
        // The balance of the groups as stored: the whole cell, then each wave.
        const auto printBalance = [](const std::vector<BalanceRow> &rows, const QString &where) {
            for (const BalanceRow &row : rows) {
                if (row.targetCount == 0 || row.controlCount == 0) {
                    // No difference to speak of with one group empty (or without values).
                    cli::printOut(
                        QStringLiteral("  balance%1 %2%3: no comparison (%4 targets, "
                                       "%5 control with a value)")
                            .arg(where, row.column,
                                 row.level.isEmpty() ? QString() : QStringLiteral("=") + row.level)
                            .arg(num(row.targetCount), num(row.controlCount)));
                    continue;
                }
                cli::printOut(
                    QStringLiteral("  balance%1 %2%3: target %4, control %5, d = %6%7")
                        .arg(where, row.column,
                             row.level.isEmpty() ? QString() : QStringLiteral("=") + row.level)
                        .arg(row.target, 0, 'f', 3)
                        .arg(row.control, 0, 'f', 3)
                        .arg(row.standardisedDifference, 0, 'f', 3)
                        .arg(row.unbalanced ? QStringLiteral("  (unbalanced)") : QString()));
            }
        };
        printBalance(cell.balance, QString());
        if (cell.perWave.size() > 1) {
            for (size_t w = 0; w < cell.perWave.size(); ++w) {
                cli::printOut(QStringLiteral("  wave %1: %2 targets, %3 control")
                                  .arg(w + 1)
                                  .arg(num(cell.perWave[w]), num(cell.perWaveControl.at(w))));
                printBalance(cell.waveBalance.at(w), QStringLiteral(" (wave %1)").arg(w + 1));
            }
        }
    }
    for (const QString &warning : plan.warnings)
        cli::printOut(QStringLiteral("warning: ") + warning);
}

int create(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Create a campaign from its definition (docs/campaigns.md), e.g.\n"
                       "  cwb campaign create campaign.json --workspace pilot.cwb"));
    parser.addOption(kWorkspace);
    parser.addPositionalArgument(QStringLiteral("FILE.json"), QStringLiteral("The definition."));
    return cli::parseAndRun(parser, args, QStringLiteral("campaign create"), [&] {
        const QString path = oneName(parser, QStringLiteral("definition file (FILE.json)"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("%1: %2").arg(path, file.errorString()));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject())
            throw Error(QStringLiteral("%1: not a JSON object (%2 at byte %3)")
                            .arg(path, error.errorString())
                            .arg(error.offset));
        const Campaign campaign = campaignFromJson(doc.object(), path);
        auto ws = openWorkspace(parser, true);
        CampaignStore(*ws).create(campaign);
        cli::printOut(QStringLiteral("Created campaign %1 (%2 cells, period %3)")
                          .arg(campaign.name)
                          .arg(campaign.cells.size())
                          .arg(campaign.period));
        return 0;
    });
}

int list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the campaigns of a workspace."));
    parser.addOption(kWorkspace);
    parser.addOption(kJson);
    return cli::parseAndRun(parser, args, QStringLiteral("campaign list"), [&] {
        auto ws = openWorkspace(parser, false);
        const QList<CampaignSummary> all = CampaignStore(*ws).list();
        if (parser.isSet(kJson)) {
            QJsonArray out;
            for (const CampaignSummary &s : all) {
                QJsonObject o;
                o.insert(QStringLiteral("name"), s.name);
                o.insert(QStringLiteral("period"), s.period);
                o.insert(QStringLiteral("priority"), s.priority);
                o.insert(QStringLiteral("cells"), s.cells);
                o.insert(QStringLiteral("split_at"), s.splitAt);
                o.insert(QStringLiteral("split_stale"), s.splitStale);
                o.insert(QStringLiteral("targets"), s.targets);
                o.insert(QStringLiteral("controls"), s.controls);
                out.append(o);
            }
            cli::printJson(QJsonDocument(out));
        } else {
            for (const CampaignSummary &s : all)
                cli::printOut(
                    QStringLiteral("%1  period %2  priority %3  %4 cells  %5")
                        .arg(s.name, s.period)
                        .arg(s.priority)
                        .arg(s.cells)
                        .arg(s.splitAt.isEmpty()
                                 ? QStringLiteral("not split")
                                 : QStringLiteral("%1 targets, %2 controls%3")
                                       .arg(num(s.targets), num(s.controls),
                                            s.splitStale ? QStringLiteral(" (stale: split again)")
                                                         : QString())));
        }
        return 0;
    });
}

int show(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show a campaign's definition."));
    parser.addOption(kWorkspace);
    parser.addOption(kJson);
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The campaign."));
    return cli::parseAndRun(parser, args, QStringLiteral("campaign show"), [&] {
        auto ws = openWorkspace(parser, false);
        const Campaign campaign = CampaignStore(*ws).get(oneName(parser, QStringLiteral("name")));
        const QJsonDocument doc(toJson(campaign));
        if (parser.isSet(kJson))
            cli::printJson(doc);
        else
            cli::printOut(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    });
}

int split(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Split a campaign: apply the contact policy, draw the control groups "
                       "from the campaign's seed and spread the targets over the waves."));
    parser.addOption(kWorkspace);
    parser.addOption(kJson);
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Compute and print, store nothing."));
    const QCommandLineOption newWave(
        QStringLiteral("new-wave"),
        QStringLiteral("Keep the stored members and split only the cells' customers not yet in "
                       "the campaign, as a new wave with the last wave's capacity (also for a "
                       "campaign whose lists were exported)."));
    parser.addOptions({dryRun, newWave});
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The campaign."));
    return cli::parseAndRun(parser, args, QStringLiteral("campaign split"), [&] {
        auto ws = openWorkspace(parser, !parser.isSet(dryRun));
        const QString name = oneName(parser, QStringLiteral("campaign name"));
        CampaignPlanner planner(*ws);
        CampaignPlan plan;
        if (parser.isSet(newWave)) {
            plan = planner.planNewWave(name);
            if (!parser.isSet(dryRun))
                planner.commit(plan);
        } else {
            plan = parser.isSet(dryRun) ? planner.plan(CampaignStore(*ws).get(name))
                                        : planner.split(name);
        }
        if (parser.isSet(kJson))
            cli::printJson(QJsonDocument(planJson(plan)));
        else
            printPlan(plan);
        return 0;
    });
}

int remove(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Remove a campaign and its split."));
    parser.addOption(kWorkspace);
    const QCommandLineOption force(
        QStringLiteral("force"),
        QStringLiteral("Also remove a campaign whose lists were exported or whose outcomes were "
                       "recorded (its outcomes go with it; the contact history stays)."));
    parser.addOption(force);
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The campaign."));
    return cli::parseAndRun(parser, args, QStringLiteral("campaign remove"), [&] {
        auto ws = openWorkspace(parser, true);
        CampaignStore(*ws).remove(oneName(parser, QStringLiteral("campaign name")),
                                  parser.isSet(force));
        return 0;
    });
}

int copy(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Save a copy of a campaign's definition under a new name (not its split: "
                       "split the copy to draw its own groups)."));
    parser.addOption(kWorkspace);
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The campaign."));
    parser.addPositionalArgument(QStringLiteral("NEW_NAME"), QStringLiteral("The copy's name."));
    return cli::parseAndRun(parser, args, QStringLiteral("campaign copy"), [&] {
        if (parser.positionalArguments().size() != 2)
            throw Error(QStringLiteral("expected the campaign's name and the copy's name"));
        auto ws = openWorkspace(parser, true);
        const QString from = parser.positionalArguments().at(0);
        const QString to = parser.positionalArguments().at(1);
        CampaignStore(*ws).copy(from, to);
        cli::printOut(QStringLiteral("copied '%1' as '%2'").arg(from, to));
        return 0;
    });
}

int universalControl(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Draw the universal control group of a period: a share of the whole base "
                       "that no campaign of the period contacts."));
    parser.addOption(kWorkspace);
    const QCommandLineOption period(QStringLiteral("period"), QStringLiteral("e.g. 2026-12."),
                                    QStringLiteral("PERIOD"));
    const QCommandLineOption share(QStringLiteral("share"), QStringLiteral("e.g. 0.05."),
                                   QStringLiteral("SHARE"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    parser.addOption(period);
    parser.addOption(share);
    parser.addOption(seed);
    return cli::parseAndRun(parser, args, QStringLiteral("campaign universal-control"), [&] {
        bool shareOk = false, seedOk = false;
        const double s = parser.value(share).toDouble(&shareOk);
        const quint64 n = parser.value(seed).toULongLong(&seedOk);
        if (!shareOk)
            throw Error(QStringLiteral("--share: expected a number such as 0.05"));
        if (!seedOk)
            throw Error(QStringLiteral("--seed: expected a whole number"));
        auto ws = openWorkspace(parser, true);
        const qint64 size = ContactLists(*ws).drawUniversalControl(parser.value(period), s, n);
        cli::printOut(QStringLiteral("Universal control of %1: %2 customers (seed %3)")
                          .arg(parser.value(period), num(size), QString::number(n)));
        return 0;
    });
}

int campaign(const QStringList &args)
{
    const QString verb = args.size() > 1 ? args.at(1) : QString();
    const QStringList rest = QStringList{args.at(0) + QLatin1Char(' ') + verb} + args.mid(2);
    if (verb == QLatin1String("create"))
        return create(rest);
    if (verb == QLatin1String("list"))
        return list(rest);
    if (verb == QLatin1String("show"))
        return show(rest);
    if (verb == QLatin1String("split"))
        return split(rest);
    if (verb == QLatin1String("remove"))
        return remove(rest);
    if (verb == QLatin1String("copy"))
        return copy(rest);
    if (verb == QLatin1String("universal-control"))
        return universalControl(rest);
    cli::printErr(QStringLiteral(
        "usage: cwb campaign create FILE.json | list | show NAME | split NAME [--dry-run] "
        "[--new-wave] | "
        "remove NAME [--force] | copy NAME NEW_NAME | universal-control --period P --share S "
        "[--seed N]   (all with "
        "--workspace W.cwb; list, show and split take --json)"));
    return verb == QLatin1String("--help") || verb == QLatin1String("-h") ? 0 : 2;
}

int lists(const QStringList &args)
{
    const QString verb = args.size() > 1 ? args.at(1) : QString();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Contact lists: blacklist (no marketing), graylist (no contact through "
                       "--channel), do_not_disturb. Entries are customer ids or phone numbers, "
                       "one per line (first column)."));
    parser.addOption(kWorkspace);
    parser.addOption(kJson);
    const QCommandLineOption channel(QStringLiteral("channel"),
                                     QStringLiteral("The channel a graylist bars."),
                                     QStringLiteral("CHANNEL"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why listed."),
                                    QStringLiteral("TEXT"));
    parser.addOption(channel);
    parser.addOption(reason);
    parser.addPositionalArgument(QStringLiteral("KIND"),
                                 QStringLiteral("blacklist, graylist or do_not_disturb."));
    parser.addPositionalArgument(QStringLiteral("[FILE]"), QStringLiteral("For import."));
    if (verb != QLatin1String("import") && verb != QLatin1String("count") &&
        verb != QLatin1String("clear")) {
        cli::printErr(QStringLiteral("usage: cwb lists import KIND FILE [--channel C] | count "
                                     "KIND | clear KIND  --workspace W.cwb"));
        return verb == QLatin1String("--help") || verb == QLatin1String("-h") ? 0 : 2;
    }
    const QStringList verbArgs = QStringList{args.at(0) + QLatin1Char(' ') + verb} + args.mid(2);
    return cli::parseAndRun(parser, verbArgs, QStringLiteral("lists ") + verb, [&] {
        const QStringList positional = parser.positionalArguments();
        if (positional.isEmpty())
            throw Error(QStringLiteral("name the list: blacklist, graylist or do_not_disturb"));
        const ListKind kind = listKindFromName(positional.first());
        auto ws = openWorkspace(parser, verb != QLatin1String("count"));
        ContactLists contactLists(*ws);
        if (verb == QLatin1String("count")) {
            cli::printOut(num(contactLists.count(kind, parser.value(channel))));
            return 0;
        }
        if (verb == QLatin1String("clear")) {
            contactLists.clear(kind, parser.value(channel));
            return 0;
        }
        if (positional.size() != 2)
            throw Error(QStringLiteral("name the file to import"));
        const ListImportResult result = contactLists.importFile(
            kind, parser.value(channel), positional.at(1), parser.value(reason));
        if (parser.isSet(kJson)) {
            QJsonObject o;
            o.insert(QStringLiteral("read"), result.read);
            o.insert(QStringLiteral("added"), result.added);
            o.insert(QStringLiteral("already"), result.already);
            o.insert(QStringLiteral("customer_ids"), result.customerIds);
            o.insert(QStringLiteral("phones"), result.phones);
            o.insert(QStringLiteral("rejected"), result.rejected);
            o.insert(QStringLiteral("rejects"), QJsonArray::fromStringList(result.rejects));
            cli::printJson(QJsonDocument(o));
        } else {
            cli::printOut(QStringLiteral("%1 entries read: %2 added (%3 customer ids, %4 phone "
                                         "numbers), %5 listed already, %6 rejected")
                              .arg(num(result.read), num(result.added), num(result.customerIds),
                                   num(result.phones), num(result.already), num(result.rejected)));
            for (const QString &reject : result.rejects)
                cli::printOut(QStringLiteral("  ") + reject);
        }
        return 0;
    });
}

const cli::Registrar campaignRegistrar(QStringLiteral("campaign"),
                                       QStringLiteral("Campaigns: create, split (control groups, "
                                                      "contact policy, waves), list, show"),
                                       campaign);
const cli::Registrar listsRegistrar(QStringLiteral("lists"),
                                    QStringLiteral("Contact lists: blacklist, graylist, "
                                                   "do-not-disturb"),
                                    lists);

} // namespace
