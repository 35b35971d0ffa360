// SPDX-License-Identifier: GPL-3.0-or-later
// Sample size and power of a test/control split against hand-computed values.
#include "simulate/samplesize.h"

#include <QTest>

#include <cmath>

using namespace cwb::simulate;

class TestSimPower : public QObject
{
    Q_OBJECT

private:
    static bool near(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }

private slots:
    void normalQuantiles()
    {
        // Tables: z(0.975) = 1.959964, z(0.8) = 0.841621, z(0.5) = 0.
        QVERIFY(near(normalQuantile(0.975), 1.959964, 1e-6));
        QVERIFY(near(normalQuantile(0.8), 0.841621, 1e-6));
        QVERIFY(near(normalQuantile(0.5), 0.0, 1e-12));
    }

    void requiredPerGroupByHand()
    {
        // p1 = 0.10, p2 = 0.12, alpha 0.05 two-sided, power 0.8:
        //   pbar = 0.11; sqrt(2 x 0.11 x 0.89) = sqrt(0.1958) = 0.4424929
        //   sqrt(0.10 x 0.90 + 0.12 x 0.88) = sqrt(0.1956) = 0.4422669
        //   1.959964 x 0.4424929 + 0.841621 x 0.4422669 = 0.8672702 + 0.3722213 = 1.2394915
        //   n = 1.2394915^2 / 0.02^2 = 1.5363391 / 0.0004 = 3840.85 -> 3841 per group.
        const auto n = requiredPerGroup(0.10, 0.12, 0.05, 0.80);
        QVERIFY(n);
        QVERIFY2(near(*n, 3840.85, 0.01), qPrintable(QString::number(*n)));
        QCOMPARE(qint64(std::ceil(*n)), qint64(3841));
        // Symmetric in the direction of the difference.
        QVERIFY(near(*requiredPerGroup(0.12, 0.10, 0.05, 0.80), *n, 1e-9));
        QVERIFY(!requiredPerGroup(0.1, 0.1, 0.05, 0.8));
        QVERIFY(!requiredPerGroup(0.1, 1.2, 0.05, 0.8));
    }

    void requiredTargetsOfUnequalGroupsByHand()
    {
        // A 10% control share: k = nC / nT = 1/9. p1 = 0.10, p2 = 0.12:
        //   pbar = (0.12 + 0.10 / 9) / (1 + 1/9) = 0.118
        //   sqrt(0.118 x 0.882 x (1 + 9)) = 1.0201765
        //   sqrt(0.12 x 0.88 + 0.10 x 0.90 x 9) = sqrt(0.9156) = 0.9568699
        //   (1.959964 x 1.0201765 + 0.841621 x 0.9568699)^2 / 0.0004
        //     = (1.9995092 + 0.8053218)^2 / 0.0004 = 7.8670766 / 0.0004 = 19667.69
        // so 19,668 targets and 19667.69 / 9 = 2185.30 -> 2,186 controls (equal groups would
        // need 3,841 each: the small control group is what costs).
        const auto n = requiredTargets(0.10, 0.12, 1.0 / 9.0, 0.05, 0.80);
        QVERIFY(n);
        QVERIFY2(near(*n, 19667.694, 0.001), qPrintable(QString::number(*n, 'f', 4)));
        // k = 1 is the equal-group formula.
        QVERIFY(near(*requiredTargets(0.10, 0.12, 1.0, 0.05, 0.80),
                     *requiredPerGroup(0.10, 0.12, 0.05, 0.80), 1e-9));
        QVERIFY(!requiredTargets(0.10, 0.12, 0.0, 0.05, 0.80));
        QVERIFY(!requiredTargets(0.10, 0.10, 0.5, 0.05, 0.80));
        // The plan's own split in the analysis: 900 targets, 100 controls (k = 1/9), 0.02 vs
        // 0.04: pbar = 0.038, sqrt(0.038 x 0.962 x 10) = 0.6046156, sqrt(0.0384 + 0.0196 x 9)
        // = 0.4634652; (1.959964 x 0.6046156 + 0.841621 x 0.4634652)^2 / 0.0004 = 6202.25:
        // 6,203 targets and 690 controls.
        const PowerAnalysis p = analysePower(0.02, 0.04, 900, 100, 0.05, 0.80);
        QVERIFY(near(p.controlRatio, 1.0 / 9.0, 1e-15));
        QCOMPARE(*p.requiredTarget, qint64(6203));
        QCOMPARE(*p.requiredControl, qint64(690));
        // Without a control group the suggestion is equal groups.
        const PowerAnalysis none = analysePower(0.02, 0.04, 1000, 0, 0.05, 0.80);
        QCOMPARE(*none.requiredTarget, *none.requiredPerGroup);
        QCOMPARE(*none.requiredControl, *none.requiredPerGroup);
    }

