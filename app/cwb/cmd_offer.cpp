// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb offer ...`: the package catalog (list, add, remove, import, export), tier design from a fee
// measure's distribution, and the best package per customer. Parses and prints; the engine
// (models/offer) does the work.
#include "cliutil.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "offer/customerscope.h"
#include "offer/matching.h"
#include "offer/packagestore.h"
#include "offer/tiers.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace {

using namespace cwb;

const QCommandLineOption kWorkspace = cli::workspaceOption();
const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print JSON."));
const QCommandLineOption kSegment(QStringLiteral("segment"),
                                  QStringLiteral("Only the customers of this saved segment."),
                                  QStringLiteral("NAME"));

// The customers a command covers: --segment NAME or --rule RULE (not both), else everyone.
std::unique_ptr<CustomerScope> scopeOf(const QCommandLineParser &parser,
                                       const QCommandLineOption &rule)
{
    if (parser.isSet(kSegment) && parser.isSet(rule))
        throw Error(QStringLiteral("give --segment NAME or --rule RULE, not both"));
    if (parser.isSet(kSegment))
        return scopeFromSegment(parser.value(kSegment));
    return scopeFromRule(parser.value(rule));
}

QString money(double v)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', 2);
}

QString allowance(double v)
{
    return std::isinf(v) ? QStringLiteral("unlimited") : QString::number(v);
}

double number(const QCommandLineParser &parser, const QCommandLineOption &option, double fallback,
              bool allowUnlimited = false)
{
    if (!parser.isSet(option))
        return fallback;
    const QString text = parser.value(option).trimmed();
    if (allowUnlimited && text.compare(QLatin1String("unlimited"), Qt::CaseInsensitive) == 0)
        return Package::kUnlimited;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok)
        throw Error(QStringLiteral("--%1: expected a number%2, got '%3'")
                        .arg(option.names().constFirst(),
                             allowUnlimited ? QStringLiteral(" or 'unlimited'") : QString(), text));
    return v;
}

int whole(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int v = parser.value(option).trimmed().toInt(&ok);
    if (!ok)
        throw Error(QStringLiteral("--%1: expected a whole number, got '%2'")
                        .arg(option.names().constFirst(), parser.value(option)));
    return v;
}

QDate date(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return {};
    return cli::parseDate(QStringLiteral("--") + option.names().constFirst(), parser.value(option));
}

int list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the packages of the catalog."));
    parser.addOption(kWorkspace);
    parser.addOption(kJson);
    return cli::parseAndRun(parser, args, QStringLiteral("offer list"), [&] {
        auto ws = Workspace::open(cli::requireWorkspace(parser), Workspace::Access::ReadOnly);
        const QList<Package> packages = PackageStore(*ws).list();
        if (parser.isSet(kJson)) {
            QJsonArray array;
            for (const Package &p : packages)
                array.append(packageToJson(p));
            cli::printJson(QJsonDocument(array));
            return 0;
        }
        if (packages.isEmpty())
            cli::printOut(QStringLiteral("(no packages)"));
        for (const Package &p : packages) {
            QString line = QStringLiteral("%1  %2 yuan/month  local %3 min, ld %4 min, data %5 MB")
                               .arg(p.name, money(p.monthlyFee), allowance(p.localMinutes),
                                    allowance(p.ldMinutes), allowance(p.dataMb));
            if (p.isBundle())
                line += QStringLiteral(", broadband %1M").arg(p.broadbandMbps);
            if (p.discount.kind == Discount::Kind::Amount)
                line += QStringLiteral(", %1 yuan off for %2 months")
                            .arg(p.discount.value)
                            .arg(p.discount.months);
            else if (p.discount.kind == Discount::Kind::Percent)
                line += QStringLiteral(", %1% off for %2 months")
                            .arg(p.discount.value)
                            .arg(p.discount.months);
            if (!p.eligibility.isEmpty())
                line += QStringLiteral(", for: %1").arg(p.eligibility);
            cli::printOut(line);
        }
        return 0;
    });
}

