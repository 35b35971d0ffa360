// SPDX-License-Identifier: GPL-3.0-or-later
// Clustering: k-means on a set with an obvious answer (inertia by hand), reproducibility for a
// seed, the silhouette by hand, cluster profiles and descriptions by hand, and the whole
// analysis on a generated extract imported into a workspace.
#include "common/testsupport.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "demo/extractgenerator.h"
#include "import/importer.h"
#include "segment/clusterprofile.h"
#include "segment/kmeans.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cwb;

namespace {

// A seed whose first k-means++ start ends in the worse solution of bestOfStarts().
constexpr quint64 kLocalSeed = 7;

PointMatrix raw(int d, const std::vector<double> &data)
{
    PointMatrix points;
    points.d = d;
    points.n = qsizetype(data.size()) / d;
    points.data = data;
    return points;
}

} // namespace

class TestKMeans : public QObject
{
    Q_OBJECT

private slots:
    void twoObviousGroups();
    void sameSeedSameResult();
    void bestOfStarts();
    void inertiaOfTheFinalAssignment();
    void silhouetteByHand();
    void profileAndDescriptionByHand();
    void badInputIsRefused();
    void workspaceClusters();
    void cancelStops();
    void commandLineCluster();
};

void TestKMeans::twoObviousGroups()
{
    // (0,0) (0,1) (1,0) and (10,10) (10,11) (11,10). Standardised: mean 32/6 = 5.3333 on both
    // axes; squared deviations 28.444 28.444 18.778 21.778 21.778 32.111, sum 151.333, variance
    // 151.333 / 6 = 25.2222. Within each group the centroid is 1/3, 1/3 from the corner and the
    // squared distances 2/9 + 5/9 + 5/9 = 4/3, so the raw inertia is 8/3 and the standardised
    // one (8/3) / 25.2222 = 0.105727.
    const std::vector<std::vector<double>> columns{{0, 0, 1, 10, 10, 11}, {0, 1, 0, 10, 11, 10}};
    const PointMatrix points = standardise(columns);
    CHECK_NEAR(points.means[0], 32.0 / 6.0, 1e-12);
    CHECK_NEAR(points.sds[0] * points.sds[0], 151.0 / 6.0 + 1.0 / 18.0, 1e-9);
    KMeansOptions options;
    options.k = 2;
    options.seed = 7;
    const KMeansResult result = kmeans(points, options);
    QVERIFY(result.converged);
    // Equal sizes: the cluster of the first row comes first.
    QCOMPARE(result.assignment, (std::vector<int>{0, 0, 0, 1, 1, 1}));
    QCOMPARE(result.sizes, (std::vector<qint64>{3, 3}));
    const double variance = (151.0 + 1.0 / 3.0) / 6.0;
    CHECK_NEAR(result.inertia, (8.0 / 3.0) / variance, 1e-12);
    // Centroid of the first group in standardised units: (1/3 - 5.3333) / sd.
    CHECK_NEAR(result.centroids[0], (1.0 / 3.0 - 32.0 / 6.0) / std::sqrt(variance), 1e-12);
}

void TestKMeans::sameSeedSameResult()
{
    // 300 points on three fuzzy blobs from a fixed formula (apart on every feature, since
    // standardising would blow up a pure noise feature to the same weight).
    std::vector<std::vector<double>> columns(3);
    for (int i = 0; i < 300; ++i) {
        const int blob = i % 3;
        columns[0].push_back(blob * 10.0 + std::sin(i * 1.7));
        columns[1].push_back(blob * -8.0 + std::cos(i * 2.3));
        columns[2].push_back(blob * 5.0 + std::sin(i * 0.37) * 0.5);
    }
    const PointMatrix points = standardise(columns);
    KMeansOptions options;
    options.k = 5;
    options.seed = 123;
    const KMeansResult a = kmeans(points, options);
    const KMeansResult b = kmeans(points, options);
    QCOMPARE(a.assignment, b.assignment);
    QCOMPARE(a.centroids, b.centroids);
    QCOMPARE(a.inertia, b.inertia);
    qint64 total = 0;
    for (qint64 size : a.sizes)
        total += size;
    QCOMPARE(total, qint64(300));
    QVERIFY(std::is_sorted(a.sizes.rbegin(), a.sizes.rend())); // by decreasing size
    // With k = 3 the blobs are found: every blob's points share one cluster.
    options.k = 3;
    const KMeansResult three = kmeans(points, options);
    for (int i = 3; i < 300; ++i)
        QCOMPARE(three.assignment[std::size_t(i)], three.assignment[std::size_t(i % 3)]);
    // The elbow: inertia falls as k grows; the silhouette peaks at 3.
    const std::vector<ElbowPoint> curve = elbow(points, 2, 5, 123, 0);
    QCOMPARE(curve.size(), std::size_t(4));
    for (std::size_t i = 1; i < curve.size(); ++i)
        QVERIFY(curve[i].inertia < curve[i - 1].inertia);
    for (const ElbowPoint &p : curve)
        if (p.k != 3)
            QVERIFY(p.silhouette < curve[1].silhouette);
}

