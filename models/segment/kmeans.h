// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace cwb {

class JobControl;

// Points for clustering: n rows of d standardised features, row-major (data[row * d + j]).
struct PointMatrix
{
    qsizetype n = 0;
    int d = 0;
    std::vector<double> data;
    std::vector<double> means, sds; // the standardisation applied (sd 1 for a constant feature)

    const double *row(qsizetype i) const { return data.data() + std::size_t(i) * std::size_t(d); }
};

// Standardises columns (columns[j][row], no NaN) to z = (x - mean) / sd with the population
// standard deviation; a constant column becomes 0. Throws cwb::Error on mismatched lengths.
PointMatrix standardise(const std::vector<std::vector<double>> &columns,
                        const std::vector<qsizetype> &rows = {});

struct KMeansOptions
{
    int k = 7;
    quint64 seed = 1;
    // Independent k-means++ starts; the one with the lowest inertia is kept. Start 0 draws from
    // the seed itself, start s > 0 from seed_seq(seed's two 32-bit halves, s).
    int starts = 10;
    // Threads the starts share (0: as many as the cores, at most one per start). The result does
    // not depend on it.
    unsigned threads = 0;
    int maxIterations = 300;
    // Stop when an iteration lowers the inertia by less than this share (and always when no
    // point changes cluster).
    double tolerance = 1e-6;
};

struct KMeansResult
{
    int k = 0;
    std::vector<int> assignment;   // cluster of each row, 0..k-1
    std::vector<double> centroids; // k x d, row-major, in standardised units
    std::vector<qint64> sizes;     // rows per cluster
    // Sum of squared distances of the points to their own cluster's mean, for the final
    // assignment and the means of that assignment (the centroids above).
    double inertia = 0;
    int iterations = 0; // of the start kept
    bool converged = false;
    int starts = 1;                    // starts run
    int bestStart = 0;                 // the start kept (0-based)
    int startsAtBest = 1;              // starts within a relative 1e-6 of the best inertia
    std::vector<double> startInertias; // the final inertia of each start
};

// Starts whose inertia is within this share of the best count as having reached it.
inline constexpr double kSameInertia = 1e-6;

// Lloyd's k-means with k-means++ seeding (Arthur and Vassilvitskii 2007): the first centre is a
// uniformly drawn point, each next one a point drawn with probability proportional to its
// squared distance to the nearest centre so far. options.starts independent starts (in parallel
// on options.threads threads); the lowest final inertia wins, ties by the lower start. After the
// last iteration every point goes to its nearest centre and the centres become the means of that
// assignment, so the inertia reported is the one of the assignment and centroids returned.
// Deterministic for a seed whatever the threads (mt19937_64 with portable draws). Clusters are
// numbered by decreasing size (ties by first row). An emptied cluster is re-seeded with the
// point farthest from its centre. Throws cwb::Error when k < 1, starts < 1 or k > the number of
// distinct points; cwb::Cancelled when job asks to stop.
KMeansResult kmeans(const PointMatrix &points, const KMeansOptions &options,
                    JobControl *job = nullptr);

// The mean silhouette s = (b - a) / max(a, b) over the points (a: mean distance to the other
// points of its cluster, b: the smallest mean distance to another cluster; a point alone in its
// cluster scores 0). Exact, O(n^2): for large n pass sample > 0 to compute it on a seeded
// uniform sample of that many points (distances within the sample only).
double silhouette(const PointMatrix &points, const std::vector<int> &assignment, int k,
                  qsizetype sample = 0, quint64 seed = 1);

// Inertia and silhouette for each k in [from, to] (the elbow plot), same seed and number of
// starts for every k.
struct ElbowPoint
{
    int k = 0;
    double inertia = 0;
    double silhouette = 0;
    int startsAtBest = 1; // of the starts
};
std::vector<ElbowPoint> elbow(const PointMatrix &points, int from, int to, quint64 seed,
                              qsizetype silhouetteSample, JobControl *job = nullptr,
                              int starts = 10);

} // namespace cwb