int add(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Add a package, e.g.\n  cwb offer add --name 'Family 129' --fee 129 "
                       "--local-minutes 500 --ld-minutes 200 --data-mb 20480 --broadband-mbps 300 "
                       "--discount 20% --discount-months 6 --workspace pilot.cwb\n"
                       "Allowances take a number or 'unlimited'; unset ones are 0."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Package name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption fee(QStringLiteral("fee"), QStringLiteral("Monthly fee (yuan)."),
                                 QStringLiteral("YUAN"));
    const QCommandLineOption local(QStringLiteral("local-minutes"),
                                   QStringLiteral("Included local minutes."), QStringLiteral("N"));
    const QCommandLineOption ld(QStringLiteral("ld-minutes"),
                                QStringLiteral("Included long-distance minutes."),
                                QStringLiteral("N"));
    const QCommandLineOption data(QStringLiteral("data-mb"), QStringLiteral("Included data (MB)."),
                                  QStringLiteral("N"));
    const QCommandLineOption broadband(QStringLiteral("broadband-mbps"),
                                       QStringLiteral("Included broadband speed (a bundle)."),
                                       QStringLiteral("N"));
    const QCommandLineOption localPrice(QStringLiteral("local-price"),
                                        QStringLiteral("Yuan per local minute over (0.15)."),
                                        QStringLiteral("YUAN"));
    const QCommandLineOption ldPrice(QStringLiteral("ld-price"),
                                     QStringLiteral("Yuan per long-distance minute over (0.25)."),
                                     QStringLiteral("YUAN"));
    const QCommandLineOption dataPrice(QStringLiteral("data-price"),
                                       QStringLiteral("Yuan per MB over (0.03)."),
                                       QStringLiteral("YUAN"));
    const QCommandLineOption contract(QStringLiteral("contract-months"),
                                      QStringLiteral("Minimum term in months."),
                                      QStringLiteral("N"));
    const QCommandLineOption discount(QStringLiteral("discount"),
                                      QStringLiteral("Discount: yuan off (20) or percent (20%)."),
                                      QStringLiteral("X"));
    const QCommandLineOption discountMonths(QStringLiteral("discount-months"),
                                            QStringLiteral("How many months the discount lasts."),
                                            QStringLiteral("N"));
    const QCommandLineOption eligibility(QStringLiteral("eligibility"),
                                         QStringLiteral("Rule for the eligible customers."),
                                         QStringLiteral("RULE"));
    const QCommandLineOption channels(QStringLiteral("channels"),
                                      QStringLiteral("Allowed channels, comma separated (call, "
                                                     "sms, direct_mail, door_to_door, store)."),
                                      QStringLiteral("LIST"));
    const QCommandLineOption validFrom(QStringLiteral("valid-from"),
                                       QStringLiteral("First day on offer."),
                                       QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption validTo(QStringLiteral("valid-to"),
                                     QStringLiteral("Last day on offer."),
                                     QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({kWorkspace, name, fee, local, ld, data, broadband, localPrice, ldPrice,
                       dataPrice, contract, discount, discountMonths, eligibility, channels,
                       validFrom, validTo});
    return cli::parseAndRun(parser, args, QStringLiteral("offer add"), [&] {
        const QString path = cli::requireWorkspace(parser);
        if (!parser.isSet(name) || !parser.isSet(fee))
            throw Error(QStringLiteral("--name NAME and --fee YUAN are required"));
        Package p;
        p.name = parser.value(name);
        p.monthlyFee = number(parser, fee, 0);
        p.localMinutes = number(parser, local, 0, true);
        p.ldMinutes = number(parser, ld, 0, true);
        p.dataMb = number(parser, data, 0, true);
        p.broadbandMbps = whole(parser, broadband, 0);
        p.localPerMinute = number(parser, localPrice, p.localPerMinute);
        p.ldPerMinute = number(parser, ldPrice, p.ldPerMinute);
        p.dataPerMb = number(parser, dataPrice, p.dataPerMb);
        p.contractMonths = whole(parser, contract, 0);
        if (parser.isSet(discount)) {
            QString text = parser.value(discount).trimmed();
            p.discount.kind = Discount::Kind::Amount;
            if (text.endsWith(QLatin1Char('%'))) {
                p.discount.kind = Discount::Kind::Percent;
                text.chop(1);
            }
            bool ok = false;
            p.discount.value = text.toDouble(&ok);
            if (!ok)
                throw Error(QStringLiteral("--discount: expected yuan (20) or a percent (20%), "
                                           "got '%1'")
                                .arg(parser.value(discount)));
            p.discount.months = whole(parser, discountMonths, 0);
        } else if (parser.isSet(discountMonths)) {
            throw Error(QStringLiteral("--discount-months needs --discount"));
        }
        p.eligibility = parser.value(eligibility);
        if (parser.isSet(channels))
            for (const QString &c :
                 parser.value(channels).split(QLatin1Char(','), Qt::SkipEmptyParts))
                p.channels << c.trimmed();
        p.validFrom = date(parser, validFrom);
        p.validTo = date(parser, validTo);
        auto ws = Workspace::open(path);
        PackageStore(*ws).add(p);
        cli::printOut(QStringLiteral("added '%1'").arg(p.name));
        return 0;
    });
}

int remove(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Remove a package from the catalog."));
    parser.addOption(kWorkspace);
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The package."));
    return cli::parseAndRun(parser, args, QStringLiteral("offer remove"), [&] {
        const QString path = cli::requireWorkspace(parser);
        if (parser.positionalArguments().size() != 1)
            throw Error(QStringLiteral("expected one package name"));
        auto ws = Workspace::open(path);
        PackageStore(*ws).remove(parser.positionalArguments().constFirst());
        cli::printOut(
            QStringLiteral("removed '%1'").arg(parser.positionalArguments().constFirst()));
        return 0;
    });
}

int importCatalog(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Import a package catalog file (docs/offers.md). All or nothing."));
    parser.addOption(kWorkspace);
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     QStringLiteral("Update packages whose names exist."));
    parser.addOption(replace);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The catalog (.json)."));
    return cli::parseAndRun(parser, args, QStringLiteral("offer import"), [&] {
        const QString path = cli::requireWorkspace(parser);
        if (parser.positionalArguments().size() != 1)
            throw Error(QStringLiteral("expected one catalog file"));
        auto ws = Workspace::open(path);
        const int count = PackageStore(*ws).importFile(parser.positionalArguments().constFirst(),
                                                       parser.isSet(replace));
        cli::printOut(QStringLiteral("imported %1 packages").arg(count));
        return 0;
    });
}

int exportCatalog(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Export the package catalog as JSON."));
    parser.addOption(kWorkspace);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The file to write."));
    return cli::parseAndRun(parser, args, QStringLiteral("offer export"), [&] {
        if (parser.positionalArguments().size() != 1)
            throw Error(QStringLiteral("expected one output file"));
        auto ws = Workspace::open(cli::requireWorkspace(parser), Workspace::Access::ReadOnly);
        PackageStore(*ws).exportFile(parser.positionalArguments().constFirst());
        return 0;
    });
}

QJsonObject bandJson(const Band &b)
{
    return {{QStringLiteral("from"), b.from},
            {QStringLiteral("to"), b.to},
            {QStringLiteral("count"), b.count},
            {QStringLiteral("share"), b.share}};
}

int tiers(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Propose price tiers from a fee measure's distribution, e.g.\n"
                       "  cwb offer tiers --measure local_fee_m1,ld_fee_m1 --tiers 3 "
                       "--coverage 0.8 --workspace pilot.cwb\n"
                       "The measure is the sum of the columns; the tiers split the densest "
                       "stretch holding the coverage share into equal-count bands."));
    const QCommandLineOption measure(QStringLiteral("measure"),
                                     QStringLiteral("Columns summed into the fee measure."),
                                     QStringLiteral("COLS"));
    const QCommandLineOption count(QStringLiteral("tiers"), QStringLiteral("Tiers (3)."),
                                   QStringLiteral("N"));
    const QCommandLineOption coverage(QStringLiteral("coverage"),
                                      QStringLiteral("Share to cover (0.8)."),
                                      QStringLiteral("SHARE"));
    const QCommandLineOption round(QStringLiteral("round"),
                                   QStringLiteral("Round edges to multiples of (10 yuan)."),
                                   QStringLiteral("YUAN"));
    const QCommandLineOption rule(QStringLiteral("rule"),
                                  QStringLiteral("Only the customers this rule selects."),
                                  QStringLiteral("RULE"));
    const QCommandLineOption addDrafts(QStringLiteral("add-drafts"),
                                       QStringLiteral("Add each tier's package draft to the "
                                                      "catalog (names 'Tier N')."));
    parser.addOptions(
        {kWorkspace, kJson, measure, count, coverage, round, rule, kSegment, addDrafts});
    return cli::parseAndRun(parser, args, QStringLiteral("offer tiers"), [&] {
        const QString path = cli::requireWorkspace(parser);
        if (!parser.isSet(measure))
            throw Error(QStringLiteral("--measure COLS is required, e.g. local_fee_m1,ld_fee_m1"));
        QStringList columns;
        for (const QString &c : parser.value(measure).split(QLatin1Char(','), Qt::SkipEmptyParts))
            columns << c.trimmed();
        auto ws = Workspace::open(path, parser.isSet(addDrafts) ? Workspace::Access::ReadWrite
                                                                : Workspace::Access::ReadOnly);
        const auto scope = scopeOf(parser, rule);
        const MeasureSample sample = loadMeasure(*ws, *scope, columns);
        const TierProposal proposal =
            proposeTiers(sample.values, whole(parser, count, 3), number(parser, coverage, 0.8),
                         number(parser, round, 10));
        QList<Package> drafts;
        QStringList warnings;
        for (std::size_t j = 0; j < proposal.bands.size(); ++j)
            if (proposal.bands[j].count > 0) {
                drafts << draftPackage(sample, proposal.bands[j],
                                       QStringLiteral("Tier %1").arg(j + 1));
                warnings << draftWarnings(drafts.last(), proposal.bands[j]);
            }
        if (parser.isSet(addDrafts)) {
            PackageStore store(*ws);
            for (const Package &d : drafts)
                store.add(d);
        }
        if (parser.isSet(kJson)) {
            QJsonArray bands;
            for (const Band &b : proposal.bands)
                bands.append(bandJson(b));
            QJsonArray edges;
            for (const double e : proposal.edges)
                edges.append(e);
            QJsonArray draftArray;
            for (const Package &d : drafts)
                draftArray.append(packageToJson(d));
            const Histogram h = autoHistogram(sample.values);
            QJsonArray counts;
            for (const qint64 c : h.counts)
                counts.append(c);
            QJsonObject root{
                {QStringLiteral("scope"), scope->describe()},
                {QStringLiteral("measure"), QJsonArray::fromStringList(columns)},
                {QStringLiteral("customers"), sample.size()},
                {QStringLiteral("missing"), sample.missing},
                {QStringLiteral("edges"), edges},
                {QStringLiteral("bands"), bands},
                {QStringLiteral("coverage"), proposal.coverage},
                {QStringLiteral("drafts"), draftArray},
                {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                {QStringLiteral("histogram"), QJsonObject{{QStringLiteral("from"), h.from},
                                                          {QStringLiteral("width"), h.width},
                                                          {QStringLiteral("counts"), counts},
                                                          {QStringLiteral("below"), h.below},
                                                          {QStringLiteral("above"), h.above}}}};
            cli::printJson(QJsonDocument(root));
            return 0;
        }
        const QLocale english(QLocale::English);
        cli::printOut(QStringLiteral("%1 customers with a value of %2 (%3 without)")
                          .arg(english.toString(qint64(sample.size())),
                               columns.join(QStringLiteral(" + ")),
                               english.toString(sample.missing)));
        for (std::size_t j = 0; j < proposal.bands.size(); ++j) {
            const Band &b = proposal.bands[j];
            cli::printOut(QStringLiteral("tier %1: %2 <= fee < %3  %4 customers (%5%)")
                              .arg(j + 1)
                              .arg(b.from)
                              .arg(b.to)
                              .arg(english.toString(b.count))
                              .arg(b.share * 100, 0, 'f', 1));
        }
        cli::printOut(QStringLiteral("coverage %1%").arg(proposal.coverage * 100, 0, 'f', 1));
        for (const Package &d : drafts)
            cli::printOut(
                QStringLiteral("draft '%1': %2 yuan, local %3 min, ld %4 min, data %5 MB%6")
                    .arg(d.name, money(d.monthlyFee), allowance(d.localMinutes),
                         allowance(d.ldMinutes), allowance(d.dataMb),
                         parser.isSet(addDrafts) ? QStringLiteral(" (added)") : QString()));
        for (const QString &warning : warnings)
            cli::printOut(QStringLiteral("warning: ") + warning);
        return 0;
    });
}

