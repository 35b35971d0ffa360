// SPDX-License-Identifier: GPL-3.0-or-later
#include "offer/tiers.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "offer/customerscope.h"
#include "segment/rulecompiler.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cwb {

namespace {

double medianOf(std::vector<double> v)
{
    if (v.empty())
        return 0;
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    double m = v[mid];
    if (v.size() % 2 == 0) {
        const double lower = *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid));
        m = (m + lower) / 2.0;
    }
    return m;
}

} // namespace

MeasureSample measureFromValues(std::vector<double> values)
{
    MeasureSample sample;
    std::sort(values.begin(), values.end());
    sample.localAvg.assign(values.size(), 0.0);
    sample.ldAvg.assign(values.size(), 0.0);
    sample.dataAvg.assign(values.size(), 0.0);
    sample.values = std::move(values);
    return sample;
}

MeasureSample loadMeasure(Workspace &workspace, const CustomerScope &scope,
                          const QStringList &columns, JobControl *job)
{
    Database &db = workspace.db();
    if (!db.tableExists(QStringLiteral("customers")))
        throw Error(QStringLiteral("%1 has no customers yet: import an extract first")
                        .arg(workspace.path()));
    if (columns.isEmpty())
        throw Error(QStringLiteral("the fee measure needs at least one column, e.g. "
                                   "local_fee_m1,ld_fee_m1"));
    QHash<QString, ColumnType> types;
    for (const RuleField &f : RuleCompiler::loadFields(db))
        types.insert(f.name, f.type);
    QStringList terms;
    QStringList anyPresent;
    for (const QString &column : columns) {
        if (!types.contains(column))
            throw Error(QStringLiteral("the fee measure names '%1', which is not a customer "
                                       "column")
                            .arg(column));
        if (!isNumeric(types.value(column)) || types.value(column) == ColumnType::Boolean)
            throw Error(QStringLiteral("the fee measure column '%1' is %2, expected a number")
                            .arg(column, columnTypeName(types.value(column))));
        terms << QStringLiteral("coalesce(%1, 0)").arg(Database::quoteIdentifier(column));
        anyPresent << QStringLiteral("%1 IS NOT NULL").arg(Database::quoteIdentifier(column));
    }
    auto averageOf = [&types](const char *stem) {
        QStringList parts;
        for (int m = 1; m <= 3; ++m) {
            const QString name = QStringLiteral("%1_m%2").arg(QLatin1String(stem)).arg(m);
            if (types.contains(name))
                parts << QStringLiteral("coalesce(%1, 0)").arg(Database::quoteIdentifier(name));
        }
        return parts.isEmpty()
                   ? QStringLiteral("0")
                   : QStringLiteral("(%1) / 3.0").arg(parts.join(QStringLiteral(" + ")));
    };
    const CompiledRule where = scope.where(workspace, QDate::currentDate());
    Statement query(db, QStringLiteral("SELECT %1, %2, %3, %4, (%5) FROM customers WHERE %6")
                            .arg(terms.join(QStringLiteral(" + ")), averageOf("local_minutes"),
                                 averageOf("ld_minutes"), averageOf("data_mb"),
                                 anyPresent.join(QStringLiteral(" OR ")), where.sql)
                            .toStdString());
    for (qsizetype i = 0; i < where.params.size(); ++i)
        query.bindVariant(int(i) + 1, where.params.at(i));
    struct Row
    {
        double value, local, ld, data;
    };
    std::vector<Row> rows;
    MeasureSample sample;
    sample.columns = columns;
    sqlite3_stmt *stmt = query.handle();
    while (query.step()) {
        if (sqlite3_column_int(stmt, 4) == 0) {
            ++sample.missing;
            continue;
        }
        rows.push_back({sqlite3_column_double(stmt, 0), sqlite3_column_double(stmt, 1),
                        sqlite3_column_double(stmt, 2), sqlite3_column_double(stmt, 3)});
        if (job && (rows.size() & 0xffff) == 0)
            job->throwIfCancelled();
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.value < b.value; });
    for (const Row &r : rows) {
        sample.values.push_back(r.value);
        sample.localAvg.push_back(r.local);
        sample.ldAvg.push_back(r.ld);
        sample.dataAvg.push_back(r.data);
    }
    return sample;
}

Histogram histogram(const std::vector<double> &sorted, double from, double width, int bins)
{
    if (!(width > 0) || bins < 1)
        throw Error(QStringLiteral("a histogram needs a bin width > 0 and at least one bin"));
    Histogram h;
    h.from = from;
    h.width = width;
    h.counts.assign(std::size_t(bins), 0);
    for (const double v : sorted) {
        const double slot = std::floor((v - from) / width);
        if (slot < 0)
            ++h.below;
        else if (slot >= bins)
            ++h.above;
        else
            ++h.counts[std::size_t(slot)];
    }
    return h;
}

