// SPDX-License-Identifier: GPL-3.0-or-later
// Uncertain rates (point, uniform, triangular, Beta evidence) and the sample statistics.
#include "common/testsupport.h"
#include "core/error.h"
#include "simulate/simstats.h"
#include "simulate/uncertainrate.h"

#include <QTest>

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <random>

using namespace cwb::simulate;
using cwb::Error;

class TestSimRates : public QObject
{
    Q_OBJECT

private:
    static bool near(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }

    static void sampleMoments(const UncertainRate &rate, double &mean, double &sd)
    {
        const int n = 200000;
        std::vector<double> values(static_cast<size_t>(n));
        Engine engine(7);
        RateSampler(rate).fill(values.data(), n, engine);
        double sum = 0.0;
        for (double v : values)
            sum += v;
        mean = sum / n;
        double squares = 0.0;
        for (double v : values)
            squares += (v - mean) * (v - mean);
        sd = std::sqrt(squares / (n - 1));
    }

private slots:
    void ratesTypedAsText()
    {
        // Each form describe() writes is read back as the same rate.
        const UncertainRate point = parseRateText(QStringLiteral(" 0.6 "));
        QCOMPARE(point.kind(), UncertainRate::Kind::Point);
        QCOMPARE(point.mean(), 0.6);
        const UncertainRate range = parseRateText(QStringLiteral("0.52\u20130.62"));
        QCOMPARE(range.kind(), UncertainRate::Kind::Uniform);
        QCOMPARE(range.low(), 0.52);
        QCOMPARE(range.high(), 0.62);
        const UncertainRate triangle = parseRateText(QStringLiteral("0.01-0.02-0.05"));
        QCOMPARE(triangle.kind(), UncertainRate::Kind::Triangular);
        QCOMPARE(triangle.mode(), 0.02);
        CHECK_NEAR(triangle.mean(), (0.01 + 0.02 + 0.05) / 3.0, 1e-15); // 0.0266...
        const UncertainRate evidence = parseRateText(QStringLiteral("172/395"));
        QCOMPARE(evidence.kind(), UncertainRate::Kind::Evidence);
        CHECK_NEAR(evidence.mean(), 173.0 / 397.0, 1e-12); // (k + 1) / (n + 2) = 0.43577
        QCOMPARE(parseRateText(triangle.describe()).describe(), triangle.describe());
        // Each mistake is named.
        const auto message = [](const char *text) {
            try {
                parseRateText(QString::fromUtf8(text));
            } catch (const Error &e) {
                return e.message();
            }
            return QString();
        };
        QVERIFY(message("0.7-0.5").contains(QStringLiteral("low 0.7 is above high 0.5")));
        QVERIFY(message("0.5-0.8-0.7").contains(QStringLiteral("mode 0.8 is outside")));
        QVERIFY(message("12/10").contains(QStringLiteral("successes 12 is more than trials 10")));
        QVERIFY(message("1.5").contains(QStringLiteral("1.5 is not a rate from 0 to 1")));
        QVERIFY(message("3/0").contains(QStringLiteral("trials must be 1 or more")));
        QVERIFY(message("abc").contains(QStringLiteral("expected 0.6, a range")));
        QVERIFY(message("").contains(QStringLiteral("expected")));
        QVERIFY(message("0.1-0.2-0.3-0.4").contains(QStringLiteral("expected")));
    }

    void means()
    {
        QCOMPARE(UncertainRate::point(0.6).mean(), 0.6);
        QVERIFY(near(UncertainRate::uniform(0.5, 0.7).mean(), 0.6, 1e-15));
        // (0.2 + 0.3 + 0.6) / 3 = 0.366667
        QVERIFY(near(UncertainRate::triangular(0.2, 0.3, 0.6).mean(), 1.1 / 3.0, 1e-15));
        // Beta(172 + 1, 395 - 172 + 1) = Beta(173, 224): mean 173 / 397 = 0.435768...
        const UncertainRate evidence = UncertainRate::evidence(172, 395);
        QCOMPARE(evidence.betaA(), 173.0);
        QCOMPARE(evidence.betaB(), 224.0);
        QVERIFY(near(evidence.mean(), 173.0 / 397.0, 1e-15));
        QVERIFY(!UncertainRate::point(0.1).isUncertain());
        QVERIFY(evidence.isUncertain());
    }

