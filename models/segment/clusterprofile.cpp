// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/clusterprofile.h"

#include "core/error.h"
#include "segment/customerframe.h"
#include "segment/rulecompiler.h"
#include "segment/valuerisk.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cwb {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString ratioText(double ratio)
{
    return QString::number(ratio, 'f', ratio < 10 ? 1 : 0) + QLatin1Char('x');
}
} // namespace

QString describeCluster(const ClusterProfile &profile, const ClusterBase &base,
                        const QStringList &names)
{
    QStringList parts;
    if (!std::isnan(profile.arpu) && base.arpu > 0)
        parts << QStringLiteral("ARPU %1 base").arg(ratioText(profile.arpuRatio));
    std::vector<std::size_t> order;
    for (std::size_t j = 0; j < profile.ratios.size(); ++j) {
        const double r = profile.ratios[j];
        if (std::isfinite(r) && r > 0 && (r < 0.8 || r > 1.25))
            order.push_back(j);
        else if (std::isfinite(r) && r <= 0 && base.means[j] > 0)
            order.push_back(j); // none of the cluster has it
    }
    const auto strength = [&](std::size_t j) {
        const double r = profile.ratios[j];
        return r > 0 ? std::abs(std::log(r)) : std::numeric_limits<double>::infinity();
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return strength(a) > strength(b); });
    for (std::size_t i = 0; i < order.size() && i < 3; ++i) {
        const std::size_t j = order[i];
        parts << QStringLiteral("%1 %2%3").arg(names.at(qsizetype(j)), ratioText(profile.ratios[j]),
                                               parts.isEmpty() ? QStringLiteral(" base")
                                                               : QString());
    }
    if (!std::isnan(profile.arpu) && profile.arpu > 0 && base.arpu > 0)
        for (std::size_t j = 0; j < profile.means.size(); ++j) {
            const QString &name = names.at(qsizetype(j));
            if (!name.contains(QLatin1String("fee"), Qt::CaseInsensitive) &&
                !name.contains(QChar(0x8D39))) // 费, as in 长途费_M1
                continue;
            const double share = profile.means[j] / profile.arpu;
            const double baseShare = base.means[j] / base.arpu;
            if (share >= 0.3 && share >= 1.5 * baseShare)
                parts << QStringLiteral("%1 %2% of ARPU")
                             .arg(names.at(qsizetype(j)))
                             .arg(std::lround(share * 100.0));
        }
    if (parts.isEmpty())
        return QStringLiteral("close to the base on every feature");
    return parts.join(QStringLiteral(", "));
}

std::vector<ClusterProfile> profileClusters(const std::vector<int> &assignment, int k,
                                            const std::vector<std::vector<double>> &features,
                                            const QStringList &names,
                                            const std::vector<double> &revenue,
                                            const QStringList &ids, ClusterBase *baseOut)
{
    const std::size_t n = assignment.size();
    const std::size_t d = features.size();
    if (qsizetype(d) != names.size())
        throw Error(
            QStringLiteral("cluster profile: %1 features but %2 names").arg(d).arg(names.size()));
    for (const auto &f : features)
        if (f.size() != n)
            throw Error(QStringLiteral("cluster profile: feature columns of different lengths"));
    if ((!revenue.empty() && revenue.size() != n) ||
        (!ids.isEmpty() && std::size_t(ids.size()) != n))
        throw Error(QStringLiteral("cluster profile: revenue or ids of a different length"));
    std::vector<ClusterProfile> profiles(static_cast<std::size_t>(k));
    std::vector<std::vector<double>> sums(std::size_t(k), std::vector<double>(d, 0.0));
    std::vector<double> baseSums(d, 0.0);
    std::vector<qint64> revenueCount(std::size_t(k), 0);
    double baseRevenue = 0;
    qint64 baseRevenueCount = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const int c = assignment[i];
        if (c < 0 || c >= k)
            throw Error(QStringLiteral("cluster profile: row %1 is in cluster %2 of %3")
                            .arg(i + 1)
                            .arg(c)
                            .arg(k));
        ClusterProfile &p = profiles[std::size_t(c)];
        ++p.size;
        for (std::size_t j = 0; j < d; ++j) {
            sums[std::size_t(c)][j] += features[j][i];
            baseSums[j] += features[j][i];
        }
        if (!revenue.empty() && !std::isnan(revenue[i])) {
            p.revenue += revenue[i];
            ++revenueCount[std::size_t(c)];
            baseRevenue += revenue[i];
            ++baseRevenueCount;
        }
        if (!ids.isEmpty())
            p.customerIds << ids.at(qsizetype(i));
    }
    ClusterBase base;
    for (std::size_t j = 0; j < d; ++j)
        base.means.push_back(n ? baseSums[j] / double(n) : kNaN);
    base.arpu = baseRevenueCount ? baseRevenue / double(baseRevenueCount) : kNaN;
    for (int c = 0; c < k; ++c) {
        ClusterProfile &p = profiles[std::size_t(c)];
        p.cluster = c;
        p.sizeShare = n ? double(p.size) / double(n) : 0.0;
        p.revenueShare = baseRevenue != 0 ? p.revenue / baseRevenue : 0.0;
        p.arpu =
            revenueCount[std::size_t(c)] ? p.revenue / double(revenueCount[std::size_t(c)]) : kNaN;
        p.arpuRatio = base.arpu > 0 ? p.arpu / base.arpu : kNaN;
        for (std::size_t j = 0; j < d; ++j) {
            const double mean = p.size ? sums[std::size_t(c)][j] / double(p.size) : kNaN;
            p.means.push_back(mean);
            p.ratios.push_back(base.means[j] != 0 ? mean / base.means[j] : kNaN);
        }
        p.description = describeCluster(p, base, names);
    }
    if (baseOut)
        *baseOut = base;
    return profiles;
}

