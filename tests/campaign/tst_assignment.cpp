// SPDX-License-Identifier: GPL-3.0-or-later
// The split as a documented function of (seed, customer id): the md5 draw against values made
// outside the program (`printf '%s' '7:c01' | md5sum`), the control quota, and the assignment of
// six customers worked out by hand (docs/campaigns.md, "The split").
#include "campaign/assignment.h"
#include "campaign/controlsplit.h"
#include "core/error.h"

#include <QTest>

#include <cmath>
#include <string>
#include <vector>

using namespace cwb;
using namespace cwb::campaign;

namespace {

// Six customers c01..c06 of one cell. md5 first 32 bits with seed 7 (md5sum):
// c01 60d72d43 = 1624714563, c02 893b6d05 = 2302373125, c03 7f435e70 = 2135121520,
// c04 18561856 = 408295510,  c05 42dc0866 = 1121716326, c06 ae7ad327 = 2927285031.
// So the draw ranks them c04, c05, c01, c03, c02, c06.
const std::vector<std::string> kIds = {"c01", "c02", "c03", "c04", "c05", "c06"};

AssignmentInput six(double share, std::vector<qint64> capacities,
                    std::vector<double> values = {100, 90, 80, 70, 60, 50})
{
    AssignmentInput input;
    input.cellShare = {share};
    input.capacities = std::move(capacities);
    for (size_t i = 0; i < kIds.size(); ++i) {
        Eligible e;
        e.id = kIds[i];
        e.value = values[i];
        e.hash = splitHash(7, QByteArrayView(kIds[i].data(), qsizetype(kIds[i].size())));
        input.customers.push_back(e);
    }
    return input;
}

QString describe(const Assignment &a)
{
    QStringList parts;
    for (size_t i = 0; i < kIds.size(); ++i) {
        const QString id = QString::fromStdString(kIds[i]);
        if (a.wave[i] < 0)
            parts << id + QStringLiteral(":-");
        else
            parts << QStringLiteral("%1:%2%3")
                         .arg(id)
                         .arg(a.wave[i] + 1)
                         .arg(a.control[i] ? QStringLiteral("C") : QStringLiteral("T"));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestAssignment : public QObject
{
    Q_OBJECT

private slots:
    // 1.96 x sqrt(1/1494 + 1/165) = 1.96 x sqrt(0.000669344 + 0.006060606) = 1.96 x 0.0820363
    // = 0.16079 (the demo's first cell); 1.96 x sqrt(2/100000) = 0.008765.
    void balanceChanceIsTheTwentiethOfRandomHalves()
    {
        QVERIFY(std::abs(balanceChance(1494, 165) - 0.16079) < 5e-5);
        QVERIFY(std::abs(balanceChance(100000, 100000) - 0.008765) < 5e-6);
        QCOMPARE(balanceChance(0, 165), 0.0);
        QCOMPARE(balanceChance(1494, 0), 0.0);
    }

    void hashIsTheFirst32BitsOfMd5()
    {
        // printf '%s' '20261123:C00000001' | md5sum  ->  c760f2a4...
        QCOMPARE(splitHash(20261123, "C00000001"), quint32(0xc760f2a4));
        QCOMPARE(splitHash(20261123, "C00000002"), quint32(0xf89dda43));
        QCOMPARE(splitHash(7, "c01"), quint32(1624714563));
        QCOMPARE(splitHash(7, "c04"), quint32(408295510));
        // UTF-8 ids: printf '%s' '1:客户001' | md5sum  ->  72e9183c...
        QCOMPARE(splitHash(1, QByteArrayView(QStringLiteral("客户001").toUtf8())),
                 quint32(0x72e9183c));
        // The seed is written in decimal, the whole 64 bits.
        QVERIFY(splitHash(18446744073709551615ULL, "c01") != splitHash(1, "c01"));
    }

    void quotaRoundsHalvesUp()
    {
        QCOMPARE(controlQuota(6, 0.5), qint64(3));
        QCOMPARE(controlQuota(3, 0.5), qint64(2)); // 1.5 -> 2
        QCOMPARE(controlQuota(4, 0.1), qint64(0)); // 0.4
        QCOMPARE(controlQuota(5, 0.1), qint64(1)); // 0.5 -> 1
        QCOMPARE(controlQuota(25, 0.1), qint64(3));
        QCOMPARE(controlQuota(680613, 0.1), qint64(68061));
        QCOMPARE(controlQuota(0, 0.3), qint64(0));
        QCOMPARE(controlQuota(10, 0.0), qint64(0));
    }

    void withoutCapacityTheLowestDrawsAreControl()
    {
        // Quota floor(6 x 0.5 + 0.5) = 3: c04, c05, c01.
        const Assignment a = assign(six(0.5, {}));
        QCOMPARE(describe(a), QStringLiteral("c01:1C c02:1T c03:1T c04:1C c05:1C c06:1T"));
    }

    void capacityCountsOnlyTargets()
    {
        // Values 100..50 rank c01..c06. Wave 1 holds 1 target: c01 (n = 1: 0 targets), c02
        // (n = 2: quota 1, 1 target), c03 (n = 3: quota 2, 1 target); c04 would make 4 with 2
        // targets, so it opens wave 2, which takes c04, c05, c06 the same way. In wave 1 the
        // draw ranks c01, c03, c02 (quota 2); in wave 2 c04, c05, c06.
        const Assignment a = assign(six(0.5, {1, 1}));
        QCOMPARE(describe(a), QStringLiteral("c01:1C c02:1T c03:1C c04:2C c05:2C c06:2T"));
        // One wave only: c04..c06 are not assigned at all (neither target nor control).
        const Assignment one = assign(six(0.5, {1}));
        QCOMPARE(describe(one), QStringLiteral("c01:1C c02:1T c03:1C c04:- c05:- c06:-"));
        // A wave without room is skipped.
        const Assignment skip = assign(six(0.5, {0, -1}));
        QCOMPARE(describe(skip), QStringLiteral("c01:2C c02:2T c03:2T c04:2C c05:2C c06:2T"));
    }

    void tiesInValueGoByCustomerId()
    {
        // Equal values: c01..c06 in id order; capacity 2 targets at share 0 takes c01, c02.
        const Assignment a = assign(six(0.0, {2}, {5, 5, 5, 5, 5, 5}));
        QCOMPARE(describe(a), QStringLiteral("c01:1T c02:1T c03:- c04:- c05:- c06:-"));
    }

    void forcedControlsFillTheQuotaFirst()
    {
        AssignmentInput input = six(0.5, {});
        input.customers[5].forced = true; // c06 must stay control
        // Quota 3: c06, then the two lowest of the others: c04, c05.
        QCOMPARE(describe(assign(input)),
                 QStringLiteral("c01:1T c02:1T c03:1T c04:1C c05:1C c06:1C"));
        // More forced than the quota: all of them stay control, no one else.
        for (auto &c : input.customers)
            c.forced = true;
        QCOMPARE(describe(assign(input)),
                 QStringLiteral("c01:1C c02:1C c03:1C c04:1C c05:1C c06:1C"));
    }

    void strataAndCellsDrawApart()
    {
        AssignmentInput input = six(0.5, {});
        input.cellShare = {0.5, 0.0};
        input.customers[1].cell = 1; // c02, c06 in a second cell without control
        input.customers[5].cell = 1;
        input.customers[2].stratum = 1; // c03 alone in a stratum: quota floor(0.5 + 0.5) = 1
        // Cell 0 stratum 0: c01, c04, c05 (quota 2: c04, c05); stratum 1: c03 (quota 1).
        QCOMPARE(describe(assign(input)),
                 QStringLiteral("c01:1T c02:1T c03:1C c04:1C c05:1C c06:1T"));
    }

    void impossibleShareIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(Error, assign(six(1.0, {})));
        QVERIFY_THROWS_EXCEPTION(Error, assign(six(-0.1, {})));
    }
};

QTEST_GUILESS_MAIN(TestAssignment)
#include "tst_assignment.moc"
