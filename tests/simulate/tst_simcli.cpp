// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb simulate` end to end on docs/examples/pilot-plan.json (runs the cwb executable).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestSimCli : public QObject
{
    Q_OBJECT

private:
    QString m_exe;
    QString m_plan;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cwb(const QStringList &args)
    {
        QProcess process;
        process.start(m_exe, args);
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    static bool near(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }

private slots:
    void initTestCase()
    {
        m_exe = qEnvironmentVariable("CWB_EXE");
        if (m_exe.isEmpty())
            QSKIP("CWB_EXE is not set (run through ctest)");
        m_plan = QStringLiteral(CWB_SOURCE_DIR "/docs/examples/pilot-plan.json");
        QVERIFY(QFile::exists(m_plan));
    }

    void jsonOutputHasTheDocumentedKeys()
    {
        const Run run = cwb({QStringLiteral("simulate"), m_plan, QStringLiteral("--json"),
                             QStringLiteral("--draws"), QStringLiteral("5000")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("draws")).toInt(), 5000);
        QCOMPARE(root.value(QStringLiteral("seed")).toDouble(), 20240601.0);
        const QJsonArray cells = root.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.size(), 2);
        QList<QJsonObject> blocks;
        for (const QJsonValue &cell : cells)
            blocks.append(cell.toObject());
        blocks.append(root.value(QStringLiteral("total")).toObject());
        const QStringList expectedKeys = {QStringLiteral("target"),
                                          QStringLiteral("control"),
                                          QStringLiteral("connected"),
                                          QStringLiteral("intentions"),
                                          QStringLiteral("completions"),
                                          QStringLiteral("incremental_completions"),
                                          QStringLiteral("revenue"),
                                          QStringLiteral("cost"),
                                          QStringLiteral("net"),
                                          QStringLiteral("roi"),
                                          QStringLiteral("break_even_intention_rate")};
        for (const QJsonObject &block : blocks) {
            const QJsonObject expected = block.value(QStringLiteral("expected")).toObject();
            for (const QString &key : expectedKeys)
                QVERIFY2(expected.value(key).isDouble(), qPrintable(key));
            const QJsonObject distribution = block.value(QStringLiteral("distribution")).toObject();
            for (const QString &what : {QStringLiteral("net"), QStringLiteral("roi")}) {
                const QJsonObject s = distribution.value(what).toObject();
                for (const QString &key :
                     {QStringLiteral("mean"), QStringLiteral("p5"), QStringLiteral("p50"),
                      QStringLiteral("p95"), QStringLiteral("prob_positive")})
                    QVERIFY2(s.value(key).isDouble(), qPrintable(what + QLatin1Char('.') + key));
                QVERIFY(s.value(QStringLiteral("p5")).toDouble() <=
                        s.value(QStringLiteral("p95")).toDouble());
            }
            const QJsonObject power = block.value(QStringLiteral("power")).toObject();
            QVERIFY(power.contains(QStringLiteral("mde")));
            QVERIFY(power.value(QStringLiteral("required_per_group")).isDouble());
        }
        // Cell 1 by hand: target = 2298 x 0.9 = 2068.2; control = 229.8; connect mean
        // (0.52 + 0.62) / 2 = 0.57 -> connected = 1178.874; intention mean 396/1581 ->
        // intentions = 1178.874 x 396 / 1581 = 295.27774.
        const QJsonObject call = blocks[0].value(QStringLiteral("expected")).toObject();
        QVERIFY(near(call.value(QStringLiteral("target")).toDouble(), 2068.2, 1e-9));
        QVERIFY(near(call.value(QStringLiteral("control")).toDouble(), 229.8, 1e-9));
        QVERIFY(near(call.value(QStringLiteral("connected")).toDouble(), 1178.874, 1e-9));
        QVERIFY(near(call.value(QStringLiteral("intentions")).toDouble(), 295.27774, 1e-5));
        // Cell 2 cost by hand: target 240; connect 0.825; intention (0.25+0.35+0.45)/3 = 0.35;
        // completions = 240 x 0.825 x 0.35 x 0.5 = 34.65; cost = 240 x 40 + 34.65 x (50 + 20 x 6)
        // + 3000 = 9600 + 5890.5 + 3000 = 18490.5.
        const QJsonObject d2d = blocks[1].value(QStringLiteral("expected")).toObject();
        QVERIFY(near(d2d.value(QStringLiteral("completions")).toDouble(), 34.65, 1e-9));
        QVERIFY(near(d2d.value(QStringLiteral("cost")).toDouble(), 18490.5, 1e-6));
        QVERIFY(root.value(QStringLiteral("warnings")).isArray());
        QVERIFY(!root.value(QStringLiteral("tornado"))
                     .toObject()
                     .value(QStringLiteral("bars"))
                     .toArray()
                     .isEmpty());
    }

    void seedOptionChangesTheDrawsReproducibly()
    {
        const QStringList base = {QStringLiteral("simulate"), m_plan, QStringLiteral("--json"),
                                  QStringLiteral("--draws"), QStringLiteral("3000")};
        const Run a = cwb(base + QStringList{QStringLiteral("--seed"), QStringLiteral("5")});
        const Run b = cwb(base + QStringList{QStringLiteral("--seed"), QStringLiteral("5")});
        const Run c = cwb(base + QStringList{QStringLiteral("--seed"), QStringLiteral("6")});
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
        QVERIFY(a.out != c.out);
    }

    void tableAndComparison()
    {
        const Run table = cwb({QStringLiteral("simulate"), m_plan, QStringLiteral("--draws"),
                               QStringLiteral("2000")});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        QVERIFY(table.out.contains("break-even intention rate"));
        QVERIFY(table.out.contains("door-to-door - high value"));
        const Run compare = cwb({QStringLiteral("simulate"), m_plan, QStringLiteral("--draws"),
                                 QStringLiteral("2000"), QStringLiteral("--compare"), m_plan,
                                 QStringLiteral("--json")});
        QVERIFY2(compare.exitCode == 0, compare.err.constData());
        const QJsonObject difference = QJsonDocument::fromJson(compare.out)
                                           .object()
                                           .value(QStringLiteral("comparison"))
                                           .toObject()
                                           .value(QStringLiteral("net_difference"))
                                           .toObject();
        // A plan against itself: every draw differs by exactly 0.
        QCOMPARE(difference.value(QStringLiteral("mean")).toDouble(), 0.0);
        QCOMPARE(difference.value(QStringLiteral("prob_positive")).toDouble(), 0.0);
    }

    void badPlanIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"cells": [{"name": "x", "customers": 10, "monthly_revenue_uplift": 5,
                       "connect_rate": {"low": 0.9, "high": 0.1}}]})");
        file.close();
        const Run run = cwb({QStringLiteral("simulate"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cells[0] ('x')") && run.err.contains("connect_rate"),
                 run.err.constData());
        const Run badDraws = cwb(
            {QStringLiteral("simulate"), m_plan, QStringLiteral("--draws"), QStringLiteral("0")});
        QCOMPARE(badDraws.exitCode, 1);
        QVERIFY(badDraws.err.contains("--draws"));
    }
};

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_simcli.moc"
