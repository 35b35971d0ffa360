// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/simulationplan.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cwb::simulate {

// Where the inputs of a plan come from (PLAN.json `sources`, docs/simulate-plan.md): the keys an
// InputSource may name, the words for the defaults, and the list a plan shows beside its figures
// (the Simulation view, its PDF summary and `cwb simulate` print it).

// The cell keys a source may name, in the order they are listed.
const QStringList &cellSourceFields();
// The plan keys a source may name (horizon_months).
const QStringList &planSourceFields();
// The input's name in words ("connect rate"), translated.
QString inputLabel(const QString &field);

// The cell's input `field` as a number; nullopt for a rate that is not a point (a range or
// evidence) and for an unknown field.
std::optional<double> inputValue(const PlanCell &cell, const QString &field);
std::optional<double> inputValue(const SimulationPlan &plan, const QString &field);

// Sets (replaces) the source of `field`.
void setSource(std::vector<InputSource> &sources, const QString &field, double value,
               const QString &source);
const InputSource *findSource(const std::vector<InputSource> &sources, const QString &field);

// What the plan reader, the view's new cell and the plan from a campaign say of a value they
// did not get from the user. `channel` names the channel's cost (cost_per_contact).
QString defaultSource(const QString &field, Channel channel = Channel::Call);
// The assumed monthly revenue change (defaults::assumedMonthlyRevenueUplift), in words.
QString assumedRevenueSource();

// One line of the list: the cell (empty for the plan's own settings), the input, its value as
// shown and where it comes from. `changed`: the value is no longer the one the source gave
// (typed over since); `source` then says so and names the figure it replaced.
struct SourceLine
{
    enum class Kind
    {
        Input,          // an input of the plan (field names it)
        DuringDiscount, // worked out: the monthly revenue change during the discount
        OverHorizon     // worked out: the revenue change of a completion over the horizon
    };
    Kind kind = Kind::Input;
    QString cell;
    QString field; // plan key; empty for the lines worked out
    QString label;
    QString value;
    QString source;
    bool changed = false;
    bool assumption = false; // the assumed revenue change (assumedRevenueSource), still in use
};

// Every input that has a source, in plan order (the horizon first, then each cell's inputs in
// the order of cellSourceFields()), each checked against the current value; then per cell
// with an offer or a discount the revenue change per completion worked out over the horizon:
// during the discount (monthly_revenue_uplift - discount_per_month) and after it.
std::vector<SourceLine> describeSources(const SimulationPlan &plan);

} // namespace cwb::simulate