    void quantiles()
    {
        // Uniform 0.5..0.7: P10 = 0.52, P90 = 0.68.
        QVERIFY(near(UncertainRate::uniform(0.5, 0.7).quantile(0.1), 0.52, 1e-12));
        QVERIFY(near(UncertainRate::uniform(0.5, 0.7).quantile(0.9), 0.68, 1e-12));
        // Triangular 0.2 / 0.3 / 0.6: F(mode) = 0.1 / 0.4 = 0.25.
        // q(0.1) = 0.2 + sqrt(0.1 x 0.4 x 0.1) = 0.2 + 0.0632456 = 0.2632456
        // q(0.9) = 0.6 - sqrt(0.1 x 0.4 x 0.3) = 0.6 - 0.1095445 = 0.4904555
        const UncertainRate tri = UncertainRate::triangular(0.2, 0.3, 0.6);
        QVERIFY(near(tri.quantile(0.1), 0.2632456, 1e-7));
        QVERIFY(near(tri.quantile(0.9), 0.4904555, 1e-7));
        QVERIFY(near(tri.quantile(0.25), 0.3, 1e-12));
        // Beta(1, 2) (0 of 1 trials): CDF 1 - (1 - x)^2, so q(0.75) = 1 - sqrt(0.25) = 0.5.
        QVERIFY(near(UncertainRate::evidence(0, 1).quantile(0.75), 0.5, 1e-12));
        QCOMPARE(UncertainRate::point(0.3).quantile(0.9), 0.3);
    }

    void betaSplineMatchesExactQuantile()
    {
        // Reference: the exact Beta quantile of Phi(z), the upper tail through the complement
        // (Phi(8) rounds to 1 - 6e-16 in double and would lose the tail).
        const std::pair<qint64, qint64> cases[] = {{172, 395}, {0, 50}, {10, 10},
                                                   {3, 7},     {0, 1},  {5000, 100000}};
        const boost::math::normal_distribution<double> normal;
        for (const auto &[k, n] : cases) {
            const UncertainRate rate = UncertainRate::evidence(k, n);
            const RateSampler sampler(rate);
            double worst = 0.0;
            for (int i = 0; i <= 1000; ++i) {
                const double z = -8.0 + 16.0 * i / 1000.0 + 0.0003;
                const boost::math::beta_distribution<double> beta(rate.betaA(), rate.betaB());
                const double exact =
                    z <= 0.0 ? boost::math::quantile(beta, boost::math::cdf(normal, z))
                             : boost::math::quantile(
                                   boost::math::complement(beta, boost::math::cdf(normal, -z)));
                worst = std::max(worst, std::abs(sampler.betaFromNormal(z) - exact));
            }
            if (worst > 2e-7)
                QFAIL(qPrintable(QStringLiteral("%1/%2: max error %3").arg(k).arg(n).arg(worst)));
        }
    }

    void samplesHaveTheDistributionMoments()
    {
        double mean = 0.0;
        double sd = 0.0;
        // Beta(173, 224): mean 0.4357683, variance ab / ((a+b)^2 (a+b+1)) = 38752 / (157609 x
        // 398) = 0.00061777 -> sd 0.024855. 200,000 draws: standard error of the mean 0.00006.
        sampleMoments(UncertainRate::evidence(172, 395), mean, sd);
        QVERIFY2(near(mean, 0.4357683, 0.0003), qPrintable(QString::number(mean)));
        QVERIFY2(near(sd, 0.024855, 0.0003), qPrintable(QString::number(sd)));
        // Uniform 0.5..0.7: mean 0.6, sd 0.2 / sqrt(12) = 0.057735.
        sampleMoments(UncertainRate::uniform(0.5, 0.7), mean, sd);
        QVERIFY(near(mean, 0.6, 0.0005));
        QVERIFY(near(sd, 0.057735, 0.0005));
        // Triangular 0.2/0.3/0.6: mean 0.366667, variance (a^2+b^2+c^2-ab-ac-bc)/18 =
        // (0.04+0.09+0.36-0.06-0.12-0.18)/18 = 0.13/18 = 0.0072222 -> sd 0.084984.
        sampleMoments(UncertainRate::triangular(0.2, 0.3, 0.6), mean, sd);
        QVERIFY(near(mean, 0.366667, 0.0005));
        QVERIFY(near(sd, 0.084984, 0.0005));
        // A point rate is constant.
        sampleMoments(UncertainRate::point(0.25), mean, sd);
        QCOMPARE(mean, 0.25);
        QCOMPARE(sd, 0.0);
    }

