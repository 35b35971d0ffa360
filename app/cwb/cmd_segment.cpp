// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb segment ...` and `cwb tag ...`: saved segments and the tag library of a workspace.
//   cwb segment count --rule "..."            how many customers a rule selects
//   cwb segment add NAME --rule "..."         save a rule segment (validated)
//   cwb segment list|show NAME|remove NAME    the saved segments (members, stale flag)
//   cwb segment materialise NAME              compute and store the membership
//   cwb segment profile NAME                  size, shares, means vs base, top values
//   cwb segment overlap A B [C...]            A only / B only / both (matrix for more)
//   cwb segment grid|cluster                  value x risk grid, k-means clusters
//                                             (segment_analytics.cpp)
//   cwb tag add|list|remove|export|import     the tag library (JSON: docs/tag-library.md)
// Parses the arguments and prints; the engine (models/segment) does the work.
#include "cliutil.h"
#include "segment_analytics.h"

#include "core/error.h"
#include "segment/ruleengine.h"
#include "segment/segmentprofile.h"
#include "segment/segmentstore.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <cmath>

namespace {

using namespace cwb;

QString number(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 2) + QLatin1Char('%');
}

QJsonValue optionalInt(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// The options every sub-verb shares, and their parsing.
class Verb
{
public:
    Verb(const QString &command, const QString &description, const QString &positional,
         int minPositional, int maxPositional)
        : m_command(command), m_min(minPositional), m_max(maxPositional)
    {
        m_parser.setApplicationDescription(description);
        // positional: "NAME What it is." -> argument NAME described as "What it is."
        if (!positional.isEmpty()) {
            const qsizetype space = positional.indexOf(QLatin1Char(' '));
            m_parser.addPositionalArgument(positional.left(space), positional.mid(space + 1));
        }
        m_parser.addOption(m_workspace);
    }

    QCommandLineOption &add(const QString &name, const QString &help, const QString &valueName = {})
    {
        m_options.push_back(std::make_unique<QCommandLineOption>(name, help, valueName));
        m_parser.addOption(*m_options.back());
        return *m_options.back();
    }
    void addJson() { m_json = &add(QStringLiteral("json"), QStringLiteral("Print JSON.")); }
    void addToday()
    {
        m_today = &add(QStringLiteral("today"),
                       QStringLiteral("The date 'today' stands for in rules (default: the current "
                                      "date)."),
                       QStringLiteral("YYYY-MM-DD"));
    }

    // Parses args and runs body guarded; the exit code of the parse, or of body.
    int run(const QStringList &args, const std::function<int()> &body)
    {
        if (const int code = parse(args); code >= 0)
            return code;
        return cli::guarded(m_command, body);
    }

    QStringList positional() const { return m_parser.positionalArguments(); }
    QString value(const QCommandLineOption &o) const { return m_parser.value(o); }
    bool isSet(const QCommandLineOption &o) const { return m_parser.isSet(o); }
    bool json() const { return m_json && m_parser.isSet(*m_json); }

    QDate today() const
    {
        if (!m_today || !m_parser.isSet(*m_today))
            return {};
        return cli::parseDate(QStringLiteral("--today"), m_parser.value(*m_today));
    }

    // Opens the workspace for reading, or for writing (Workspace takes its lock).
    std::unique_ptr<Workspace> open(bool write)
    {
        const QString path = cli::requireWorkspace(m_parser);
        if (!write)
            return Workspace::open(path, Workspace::Access::ReadOnly);
        if (!QFileInfo::exists(path))
            throw Error(QStringLiteral("%1: no such workspace").arg(path));
        return Workspace::open(path, Workspace::Access::ReadWrite);
    }

private:
    // Parses args; returns -1 to go on, else the exit code to return.
    int parse(const QStringList &args)
    {
        int exitCode = 0;
        if (!cli::parseArgs(m_parser, args, exitCode))
            return exitCode;
        const qsizetype n = m_parser.positionalArguments().size();
        if (n < m_min || n > m_max) {
            cli::printErr(
                QStringLiteral("%1: expected %2, got %3 argument%4")
                    .arg(args.value(0), m_min == m_max ? QString::number(m_min)
                                        : m_max > 1000
                                            ? QStringLiteral("at least %1").arg(m_min)
                                            : QStringLiteral("%1 to %2").arg(m_min).arg(m_max))
                    .arg(n)
                    .arg(n == 1 ? "" : "s"));
            cli::printErr(cli::helpText(m_parser, args));
            return 2;
        }
        return -1;
    }

    QString m_command;
    int m_min;
    int m_max;
    QCommandLineParser m_parser;
    QCommandLineOption m_workspace = cli::workspaceOption();
    std::vector<std::unique_ptr<QCommandLineOption>> m_options;
    QCommandLineOption *m_json = nullptr;
    QCommandLineOption *m_today = nullptr;
};

// --- segment

int countRule(const QStringList &args)
{
    Verb verb(QStringLiteral("segment count"),
              QStringLiteral("Count the customers a segmentation rule selects (tags and segments "
                             "may be used: tag:trader, segment:\"高值高危\"), e.g.\n"
                             "  cwb segment count --rule 'ld_fee_m1 / total_fee_m1 > 0.5' "
                             "--workspace pilot.cwb"),
              {}, 0, 0);
    const QCommandLineOption &rule =
        verb.add(QStringLiteral("rule"), QStringLiteral("The rule."), QStringLiteral("RULE"));
    verb.addJson();
    verb.addToday();
    return verb.run(args, [&] {
        if (!verb.isSet(rule))
            throw Error(QStringLiteral("--rule \"...\" is required"));
        const QDate date = verb.today();
        auto ws = verb.open(false);
        const RuleCount result = RuleEngine::count(*ws, verb.value(rule), date);
        if (verb.json()) {
            QJsonObject root;
            root.insert(QStringLiteral("count"), result.count);
            root.insert(QStringLiteral("base"), result.base);
            root.insert(QStringLiteral("share"), result.share);
            root.insert(QStringLiteral("sql"), result.sql);
            cli::printJson(QJsonDocument(root));
        } else {
            cli::printOut(QStringLiteral("%1 of %2 customers (%3%)")
                              .arg(number(result.count), number(result.base),
                                   QString::number(result.share * 100.0, 'f', 2)));
        }
        return 0;
    });
}

int addSegment(const QStringList &args)
{
    Verb verb(QStringLiteral("segment add"),
              QStringLiteral("Save a rule segment. The rule is checked (syntax, tag and segment "
                             "references, field types) before it is saved, e.g.\n"
                             "  cwb segment add 高值高危 --rule 'arpu_m1 > 150 AND tag:expiring' "
                             "--workspace pilot.cwb"),
              QStringLiteral("NAME The segment's name."), 1, 1);
    const QCommandLineOption &rule =
        verb.add(QStringLiteral("rule"), QStringLiteral("The rule."), QStringLiteral("RULE"));
    const QCommandLineOption &description = verb.add(
        QStringLiteral("description"), QStringLiteral("What it is for."), QStringLiteral("TEXT"));
    const QCommandLineOption &owner = verb.add(
        QStringLiteral("owner"), QStringLiteral("Who maintains it."), QStringLiteral("NAME"));
    const QCommandLineOption &replace = verb.add(
        QStringLiteral("replace"), QStringLiteral("Change the rule of an existing segment."));
    return verb.run(args, [&] {
        if (!verb.isSet(rule))
            throw Error(QStringLiteral("--rule \"...\" is required"));
        auto ws = verb.open(true);
        SegmentStore store(*ws);
        const QString name = verb.positional().at(0);
        if (verb.isSet(replace) && store.segment(name)) {
            store.updateSegmentRule(name, verb.value(rule));
            cli::printOut(QStringLiteral("segment '%1' changed (materialise it again)").arg(name));
        } else {
            store.addSegment(name, verb.value(rule), verb.value(description), verb.value(owner));
            cli::printOut(QStringLiteral("segment '%1' saved").arg(name));
        }
        return 0;
    });
}

QJsonObject segmentJson(const SegmentInfo &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("kind"),
             s.kind == SegmentInfo::Kind::List ? QStringLiteral("list") : QStringLiteral("rule"));
    o.insert(QStringLiteral("rule"), s.rule);
    o.insert(QStringLiteral("description"), s.description);
    o.insert(QStringLiteral("owner"), s.owner);
    o.insert(QStringLiteral("created_at"), s.createdAt);
    o.insert(QStringLiteral("updated_at"), s.updatedAt);
    o.insert(QStringLiteral("members"), optionalInt(s.members));
    o.insert(QStringLiteral("data_version"), optionalInt(s.dataVersion));
    o.insert(QStringLiteral("materialised_at"), s.materialisedAt);
    o.insert(QStringLiteral("stale"), s.stale);
    return o;
}

