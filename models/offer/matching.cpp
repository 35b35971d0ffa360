// SPDX-License-Identifier: GPL-3.0-or-later
#include "offer/matching.h"

#include "segment/segmentstore.h"

#include "core/csvwriter.h"
#include "core/error.h"
#include "core/jobcontrol.h"
#include "offer/customerscope.h"
#include "workspace/workspace.h"

#include <QSet>

#include <sqlite3.h>

#include <cmath>

namespace cwb {

QString featureName(Feature feature)
{
    switch (feature) {
    case Feature::Local:
        return QStringLiteral("local");
    case Feature::LongDistance:
        return QStringLiteral("ld");
    case Feature::Data:
        return QStringLiteral("data");
    case Feature::Broadband:
        return QStringLiteral("broadband");
    }
    return {};
}

QList<FeatureRule> defaultFeatureRules()
{
    return {
        {Feature::Local,
         QStringLiteral("avg(local_minutes_m1, local_minutes_m2, local_minutes_m3) > 500")},
        {Feature::LongDistance,
         QStringLiteral("avg(ld_minutes_m1, ld_minutes_m2, ld_minutes_m3) > 300")},
        {Feature::Data, QStringLiteral("avg(data_mb_m1, data_mb_m2, data_mb_m3) > 5000")},
        {Feature::Broadband,
         QStringLiteral("broadband_mbps < 100 AND avg(data_mb_m1, data_mb_m2, data_mb_m3) > 3000")},
    };
}

bool addsFeature(const Package &p, const CustomerUsage &c, Feature feature)
{
    auto average = [&c](double MonthUsage::*field) {
        return (c.months[0].*field + c.months[1].*field + c.months[2].*field) / 3.0;
    };
    switch (feature) {
    case Feature::Local:
        return p.localMinutes >= average(&MonthUsage::localMinutes);
    case Feature::LongDistance:
        return p.ldMinutes >= average(&MonthUsage::ldMinutes);
    case Feature::Data:
        return p.dataMb >= average(&MonthUsage::dataMb);
    case Feature::Broadband:
        return p.broadbandMbps > c.broadbandMbps;
    }
    return false;
}

MatchRule parseMatchRule(const QString &text)
{
    const QString t = text.trimmed().toLower();
    MatchRule rule;
    if (t == QLatin1String("cheapest"))
        return rule;
    if (t == QLatin1String("upsell")) {
        rule.kind = MatchRule::Kind::Upsell;
        return rule;
    }
    if (t.startsWith(QLatin1String("value:"))) {
        bool ok = false;
        const double x = t.mid(6).toDouble(&ok);
        if (ok && std::isfinite(x) && x >= 0) {
            // The budget is money: whole fen (bills are compared in fen).
            if (std::abs(x * 100.0 - double(toFen(x))) > 1e-6)
                throw Error(QStringLiteral("recommendation rule '%1': the budget X of value:X is "
                                           "in yuan with at most 2 decimals (whole fen)")
                                .arg(text));
            rule.kind = MatchRule::Kind::Value;
            rule.maxIncrease = x;
            return rule;
        }
    }
    throw Error(QStringLiteral("unknown recommendation rule '%1': expected cheapest, value:X "
                               "(X yuan >= 0 above today's bill) or upsell")
                    .arg(text));
}

QString matchRuleText(const MatchRule &rule)
{
    switch (rule.kind) {
    case MatchRule::Kind::Cheapest:
        return QStringLiteral("cheapest");
    case MatchRule::Kind::Value:
        return QStringLiteral("value:%1").arg(rule.maxIncrease);
    case MatchRule::Kind::Upsell:
        return QStringLiteral("upsell");
    }
    return {};
}

QString noMatchText(NoMatch reason)
{
    switch (reason) {
    case NoMatch::None:
        return {};
    case NoMatch::NoEligible:
        return QStringLiteral("no eligible package");
    case NoMatch::NoBillToday:
        return QStringLiteral("no bill today");
    case NoMatch::NothingInBudget:
        return QStringLiteral("nothing within budget");
    case NoMatch::NoFeature:
        return QStringLiteral("no feature suggested");
    case NoMatch::NoUpsell:
        return QStringLiteral("no upsell adds a suggested feature");
    }
    return {};
}

QString UsageTable::customerId(qsizetype i) const
{
    const std::uint32_t from = idStart[std::size_t(i)];
    const std::uint32_t to = idStart[std::size_t(i) + 1];
    return QString::fromUtf8(idChars.data() + from, qsizetype(to - from));
}

namespace {

// The usage columns in the order they are selected.
enum Col
{
    Local1,
    Local2,
    Local3,
    Ld1,
    Ld2,
    Ld3,
    Data1,
    Data2,
    Data3,
    Total1,
    Total2,
    Total3,
    Roaming,
    Fixed,
    BroadbandFee,
    BroadbandMbps,
    ColCount
};

const char *const kColumns[ColCount] = {
    "local_minutes_m1", "local_minutes_m2", "local_minutes_m3", "ld_minutes_m1",
    "ld_minutes_m2",    "ld_minutes_m3",    "data_mb_m1",       "data_mb_m2",
    "data_mb_m3",       "total_fee_m1",     "total_fee_m2",     "total_fee_m3",
    "roaming_fee_m1",   "fixed_fee_m1",     "broadband_fee_m1", "broadband_mbps"};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

qint64 toFen(double yuan)
{
    return std::llround(yuan * 100.0);
}

UsageTable loadUsage(Workspace &workspace, const CustomerScope &scope,
                     const QList<Package> &packages, const QList<FeatureRule> &featureRules,
                     QDate date, JobControl *job)
{
    Database &db = workspace.db();
    if (!db.tableExists(QStringLiteral("customers")))
        throw Error(QStringLiteral("%1 has no customers yet: import an extract first")
                        .arg(workspace.path()));
    if (packages.size() > 32)
        throw Error(QStringLiteral("matching takes at most 32 packages at a time, got %1")
                        .arg(packages.size()));
    if (!date.isValid())
        date = QDate::currentDate();
    const QList<RuleField> fields = RuleCompiler::loadFields(db);
    QSet<QString> present;
    for (const RuleField &f : fields)
        present.insert(f.name);
    UsageTable table;
    QStringList select{QStringLiteral("rowid"), QStringLiteral("customer_id")};
    for (const char *column : kColumns) {
        const QString name = QString::fromLatin1(column);
        if (present.contains(name)) {
            select << Database::quoteIdentifier(name);
        } else {
            select << QStringLiteral("NULL");
            table.missingColumns << name;
        }
    }
    if (!present.contains(QStringLiteral("local_minutes_m1")) &&
        !present.contains(QStringLiteral("ld_minutes_m1")) &&
        !present.contains(QStringLiteral("data_mb_m1")))
        throw Error(QStringLiteral("%1: the customers have no usage columns (local_minutes_m1, "
                                   "ld_minutes_m1 or data_mb_m1), so packages cannot be priced")
                        .arg(workspace.path()));

    // Eligibility and feature rules may name tags and saved segments: the store resolves them.
    SegmentStore compiler(workspace, date);
    QVariantList params;
    for (const Package &p : packages) {
        if (p.eligibility.trimmed().isEmpty()) {
            select << (p.isValidOn(date) ? QStringLiteral("1") : QStringLiteral("0"));
            continue;
        }
        CompiledRule rule;
        try {
            rule = compiler.compile(p.eligibility);
        } catch (const Error &e) {
            throw Error(
                QStringLiteral("package '%1': eligibility rule: %2").arg(p.name, e.message()));
        }
        if (!p.isValidOn(date)) {
            select << QStringLiteral("0");
            continue;
        }
        select << QStringLiteral("coalesce((%1), 0)").arg(rule.sql);
        params += rule.params;
    }
    QList<Feature> features;
    for (const FeatureRule &f : featureRules) {
        CompiledRule rule;
        try {
            rule = compiler.compile(f.rule);
        } catch (const Error &e) {
            throw Error(
                QStringLiteral("feature '%1': rule: %2").arg(featureName(f.feature), e.message()));
        }
        select << QStringLiteral("coalesce((%1), 0)").arg(rule.sql);
        params += rule.params;
        features << f.feature;
    }
    const CompiledRule where = scope.where(workspace, date);
    params += where.params;

    // Room for every row (an upper bound; pages never touched cost nothing), without a count
    // that would scan the table once more.
    const qint64 expected = db.scalar("SELECT coalesce(max(rowid), 0) FROM customers").toLongLong();
    table.rowids.reserve(std::size_t(expected));
    table.usage.reserve(std::size_t(expected));
    table.eligible.reserve(std::size_t(expected));
    table.features.reserve(std::size_t(expected));
    table.idStart.reserve(std::size_t(expected) + 1);
    table.idChars.reserve(std::size_t(expected) * 10);
    table.idStart.push_back(0);

    Statement query(db, QStringLiteral("SELECT %1 FROM customers WHERE %2")
                            .arg(select.join(QStringLiteral(", ")), where.sql)
                            .toStdString());
    for (qsizetype i = 0; i < params.size(); ++i)
        query.bindVariant(int(i) + 1, params.at(i));
    sqlite3_stmt *stmt = query.handle();
    const int firstPackage = 2 + ColCount;
    const int firstFeature = firstPackage + int(packages.size());
    Progress progress;
    while (query.step()) {
        table.rowids.push_back(sqlite3_column_int64(stmt, 0));
        const auto *id = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
        if (id)
            table.idChars.append(id, std::size_t(sqlite3_column_bytes(stmt, 1)));
        table.idStart.push_back(std::uint32_t(table.idChars.size()));
        auto real = [stmt](int col) { return sqlite3_column_double(stmt, 2 + col); };
        CustomerUsage c;
        for (int k = 0; k < 3; ++k) {
            c.months[k].localMinutes = real(Local1 + k);
            c.months[k].ldMinutes = real(Ld1 + k);
            c.months[k].dataMb = real(Data1 + k);
        }
        double total = 0;
        int months = 0;
        for (int k = 0; k < 3; ++k)
            if (sqlite3_column_type(stmt, 2 + Total1 + k) != SQLITE_NULL) {
                total += real(Total1 + k);
                ++months;
            }
        c.todayBill = months > 0 ? total / months : kNaN;
        c.roamingFee = real(Roaming);
        c.fixedFee = real(Fixed);
        c.broadbandFee = real(BroadbandFee);
        c.broadbandMbps = int(real(BroadbandMbps));
        table.usage.push_back(c);
        std::uint32_t eligible = 0;
        for (int p = 0; p < int(packages.size()); ++p)
            if (sqlite3_column_int(stmt, firstPackage + p) != 0)
                eligible |= 1u << p;
        table.eligible.push_back(eligible);
        std::uint8_t suggested = 0;
        for (int f = 0; f < int(features.size()); ++f)
            if (sqlite3_column_int(stmt, firstFeature + f) != 0)
                suggested |= std::uint8_t(1u << int(features.at(f)));
        table.features.push_back(suggested);
        if (job && (table.rowids.size() & 0xffff) == 0) {
            job->throwIfCancelled();
            progress.items = qint64(table.rowids.size());
            progress.bytesTotal = expected;
            progress.bytesDone = progress.items;
            job->report(progress);
        }
    }
    return table;
}

MatchResult recommend(const QList<Package> &packages, UsageTable table, const MatchRule &rule,
                      JobControl *job)
{
    MatchResult result;
    result.packages = packages;
    result.table = std::move(table);
    const std::size_t n = result.table.usage.size();
    const int count = int(packages.size());
    result.choice.assign(n, -1);
    result.reason.assign(n, NoMatch::None);
    result.bill.assign(n, kNaN);
    result.regularBill.assign(n, kNaN);
    std::vector<PackageSummary> summary(std::size_t(count) + 1);
    for (int p = 0; p < count; ++p)
        summary[std::size_t(p)].package = packages.at(p).name;
    result.noMatchCounts.assign(6, 0);

    // Money is compared in whole fen, as it is shown and written: every bill is rounded to the
    // fen once (toFen) and the rules compare integers, so "within budget" holds exactly for the
    // figures a planner sees, with no tolerance.
    struct FenQuote
    {
        qint64 bill = 0;
        qint64 regularBill = 0;
    };
    std::vector<FenQuote> quotes(static_cast<std::size_t>(count));
    std::vector<qint64> listFee(static_cast<std::size_t>(count));
    for (int p = 0; p < count; ++p)
        listFee[std::size_t(p)] = toFen(packages.at(p).monthlyFee);
    const qint64 budget = toFen(rule.maxIncrease);
    for (std::size_t i = 0; i < n; ++i) {
        if (job && (i & 0x3ffff) == 0)
            job->throwIfCancelled();
        CustomerUsage &c = result.table.usage[i];
        const bool todayKnown = !std::isnan(c.todayBill);
        const qint64 today = todayKnown ? toFen(c.todayBill) : 0;
        if (todayKnown)
            c.todayBill = double(today) / 100.0; // today's bill to the fen, as compared
        const std::uint32_t eligibleBits = result.table.eligible[i];
        const std::uint8_t suggested = result.table.features[i];
        int best = -1;
        int bestFeatures = 0;
        bool anyEligible = false;
        NoMatch reason = NoMatch::None;
        for (int p = 0; p < count; ++p) {
            if (!(eligibleBits & (1u << p)))
                continue;
            const Package &pkg = packages.at(p);
            const Quote exact = quote(pkg, c);
            if (!exact.fits)
                continue;
            anyEligible = true;
            const FenQuote q{toFen(exact.bill), toFen(exact.regularBill)};
            quotes[std::size_t(p)] = q;
            switch (rule.kind) {
            case MatchRule::Kind::Cheapest: {
                if (best < 0)
                    best = p;
                else {
                    const FenQuote &b = quotes[std::size_t(best)];
                    if (q.bill < b.bill || (q.bill == b.bill && q.regularBill < b.regularBill))
                        best = p;
                }
                break;
            }
            case MatchRule::Kind::Value: {
                if (!todayKnown || q.bill > today + budget)
                    break;
                if (best < 0)
                    best = p;
                else {
                    const qint64 bestFee = listFee[std::size_t(best)];
                    const qint64 fee = listFee[std::size_t(p)];
                    if (fee > bestFee ||
                        (fee == bestFee && q.bill < quotes[std::size_t(best)].bill))
                        best = p;
                }
                break;
            }
            case MatchRule::Kind::Upsell: {
                if (!todayKnown || suggested == 0 || q.bill < today)
                    break;
                int added = 0;
                for (int f = 0; f < 4; ++f)
                    if ((suggested & (1u << f)) && addsFeature(pkg, c, Feature(f)))
                        ++added;
                if (added == 0)
                    break;
                if (best < 0 || added > bestFeatures ||
                    (added == bestFeatures && q.bill < quotes[std::size_t(best)].bill)) {
                    best = p;
                    bestFeatures = added;
                }
                break;
            }
            }
        }
        if (best < 0) {
            if (!anyEligible)
                reason = NoMatch::NoEligible;
            else if (rule.kind != MatchRule::Kind::Cheapest && !todayKnown)
                reason = NoMatch::NoBillToday;
            else if (rule.kind == MatchRule::Kind::Value)
                reason = NoMatch::NothingInBudget;
            else if (suggested == 0)
                reason = NoMatch::NoFeature;
            else
                reason = NoMatch::NoUpsell;
            result.reason[i] = reason;
            ++result.noMatchCounts[std::size_t(reason)];
            PackageSummary &none = summary.back();
            ++none.customers;
            if (todayKnown) {
                none.todayTotal += c.todayBill;
                none.billTotal += c.todayBill; // no change: they keep what they have
                none.regularTotal += c.todayBill;
            }
            continue;
        }
        const FenQuote &q = quotes[std::size_t(best)];
        result.choice[i] = std::int16_t(best);
        result.bill[i] = double(q.bill) / 100.0;
        result.regularBill[i] = double(q.regularBill) / 100.0;
        PackageSummary &s = summary[std::size_t(best)];
        ++s.customers;
        if (todayKnown) {
            s.todayTotal += c.todayBill;
            s.billTotal += result.bill[i];
            s.regularTotal += result.regularBill[i];
        }
    }
    for (const PackageSummary &s : summary)
        result.summary << s;
    return result;
}

MatchResult matchPackages(Workspace &workspace, const CustomerScope &scope,
                          const QList<Package> &packages, const MatchOptions &options,
                          JobControl *job)
{
    if (packages.isEmpty())
        throw Error(QStringLiteral("the package catalog is empty: add packages before matching"));
    QList<FeatureRule> features;
    if (options.rule.kind == MatchRule::Kind::Upsell) {
        if (!options.featureRules.isEmpty()) {
            features = options.featureRules;
        } else {
            // Defaults only where the workspace has their columns.
            const RuleCompiler compiler(RuleCompiler::loadFields(workspace.db()));
            for (const FeatureRule &f : defaultFeatureRules()) {
                try {
                    compiler.compile(f.rule);
                    features << f;
                } catch (const Error &) {
                    // left out: the extract lacks a column this default needs
                }
            }
        }
    }
    UsageTable table = loadUsage(workspace, scope, packages, features, options.date, job);
    return recommend(packages, std::move(table), options.rule, job);
}

void writeMatchCsv(const MatchResult &result, const QString &path)
{
    CsvWriter csv(path);
    csv.writeRow({QStringLiteral("customer_id"), QStringLiteral("package"),
                  QStringLiteral("expected_bill"), QStringLiteral("regular_bill"),
                  QStringLiteral("today_bill"), QStringLiteral("change"), QStringLiteral("savings"),
                  QStringLiteral("reason")});
    auto money = [](double v) { return std::isnan(v) ? QString() : QString::number(v, 'f', 2); };
    for (qsizetype i = 0; i < result.size(); ++i) {
        const int choice = result.choice[std::size_t(i)];
        const bool chosen = choice >= 0;
        csv.writeRow({result.table.customerId(i),
                      chosen ? result.packages.at(choice).name : QString(),
                      money(result.bill[std::size_t(i)]), money(result.regularBill[std::size_t(i)]),
                      money(result.today(i)), chosen ? money(result.change(i)) : QString(),
                      chosen ? money(result.savings(i)) : QString(),
                      noMatchText(result.reason[std::size_t(i)])});
    }
    csv.close();
}

} // namespace cwb
