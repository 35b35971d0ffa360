// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/calllist.h"

#include "campaign/campaign.h"
#include "core/error.h"
#include "core/jobcontrol.h"
#include "export/calltime.h"
#include "import/fieldcatalog.h"
#include "offer/customerscope.h"
#include "offer/matching.h"
#include "offer/packagestore.h"
#include "offer/pricing.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace cwb::exporting {

namespace {

bool zh(Language language)
{
    return language == Language::Chinese;
}

QString tr2(Language language, const char *chinese, const char *english)
{
    return zh(language) ? QString::fromUtf8(chinese) : QString::fromUtf8(english);
}

QString computedLabel(const QString &column, Language l, SplitBy by)
{
    if (column == QLatin1String("features"))
        return tr2(l, "客户特征", "Features");
    if (column == QLatin1String("package"))
        return tr2(l, "推荐套餐", "Recommended package");
    if (column == QLatin1String("bundle"))
        return tr2(l, "推荐融合包", "Recommended bundle");
    if (column == QLatin1String("price"))
        return tr2(l, "套餐月费", "Package fee");
    if (column == QLatin1String("bill"))
        return tr2(l, "预计月账单", "Expected bill");
    if (column == QLatin1String("savings"))
        return tr2(l, "每月节省", "Monthly savings");
    if (column == QLatin1String("call_time"))
        return tr2(l, "建议外呼时间", "Suggested call time");
    return by == SplitBy::Grid ? tr2(l, "网格", "Grid") : tr2(l, "外呼员", "Agent");
}

// A file name part: characters a file system may refuse become '_'.
QString safeStem(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.'))
            out += c;
        else
            out += QLatin1Char('_');
    }
    return out.left(60);
}

std::optional<double> number(sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
        return sqlite3_column_double(stmt, column);
    case SQLITE_TEXT: {
        bool ok = false;
        const double v =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)))
                .toDouble(&ok);
        return ok ? std::optional<double>(v) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QString cellText(sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QString::number(sqlite3_column_int64(stmt, column));
    case SQLITE_FLOAT:
        return QString::number(sqlite3_column_double(stmt, column), 'g', 15);
    default:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                                 sqlite3_column_bytes(stmt, column));
    }
}

struct CustomerColumn
{
    QString name;
    QString label;
    QString type;
};

// The targets of one campaign (one wave, or all) as an offer scope.
class CampaignTargets : public CustomerScope
{
public:
    CampaignTargets(qint64 campaignId, int wave) : m_campaignId(campaignId), m_wave(wave) {}
    QString describe() const override { return QStringLiteral("campaign targets"); }
    CompiledRule where(Workspace &, QDate) const override
    {
        CompiledRule rule;
        rule.sql = QStringLiteral("customer_id IN (SELECT customer_id FROM campaign_members "
                                  "WHERE campaign_id = ? AND role = 'target'");
        rule.params << m_campaignId;
        if (m_wave > 0) {
            rule.sql += QStringLiteral(" AND wave = ?");
            rule.params << m_wave;
        }
        rule.sql += QLatin1Char(')');
        return rule;
    }

private:
    qint64 m_campaignId;
    int m_wave;
};

// The offer catalog's prices for the targets: the usage of each target read once (matching.h),
// each cell's offer looked up in the catalog.
struct TargetPricing
{
    bool ready = false;
    QList<Package> packages;
    std::vector<int> cellOffer; // per cell: index into packages, -1 when not in the catalog
    UsageTable table;
    QHash<QString, qsizetype> rowOf; // customer id -> index into table
    QDate date;

    // The money columns of one customer of one cell.
    void fill(const QString &customer, int cell, QString *price, QString *bill, QString *savings,
              QString *bundle) const
    {
        if (!ready)
            return;
        const int offer = cellOffer[std::size_t(cell)];
        if (offer >= 0 && price)
            *price = money(packages.at(offer).monthlyFee);
        const auto it = rowOf.constFind(customer);
        if (it == rowOf.cend())
            return;
        const std::size_t i = std::size_t(*it);
        const CustomerUsage &usage = table.usage[i];
        if (offer >= 0) {
            const Quote q = quote(packages.at(offer), usage);
            if (bill)
                *bill = money(q.bill);
            if (savings && !std::isnan(usage.todayBill))
                *savings = money(std::max(0.0, usage.todayBill - q.bill));
        }
        if (bundle) {
            double best = std::numeric_limits<double>::infinity();
            for (int p = 0; p < packages.size(); ++p) {
                const Package &candidate = packages.at(p);
                if (!candidate.isBundle() || !(table.eligible[i] & (1u << p)))
                    continue;
                const Quote q = quote(candidate, usage);
                if (q.fits && q.bill < best - 0.005) {
                    best = q.bill;
                    *bundle = candidate.name;
                }
            }
        }
    }

