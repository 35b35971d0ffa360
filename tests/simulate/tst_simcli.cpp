// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb simulate` end to end on docs/examples/pilot-plan.json (runs the cwb executable).
#include <QFile>
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

    // The demo campaign end to end: its cells' offers are in the demo catalog, so the plan from
    // the campaign prices them; --json lists every source, --write-plan keeps them.
    void planFromTheDemoCampaign()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("demo.cwb"));
        const Run demo =
            cwb({QStringLiteral("demo"), QStringLiteral("--workspace"), workspace,
                 QStringLiteral("--rows"), QStringLiteral("3000"), QStringLiteral("--evaluation")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const QString planPath = dir.filePath(QStringLiteral("plan.json"));
        const QStringList args{QStringLiteral("simulate"),
                               QStringLiteral("--campaign"),
                               QStringLiteral("Long-distance upsell, December"),
                               QStringLiteral("--workspace"),
                               workspace,
                               QStringLiteral("--draws"),
                               QStringLiteral("200")};
        const Run run = cwb(
            args + QStringList{QStringLiteral("--json"), QStringLiteral("--write-plan"), planPath});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QStringList revenue;
        for (const QJsonValue &v : root.value(QStringLiteral("sources")).toArray()) {
            const QJsonObject line = v.toObject();
            if (line.value(QStringLiteral("field")).toString() ==
                QLatin1String("monthly_revenue_uplift"))
                revenue << line.value(QStringLiteral("cell")).toString() + u':' +
                               line.value(QStringLiteral("source")).toString();
        }
        QCOMPARE(revenue.size(), 2);
        QVERIFY2(revenue.at(0).startsWith(QStringLiteral("high value, call:the cell's targets "
                                                         "priced on LD 200 (20% off 199.00 for "
                                                         "6 months)")),
                 qPrintable(revenue.join(u'\n')));
        QVERIFY2(revenue.at(1).startsWith(QStringLiteral("mid value, sms:the cell's targets "
                                                         "priced on LD 100")),
                 qPrintable(revenue.join(u'\n')));
        QFile plan(planPath);
        QVERIFY(plan.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(plan.readAll()).object();
        const QJsonObject cell = written.value(QStringLiteral("cells")).toArray().at(0).toObject();
        QCOMPARE(cell.value(QStringLiteral("offer")).toString(), QStringLiteral("LD 200"));
        QCOMPARE(cell.value(QStringLiteral("discount_months")).toDouble(), 6.0);
        QVERIFY(cell.value(QStringLiteral("sources"))
                    .toObject()
                    .contains(QStringLiteral("monthly_revenue_uplift")));
        // The table lists the sources after the figures; the written plan simulates again.
        const Run table = cwb(args);
        QVERIFY2(table.exitCode == 0, table.err.constData());
        QVERIFY(table.out.contains("Where the inputs come from"));
        QVERIFY(table.out.contains("revenue change per completion over the 12-month horizon"));
        const Run again = cwb({QStringLiteral("simulate"), planPath, QStringLiteral("--draws"),
                               QStringLiteral("200")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
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