int match(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Recommend a package per customer from their last three months, e.g.\n"
                       "  cwb offer match --by value:10 --rule 'total_fee_m1 >= 90' "
                       "--out match.csv --workspace pilot.cwb"));
    const QCommandLineOption rule(QStringLiteral("rule"),
                                  QStringLiteral("Only the customers this rule selects."),
                                  QStringLiteral("RULE"));
    const QCommandLineOption by(QStringLiteral("by"),
                                QStringLiteral("cheapest (default), value:X or upsell."),
                                QStringLiteral("RULE"));
    const QCommandLineOption on(QStringLiteral("date"),
                                QStringLiteral("Packages valid on this date (default today)."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Write the per-customer result as CSV."),
                                 QStringLiteral("FILE.csv"));
    parser.addOptions({kWorkspace, kJson, rule, kSegment, by, on, out});
    return cli::parseAndRun(parser, args, QStringLiteral("offer match"), [&] {
        auto ws = Workspace::open(cli::requireWorkspace(parser), Workspace::Access::ReadOnly);
        MatchOptions options;
        options.rule =
            parseMatchRule(parser.isSet(by) ? parser.value(by) : QStringLiteral("cheapest"));
        options.date = date(parser, on);
        const auto scope = scopeOf(parser, rule);
        QElapsedTimer timer;
        timer.start();
        const MatchResult result = matchPackages(*ws, *scope, PackageStore(*ws).list(), options);
        const double seconds = double(timer.elapsed()) / 1000.0;
        if (parser.isSet(out))
            writeMatchCsv(result, parser.value(out));
        if (parser.isSet(kJson)) {
            QJsonArray packages;
            for (const PackageSummary &s : result.summary)
                packages.append(QJsonObject{
                    {QStringLiteral("package"), s.package.isEmpty() ? QJsonValue() : s.package},
                    {QStringLiteral("customers"), s.customers},
                    {QStringLiteral("today_total"), s.todayTotal},
                    {QStringLiteral("bill_total"), s.billTotal},
                    {QStringLiteral("regular_total"), s.regularTotal},
                    {QStringLiteral("revenue_effect"), s.revenueEffect()}});
            QJsonObject reasons;
            for (int r = 1; r < int(result.noMatchCounts.size()); ++r)
                reasons.insert(noMatchText(NoMatch(r)), result.noMatchCounts[std::size_t(r)]);
            cli::printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("scope"), scope->describe()},
                                          {QStringLiteral("by"), matchRuleText(options.rule)},
                                          {QStringLiteral("customers"), result.size()},
                                          {QStringLiteral("packages"), packages},
                                          {QStringLiteral("no_recommendation"), reasons},
                                          {QStringLiteral("missing_columns"),
                                           QJsonArray::fromStringList(result.table.missingColumns)},
                                          {QStringLiteral("seconds"), seconds}}));
            return 0;
        }
        const QLocale english(QLocale::English);
        cli::printOut(QStringLiteral("%1 customers (%2), by %3, %4 s")
                          .arg(english.toString(qint64(result.size())), scope->describe(),
                               matchRuleText(options.rule))
                          .arg(seconds, 0, 'f', 2));
        for (const PackageSummary &s : result.summary)
            cli::printOut(QStringLiteral("  %1  %2 customers, revenue effect %3 yuan/month")
                              .arg(s.package.isEmpty() ? QStringLiteral("(none)") : s.package,
                                   english.toString(s.customers), money(s.revenueEffect())));
        for (int r = 1; r < int(result.noMatchCounts.size()); ++r)
            if (result.noMatchCounts[std::size_t(r)] > 0)
                cli::printOut(QStringLiteral("  no recommendation, %1: %2")
                                  .arg(noMatchText(NoMatch(r)),
                                       english.toString(result.noMatchCounts[std::size_t(r)])));
        if (!result.table.missingColumns.isEmpty())
            cli::printErr(QStringLiteral("note: columns missing, read as 0: %1")
                              .arg(result.table.missingColumns.join(QStringLiteral(", "))));
        return 0;
    });
}

