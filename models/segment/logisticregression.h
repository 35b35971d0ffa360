// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace cwb {

class JobControl;

struct LogisticOptions
{
    // L2 penalty on the standardised weights (not the intercept): the fit maximises
    // log-likelihood - l2 / 2 * sum(w^2). Small, so that it only keeps separable or collinear
    // features finite; 0 gives the plain maximum-likelihood estimate.
    double l2 = 1e-3;
    int maxIterations = 50;
    double tolerance = 1e-10; // stop when the largest Newton step is below this
};

// A fitted logistic regression: P(y = 1 | x) = 1 / (1 + exp(-(intercept + sum w_j z_j))) with
// z_j = (x_j - mean_j) / sd_j, the feature standardised with the training data's mean and
// (population) standard deviation, stored here. A constant feature gets sd 1 and weight 0.
struct LogisticModel
{
    QStringList features;
    std::vector<double> means, sds;
    double intercept = 0;
    std::vector<double> weights; // per standardised feature
    int iterations = 0;
    bool converged = false;
    double logLikelihood = 0; // of the training data at the fit (penalty excluded)
    qint64 trainingRows = 0;

    double linear(const std::vector<double> &x) const; // intercept + w . z
    double probability(const std::vector<double> &x) const;
};

// Fits by Newton's method (IRLS) on the rows listed in rows (all rows when empty).
// columns[j][row] is feature j, y[row] is 0 or 1; rows with a missing (NaN) feature or label
// must be left out by the caller. Throws cwb::Error on an empty or one-class training set or
// mismatched lengths, cwb::Cancelled when job asks to stop.
LogisticModel fitLogistic(const std::vector<std::vector<double>> &columns,
                          const std::vector<double> &y, const QStringList &names,
                          const std::vector<qsizetype> &rows = {},
                          const LogisticOptions &options = {}, JobControl *job = nullptr);

// The gradient of the penalised log-likelihood at the model, in standardised coordinates
// (intercept first): ~0 at the fit.
std::vector<double> logisticGradient(const LogisticModel &model,
                                     const std::vector<std::vector<double>> &columns,
                                     const std::vector<double> &y,
                                     const std::vector<qsizetype> &rows, double l2);

// The area under the ROC curve: the probability that a random positive scores above a random
// negative, ties counting one half (Mann-Whitney). Throws cwb::Error when one class is absent.
double rocAuc(const std::vector<double> &scores, const std::vector<double> &labels);

// A seeded random split of rows 0..n-1: round(n * testShare) rows go to test, the rest to
// train, both in ascending order. Same n, share and seed -> same split on any platform.
struct TrainTestSplit
{
    std::vector<qsizetype> train, test;
};
TrainTestSplit splitRows(qsizetype n, double testShare, quint64 seed);

} // namespace cwb