Histogram autoHistogram(const std::vector<double> &sorted, int bins)
{
    if (sorted.empty())
        return histogram(sorted, 0, 10, 1);
    const double low = std::min(0.0, sorted.front());
    const double p99 = sorted[std::size_t(double(sorted.size() - 1) * 0.99)];
    const double span = std::max(p99 - low, 1.0);
    const double raw = span / std::max(bins, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double width = magnitude * 10;
    for (const double step : {1.0, 2.0, 5.0, 10.0})
        if (raw <= step * magnitude) {
            width = step * magnitude;
            break;
        }
    const double from = std::floor(low / width) * width;
    return histogram(sorted, from, width, int(std::ceil((p99 - from) / width)) + 1);
}

TierProposal evaluateEdges(const std::vector<double> &sorted, const std::vector<double> &edges)
{
    if (edges.size() < 2)
        throw Error(QStringLiteral("tiers need at least two band edges"));
    for (std::size_t j = 1; j < edges.size(); ++j)
        if (!(edges[j] > edges[j - 1]))
            throw Error(QStringLiteral("band edges must ascend: edge %1 (%2) is not above edge "
                                       "%3 (%4)")
                            .arg(j + 1)
                            .arg(edges[j])
                            .arg(j)
                            .arg(edges[j - 1]));
    TierProposal proposal;
    proposal.edges = edges;
    const double n = double(sorted.size());
    for (std::size_t j = 0; j + 1 < edges.size(); ++j) {
        const auto lo = std::lower_bound(sorted.begin(), sorted.end(), edges[j]);
        const auto hi = std::lower_bound(sorted.begin(), sorted.end(), edges[j + 1]);
        Band band;
        band.from = edges[j];
        band.to = edges[j + 1];
        band.count = qint64(hi - lo);
        band.share = n > 0 ? double(band.count) / n : 0.0;
        proposal.coverage += band.share;
        proposal.bands.push_back(band);
    }
    return proposal;
}

TierProposal proposeTiers(const std::vector<double> &sorted, int tiers, double coverage,
                          double roundTo)
{
    if (tiers < 1)
        throw Error(QStringLiteral("the number of tiers must be at least 1, got %1").arg(tiers));
    if (!(coverage > 0 && coverage <= 1))
        throw Error(QStringLiteral("the coverage must be a share in (0, 1], got %1").arg(coverage));
    if (sorted.empty())
        throw Error(QStringLiteral("no customer has a value of the fee measure"));
    const std::size_t n = sorted.size();
    const std::size_t k =
        std::clamp<std::size_t>(std::size_t(std::ceil(coverage * double(n) - 1e-9)), 1, n);
    std::size_t start = 0;
    double shortest = sorted[k - 1] - sorted[0];
    for (std::size_t i = 1; i + k <= n; ++i) {
        const double width = sorted[i + k - 1] - sorted[i];
        if (width < shortest) {
            shortest = width;
            start = i;
        }
    }
    std::vector<double> edges;
    edges.push_back(sorted[start]);
    for (int j = 1; j < tiers; ++j)
        edges.push_back(sorted[start + std::size_t(std::llround(double(k) * j / tiers))]);
    const double last = sorted[start + k - 1];
    if (roundTo > 0) {
        edges.front() = std::floor(edges.front() / roundTo) * roundTo;
        for (std::size_t j = 1; j < edges.size(); ++j)
            edges[j] = std::round(edges[j] / roundTo) * roundTo;
        edges.push_back(std::floor(last / roundTo) * roundTo + roundTo);
    } else {
        edges.push_back(std::nextafter(last, std::numeric_limits<double>::infinity()));
    }
    std::vector<double> ascending;
    for (const double e : edges)
        if (ascending.empty() || e > ascending.back())
            ascending.push_back(e);
    if (ascending.size() < 2)
        ascending.push_back(ascending.back() + (roundTo > 0 ? roundTo : 1.0));
    return evaluateEdges(sorted, ascending);
}

Package draftPackage(const MeasureSample &sample, const Band &band, const QString &name)
{
    const auto lo = std::lower_bound(sample.values.begin(), sample.values.end(), band.from);
    const auto hi = std::lower_bound(sample.values.begin(), sample.values.end(), band.to);
    if (lo == hi)
        throw Error(QStringLiteral("the band %1-%2 holds no customer, so it cannot become a "
                                   "package")
                        .arg(band.from)
                        .arg(band.to));
    const auto from = std::size_t(lo - sample.values.begin());
    const auto to = std::size_t(hi - sample.values.begin());
    auto slice = [from, to](const std::vector<double> &v) {
        return std::vector<double>(v.begin() + std::ptrdiff_t(from),
                                   v.begin() + std::ptrdiff_t(to));
    };
    auto roundUp = [](double v, double step) { return std::ceil(v / step - 1e-9) * step; };
    Package p;
    p.name = name;
    p.monthlyFee = std::round(medianOf(slice(sample.values)));
    p.localMinutes = roundUp(medianOf(slice(sample.localAvg)), 10);
    p.ldMinutes = roundUp(medianOf(slice(sample.ldAvg)), 10);
    p.dataMb = roundUp(medianOf(slice(sample.dataAvg)), 100);
    return p;
}

QStringList draftWarnings(const Package &draft, const Band &band)
{
    QStringList warnings;
    if (draft.monthlyFee <= 0.0)
        warnings << QCoreApplication::translate(
                        "cwb::Offer", "%1: the monthly fee is 0 yuan (the median of the band "
                                      "%2-%3 yuan rounds to 0): this package would be free; raise "
                                      "the band's lower edge or set a fee before offering it")
                        .arg(draft.name)
                        .arg(band.from)
                        .arg(band.to);
    return warnings;
}

} // namespace cwb
