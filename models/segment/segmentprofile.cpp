// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/segmentprofile.h"

#include "core/jobcontrol.h"
#include "import/columntype.h"
#include "segment/segmentstore.h"
#include "workspace/workspace.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace cwb {

namespace {

struct Column
{
    QString name;
    QString label;
    ColumnType type = ColumnType::Text;
};

struct NumericSums
{
    double segmentSum = 0;
    double baseSum = 0;
    qint64 segmentPresent = 0;
    qint64 basePresent = 0;
};

struct Category
{
    std::string value;
    bool missing = false;
    qint64 segmentCount = 0;
    qint64 baseCount = 0;
};

struct CategoricalCounts
{
    bool dropped = false; // more distinct values than maxCategories
    std::vector<Category> values;
};

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

namespace {

SegmentProfile profileMembers(Workspace &workspace, const QString &name,
                              const MemberCondition &member, const ProfileOptions &options,
                              JobControl *job);

} // namespace

SegmentProfile profileSegment(Workspace &workspace, const QString &segmentName,
                              const ProfileOptions &options, JobControl *job)
{
    if (!workspace.hasCustomers())
        throw Error(QStringLiteral("%1 has no customers yet: import an extract first")
                        .arg(workspace.path()));
    SegmentStore store(workspace, options.today);
    const SegmentInfo segment = store.segmentOrThrow(segmentName);
    return profileMembers(workspace, segment.name, store.memberCondition(segment), options, job);
}

SegmentProfile profileRule(Workspace &workspace, const QString &rule, const ProfileOptions &options,
                           JobControl *job)
{
    SegmentStore store(workspace, options.today); // compile() refuses a workspace without customers
    const CompiledRule compiled = store.compile(rule);
    return profileMembers(workspace, rule.simplified(), {compiled.sql, compiled.params, false},
                          options, job);
}

namespace {

SegmentProfile profileMembers(Workspace &workspace, const QString &name,
                              const MemberCondition &member, const ProfileOptions &options,
                              JobControl *job)
{
    Database &db = workspace.db();

    QList<Column> all;
    {
        Statement q(db, "SELECT name, label, type FROM customer_columns ORDER BY position");
        while (q.step())
            all.append(
                {q.text(0), q.text(1), columnTypeFromName(q.text(2)).value_or(ColumnType::Text)});
    }
    const auto find = [&](const QString &name) -> const Column * {
        for (const Column &c : all)
            if (c.name.compare(name, Qt::CaseInsensitive) == 0 ||
                (!c.label.isEmpty() && c.label.compare(name, Qt::CaseInsensitive) == 0))
                return &c;
        return nullptr;
    };
    const auto isNumber = [](const Column &c) {
        return c.type == ColumnType::Integer || c.type == ColumnType::Decimal;
    };

    SegmentProfile profile;
    profile.segment = name;
    profile.materialised = member.materialised;
    if (options.feeColumns.isEmpty()) {
        for (const char *month : {"total_fee_m1", "total_fee_m2", "total_fee_m3"})
            if (const Column *c = find(QLatin1String(month)); c && isNumber(*c))
                profile.feeColumns << c->name;
    } else {
        for (const QString &name : options.feeColumns) {
            const Column *c = find(name);
            if (!c)
                throw Error(QStringLiteral("fee measure: unknown column '%1'").arg(name));
            if (!isNumber(*c))
                throw Error(
                    QStringLiteral("fee measure: column '%1' is not a number").arg(c->name));
            profile.feeColumns << c->name;
        }
    }

    // One query: membership, the fee columns, then every profiled column.
    QList<Column> profiled;
    for (const Column &c : std::as_const(all))
        if (c.name != QLatin1String("customer_id") &&
            (isNumber(c) || c.type == ColumnType::Boolean || c.type == ColumnType::Text))
            profiled << c;
    QStringList select{QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(member.sql)};
    for (const QString &fee : std::as_const(profile.feeColumns))
        select << Database::quoteIdentifier(fee);
    for (const Column &c : std::as_const(profiled))
        select << Database::quoteIdentifier(c.name);
    Statement q(db, QStringLiteral("SELECT %1 FROM customers")
                        .arg(select.join(QStringLiteral(", ")))
                        .toStdString());
    for (int i = 0; i < member.params.size(); ++i)
        q.bindVariant(i + 1, member.params.at(i));

    const int feeFirst = 1;
    const int columnFirst = feeFirst + int(profile.feeColumns.size());
    std::vector<NumericSums> sums(std::size_t(profiled.size()));
    std::vector<CategoricalCounts> categories(std::size_t(profiled.size()));
    const std::size_t limit = std::size_t(std::max(1, options.maxCategories));
    qint64 rows = 0;
    while (q.step()) {
        const bool in = q.int64(0) != 0;
        ++rows;
        if (in)
            ++profile.size;
        if (!profile.feeColumns.isEmpty()) {
            double sum = 0;
            int present = 0;
            for (int i = feeFirst; i < columnFirst; ++i)
                if (!q.isNull(i)) {
                    sum += q.real(i);
                    ++present;
                }
            if (present > 0) {
                const double fee = sum / present;
                profile.baseFee += fee;
                if (in)
                    profile.segmentFee += fee;
            }
        }
        for (qsizetype k = 0; k < profiled.size(); ++k) {
            const int col = columnFirst + int(k);
            if (isNumber(profiled.at(k))) {
                if (q.isNull(col))
                    continue;
                NumericSums &s = sums[std::size_t(k)];
                const double v = q.real(col);
                s.baseSum += v;
                ++s.basePresent;
                if (in) {
                    s.segmentSum += v;
                    ++s.segmentPresent;
                }
                continue;
            }
            CategoricalCounts &counts = categories[std::size_t(k)];
            if (counts.dropped)
                continue;
            const bool missing = q.isNull(col);
            const std::string_view value = missing ? std::string_view() : q.textView(col);
            auto it =
                std::find_if(counts.values.begin(), counts.values.end(), [&](const Category &c) {
                    return c.missing == missing && c.value == value;
                });
            if (it == counts.values.end()) {
                if (counts.values.size() >= limit) {
                    counts.dropped = true;
                    counts.values.clear();
                    continue;
                }
                counts.values.push_back({std::string(value), missing, 0, 0});
                it = counts.values.end() - 1;
            }
            ++it->baseCount;
            if (in)
                ++it->segmentCount;
        }
        if (job && (rows & 0xFFFF) == 0) {
            job->throwIfCancelled();
            job->report({0, 0, rows, 0});
        }
    }
    profile.base = rows;
    profile.share = rows > 0 ? double(profile.size) / double(rows) : 0.0;
    if (!profile.feeColumns.isEmpty() && profile.baseFee != 0.0)
        profile.revenueShare = profile.segmentFee / profile.baseFee;

    for (qsizetype k = 0; k < profiled.size(); ++k) {
        const Column &c = profiled.at(k);
        ProfileColumn out;
        out.name = c.name;
        out.label = c.label;
        if (isNumber(c)) {
            const NumericSums &s = sums[std::size_t(k)];
            out.kind = ProfileColumn::Kind::Numeric;
            out.segmentPresent = s.segmentPresent;
            out.basePresent = s.basePresent;
            if (s.segmentPresent > 0)
                out.segmentMean = s.segmentSum / double(s.segmentPresent);
            if (s.basePresent > 0)
                out.baseMean = s.baseSum / double(s.basePresent);
            if (out.segmentMean && out.baseMean && *out.baseMean != 0.0)
                out.index = *out.segmentMean / *out.baseMean;
            profile.columns << out;
            continue;
        }
        CategoricalCounts &counts = categories[std::size_t(k)];
        if (counts.dropped || counts.values.empty())
            continue;
        out.kind = ProfileColumn::Kind::Categorical;
        std::sort(counts.values.begin(), counts.values.end(),
                  [](const Category &a, const Category &b) {
                      if (a.segmentCount != b.segmentCount)
                          return a.segmentCount > b.segmentCount;
                      if (a.baseCount != b.baseCount)
                          return a.baseCount > b.baseCount;
                      return a.value < b.value;
                  });
        const std::size_t shown =
            std::min(counts.values.size(), std::size_t(std::max(0, options.topValues)));
        for (std::size_t i = 0; i < shown; ++i) {
            const Category &v = counts.values[i];
            ValueShare share;
            share.missing = v.missing;
            if (!v.missing) {
                share.value = QString::fromUtf8(v.value.data(), qsizetype(v.value.size()));
                if (c.type == ColumnType::Boolean)
                    share.value = share.value == QLatin1String("0") ? QStringLiteral("false")
                                                                    : QStringLiteral("true");
            }
            share.segmentCount = v.segmentCount;
            share.baseCount = v.baseCount;
            share.segmentShare =
                profile.size > 0 ? double(v.segmentCount) / double(profile.size) : 0.0;
            share.baseShare = rows > 0 ? double(v.baseCount) / double(rows) : 0.0;
            out.top << share;
        }
        profile.columns << out;
    }
    return profile;
}

} // namespace

QJsonObject profileToJson(const SegmentProfile &profile)
{
    QJsonObject root;
    root.insert(QStringLiteral("segment"), profile.segment);
    root.insert(QStringLiteral("materialised"), profile.materialised);
    root.insert(QStringLiteral("size"), profile.size);
    root.insert(QStringLiteral("base"), profile.base);
    root.insert(QStringLiteral("share"), profile.share);
    QJsonObject fee;
    fee.insert(QStringLiteral("columns"), QJsonArray::fromStringList(profile.feeColumns));
    fee.insert(QStringLiteral("segment"), profile.segmentFee);
    fee.insert(QStringLiteral("base"), profile.baseFee);
    fee.insert(QStringLiteral("revenue_share"), optionalNumber(profile.revenueShare));
    root.insert(QStringLiteral("fee"), fee);
    QJsonArray columns;
    for (const ProfileColumn &c : profile.columns) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), c.name);
        o.insert(QStringLiteral("label"), c.label);
        if (c.kind == ProfileColumn::Kind::Numeric) {
            o.insert(QStringLiteral("kind"), QStringLiteral("numeric"));
            o.insert(QStringLiteral("segment_mean"), optionalNumber(c.segmentMean));
            o.insert(QStringLiteral("base_mean"), optionalNumber(c.baseMean));
            o.insert(QStringLiteral("index"), optionalNumber(c.index));
            o.insert(QStringLiteral("segment_present"), c.segmentPresent);
            o.insert(QStringLiteral("base_present"), c.basePresent);
        } else {
            o.insert(QStringLiteral("kind"), QStringLiteral("categorical"));
            QJsonArray top;
            for (const ValueShare &v : c.top) {
                QJsonObject t;
                t.insert(QStringLiteral("value"),
                         v.missing ? QJsonValue(QJsonValue::Null) : QJsonValue(v.value));
                t.insert(QStringLiteral("segment_count"), v.segmentCount);
                t.insert(QStringLiteral("base_count"), v.baseCount);
                t.insert(QStringLiteral("segment_share"), v.segmentShare);
                t.insert(QStringLiteral("base_share"), v.baseShare);
                top.append(t);
            }
            o.insert(QStringLiteral("top"), top);
        }
        columns.append(o);
    }
    root.insert(QStringLiteral("columns"), columns);
    return root;
}

} // namespace cwb
