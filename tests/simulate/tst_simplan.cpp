// SPDX-License-Identifier: GPL-3.0-or-later
// Reading PLAN.json: fields, defaults and the rejection of impossible values.
#include "core/error.h"
#include "simulate/planreader.h"
#include "simulate/plansources.h"
#include "simulate/planwriter.h"

#include <QTest>

using namespace cwb::simulate;

class TestSimPlan : public QObject
{
    Q_OBJECT

private:
    // A plan with one cell whose fields are `cellFields` (JSON members without braces).
    static QByteArray oneCell(const QByteArray &cellFields, const QByteArray &top = QByteArray())
    {
        return "{" + top +
               "\"cells\": [{\"name\": \"A\", \"customers\": 100, "
               "\"monthly_revenue_uplift\": 10" +
               (cellFields.isEmpty() ? QByteArray() : ", " + cellFields) + "}]}";
    }

private slots:
    void minimalPlanTakesTheDefaults()
    {
        const SimulationPlan plan = readPlan(oneCell(QByteArray()), QStringLiteral("p.json"));
        QCOMPARE(plan.horizonMonths, 12.0);
        QCOMPARE(plan.draws, 100000);
        QCOMPARE(plan.seed, quint64(1));
        QCOMPARE(plan.alpha, 0.05);
        QCOMPARE(plan.power, 0.8);
        QCOMPARE(plan.cells.size(), size_t(1));
        const PlanCell &cell = plan.cells[0];
        QCOMPARE(cell.name, QStringLiteral("A"));
        QCOMPARE(cell.customers, 100.0);
        QCOMPARE(cell.controlShare, 0.0);
        QVERIFY(cell.channel == Channel::Call);
        QCOMPARE(cell.rate(RateSlot::Connect).mean(), 0.60);
        QCOMPARE(cell.rate(RateSlot::Intention).mean(), 0.2502);
        QCOMPARE(cell.rate(RateSlot::Completion).mean(), 0.4354);
        QCOMPARE(cell.rate(RateSlot::ControlConversion).mean(), 0.0);
        QCOMPARE(cell.costPerContact, defaultCostPerContact(Channel::Call));
        QCOMPARE(cell.costPerSuccess, 0.0);
        QCOMPARE(cell.fixedCost, 0.0);
        QVERIFY(!cell.controlConversionGiven);
        QCOMPARE(plan.warnings.size(), 1);
        QVERIFY(plan.warnings[0].contains(QStringLiteral("control_conversion_rate")));
    }

