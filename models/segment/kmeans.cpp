// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/kmeans.h"

#include "core/error.h"
#include "core/jobcontrol.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace cwb {

namespace {

// A uniform double in [0, 1) from the top 53 bits (portable, unlike the library distributions).
double uniform(std::mt19937_64 &rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

// A uniform integer in [0, bound) by rejection.
quint64 below(std::mt19937_64 &rng, quint64 bound)
{
    const quint64 limit =
        std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % bound;
    quint64 draw;
    do
        draw = rng();
    while (draw >= limit);
    return draw % bound;
}

double squaredDistance(const double *a, const double *b, int d)
{
    double s = 0;
    for (int j = 0; j < d; ++j) {
        const double t = a[j] - b[j];
        s += t * t;
    }
    return s;
}

} // namespace

PointMatrix standardise(const std::vector<std::vector<double>> &columns,
                        const std::vector<qsizetype> &rowsIn)
{
    PointMatrix points;
    points.d = int(columns.size());
    if (columns.empty())
        throw Error(QStringLiteral("clustering needs at least one feature"));
    std::vector<qsizetype> rows = rowsIn;
    if (rows.empty()) {
        rows.resize(columns.front().size());
        std::iota(rows.begin(), rows.end(), qsizetype(0));
    }
    for (const auto &column : columns)
        if (column.size() != columns.front().size())
            throw Error(QStringLiteral("clustering: feature columns of different lengths"));
    points.n = qsizetype(rows.size());
    const std::size_t d = columns.size();
    points.data.resize(rows.size() * d);
    const double n = double(rows.size());
    for (std::size_t j = 0; j < d; ++j) {
        double sum = 0;
        for (qsizetype r : rows)
            sum += columns[j][std::size_t(r)];
        const double mean = rows.empty() ? 0 : sum / n;
        double ss = 0;
        for (qsizetype r : rows) {
            const double t = columns[j][std::size_t(r)] - mean;
            ss += t * t;
        }
        double sd = rows.empty() ? 1 : std::sqrt(ss / n);
        if (!(sd > 0))
            sd = 1;
        points.means.push_back(mean);
        points.sds.push_back(sd);
    }
    // Row by row, so that the row-major matrix is written sequentially.
    for (std::size_t i = 0; i < rows.size(); ++i) {
        double *out = points.data.data() + i * d;
        for (std::size_t j = 0; j < d; ++j)
            out[j] = (columns[j][std::size_t(rows[i])] - points.means[j]) / points.sds[j];
    }
    return points;
}

KMeansResult kmeans(const PointMatrix &points, const KMeansOptions &options, JobControl *job)
{
    const int k = options.k;
    const int d = points.d;
    const qsizetype n = points.n;
    if (k < 1)
        throw Error(QStringLiteral("k-means: k must be 1 or more, got %1").arg(k));
    if (qsizetype(k) > n)
        throw Error(QStringLiteral("k-means: k = %1 clusters need at least %1 customers, there "
                                   "are %2")
                        .arg(k)
                        .arg(n));
    if (options.maxIterations < 1)
        throw Error(QStringLiteral("k-means: at least one iteration is needed"));
    std::mt19937_64 rng(options.seed);
    const std::size_t ud = std::size_t(d);
    std::vector<double> centroids(std::size_t(k) * ud);

    // k-means++ seeding.
    std::vector<double> nearest(std::size_t(n), std::numeric_limits<double>::infinity());
    qsizetype chosen = qsizetype(below(rng, quint64(n)));
    for (int c = 0; c < k; ++c) {
        if (job)
            job->throwIfCancelled();
        std::copy_n(points.row(chosen), ud,
                    centroids.begin() + std::ptrdiff_t(std::size_t(c) * ud));
        if (c + 1 == k)
            break;
        double total = 0;
        const double *centre = centroids.data() + std::size_t(c) * ud;
        for (qsizetype i = 0; i < n; ++i) {
            const double dist = squaredDistance(points.row(i), centre, d);
            if (dist < nearest[std::size_t(i)])
                nearest[std::size_t(i)] = dist;
            total += nearest[std::size_t(i)];
        }
        if (!(total > 0))
            throw Error(QStringLiteral("k-means: k = %1 but the customers have only %2 distinct "
                                       "points on these features")
                            .arg(k)
                            .arg(c + 1));
        const double target = uniform(rng) * total;
        double running = 0;
        chosen = -1;
        for (qsizetype i = 0; i < n; ++i) {
            running += nearest[std::size_t(i)];
            if (running > target && nearest[std::size_t(i)] > 0) {
                chosen = i;
                break;
            }
        }
        if (chosen < 0) // rounding at the very end: the last point with weight
            for (qsizetype i = n; i-- > 0;)
                if (nearest[std::size_t(i)] > 0) {
                    chosen = i;
                    break;
                }
    }

    // Lloyd iterations.
    KMeansResult result;
    result.k = k;
    result.assignment.assign(std::size_t(n), -1);
    std::vector<double> sums(std::size_t(k) * ud);
    std::vector<qint64> counts(static_cast<std::size_t>(k));
    std::vector<double> distance(static_cast<std::size_t>(n));
    double previous = std::numeric_limits<double>::infinity();
    for (int iteration = 1; iteration <= options.maxIterations; ++iteration) {
        if (job) {
            job->throwIfCancelled();
            Progress progress;
            progress.items = iteration;
            job->report(progress);
        }
        qint64 changed = 0;
        double inertia = 0;
        std::fill(sums.begin(), sums.end(), 0.0);
        std::fill(counts.begin(), counts.end(), 0);
        for (qsizetype i = 0; i < n; ++i) {
            const double *x = points.row(i);
            int best = 0;
            double bestDistance = squaredDistance(x, centroids.data(), d);
            for (int c = 1; c < k; ++c) {
                const double dist = squaredDistance(x, centroids.data() + std::size_t(c) * ud, d);
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = c;
                }
            }
            if (result.assignment[std::size_t(i)] != best) {
                result.assignment[std::size_t(i)] = best;
                ++changed;
            }
            distance[std::size_t(i)] = bestDistance;
            inertia += bestDistance;
            double *sum = sums.data() + std::size_t(best) * ud;
            for (int j = 0; j < d; ++j)
                sum[j] += x[j];
            ++counts[std::size_t(best)];
        }
        result.iterations = iteration;
        result.inertia = inertia;
        // New centres; an empty cluster takes the point farthest from its centre.
        bool reseeded = false;
        for (int c = 0; c < k; ++c) {
            double *centre = centroids.data() + std::size_t(c) * ud;
            if (counts[std::size_t(c)] > 0) {
                for (int j = 0; j < d; ++j)
                    centre[j] =
                        sums[std::size_t(c) * ud + std::size_t(j)] / double(counts[std::size_t(c)]);
                continue;
            }
            const auto far =
                std::size_t(std::max_element(distance.begin(), distance.end()) - distance.begin());
            std::copy_n(points.row(qsizetype(far)), ud, centre);
            distance[far] = 0;
            reseeded = true;
        }
        if (reseeded)
            continue;
        if (changed == 0 ||
            (std::isfinite(previous) && previous - inertia <= options.tolerance * previous)) {
            result.converged = true;
            break;
        }
        previous = inertia;
    }

