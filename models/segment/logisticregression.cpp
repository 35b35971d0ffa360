// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/logisticregression.h"

#include "core/error.h"
#include "core/jobcontrol.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace cwb {

namespace {

double sigmoid(double t)
{
    if (t >= 0)
        return 1.0 / (1.0 + std::exp(-t));
    const double e = std::exp(t);
    return e / (1.0 + e);
}

// Solves A x = b (A symmetric positive definite, size m) by Gaussian elimination with partial
// pivoting; A and b are overwritten.
std::vector<double> solve(std::vector<double> a, std::vector<double> b, std::size_t m)
{
    for (std::size_t col = 0; col < m; ++col) {
        std::size_t pivot = col;
        for (std::size_t r = col + 1; r < m; ++r)
            if (std::abs(a[r * m + col]) > std::abs(a[pivot * m + col]))
                pivot = r;
        if (std::abs(a[pivot * m + col]) < 1e-300)
            throw Error(QStringLiteral("logistic regression: the features are linearly dependent "
                                       "(use a penalty above 0 or drop a feature)"));
        if (pivot != col) {
            for (std::size_t c = 0; c < m; ++c)
                std::swap(a[col * m + c], a[pivot * m + c]);
            std::swap(b[col], b[pivot]);
        }
        for (std::size_t r = col + 1; r < m; ++r) {
            const double f = a[r * m + col] / a[col * m + col];
            if (f == 0)
                continue;
            for (std::size_t c = col; c < m; ++c)
                a[r * m + c] -= f * a[col * m + c];
            b[r] -= f * b[col];
        }
    }
    std::vector<double> x(m);
    for (std::size_t i = m; i-- > 0;) {
        double s = b[i];
        for (std::size_t c = i + 1; c < m; ++c)
            s -= a[i * m + c] * x[c];
        x[i] = s / a[i * m + i];
    }
    return x;
}

std::vector<qsizetype> allRows(const std::vector<double> &y, const std::vector<qsizetype> &rows)
{
    if (!rows.empty())
        return rows;
    std::vector<qsizetype> all(y.size());
    std::iota(all.begin(), all.end(), qsizetype(0));
    return all;
}

} // namespace

double LogisticModel::linear(const std::vector<double> &x) const
{
    double t = intercept;
    for (std::size_t j = 0; j < weights.size(); ++j)
        t += weights[j] * (x.at(j) - means[j]) / sds[j];
    return t;
}

double LogisticModel::probability(const std::vector<double> &x) const
{
    return sigmoid(linear(x));
}

LogisticModel fitLogistic(const std::vector<std::vector<double>> &columns,
                          const std::vector<double> &y, const QStringList &names,
                          const std::vector<qsizetype> &rowsIn, const LogisticOptions &options,
                          JobControl *job)
{
    const std::size_t p = columns.size();
    if (qsizetype(p) != names.size())
        throw Error(QStringLiteral("logistic regression: %1 feature columns but %2 names")
                        .arg(p)
                        .arg(names.size()));
    if (p == 0)
        throw Error(QStringLiteral("logistic regression: choose at least one feature"));
    for (const auto &column : columns)
        if (column.size() != y.size())
            throw Error(QStringLiteral("logistic regression: feature and label columns of "
                                       "different lengths"));
    if (!(options.l2 >= 0))
        throw Error(QStringLiteral("logistic regression: the penalty must be 0 or more"));
    const std::vector<qsizetype> rows = allRows(y, rowsIn);
    double positives = 0;
    for (qsizetype r : rows) {
        const double label = y.at(std::size_t(r));
        if (label != 0.0 && label != 1.0)
            throw Error(QStringLiteral("logistic regression: the label must be 0 or 1, row %1 "
                                       "has %2")
                            .arg(r + 1)
                            .arg(label));
        positives += label;
    }
    if (positives == 0 || positives == double(rows.size()))
        throw Error(QStringLiteral("logistic regression: the training rows need both classes "
                                   "(%1 of %2 are positive)")
                        .arg(positives)
                        .arg(rows.size()));

    LogisticModel model;
    model.features = names;
    model.trainingRows = qint64(rows.size());
    const double n = double(rows.size());
    // Standardisation from the training rows.
    std::vector<std::vector<double>> z(p, std::vector<double>(rows.size()));
    for (std::size_t j = 0; j < p; ++j) {
        double sum = 0;
        for (qsizetype r : rows)
            sum += columns[j][std::size_t(r)];
        const double mean = sum / n;
        double ss = 0;
        for (qsizetype r : rows) {
            const double d = columns[j][std::size_t(r)] - mean;
            ss += d * d;
        }
        double sd = std::sqrt(ss / n);
        if (!(sd > 0) || !std::isfinite(sd))
            sd = 1; // constant: z = 0, the weight stays 0
        if (!std::isfinite(mean))
            throw Error(QStringLiteral("logistic regression: feature %1 has missing or infinite "
                                       "values in the training rows")
                            .arg(names.at(qsizetype(j))));
        model.means.push_back(mean);
        model.sds.push_back(sd);
        for (std::size_t i = 0; i < rows.size(); ++i)
            z[j][i] = (columns[j][std::size_t(rows[i])] - mean) / sd;
    }

    // beta = (intercept, w_1..w_p); start at the base rate's log-odds.
    const std::size_t m = p + 1;
    std::vector<double> beta(m, 0.0);
    beta[0] = std::log(positives / (n - positives));
    std::vector<double> eta(rows.size());
    for (int iteration = 1; iteration <= options.maxIterations; ++iteration) {
        if (job)
            job->throwIfCancelled();
        std::vector<double> gradient(m, 0.0), hessian(m * m, 0.0);
        std::vector<double> x(m, 1.0);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            double t = beta[0];
            for (std::size_t j = 0; j < p; ++j) {
                x[j + 1] = z[j][i];
                t += beta[j + 1] * x[j + 1];
            }
            const double mu = sigmoid(t);
            const double w = mu * (1 - mu);
            const double residual = y[std::size_t(rows[i])] - mu;
            for (std::size_t a = 0; a < m; ++a) {
                gradient[a] += residual * x[a];
                const double wa = w * x[a];
                for (std::size_t b = a; b < m; ++b)
                    hessian[a * m + b] += wa * x[b];
            }
        }
        for (std::size_t a = 0; a < m; ++a)
            for (std::size_t b = 0; b < a; ++b)
                hessian[a * m + b] = hessian[b * m + a];
        for (std::size_t j = 1; j < m; ++j) {
            gradient[j] -= options.l2 * beta[j];
            hessian[j * m + j] += options.l2;
        }
        const std::vector<double> step = solve(hessian, gradient, m);
        double largest = 0;
        for (std::size_t a = 0; a < m; ++a) {
            beta[a] += step[a];
            largest = std::max(largest, std::abs(step[a]));
        }
        model.iterations = iteration;
        if (!std::isfinite(largest))
            throw Error(QStringLiteral("logistic regression did not converge (the classes may be "
                                       "separated by the features: raise the penalty)"));
        if (largest < options.tolerance) {
            model.converged = true;
            break;
        }
    }
    model.intercept = beta[0];
    model.weights.assign(beta.begin() + 1, beta.end());
    double ll = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        double t = beta[0];
        for (std::size_t j = 0; j < p; ++j)
            t += beta[j + 1] * z[j][i];
        // log P(y | t) = y t - log(1 + e^t), computed stably
        const double softplus = t > 0 ? t + std::log1p(std::exp(-t)) : std::log1p(std::exp(t));
        ll += y[std::size_t(rows[i])] * t - softplus;
    }
    model.logLikelihood = ll;
    return model;
}

