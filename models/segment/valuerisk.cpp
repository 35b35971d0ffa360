// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/valuerisk.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "segment/customerframe.h"
#include "segment/rulecompiler.h"
#include "segment/ruleparser.h"
#include "workspace/workspace.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cwb {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

QString number(double v)
{
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

} // namespace

double quantileSorted(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        throw Error(QStringLiteral("a quantile needs at least one value"));
    if (!(p >= 0 && p <= 1))
        throw Error(QStringLiteral("a quantile's level must be between 0 and 1, got %1").arg(p));
    const double h = double(sorted.size() - 1) * p;
    const auto low = std::size_t(std::floor(h));
    if (low + 1 >= sorted.size())
        return sorted.back();
    return sorted[low] + (h - double(low)) * (sorted[low + 1] - sorted[low]);
}

std::vector<double> quantileEdges(const std::vector<double> &values, int bands)
{
    if (bands < 2)
        throw Error(QStringLiteral("at least 2 bands are needed, got %1").arg(bands));
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (double v : values)
        if (!std::isnan(v))
            sorted.push_back(v);
    if (sorted.empty())
        throw Error(QStringLiteral("no customer has a value to band"));
    std::sort(sorted.begin(), sorted.end());
    std::vector<double> edges;
    for (int b = 1; b < bands; ++b)
        edges.push_back(quantileSorted(sorted, double(b) / double(bands)));
    return edges;
}

int bandOf(double v, const std::vector<double> &edges)
{
    if (std::isnan(v))
        return -1;
    return int(std::upper_bound(edges.begin(), edges.end(), v) - edges.begin());
}

std::vector<double> averagePresent(const std::vector<std::vector<double>> &columns)
{
    const std::size_t rows = columns.empty() ? 0 : columns.front().size();
    std::vector<double> average(rows, kNaN);
    for (std::size_t r = 0; r < rows; ++r) {
        double sum = 0;
        int present = 0;
        for (const auto &column : columns)
            if (!std::isnan(column[r])) {
                sum += column[r];
                ++present;
            }
        if (present)
            average[r] = sum / double(present);
    }
    return average;
}

QString bandLevel(int band, int bands)
{
    if (bands == 2)
        return band == 0 ? QStringLiteral("low") : QStringLiteral("high");
    if (bands == 3) {
        static const char *names[] = {"low", "mid", "high"};
        return QString::fromLatin1(names[band]);
    }
    return QStringLiteral("band %1").arg(band + 1);
}

QString cellStrategy(int valueBand, int valueBands, int riskBand, int riskBands)
{
    const QString value = bandLevel(valueBand, valueBands);
    const QString risk = bandLevel(riskBand, riskBands);
    const auto is = [](const QString &level, const char *name) {
        return level == QLatin1String(name);
    };
    if (is(value, "high")) {
        if (is(risk, "high"))
            return QStringLiteral("Retain first: outbound call with a retention bundle or an "
                                  "early contract renewal; door-to-door for the top customers");
        if (is(risk, "mid"))
            return QStringLiteral("Watch and retain: care call, loyalty benefit, renewal offer "
                                  "before the contract ends");
        return QStringLiteral("Keep and grow: loyalty care, upsell value-added services; no "
                              "discount needed");
    }
    if (is(value, "mid")) {
        if (is(risk, "high"))
            return QStringLiteral("Retain at moderate cost: bundle to raise stickiness (add "
                                  "broadband or a family plan), renewal offer");
        if (is(risk, "mid"))
            return QStringLiteral("Stabilise: bundles and value-added services");
        return QStringLiteral("Upsell: a higher tariff tier or another product");
    }
    if (is(value, "low")) {
        if (is(risk, "high"))
            return QStringLiteral("Low-cost retention only: SMS or front-desk offers; no agent "
                                  "time or deep discounts");
        if (is(risk, "mid"))
            return QStringLiteral("Low-cost contact: SMS offers and self-service");
        return QStringLiteral("Develop cheaply: SMS or front-desk upsell to a higher tier or a "
                              "bundle");
    }
    return QStringLiteral("Profile the cell before choosing an offer");
}