void TestKMeans::bestOfStarts()
{
    // Five customers at each of 0, 1, 9 and 11 (one feature, not standardised), k = 3. Two
    // stable solutions: {0, 1} {9} {11} with inertia 10 x 0.5^2 = 2.5 (the best), and
    // {0} {1} {9, 11} with inertia 10 x 1^2 = 10, where a start ends when k-means++ puts its
    // centres on 0, 1 and one of 9 or 11.
    std::vector<double> x;
    for (const double v : {0.0, 1.0, 9.0, 11.0})
        for (int i = 0; i < 5; ++i)
            x.push_back(v);
    const PointMatrix points = raw(1, x);
    KMeansOptions options;
    options.k = 3;
    options.seed = kLocalSeed;
    options.starts = 1;
    const KMeansResult one = kmeans(points, options);
    CHECK_NEAR(one.inertia, 10.0, 1e-12); // this seed's first start is stuck
    QCOMPARE(one.starts, 1);
    QCOMPARE(one.startsAtBest, 1);

    options.starts = 10;
    const KMeansResult best = kmeans(points, options);
    CHECK_NEAR(best.inertia, 2.5, 1e-12);
    QCOMPARE(best.sizes, (std::vector<qint64>{10, 5, 5}));
    QCOMPARE(best.starts, 10);
    QCOMPARE(best.startInertias.size(), std::size_t(10));
    CHECK_NEAR(best.startInertias[0], 10.0, 1e-12); // start 0 is the single run above
    int atBest = 0;
    for (const double inertia : best.startInertias) {
        QVERIFY(std::abs(inertia - 2.5) < 1e-12 || std::abs(inertia - 10.0) < 1e-12);
        atBest += std::abs(inertia - 2.5) < 1e-12;
    }
    QCOMPARE(best.startsAtBest, atBest);
    QVERIFY(atBest >= 1 && atBest < 10);
    CHECK_NEAR(best.startInertias[std::size_t(best.bestStart)], 2.5, 1e-12);
    // The first start reaching the best is kept, whatever the threads.
    for (const unsigned threads : {1u, 2u, 3u}) {
        options.threads = threads;
        const KMeansResult again = kmeans(points, options);
        QCOMPARE(again.assignment, best.assignment);
        QCOMPARE(again.centroids, best.centroids);
        QCOMPARE(again.startInertias, best.startInertias);
        QCOMPARE(again.bestStart, best.bestStart);
    }
    options.starts = 0;
    QVERIFY_THROWS_EXCEPTION(Error, kmeans(points, options));
}