QString stateOf(const SegmentInfo &s)
{
    if (s.kind == SegmentInfo::Kind::List)
        return QStringLiteral("list");
    if (!s.members)
        return QStringLiteral("not materialised");
    return s.stale ? QStringLiteral("stale") : QStringLiteral("current");
}

int listSegments(const QStringList &args)
{
    Verb verb(QStringLiteral("segment list"),
              QStringLiteral("List the saved segments with their member counts; 'stale' means "
                             "materialised before the last import."),
              {}, 0, 0);
    verb.addJson();
    return verb.run(args, [&] {
        auto ws = verb.open(false);
        const QList<SegmentInfo> list = SegmentStore(*ws).segments();
        if (verb.json()) {
            QJsonArray array;
            for (const SegmentInfo &s : list)
                array.append(segmentJson(s));
            cli::printJson(QJsonDocument(array));
            return 0;
        }
        if (list.isEmpty()) {
            cli::printOut(QStringLiteral("no segments saved"));
            return 0;
        }
        for (const SegmentInfo &s : list)
            cli::printOut(
                QStringLiteral("%1  %2 members  %3  %4")
                    .arg(s.name, -16)
                    .arg(s.members ? number(*s.members) : QStringLiteral("-"), 9)
                    .arg(stateOf(s), -16)
                    .arg(s.kind == SegmentInfo::Kind::List ? QStringLiteral("(ids)") : s.rule));
        return 0;
    });
}

