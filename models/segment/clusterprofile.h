// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/kmeans.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace cwb {

class JobControl;
class Workspace;

// One cluster described against the whole base.
struct ClusterProfile
{
    int cluster = 0;
    qint64 size = 0;
    double sizeShare = 0;       // of the clustered customers
    double revenue = 0;         // sum of the revenue (ARPU) of its customers with one
    double revenueShare = 0;    // of the clustered customers' revenue
    double arpu = 0;            // mean revenue (NaN without revenue)
    double arpuRatio = 0;       // arpu / base arpu
    std::vector<double> means;  // per feature, original units
    std::vector<double> ratios; // mean / base mean (NaN when the base mean is 0)
    QString description;        // e.g. "ARPU 2.1x base, tenure 0.6x, ld_fee_m1 51% of ARPU"
    QStringList customerIds;
};

// Profiles clusters: size and revenue shares, feature means against the base and a short
// description. features[j][row] in original units (no NaN), revenue[row] per customer (NaN
// allowed: left out of the revenue figures; empty vector: no revenue). A feature whose name
// contains "fee" (or 费) is also described as its share of the cluster's ARPU when that stands out.
struct ClusterBase
{
    std::vector<double> means;
    double arpu = 0;
};
std::vector<ClusterProfile> profileClusters(const std::vector<int> &assignment, int k,
                                            const std::vector<std::vector<double>> &features,
                                            const QStringList &names,
                                            const std::vector<double> &revenue,
                                            const QStringList &ids, ClusterBase *base = nullptr);

// The generated description of one cluster (used by profileClusters): ARPU against the base,
// then up to three features whose mean differs most from the base (ratio outside 0.8..1.25,
// by |log ratio|), then fee features that make 30% or more of the cluster's ARPU and 1.5x their
// base share.
QString describeCluster(const ClusterProfile &profile, const ClusterBase &base,
                        const QStringList &names);

struct ClusterOptions
{
    QStringList features; // columns or conditions (customerframe.h)
    int k = 7;
    quint64 seed = 1;
    int starts = 10; // k-means++ starts; the lowest inertia is kept (kmeans.h)
    // Revenue per customer = average of these columns; default total_fee_m1..m3 when present.
    QStringList revenueColumns;
    int elbowFrom = 0, elbowTo = 0;    // both set: inertia and silhouette per k
    qsizetype silhouetteSample = 2000; // silhouette on a seeded sample of this many customers
    QDate today;
    bool withIds = true;
};

struct ClusterAnalysis
{
    QStringList features;
    qint64 customers = 0;        // all rows
    qint64 clustered = 0;        // rows with every feature present
    qint64 excluded = 0;         // a feature missing: in no cluster
    PointMatrix standardisation; // data dropped after clustering; means and sds kept
    KMeansResult kmeans;
    double silhouette = 0;
    qsizetype silhouetteRows = 0; // the sample size it was computed on
    bool silhouetteSampled = false;
    std::vector<ElbowPoint> elbow;
    ClusterBase base;
    std::vector<ClusterProfile> profiles;
};

// Loads the features, standardises, runs k-means (and the elbow when asked), profiles. Read only.
ClusterAnalysis clusterCustomers(Workspace &workspace, const ClusterOptions &options,
                                 JobControl *job = nullptr);

} // namespace cwb