void TestKMeans::inertiaOfTheFinalAssignment()
{
    // Stopped after one iteration, the points still move at the last step: the centroids
    // returned are the means of the assignment returned and the inertia is of exactly that
    // pair (recomputed here from the points).
    std::vector<std::vector<double>> columns(2);
    for (int i = 0; i < 200; ++i) {
        columns[0].push_back(std::sin(i * 1.3) * 10.0 + (i % 4) * 3.0);
        columns[1].push_back(std::cos(i * 0.7) * 6.0 + (i % 3) * 5.0);
    }
    const PointMatrix points = standardise(columns);
    KMeansOptions options;
    options.k = 5;
    options.seed = 3;
    options.starts = 1;
    options.maxIterations = 1;
    const KMeansResult r = kmeans(points, options);
    QVERIFY(!r.converged);
    std::vector<double> sums(10, 0.0);
    std::vector<qint64> counts(5, 0);
    for (qsizetype i = 0; i < points.n; ++i) {
        const int c = r.assignment[std::size_t(i)];
        ++counts[std::size_t(c)];
        for (int j = 0; j < 2; ++j)
            sums[std::size_t(c) * 2 + std::size_t(j)] += points.row(i)[j];
    }
    QCOMPARE(counts, r.sizes);
    double inertia = 0;
    for (int c = 0; c < 5; ++c)
        for (int j = 0; j < 2; ++j)
            CHECK_NEAR(r.centroids[std::size_t(c) * 2 + std::size_t(j)],
                       sums[std::size_t(c) * 2 + std::size_t(j)] / double(counts[std::size_t(c)]),
                       1e-12);
    for (qsizetype i = 0; i < points.n; ++i) {
        const int c = r.assignment[std::size_t(i)];
        for (int j = 0; j < 2; ++j) {
            const double t = points.row(i)[j] - sums[std::size_t(c) * 2 + std::size_t(j)] /
                                                    double(counts[std::size_t(c)]);
            inertia += t * t;
        }
    }
    CHECK_NEAR(r.inertia, inertia, 1e-9);
}

void TestKMeans::silhouetteByHand()
{
    // 1-D points 0, 1 | 4, 5. Point 0: a = 1, b = (4 + 5) / 2 = 4.5, s = 3.5 / 4.5 = 7/9;
    // point 1: a = 1, b = (3 + 4) / 2 = 3.5, s = 2.5 / 3.5 = 5/7; 4 and 5 likewise.
    // Mean (7/9 + 5/7) / 2 = 94/126 = 0.746032.
    const PointMatrix four = raw(1, {0, 1, 4, 5});
    CHECK_NEAR(silhouette(four, {0, 0, 1, 1}, 2), 94.0 / 126.0, 1e-12);
    // A fifth point, 20, alone in a third cluster scores 0; the others keep their b (20 is
    // farther than the other pair): (2 * 7/9 + 2 * 5/7 + 0) / 5 = 0.298413.
    const PointMatrix five = raw(1, {0, 1, 4, 5, 20});
    CHECK_NEAR(silhouette(five, {0, 0, 1, 1, 2}, 3), (14.0 / 9.0 + 10.0 / 7.0) / 5.0, 1e-12);
    // A sample as large as the data is the exact value.
    CHECK_NEAR(silhouette(five, {0, 0, 1, 1, 2}, 3, 5, 9), (14.0 / 9.0 + 10.0 / 7.0) / 5.0, 1e-12);
}