    static QString money(double value) { return QString::number(value, 'f', 2); }
};

} // namespace

QStringList featurePhrases(const CustomerFacts &f, const FeatureThresholds &t, QDate today,
                           Language language)
{
    QStringList out;
    if (f.localMinutes && *f.localMinutes >= t.localMinutes)
        out << tr2(language, "本地通话多", "many local calls");
    const bool ldShare =
        f.ldFee && f.totalFee && *f.totalFee > 0.0 && *f.ldFee / *f.totalFee >= t.longDistanceShare;
    const bool ldMinutes = f.ldMinutes && *f.ldMinutes >= t.longDistanceMinutes;
    if (ldShare || ldMinutes)
        out << tr2(language, "长途通话多", "many long-distance calls");
    if (f.roamingFee && *f.roamingFee >= t.roamingFee)
        out << tr2(language, "漫游多", "much roaming");
    if (f.dataMb && *f.dataMb >= t.dataMb)
        out << tr2(language, "上网流量大", "heavy internet use");
    if (f.contractEnd.isValid() && today.isValid() && f.contractEnd >= today &&
        today.daysTo(f.contractEnd) <= t.contractDays)
        out << tr2(language, "协议即将到期", "contract expiring");
    return out;
}

QString maskPhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits += c;
    if (digits.isEmpty())
        return phone.trimmed().isEmpty() ? QString() : phone;
    if (digits.size() >= 8)
        return digits.left(3) + QString(digits.size() - 7, QLatin1Char('*')) + digits.right(4);
    if (digits.size() <= 2)
        return digits;
    return QString(digits.size() - 2, QLatin1Char('*')) + digits.right(2);
}

std::vector<int> assignAgents(qsizetype rows, int agents, AgentMode mode)
{
    if (agents < 1)
        throw Error(QStringLiteral("agents: expected at least 1, got %1").arg(agents));
    std::vector<int> out(std::size_t(std::max<qsizetype>(rows, 0)));
    if (mode == AgentMode::RoundRobin) {
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = int(i % std::size_t(agents));
        return out;
    }
    const qsizetype base = rows / agents;
    const qsizetype extra = rows % agents;
    qsizetype i = 0;
    for (int a = 0; a < agents; ++a) {
        const qsizetype size = base + (a < extra ? 1 : 0);
        for (qsizetype k = 0; k < size; ++k)
            out[std::size_t(i++)] = a;
    }
    return out;
}

QString defaultCallTime(Language language)
{
    return tr2(language, "工作日晚上 18:00-21:00", "weekday evening 18:00-21:00");
}

bool staffedChannel(const QString &channel)
{
    return channel == QLatin1String("call") || channel == QLatin1String("door_to_door");
}

QStringList defaultColumns()
{
    return {QStringLiteral("customer_id"),
            QStringLiteral("name"),
            QStringLiteral("brand"),
            QStringLiteral("product_mix"),
            QStringLiteral("grid"),
            QStringLiteral("join_date"),
            QStringLiteral("contact1"),
            QStringLiteral("contact2"),
            QStringLiteral("contact3"),
            QStringLiteral("total_fee_m1"),
            QStringLiteral("avg_fee_3m"),
            QStringLiteral("local_fee_m1"),
            QStringLiteral("ld_fee_m1"),
            QStringLiteral("roaming_fee_m1"),
            QStringLiteral("broadband_fee_m1"),
            QStringLiteral("contract_end"),
            QStringLiteral("features"),
            QStringLiteral("package"),
            QStringLiteral("savings"),
            QStringLiteral("bundle"),
            QStringLiteral("call_time"),
            QStringLiteral("agent")};
}

QStringList computedColumns()
{
    return {QStringLiteral("features"),  QStringLiteral("package"), QStringLiteral("price"),
            QStringLiteral("bill"),      QStringLiteral("savings"), QStringLiteral("bundle"),
            QStringLiteral("call_time"), QStringLiteral("agent")};
}