ClusterAnalysis clusterCustomers(Workspace &workspace, const ClusterOptions &options,
                                 JobControl *job)
{
    if (options.features.isEmpty())
        throw Error(QStringLiteral("choose the features to cluster on, e.g. --features "
                                   "total_fee_m1,ld_fee_m1,data_mb_m1"));
    if (options.k < 2)
        throw Error(QStringLiteral("k must be 2 or more, got %1").arg(options.k));
    if (options.elbowFrom || options.elbowTo) {
        if (options.elbowFrom < 2 || options.elbowTo < options.elbowFrom || options.elbowTo > 30)
            throw Error(QStringLiteral("the elbow range must be like 2..10 (from 2 up to 30), "
                                       "got %1..%2")
                            .arg(options.elbowFrom)
                            .arg(options.elbowTo));
    }
    if (!workspace.db().tableExists(QStringLiteral("customers")))
        throw Error(QStringLiteral("%1 has no customers yet: import an extract first")
                        .arg(workspace.path()));
    QStringList revenueColumns = options.revenueColumns;
    if (revenueColumns.isEmpty()) {
        const QStringList numeric = numericCustomerColumns(workspace);
        for (const char *name : {"total_fee_m1", "total_fee_m2", "total_fee_m3"})
            if (numeric.contains(QString::fromLatin1(name)))
                revenueColumns << QString::fromLatin1(name);
    }
    const QStringList items = options.features + revenueColumns;
    const CustomerFrame frame = loadCustomerFrame(workspace, items, options.today, job);
    const qsizetype d = options.features.size();

    ClusterAnalysis analysis;
    analysis.features = frame.names.mid(0, d);
    analysis.customers = frame.rows();
    std::vector<qsizetype> rows;
    for (qsizetype r = 0; r < frame.rows(); ++r) {
        bool complete = true;
        for (qsizetype j = 0; j < d && complete; ++j)
            complete = !std::isnan(frame.column(j)[std::size_t(r)]);
        if (complete)
            rows.push_back(r);
    }
    analysis.clustered = qint64(rows.size());
    analysis.excluded = analysis.customers - analysis.clustered;
    if (qsizetype(rows.size()) < options.k)
        throw Error(QStringLiteral("only %1 customers have every feature present; k = %2 "
                                   "needs more")
                        .arg(rows.size())
                        .arg(options.k));
    std::vector<std::vector<double>> featureColumns(frame.columns.begin(),
                                                    frame.columns.begin() + d);
    PointMatrix points = standardise(featureColumns, rows);

    KMeansOptions kmeansOptions;
    kmeansOptions.k = options.k;
    kmeansOptions.seed = options.seed;
    kmeansOptions.starts = options.starts;
    analysis.kmeans = kmeans(points, kmeansOptions, job);
    analysis.silhouetteRows = options.silhouetteSample > 0
                                  ? std::min<qsizetype>(options.silhouetteSample, points.n)
                                  : points.n;
    analysis.silhouetteSampled = analysis.silhouetteRows < points.n;
    analysis.silhouette = silhouette(points, analysis.kmeans.assignment, options.k,
                                     options.silhouetteSample, options.seed);
    if (options.elbowFrom)
        analysis.elbow = elbow(points, options.elbowFrom, options.elbowTo, options.seed,
                               options.silhouetteSample, job, options.starts);
    points.data.clear();
    points.data.shrink_to_fit();
    analysis.standardisation = std::move(points);

    // Profile on the clustered rows, in original units.
    std::vector<std::vector<double>> clusteredFeatures(static_cast<std::size_t>(d));
    for (qsizetype j = 0; j < d; ++j)
        for (qsizetype r : rows)
            clusteredFeatures[std::size_t(j)].push_back(frame.column(j)[std::size_t(r)]);
    std::vector<double> revenue;
    if (!revenueColumns.isEmpty()) {
        const std::vector<double> all = averagePresent(
            std::vector<std::vector<double>>(frame.columns.begin() + d, frame.columns.end()));
        for (qsizetype r : rows)
            revenue.push_back(all[std::size_t(r)]);
    }
    QStringList ids;
    if (options.withIds)
        for (qsizetype r : rows)
            ids << frame.ids.at(r);
    analysis.profiles = profileClusters(analysis.kmeans.assignment, options.k, clusteredFeatures,
                                        analysis.features, revenue, ids, &analysis.base);
    return analysis;
}

} // namespace cwb