void TestKMeans::profileAndDescriptionByHand()
{
    // Four customers, clusters {0, 0, 1, 1}.
    //  tenure 10 20 30 60: base mean 30; cluster 0 mean 15 (0.5x), cluster 1 45 (1.5x)
    //  ld_fee 80 60 5 25: base mean 42.5; cluster 0 70 (1.647x), cluster 1 15 (0.353x)
    //  revenue 100 each: ARPU 1.0x everywhere; revenue share 200/400 = 0.5
    //  ld_fee share of ARPU: cluster 0 70/100 = 70% >= 30% and >= 1.5 * 42.5/100 = 63.75%
    //  -> named; cluster 1 15% -> not.
    // Order by |log ratio|: cluster 0 tenure (0.693) before ld_fee (0.499); cluster 1 ld_fee
    // (1.041) before tenure (0.405).
    const QStringList names{QStringLiteral("tenure"), QStringLiteral("ld_fee")};
    ClusterBase base;
    const std::vector<ClusterProfile> profiles =
        profileClusters({0, 0, 1, 1}, 2, {{10, 20, 30, 60}, {80, 60, 5, 25}}, names,
                        {100, 100, 100, 100}, {"a", "b", "c", "d"}, &base);
    QCOMPARE(profiles.size(), std::size_t(2));
    CHECK_NEAR(base.means[0], 30.0, 1e-12);
    CHECK_NEAR(base.means[1], 42.5, 1e-12);
    CHECK_NEAR(base.arpu, 100.0, 1e-12);
    CHECK_NEAR(profiles[0].sizeShare, 0.5, 0);
    CHECK_NEAR(profiles[0].revenueShare, 0.5, 0);
    CHECK_NEAR(profiles[0].ratios[0], 0.5, 1e-12);
    CHECK_NEAR(profiles[1].ratios[1], 15.0 / 42.5, 1e-12);
    QCOMPARE(profiles[0].description,
             QStringLiteral("ARPU 1.0x base, tenure 0.5x, ld_fee 1.6x, ld_fee 70% of ARPU"));
    QCOMPARE(profiles[1].description, QStringLiteral("ARPU 1.0x base, ld_fee 0.4x, tenure 1.5x"));
    QCOMPARE(profiles[1].customerIds, (QStringList{"c", "d"}));
    // A fee named by its Chinese label (费) is described the same way.
    const std::vector<ClusterProfile> chinese = profileClusters(
        {0, 0, 1, 1}, 2, {{10, 20, 30, 60}, {80, 60, 5, 25}},
        {QStringLiteral("tenure"), QStringLiteral("长途费_M1")}, {100, 100, 100, 100}, {});
    QVERIFY(chinese[0].description.endsWith(QStringLiteral("长途费_M1 70% of ARPU")));
    // Revenue 300 / 100 / 50 / 30: base ARPU 120; cluster 0 ARPU 200 = 1.7x (share 400/480),
    // cluster 1 40 = 0.3x.
    const std::vector<ClusterProfile> rich = profileClusters(
        {0, 0, 1, 1}, 2, {{10, 20, 30, 60}, {80, 60, 5, 25}}, names, {300, 100, 50, 30}, {});
    CHECK_NEAR(rich[0].revenueShare, 400.0 / 480.0, 1e-12);
    QVERIFY(rich[0].description.startsWith(QStringLiteral("ARPU 1.7x base, tenure 0.5x")));
    QVERIFY(rich[1].description.startsWith(QStringLiteral("ARPU 0.3x base")));
}

void TestKMeans::badInputIsRefused()
{
    const PointMatrix points = raw(1, {0, 1, 2});
    KMeansOptions options;
    options.k = 4;
    QVERIFY_THROWS_EXCEPTION(Error, kmeans(points, options)); // k > n
    options.k = 0;
    QVERIFY_THROWS_EXCEPTION(Error, kmeans(points, options));
    options.k = 2;
    QVERIFY_THROWS_EXCEPTION(Error, kmeans(raw(1, {5, 5, 5}), options)); // 1 distinct point
    QVERIFY_THROWS_EXCEPTION(Error, silhouette(points, {0, 1}, 2));
}