int showSegment(const QStringList &args)
{
    Verb verb(QStringLiteral("segment show"), QStringLiteral("Show one saved segment."),
              QStringLiteral("NAME The segment."), 1, 1);
    verb.addJson();
    return verb.run(args, [&] {
        auto ws = verb.open(false);
        const SegmentInfo s = SegmentStore(*ws).segmentOrThrow(verb.positional().at(0));
        if (verb.json()) {
            cli::printJson(QJsonDocument(segmentJson(s)));
            return 0;
        }
        cli::printOut(QStringLiteral("name:         %1").arg(s.name));
        cli::printOut(
            QStringLiteral("kind:         %1")
                .arg(s.kind == SegmentInfo::Kind::List ? "list of customer ids" : "rule"));
        if (s.kind == SegmentInfo::Kind::Rule)
            cli::printOut(QStringLiteral("rule:         %1").arg(s.rule));
        cli::printOut(QStringLiteral("description:  %1").arg(s.description));
        cli::printOut(QStringLiteral("owner:        %1").arg(s.owner));
        cli::printOut(QStringLiteral("created:      %1").arg(s.createdAt));
        cli::printOut(QStringLiteral("updated:      %1").arg(s.updatedAt));
        cli::printOut(QStringLiteral("members:      %1 (%2)")
                          .arg(s.members ? number(*s.members) : QStringLiteral("-"), stateOf(s)));
        if (!s.materialisedAt.isEmpty())
            cli::printOut(QStringLiteral("materialised: %1 (data version %2)")
                              .arg(s.materialisedAt)
                              .arg(s.dataVersion.value_or(0)));
        return 0;
    });
}

int removeSegment(const QStringList &args)
{
    Verb verb(QStringLiteral("segment remove"),
              QStringLiteral("Remove a saved segment (refused while a tag or segment uses it)."),
              QStringLiteral("NAME The segment."), 1, 1);
    return verb.run(args, [&] {
        auto ws = verb.open(true);
        SegmentStore(*ws).removeSegment(verb.positional().at(0));
        cli::printOut(QStringLiteral("segment '%1' removed").arg(verb.positional().at(0)));
        return 0;
    });
}

