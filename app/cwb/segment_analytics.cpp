// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb segment grid` and `cwb segment cluster`: the value x risk grid and k-means clustering.
// Parses the arguments and prints; the engine (models/segment: valuerisk, riskscore,
// logisticregression, kmeans, clusterprofile) computes.
#include "segment_analytics.h"

#include "cliutil.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "segment/clusterprofile.h"
#include "segment/valuerisk.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace cwb::cli {

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}

std::vector<double> parseNumbers(const QString &option, const QString &text)
{
    std::vector<double> numbers;
    for (const QString &item : splitList(text)) {
        bool ok = false;
        const double v = item.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            throw Error(QStringLiteral("%1: expected numbers separated by commas, got '%2'")
                            .arg(option, item));
        numbers.push_back(v);
    }
    if (numbers.empty())
        throw Error(QStringLiteral("%1: expected numbers separated by commas").arg(option));
    return numbers;
}

int parseInt(const QString &option, const QString &text, int least, int most)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < least || v > most)
        throw Error(QStringLiteral("%1: expected a whole number from %2 to %3, got '%4'")
                        .arg(option)
                        .arg(least)
                        .arg(most)
                        .arg(text));
    return v;
}

quint64 parseSeed(const QString &text)
{
    bool ok = false;
    const quint64 v = text.trimmed().toULongLong(&ok);
    if (!ok)
        throw Error(
            QStringLiteral("--seed: expected a whole number 0 or more, got '%1'").arg(text));
    return v;
}

QDate parseToday(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    return parser.isSet(option) ? parseDate(QStringLiteral("--today"), parser.value(option))
                                : QDate();
}

// "NAME:EXPRESSION OP THRESHOLD:WEIGHT", e.g. "complaints:complaints_3m >= 1:2".
RiskSignal parseSignal(const QString &text)
{
    const qsizetype first = text.indexOf(QLatin1Char(':'));
    const qsizetype last = text.lastIndexOf(QLatin1Char(':'));
    const auto bad = [&](const QString &why) {
        return Error(QStringLiteral("--signal '%1': %2; expected NAME:EXPRESSION OP "
                                    "THRESHOLD:WEIGHT, e.g. \"complaints:complaints_3m >= 1:2\"")
                         .arg(text, why));
    };
    if (first < 0 || last == first)
        throw bad(QStringLiteral("two ':' are needed"));
    static const QRegularExpression condition(
        QStringLiteral(R"(^(.*?)\s*(<=|>=|!=|<|>|=)\s*(-?[0-9]+(?:\.[0-9]+)?)$)"));
    const QRegularExpressionMatch match =
        condition.match(text.mid(first + 1, last - first - 1).trimmed());
    if (!match.hasMatch() || match.captured(1).trimmed().isEmpty())
        throw bad(QStringLiteral("the condition must end with a comparison and a number"));
    RiskSignal signal;
    signal.name = text.left(first).trimmed();
    signal.expression = match.captured(1).trimmed();
    signal.op = match.captured(2);
    signal.threshold = match.captured(3).toDouble();
    bool ok = false;
    signal.weight = text.mid(last + 1).trimmed().toDouble(&ok);
    if (!ok)
        throw bad(QStringLiteral("the weight is not a number"));
    return signal;
}