QList<QPair<QString, QString>> CallListSet::headerBlock(const CallListPart &part, Language l) const
{
    return {
        {tr2(l, "活动", "Campaign"), campaign},
        {tr2(l, "分组", "Cell"), part.cell},
        {tr2(l, "渠道", "Channel"), part.channel},
        {tr2(l, "波次", "Wave"), QString::number(part.wave)},
        {tr2(l, "随机种子", "Seed"), QString::number(seed)},
        {tr2(l, "名单编号", "List id"), listId},
        {tr2(l, "生成时间", "Created"), created.toString(Qt::ISODate)},
        {tr2(l, "外呼员/网格", "Agent/grid"), part.group},
        {tr2(l, "客户数", "Customers"), QString::number(part.rows.size())},
        {tr2(l, "建议外呼时间", "Suggested call time"),
         callTime + QStringLiteral(" (") + callTimeSource + QLatin1Char(')')},
    };
}

CallListSet buildCallLists(Workspace &workspace, const QString &campaignName,
                           const CallListOptions &options, JobControl *job)
{
    Database &db = workspace.db();
    const Language lang = options.language;
    if (options.agents < 1)
        throw Error(QStringLiteral("agents: expected at least 1, got %1").arg(options.agents));

    Statement find(db, "SELECT id, name, definition_json, split_at, split_data_version FROM "
                       "campaigns WHERE name = ?");
    find.bind(1, campaignName);
    if (!find.step())
        throw Error(QStringLiteral("no campaign '%1'").arg(campaignName));
    const qint64 campaignId = find.int64(0);
    const QString name = find.text(1);
    const campaign::Campaign definition =
        campaign::campaignFromJson(QJsonDocument::fromJson(find.text(2).toUtf8()).object(), name);
    if (find.isNull(3))
        throw Error(
            QStringLiteral("campaign '%1' is not split: run `cwb campaign split` first").arg(name));
    if (find.int64(4) != workspace.dataVersion())
        throw Error(QStringLiteral("campaign '%1' was split on data a later import replaced: "
                                   "split it again before exporting")
                        .arg(name));
    const int waveCount = std::max<int>(1, int(definition.waves.size())); // none: one wave
    if (options.wave == 0 || options.wave < -1 || options.wave > waveCount)
        throw Error(QStringLiteral("wave %1: the campaign has waves 1 to %2")
                        .arg(options.wave)
                        .arg(waveCount));

    // The customer columns of the extract.
    QHash<QString, CustomerColumn> available;
    {
        Statement columns(db, "SELECT name, label, type FROM customer_columns ORDER BY position");
        while (columns.step()) {
            CustomerColumn c{columns.text(0), columns.text(1), columns.text(2)};
            if (const CanonicalField *field = FieldCatalog::find(c.name))
                c.label = zh(lang) ? field->labelZh : field->labelEn;
            else if (c.label.isEmpty())
                c.label = c.name;
            available.insert(c.name, c);
        }
    }
    const QStringList computed = computedColumns();
    QStringList columns;
    if (options.columns.isEmpty()) {
        for (const QString &c : defaultColumns())
            if (computed.contains(c) || available.contains(c))
                columns << c;
    } else {
        for (const QString &c : options.columns) {
            if (!computed.contains(c) && !available.contains(c))
                throw Error(QStringLiteral("call list column '%1': not a customer column of the "
                                           "workspace nor one of %2")
                                .arg(c, computed.join(QStringLiteral(", "))));
            if (columns.contains(c))
                throw Error(QStringLiteral("call list column '%1' is listed twice").arg(c));
            columns << c;
        }
    }
    if (options.by == SplitBy::Grid && !available.contains(QStringLiteral("grid")))
        throw Error(QStringLiteral("split by grid: the extract has no grid column"));

    // What the query reads: the template's customer columns, then the facts and the grid.
    QStringList selected;
    for (const QString &c : columns)
        if (!computed.contains(c))
            selected << c;
    const QStringList factNames{QStringLiteral("local_minutes_m1"), QStringLiteral("ld_fee_m1"),
                                QStringLiteral("total_fee_m1"),     QStringLiteral("ld_minutes_m1"),
                                QStringLiteral("roaming_fee_m1"),   QStringLiteral("data_mb_m1"),
                                QStringLiteral("contract_end"),     QStringLiteral("grid")};
    for (const QString &c : factNames)
        if (available.contains(c) && !selected.contains(c))
            selected << c;
    auto at = [&](const QString &c) {
        return available.contains(c) ? int(selected.indexOf(c)) : -1;
    };
    const int iLocal = at(factNames[0]), iLdFee = at(factNames[1]), iTotal = at(factNames[2]),
              iLdMin = at(factNames[3]), iRoam = at(factNames[4]), iData = at(factNames[5]),
              iContract = at(factNames[6]), iGrid = at(factNames[7]);
    const bool wantFeatures = columns.contains(QStringLiteral("features"));
    constexpr int kFirst = 3; // the query's first customer column (after cell, wave, id)

    QString sql = QStringLiteral("SELECT m.cell, m.wave, m.customer_id");
    for (const QString &c : selected)
        sql += QStringLiteral(", c.") + Database::quoteIdentifier(c);
    sql += QStringLiteral(" FROM campaign_members m JOIN customers c ON c.customer_id = "
                          "m.customer_id WHERE m.campaign_id = ? AND m.role = 'target' AND "
                          "m.wave IS NOT NULL");
    if (options.wave > 0)
        sql += QStringLiteral(" AND m.wave = ?");
    sql += QStringLiteral(" ORDER BY m.wave, ");
    if (options.by == SplitBy::Grid || (options.agentMode == AgentMode::Balanced && iGrid >= 0))
        sql += QStringLiteral("c.grid, ");
    sql += QStringLiteral("m.value DESC, m.customer_id");

    QDate today = options.today;
    if (!today.isValid() && options.wave > 0 && options.wave <= definition.waves.size())
        today = definition.waves.at(options.wave - 1).start;
    if (!today.isValid())
        today = definition.start;
    if (!today.isValid())
        today = QDate::currentDate();

    CallListSet set;
    set.campaign = name;
    set.seed = definition.seed;
    set.created = QDateTime::currentDateTime();
    set.created.setTime(
        QTime(set.created.time().hour(), set.created.time().minute(), set.created.time().second()));
    set.columns = columns;
    for (const QString &c : columns) {
        set.headers << (computed.contains(c) ? computedLabel(c, lang, options.by)
                                             : available.value(c).label);
        const QString type = computed.contains(c) ? QString() : available.value(c).type;
        const bool money = c == QLatin1String("price") || c == QLatin1String("bill") ||
                           c == QLatin1String("savings");
        set.numeric << (money || type == QLatin1String("decimal") ||
                        type == QLatin1String("integer"));
    }
    // The suggested call time: learned from past call outcomes (export/calltime.h).
    const bool wantCallTime = columns.contains(QStringLiteral("call_time"));
    const CallTimeAdvice advice = adviseCallTime(workspace, lang);
    set.callTime = advice.text;
    set.callTimeSource = advice.source;
    QHash<QString, CallSlot> ownSlots;
    if (wantCallTime)
        ownSlots = customerCallSlots(workspace, campaignId);
    QString slotTexts[kCallSlots];
    for (int s = 0; s < kCallSlots; ++s)
        slotTexts[s] = callSlotText(CallSlot(s), lang);

    // The offer catalog's prices for the pricing columns.
    const bool wantPrice = columns.contains(QStringLiteral("price"));
    const bool wantBill = columns.contains(QStringLiteral("bill"));
    const bool wantSavings = columns.contains(QStringLiteral("savings"));
    const bool wantBundle = columns.contains(QStringLiteral("bundle"));
    TargetPricing pricing;
    if (wantPrice || wantBill || wantSavings || wantBundle) {
        pricing.packages = PackageStore(workspace).list();
        pricing.date = today;
        if (pricing.packages.isEmpty()) {
            set.notes << tr2(options.language,
                             "套餐目录为空：套餐月费、预计账单、节省和融合套餐列留空",
                             "the offer catalog is empty: package fee, bill, savings and bundle "
                             "are left empty");
        } else if (pricing.packages.size() > 32) {
            set.notes << tr2(options.language,
                             "套餐目录超过 32 个套餐：套餐月费、预计账单、节省和融合套餐列留空",
                             "the offer catalog has more than 32 packages: package fee, bill, "
                             "savings and bundle are left empty");
        } else {
            for (const campaign::Cell &cell : definition.cells) {
                int found = -1;
                for (int p = 0; p < pricing.packages.size() && found < 0; ++p)
                    if (pricing.packages.at(p).name.compare(cell.offer, Qt::CaseInsensitive) == 0)
                        found = p;
                if (found < 0 && !cell.offer.isEmpty())
                    set.notes << tr2(options.language,
                                     "单元“%1”：其套餐“%2”不在套餐目录中，套餐月费、预计账单和"
                                     "节省列留空",
                                     "cell '%1': its offer '%2' is not in the offer catalog, so "
                                     "its package fee, bill and savings are left empty")
                                     .arg(cell.name, cell.offer);
                pricing.cellOffer.push_back(found);
            }
            try {
                pricing.table = loadUsage(workspace, CampaignTargets(campaignId, options.wave),
                                          pricing.packages, {}, today, job);
                pricing.rowOf.reserve(pricing.table.size());
                for (qsizetype i = 0; i < pricing.table.size(); ++i)
                    pricing.rowOf.insert(pricing.table.customerId(i), i);
                pricing.ready = true;
            } catch (const Cancelled &) {
                throw;
            } catch (const Error &e) {
                // A workspace without usage columns, or a package rule that no longer compiles:
                // the list is still useful without prices, and the note says why.
                set.notes << tr2(options.language, "套餐月费、预计账单、节省和融合套餐列留空：%1",
                                 "package fee, bill, savings and bundle are left empty: %1")
                                 .arg(e.message());
            }
        }
    }
    {
        const QString stamp = set.created.toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString base = QStringLiteral("CL%1-%2-%3")
                                 .arg(campaignId)
                                 .arg(options.wave > 0 ? QStringLiteral("W%1").arg(options.wave)
                                                       : QStringLiteral("ALL"))
                                 .arg(stamp);
        Statement used(db, "SELECT 1 FROM contact_history WHERE list_id = ? LIMIT 1");
        set.listId = base;
        for (int n = 2;; ++n) {
            used.reset();
            used.bind(1, set.listId);
            if (!used.step())
                break;
            set.listId = base + QStringLiteral("-%1").arg(n);
        }
    }

    // Rows per (cell, wave) in query order; the cell order is the definition's.
    QHash<QString, int> cellIndex;
    for (int i = 0; i < definition.cells.size(); ++i)
        cellIndex.insert(definition.cells.at(i).name, i);
    struct Bucket
    {
        std::vector<QStringList> rows;
        QStringList grids;
    };
    std::map<std::pair<int, int>, Bucket> buckets; // (wave, cell) -> rows
    const int agentColumn = int(columns.indexOf(QStringLiteral("agent")));
    QSet<QString> phoneColumns;
    for (const QString &c : selected)
        if (available.value(c).type == QLatin1String("phone"))
            phoneColumns.insert(c);

    Statement query(db, sql.toStdString());
    query.bind(1, campaignId);
    if (options.wave > 0)
        query.bind(2, options.wave);
    sqlite3_stmt *stmt = query.handle();
    qint64 done = 0;
    while (query.step()) {
        const QString cellName = query.text(0);
        const int cell = cellIndex.value(cellName, -1);
        if (cell < 0)
            throw Error(QStringLiteral("campaign '%1': the split names a cell '%2' the definition "
                                       "no longer has: split it again")
                            .arg(name, cellName));
        const int wave = int(query.int64(1));
        Bucket &bucket = buckets[{wave, cell}];
        QStringList row;
        row.reserve(columns.size());
        QString price, bill, savings, bundle;
        bool priced = false;
        for (const QString &c : columns) {
            if (c == QLatin1String("features")) {
                if (!wantFeatures)
                    continue;
                CustomerFacts facts;
                auto num = [&](int i) {
                    return i >= 0 ? number(stmt, i + kFirst) : std::optional<double>();
                };
                facts.localMinutes = num(iLocal);
                facts.ldFee = num(iLdFee);
                facts.totalFee = num(iTotal);
                facts.ldMinutes = num(iLdMin);
                facts.roamingFee = num(iRoam);
                facts.dataMb = num(iData);
                if (iContract >= 0)
                    facts.contractEnd =
                        QDate::fromString(cellText(stmt, iContract + kFirst).left(10), Qt::ISODate);
                row << featurePhrases(facts, options.thresholds, today, lang)
                           .join(zh(lang) ? QStringLiteral("、") : QStringLiteral(", "));
            } else if (c == QLatin1String("package")) {
                row << definition.cells.at(cell).offer;
            } else if (c == QLatin1String("price") || c == QLatin1String("bill") ||
                       c == QLatin1String("savings") || c == QLatin1String("bundle")) {
                if (!priced) {
                    pricing.fill(query.text(2), cell, wantPrice ? &price : nullptr,
                                 wantBill ? &bill : nullptr, wantSavings ? &savings : nullptr,
                                 wantBundle ? &bundle : nullptr);
                    priced = true;
                }
                row << (c == QLatin1String("price")     ? price
                        : c == QLatin1String("bill")    ? bill
                        : c == QLatin1String("savings") ? savings
                                                        : bundle);
            } else if (c == QLatin1String("call_time")) {
                const auto own = ownSlots.constFind(query.text(2));
                if (own != ownSlots.cend()) {
                    row << slotTexts[int(*own)];
                    ++set.customerCallTimes;
                } else {
                    row << set.callTime;
                }
            } else if (c == QLatin1String("agent")) {
                row << QString(); // set once the rows are split
            } else {
                const QString value = cellText(stmt, int(selected.indexOf(c)) + kFirst);
                row << (options.maskPhones && phoneColumns.contains(c) ? maskPhone(value) : value);
            }
        }
        bucket.rows.push_back(std::move(row));
        if (options.by == SplitBy::Grid)
            bucket.grids << cellText(stmt, iGrid + kFirst);
        if (job && (++done % 4096) == 0) {
            job->throwIfCancelled();
            Progress progress;
            progress.items = done;
            job->report(progress);
        }
    }
    if (buckets.empty())
        throw Error(options.wave > 0
                        ? QStringLiteral("campaign '%1' has no targets in wave %2")
                              .arg(name)
                              .arg(options.wave)
                        : QStringLiteral("campaign '%1' has no targets in any wave").arg(name));

    const QString campaignStem = safeStem(name);
    for (auto &[key, bucket] : buckets) {
        // Plain variables, not a structured binding: a lambda below captures the wave.
        const int wave = key.first;
        const int cell = key.second;
        const campaign::Cell &c = definition.cells.at(cell);
        const QString stem =
            QStringLiteral("%1_%2_W%3_").arg(campaignStem, safeStem(c.name)).arg(wave);
        auto newPart = [&](const QString &group) {
            CallListPart part;
            part.cell = c.name;
            part.channel = c.channel;
            part.wave = wave;
            part.group = group;
            part.fileStem = stem + safeStem(group);
            return part;
        };
        if (options.by == SplitBy::Grid) {
            QList<CallListPart> parts;
            QHash<QString, int> byGrid;
            for (std::size_t i = 0; i < bucket.rows.size(); ++i) {
                QString grid = bucket.grids.at(qsizetype(i));
                if (grid.isEmpty())
                    grid = tr2(lang, "无网格", "no grid");
                auto it = byGrid.find(grid);
                if (it == byGrid.end()) {
                    it = byGrid.insert(grid, int(parts.size()));
                    parts.append(newPart(grid));
                }
                if (agentColumn >= 0)
                    bucket.rows[i][agentColumn] = grid;
                parts[*it].rows.push_back(std::move(bucket.rows[i]));
            }
            for (CallListPart &part : parts) {
                set.rows += qint64(part.rows.size());
                set.parts.append(std::move(part));
            }
        } else if (!staffedChannel(c.channel)) {
            // SMS, direct mail and store lists go to a platform or a shop as one list: no agents.
            CallListPart part = newPart(tr2(lang, "全部", "all"));
            part.rows = std::move(bucket.rows);
            set.rows += qint64(part.rows.size());
            set.parts.append(std::move(part));
        } else {
            const std::vector<int> agent =
                assignAgents(qsizetype(bucket.rows.size()), options.agents, options.agentMode);
            QList<CallListPart> parts;
            for (int a = 0; a < options.agents; ++a)
                parts.append(newPart(QStringLiteral("A%1").arg(a + 1, 2, 10, QLatin1Char('0'))));
            for (std::size_t i = 0; i < bucket.rows.size(); ++i) {
                if (agentColumn >= 0)
                    bucket.rows[i][agentColumn] = parts.at(agent[i]).group;
                parts[agent[i]].rows.push_back(std::move(bucket.rows[i]));
            }
            for (CallListPart &part : parts) {
                if (part.rows.empty())
                    continue;
                set.rows += qint64(part.rows.size());
                set.parts.append(std::move(part));
            }
        }
    }
    return set;
}

} // namespace cwb::exporting