int materialise(const QStringList &args)
{
    Verb verb(QStringLiteral("segment materialise"),
              QStringLiteral("Compute a rule segment's members and store them with the current "
                             "data version."),
              QStringLiteral("NAME The segment."), 1, 1);
    verb.addToday();
    return verb.run(args, [&] {
        const QDate date = verb.today();
        auto ws = verb.open(true);
        const MaterialiseResult r = SegmentStore(*ws, date).materialise(verb.positional().at(0));
        cli::printOut(QStringLiteral("%1: %2 members (data version %3, %4 s)")
                          .arg(verb.positional().at(0), number(r.members))
                          .arg(r.dataVersion)
                          .arg(r.seconds, 0, 'f', 2));
        return 0;
    });
}

QString optionalText(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("-");
}

int profile(const QStringList &args)
{
    Verb verb(QStringLiteral("segment profile"),
              QStringLiteral("Profile a segment against the whole base: size, share, revenue "
                             "share, means of numeric columns (index = segment / base) and the "
                             "top values of categorical columns."),
              QStringLiteral("NAME The segment."), 1, 1);
    const QCommandLineOption &fee = verb.add(
        QStringLiteral("fee"),
        QStringLiteral("Fee columns for the revenue share, comma-separated, averaged per customer "
                       "(default: total_fee_m1..m3 present)."),
        QStringLiteral("COLUMNS"));
    const QCommandLineOption &top = verb.add(
        QStringLiteral("top"), QStringLiteral("Values shown per categorical column (default 5)."),
        QStringLiteral("N"));
    verb.addJson();
    verb.addToday();
    return verb.run(args, [&] {
        ProfileOptions options;
        options.today = verb.today();
        if (verb.isSet(fee))
            options.feeColumns = verb.value(fee).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (verb.isSet(top)) {
            bool ok = false;
            options.topValues = verb.value(top).toInt(&ok);
            if (!ok || options.topValues < 1)
                throw Error(QStringLiteral("--top: expected a positive whole number, got '%1'")
                                .arg(verb.value(top)));
        }
        auto ws = verb.open(false);
        const SegmentProfile p = profileSegment(*ws, verb.positional().at(0), options);
        if (verb.json()) {
            cli::printJson(QJsonDocument(profileToJson(p)));
            return 0;
        }
        cli::printOut(
            QStringLiteral("%1: %2 of %3 customers (%4)%5")
                .arg(p.segment, number(p.size), number(p.base), percent(p.share),
                     p.materialised ? QString() : QStringLiteral(", rule evaluated now")));
        if (p.revenueShare)
            cli::printOut(
                QStringLiteral("revenue share: %1 of avg(%2)")
                    .arg(percent(*p.revenueShare), p.feeColumns.join(QStringLiteral(", "))));
        cli::printOut(QString());
        cli::printOut(QStringLiteral("%1 %2 %3 %4")
                          .arg(QStringLiteral("column"), -24)
                          .arg(QStringLiteral("segment"), 12)
                          .arg(QStringLiteral("base"), 12)
                          .arg(QStringLiteral("index"), 8));
        for (const ProfileColumn &c : p.columns) {
            const QString name = c.label.isEmpty() ? c.name : c.label;
            if (c.kind == ProfileColumn::Kind::Numeric) {
                cli::printOut(QStringLiteral("%1 %2 %3 %4")
                                  .arg(name, -24)
                                  .arg(optionalText(c.segmentMean, 2), 12)
                                  .arg(optionalText(c.baseMean, 2), 12)
                                  .arg(optionalText(c.index, 2), 8));
                continue;
            }
            for (const ValueShare &v : c.top)
                cli::printOut(QStringLiteral("%1 %2 %3")
                                  .arg(name + QStringLiteral(" = ") +
                                           (v.missing ? QStringLiteral("(missing)") : v.value),
                                       -24)
                                  .arg(percent(v.segmentShare), 12)
                                  .arg(percent(v.baseShare), 12));
        }
        return 0;
    });
}

QJsonObject overlapJson(const SegmentOverlap &o)
{
    QJsonObject root;
    root.insert(QStringLiteral("a"), o.a);
    root.insert(QStringLiteral("b"), o.b);
    root.insert(QStringLiteral("size_a"), o.sizeA);
    root.insert(QStringLiteral("size_b"), o.sizeB);
    root.insert(QStringLiteral("a_only"), o.aOnly);
    root.insert(QStringLiteral("b_only"), o.bOnly);
    root.insert(QStringLiteral("both"), o.both);
    root.insert(QStringLiteral("neither"), o.neither);
    root.insert(QStringLiteral("base"), o.base);
    root.insert(QStringLiteral("jaccard"), o.jaccard);
    return root;
}

