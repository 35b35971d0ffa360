// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluation of the small campaign of outcomesfixture.h, every figure computed by hand below:
// the funnel overall and by wave, agent, day and grid, the package match, the refusal Pareto,
// target vs control on the conversion rule and on ARPU change, the actual ROI beside the plan's
// forecast, and the edges (no outcomes, no follow-up, bad options).
#include "common/testsupport.h"
#include "core/error.h"
#include "evaluate/campaignevaluator.h"
#include "evaluate/followup.h"
#include "evaluate/outcomeimporter.h"
#include "outcomesfixture.h"
#include "segment/ruleast.h"
#include "simulate/planreader.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cwb;

namespace {

void checkRow(const FunnelRow &row, const QString &key, qint64 targets, qint64 called,
              qint64 connected, qint64 intentions, qint64 completed)
{
    QCOMPARE(row.key, key);
    QCOMPARE(row.counts.targets, targets);
    QCOMPARE(row.counts.called, called);
    QCOMPARE(row.counts.connected, connected);
    QCOMPARE(row.counts.intentions, intentions);
    QCOMPARE(row.counts.completed, completed);
}

} // namespace

class TestCampaignEvaluation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_w; // fixture + outcomes + follow-up

    CampaignEvaluationOptions options() const
    {
        CampaignEvaluationOptions o;
        o.campaign = QStringLiteral("Upsell");
        o.conversionRule = QStringLiteral("package = \"LD 200\"");
        o.bootstrapResamples = 500;
        return o;
    }

