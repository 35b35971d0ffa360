// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb offer`: the catalog round trip, clear errors that change nothing, tiers and matching on a
// small demo workspace (totals add up; the CSV has a row per customer).
#include "common/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

class TestOfferCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("demo.cwb"));
        const test::CwbRun demo = test::runCwb({"demo", "--rows", "2000", "--workspace", m_ws});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void catalogRoundTrip()
    {
        test::CwbRun r =
            test::runCwb({"offer", "add", "--name", "Basic 39", "--fee", "39", "--local-minutes",
                          "200", "--data-mb", "2048", "--workspace", m_ws});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = test::runCwb({"offer",
                          "add",
                          "--name",
                          "Family 129",
                          "--fee",
                          "129",
                          "--local-minutes",
                          "unlimited",
                          "--ld-minutes",
                          "300",
                          "--data-mb",
                          "20480",
                          "--broadband-mbps",
                          "300",
                          "--discount",
                          "20%",
                          "--discount-months",
                          "6",
                          "--channels",
                          "call,store",
                          "--workspace",
                          m_ws});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // A bad value is refused with the reason and adds nothing.
        r = test::runCwb({"offer", "add", "--name", "Bad", "--fee", "10", "--discount", "30",
                          "--discount-months", "2", "--workspace", m_ws});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("the discount of 30 yuan exceeds the monthly fee of 10 yuan"),
                 r.err.constData());
        r = test::runCwb({"offer", "list", "--json", "--workspace", m_ws});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value("discount").toObject().value("kind").toString(),
                 QStringLiteral("percent"));
        QVERIFY(list.at(1).toObject().value("included").toObject().value("local_minutes").isNull());

        const QString file = m_dir.filePath(QStringLiteral("catalog.json"));
        QCOMPARE(test::runCwb({"offer", "export", file, "--workspace", m_ws}).exitCode, 0);
        r = test::runCwb({"offer", "import", file, "--workspace", m_ws});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nothing was imported"), r.err.constData());
        QCOMPARE(test::runCwb({"offer", "import", file, "--replace", "--workspace", m_ws}).exitCode,
                 0);
        QCOMPARE(test::runCwb({"offer", "remove", "Basic 39", "--workspace", m_ws}).exitCode, 0);
        QCOMPARE(test::runCwb({"offer", "import", file, "--workspace", m_ws}).exitCode, 1);
        QCOMPARE(test::runCwb({"offer", "import", file, "--replace", "--workspace", m_ws}).exitCode,
                 0);
    }

    void matchTotalsAddUp()
    {
        const QString csv = m_dir.filePath(QStringLiteral("match.csv"));
        const test::CwbRun r = test::runCwb(
            {"offer", "match", "--by", "value:10", "--json", "--out", csv, "--workspace", m_ws});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const qint64 customers = root.value("customers").toInteger();
        QVERIFY(customers > 1900);
        qint64 sum = 0;
        for (const QJsonValue &p : root.value("packages").toArray())
            sum += p.toObject().value("customers").toInteger();
        QCOMPARE(sum, customers);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), customers + 1);

        const test::CwbRun bad =
            test::runCwb({"offer", "match", "--by", "dearest", "--workspace", m_ws});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("expected cheapest, value:X"));
    }

    // --segment NAME matches exactly the customers of a saved segment: as many as the rule
    // engine counts for segment:"NAME".
    void matchBySegment()
    {
        test::CwbRun r = test::runCwb(
            {"segment", "add", "high value", "--rule", "total_fee_m1 >= 150", "--workspace", m_ws});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = test::runCwb({"segment", "count", "--rule", "segment:\"high value\"", "--json",
                          "--workspace", m_ws});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 expected = QJsonDocument::fromJson(r.out).object().value("count").toInteger();
        QVERIFY(expected > 0);
        r = test::runCwb(
            {"offer", "match", "--segment", "high value", "--json", "--workspace", m_ws});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("customers").toInteger(), expected);
        r = test::runCwb(
            {"offer", "match", "--segment", "high value", "--rule", "true", "--workspace", m_ws});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not both"), r.err.constData());
        r = test::runCwb({"offer", "match", "--segment", "nobody", "--workspace", m_ws});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nobody"), r.err.constData());
    }

    void tiersCoverTheTarget()
    {
        const test::CwbRun r =
            test::runCwb({"offer", "tiers", "--measure", "total_fee_m1", "--tiers", "3",
                          "--coverage", "0.8", "--round", "0", "--json", "--workspace", m_ws});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value("bands").toArray().size(), 3);
        // Unrounded edges hold exactly ceil(0.8 n) customers.
        const double n = root.value("customers").toDouble();
        CHECK_NEAR(root.value("coverage").toDouble(), std::ceil(0.8 * n) / n, 1e-9);
        const test::CwbRun bad =
            test::runCwb({"offer", "tiers", "--measure", "no_such", "--workspace", m_ws});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("'no_such', which is not a customer column"));
    }
};

QTEST_GUILESS_MAIN(TestOfferCli)
#include "tst_offercli.moc"
