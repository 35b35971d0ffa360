// SPDX-License-Identifier: GPL-3.0-or-later
// The `cwb outcomes import`, `cwb followup import` and `cwb evaluate` commands end to end on the
// small campaign of outcomesfixture.h: the JSON carries the engine's figures (checked by hand
// in tst_campaignevaluation), a re-import changes nothing, errors exit 1 with a message.
#include "common/testsupport.h"
#include "outcomesfixture.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

class TestEvaluateCli : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        const auto [ws, outcomes, followup] = test::writeOutcomesFixtureFiles(dir);

        test::CwbRun run =
            test::runCwb({QStringLiteral("outcomes"), QStringLiteral("import"), outcomes,
                          QStringLiteral("--campaign"), QStringLiteral("Upsell"),
                          QStringLiteral("--workspace"), ws, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QStringLiteral("added")).toInt(), 10);
        QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 6);
        QCOMPARE(o.value(QStringLiteral("dnd_added")).toInt(), 1);

        run = test::runCwb({QStringLiteral("outcomes"), QStringLiteral("import"), outcomes,
                            QStringLiteral("--campaign"), QStringLiteral("Upsell"),
                            QStringLiteral("--workspace"), ws});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("nothing changed"), run.out.constData());

        run = test::runCwb({QStringLiteral("followup"), QStringLiteral("import"), followup,
                            QStringLiteral("--workspace"), ws});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("11 customers imported"), run.out.constData());

        run = test::runCwb({QStringLiteral("evaluate"), QStringLiteral("--workspace"), ws,
                            QStringLiteral("--campaign"), QStringLiteral("Upsell"),
                            QStringLiteral("--conversion"), QStringLiteral("package = \"LD 200\""),
                            QStringLiteral("--by"), QStringLiteral("agent"),
                            QStringLiteral("--resamples"), QStringLiteral("200"),
                            QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        o = QJsonDocument::fromJson(run.out).object();
        const QJsonObject funnel = o.value(QStringLiteral("funnel")).toObject();
        QCOMPARE(funnel.value(QStringLiteral("connected")).toInt(), 7);
        // success 2/7
        QVERIFY(test::near(funnel.value(QStringLiteral("success_rate"))
                               .toObject()
                               .value(QStringLiteral("value"))
                               .toDouble(),
                           2.0 / 7.0, 1e-12));
        QCOMPARE(o.value(QStringLiteral("rows")).toArray().size(), 2); // agents A01, A02
        const QJsonObject conversion =
            o.value(QStringLiteral("conversion")).toArray().at(0).toObject();
        // 3/7 - 1/4
        QVERIFY(test::near(conversion.value(QStringLiteral("uplift_abs")).toDouble(),
                           3.0 / 7.0 - 0.25, 1e-12));
        QVERIFY(test::near(o.value(QStringLiteral("arpu_change"))
                               .toObject()
                               .value(QStringLiteral("diff"))
                               .toDouble(),
                           80.0 / 7.0, 1e-9));

        // The table form runs too; errors name the problem.
        run = test::runCwb({QStringLiteral("evaluate"), QStringLiteral("--workspace"), ws,
                            QStringLiteral("--campaign"), QStringLiteral("Upsell"),
                            QStringLiteral("--by"), QStringLiteral("day")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("2026-11-03"), run.out.constData());
        run = test::runCwb({QStringLiteral("evaluate"), QStringLiteral("--workspace"), ws,
                            QStringLiteral("--campaign"), QStringLiteral("Upsell"),
                            QStringLiteral("--by"), QStringLiteral("site")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("unknown breakdown 'site'"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestEvaluateCli)
#include "tst_evaluatecli.moc"