    void mdeInvertsTheSampleSize()
    {
        // With 3840.85 customers in each group the detectable uplift over 0.10 is 0.02 (the
        // formula above solved for d); with 3841 it is a hair smaller.
        const auto exact = minimumDetectableUplift(0.10, 3840.847482, 3840.847482, 0.05, 0.80);
        QVERIFY(exact);
        QVERIFY2(near(*exact, 0.02, 1e-7), qPrintable(QString::number(*exact, 'g', 10)));
        const auto rounded = minimumDetectableUplift(0.10, 3841, 3841, 0.05, 0.80);
        QVERIFY(*rounded < 0.02 && *rounded > 0.01999);
    }

    void mdeOfUnequalGroupsByHand()
    {
        // p1 = 0.02, 900 target, 100 control, alpha 0.05, power 0.8: d = 0.0718 solves
        //   p2 = 0.0918; pbar = (100 x 0.02 + 900 x 0.0918) / 1000 = 0.08462
        //   1.959964 x sqrt(0.08462 x 0.91538 x (1/900 + 1/100)) = 1.959964 x 0.029337 = 0.057500
        //   0.841621 x sqrt(0.02 x 0.98 / 100 + 0.0918 x 0.9082 / 900) = 0.841621 x 0.016989
        //     = 0.014299
        //   0.057500 + 0.014299 = 0.071799 = d.
        const auto mde = minimumDetectableUplift(0.02, 900, 100, 0.05, 0.80);
        QVERIFY(mde);
        QVERIFY2(near(*mde, 0.0718, 0.0001), qPrintable(QString::number(*mde)));
        // A bigger control group detects less; no control detects nothing.
        QVERIFY(*minimumDetectableUplift(0.02, 900, 400, 0.05, 0.80) < *mde);
        QVERIFY(!minimumDetectableUplift(0.02, 900, 0, 0.05, 0.80));
        // Two customers per group cannot detect any uplift at all.
        QVERIFY(!minimumDetectableUplift(0.5, 2, 2, 0.05, 0.80));
    }

    void analysisFlagsASmallControlGroup()
    {
        // Expected 0.04 vs control 0.02 (uplift 0.02) with 900 / 100: MDE 0.0718 > 0.02.
        PowerAnalysis small = analysePower(0.02, 0.04, 900, 100, 0.05, 0.80);
        QVERIFY(small.controlTooSmall);
        QVERIFY(!small.noControl);
        QVERIFY(near(small.expectedUplift, 0.02, 1e-15));
        // Needed per group for 0.02 vs 0.04: pbar 0.03; sqrt(2 x 0.03 x 0.97) = 0.241247;
        // sqrt(0.0196 + 0.0384) = 0.240832; (1.959964 x 0.241247 + 0.841621 x 0.240832)^2
        // / 0.0004 = (0.472835 + 0.202691)^2 / 0.0004 = 0.456335 / 0.0004 = 1140.8 -> 1141.
        QCOMPARE(*small.requiredPerGroup, qint64(1141));
        // 2,000 per group detect it: MDE below 0.02.
        PowerAnalysis large = analysePower(0.02, 0.04, 2000, 2000, 0.05, 0.80);
        QVERIFY(!large.controlTooSmall);
        QVERIFY(*large.mde < 0.02);
        PowerAnalysis none = analysePower(0.02, 0.04, 1000, 0, 0.05, 0.80);
        QVERIFY(none.noControl);
        QVERIFY(!none.mde);
        QVERIFY(!none.controlTooSmall);
        PowerAnalysis negative = analysePower(0.05, 0.04, 1000, 1000, 0.05, 0.80);
        QVERIFY(!negative.requiredPerGroup);
        QVERIFY(!negative.controlTooSmall);
    }
};

QTEST_GUILESS_MAIN(TestSimPower)
#include "tst_simpower.moc"
