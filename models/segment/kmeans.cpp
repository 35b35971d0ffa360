// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/kmeans.h"

#include "core/error.h"
#include "core/jobcontrol.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <exception>
#include <functional>
#include <limits>
#include <mutex>
#include <numeric>
#include <random>
#include <thread>

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

namespace {

// Thrown inside a start when it should give up (a cancel, or another start failed).
struct Abandoned
{};

// One start of k-means: its assignment, centres (in the start's own numbering), sizes and the
// inertia of the assignment with respect to the centres (the means of the assignment).
struct Start
{
    std::vector<int> assignment;
    std::vector<double> centroids;
    std::vector<qint64> counts;
    double inertia = 0;
    int iterations = 0;
    bool converged = false;
};

// Runs one start from rng. `stop` says when to give up (a cancel or another start's error);
// `onIteration` is called after each iteration on the thread that runs the start.
Start runStart(const PointMatrix &points, const KMeansOptions &options, std::mt19937_64 &rng,
               const std::function<bool()> &stop, const std::function<void()> &onIteration)
{
    const int k = options.k;
    const int d = points.d;
    const qsizetype n = points.n;
    const std::size_t ud = std::size_t(d);
    Start start;
    std::vector<double> &centroids = start.centroids;
    centroids.assign(std::size_t(k) * ud, 0.0);

    // k-means++ seeding.
    std::vector<double> nearest(std::size_t(n), std::numeric_limits<double>::infinity());
    qsizetype chosen = qsizetype(below(rng, quint64(n)));
    for (int c = 0; c < k; ++c) {
        if (stop())
            throw Abandoned{};
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
    nearest.clear();
    nearest.shrink_to_fit();

    // Lloyd iterations: assign each point to its nearest centre, then move each centre to the
    // mean of its points. The assignment uses Hamerly's bounds (Hamerly 2010), which give
    // Lloyd's assignment while skipping most distance computations once the centres settle:
    // per point an upper bound on the distance to its own centre and a lower bound on the
    // distance to any other; a point whose upper bound is below both the lower bound and half
    // the distance from its centre to the nearest other centre cannot have moved.
    std::vector<int> &assignment = start.assignment;
    assignment.assign(std::size_t(n), -1);
    std::vector<double> upper(std::size_t(n), 0.0), lower(std::size_t(n), 0.0);
    std::vector<double> sums(std::size_t(k) * ud);
    std::vector<qint64> &counts = start.counts;
    counts.assign(std::size_t(k), 0);
    std::vector<double> moved(std::size_t(k), 0.0), half(std::size_t(k), 0.0);
    std::vector<double> previousCentroids(centroids.size());
    double total = 0; // sum of the squared norms: inertia = total - sum_c |sum_c|^2 / n_c
    for (qsizetype i = 0; i < n; ++i)
        for (int j = 0; j < d; ++j)
            total += points.row(i)[j] * points.row(i)[j];
    bool full = true; // bounds unknown: compute every distance
    int largest = 0;  // the centre that moved most (its move and the runner-up's below)
    double largestMove = 0, secondMove = 0;

    // One assignment step; returns how many points changed cluster.
    const auto assign = [&]() -> qint64 {
        qint64 changed = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const std::size_t ui = std::size_t(i);
            const double *x = points.row(i);
            const int own = assignment[ui];
            if (!full) {
                upper[ui] += moved[std::size_t(own)];
                lower[ui] -= own == largest ? secondMove : largestMove;
                const double bound = std::max(half[std::size_t(own)], lower[ui]);
                if (upper[ui] <= bound)
                    continue;
                upper[ui] =
                    std::sqrt(squaredDistance(x, centroids.data() + std::size_t(own) * ud, d));
                if (upper[ui] <= bound)
                    continue;
            }
            int best = 0;
            double first = std::numeric_limits<double>::infinity();
            double second = std::numeric_limits<double>::infinity();
            for (int c = 0; c < k; ++c) {
                const double dist = squaredDistance(x, centroids.data() + std::size_t(c) * ud, d);
                if (dist < first) {
                    second = first;
                    first = dist;
                    best = c;
                } else if (dist < second) {
                    second = dist;
                }
            }
            upper[ui] = std::sqrt(first);
            lower[ui] = std::sqrt(second);
            if (best != own) {
                assignment[ui] = best;
                ++changed;
            }
        }
        full = false;
        return changed;
    };
    // Sums and counts of the assignment, then the centres to their means (an empty cluster keeps
    // its centre); returns the inertia of the assignment with respect to those means.
    const auto means = [&]() {
        std::fill(sums.begin(), sums.end(), 0.0);
        std::fill(counts.begin(), counts.end(), 0);
        for (qsizetype i = 0; i < n; ++i) {
            const int c = assignment[std::size_t(i)];
            double *sum = sums.data() + std::size_t(c) * ud;
            const double *x = points.row(i);
            for (int j = 0; j < d; ++j)
                sum[j] += x[j];
            ++counts[std::size_t(c)];
        }
        std::copy(centroids.begin(), centroids.end(), previousCentroids.begin());
        double explained = 0;
        for (int c = 0; c < k; ++c) {
            const qint64 count = counts[std::size_t(c)];
            if (count == 0)
                continue;
            double norm = 0;
            for (std::size_t j = 0; j < ud; ++j) {
                const double sum = sums[std::size_t(c) * ud + j];
                centroids[std::size_t(c) * ud + j] = sum / double(count);
                norm += sum * sum;
            }
            explained += norm / double(count);
        }
        return std::max(0.0, total - explained);
    };
    // How far each centre moved and half the distance to its nearest other centre, for the
    // bounds of the next step.
    const auto prepareBounds = [&]() {
        largest = 0;
        largestMove = secondMove = 0;
        for (int c = 0; c < k; ++c) {
            const double m =
                std::sqrt(squaredDistance(centroids.data() + std::size_t(c) * ud,
                                          previousCentroids.data() + std::size_t(c) * ud, d));
            moved[std::size_t(c)] = m;
            if (m > largestMove) {
                secondMove = largestMove;
                largestMove = m;
                largest = c;
            } else if (m > secondMove) {
                secondMove = m;
            }
        }
        for (int c = 0; c < k; ++c) {
            double nearestOther = std::numeric_limits<double>::infinity();
            for (int o = 0; o < k; ++o)
                if (o != c)
                    nearestOther = std::min(
                        nearestOther, squaredDistance(centroids.data() + std::size_t(c) * ud,
                                                      centroids.data() + std::size_t(o) * ud, d));
            half[std::size_t(c)] = 0.5 * std::sqrt(nearestOther);
        }
    };

    double previous = std::numeric_limits<double>::infinity();
    bool settled = false; // the assignment is the nearest-centre assignment of its own means
    for (int iteration = 1; iteration <= options.maxIterations; ++iteration) {
        if (stop())
            throw Abandoned{};
        const qint64 changed = assign();
        const double inertia = means();
        start.iterations = iteration;
        // An empty cluster takes the point farthest from its centre; the bounds start again.
        bool reseeded = false;
        std::vector<double> distance; // to the own centre, filled when a cluster is empty
        for (int c = 0; c < k; ++c) {
            if (counts[std::size_t(c)] > 0)
                continue;
            if (distance.empty()) {
                distance.resize(std::size_t(n));
                for (qsizetype i = 0; i < n; ++i)
                    distance[std::size_t(i)] = squaredDistance(
                        points.row(i),
                        previousCentroids.data() + std::size_t(assignment[std::size_t(i)]) * ud, d);
            }
            const auto far =
                std::size_t(std::max_element(distance.begin(), distance.end()) - distance.begin());
            std::copy_n(points.row(qsizetype(far)), ud,
                        centroids.begin() + std::ptrdiff_t(std::size_t(c) * ud));
            distance[far] = 0;
            reseeded = true;
        }
        onIteration();
        if (reseeded) {
            full = true;
            continue;
        }
        if (changed == 0) {
            settled = true;
            start.converged = true;
            break;
        }
        prepareBounds();
        if (std::isfinite(previous) && previous - inertia <= options.tolerance * previous) {
            start.converged = true;
            break;
        }
        previous = inertia;
    }

    // The last move: unless the assignment is settled, every point to its nearest final centre
    // and the centres to the means of that assignment; the inertia is of exactly that pair. (A
    // cluster the last move empties keeps its centre and has size 0.)
    if (!settled) {
        assign();
        means();
    }
    start.inertia = 0;
    for (qsizetype i = 0; i < n; ++i)
        start.inertia += squaredDistance(
            points.row(i), centroids.data() + std::size_t(assignment[std::size_t(i)]) * ud, d);
    return start;
}

// The engine of start s: the seed itself for start 0 (so one start gives what a single run
// gave), seed_seq(low 32 bits, high 32 bits, s) for the others. Both are specified exactly by
// the C++ standard, so a seed gives the same starts on every platform.
std::mt19937_64 startEngine(quint64 seed, int s)
{
    if (s == 0)
        return std::mt19937_64(seed);
    std::seed_seq seeds{std::uint32_t(seed), std::uint32_t(seed >> 32), std::uint32_t(s)};
    return std::mt19937_64(seeds);
}

} // namespace

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
    if (options.starts < 1)
        throw Error(
            QStringLiteral("k-means: at least one start is needed, got %1").arg(options.starts));
    const std::size_t ud = std::size_t(d);
    const int starts = options.starts;

    // The starts are shared out among the threads; each keeps its result only while it is the
    // best so far, compared by (inertia, start index), so the winner does not depend on which
    // thread finished first.
    std::vector<double> inertias(static_cast<std::size_t>(starts), 0.0);
    std::vector<std::exception_ptr> errors(static_cast<std::size_t>(starts));
    std::atomic<int> next{0};
    std::atomic<bool> failed{false};
    std::atomic<qint64> iterationsDone{0};
    std::mutex bestMutex;
    Start best;
    int bestStart = -1;
    const std::thread::id caller = std::this_thread::get_id();
    const auto stop = [&] {
        return failed.load(std::memory_order_relaxed) || (job && job->isCancelled());
    };
    const auto onIteration = [&] {
        const qint64 done = iterationsDone.fetch_add(1, std::memory_order_relaxed) + 1;
        if (job && std::this_thread::get_id() == caller) { // report() is for one thread
            Progress progress;
            progress.items = done;
            job->report(progress);
        }
    };
    auto work = [&] {
        for (;;) {
            const int s = next.fetch_add(1, std::memory_order_relaxed);
            if (s >= starts || stop())
                return;
            try {
                std::mt19937_64 rng = startEngine(options.seed, s);
                Start result = runStart(points, options, rng, stop, onIteration);
                inertias[std::size_t(s)] = result.inertia;
                const std::lock_guard<std::mutex> lock(bestMutex);
                if (bestStart < 0 || result.inertia < best.inertia ||
                    (result.inertia == best.inertia && s < bestStart)) {
                    best = std::move(result);
                    bestStart = s;
                }
            } catch (const Abandoned &) {
                return;
            } catch (...) {
                errors[std::size_t(s)] = std::current_exception();
                failed.store(true, std::memory_order_relaxed);
            }
        }
    };
    unsigned threads = options.threads;
    if (threads == 0)
        threads = std::clamp(std::thread::hardware_concurrency(), 1u, 16u);
    threads = std::min(threads, unsigned(starts));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    if (job)
        job->throwIfCancelled();
    for (const std::exception_ptr &error : errors)
        if (error)
            std::rethrow_exception(error);

    KMeansResult result;
    result.k = k;
    result.starts = starts;
    result.bestStart = bestStart;
    result.startInertias = inertias;
    result.inertia = best.inertia;
    result.iterations = best.iterations;
    result.converged = best.converged;
    result.startsAtBest = int(std::count_if(inertias.begin(), inertias.end(), [&](double v) {
        return v <= best.inertia + kSameInertia * std::abs(best.inertia);
    }));
    result.assignment = std::move(best.assignment);
    const std::vector<qint64> &counts = best.counts;
    const std::vector<double> &centroids = best.centroids;

    // Clusters renumbered by decreasing size.
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
                              qsizetype silhouetteSample, JobControl *job, int starts)
{
    if (from < 1 || to < from)
        throw Error(
            QStringLiteral("the elbow range must be like 2..10, got %1..%2").arg(from).arg(to));
    std::vector<ElbowPoint> curve;
    for (int k = from; k <= to; ++k) {
        KMeansOptions options;
        options.k = k;
        options.seed = seed;
        options.starts = starts;
        const KMeansResult result = kmeans(points, options, job);
        ElbowPoint point;
        point.k = k;
        point.inertia = result.inertia;
        point.startsAtBest = result.startsAtBest;
        point.silhouette =
            k >= 2 ? silhouette(points, result.assignment, k, silhouetteSample, seed) : 0.0;
        curve.push_back(point);
    }
    return curve;
}

} // namespace cwb