    void everyFieldIsRead()
    {
        const QByteArray json = R"({
            "horizon_months": 6, "draws": 5000, "seed": 42, "alpha": 0.1, "power": 0.9,
            "cells": [{
                "name": "d2d", "customers": 300, "control_share": 0.2, "channel": "door_to_door",
                "connect_rate": {"low": 0.75, "high": 0.9},
                "intention_rate": {"low": 0.25, "high": 0.45, "mode": 0.35},
                "completion_rate": {"successes": 172, "trials": 395},
                "control_conversion_rate": 0.03,
                "monthly_revenue_uplift": 60, "discount_per_month": 20, "discount_months": 6,
                "cost_per_success": 50, "fixed_cost": 3000
            }, {
                "name": "sms", "customers": 1000, "channel": "sms", "cost_per_contact": 0.1,
                "monthly_revenue_uplift": 5, "control_conversion_rate": 0.01
            }]})";
        const SimulationPlan plan = readPlan(json, QStringLiteral("p.json"));
        QCOMPARE(plan.horizonMonths, 6.0);
        QCOMPARE(plan.draws, 5000);
        QCOMPARE(plan.seed, quint64(42));
        QCOMPARE(plan.alpha, 0.1);
        QCOMPARE(plan.power, 0.9);
        QVERIFY(plan.warnings.isEmpty());
        const PlanCell &d2d = plan.cells[0];
        QVERIFY(d2d.channel == Channel::DoorToDoor);
        QCOMPARE(d2d.controlShare, 0.2);
        QVERIFY(d2d.rate(RateSlot::Connect).kind() == UncertainRate::Kind::Uniform);
        QCOMPARE(d2d.rate(RateSlot::Connect).low(), 0.75);
        QCOMPARE(d2d.rate(RateSlot::Connect).high(), 0.9);
        QVERIFY(d2d.rate(RateSlot::Intention).kind() == UncertainRate::Kind::Triangular);
        QCOMPARE(d2d.rate(RateSlot::Intention).mode(), 0.35);
        QVERIFY(d2d.rate(RateSlot::Completion).kind() == UncertainRate::Kind::Evidence);
        QCOMPARE(d2d.rate(RateSlot::Completion).successes(), qint64(172));
        QCOMPARE(d2d.rate(RateSlot::Completion).trials(), qint64(395));
        QCOMPARE(d2d.rate(RateSlot::ControlConversion).mean(), 0.03);
        QCOMPARE(d2d.monthlyRevenueUplift, 60.0);
        QCOMPARE(d2d.discountPerMonth, 20.0);
        QCOMPARE(d2d.discountMonths, 6.0);
        QCOMPARE(d2d.costPerContact, defaultCostPerContact(Channel::DoorToDoor));
        QCOMPARE(d2d.costPerSuccess, 50.0);
        QCOMPARE(d2d.fixedCost, 3000.0);
        QCOMPARE(plan.cells[1].costPerContact, 0.1);
        QVERIFY(plan.cells[1].channel == Channel::Sms);
    }

    void impossibleValuesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected"); // all must appear in the message

        const QString cell = QStringLiteral("cells[0] ('A')");
        QTest::newRow("rate above 1")
            << oneCell("\"connect_rate\": 1.2")
            << QStringList{QStringLiteral("p.json"), cell, QStringLiteral("connect_rate"),
                           QStringLiteral("between 0 and 1")};
        QTest::newRow("negative rate")
            << oneCell("\"completion_rate\": -0.1")
            << QStringList{cell, QStringLiteral("completion_rate"), QStringLiteral("-0.1")};
        QTest::newRow("negative customers")
            << QByteArray(
                   R"({"cells": [{"name": "A", "customers": -5, "monthly_revenue_uplift": 1}]})")
            << QStringList{cell, QStringLiteral("customers"), QStringLiteral("-5")};
        QTest::newRow("fractional customers")
            << QByteArray(
                   R"({"cells": [{"name": "A", "customers": 2.5, "monthly_revenue_uplift": 1}]})")
            << QStringList{cell, QStringLiteral("customers"), QStringLiteral("whole number")};
        QTest::newRow("low above high")
            << oneCell("\"intention_rate\": {\"low\": 0.4, \"high\": 0.2}")
            << QStringList{cell, QStringLiteral("intention_rate"),
                           QStringLiteral("low 0.4 is above high 0.2")};
        QTest::newRow("mode outside range")
            << oneCell("\"intention_rate\": {\"low\": 0.1, \"high\": 0.2, \"mode\": 0.3}")
            << QStringList{cell, QStringLiteral("intention_rate"), QStringLiteral("mode 0.3")};
        QTest::newRow("range without high")
            << oneCell("\"intention_rate\": {\"low\": 0.1}")
            << QStringList{cell, QStringLiteral("intention_rate"), QStringLiteral("\"high\"")};
        QTest::newRow("successes above trials")
            << oneCell("\"completion_rate\": {\"successes\": 12, \"trials\": 10}")
            << QStringList{cell, QStringLiteral("completion_rate"),
                           QStringLiteral("successes 12 is more than trials 10")};
        QTest::newRow("zero trials")
            << oneCell("\"completion_rate\": {\"successes\": 0, \"trials\": 0}")
            << QStringList{cell, QStringLiteral("completion_rate.trials")};
        QTest::newRow("mixed rate object")
            << oneCell("\"completion_rate\": {\"successes\": 1, \"trials\": 2, \"low\": 0.1}")
            << QStringList{cell, QStringLiteral("completion_rate"),
                           QStringLiteral("unknown key 'low'")};
        QTest::newRow("rate as text")
            << oneCell("\"connect_rate\": \"60%\"")
            << QStringList{cell, QStringLiteral("connect_rate"), QStringLiteral("expected a rate")};
        QTest::newRow("unknown cell key")
            << oneCell("\"conect_rate\": 0.5")
            << QStringList{cell, QStringLiteral("unknown key 'conect_rate'")};
        QTest::newRow("unknown top key")
            << oneCell(QByteArray(), "\"horizon\": 12, ")
            << QStringList{QStringLiteral("p.json"), QStringLiteral("unknown key 'horizon'")};
        QTest::newRow("unknown channel")
            << oneCell("\"channel\": \"fax\"")
            << QStringList{cell, QStringLiteral("channel"), QStringLiteral("'fax'"),
                           QStringLiteral("door_to_door")};
        QTest::newRow("control share 1") << oneCell("\"control_share\": 1")
                                         << QStringList{cell, QStringLiteral("control_share")};
        QTest::newRow("negative cost")
            << oneCell("\"fixed_cost\": -100")
            << QStringList{cell, QStringLiteral("fixed_cost"), QStringLiteral("negative")};
        QTest::newRow("missing revenue")
            << QByteArray(R"({"cells": [{"name": "A", "customers": 5}]})")
            << QStringList{cell, QStringLiteral("monthly_revenue_uplift"),
                           QStringLiteral("required")};
        QTest::newRow("missing customers")
            << QByteArray(R"({"cells": [{"name": "A", "monthly_revenue_uplift": 5}]})")
            << QStringList{cell, QStringLiteral("customers"), QStringLiteral("required")};
        QTest::newRow("duplicate names")
            << QByteArray(R"({"cells": [{"name": "A", "customers": 5, "monthly_revenue_uplift": 1},
                                        {"name": "A", "customers": 6, "monthly_revenue_uplift": 1}]})")
            << QStringList{QStringLiteral("cells[1] ('A')"), QStringLiteral("same name")};
        QTest::newRow("no cells") << QByteArray(R"({"cells": []})")
                                  << QStringList{QStringLiteral("cells")};
        QTest::newRow("zero draws")
            << oneCell(QByteArray(), "\"draws\": 0, ")
            << QStringList{QStringLiteral("draws"), QStringLiteral("out of range")};
        QTest::newRow("alpha 1") << oneCell(QByteArray(), "\"alpha\": 1, ")
                                 << QStringList{QStringLiteral("alpha")};
        QTest::newRow("bad json") << QByteArray(
                                         "{\n  \"cells\": [\n    {\"name\": \"A\",,}\n  ]\n}")
                                  << QStringList{QStringLiteral("p.json"), QStringLiteral("line 3"),
                                                 QStringLiteral("not valid JSON")};
        QTest::newRow("revenue as text")
            << QByteArray(
                   R"({"cells": [{"name": "A", "customers": 5, "monthly_revenue_uplift": "x"}]})")
            << QStringList{cell, QStringLiteral("monthly_revenue_uplift"),
                           QStringLiteral("expected a number")};
        QTest::newRow("unknown source key")
            << oneCell("\"sources\": {\"conect_rate\": {\"value\": 0.6, \"source\": \"x\"}}")
            << QStringList{cell, QStringLiteral("sources"),
                           QStringLiteral("unknown key 'conect_rate'")};
        QTest::newRow("source without text")
            << oneCell("\"sources\": {\"connect_rate\": {\"value\": 0.6}}")
            << QStringList{cell, QStringLiteral("sources.connect_rate.source"),
                           QStringLiteral("non-empty text")};
        QTest::newRow("source value as text")
            << oneCell("\"sources\": {\"connect_rate\": {\"value\": \"0.6\", \"source\": \"x\"}}")
            << QStringList{cell, QStringLiteral("sources.connect_rate.value"),
                           QStringLiteral("expected a number")};
        QTest::newRow("offer not text")
            << oneCell("\"offer\": 129")
            << QStringList{cell, QStringLiteral("offer"), QStringLiteral("text")};
        QTest::newRow("plan source of a cell field")
            << oneCell(QByteArray(),
                       "\"sources\": {\"customers\": {\"value\": 1, \"source\": \"x\"}}, ")
            << QStringList{QStringLiteral("p.json"), QStringLiteral("sources"),
                           QStringLiteral("unknown key 'customers'")};
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << QStringList{QStringLiteral("object")};
    }

    void impossibleValuesAreRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        try {
            readPlan(json, QStringLiteral("p.json"));
            QFAIL("the plan was accepted");
        } catch (const cwb::Error &error) {
            for (const QString &part : expected) {
                QVERIFY2(error.message().contains(part),
                         qPrintable(QStringLiteral("'%1' not in: %2").arg(part, error.message())));
            }
        }
    }

    // A plan without sources (as written before they existed) is read as before; the defaults
    // the reader applies get their source, the values the plan gives none.
    void oldPlanGetsTheSourcesOfItsDefaults()
    {
        const SimulationPlan plan = readPlan(oneCell("\"connect_rate\": 0.5, \"channel\": \"sms\""),
                                             QStringLiteral("p.json"));
        const PlanCell &cell = plan.cells[0];
        QCOMPARE(cell.rate(RateSlot::Connect).mean(), 0.5);
        QVERIFY(!findSource(cell.sources, QStringLiteral("connect_rate")));
        QVERIFY(!findSource(cell.sources, QStringLiteral("customers")));
        QVERIFY(!findSource(cell.sources, QStringLiteral("monthly_revenue_uplift")));
        const InputSource *intention = findSource(cell.sources, QStringLiteral("intention_rate"));
        QVERIFY(intention);
        QCOMPARE(intention->value, 0.2502);
        QCOMPARE(intention->source, QStringLiteral("pilot default (simulatedefaults.h)"));
        const InputSource *cost = findSource(cell.sources, QStringLiteral("cost_per_contact"));
        QVERIFY(cost);
        QCOMPARE(cost->value, 0.05);
        QVERIFY(cost->source.contains(QStringLiteral("by sms")));
        QVERIFY(findSource(plan.sources, QStringLiteral("horizon_months")));
        // Written and read again: the same sources, now from the file.
        const SimulationPlan again =
            readPlan(cwb::PlanWriter::toBytes(plan), QStringLiteral("again.json"));
        QCOMPARE(again.cells[0].sources.size(), cell.sources.size());
        for (const InputSource &s : cell.sources)
            QVERIFY(*findSource(again.cells[0].sources, s.field) == s);
    }

    void negativeRevenueChangeIsRead()
    {
        const SimulationPlan plan = readPlan(
            R"({"cells": [{"name": "A", "customers": 5, "monthly_revenue_uplift": -34.63,
                "offer": "畅享 129", "sources": {"monthly_revenue_uplift": {"value": -34.63,
                "source": "match"}}}]})",
            QStringLiteral("p.json"));
        QCOMPARE(plan.cells[0].monthlyRevenueUplift, -34.63);
        QCOMPARE(plan.cells[0].offer, QStringLiteral("畅享 129"));
        QCOMPARE(
            findSource(plan.cells[0].sources, QStringLiteral("monthly_revenue_uplift"))->source,
            QStringLiteral("match"));
    }

    void missingFileIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(cwb::Error,
                                 readPlanFile(QStringLiteral("/nonexistent/plan.json")));
    }
};

QTEST_GUILESS_MAIN(TestSimPlan)
#include "tst_simplan.moc"