private slots:
    void initTestCase()
    {
        m_w = Workspace::create(m_dir.filePath(QStringLiteral("eval.cwb")));
        test::fillOutcomesFixture(*m_w);
        test::importOutcomesAndFollowup(*m_w, m_dir);
    }

    void funnel()
    {
        const CampaignEvaluation e = CampaignEvaluator::evaluate(*m_w, options());
        QCOMPARE(e.targets, 8);
        QCOMPARE(e.controls, 4);
        QCOMPARE(e.attempts, 10);
        // Targets c01..c08 all called; connected: all but c08 (c03 on its 2nd attempt) = 7;
        // intentions c01 paid, c02 trial, c03 considering, c07 paid = 4; agreements 3;
        // completed c01, c07 = 2.
        checkRow(e.total, QStringLiteral("all"), 8, 8, 7, 4, 2);
        QCOMPARE(e.total.counts.agreements, 3);
        // connect 7/8 = 0.875, intention 4/7 = 0.571429, completion 2/4 = 0.5,
        // success 2/7 = 0.285714, coverage 8/8.
        CHECK_NEAR(*e.total.kpis.connect.value, 0.875, 1e-12);
        CHECK_NEAR(*e.total.kpis.intention.value, 4.0 / 7.0, 1e-12);
        CHECK_NEAR(*e.total.kpis.completion.value, 0.5, 1e-12);
        CHECK_NEAR(*e.total.kpis.success.value, 2.0 / 7.0, 1e-12);
        CHECK_NEAR(*e.total.coverage.value, 1.0, 1e-12);
        // Wilson 95% of 7/8: z = 1.959964, centre (0.875 + z^2/16) / (1 + z^2/8) ...
        // = [0.529112, 0.977583].
        CHECK_NEAR(e.total.kpis.connect.ci.low, 0.529112, 1e-6);
        CHECK_NEAR(e.total.kpis.connect.ci.high, 0.977583, 1e-6);
        // Package: c01 chose "LD 200" (= the cell's offer), c07 "LD 100": 1/2.
        QCOMPARE(e.total.counts.packageKnown, 2);
        QCOMPARE(e.total.counts.packageMatch, 1);
        CHECK_NEAR(*e.total.packageMatch.value, 0.5, 1e-12);
        QVERIFY(e.total.smallSample); // 7 connected < 30
        // Outcome mix by attempt: paid 2, trial 1, considering 1, refused 3, dnd 1, not reached 2.
        QStringList mix;
        for (const OutcomeMixRow &m : e.outcomes)
            mix << QStringLiteral("%1=%2").arg(m.code).arg(m.attempts);
        QCOMPARE(mix.join(QLatin1Char(' ')),
                 QStringLiteral("agreed_paid=2 agreed_trial=1 considering=1 do_not_disturb=1 "
                                "not_reached=2 refused=3"));
        // Refusals: "price too high" 2 of 3 = 0.666667, then "no need" 1 -> cumulative 1.
        QCOMPARE(e.reasons.size(), 2);
        QCOMPARE(e.reasons[0].reason, QStringLiteral("price too high"));
        QCOMPARE(e.reasons[0].count, 2);
        CHECK_NEAR(e.reasons[0].share, 2.0 / 3.0, 1e-12);
        CHECK_NEAR(e.reasons[0].cumulativeShare, 2.0 / 3.0, 1e-12);
        QCOMPARE(e.reasons[1].reason, QStringLiteral("no need"));
        CHECK_NEAR(e.reasons[1].share, 1.0 / 3.0, 1e-12);
        CHECK_NEAR(e.reasons[1].cumulativeShare, 1.0, 1e-12);
        // Agents (always listed): A01 called c01 c02 c03 c07 c08 -> connected c01 c02 c07 = 3,
        // intentions 3, completed 2; A02 called c03 c04 c05 c06 -> connected 4, intention c03,
        // completed 0. Both below 30 connected: flagged, with a note.
        QCOMPARE(e.agents.size(), 2);
        checkRow(e.agents[0], QStringLiteral("A01"), -1, 5, 3, 3, 2);
        checkRow(e.agents[1], QStringLiteral("A02"), -1, 4, 4, 1, 0);
        QVERIFY(e.agents[0].smallSample && e.agents[1].smallSample);
        QVERIFY(!e.notes.isEmpty());
        const EvaluationNote &agentsNote = e.notes.first();
        QCOMPARE(agentsNote.kind, EvaluationNote::Kind::SmallSampleAgents);
        QCOMPARE(agentsNote.args, (QVariantList{qint64(2), qint64(2), 30}));
        QVERIFY(evaluationNoteText(agentsNote)
                    .startsWith(QStringLiteral("2 of 2 agents have fewer than 30 connected")));
        QVERIFY(evaluationNoteText(agentsNote, true)
                    .startsWith(QStringLiteral("2 名坐席中有 2 名接通客户少于 30 人")));
        // Completion 0/1 for A02 is defined, with a Wilson interval [0, z^2 / (1 + z^2)] =
        // [0, 3.841459 / 4.841459] = [0, 0.793451].
        CHECK_NEAR(*e.agents[1].kpis.completion.value, 0.0, 1e-12);
        CHECK_NEAR(e.agents[1].kpis.completion.ci.high, 0.793451, 1e-6);
    }

    void breakdowns()
    {
        CampaignEvaluationOptions o = options();
        o.by = EvaluationBreakdown::Wave;
        CampaignEvaluation e = CampaignEvaluator::evaluate(*m_w, o);
        // Wave 1 (c01..c04): connected 4, intentions c01 c02 c03, completed c01.
        // Wave 2 (c05..c08): connected c05 c06 c07, intention c07, completed c07.
        QCOMPARE(e.rows.size(), 2);
        checkRow(e.rows[0], QStringLiteral("1 test"), 4, 4, 4, 3, 1);
        checkRow(e.rows[1], QStringLiteral("2 rollout"), 4, 4, 3, 1, 1);

        o.by = EvaluationBreakdown::Day;
        e = CampaignEvaluator::evaluate(*m_w, o);
        // 11-02: c01 c02 c03 c04, connected c01 c02 c04, intentions c01 c02, completed c01.
        // 11-03: c03 c05 c06 c07 c08, connected c03 c05 c06 c07, intentions c03 c07, completed c07.
        // 11-05: c05 refused again.
        QCOMPARE(e.rows.size(), 3);
        checkRow(e.rows[0], QStringLiteral("2026-11-02"), -1, 4, 3, 2, 1);
        checkRow(e.rows[1], QStringLiteral("2026-11-03"), -1, 5, 4, 2, 1);
        checkRow(e.rows[2], QStringLiteral("2026-11-05"), -1, 1, 1, 0, 0);
        // 0 intentions: completion rate undefined, its interval the whole range.
        QVERIFY(!e.rows[2].kpis.completion.value);
        QCOMPARE(e.rows[2].kpis.completion.ci.low, 0.0);
        QCOMPARE(e.rows[2].kpis.completion.ci.high, 1.0);

        o.by = EvaluationBreakdown::Grid;
        e = CampaignEvaluator::evaluate(*m_w, o);
        // north = wave 1's customers, south = wave 2's.
        checkRow(e.rows[0], QStringLiteral("north"), 4, 4, 4, 3, 1);
        checkRow(e.rows[1], QStringLiteral("south"), 4, 4, 3, 1, 1);

        o.by = EvaluationBreakdown::Cell;
        e = CampaignEvaluator::evaluate(*m_w, o);
        checkRow(e.rows[0], QStringLiteral("all"), 8, 8, 7, 4, 2);
        QCOMPARE(breakdownFromName(QStringLiteral("agent")), EvaluationBreakdown::Agent);
        QVERIFY_THROWS_EXCEPTION(Error, breakdownFromName(QStringLiteral("site")));
    }

    void conversionAndArpu()
    {
        const CampaignEvaluation e = CampaignEvaluator::evaluate(*m_w, options());
        QCOMPARE(e.conversion.size(), 1); // one cell: the campaign only
        const ConversionEvaluation &c = e.conversion.front();
        // Targets in the follow-up: c01..c07 (c08 missing), converted c01 c02 c07: 3/7.
        // Controls c09..c12, converted c09: 1/4.
        QCOMPARE(c.targetMissing, 1);
        QCOMPARE(c.controlMissing, 0);
        QCOMPARE(c.comparison.targetN, 7);
        QCOMPARE(c.comparison.targetSuccesses, 3);
        QCOMPARE(c.comparison.controlN, 4);
        QCOMPARE(c.comparison.controlSuccesses, 1);
        // uplift 3/7 - 1/4 = 0.178571; relative 0.178571 / 0.25 = 0.714286.
        CHECK_NEAR(*c.comparison.upliftAbs, 3.0 / 7.0 - 0.25, 1e-12);
        CHECK_NEAR(*c.comparison.upliftRel, (3.0 / 7.0 - 0.25) / 0.25, 1e-12);
        // Pooled p = 4/11; se = sqrt(4/11 * 7/11 * (1/7 + 1/4)) = 0.301511; z = 0.592254;
        // p = erfc(0.592254 / sqrt 2) = 0.553680.
        CHECK_NEAR(c.comparison.z, 0.592254, 1e-6);
        CHECK_NEAR(c.comparison.pValue, 0.553680, 1e-6);
        // Newcombe: Wilson 3/7 = [0.158220, 0.749542], 1/4 = [0.045587, 0.699358];
        // low = d - sqrt((3/7 - 0.158220)^2 + (0.699358 - 0.25)^2) = -0.345845,
        // high = d + sqrt((0.749542 - 3/7)^2 + (0.25 - 0.045587)^2) = 0.559106.
        CHECK_NEAR(c.comparison.ci.low, -0.345845, 1e-6);
        CHECK_NEAR(c.comparison.ci.high, 0.559106, 1e-6);

        // ARPU change (total_fee_m1 after - before): targets +30 +20 0 +10 0 -10 +30 (c08
        // missing), mean 80/7 = 11.428571, s^2 = 1485.714/6 = 247.619; controls +10 0 -10 0,
        // mean 0, s^2 = 200/3. se = sqrt(247.619/7 + 66.667/4) = 7.213932, t = 1.584236,
        // df = 52.041^2 / (35.374^2/6 + 16.667^2/3) = 8.993085.
        QVERIFY(e.arpu);
        QCOMPARE(e.arpu->feeColumn, QStringLiteral("total_fee_m1"));
        QCOMPARE(e.arpu->targetMissing, 1);
        QCOMPARE(e.arpu->welch.targetN, 7);
        QCOMPARE(e.arpu->welch.controlN, 4);
        CHECK_NEAR(*e.arpu->welch.targetMean, 80.0 / 7.0, 1e-9);
        CHECK_NEAR(*e.arpu->welch.controlMean, 0.0, 1e-9);
        CHECK_NEAR(*e.arpu->welch.se, 7.213932, 1e-6);
        CHECK_NEAR(*e.arpu->welch.t, 1.584236, 1e-6);
        CHECK_NEAR(*e.arpu->welch.df, 8.993085, 1e-6);
        // Incremental revenue: 11.428571 yuan/month x 8 targets = 91.428571.
        CHECK_NEAR(*e.arpu->incrementalMonthlyRevenue, 640.0 / 7.0, 1e-9);
        QVERIFY(e.arpu->bootstrap);
        QVERIFY(e.arpu->bootstrap->low < 80.0 / 7.0 && 80.0 / 7.0 < e.arpu->bootstrap->high);
        // Same seed, same interval.
        const CampaignEvaluation again = CampaignEvaluator::evaluate(*m_w, options());
        QCOMPARE(again.arpu->bootstrap->low, e.arpu->bootstrap->low);
    }

    void roiBesideForecast()
    {
        CampaignEvaluationOptions o = options();
        o.plan = simulate::readPlan(R"({"horizon_months": 12, "cells": [{"name": "upsell",
            "customers": 12, "control_share": 0.3333333333333333, "connect_rate": 0.6,
            "intention_rate": 0.5, "completion_rate": 0.5, "control_conversion_rate": 0.1,
            "monthly_revenue_uplift": 20, "cost_per_contact": 5, "cost_per_success": 10,
            "fixed_cost": 50}]})",
                                    QStringLiteral("plan.json"));
        o.planSource = QStringLiteral("plan.json");
        const CampaignEvaluation e = CampaignEvaluator::evaluate(*m_w, o);
        QVERIFY(e.roi);
        // Forecast: target 12 x 2/3 = 8, connected 4.8, intentions 2.4, completions 1.2,
        // baseline 8 x 0.1 = 0.8, incremental 0.4, revenue 0.4 x 20 x 12 = 96,
        // cost 8 x 5 + 1.2 x 10 + 50 = 102, net -6, roi -6/102.
        CHECK_NEAR(e.roi->forecast.targets, 8.0, 1e-9);
        CHECK_NEAR(e.roi->forecast.incrementalCompletions, 0.4, 1e-9);
        CHECK_NEAR(e.roi->forecast.revenue, 96.0, 1e-9);
        CHECK_NEAR(e.roi->forecast.cost, 102.0, 1e-9);
        CHECK_NEAR(*e.roi->forecast.roi, -6.0 / 102.0, 1e-9);
        // Actual: 8 targets, 2 completions, incremental 8 x (3/7 - 1/4) = 1.428571,
        // revenue 1.428571 x 20 x 12 = 342.857143, cost 8 x 5 + 2 x 10 + 50 = 110,
        // net 232.857143, roi 2.116883.
        CHECK_NEAR(e.roi->actual.targets, 8.0, 1e-12);
        CHECK_NEAR(e.roi->actual.completions, 2.0, 1e-12);
        CHECK_NEAR(e.roi->actual.incrementalCompletions, 8.0 * (3.0 / 7.0 - 0.25), 1e-12);
        CHECK_NEAR(e.roi->actual.revenue, 342.857143, 1e-6);
        CHECK_NEAR(e.roi->actual.cost, 110.0, 1e-12);
        CHECK_NEAR(e.roi->actual.net, 232.857143, 1e-6);
        CHECK_NEAR(*e.roi->actual.roi, 2.116883, 1e-6);
        // The actual figures carry the uplift's Newcombe interval [-0.345845, 0.559106]:
        // incremental 8 x that = [-2.766761, 4.472847]; revenue x 20 x 12 = [-664.022649,
        // 1073.483221]; net less the cost 110 = [-774.022649, 963.483221]; ROI / 110 =
        // [-7.036570, 8.758938]. The forecast has none.
        QVERIFY(e.roi->actual.incrementalCi && e.roi->actual.roiCi);
        CHECK_NEAR(e.roi->actual.incrementalCi->low, -2.7667610395, 1e-6);
        CHECK_NEAR(e.roi->actual.incrementalCi->high, 4.4728467555, 1e-6);
        CHECK_NEAR(e.roi->actual.revenueCi->low, -664.0226494726, 1e-4);
        CHECK_NEAR(e.roi->actual.revenueCi->high, 1073.4832213270, 1e-4);
        CHECK_NEAR(e.roi->actual.netCi->low, -774.0226494726, 1e-4);
        CHECK_NEAR(e.roi->actual.netCi->high, 963.4832213270, 1e-4);
        CHECK_NEAR(e.roi->actual.roiCi->low, -7.0365695407, 1e-6);
        CHECK_NEAR(e.roi->actual.roiCi->high, 8.7589383757, 1e-6);
        QVERIFY(!e.roi->forecast.roiCi);
        // The relative uplift 0.714286 has the log risk-ratio interval [-0.743786, 10.469982].
        QVERIFY(e.conversion.front().comparison.relCi);
        CHECK_NEAR(e.conversion.front().comparison.relCi->low, -0.7437855129, 1e-9);
        // A plan needs the measured conversion: no rule and no conversion by offer.
        o.conversionRule.clear();
        o.conversionByOffer = false;
        QVERIFY_THROWS_EXCEPTION(Error, CampaignEvaluator::evaluate(*m_w, o));
    }

    void forecastPerActualTarget()
    {
        // The same plan for 120 customers (80 targets, ten times the campaign's 8): the forecast
        // is the plan per target times the 8 actual targets, the fixed cost as planned:
        // completions 8 x 0.6 x 0.5 x 0.5 = 1.2, incremental 1.2 - 0.8 = 0.4, revenue 96,
        // cost 8 x 5 + 1.2 x 10 + 50 = 102 (unscaled it would be 80 targets, revenue 960,
        // cost 570).
        CampaignEvaluationOptions o = options();
        o.plan = simulate::readPlan(R"({"horizon_months": 12, "cells": [{"name": "upsell",
            "customers": 120, "control_share": 0.3333333333333333, "connect_rate": 0.6,
            "intention_rate": 0.5, "completion_rate": 0.5, "control_conversion_rate": 0.1,
            "monthly_revenue_uplift": 20, "cost_per_contact": 5, "cost_per_success": 10,
            "fixed_cost": 50}]})",
                                    QStringLiteral("plan.json"));
        const CampaignEvaluation e = CampaignEvaluator::evaluate(*m_w, o);
        QVERIFY(e.roi);
        CHECK_NEAR(e.roi->plannedTargets, 80.0, 1e-9);
        CHECK_NEAR(e.roi->forecast.targets, 8.0, 1e-9);
        CHECK_NEAR(e.roi->forecast.completions, 1.2, 1e-9);
        CHECK_NEAR(e.roi->forecast.incrementalCompletions, 0.4, 1e-9);
        CHECK_NEAR(e.roi->forecast.revenue, 96.0, 1e-9);
        CHECK_NEAR(e.roi->forecast.cost, 102.0, 1e-9);
        CHECK_NEAR(*e.roi->forecast.roi, -6.0 / 102.0, 1e-9);
        const QJsonObject roi = e.toJson().value(QStringLiteral("roi")).toObject();
        QCOMPARE(roi.value(QStringLiteral("planned_targets")).toDouble(), 80.0);
    }

    void agentsTestedTogether()
    {
        // A01: 2 completed of 3 connected; A02: 0 of 4. A01 against the rest (A02): pooled 2/7,
        // se = sqrt(2/7 x 5/7 x (1/3 + 1/4)) = 0.345033, z = (2/3) / se = 1.932184,
        // p = 0.053337; A02 against A01: the same p. Holm over the two: both 2 x 0.053337 =
        // 0.106674.
        const CampaignEvaluation e = CampaignEvaluator::evaluate(*m_w, options());
        QCOMPARE(e.agents.size(), 2);
        for (const FunnelRow &agent : e.agents) {
            QVERIFY(agent.vsRest);
            CHECK_NEAR(std::abs(agent.vsRest->z), 1.9321835662, 1e-9);
            CHECK_NEAR(agent.vsRest->pValue, 0.0533368528, 1e-9);
            CHECK_NEAR(*agent.pValueHolm, 0.1066737057, 1e-9);
        }
        CHECK_NEAR(*e.agents[0].vsRest->upliftAbs, 2.0 / 3.0, 1e-12);
        // The whole campaign has no "rest"; so has a breakdown with one group.
        QVERIFY(!e.total.vsRest);
        CampaignEvaluationOptions o = options();
        o.by = EvaluationBreakdown::Cell;
        QVERIFY(!CampaignEvaluator::evaluate(*m_w, o).rows[0].vsRest);
        // The JSON has the raw and the adjusted p-value per row.
        const QJsonObject json = e.toJson();
        const QJsonObject a01 = json.value(QStringLiteral("agents")).toArray().at(0).toObject();
        CHECK_NEAR(a01.value(QStringLiteral("p_value")).toDouble(), 0.0533368528, 1e-9);
        CHECK_NEAR(a01.value(QStringLiteral("p_value_holm")).toDouble(), 0.1066737057, 1e-9);
    }

    void callCellsAndOwnOffers()
    {
        // The fixture split into a call cell "all" (offer LD 200: targets c01..c06, controls
        // c09 c10) and an SMS cell "text" (offer LD 100: targets c07 c08, controls c11 c12),
        // whose targets have no call attempt.
        auto w = Workspace::create(m_dir.filePath(QStringLiteral("channels.cwb")));
        test::fillOutcomesFixture(*w);
        campaign::CampaignStore store(*w);
        campaign::Campaign c = store.get(QStringLiteral("Upsell"));
        c.cells.append({QStringLiteral("text"),
                        {},
                        QStringLiteral("total_fee_m1 > 0"),
                        QStringLiteral("LD 100"),
                        QStringLiteral("sms"),
                        0.3,
                        -1});
        store.update(c);
        w->db().exec("UPDATE campaign_members SET cell = 'text' WHERE customer_id IN ('c07', "
                     "'c08', 'c11', 'c12')");
        test::importOutcomesAndFollowup(*w, m_dir);
        w->db().exec("DELETE FROM outcomes WHERE customer_id IN ('c07', 'c08')");

        CampaignEvaluationOptions o = options();
        o.conversionRule.clear(); // the default: each cell's own offer
        o.by = EvaluationBreakdown::Cell;
        const CampaignEvaluation e = CampaignEvaluator::evaluate(*w, o);
        // Coverage counts the call cell: 6 called of its 6 targets (not 6 of all 8 targets);
        // the SMS cell has no coverage.
        QCOMPARE(e.total.counts.targets, 8);
        QCOMPARE(e.total.counts.callTargets, 6);
        CHECK_NEAR(*e.total.coverage.value, 1.0, 1e-12);
        QCOMPARE(e.rows.size(), 2);
        CHECK_NEAR(*e.rows[0].coverage.value, 1.0, 1e-12);
        QCOMPARE(e.rows[1].counts.targets, 2);
        QVERIFY(!e.rows[1].coverage.value);
        QVERIFY(std::any_of(e.notes.begin(), e.notes.end(), [](const EvaluationNote &n) {
            return n.kind == EvaluationNote::Kind::NotCalledCells &&
                   n.args == QVariantList{qint64(2), QStringLiteral("text: sms")};
        }));
        // Conversion by each cell's offer: "all" counts LD 200: targets c01 c02 of c01..c06
        // (2/6), controls c09 of c09 c10 (1/2); "text" counts LD 100: c07 chose LD 200, c08 is
        // not in the follow-up (0/1), controls 0/2. The campaign pools them: 2/7 vs 1/4 (one
        // rule "LD 200" for all would have counted c07: 3/7).
        QVERIFY(e.conversionByOffer);
        QCOMPARE(e.conversion.size(), 3);
        QCOMPARE(e.conversion[0].comparison.targetSuccesses, 2);
        QCOMPARE(e.conversion[0].comparison.targetN, 7);
        QCOMPARE(e.conversion[0].comparison.controlSuccesses, 1);
        QCOMPARE(e.conversion[1].offer, QStringLiteral("LD 200"));
        QCOMPARE(e.conversion[1].comparison.targetSuccesses, 2);
        QCOMPARE(e.conversion[1].comparison.targetN, 6);
        QCOMPARE(e.conversion[2].offer, QStringLiteral("LD 100"));
        QCOMPARE(e.conversion[2].comparison.targetSuccesses, 0);
        QCOMPARE(e.conversion[2].comparison.targetN, 1);
        // The cells are tested together: "all" z = -0.421637, p = 0.673290; "text" p = 1.
        // Holm: 2 x 0.673290 -> 1, then 1. The campaign's row has no adjusted p.
        CHECK_NEAR(e.conversion[1].comparison.pValue, 0.6732899797, 1e-9);
        QVERIFY(!e.conversion[0].pValueHolm);
        QCOMPARE(*e.conversion[1].pValueHolm, 1.0);
        QCOMPARE(*e.conversion[2].pValueHolm, 1.0);
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(QStringLiteral("conversion_by")).toString(), QStringLiteral("offer"));
        QCOMPARE(json.value(QStringLiteral("conversion"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("p_value_holm"))
                     .toDouble(),
                 1.0);

        // A plan with the two cells: the actual incremental completions are 6 x (1/3 - 1/2)
        // + 2 x 0 = -1, with the cells' Newcombe intervals [-0.636099, 0.380009] and
        // [-0.657620, 0.793451] combined by MOVER: -1 -/+ sqrt((6 x 0.469432)^2 + (2 x
        // 0.657620)^2) ... = [-4.108544, 2.643763].
        o.plan = simulate::readPlan(R"({"horizon_months": 12, "cells": [
            {"name": "all", "customers": 10, "control_share": 0.2, "monthly_revenue_uplift": 20},
            {"name": "text", "customers": 4, "control_share": 0.5, "channel": "sms",
             "monthly_revenue_uplift": 20}]})",
                                    QStringLiteral("plan.json"));
        const CampaignEvaluation r = CampaignEvaluator::evaluate(*w, o);
        QVERIFY(r.roi);
        CHECK_NEAR(r.roi->actual.incrementalCompletions, -1.0, 1e-12);
        CHECK_NEAR(r.roi->actual.incrementalCi->low, -4.1085444444, 1e-6);
        CHECK_NEAR(r.roi->actual.incrementalCi->high, 2.6437632190, 1e-6);
        // Planned targets 10 x 0.8 + 4 x 0.5 = 10; the forecast is for the actual 6 + 2.
        CHECK_NEAR(r.roi->plannedTargets, 10.0, 1e-9);
        CHECK_NEAR(r.roi->forecast.targets, 8.0, 1e-9);

        // A rule still counts one definition for every cell.
        o.plan.reset();
        o.conversionRule = QStringLiteral("package = \"LD 200\"");
        const CampaignEvaluation rule = CampaignEvaluator::evaluate(*w, o);
        QVERIFY(!rule.conversionByOffer);
        QCOMPARE(rule.conversion[0].comparison.targetSuccesses, 3);
    }

    void edges()
    {
        // No outcomes, no follow-up: every rate undefined, intervals the whole range, notes.
        auto w = Workspace::create(m_dir.filePath(QStringLiteral("empty.cwb")));
        test::fillOutcomesFixture(*w);
        CampaignEvaluationOptions o = options();
        o.conversionRule.clear();
        const CampaignEvaluation e = CampaignEvaluator::evaluate(*w, o);
        checkRow(e.total, QStringLiteral("all"), 8, 0, 0, 0, 0);
        QVERIFY(!e.total.kpis.connect.value);
        QCOMPARE(e.total.kpis.connect.ci.high, 1.0);
        QCOMPARE(*e.total.coverage.value, 0.0);
        QVERIFY(e.reasons.isEmpty());
        QVERIFY(!e.arpu);
        QCOMPARE(e.notes, (QList<EvaluationNote>{{EvaluationNote::Kind::NoOutcomes, {}},
                                                 {EvaluationNote::Kind::NoFollowup, {}}}));
        QCOMPARE(evaluationNoteText(e.notes[0]),
                 QStringLiteral("no outcomes recorded for the campaign yet"));
        QVERIFY(evaluationNoteText(e.notes[1], true).startsWith(QStringLiteral("没有回访数据")));
        // A conversion rule without a follow-up extract is refused.
        o.conversionRule = QStringLiteral("package = \"LD 200\"");
        QVERIFY_THROWS_EXCEPTION(Error, CampaignEvaluator::evaluate(*w, o));
        // Unknown campaign; a rule naming a column the follow-up extract lacks; a fee column
        // given explicitly that the extract lacks.
        o = options();
        o.campaign = QStringLiteral("Nope");
        QVERIFY_THROWS_EXCEPTION(Error, CampaignEvaluator::evaluate(*m_w, o));
        o = options();
        o.conversionRule = QStringLiteral("brand = \"x\"");
        QVERIFY_THROWS_EXCEPTION(RuleError, CampaignEvaluator::evaluate(*m_w, o));
        o = options();
        o.feeColumn = QStringLiteral("grid");
        o.feeColumnGiven = true;
        QVERIFY_THROWS_EXCEPTION(Error, CampaignEvaluator::evaluate(*m_w, o));
        // A fee rule over numbers works as well: total_fee_m1 > 60 after the campaign:
        // targets c07 (100) = 1 of 7; controls c09 c10 c11 c12 = 4 of 4.
        o = options();
        o.conversionRule = QStringLiteral("total_fee_m1 > 60");
        const CampaignEvaluation fee = CampaignEvaluator::evaluate(*m_w, o);
        QCOMPARE(fee.conversion.front().comparison.targetSuccesses, 1);
        QCOMPARE(fee.conversion.front().comparison.controlSuccesses, 4);
        // Control rate 1: the relative uplift is -6/7 / 1 = -0.857143, and the test is defined.
        CHECK_NEAR(*fee.conversion.front().comparison.upliftRel, 1.0 / 7.0 - 1.0, 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestCampaignEvaluation)
#include "tst_campaignevaluation.moc"
