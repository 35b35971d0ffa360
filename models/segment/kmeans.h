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
    double inertia = 0;            // sum of squared distances to the own centroid
    int iterations = 0;
    bool converged = false;
};

// Lloyd's k-means with k-means++ seeding (Arthur and Vassilvitskii 2007): the first centre is a
// uniformly drawn point, each next one a point drawn with probability proportional to its
// squared distance to the nearest centre so far. Deterministic for a seed (mt19937_64 with
// portable draws). Clusters are numbered by decreasing size (ties by first row). An emptied
// cluster is re-seeded with the point farthest from its centre. Throws cwb::Error when k < 1
// or k > the number of distinct points; cwb::Cancelled when job asks to stop.
KMeansResult kmeans(const PointMatrix &points, const KMeansOptions &options,
                    JobControl *job = nullptr);

// The mean silhouette s = (b - a) / max(a, b) over the points (a: mean distance to the other
// points of its cluster, b: the smallest mean distance to another cluster; a point alone in its
// cluster scores 0). Exact, O(n^2): for large n pass sample > 0 to compute it on a seeded
// uniform sample of that many points (distances within the sample only).
double silhouette(const PointMatrix &points, const std::vector<int> &assignment, int k,
                  qsizetype sample = 0, quint64 seed = 1);

// Inertia and silhouette for each k in [from, to] (the elbow plot), same seed for every k.
struct ElbowPoint
{
    int k = 0;
    double inertia = 0;
    double silhouette = 0;
};
std::vector<ElbowPoint> elbow(const PointMatrix &points, int from, int to, quint64 seed,
                              qsizetype silhouetteSample, JobControl *job = nullptr);

} // namespace cwb
