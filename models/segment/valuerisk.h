// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/logisticregression.h"
#include "segment/riskscore.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace cwb {

class JobControl;
class Workspace;

// --- Pure computation -----------------------------------------------------------------------

// The p-quantile of sorted values by linear interpolation between order statistics (Hyndman and
// Fan type 7, the default of R and NumPy): h = (n - 1) p, x[floor h] + (h - floor h) *
// (x[floor h + 1] - x[floor h]). Throws cwb::Error on no values or p outside [0, 1].
double quantileSorted(const std::vector<double> &sorted, double p);

// The bands - 1 inner edges that split values (NaN skipped) into bands of equal share: the
// quantiles 1/bands, 2/bands, ... Throws cwb::Error when bands < 2 or no value is present.
std::vector<double> quantileEdges(const std::vector<double> &values, int bands);

// The band of v: how many edges are <= v (band 0 below the first edge, the top band from the
// last edge up). -1 for NaN.
int bandOf(double v, const std::vector<double> &edges);

// The average of the values present in each row (columns[c][row], NaN skipped; NaN when all
// are missing), summed left to right: the rule language's avg(a, b, ...).
std::vector<double> averagePresent(const std::vector<std::vector<double>> &columns);

// "low"/"high" for 2 bands, "low"/"mid"/"high" for 3, "band 1".. otherwise.
QString bandLevel(int band, int bands);
// The suggested strategy for a cell (docs/segmentation-analytics.md; DOMAIN: retain high-value
// high-risk first ...).
QString cellStrategy(int valueBand, int valueBands, int riskBand, int riskBands);

struct GridCell
{
    int valueBand = 0; // 0 = lowest value
    int riskBand = 0;  // 0 = lowest risk
    QString label;     // e.g. "high value / high risk"
    QString strategy;
    qint64 count = 0;
    double countShare = 0;   // of the scored customers
    double revenue = 0;      // sum of the cell's value (ARPU, per month)
    double revenueShare = 0; // of the scored customers' revenue
    double meanValue = 0;
    double meanRisk = 0;
    QStringList customerIds; // for saving the cell as a 'list' segment
    QString rule;            // an exact rule for the cell, or empty
    QString ruleNote;        // why there is no exact rule, when empty
};

struct ValueRiskGrid
{
    int valueBands = 2, riskBands = 2;
    std::vector<double> valueEdges, riskEdges;
    std::vector<GridCell> cells; // valueBand-major: cells[v * riskBands + r]
    qint64 customers = 0;        // all rows
    qint64 scored = 0;           // rows with a value and a risk (in a cell)
    qint64 unscored = 0;         // missing value or risk: in no cell
    double revenue = 0;          // of the scored customers

    const GridCell &cell(int valueBand, int riskBand) const
    {
        return cells.at(std::size_t(valueBand * riskBands + riskBand));
    }
};

// Crosses value bands with risk bands: counts, revenue and shares per cell, ids per cell (none
// when ids is empty). Rows whose value or risk is NaN are counted as unscored and land in no
// cell.
ValueRiskGrid buildGrid(const QStringList &ids, const std::vector<double> &value,
                        const std::vector<double> &risk, const std::vector<double> &valueEdges,
                        const std::vector<double> &riskEdges);

// --- On a workspace -------------------------------------------------------------------------

enum class RiskModel
{
    Score,   // weighted signals (riskscore.h)
    Logistic // churn probability from a logistic regression on a label column
};

struct ValueRiskOptions
{
    // Value = the average of these fee columns (present ones). Default: total_fee_m1..m3.
    QStringList valueColumns;
    // 2 or 3 bands split at quantiles of the value over the customers in the grid (a value and
    // a risk), edges rounded to 0.01.
    int valueBands = 2;
    std::vector<double> valueThresholds; // instead of quantiles: ascending edges

    RiskModel riskModel = RiskModel::Score;
    int riskBands = 2;
    // Risk band edges; default: score >= 3 is high (2 bands), >= 2 / >= 4 (3 bands);
    // probability >= 0.5 (2 bands), >= 0.3 / >= 0.6 (3 bands).
    std::vector<double> riskThresholds;
    // Score model: the signals; default: defaultRiskSignals() that the workspace's columns
    // allow.
    QList<RiskSignal> riskSignals;
    // Logistic model: the 0/1 label column and the features (columns or conditions, see
    // customerframe.h; default: every numeric column but the label).
    QString label;
    QStringList features;
    double testShare = 0.3;
    quint64 seed = 1;
    LogisticOptions logistic;

    QDate today; // for today in conditions; default the current date
    bool withIds = true;
};

struct LogisticReport
{
    LogisticModel model;
    qint64 trainRows = 0, testRows = 0;
    qint64 excludedRows = 0; // missing label or feature: not fitted (and unscored)
    double positiveShare = 0;
    double trainAuc = 0, testAuc = 0;
};

struct ValueRiskAnalysis
{
    ValueRiskGrid grid;
    RiskModel riskModel = RiskModel::Score;
    QStringList valueColumns;
    QList<RiskSignal> riskSignals; // score model: those used
    QStringList droppedSignals;    // score model: defaults the workspace cannot evaluate, why
    std::optional<LogisticReport> logistic;
};

// Loads the value columns and the risk inputs, scores, crosses and attaches a rule per cell
// where one is exact (value bands with the score model). Read only. Throws cwb::Error /
// RuleError on bad options; cwb::Cancelled when job asks to stop.
ValueRiskAnalysis analyseValueRisk(Workspace &workspace, const ValueRiskOptions &options,
                                   JobControl *job = nullptr);

} // namespace cwb