void TestKMeans::workspaceClusters()
{
    QTemporaryDir temp;
    const QString csv = temp.filePath(QStringLiteral("extract.csv"));
    ExtractOptions extract;
    extract.rows = 3000;
    extract.seed = 5;
    writeExtract(csv, extract);
    auto workspace = Workspace::create(temp.filePath(QStringLiteral("w.cwb")));
    Importer::run(*workspace, csv, {});
    ClusterOptions options;
    options.features = {QStringLiteral("total_fee_m1"), QStringLiteral("ld_fee_m1"),
                        QStringLiteral("data_mb_m1"), QStringLiteral("broadband_mbps")};
    options.k = 4;
    options.seed = 11;
    options.elbowFrom = 2;
    options.elbowTo = 4;
    options.silhouetteSample = 500;
    const ClusterAnalysis a = clusterCustomers(*workspace, options);
    const ClusterAnalysis b = clusterCustomers(*workspace, options);
    QCOMPARE(a.kmeans.assignment, b.kmeans.assignment);
    QCOMPARE(a.silhouette, b.silhouette);
    QCOMPARE(a.customers, workspace->customerCount());
    QCOMPARE(a.clustered + a.excluded, a.customers);
    QVERIFY(a.silhouetteSampled);
    QCOMPARE(a.silhouetteRows, qsizetype(500));
    QCOMPARE(a.elbow.size(), std::size_t(3));
    QCOMPARE(a.elbow[2].inertia, a.kmeans.inertia); // k = 4 with the same seed
    qint64 sizes = 0;
    double sizeShares = 0, revenueShares = 0;
    std::vector<double> weighted(4, 0.0);
    for (const ClusterProfile &p : a.profiles) {
        sizes += p.size;
        sizeShares += p.sizeShare;
        revenueShares += p.revenueShare;
        QCOMPARE(qint64(p.customerIds.size()), p.size);
        QVERIFY(!p.description.isEmpty());
        for (std::size_t j = 0; j < 4; ++j)
            weighted[j] += p.means[j] * double(p.size);
    }
    QCOMPARE(sizes, a.clustered);
    CHECK_NEAR(sizeShares, 1.0, 1e-12);
    CHECK_NEAR(revenueShares, 1.0, 1e-9);
    // The size-weighted cluster means are the base means.
    for (std::size_t j = 0; j < 4; ++j)
        CHECK_NEAR(weighted[j] / double(a.clustered), a.base.means[j],
                   1e-9 * std::max(1.0, std::abs(a.base.means[j])));
    // A text column alone is refused with the numeric alternatives.
    options.features = {QStringLiteral("brand")};
    try {
        clusterCustomers(*workspace, options);
        QFAIL("a text feature was accepted");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("not a number")),
                 qPrintable(error.message()));
    }
}

void TestKMeans::cancelStops()
{
    const PointMatrix points = raw(1, {0, 1, 2, 3, 4, 5});
    JobControl job;
    job.requestCancel();
    KMeansOptions options;
    options.k = 2;
    QVERIFY_THROWS_EXCEPTION(Cancelled, kmeans(points, options, &job));
}

void TestKMeans::commandLineCluster()
{
    QTemporaryDir temp;
    const QString csv = temp.filePath(QStringLiteral("extract.csv"));
    ExtractOptions extract;
    extract.rows = 1000;
    extract.seed = 9;
    writeExtract(csv, extract);
    const QString path = temp.filePath(QStringLiteral("w.cwb"));
    {
        auto workspace = Workspace::create(path);
        Importer::run(*workspace, csv, {});
    }
    const QStringList args{"segment", "cluster",    "--workspace",
                           path,      "--features", "total_fee_m1,ld_fee_m1,data_mb_m1",
                           "--k",     "3",          "--seed",
                           "4",       "--elbow",    "2..4",
                           "--json",  "--with-ids", "--starts",
                           "4"};
    const test::CwbRun run = test::runCwb(args);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value("k").toInt(), 3);
    QCOMPARE(root.value("elbow").toArray().size(), 3);
    // Four starts: the inertia kept is the lowest of them, with how many reached it.
    QCOMPARE(root.value("starts").toInt(), 4);
    const QJsonArray starts = root.value("start_inertias").toArray();
    QCOMPARE(starts.size(), 4);
    double lowest = starts.at(0).toDouble();
    for (const QJsonValue &v : starts)
        lowest = std::min(lowest, v.toDouble());
    QCOMPARE(root.value("inertia").toDouble(), lowest);
    QVERIFY(root.value("starts_at_best").toInt() >= 1 && root.value("starts_at_best").toInt() <= 4);
    // All 1,000 customers were sampled (the default sample is 2,000): exact silhouette.
    QCOMPARE(root.value("silhouette_sampled").toBool(), false);
    const QJsonArray clusters = root.value("clusters").toArray();
    QCOMPARE(clusters.size(), 3);
    qint64 ids = 0;
    for (const QJsonValue &c : clusters) {
        QCOMPARE(c.toObject().value("customer_ids").toArray().size(),
                 c.toObject().value("size").toInt());
        ids += c.toObject().value("size").toInt();
    }
    QCOMPARE(ids, qint64(root.value("clustered").toInt()));
    // Same seed, same output.
    QCOMPARE(test::runCwb(args).out, run.out);
    const test::CwbRun bad = test::runCwb({"segment", "cluster", "--workspace", path});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains("--features"));
}

QTEST_GUILESS_MAIN(TestKMeans)
#include "tst_kmeans.moc"