int overlap(const QStringList &args)
{
    Verb verb(QStringLiteral("segment overlap"),
              QStringLiteral("How many customers are in A only, B only and both; with more than "
                             "two segments, the matrix of pairwise intersections."),
              QStringLiteral("SEGMENTS A B [C...]: the segments."), 2, 100000);
    verb.addJson();
    verb.addToday();
    return verb.run(args, [&] {
        const QDate date = verb.today();
        auto ws = verb.open(false);
        const OverlapMatrix m = SegmentStore(*ws, date).overlapMatrix(verb.positional());
        if (m.names.size() == 2) {
            const SegmentOverlap o = m.pair(0, 1);
            if (verb.json()) {
                cli::printJson(QJsonDocument(overlapJson(o)));
                return 0;
            }
            cli::printOut(QStringLiteral("%1 only:  %2").arg(o.a, number(o.aOnly)));
            cli::printOut(QStringLiteral("%1 only:  %2").arg(o.b, number(o.bOnly)));
            cli::printOut(QStringLiteral("both:     %1").arg(number(o.both)));
            cli::printOut(QStringLiteral("neither:  %1 (base %2, Jaccard %3)")
                              .arg(number(o.neither), number(o.base))
                              .arg(o.jaccard, 0, 'f', 3));
            return 0;
        }
        if (verb.json()) {
            QJsonObject root;
            root.insert(QStringLiteral("names"), QJsonArray::fromStringList(m.names));
            QJsonArray rows;
            for (const auto &row : m.both) {
                QJsonArray r;
                for (qint64 v : row)
                    r.append(v);
                rows.append(r);
            }
            root.insert(QStringLiteral("both"), rows);
            root.insert(QStringLiteral("base"), m.base);
            cli::printJson(QJsonDocument(root));
            return 0;
        }
        QString header = QStringLiteral("%1").arg(QString(), -16);
        for (const QString &name : m.names)
            header += QStringLiteral(" %1").arg(name, 12);
        cli::printOut(header);
        for (qsizetype i = 0; i < m.names.size(); ++i) {
            QString line = QStringLiteral("%1").arg(m.names.at(i), -16);
            for (qint64 v : m.both.at(i))
                line += QStringLiteral(" %1").arg(number(v), 12);
            cli::printOut(line);
        }
        cli::printOut(QStringLiteral("(customers in both; the diagonal is each segment's size; "
                                     "base %1)")
                          .arg(number(m.base)));
        return 0;
    });
}

int dispatch(const QStringList &args, const QString &usage,
             const QList<QPair<QString, std::function<int(const QStringList &)>>> &verbs)
{
    const QString name = args.size() > 1 ? args.at(1) : QString();
    for (const auto &verb : verbs)
        if (verb.first == name)
            return verb.second(QStringList{args.at(0) + QLatin1Char(' ') + name} + args.mid(2));
    const bool help = name == QLatin1String("--help") || name == QLatin1String("-h");
    (help ? cli::printOut(usage) : cli::printErr(usage));
    return help ? 0 : 2;
}

int segment(const QStringList &args)
{
    return dispatch(
        args,
        QStringLiteral(
            "usage: cwb segment <verb> ... --workspace W.cwb   (cwb segment <verb> --help)\n"
            "  count --rule \"...\" [--json] [--today YYYY-MM-DD]\n"
            "  add NAME --rule \"...\" [--description TEXT] [--owner NAME] [--replace]\n"
            "  list [--json]\n"
            "  show NAME [--json]\n"
            "  remove NAME\n"
            "  materialise NAME [--today YYYY-MM-DD]\n"
            "  profile NAME [--fee COLUMNS] [--top N] [--json]\n"
            "  overlap A B [C...] [--json]\n"
            "  grid [--value-columns COLUMNS] [--risk-model score|logistic] ... [--json] "
            "[--with-ids]\n"
            "  cluster [--features COLUMNS] [--k K] ... [--json] [--with-ids]\n"
            "The tag library: cwb tag <verb> (cwb tag --help)"),
        {{QStringLiteral("count"), countRule},
         {QStringLiteral("add"), addSegment},
         {QStringLiteral("list"), listSegments},
         {QStringLiteral("show"), showSegment},
         {QStringLiteral("remove"), removeSegment},
         {QStringLiteral("materialise"), materialise},
         {QStringLiteral("materialize"), materialise},
         {QStringLiteral("profile"), profile},
         {QStringLiteral("overlap"), overlap},
         {QStringLiteral("grid"), cli::segmentGrid},
         {QStringLiteral("cluster"), cli::segmentCluster}});
}

