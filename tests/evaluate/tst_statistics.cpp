// SPDX-License-Identifier: GPL-3.0-or-later
// Unit tests of the evaluation statistics against values computed by hand (the arithmetic is in
// the comments; z = 1.959964 is the 97.5% normal quantile, z^2 = 3.841459).
#include "common/testsupport.h"
#include "core/error.h"
#include "core/jobcontrol.h"
#include "evaluate/statistics.h"

#include <QtTest>

#include <cmath>

using namespace cwb;
using namespace cwb::stats;

namespace {} // namespace

// Tests each statistic of models/evaluate/statistics.h.
class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void quantiles()
    {
        // The textbook normal and t table values.
        CHECK_NEAR(normalQuantile(0.975), 1.959963984540054, 1e-12);
        CHECK_NEAR(normalQuantile(0.5), 0.0, 1e-15);
        // t with 1 df is Cauchy: quantile = tan(pi (p - 1/2)) = tan(0.475 pi) = 12.706204736
        CHECK_NEAR(studentTQuantile(0.975, 1.0), 12.706204736174696, 1e-9);
        // t with 2 df: quantile = (2p - 1) / sqrt(2 p (1 - p)) = 0.95 / sqrt(0.04875) = 4.302653
        CHECK_NEAR(studentTQuantile(0.975, 2.0), 0.95 / std::sqrt(0.04875), 1e-9);
        // table value t(0.975, 10) = 2.228139 (checked by integrating the density numerically)
        CHECK_NEAR(studentTQuantile(0.975, 10.0), 2.228138851986, 1e-9);
        QVERIFY_THROWS_EXCEPTION(Error, normalQuantile(0.0));
        QVERIFY_THROWS_EXCEPTION(Error, normalQuantile(1.0));
        QVERIFY_THROWS_EXCEPTION(Error, studentTQuantile(0.5, 0.0));
    }

    void pValues()
    {
        // 2 (1 - Phi(1.96)) = erfc(1.96 / sqrt 2) = 0.0499958
        CHECK_NEAR(normalTwoSidedP(1.96), 0.04999579029644087, 1e-12);
        CHECK_NEAR(normalTwoSidedP(-1.96), 0.04999579029644087, 1e-12);
        CHECK_NEAR(normalTwoSidedP(0.0), 1.0, 1e-15);
        // t with 1 df: P(|T| >= 1) = 1 - 2 atan(1) / pi = 0.5
        CHECK_NEAR(studentTTwoSidedP(1.0, 1.0), 0.5, 1e-12);
        // t with 2 df: CDF(t) = 1/2 + t / (2 sqrt(2 + t^2)); t = sqrt 3 -> p = 1 - sqrt3/sqrt5
        CHECK_NEAR(studentTTwoSidedP(std::sqrt(3.0), 2.0), 1.0 - std::sqrt(3.0 / 5.0), 1e-12);
        CHECK_NEAR(studentTTwoSidedP(2.228138851986, 10.0), 0.05, 1e-9);
        // far tail: the complement keeps precision (python3 math.erfc(30 / sqrt 2) = 9.813428e-198)
        CHECK_NEAR(normalTwoSidedP(30.0) / 9.813427854297528e-198, 1.0, 1e-9);
    }

    void wilson()
    {
        // 5/10: p = 0.5, d = 1 + z^2/10 = 1.3841459, centre = 0.5,
        // half = z/d * sqrt(0.025 + z^2/400) = 1.416009 * 0.186021 = 0.263407
        Interval w = wilsonInterval(5, 10);
        CHECK_NEAR(w.low, 0.23659309051256405, 1e-12);
        CHECK_NEAR(w.high, 0.763406909487436, 1e-12);
        // 0/10: centre = (z^2/20)/d = 0.192073/1.384146 = 0.138766, half = z^2/(20 d) = 0.138766
        // -> [0, 0.277533]; defined although p = 0
        w = wilsonInterval(0, 10);
        QCOMPARE(w.low, 0.0);
        CHECK_NEAR(w.high, 0.27753279986288915, 1e-12);
        // 10/10 mirrors it: [1 - 0.277533, 1]
        w = wilsonInterval(10, 10);
        CHECK_NEAR(w.low, 0.7224672001371109, 1e-12);
        QCOMPARE(w.high, 1.0);
        // 1/1: d = 1 + z^2 = 4.841459, centre = (1 + z^2/2)/d = 0.603275, half = z/d * z/2
        // = 0.396725 -> [0.206549, 1]
        w = wilsonInterval(1, 1);
        CHECK_NEAR(w.low, 0.20654931437723745, 1e-12);
        QCOMPARE(w.high, 1.0);
        // 3/20: d = 1.192073, centre = (0.15 + 0.096036)/d = 0.206394,
        // half = z/d * sqrt(0.006375 + 0.002401) = 1.644196 * 0.093681 = 0.154026
        w = wilsonInterval(3, 20);
        CHECK_NEAR(w.low, 0.052368745896216595, 1e-12);
        CHECK_NEAR(w.high, 0.3604188647407569, 1e-12);
        // n = 0: nothing known, the whole range
        w = wilsonInterval(0, 0);
        QCOMPARE(w.low, 0.0);
        QCOMPARE(w.high, 1.0);
        QVERIFY_THROWS_EXCEPTION(Error, wilsonInterval(11, 10));
        QVERIFY_THROWS_EXCEPTION(Error, wilsonInterval(-1, 10));
        QVERIFY_THROWS_EXCEPTION(Error, wilsonInterval(1, 2, 1.5));
    }

    void funnel()
    {
        // The pilot of DOMAIN.md: 2,598 called, 1,579 connected, 395 intentions, 172 completed.
        // connect 1579/2598 = 0.607775, intention 395/1579 = 0.250158 (the 25.02%),
        // completion 172/395 = 0.435443 (43.54%), success 172/1579 = 0.108930 (10.89%)
        const FunnelKpis k = funnelKpis(2598, 1579, 395, 172);
        CHECK_NEAR(*k.connect.value, 1579.0 / 2598.0, 1e-15);
        CHECK_NEAR(*k.connect.value, 0.607775, 1e-6);
        CHECK_NEAR(*k.intention.value, 0.250158, 1e-6);
        CHECK_NEAR(*k.completion.value, 0.435443, 1e-6);
        CHECK_NEAR(*k.success.value, 0.108930, 1e-6);
        QCOMPARE(k.success.numerator, 172);
        QCOMPARE(k.success.denominator, 1579);
        // Wilson for 395/1579: p = 0.250158, d = 1 + z^2/1579 = 1.002433, centre =
        // (0.250158 + 0.001216)/d = 0.250765, half = z/d sqrt(0.000118766 + 3.852e-7) = 0.021345
        // -> [0.229420, 0.272110]
        CHECK_NEAR(k.intention.ci.low, 0.229420, 1e-6);
        CHECK_NEAR(k.intention.ci.high, 0.272110, 1e-6);

        // Zero counts: rates after an empty stage are undefined, intervals stay [0, 1].
        const FunnelKpis none = funnelKpis(0, 0, 0, 0);
        QVERIFY(!none.connect.value);
        QVERIFY(!none.success.value);
        QCOMPARE(none.connect.ci.low, 0.0);
        QCOMPARE(none.connect.ci.high, 1.0);
        // 10 called, none connected: connect rate 0 with Wilson [0, 0.277533], the rest undefined
        const FunnelKpis dead = funnelKpis(10, 0, 0, 0);
        QCOMPARE(*dead.connect.value, 0.0);
        CHECK_NEAR(dead.connect.ci.high, 0.27753279986288915, 1e-12);
        QVERIFY(!dead.intention.value);
        QVERIFY(!dead.completion.value);
        QVERIFY(!dead.success.value);

        QVERIFY_THROWS_EXCEPTION(Error, funnelKpis(10, 11, 0, 0));
        QVERIFY_THROWS_EXCEPTION(Error, funnelKpis(10, 5, 6, 0));
        QVERIFY_THROWS_EXCEPTION(Error, funnelKpis(10, 5, 4, 5));
        QVERIFY_THROWS_EXCEPTION(Error, funnelKpis(-1, 0, 0, 0));
    }

    void proportions()
    {
        // Newcombe (1998), Table II example (a): 56/70 vs 48/80 -> method 10 interval
        // 0.0524 to 0.3339. By hand: p1 = 0.8, p2 = 0.6, d = 0.2; Wilson 56/70 = [0.690259,
        // 0.877213], 48/80 = [0.490493, 0.699863]; low = 0.2 - sqrt(0.109741^2 + 0.099863^2)
        // = 0.052431, high = 0.2 + sqrt(0.077213^2 + 0.109507^2) = 0.333873.
        // z-test: pooled 104/150 = 0.693333, se = sqrt(0.693333 * 0.306667 * (1/70 + 1/80))
        // = 0.075467, z = 0.2/0.075467 = 2.650172, p = erfc(2.650172/sqrt2) = 0.008045.
        // Wald: se = sqrt(0.16/70 + 0.24/80) = 0.072703, 0.2 -+ 1.959964 * 0.072703.
        ProportionComparison c = compareProportions(56, 70, 48, 80);
        CHECK_NEAR(*c.targetRate, 0.8, 1e-15);
        CHECK_NEAR(*c.controlRate, 0.6, 1e-15);
        CHECK_NEAR(*c.upliftAbs, 0.2, 1e-15);
        CHECK_NEAR(*c.upliftRel, 0.2 / 0.6, 1e-15);
        CHECK_NEAR(c.ci.low, 0.05243147240236498, 1e-12);
        CHECK_NEAR(c.ci.high, 0.3338726540369059, 1e-12);
        CHECK_NEAR(c.z, 2.6501719512585336, 1e-12);
        CHECK_NEAR(c.pValue, 0.008045081368196568, 1e-12);
        QVERIFY(c.waldCi);
        CHECK_NEAR(c.waldCi->low, 0.05750489914903717, 1e-12);
        CHECK_NEAR(c.waldCi->high, 0.34249510085096296, 1e-12);

        // Newcombe example (d), 5/56 vs 0/29: interval -0.0381 to 0.1926. Control rate 0 ->
        // relative uplift undefined. pooled 5/85, se = sqrt(5/85 * 80/85 * (1/56 + 1/29))
        // = 0.053830, z = 0.089286/0.053830 = 1.658649, p = 0.097187.
        c = compareProportions(5, 56, 0, 29);
        QCOMPARE(*c.controlRate, 0.0);
        QVERIFY(!c.upliftRel);
        CHECK_NEAR(*c.upliftAbs, 5.0 / 56.0, 1e-15);
        CHECK_NEAR(c.ci.low, -0.03813714790353685, 1e-12);
        CHECK_NEAR(c.ci.high, 0.19256001385511157, 1e-12);
        CHECK_NEAR(c.z, 1.6586488692392285, 1e-12);
        CHECK_NEAR(c.pValue, 0.09718656817057977, 1e-12);

        // Example (e), 0/10 vs 0/20: interval -0.1611 to 0.2775 (= -(u2) .. u1 with the Wilson
        // upper bounds of 0/20 and 0/10); pooled rate 0 -> z = 0 and p = 1; Wald se is 0.
        c = compareProportions(0, 10, 0, 20);
        CHECK_NEAR(c.ci.low, -0.1611251580528193, 1e-12);
        CHECK_NEAR(c.ci.high, 0.27753279986288915, 1e-12);
        QCOMPARE(c.z, 0.0);
        QCOMPARE(c.pValue, 1.0);
        QVERIFY(!c.upliftRel);
        QVERIFY(!c.waldCi);

        // Example (h), 10/10 vs 0/10: interval 0.6075 to 1. pooled 0.5, se = sqrt(0.25 * 0.2)
        // = 0.223607, z = 1/0.223607 = 4.472136, p = erfc(4.472136/sqrt2) = 7.744216e-6.
        c = compareProportions(10, 10, 0, 10);
        CHECK_NEAR(c.ci.low, 0.6075093504305243, 1e-12);
        QCOMPARE(c.ci.high, 1.0);
        CHECK_NEAR(c.z, 4.47213595499958, 1e-12);
        CHECK_NEAR(c.pValue, 7.744216431044096e-06, 1e-15);

        // All successes in both: pooled rate 1 -> z = 0, p = 1; uplift 0, relative 0.
        c = compareProportions(7, 7, 3, 3);
        QCOMPARE(c.pValue, 1.0);
        QCOMPARE(*c.upliftAbs, 0.0);
        QCOMPARE(*c.upliftRel, 0.0);
        QVERIFY(c.ci.low < 0.0 && c.ci.high > 0.0);

        // An empty group: rates that exist are reported, the rest is undefined, p = 1.
        c = compareProportions(0, 0, 3, 10);
        QVERIFY(!c.targetRate);
        CHECK_NEAR(*c.controlRate, 0.3, 1e-15);
        QVERIFY(!c.upliftAbs);
        QCOMPARE(c.ci.low, -1.0);
        QCOMPARE(c.ci.high, 1.0);
        QCOMPARE(c.pValue, 1.0);

        QVERIFY_THROWS_EXCEPTION(Error, compareProportions(5, 4, 0, 10));
    }

    void runningMoments()
    {
        // 1..5: mean 3, squared deviations 4+1+0+1+4 = 10, variance 10/4 = 2.5
        RunningMoments m;
        QVERIFY(!m.variance());
        for (double v : {1.0, 2.0, 3.0, 4.0, 5.0})
            m.add(v);
        QCOMPARE(m.count(), 5);
        CHECK_NEAR(m.mean(), 3.0, 1e-15);
        CHECK_NEAR(*m.variance(), 2.5, 1e-15);
        // A large offset must not cost precision: 1e9 + {4, 7, 13, 16} has mean 1e9 + 10 and
        // variance (36 + 9 + 9 + 36)/3 = 30.
        RunningMoments big;
        for (double v : {4.0, 7.0, 13.0, 16.0})
            big.add(1e9 + v);
        CHECK_NEAR(*big.variance(), 30.0, 1e-6);
        RunningMoments one;
        one.add(42.0);
        QVERIFY(!one.variance());
    }

    void welch()
    {
        // target 1..5 (mean 3, s^2 2.5), control {2, 4, 6} (mean 4, s^2 4):
        // a = 2.5/5 = 0.5, b = 4/3; se = sqrt(1.833333) = 1.354006; t = -1/1.354006 = -0.738549;
        // df = 1.833333^2 / (0.5^2/4 + 1.333333^2/2) = 3.361111/0.951389 = 3.532847;
        // p = 0.506214 and t(0.975, 3.532847) = 2.927405 (both by integrating the t density
        // numerically); CI = -1 -+ 2.927405 * 1.354006 = [-4.963726, 2.963726]
        RunningMoments t, c;
        for (double v : {1.0, 2.0, 3.0, 4.0, 5.0})
            t.add(v);
        for (double v : {2.0, 4.0, 6.0})
            c.add(v);
        MeanComparison w = welchTest(t, c);
        CHECK_NEAR(*w.diff, -1.0, 1e-15);
        CHECK_NEAR(*w.se, 1.35400640077266, 1e-12);
        CHECK_NEAR(*w.t, -0.7385489458759964, 1e-12);
        CHECK_NEAR(*w.df, 3.532846715328467, 1e-12);
        CHECK_NEAR(*w.pValue, 0.5062141716528568, 1e-8);
        CHECK_NEAR(w.ci->low, -4.963725522186365, 1e-6);
        CHECK_NEAR(w.ci->high, 2.963725522186366, 1e-6);

        // One constant group: target {3,3,3}, control {1,2,3}: a = 0, b = 1/3,
        // se = 0.577350, t = 1/0.577350 = sqrt 3, df = b^2/(b^2/2) = 2 exactly,
        // p = 1 - sqrt(3/5) = 0.225403 (closed form for 2 df), CI = 1 -+ 4.302653 * 0.577350
        RunningMoments k, d;
        for (double v : {3.0, 3.0, 3.0})
            k.add(v);
        for (double v : {1.0, 2.0, 3.0})
            d.add(v);
        w = welchTest(k, d);
        CHECK_NEAR(*w.t, std::sqrt(3.0), 1e-12);
        CHECK_NEAR(*w.df, 2.0, 1e-12);
        CHECK_NEAR(*w.pValue, 1.0 - std::sqrt(0.6), 1e-12);
        CHECK_NEAR(w.ci->low, 1.0 - 0.95 / std::sqrt(0.04875) / std::sqrt(3.0), 1e-9);

        // Both constant: difference defined, no spread to test with.
        RunningMoments e, f;
        for (double v : {2.0, 2.0})
            e.add(v);
        for (double v : {1.0, 1.0, 1.0})
            f.add(v);
        w = welchTest(e, f);
        CHECK_NEAR(*w.diff, 1.0, 1e-15);
        QVERIFY(!w.t);
        QVERIFY(!w.pValue);
        QVERIFY(!w.ci);

        // One value in a group: means and difference only. Empty group: no difference.
        RunningMoments single;
        single.add(10.0);
        w = welchTest(single, c);
        CHECK_NEAR(*w.diff, 6.0, 1e-15);
        QVERIFY(!w.se);
        QVERIFY(!w.df);
        w = welchTest(RunningMoments(), c);
        QVERIFY(!w.targetMean);
        QVERIFY(!w.diff);
        QVERIFY(!w.pValue);
    }

    void relativeUplift()
    {
        // Newcombe's example (a), 56/70 vs 48/80: risk ratio 0.8 / 0.6 = 4/3, ln = 0.287682;
        // se = sqrt(1/56 - 1/70 + 1/48 - 1/80) = sqrt(0.0119048) = 0.109109; z se = 0.213850;
        // ratio [exp(0.073832), exp(0.501532)] = [1.076626, 1.651249]: relative uplift
        // [+0.076626, +0.651249] around +1/3.
        const std::optional<Interval> r = relativeUpliftInterval(56, 70, 48, 80);
        QVERIFY(r);
        CHECK_NEAR(r->low, 0.0766264228, 1e-9);
        CHECK_NEAR(r->high, 0.6512485113, 1e-9);
        const ProportionComparison c = compareProportions(56, 70, 48, 80);
        QVERIFY(c.relCi);
        CHECK_NEAR(c.relCi->low, r->low, 1e-15);
        CHECK_NEAR(*c.upliftRel, 1.0 / 3.0, 1e-12);
        // 3/7 vs 1/4: ln(12/7) = 0.538997, se = sqrt(1/3 - 1/7 + 1 - 1/4) = 0.969781:
        // [exp(-1.361738) - 1, exp(2.439732) - 1] = [-0.743786, +10.469982].
        const std::optional<Interval> small = relativeUpliftInterval(3, 7, 1, 4);
        CHECK_NEAR(small->low, -0.7437855129, 1e-9);
        CHECK_NEAR(small->high, 10.4699818263, 1e-8);
        // No success in a group: the ratio (or its log) is undefined, so is the interval.
        QVERIFY(!relativeUpliftInterval(0, 10, 3, 10));
        QVERIFY(!relativeUpliftInterval(3, 10, 0, 10));
        QVERIFY(!compareProportions(3, 10, 0, 10).relCi);
        QVERIFY_THROWS_EXCEPTION(Error, relativeUpliftInterval(5, 4, 1, 4));
    }

    void holm()
    {
        // p = 0.01, 0.04, 0.03, 0.005 (m = 4). Sorted: 0.005 x 4 = 0.02; 0.01 x 3 = 0.03;
        // 0.03 x 2 = 0.06; 0.04 x 1 = 0.04, raised to the 0.06 before it. Back in place:
        // 0.03, 0.06, 0.06, 0.02.
        std::vector<std::optional<double>> adjusted = holmAdjust({0.01, 0.04, 0.03, 0.005});
        QCOMPARE(adjusted.size(), std::size_t(4));
        CHECK_NEAR(*adjusted[0], 0.03, 1e-15);
        CHECK_NEAR(*adjusted[1], 0.06, 1e-15);
        CHECK_NEAR(*adjusted[2], 0.06, 1e-15);
        CHECK_NEAR(*adjusted[3], 0.02, 1e-15);
        // Empty entries are no test: m = 2 here (0.2 x 2 = 0.4; 0.3 x 1 -> 0.4); capped at 1.
        adjusted = holmAdjust({std::nullopt, 0.3, 0.2, std::nullopt});
        QVERIFY(!adjusted[0] && !adjusted[3]);
        CHECK_NEAR(*adjusted[1], 0.4, 1e-15);
        CHECK_NEAR(*adjusted[2], 0.4, 1e-15);
        adjusted = holmAdjust({0.6, 0.7});
        QCOMPARE(*adjusted[0], 1.0);
        QCOMPARE(*adjusted[1], 1.0);
        // One test: unchanged.
        QCOMPARE(*holmAdjust({0.042})[0], 0.042);
        QVERIFY(holmAdjust({}).empty());
        QVERIFY_THROWS_EXCEPTION(Error, holmAdjust({1.5}));
    }

    void monteCarloPrecision()
    {
        // 100 sorted values 0..99, q = 0.5: s = sqrt(0.25 / 100) = 0.05,
        // (Q(0.55) - Q(0.45)) / 2 = (54.45 - 44.55) / 2 = 4.95.
        std::vector<double> sorted(100);
        for (int i = 0; i < 100; ++i)
            sorted[std::size_t(i)] = i;
        CHECK_NEAR(quantileMonteCarloSe(sorted, 0.5), 4.95, 1e-12);
        // q = 0.025: s = sqrt(0.025 x 0.975 / 100) = 0.0156125; Q(0.0406125) = 4.020638,
        // Q(0.0093875) = 0.929363: (4.020638 - 0.929363) / 2 = 1.545638.
        CHECK_NEAR(quantileMonteCarloSe(sorted, 0.025), 99.0 * std::sqrt(0.025 * 0.975 / 100.0),
                   1e-12);
        // The decimals: the place of the standard error's first significant digit.
        QCOMPARE(decimalsForStandardError(0.0087), 3);
        QCOMPARE(decimalsForStandardError(0.012), 2);
        QCOMPARE(decimalsForStandardError(0.5), 1);
        QCOMPARE(decimalsForStandardError(1.0), 0);
        QCOMPARE(decimalsForStandardError(37.0), 0);
        QCOMPARE(decimalsForStandardError(4e-5), 5);
        QCOMPARE(decimalsForStandardError(1e-9), 6);
        QCOMPARE(decimalsForStandardError(0.0), 4); // no Monte Carlo noise
    }

    void quantileOfSorted()
    {
        // {1,2,3,4}: q = 0.5 -> h = 1.5 -> 2 + 0.5 (3 - 2) = 2.5; q = 0.025 -> h = 0.075 ->
        // 1.075; ends are the minimum and maximum
        const std::vector<double> v{1.0, 2.0, 3.0, 4.0};
        CHECK_NEAR(sortedQuantile(v, 0.5), 2.5, 1e-15);
        CHECK_NEAR(sortedQuantile(v, 0.025), 1.075, 1e-15);
        QCOMPARE(sortedQuantile(v, 0.0), 1.0);
        QCOMPARE(sortedQuantile(v, 1.0), 4.0);
        QCOMPARE(sortedQuantile({7.0}, 0.3), 7.0);
        QVERIFY_THROWS_EXCEPTION(Error, sortedQuantile({}, 0.5));
    }

    void bootstrap()
    {
        // Constant groups: every resample has difference 5 - 2 = 3 exactly.
        std::optional<Interval> b = bootstrapMeanDiff({5.0, 5.0, 5.0}, {2.0, 2.0}, 500, 7);
        QVERIFY(b);
        QCOMPARE(b->low, 3.0);
        QCOMPARE(b->high, 3.0);

        // target {0, 1}, control {0}: a resampled mean of two draws is 0, 0.5 or 1 with
        // probabilities 1/4, 1/2, 1/4. Of 2,000 rounds about 500 (sd 19) are 0 and 500 are 1,
        // far more than the 50 below the 2.5% point (h = 1999 * 0.025 = 49.975) and above the
        // 97.5% point, so the interval is [0, 1].
        b = bootstrapMeanDiff({0.0, 1.0}, {0.0}, 2000, 11);
        QCOMPARE(b->low, 0.0);
        QCOMPARE(b->high, 1.0);

        // 0..99 vs 10..109: difference -10, plug-in se = sqrt(2 * 833.25 / 100) = 4.0825
        // (population variance (100^2 - 1)/12 = 833.25), so the percentile interval is close to
        // -10 -+ 1.96 * 4.0825 = [-18.00, -2.00] (Monte Carlo error of a 2.5% point with 2,000
        // rounds is about 0.4).
        std::vector<double> t, c;
        for (int i = 0; i < 100; ++i) {
            t.push_back(i);
            c.push_back(i + 10);
        }
        b = bootstrapMeanDiff(t, c, 2000, 42);
        CHECK_NEAR(b->low, -18.0, 0.8);
        CHECK_NEAR(b->high, -2.0, 0.8);
        // Deterministic for a seed, different for another seed.
        const std::optional<Interval> again = bootstrapMeanDiff(t, c, 2000, 42);
        QCOMPARE(again->low, b->low);
        QCOMPARE(again->high, b->high);
        const std::optional<Interval> other = bootstrapMeanDiff(t, c, 2000, 43);
        QVERIFY(other->low != b->low || other->high != b->high);
        // All 64 bits of the seed count: 42 + 2^32 is another stream than 42.
        const std::optional<Interval> high =
            bootstrapMeanDiff(t, c, 2000, 42 + (std::uint64_t(1) << 32));
        QVERIFY(high->low != b->low || high->high != b->high);

        // The rounds are independent of how they are shared out: one thread or five give the
        // same interval (600 + 600 values x 2,000 rounds = 2.4 million draws, the size at which
        // all cores are used by default).
        std::vector<double> t6, c6;
        for (int i = 0; i < 600; ++i) {
            t6.push_back(i % 37);
            c6.push_back(i % 41);
        }
        const std::optional<Interval> one = bootstrapMeanDiff(t6, c6, 2000, 9, 0.95, nullptr, 1);
        const std::optional<Interval> five = bootstrapMeanDiff(t6, c6, 2000, 9, 0.95, nullptr, 5);
        const std::optional<Interval> all = bootstrapMeanDiff(t6, c6, 2000, 9);
        QCOMPARE(five->low, one->low);
        QCOMPARE(five->high, one->high);
        QCOMPARE(all->low, one->low);
        QCOMPARE(all->high, one->high);
        // Means (16 x 666 + 28) / 600 = 17.807 and (14 x 820 + 325) / 600 = 19.675: the
        // interval holds their difference -1.868.
        double meanT = 0.0, meanC = 0.0;
        for (int i = 0; i < 600; ++i) {
            meanT += t6[std::size_t(i)] / 600.0;
            meanC += c6[std::size_t(i)] / 600.0;
        }
        QVERIFY(one->low < meanT - meanC && meanT - meanC < one->high);

        QVERIFY(!bootstrapMeanDiff({}, {1.0}, 100, 1));
        QVERIFY(!bootstrapMeanDiff({1.0}, {1.0}, 1, 1));

        JobControl job;
        job.requestCancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, bootstrapMeanDiff(t, c, 2000, 1, 0.95, &job));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