QString fixed(double v, int decimals)
{
    return QLocale(QLocale::English).toString(v, 'f', decimals);
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QJsonArray numbersJson(const std::vector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

} // namespace

int segmentGrid(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The value x risk grid: value (ARPU, the average of fee columns) in bands, crossed with "
        "churn risk (a weighted score of signals, or a logistic churn model on a label column). "
        "Each cell: customers, revenue share, a suggested strategy, an exact rule where one "
        "exists.\n"
        "  cwb segment grid --workspace pilot.cwb\n"
        "  cwb segment grid --workspace telco.cwb --value-columns monthly_charges "
        "--risk-model logistic --label churn"));
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption valueColumns(
        QStringLiteral("value-columns"),
        QStringLiteral("Fee columns whose average is the value (default total_fee_m1,m2,m3)."),
        QStringLiteral("a,b,c"));
    const QCommandLineOption valueBands(QStringLiteral("value-bands"),
                                        QStringLiteral("2 or 3 value bands at quantiles "
                                                       "(default 2: the median)."),
                                        QStringLiteral("2|3"));
    const QCommandLineOption valueThresholds(QStringLiteral("value-thresholds"),
                                             QStringLiteral("Value band edges instead of "
                                                            "quantiles, ascending."),
                                             QStringLiteral("x,y"));
    const QCommandLineOption riskModel(QStringLiteral("risk-model"),
                                       QStringLiteral("score (weighted signals, default) or "
                                                      "logistic (needs --label)."),
                                       QStringLiteral("score|logistic"));
    const QCommandLineOption riskBands(QStringLiteral("risk-bands"),
                                       QStringLiteral("2 or 3 risk bands (default 2)."),
                                       QStringLiteral("2|3"));
    const QCommandLineOption riskThresholds(
        QStringLiteral("risk-thresholds"),
        QStringLiteral("Risk band edges, ascending (default: score 3, or 2,4 for 3 bands; "
                       "probability 0.5, or 0.3,0.6)."),
        QStringLiteral("x,y"));
    const QCommandLineOption signal(QStringLiteral("signal"),
                                    QStringLiteral("A risk signal instead of the defaults, "
                                                   "repeatable: NAME:EXPRESSION OP "
                                                   "THRESHOLD:WEIGHT."),
                                    QStringLiteral("SIGNAL"));
    const QCommandLineOption label(QStringLiteral("label"),
                                   QStringLiteral("The 0/1 churn label column (logistic)."),
                                   QStringLiteral("COL"));
    const QCommandLineOption features(QStringLiteral("features"),
                                      QStringLiteral("Logistic features: numeric columns "
                                                     "(default: all but the label)."),
                                      QStringLiteral("a,b,..."));
    const QCommandLineOption feature(QStringLiteral("feature"),
                                     QStringLiteral("A further logistic feature, repeatable: a "
                                                    "column or a condition (1/0), e.g. "
                                                    "'contract = \"Month-to-month\"'."),
                                     QStringLiteral("EXPR"));
    const QCommandLineOption testShare(QStringLiteral("test-share"),
                                       QStringLiteral("Held-out share for the AUC (default "
                                                      "0.3)."),
                                       QStringLiteral("0.3"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the held-out split (default 1)."),
                                  QStringLiteral("S"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The date 'today' stands for in signals."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption withIds(QStringLiteral("with-ids"),
                                     QStringLiteral("JSON: list the customer ids of each cell."));
    for (const auto *o : {&workspace, &valueColumns, &valueBands, &valueThresholds, &riskModel,
                          &riskBands, &riskThresholds, &signal, &label, &features, &feature,
                          &testShare, &seed, &today, &json, &withIds})
        parser.addOption(*o);
    return parseAndRun(parser, args, QStringLiteral("segment grid"), [&] {
        const QString path = requireWorkspace(parser);
        ValueRiskOptions options;
        options.valueColumns = splitList(parser.value(valueColumns));
        if (parser.isSet(valueBands) && parser.isSet(valueThresholds))
            throw Error(QStringLiteral("give --value-bands or --value-thresholds, not both"));
        if (parser.isSet(valueBands))
            options.valueBands =
                parseInt(QStringLiteral("--value-bands"), parser.value(valueBands), 2, 3);
        if (parser.isSet(valueThresholds))
            options.valueThresholds =
                parseNumbers(QStringLiteral("--value-thresholds"), parser.value(valueThresholds));
        const QString model = parser.value(riskModel);
        if (model.isEmpty() || model == QLatin1String("score"))
            options.riskModel = RiskModel::Score;
        else if (model == QLatin1String("logistic"))
            options.riskModel = RiskModel::Logistic;
        else
            throw Error(
                QStringLiteral("--risk-model: expected score or logistic, got '%1'").arg(model));
        if (parser.isSet(riskBands))
            options.riskBands =
                parseInt(QStringLiteral("--risk-bands"), parser.value(riskBands), 2, 3);
        if (parser.isSet(riskThresholds))
            options.riskThresholds =
                parseNumbers(QStringLiteral("--risk-thresholds"), parser.value(riskThresholds));
        for (const QString &text : parser.values(signal))
            options.riskSignals << parseSignal(text);
        if (options.riskModel == RiskModel::Score &&
            (parser.isSet(label) || parser.isSet(features) || parser.isSet(feature)))
            throw Error(QStringLiteral("--label and --features belong to --risk-model logistic"));
        if (options.riskModel == RiskModel::Logistic && parser.isSet(signal))
            throw Error(QStringLiteral("--signal belongs to --risk-model score"));
        options.label = parser.value(label).trimmed();
        options.features = splitList(parser.value(features));
        options.features << parser.values(feature);
        if (!options.features.isEmpty() && !parser.isSet(features))
            throw Error(QStringLiteral("--feature adds to --features: give --features too"));
        if (parser.isSet(testShare)) {
            bool ok = false;
            options.testShare = parser.value(testShare).toDouble(&ok);
            if (!ok)
                throw Error(QStringLiteral("--test-share: expected a number between 0 and 1, "
                                           "got '%1'")
                                .arg(parser.value(testShare)));
        }
        if (parser.isSet(seed))
            options.seed = parseSeed(parser.value(seed));
        options.today = parseToday(parser, today);
        options.withIds = parser.isSet(withIds);

        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        const ValueRiskAnalysis analysis = analyseValueRisk(*ws, options);
        const ValueRiskGrid &grid = analysis.grid;

        if (parser.isSet(json)) {
            QJsonObject root;
            root.insert(QStringLiteral("value_columns"),
                        QJsonArray::fromStringList(analysis.valueColumns));
            root.insert(QStringLiteral("value_edges"), numbersJson(grid.valueEdges));
            root.insert(QStringLiteral("risk_model"), analysis.riskModel == RiskModel::Score
                                                          ? QStringLiteral("score")
                                                          : QStringLiteral("logistic"));
            root.insert(QStringLiteral("risk_edges"), numbersJson(grid.riskEdges));
            root.insert(QStringLiteral("customers"), grid.customers);
            root.insert(QStringLiteral("scored"), grid.scored);
            root.insert(QStringLiteral("unscored"), grid.unscored);
            root.insert(QStringLiteral("revenue"), grid.revenue);
            QJsonArray signalsJson;
            for (const RiskSignal &s : analysis.riskSignals)
                signalsJson.append(QJsonObject{{QStringLiteral("name"), s.name},
                                               {QStringLiteral("condition"), s.condition()},
                                               {QStringLiteral("weight"), s.weight}});
            if (analysis.riskModel == RiskModel::Score) {
                root.insert(QStringLiteral("signals"), signalsJson);
                root.insert(QStringLiteral("dropped_signals"),
                            QJsonArray::fromStringList(analysis.droppedSignals));
            }
            if (analysis.logistic) {
                const LogisticReport &r = *analysis.logistic;
                QJsonArray weights;
                for (int j = 0; j < r.model.features.size(); ++j)
                    weights.append(
                        QJsonObject{{QStringLiteral("feature"), r.model.features.at(j)},
                                    {QStringLiteral("weight"), r.model.weights[std::size_t(j)]},
                                    {QStringLiteral("mean"), r.model.means[std::size_t(j)]},
                                    {QStringLiteral("sd"), r.model.sds[std::size_t(j)]}});
                root.insert(QStringLiteral("logistic"),
                            QJsonObject{{QStringLiteral("label"), options.label},
                                        {QStringLiteral("intercept"), r.model.intercept},
                                        {QStringLiteral("weights"), weights},
                                        {QStringLiteral("train_rows"), r.trainRows},
                                        {QStringLiteral("test_rows"), r.testRows},
                                        {QStringLiteral("excluded_rows"), r.excludedRows},
                                        {QStringLiteral("positive_share"), r.positiveShare},
                                        {QStringLiteral("train_auc"), r.trainAuc},
                                        {QStringLiteral("test_auc"), r.testAuc},
                                        {QStringLiteral("iterations"), r.model.iterations},
                                        {QStringLiteral("converged"), r.model.converged},
                                        {QStringLiteral("seed"), QString::number(options.seed)}});
            }
            QJsonArray cells;
            for (const GridCell &cell : grid.cells) {
                QJsonObject c{{QStringLiteral("value_band"), cell.valueBand},
                              {QStringLiteral("risk_band"), cell.riskBand},
                              {QStringLiteral("label"), cell.label},
                              {QStringLiteral("count"), cell.count},
                              {QStringLiteral("count_share"), cell.countShare},
                              {QStringLiteral("revenue"), cell.revenue},
                              {QStringLiteral("revenue_share"), cell.revenueShare},
                              {QStringLiteral("mean_value"), cell.meanValue},
                              {QStringLiteral("mean_risk"), cell.meanRisk},
                              {QStringLiteral("strategy"), cell.strategy}};
                if (!cell.rule.isEmpty())
                    c.insert(QStringLiteral("rule"), cell.rule);
                else
                    c.insert(QStringLiteral("rule_note"), cell.ruleNote);
                if (options.withIds)
                    c.insert(QStringLiteral("customer_ids"),
                             QJsonArray::fromStringList(cell.customerIds));
                cells.append(c);
            }
            root.insert(QStringLiteral("cells"), cells);
            printJson(QJsonDocument(root));
            return 0;
        }

        const QLocale english(QLocale::English);
        QStringList edges;
        for (double e : grid.valueEdges)
            edges << fixed(e, 2);
        printOut(QStringLiteral("Value: average of %1, band edges %2")
                     .arg(analysis.valueColumns.join(QStringLiteral(", ")),
                          edges.join(QStringLiteral(" / "))));
        edges.clear();
        for (double e : grid.riskEdges)
            edges << QString::number(e, 'g', 6);
        if (analysis.riskModel == RiskModel::Score) {
            printOut(QStringLiteral("Risk: score = sum of the weights of the signals that hold "
                                    "(unknown = does not hold), band edges %1")
                         .arg(edges.join(QStringLiteral(" / "))));
            for (const RiskSignal &s : analysis.riskSignals)
                printOut(QStringLiteral("  %1  %2  weight %3")
                             .arg(s.name.leftJustified(22), s.condition().leftJustified(44))
                             .arg(s.weight));
            for (const QString &dropped : analysis.droppedSignals)
                printOut(QStringLiteral("  (left out) %1").arg(dropped));
        } else {
            const LogisticReport &r = *analysis.logistic;
            printOut(QStringLiteral("Risk: churn probability from a logistic regression on %1, "
                                    "band edges %2")
                         .arg(options.label, edges.join(QStringLiteral(" / "))));
            printOut(QStringLiteral("  fitted on %1, held out %2 (seed %3), left out %4 (missing "
                                    "values); churn share %5")
                         .arg(english.toString(r.trainRows), english.toString(r.testRows))
                         .arg(options.seed)
                         .arg(english.toString(r.excludedRows), percent(r.positiveShare)));
            printOut(QStringLiteral("  AUC held out %1, training %2")
                         .arg(fixed(r.testAuc, 4), fixed(r.trainAuc, 4)));
            printOut(QStringLiteral("  weights per standardised feature:"));
            printOut(QStringLiteral("    %1 %2")
                         .arg(QStringLiteral("(intercept)").leftJustified(40),
                              fixed(r.model.intercept, 4)));
            for (int j = 0; j < r.model.features.size(); ++j)
                printOut(QStringLiteral("    %1 %2")
                             .arg(r.model.features.at(j).leftJustified(40),
                                  fixed(r.model.weights[std::size_t(j)], 4)));
        }
        printOut(QStringLiteral("Customers %1, in the grid %2, without a value or risk %3")
                     .arg(english.toString(grid.customers), english.toString(grid.scored),
                          english.toString(grid.unscored)));
        printOut(QString());
        for (int v = grid.valueBands - 1; v >= 0; --v)
            for (int r = grid.riskBands - 1; r >= 0; --r) {
                const GridCell &cell = grid.cell(v, r);
                printOut(QStringLiteral("%1  %2 customers (%3), revenue share %4, mean value "
                                        "%5, mean risk %6")
                             .arg(cell.label, english.toString(cell.count),
                                  percent(cell.countShare), percent(cell.revenueShare),
                                  fixed(cell.meanValue, 2), fixed(cell.meanRisk, 3)));
                printOut(QStringLiteral("  strategy: %1").arg(cell.strategy));
                printOut(cell.rule.isEmpty() ? QStringLiteral("  (%1)").arg(cell.ruleNote)
                                             : QStringLiteral("  rule: %1").arg(cell.rule));
            }
        return 0;
    });
}

int segmentCluster(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "k-means clusters (k-means++ seeding, standardised features, the best of several "
        "starts) with a profile per cluster; --elbow prints inertia and silhouette per k to "
        "choose k.\n"
        "  cwb segment cluster --workspace pilot.cwb --features "
        "total_fee_m1,ld_fee_m1,data_mb_m1 --k 7 --elbow 2..10"));
    const QCommandLineOption workspace = workspaceOption();
    const QCommandLineOption features(QStringLiteral("features"),
                                      QStringLiteral("Numeric columns to cluster on."),
                                      QStringLiteral("a,b,..."));
    const QCommandLineOption feature(QStringLiteral("feature"),
                                     QStringLiteral("A further feature, repeatable: a column or "
                                                    "a condition (1/0)."),
                                     QStringLiteral("EXPR"));
    const QCommandLineOption k(QStringLiteral("k"),
                               QStringLiteral("Number of clusters (default 7)."),
                               QStringLiteral("K"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the k-means++ seeding and the "
                                                 "silhouette sample (default 1)."),
                                  QStringLiteral("S"));
    const QCommandLineOption starts(QStringLiteral("starts"),
                                    QStringLiteral("Independent k-means++ starts; the lowest "
                                                   "inertia is kept (default 10)."),
                                    QStringLiteral("N"));
    const QCommandLineOption elbowRange(QStringLiteral("elbow"),
                                        QStringLiteral("Inertia and silhouette for each k in "
                                                       "the range."),
                                        QStringLiteral("FROM..TO"));
    const QCommandLineOption sample(QStringLiteral("silhouette-sample"),
                                    QStringLiteral("Silhouette on a seeded sample of this many "
                                                   "customers (default 2000; 0 = all, slow)."),
                                    QStringLiteral("N"));
    const QCommandLineOption revenue(QStringLiteral("revenue-columns"),
                                     QStringLiteral("Columns whose average is the revenue "
                                                    "(ARPU) in profiles (default "
                                                    "total_fee_m1,m2,m3)."),
                                     QStringLiteral("a,b,c"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The date 'today' stands for in conditions."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption withIds(QStringLiteral("with-ids"),
                                     QStringLiteral("JSON: list the customer ids of each "
                                                    "cluster."));
    for (const auto *o : {&workspace, &features, &feature, &k, &seed, &starts, &elbowRange, &sample,
                          &revenue, &today, &json, &withIds})
        parser.addOption(*o);
    return parseAndRun(parser, args, QStringLiteral("segment cluster"), [&] {
        const QString path = requireWorkspace(parser);
        ClusterOptions options;
        options.features = splitList(parser.value(features)) + parser.values(feature);
        if (options.features.isEmpty())
            throw Error(QStringLiteral("--features a,b,... is required"));
        if (parser.isSet(k))
            options.k = parseInt(QStringLiteral("--k"), parser.value(k), 2, 100);
        if (parser.isSet(seed))
            options.seed = parseSeed(parser.value(seed));
        if (parser.isSet(starts))
            options.starts = parseInt(QStringLiteral("--starts"), parser.value(starts), 1, 1000);
        if (parser.isSet(elbowRange)) {
            static const QRegularExpression range(
                QStringLiteral(R"(^\s*(\d+)\s*\.\.\s*(\d+)\s*$)"));
            const QRegularExpressionMatch match = range.match(parser.value(elbowRange));
            if (!match.hasMatch())
                throw Error(QStringLiteral("--elbow: expected a range like 2..10, got '%1'")
                                .arg(parser.value(elbowRange)));
            options.elbowFrom = match.captured(1).toInt();
            options.elbowTo = match.captured(2).toInt();
        }
        if (parser.isSet(sample))
            options.silhouetteSample =
                parseInt(QStringLiteral("--silhouette-sample"), parser.value(sample), 0, 1000000);
        options.revenueColumns = splitList(parser.value(revenue));
        options.today = parseToday(parser, today);
        options.withIds = parser.isSet(withIds);

        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        JobControl job;
        const ClusterAnalysis analysis = clusterCustomers(*ws, options, &job);
        const QString silhouetteHow =
            analysis.silhouetteSampled
                ? QStringLiteral("on a seeded sample of %1 customers").arg(analysis.silhouetteRows)
                : QStringLiteral("on all customers");

        if (parser.isSet(json)) {
            QJsonObject root;
            root.insert(QStringLiteral("features"), QJsonArray::fromStringList(analysis.features));
            root.insert(QStringLiteral("k"), options.k);
            root.insert(QStringLiteral("seed"), QString::number(options.seed));
            root.insert(QStringLiteral("customers"), analysis.customers);
            root.insert(QStringLiteral("clustered"), analysis.clustered);
            root.insert(QStringLiteral("excluded"), analysis.excluded);
            root.insert(QStringLiteral("inertia"), analysis.kmeans.inertia);
            root.insert(QStringLiteral("iterations"), analysis.kmeans.iterations);
            root.insert(QStringLiteral("converged"), analysis.kmeans.converged);
            root.insert(QStringLiteral("starts"), analysis.kmeans.starts);
            root.insert(QStringLiteral("starts_at_best"), analysis.kmeans.startsAtBest);
            root.insert(QStringLiteral("best_start"), analysis.kmeans.bestStart + 1);
            root.insert(QStringLiteral("start_inertias"),
                        numbersJson(analysis.kmeans.startInertias));
            root.insert(QStringLiteral("silhouette"), analysis.silhouette);
            root.insert(QStringLiteral("silhouette_rows"), qint64(analysis.silhouetteRows));
            root.insert(QStringLiteral("silhouette_sampled"), analysis.silhouetteSampled);
            root.insert(QStringLiteral("feature_means"), numbersJson(analysis.base.means));
            root.insert(QStringLiteral("feature_sds"), numbersJson(analysis.standardisation.sds));
            if (std::isfinite(analysis.base.arpu))
                root.insert(QStringLiteral("base_arpu"), analysis.base.arpu);
            QJsonArray elbowJson;
            for (const ElbowPoint &p : analysis.elbow)
                elbowJson.append(QJsonObject{{QStringLiteral("k"), p.k},
                                             {QStringLiteral("inertia"), p.inertia},
                                             {QStringLiteral("starts_at_best"), p.startsAtBest},
                                             {QStringLiteral("silhouette"), p.silhouette}});
            if (!analysis.elbow.empty())
                root.insert(QStringLiteral("elbow"), elbowJson);
            QJsonArray clusters;
            for (const ClusterProfile &p : analysis.profiles) {
                QJsonObject c{{QStringLiteral("cluster"), p.cluster + 1},
                              {QStringLiteral("size"), p.size},
                              {QStringLiteral("size_share"), p.sizeShare},
                              {QStringLiteral("revenue_share"), p.revenueShare},
                              {QStringLiteral("means"), numbersJson(p.means)},
                              {QStringLiteral("ratios"), numbersJson(p.ratios)},
                              {QStringLiteral("description"), p.description}};
                if (std::isfinite(p.arpu))
                    c.insert(QStringLiteral("arpu"), p.arpu);
                if (options.withIds)
                    c.insert(QStringLiteral("customer_ids"),
                             QJsonArray::fromStringList(p.customerIds));
                clusters.append(c);
            }
            root.insert(QStringLiteral("clusters"), clusters);
            printJson(QJsonDocument(root));
            return 0;
        }

        const QLocale english(QLocale::English);
        printOut(QStringLiteral("k-means, k = %1, seed %2, best of %3 starts, on standardised %4")
                     .arg(options.k)
                     .arg(options.seed)
                     .arg(analysis.kmeans.starts)
                     .arg(analysis.features.join(QStringLiteral(", "))));
        printOut(QStringLiteral("Customers %1, clustered %2, left out (a feature missing) %3")
                     .arg(english.toString(analysis.customers),
                          english.toString(analysis.clustered),
                          english.toString(analysis.excluded)));
        printOut(
            QStringLiteral("Inertia %1 after %2 iterations%3; silhouette %4 (%5)")
                .arg(fixed(analysis.kmeans.inertia, 1))
                .arg(analysis.kmeans.iterations)
                .arg(analysis.kmeans.converged ? QString() : QStringLiteral(" (not converged)"),
                     fixed(analysis.silhouette, 3), silhouetteHow));
        printOut(QStringLiteral("%1 of %2 starts reached this inertia (start %3 kept)%4")
                     .arg(analysis.kmeans.startsAtBest)
                     .arg(analysis.kmeans.starts)
                     .arg(analysis.kmeans.bestStart + 1)
                     .arg(analysis.kmeans.startsAtBest == 1 && analysis.kmeans.starts > 1
                              ? QStringLiteral(": only one start found it; more starts "
                                               "(--starts) may find a lower one")
                              : QString()));
        if (!analysis.elbow.empty()) {
            printOut(QStringLiteral("\nElbow (same seed and starts; silhouette %1):")
                         .arg(silhouetteHow));
            printOut(QStringLiteral("   k        inertia  at best  silhouette"));
            for (const ElbowPoint &p : analysis.elbow)
                printOut(
                    QStringLiteral("%1 %2 %3 %4")
                        .arg(p.k, 4)
                        .arg(fixed(p.inertia, 1), 14)
                        .arg(
                            QStringLiteral("%1/%2").arg(p.startsAtBest).arg(analysis.kmeans.starts),
                            8)
                        .arg(fixed(p.silhouette, 3), 11));
        }
        printOut(QString());
        for (const ClusterProfile &p : analysis.profiles) {
            QString line =
                QStringLiteral("Cluster %1: %2 customers (%3), revenue share %4")
                    .arg(p.cluster + 1)
                    .arg(english.toString(p.size), percent(p.sizeShare), percent(p.revenueShare));
            if (std::isfinite(p.arpu))
                line += QStringLiteral(", ARPU %1").arg(fixed(p.arpu, 2));
            printOut(line);
            printOut(QStringLiteral("  %1").arg(p.description));
            QStringList means;
            for (std::size_t j = 0; j < p.means.size(); ++j)
                means << QStringLiteral("%1 %2 (base %3)")
                             .arg(analysis.features.at(qsizetype(j)), fixed(p.means[j], 2),
                                  fixed(analysis.base.means[j], 2));
            printOut(QStringLiteral("  means: %1").arg(means.join(QStringLiteral(", "))));
        }
        return 0;
    });
}

} // namespace cwb::cli