    // The final assignment against the final centres, clusters renumbered by decreasing size.
    std::fill(counts.begin(), counts.end(), 0);
    result.inertia = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double *x = points.row(i);
        int best = 0;
        double bestDistance = squaredDistance(x, centroids.data(), d);
        for (int c = 1; c < k; ++c) {
            const double dist = squaredDistance(x, centroids.data() + std::size_t(c) * ud, d);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = c;
            }
        }
        result.assignment[std::size_t(i)] = best;
        result.inertia += bestDistance;
        ++counts[std::size_t(best)];
    }
    std::vector<qsizetype> firstRow(std::size_t(k), n);
    for (qsizetype i = n; i-- > 0;)
        firstRow[std::size_t(result.assignment[std::size_t(i)])] = i;
    std::vector<int> order(static_cast<std::size_t>(k));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (counts[std::size_t(a)] != counts[std::size_t(b)])
            return counts[std::size_t(a)] > counts[std::size_t(b)];
        return firstRow[std::size_t(a)] < firstRow[std::size_t(b)];
    });
    std::vector<int> renumber(static_cast<std::size_t>(k));
    for (int c = 0; c < k; ++c)
        renumber[std::size_t(order[std::size_t(c)])] = c;
    for (int &a : result.assignment)
        a = renumber[std::size_t(a)];
    result.centroids.resize(centroids.size());
    result.sizes.resize(std::size_t(k));
    for (int c = 0; c < k; ++c) {
        const int from = order[std::size_t(c)];
        std::copy_n(centroids.begin() + std::ptrdiff_t(std::size_t(from) * ud), ud,
                    result.centroids.begin() + std::ptrdiff_t(std::size_t(c) * ud));
        result.sizes[std::size_t(c)] = counts[std::size_t(from)];
    }
    return result;
}