ValueRiskGrid buildGrid(const QStringList &ids, const std::vector<double> &value,
                        const std::vector<double> &risk, const std::vector<double> &valueEdges,
                        const std::vector<double> &riskEdges)
{
    if ((!ids.isEmpty() && std::size_t(ids.size()) != value.size()) || value.size() != risk.size())
        throw Error(QStringLiteral("value x risk grid: %1 ids, %2 values, %3 risks")
                        .arg(ids.size())
                        .arg(value.size())
                        .arg(risk.size()));
    if (!std::is_sorted(valueEdges.begin(), valueEdges.end()) ||
        !std::is_sorted(riskEdges.begin(), riskEdges.end()))
        throw Error(QStringLiteral("band edges must be in ascending order"));
    ValueRiskGrid grid;
    grid.valueBands = int(valueEdges.size()) + 1;
    grid.riskBands = int(riskEdges.size()) + 1;
    grid.valueEdges = valueEdges;
    grid.riskEdges = riskEdges;
    grid.customers = qint64(value.size());
    grid.cells.resize(std::size_t(grid.valueBands * grid.riskBands));
    for (int v = 0; v < grid.valueBands; ++v)
        for (int r = 0; r < grid.riskBands; ++r) {
            GridCell &cell = grid.cells[std::size_t(v * grid.riskBands + r)];
            cell.valueBand = v;
            cell.riskBand = r;
            cell.label = QStringLiteral("%1 value / %2 risk")
                             .arg(bandLevel(v, grid.valueBands), bandLevel(r, grid.riskBands));
            cell.strategy = cellStrategy(v, grid.valueBands, r, grid.riskBands);
        }
    std::vector<double> riskSum(grid.cells.size(), 0.0);
    for (std::size_t i = 0; i < value.size(); ++i) {
        const int v = bandOf(value[i], valueEdges);
        const int r = bandOf(risk[i], riskEdges);
        if (v < 0 || r < 0) {
            ++grid.unscored;
            continue;
        }
        const std::size_t c = std::size_t(v * grid.riskBands + r);
        GridCell &cell = grid.cells[c];
        ++cell.count;
        cell.revenue += value[i];
        riskSum[c] += risk[i];
        if (!ids.isEmpty())
            cell.customerIds << ids.at(qsizetype(i));
        ++grid.scored;
        grid.revenue += value[i];
    }
    for (std::size_t c = 0; c < grid.cells.size(); ++c) {
        GridCell &cell = grid.cells[c];
        cell.countShare = grid.scored ? double(cell.count) / double(grid.scored) : 0.0;
        cell.revenueShare = grid.revenue != 0 ? cell.revenue / grid.revenue : 0.0;
        cell.meanValue = cell.count ? cell.revenue / double(cell.count) : 0.0;
        cell.meanRisk = cell.count ? riskSum[c] / double(cell.count) : 0.0;
    }
    return grid;
}

namespace {

// The column's name for a name or label (case-insensitive), or an empty string.
QString columnName(const QList<RuleField> &fields, const QString &name)
{
    for (const RuleField &f : fields)
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return f.name;
    for (const RuleField &f : fields)
        if (!f.label.isEmpty() && f.label.compare(name, Qt::CaseInsensitive) == 0)
            return f.name;
    return {};
}

bool hasColumn(const QList<RuleField> &fields, const QString &name)
{
    return !columnName(fields, name).isEmpty();
}

std::vector<double> riskEdgesFor(const ValueRiskOptions &options)
{
    if (!options.riskThresholds.empty())
        return options.riskThresholds;
    const bool score = options.riskModel == RiskModel::Score;
    if (options.riskBands == 2)
        return score ? std::vector<double>{3} : std::vector<double>{0.5};
    if (options.riskBands == 3)
        return score ? std::vector<double>{2, 4} : std::vector<double>{0.3, 0.6};
    throw Error(QStringLiteral("risk bands: expected 2 or 3, got %1").arg(options.riskBands));
}

void checkEdges(const std::vector<double> &edges, const QString &what)
{
    if (edges.empty() || edges.size() > 2)
        throw Error(QStringLiteral("%1: expected 1 or 2 thresholds (2 or 3 bands), got %2")
                        .arg(what)
                        .arg(edges.size()));
    for (std::size_t i = 0; i < edges.size(); ++i) {
        if (!std::isfinite(edges[i]))
            throw Error(QStringLiteral("%1: thresholds must be finite numbers").arg(what));
        if (i > 0 && !(edges[i] > edges[i - 1]))
            throw Error(QStringLiteral("%1: thresholds must increase, got %2 then %3")
                            .arg(what, number(edges[i - 1]), number(edges[i])));
    }
}

// The rule for value band b: avg(columns) >= low AND avg(columns) < high.
QString valueBandRule(const QStringList &columns, const std::vector<double> &edges, int band)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << c;
    const QString value = quoted.size() == 1
                              ? quoted.front()
                              : QStringLiteral("avg(%1)").arg(quoted.join(QStringLiteral(", ")));
    QStringList parts;
    if (band > 0)
        parts << QStringLiteral("%1 >= %2").arg(value, number(edges[std::size_t(band - 1)]));
    if (band < int(edges.size()))
        parts << QStringLiteral("%1 < %2").arg(value, number(edges[std::size_t(band)]));
    return parts.join(QStringLiteral(" AND "));
}

} // namespace