std::vector<double> logisticGradient(const LogisticModel &model,
                                     const std::vector<std::vector<double>> &columns,
                                     const std::vector<double> &y,
                                     const std::vector<qsizetype> &rowsIn, double l2)
{
    const std::vector<qsizetype> rows = allRows(y, rowsIn);
    const std::size_t p = model.weights.size();
    std::vector<double> gradient(p + 1, 0.0), x(p);
    for (qsizetype r : rows) {
        for (std::size_t j = 0; j < p; ++j)
            x[j] = columns[j][std::size_t(r)];
        const double residual = y[std::size_t(r)] - model.probability(x);
        gradient[0] += residual;
        for (std::size_t j = 0; j < p; ++j)
            gradient[j + 1] += residual * (x[j] - model.means[j]) / model.sds[j];
    }
    for (std::size_t j = 0; j < p; ++j)
        gradient[j + 1] -= l2 * model.weights[j];
    return gradient;
}

double rocAuc(const std::vector<double> &scores, const std::vector<double> &labels)
{
    if (scores.size() != labels.size())
        throw Error(
            QStringLiteral("AUC: %1 scores but %2 labels").arg(scores.size()).arg(labels.size()));
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
    // Mann-Whitney: sum of the positives' mid-ranks.
    double positives = 0, rankSum = 0;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]])
            ++j;
        const double midRank = (double(i + 1) + double(j)) / 2.0; // ranks i+1..j
        for (std::size_t k = i; k < j; ++k)
            if (labels[order[k]] == 1.0) {
                positives += 1;
                rankSum += midRank;
            }
        i = j;
    }
    const double negatives = double(scores.size()) - positives;
    if (positives == 0 || negatives == 0)
        throw Error(QStringLiteral("AUC needs both classes among the rows (%1 positive of %2)")
                        .arg(positives)
                        .arg(scores.size()));
    return (rankSum - positives * (positives + 1) / 2.0) / (positives * negatives);
}

TrainTestSplit splitRows(qsizetype n, double testShare, quint64 seed)
{
    if (!(testShare > 0 && testShare < 1))
        throw Error(
            QStringLiteral("the held-out share must be between 0 and 1, got %1").arg(testShare));
    std::vector<qsizetype> order(std::size_t(std::max<qsizetype>(n, 0)));
    std::iota(order.begin(), order.end(), qsizetype(0));
    // Fisher-Yates with a portable draw (mt19937_64's sequence is fixed by the standard; the
    // bounded draw by rejection, not a library distribution).
    std::mt19937_64 rng(seed);
    for (std::size_t i = order.size(); i > 1; --i) {
        const quint64 bound = quint64(i);
        const quint64 limit =
            std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % bound;
        quint64 draw;
        do
            draw = rng();
        while (draw >= limit);
        std::swap(order[i - 1], order[std::size_t(draw % bound)]);
    }
    const auto testCount = std::size_t(std::llround(double(n) * testShare));
    TrainTestSplit split;
    split.test.assign(order.begin(), order.begin() + std::ptrdiff_t(testCount));
    split.train.assign(order.begin() + std::ptrdiff_t(testCount), order.end());
    std::sort(split.test.begin(), split.test.end());
    std::sort(split.train.begin(), split.train.end());
    return split;
}

} // namespace cwb