double silhouette(const PointMatrix &points, const std::vector<int> &assignment, int k,
                  qsizetype sample, quint64 seed)
{
    if (qsizetype(assignment.size()) != points.n)
        throw Error(QStringLiteral("silhouette: %1 assignments for %2 points")
                        .arg(assignment.size())
                        .arg(points.n));
    if (k < 2)
        throw Error(QStringLiteral("the silhouette needs at least 2 clusters"));
    std::vector<qsizetype> rows(std::size_t(points.n));
    std::iota(rows.begin(), rows.end(), qsizetype(0));
    if (sample > 0 && sample < points.n) {
        std::mt19937_64 rng(seed);
        for (std::size_t i = 0; i < std::size_t(sample); ++i) // partial Fisher-Yates
            std::swap(rows[i], rows[i + std::size_t(below(rng, quint64(rows.size() - i)))]);
        rows.resize(std::size_t(sample));
        std::sort(rows.begin(), rows.end());
    }
    const std::size_t m = rows.size();
    std::vector<qint64> clusterSize(std::size_t(k), 0);
    for (qsizetype r : rows)
        ++clusterSize[std::size_t(assignment[std::size_t(r)])];
    double total = 0;
    std::vector<double> sumTo(static_cast<std::size_t>(k));
    for (std::size_t a = 0; a < m; ++a) {
        std::fill(sumTo.begin(), sumTo.end(), 0.0);
        const double *x = points.row(rows[a]);
        for (std::size_t b = 0; b < m; ++b)
            if (b != a)
                sumTo[std::size_t(assignment[std::size_t(rows[b])])] +=
                    std::sqrt(squaredDistance(x, points.row(rows[b]), points.d));
        const int own = assignment[std::size_t(rows[a])];
        if (clusterSize[std::size_t(own)] <= 1)
            continue; // a point alone in its cluster scores 0
        const double inside = sumTo[std::size_t(own)] / double(clusterSize[std::size_t(own)] - 1);
        double outside = std::numeric_limits<double>::infinity();
        for (int c = 0; c < k; ++c)
            if (c != own && clusterSize[std::size_t(c)] > 0)
                outside =
                    std::min(outside, sumTo[std::size_t(c)] / double(clusterSize[std::size_t(c)]));
        if (!std::isfinite(outside))
            continue; // only one cluster present in the sample
        const double denominator = std::max(inside, outside);
        if (denominator > 0)
            total += (outside - inside) / denominator;
    }
    return m ? total / double(m) : 0.0;
}

std::vector<ElbowPoint> elbow(const PointMatrix &points, int from, int to, quint64 seed,
                              qsizetype silhouetteSample, JobControl *job)
{
    if (from < 1 || to < from)
        throw Error(
            QStringLiteral("the elbow range must be like 2..10, got %1..%2").arg(from).arg(to));
    std::vector<ElbowPoint> curve;
    for (int k = from; k <= to; ++k) {
        KMeansOptions options;
        options.k = k;
        options.seed = seed;
        const KMeansResult result = kmeans(points, options, job);
        ElbowPoint point;
        point.k = k;
        point.inertia = result.inertia;
        point.silhouette =
            k >= 2 ? silhouette(points, result.assignment, k, silhouetteSample, seed) : 0.0;
        curve.push_back(point);
    }
    return curve;
}

} // namespace cwb