ValueRiskAnalysis analyseValueRisk(Workspace &workspace, const ValueRiskOptions &options,
                                   JobControl *job)
{
    if (!workspace.db().tableExists(QStringLiteral("customers")))
        throw Error(QStringLiteral("%1 has no customers yet: import an extract first")
                        .arg(workspace.path()));
    const QList<RuleField> fields = RuleCompiler::loadFields(workspace.db());
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    ValueRiskAnalysis analysis;
    analysis.riskModel = options.riskModel;

    // Value columns: numeric columns only (a condition is no fee).
    QStringList valueColumns = options.valueColumns;
    if (valueColumns.isEmpty()) {
        for (const char *name : {"total_fee_m1", "total_fee_m2", "total_fee_m3"})
            if (hasColumn(fields, QString::fromLatin1(name)))
                valueColumns << QString::fromLatin1(name);
        if (valueColumns.isEmpty())
            throw Error(QStringLiteral("the workspace has no total_fee_m1..m3: name the fee "
                                       "columns that make the value (ARPU), one of: %1")
                            .arg(numericCustomerColumns(workspace).join(QStringLiteral(", "))));
    }
    // By their column names (a label may need quoting in a rule; a name never does).
    for (QString &column : valueColumns) {
        const QString name = columnName(fields, column.trimmed());
        if (name.isEmpty())
            throw Error(
                QStringLiteral("value column '%1' is not a column of the workspace; "
                               "numeric columns: %2")
                    .arg(column, numericCustomerColumns(workspace).join(QStringLiteral(", "))));
        column = name;
    }
    analysis.valueColumns = valueColumns;
    if (options.valueThresholds.empty() && options.valueBands != 2 && options.valueBands != 3)
        throw Error(QStringLiteral("value bands: expected 2 or 3, got %1").arg(options.valueBands));
    if (!options.valueThresholds.empty())
        checkEdges(options.valueThresholds, QStringLiteral("value thresholds"));
    const std::vector<double> riskEdges = riskEdgesFor(options);
    checkEdges(riskEdges, QStringLiteral("risk thresholds"));

    // Risk inputs.
    QStringList items = valueColumns;
    const qsizetype riskFrom = items.size();
    if (options.riskModel == RiskModel::Score) {
        QList<RiskSignal> riskSignals = options.riskSignals;
        const RuleCompiler compiler(fields, today);
        if (riskSignals.isEmpty()) {
            for (const RiskSignal &s : defaultRiskSignals()) {
                try {
                    compiler.compile(s.condition());
                    riskSignals << s;
                } catch (const Error &error) {
                    analysis.droppedSignals
                        << QStringLiteral("%1: %2").arg(s.name, error.message());
                }
            }
            if (riskSignals.isEmpty())
                throw Error(QStringLiteral("none of the default risk riskSignals fits this "
                                           "workspace's columns; define riskSignals or use the "
                                           "logistic model with a churn label (%1)")
                                .arg(analysis.droppedSignals.join(QStringLiteral("; "))));
        }
        validateSignals(riskSignals);
        for (const RiskSignal &s : riskSignals)
            items << s.condition();
        analysis.riskSignals = riskSignals;
    } else {
        if (options.label.isEmpty())
            throw Error(QStringLiteral("the logistic risk model needs the churn label column "
                                       "(0/1, e.g. churn)"));
        if (!hasColumn(fields, options.label))
            throw Error(QStringLiteral("label column '%1' is not a column of the workspace")
                            .arg(options.label));
        QStringList features = options.features;
        if (features.isEmpty())
            for (const QString &name : numericCustomerColumns(workspace))
                if (name.compare(options.label, Qt::CaseInsensitive) != 0)
                    features << name;
        if (features.isEmpty())
            throw Error(QStringLiteral("the logistic model needs at least one feature"));
        items << options.label << features;
    }

    const CustomerFrame frame = loadCustomerFrame(workspace, items, today, job);
    std::vector<std::vector<double>> valueCols(frame.columns.begin(),
                                               frame.columns.begin() + riskFrom);
    const std::vector<double> value = averagePresent(valueCols);
    std::vector<double> risk;
    if (options.riskModel == RiskModel::Score) {
        std::vector<std::vector<double>> holds(frame.columns.begin() + riskFrom,
                                               frame.columns.end());
        std::vector<double> weights;
        for (const RiskSignal &s : analysis.riskSignals)
            weights.push_back(s.weight);
        risk = riskScores(holds, weights);
    } else {
        const std::vector<double> &label = frame.column(riskFrom);
        std::vector<std::vector<double>> features(frame.columns.begin() + riskFrom + 1,
                                                  frame.columns.end());
        const QStringList names = frame.names.mid(riskFrom + 1);
        // Complete rows: every feature present (scored); with a label too (fitted).
        std::vector<qsizetype> complete, labelled;
        for (qsizetype r = 0; r < frame.rows(); ++r) {
            bool ok = true;
            for (const auto &f : features)
                ok = ok && !std::isnan(f[std::size_t(r)]);
            if (!ok)
                continue;
            complete.push_back(r);
            const double y = label[std::size_t(r)];
            if (std::isnan(y))
                continue;
            if (y != 0.0 && y != 1.0)
                throw Error(QStringLiteral("label column '%1' must hold 0/1 (yes/no), customer "
                                           "%2 has %3")
                                .arg(options.label, frame.ids.at(r), number(y)));
            labelled.push_back(r);
        }
        const TrainTestSplit split =
            splitRows(qsizetype(labelled.size()), options.testShare, options.seed);
        std::vector<qsizetype> train, test;
        for (qsizetype i : split.train)
            train.push_back(labelled[std::size_t(i)]);
        for (qsizetype i : split.test)
            test.push_back(labelled[std::size_t(i)]);
        LogisticReport report;
        report.model = fitLogistic(features, label, names, train, options.logistic, job);
        report.trainRows = qint64(train.size());
        report.testRows = qint64(test.size());
        report.excludedRows = frame.rows() - qint64(labelled.size());
        double positives = 0;
        for (qsizetype r : labelled)
            positives += label[std::size_t(r)];
        report.positiveShare = labelled.empty() ? 0 : positives / double(labelled.size());
        risk.assign(std::size_t(frame.rows()), kNaN);
        std::vector<double> x(features.size());
        for (qsizetype r : complete) {
            for (std::size_t j = 0; j < features.size(); ++j)
                x[j] = features[j][std::size_t(r)];
            risk[std::size_t(r)] = report.model.probability(x);
        }
        const auto aucOn = [&](const std::vector<qsizetype> &rows) {
            std::vector<double> scores, labels;
            for (qsizetype r : rows) {
                scores.push_back(risk[std::size_t(r)]);
                labels.push_back(label[std::size_t(r)]);
            }
            return rocAuc(scores, labels);
        };
        report.trainAuc = aucOn(train);
        report.testAuc = aucOn(test);
        analysis.logistic = report;
    }

    std::vector<double> valueEdges = options.valueThresholds;
    if (valueEdges.empty()) {
        // Quantiles over the customers that land in the grid (a value and a risk).
        std::vector<double> inGrid = value;
        for (std::size_t i = 0; i < inGrid.size(); ++i)
            if (std::isnan(risk[i]))
                inGrid[i] = kNaN;
        valueEdges = quantileEdges(inGrid, options.valueBands);
        for (double &e : valueEdges)
            e = std::round(e * 100.0) / 100.0; // cut points in cents, shown and used as such
        for (std::size_t i = 1; i < valueEdges.size(); ++i)
            if (!(valueEdges[i] > valueEdges[i - 1]))
                throw Error(QStringLiteral("the value quantiles coincide (%1): too few distinct "
                                           "values for %2 bands; give thresholds instead")
                                .arg(number(valueEdges[i]))
                                .arg(options.valueBands));
    }

    analysis.grid =
        buildGrid(options.withIds ? frame.ids : QStringList(), value, risk, valueEdges, riskEdges);
    for (GridCell &cell : analysis.grid.cells) {
        const QString valueRule = valueBandRule(valueColumns, valueEdges, cell.valueBand);
        if (options.riskModel == RiskModel::Logistic) {
            cell.ruleNote = QStringLiteral("no exact rule: the churn probability comes from the "
                                           "fitted model; save the cell's customer list");
            continue;
        }
        const double low = cell.riskBand > 0 ? riskEdges[std::size_t(cell.riskBand - 1)] : -kInf;
        const double high =
            cell.riskBand < int(riskEdges.size()) ? riskEdges[std::size_t(cell.riskBand)] : kInf;
        const QString riskRule = scoreBandRule(analysis.riskSignals, low, high);
        if (riskRule.isEmpty()) {
            cell.ruleNote = QStringLiteral("no rule: the risk band needs too many combinations "
                                           "of riskSignals; save the cell's customer list");
            continue;
        }
        cell.rule = riskRule == QLatin1String("true")
                        ? valueRule
                        : QStringLiteral("%1 AND %2").arg(valueRule, riskRule);
    }
    return analysis;
}

} // namespace cwb