// --- tag

int addTag(const QStringList &args)
{
    Verb verb(QStringLiteral("tag add"),
              QStringLiteral("Add a tag to the library (a named rule usable as tag:NAME), e.g.\n"
                             "  cwb tag add trader --rule 'uses_securities AND calls_brokers' "
                             "--workspace pilot.cwb"),
              QStringLiteral("NAME The tag's name."), 1, 1);
    const QCommandLineOption &rule =
        verb.add(QStringLiteral("rule"), QStringLiteral("The rule."), QStringLiteral("RULE"));
    const QCommandLineOption &description = verb.add(
        QStringLiteral("description"), QStringLiteral("What it marks."), QStringLiteral("TEXT"));
    const QCommandLineOption &owner = verb.add(
        QStringLiteral("owner"), QStringLiteral("Who maintains it."), QStringLiteral("NAME"));
    const QCommandLineOption &replace =
        verb.add(QStringLiteral("replace"), QStringLiteral("Replace an existing tag's rule."));
    return verb.run(args, [&] {
        if (!verb.isSet(rule))
            throw Error(QStringLiteral("--rule \"...\" is required"));
        auto ws = verb.open(true);
        TagDefinition tag;
        tag.name = verb.positional().at(0);
        tag.rule = verb.value(rule);
        tag.description = verb.value(description);
        tag.owner = verb.value(owner);
        SegmentStore(*ws).saveTag(tag, verb.isSet(replace));
        cli::printOut(QStringLiteral("tag '%1' saved").arg(tag.name));
        return 0;
    });
}

int listTags(const QStringList &args)
{
    Verb verb(QStringLiteral("tag list"), QStringLiteral("List the tag library."), {}, 0, 0);
    verb.addJson();
    return verb.run(args, [&] {
        auto ws = verb.open(false);
        const QList<TagDefinition> tags = SegmentStore(*ws).tags();
        if (verb.json()) {
            QJsonArray array;
            for (const TagDefinition &t : tags) {
                QJsonObject o;
                o.insert(QStringLiteral("name"), t.name);
                o.insert(QStringLiteral("rule"), t.rule);
                o.insert(QStringLiteral("description"), t.description);
                o.insert(QStringLiteral("owner"), t.owner);
                o.insert(QStringLiteral("created_at"), t.createdAt);
                o.insert(QStringLiteral("updated_at"), t.updatedAt);
                array.append(o);
            }
            cli::printJson(QJsonDocument(array));
            return 0;
        }
        if (tags.isEmpty())
            cli::printOut(QStringLiteral("the tag library is empty"));
        for (const TagDefinition &t : tags)
            cli::printOut(QStringLiteral("%1  %2%3")
                              .arg(t.name, -16)
                              .arg(t.rule)
                              .arg(t.description.isEmpty()
                                       ? QString()
                                       : QStringLiteral("   (%1)").arg(t.description)));
        return 0;
    });
}

int removeTag(const QStringList &args)
{
    Verb verb(QStringLiteral("tag remove"),
              QStringLiteral("Remove a tag (refused while a tag or segment uses it)."),
              QStringLiteral("NAME The tag."), 1, 1);
    return verb.run(args, [&] {
        auto ws = verb.open(true);
        SegmentStore(*ws).removeTag(verb.positional().at(0));
        cli::printOut(QStringLiteral("tag '%1' removed").arg(verb.positional().at(0)));
        return 0;
    });
}