    void samplesAreReproducible()
    {
        const RateSampler sampler(UncertainRate::evidence(40, 100));
        std::vector<double> a(1000), b(1000), c(1000);
        Engine e1(99), e2(99), e3(100);
        sampler.fill(a.data(), 1000, e1);
        sampler.fill(b.data(), 1000, e2);
        sampler.fill(c.data(), 1000, e3);
        QVERIFY(a == b);
        QVERIFY(a != c);
        for (double v : a)
            QVERIFY(v >= 0.0 && v <= 1.0);
    }

    void percentiles()
    {
        // 1..5: position (n-1) q: P5 at 0.2 -> 1.2; P50 at 2 -> 3; P95 at 3.8 -> 4.8.
        std::vector<double> five{4, 1, 5, 3, 2};
        QVERIFY(near(percentile(five, 0.05), 1.2, 1e-12));
        QVERIFY(near(percentile(five, 0.5), 3.0, 1e-12));
        QVERIFY(near(percentile(five, 0.95), 4.8, 1e-12));
        QVERIFY(near(percentile(five, 0.0), 1.0, 1e-12));
        QVERIFY(near(percentile(five, 1.0), 5.0, 1e-12));
        std::vector<double> empty;
        QVERIFY(std::isnan(percentile(empty, 0.5)));
    }

    void summaries()
    {
        // 1..10 shuffled, minus 3 -> -2..7: mean 2.5; P5 at position 0.45 -> -2 + 0.45 = -1.55;
        // P50 at 4.5 -> 2.5; P95 at 8.55 -> 6.55; 7 of 10 values > 0.
        std::vector<double> values{5, 1, 9, 3, 7, 10, 2, 8, 4, 6};
        for (double &v : values)
            v -= 3.0;
        const Summary s = summarize(values);
        QVERIFY(s.valid);
        QVERIFY(near(s.mean, 2.5, 1e-12));
        QVERIFY(near(s.p5, -1.55, 1e-12));
        QVERIFY(near(s.p50, 2.5, 1e-12));
        QVERIFY(near(s.p95, 6.55, 1e-12));
        QVERIFY(near(s.probPositive, 0.7, 1e-12));
        // Two values 0 and 10: P5 0.5, P50 5, P95 9.5.
        std::vector<double> two{10, 0};
        const Summary t = summarize(two);
        QVERIFY(near(t.p5, 0.5, 1e-12));
        QVERIFY(near(t.p50, 5.0, 1e-12));
        QVERIFY(near(t.p95, 9.5, 1e-12));
    }

    void summaryMatchesSortedPercentilesOnLargeSamples()
    {
        std::mt19937_64 rng(3);
        std::normal_distribution<double> normal(0.0, 1.0);
        // Normal samples, samples with many ties, and samples where one outlier squeezes all
        // other values into the first bin of summarize()'s counting pass.
        for (int kind = 0; kind < 3; ++kind) {
            for (int n : {1, 2, 3, 20, 1001, 20000}) {
                std::vector<double> values(static_cast<size_t>(n));
                for (double &v : values)
                    v = kind == 1 ? std::floor(4.0 * std::abs(normal(rng))) : normal(rng);
                if (kind == 2)
                    values[0] = 1e12;
                std::vector<double> sorted = values;
                std::sort(sorted.begin(), sorted.end());
                const auto type7 = [&](double q) {
                    const double position = q * (n - 1);
                    const auto k = size_t(std::floor(position));
                    if (k + 1 >= sorted.size())
                        return sorted[k];
                    return sorted[k] + (position - double(k)) * (sorted[k + 1] - sorted[k]);
                };
                const Summary s = summarize(values);
                QVERIFY(near(s.p5, type7(0.05), 1e-12));
                QVERIFY(near(s.p50, type7(0.5), 1e-12));
                QVERIFY(near(s.p95, type7(0.95), 1e-12));
                // percentile() agrees.
                QVERIFY(near(percentile(values, 0.95), s.p95, 1e-12));
            }
        }
    }

    void histograms()
    {
        // 0..4 in 4 bins: edges 0,1,2,3,4; the maximum falls into the last bin.
        const Histogram h = histogram({0, 1, 2, 3, 4}, 4);
        QCOMPARE(h.edges, std::vector<double>({0, 1, 2, 3, 4}));
        QCOMPARE(h.counts, std::vector<qint64>({1, 1, 1, 2}));
        const Histogram flat = histogram({2, 2, 2}, 10);
        QCOMPARE(flat.counts, std::vector<qint64>({3}));
        QCOMPARE(flat.edges.size(), size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestSimRates)
#include "tst_simrates.moc"