int offer(const QStringList &args)
{
    const QString verb = args.size() > 1 ? args.at(1) : QString();
    const QStringList rest = args.mid(2);
    auto sub = [&](const QString &name) {
        return QStringList{args.at(0) + QLatin1Char(' ') + name} + rest;
    };
    if (verb == QLatin1String("list"))
        return list(sub(verb));
    if (verb == QLatin1String("add"))
        return add(sub(verb));
    if (verb == QLatin1String("remove"))
        return remove(sub(verb));
    if (verb == QLatin1String("import"))
        return importCatalog(sub(verb));
    if (verb == QLatin1String("export"))
        return exportCatalog(sub(verb));
    if (verb == QLatin1String("tiers"))
        return tiers(sub(verb));
    if (verb == QLatin1String("match"))
        return match(sub(verb));
    cli::printErr(QStringLiteral(
        "usage: cwb offer list|add|remove NAME|import FILE|export FILE|tiers|match "
        "--workspace W.cwb [options]\n"
        "  cwb offer tiers --measure COLS [--tiers 3] [--coverage 0.8] [--rule ...] [--json]\n"
        "  cwb offer match [--rule \"...\"] [--by cheapest|value:X|upsell] [--json] "
        "[--out FILE.csv]\n"
        "  cwb offer <verb> --help for the options"));
    return verb == QLatin1String("--help") || verb == QLatin1String("-h") ? 0 : 2;
}

const cli::Registrar registrar(QStringLiteral("offer"),
                               QStringLiteral("Offers: package catalog, price tiers, best package "
                                              "per customer"),
                               offer);

} // namespace