int exportTags(const QStringList &args)
{
    Verb verb(QStringLiteral("tag export"),
              QStringLiteral("Write the tag library (or the named tags) to a JSON file to share "
                             "(format: docs/tag-library.md)."),
              QStringLiteral("FILE The JSON file to write."), 1, 1);
    const QCommandLineOption &names =
        verb.add(QStringLiteral("tags"), QStringLiteral("Only these tags, comma-separated."),
                 QStringLiteral("NAMES"));
    const QCommandLineOption &force =
        verb.add(QStringLiteral("force"), QStringLiteral("Overwrite FILE if it exists."));
    return verb.run(args, [&] {
        const QString path = verb.positional().at(0);
        if (QFileInfo::exists(path) && !verb.isSet(force))
            throw Error(QStringLiteral("%1 already exists (use --force to overwrite)").arg(path));
        auto ws = verb.open(false);
        const QByteArray json = SegmentStore(*ws).exportTags(
            verb.value(names).split(QLatin1Char(','), Qt::SkipEmptyParts));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            throw Error(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
        cli::printOut(QStringLiteral("tag library written to %1").arg(path));
        return 0;
    });
}

int importTags(const QStringList &args)
{
    Verb verb(QStringLiteral("tag import"),
              QStringLiteral("Read a tag library exported by `cwb tag export`. A tag with the "
                             "name of an existing one but a different rule is a conflict: the "
                             "import is refused unless --on-conflict says what to do."),
              QStringLiteral("FILE The JSON file."), 1, 1);
    const QCommandLineOption &onConflict = verb.add(
        QStringLiteral("on-conflict"),
        QStringLiteral("skip (keep ours), replace (take theirs) or rename (import as NAME_2)."),
        QStringLiteral("POLICY"));
    return verb.run(args, [&] {
        TagConflictPolicy policy = TagConflictPolicy::Fail;
        if (verb.isSet(onConflict)) {
            const QString p = verb.value(onConflict);
            if (p == QLatin1String("skip"))
                policy = TagConflictPolicy::Skip;
            else if (p == QLatin1String("replace"))
                policy = TagConflictPolicy::Replace;
            else if (p == QLatin1String("rename"))
                policy = TagConflictPolicy::Rename;
            else
                throw Error(QStringLiteral("--on-conflict: expected skip, replace or rename, got "
                                           "'%1'")
                                .arg(p));
        }
        const QString path = verb.positional().at(0);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
        const QByteArray json = file.readAll();
        auto ws = verb.open(true);
        const TagImportReport r = SegmentStore(*ws).importTags(json, policy);
        const auto line = [](const QString &what, const QStringList &names) {
            if (!names.isEmpty())
                cli::printOut(QStringLiteral("%1 %2: %3")
                                  .arg(what)
                                  .arg(names.size())
                                  .arg(names.join(QStringLiteral(", "))));
        };
        line(QStringLiteral("added"), r.added);
        line(QStringLiteral("replaced"), r.replaced);
        line(QStringLiteral("kept (conflict skipped)"), r.skipped);
        line(QStringLiteral("unchanged"), r.unchanged);
        QStringList renamed;
        for (const auto &pair : r.renamed)
            renamed << QStringLiteral("%1 -> %2").arg(pair.first, pair.second);
        line(QStringLiteral("renamed"), renamed);
        return 0;
    });
}

int tag(const QStringList &args)
{
    return dispatch(
        args,
        QStringLiteral("usage: cwb tag <verb> ... --workspace W.cwb   (cwb tag <verb> --help)\n"
                       "  add NAME --rule \"...\" [--description TEXT] [--owner NAME] [--replace]\n"
                       "  list [--json]\n"
                       "  remove NAME\n"
                       "  export FILE [--tags NAMES] [--force]\n"
                       "  import FILE [--on-conflict skip|replace|rename]"),
        {{QStringLiteral("add"), addTag},
         {QStringLiteral("list"), listTags},
         {QStringLiteral("remove"), removeTag},
         {QStringLiteral("export"), exportTags},
         {QStringLiteral("import"), importTags}});
}

const cli::Registrar segmentRegistrar(QStringLiteral("segment"),
                                      QStringLiteral("saved segments: count, add, list, "
                                                     "show, remove, materialise, profile, "
                                                     "overlap, grid, cluster"),
                                      segment);
const cli::Registrar tagRegistrar(QStringLiteral("tag"),
                                  QStringLiteral("the tag library: add, list, remove, export, "
                                                 "import"),
                                  tag);

} // namespace
