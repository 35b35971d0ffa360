// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignplanner.h"

#include "campaign/campaignstore.h"
#include "core/error.h"
#include "core/jobcontrol.h"
#include "segment/rulecompiler.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cwb::campaign {

QList<WaterfallStep> CellPlan::waterfall() const
{
    QList<WaterfallStep> steps;
    steps.append({QStringLiteral("segment"), population});
    for (int s = 0; s < kPolicyStepCount; ++s)
        steps.append({policyStepName(PolicyStep(s)), removed[size_t(s)]});
    steps.append({QStringLiteral("control"), control});
    steps.append({QStringLiteral("over_capacity"), overCapacity});
    for (size_t w = 0; w < perWave.size(); ++w)
        steps.append({QStringLiteral("wave_%1").arg(w + 1), perWave[w]});
    return steps;
}

namespace {

// Text values of a column as small integer codes (first seen, first code), read without
// making a QString per row.
struct Interned
{
    std::vector<int> codes; // per candidate; -1 for missing
    std::vector<std::string> names;
    std::unordered_map<std::string, int> index;
    void add(const Statement &row, int col)
    {
        if (row.isNull(col)) {
            codes.push_back(-1);
            return;
        }
        const std::string_view text = row.textView(col);
        auto it = index.find(std::string(text));
        if (it == index.end()) {
            it = index.emplace(std::string(text), int(names.size())).first;
            names.emplace_back(text);
        }
        codes.push_back(it->second);
    }
};

// The customers of one cell with what the policy, split and balance need.
struct CellData
{
    std::vector<Candidate> candidates;        // key: the customer's rowid
    Interned strata;                          // empty when not stratified
    std::vector<std::vector<double>> numeric; // per numeric balance column
    std::vector<Interned> categorical;        // per categorical balance column
};

struct Columns
{
    QStringList phones;
    QStringList value;
    QString stratum;
    QStringList numericBalance;
    QStringList categoricalBalance;
};

QString fieldName(const QList<RuleField> &fields, const QString &name, const QString &what)
{
    for (const RuleField &f : fields) {
        if (f.name.compare(name, Qt::CaseInsensitive) == 0 ||
            (!f.label.isEmpty() && f.label == name))
            return f.name;
    }
    throw Error(QStringLiteral("%1: the customers have no column '%2'").arg(what, name));
}

Columns resolveColumns(const Campaign &campaign, const QList<RuleField> &fields)
{
    Columns c;
    QSet<QString> present;
    QHash<QString, ColumnType> types;
    for (const RuleField &f : fields) {
        present.insert(f.name);
        types.insert(f.name, f.type);
    }
    for (const QString &p :
         {QStringLiteral("contact1"), QStringLiteral("contact2"), QStringLiteral("contact3")}) {
        if (present.contains(p))
            c.phones << p;
    }
    if (!campaign.valueColumns.isEmpty()) {
        for (const QString &v : campaign.valueColumns)
            c.value << fieldName(fields, v, QStringLiteral("value_columns"));
    } else {
        for (const QString &v : {QStringLiteral("total_fee_m1"), QStringLiteral("total_fee_m2"),
                                 QStringLiteral("total_fee_m3")}) {
            if (present.contains(v))
                c.value << v;
        }
    }
    if (!campaign.stratifyBy.isEmpty())
        c.stratum = fieldName(fields, campaign.stratifyBy, QStringLiteral("stratify_by"));
    QStringList balance = campaign.balanceColumns;
    if (balance.isEmpty()) {
        for (const QString &b : {QStringLiteral("total_fee_m1"), QStringLiteral("avg_fee_3m"),
                                 QStringLiteral("ld_fee_m1"), QStringLiteral("complaints_3m"),
                                 QStringLiteral("brand"), QStringLiteral("grid")}) {
            if (present.contains(b))
                balance << b;
        }
    }
    for (const QString &b : balance) {
        const QString name = fieldName(fields, b, QStringLiteral("balance_columns"));
        const ColumnType type = types.value(name);
        if (type == ColumnType::Integer || type == ColumnType::Decimal)
            c.numericBalance << name;
        else
            c.categoricalBalance << name;
    }
    return c;
}

// Digits of a phone number as stored (usually digits already: then no copy is made twice).
QString digitsOf(std::string_view text)
{
    bool clean = true;
    for (char ch : text) {
        if (ch < '0' || ch > '9') {
            clean = false;
            break;
        }
    }
    const QString value = QString::fromUtf8(text.data(), qsizetype(text.size()));
    return clean ? value : phoneDigits(value);
}

CellData loadCell(Database &db, const CompiledRule &rule, const Columns &columns, bool phones)
{
    QStringList select{QStringLiteral("rowid")};
    for (const QString &p : phones ? columns.phones : QStringList())
        select << Database::quoteIdentifier(p);
    for (const QString &v : columns.value)
        select << Database::quoteIdentifier(v);
    select << (columns.stratum.isEmpty() ? QStringLiteral("NULL")
                                         : Database::quoteIdentifier(columns.stratum));
    for (const QString &b : columns.numericBalance)
        select << Database::quoteIdentifier(b);
    for (const QString &b : columns.categoricalBalance)
        select << Database::quoteIdentifier(b);
    // Customer ids are unique in the customers table (the import keeps a unique index on them);
    // id order is the canonical order the seeded split relies on.
    Statement statement(db, QStringLiteral("SELECT %1 FROM customers WHERE %2 ORDER BY "
                                           "customer_id")
                                .arg(select.join(QStringLiteral(", ")), rule.sql)
                                .toStdString());
    for (int i = 0; i < rule.params.size(); ++i)
        statement.bindVariant(i + 1, rule.params.at(i));
    CellData data;
    data.numeric.resize(size_t(columns.numericBalance.size()));
    data.categorical.resize(size_t(columns.categoricalBalance.size()));
    const bool stratified = !columns.stratum.isEmpty();
    while (statement.step()) {
        int col = 0;
        Candidate c;
        c.key = statement.int64(col++);
        for (qsizetype p = 0; phones && p < columns.phones.size(); ++p, ++col) {
            if (!statement.isNull(col) && p < 3)
                c.phones[size_t(p)] = digitsOf(statement.textView(col));
        }
        double sum = 0.0;
        int n = 0;
        for (qsizetype v = 0; v < columns.value.size(); ++v, ++col) {
            if (!statement.isNull(col)) {
                sum += statement.real(col);
                ++n;
            }
        }
        c.value = n > 0 ? sum / n : 0.0;
        if (stratified)
            data.strata.add(statement, col);
        ++col;
        for (auto &values : data.numeric) {
            values.push_back(statement.isNull(col) ? NAN : statement.real(col));
            ++col;
        }
        for (auto &values : data.categorical)
            values.add(statement, col++);
        data.candidates.push_back(std::move(c));
    }
    return data;
}

// A list's customer ids as rows of the customers table, and its phone numbers as digits.
void loadList(Database &db, const QString &kind, const QString &channel, ListEntries &into)
{
    Statement keys(db, "SELECT c.rowid FROM contact_lists l JOIN customers c ON c.customer_id = "
                       "l.entry WHERE l.kind = ? AND l.channel = ? AND l.entry_kind = 'id'");
    keys.bind(1, kind);
    keys.bind(2, channel);
    while (keys.step())
        into.keys.insert(keys.int64(0));
    Statement phones(db, "SELECT entry FROM contact_lists WHERE kind = ? AND channel = ? AND "
                         "entry_kind = 'phone'");
    phones.bind(1, kind);
    phones.bind(2, channel);
    while (phones.step())
        into.phones.insert(phones.text(0));
}

ContactRules loadRules(Database &db, const Campaign &campaign, QDate contactDay)
{
    ContactRules rules;
    if (campaign.policy.blacklist)
        loadList(db, QStringLiteral("blacklist"), QString(), rules.blacklist);
    if (campaign.policy.doNotDisturb)
        loadList(db, QStringLiteral("do_not_disturb"), QString(), rules.doNotDisturb);
    if (campaign.policy.graylist) {
        for (const Cell &cell : campaign.cells) {
            if (!rules.graylist.contains(cell.channel))
                loadList(db, QStringLiteral("graylist"), cell.channel,
                         rules.graylist[cell.channel]);
        }
    }
    if (campaign.policy.fatigueMaxContacts > 0) {
        rules.fatigueMaxContacts = campaign.policy.fatigueMaxContacts;
        rules.fatigueWindowDays = campaign.policy.fatigueWindowDays;
        // Earlier contacts of other campaigns (this campaign's own exports don't count against
        // its own split).
        // julianday() is a real day number from noon; + 0.5 gives QDate's Julian day at midnight.
        Statement history(db, "SELECT c.rowid, CAST(julianday(h.contact_date) + 0.5 AS INTEGER) "
                              "FROM contact_history h JOIN customers c ON c.customer_id = "
                              "h.customer_id WHERE h.is_control = 0 AND h.campaign <> ? AND "
                              "h.contact_date BETWEEN ? AND ? AND julianday(h.contact_date) IS "
                              "NOT NULL ORDER BY 1, 2");
        // Only contacts within D - 1 days of the planned contact can share a window with it.
        const int reach = campaign.policy.fatigueWindowDays - 1;
        history.bind(1, campaign.name);
        history.bind(2, contactDay.addDays(-reach).toString(Qt::ISODate));
        history.bind(3, contactDay.addDays(reach).toString(Qt::ISODate) +
                            QStringLiteral("T99")); // dates with a time part sort after the day
        while (history.step())
            rules.history[history.int64(0)].push_back(history.int64(1));
    }
    if (campaign.policy.priority) {
        // Campaigns of the period that win over this one: higher priority, or the same priority
        // and created first (lower id).
        Statement claims(db, "SELECT cu.rowid FROM campaign_members m JOIN campaigns c ON c.id = "
                             "m.campaign_id JOIN customers cu ON cu.customer_id = m.customer_id "
                             "WHERE c.period = ? AND c.name <> ? AND (c.priority > ? OR "
                             "(c.priority = ? AND c.id < ?))");
        claims.bind(1, campaign.period);
        claims.bind(2, campaign.name);
        claims.bind(3, campaign.priority);
        claims.bind(4, campaign.priority);
        claims.bind(5, campaign.id > 0 ? campaign.id : std::numeric_limits<qint64>::max());
        while (claims.step())
            rules.claimed.insert(claims.int64(0));
    }
    return rules;
}

quint64 cellSeed(quint64 seed, int cell)
{
    // Distinct, reproducible streams per cell (splitmix64 of seed and cell index).
    quint64 z = seed + 0x9E3779B97F4A7C15ULL * quint64(cell + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace

CampaignPlan CampaignPlanner::plan(const Campaign &campaign, JobControl *job, QDate today)
{
    validate(campaign, QStringLiteral("campaign '%1'").arg(campaign.name));
    Database &db = m_workspace.db();
    if (!db.tableExists(QStringLiteral("customers")))
        throw Error(QStringLiteral("%1 has no customers yet: import an extract first")
                        .arg(m_workspace.path()));
    if (!today.isValid())
        today = QDate::currentDate();
    CampaignPlan plan;
    plan.campaign = campaign;
    plan.dataVersion = m_workspace.dataVersion();
    plan.contactDay = !campaign.waves.isEmpty() && campaign.waves.first().start.isValid()
                          ? campaign.waves.first().start
                          : (campaign.start.isValid() ? campaign.start : today);

    const QList<RuleField> fields = RuleCompiler::loadFields(db);
    const Columns columns = resolveColumns(campaign, fields);
    const RuleCompiler compiler(fields, today);
    const ContactRules rules = loadRules(db, campaign, plan.contactDay);

    // Customers who must stay control: the period's universal control group and the controls
    // of the period's other campaigns.
    QSet<qint64> universal;
    QSet<qint64> periodControls;
    {
        Statement u(db, "SELECT c.rowid FROM universal_control u JOIN customers c ON "
                        "c.customer_id = u.customer_id WHERE u.period = ?");
        u.bind(1, campaign.period);
        while (u.step())
            universal.insert(u.int64(0));
        Statement c(db, "SELECT cu.rowid FROM campaign_members m JOIN campaigns c ON c.id = "
                        "m.campaign_id JOIN customers cu ON cu.customer_id = m.customer_id WHERE "
                        "c.period = ? AND c.name <> ? AND m.role <> 'target'");
        c.bind(1, campaign.period);
        c.bind(2, campaign.name);
        while (c.step())
            periodControls.insert(c.int64(0));
    }
    // Phone numbers are read only when a list holds some.
    bool phones = !rules.blacklist.phones.isEmpty() || !rules.doNotDisturb.phones.isEmpty();
    for (const ListEntries &gray : rules.graylist)
        phones = phones || !gray.phones.isEmpty();

    QSet<qint64> taken;
    // Targets per channel across cells, for capacity: (cell, index in cell's members).
    QMap<QString, std::vector<std::pair<int, size_t>>> byChannel;
    std::vector<std::vector<Member>> cellMembers(size_t(campaign.cells.size()));
    for (int ci = 0; ci < campaign.cells.size(); ++ci) {
        if (job)
            job->throwIfCancelled();
        const Cell &cell = campaign.cells.at(ci);
        const QString ruleText =
            cell.segment.isEmpty() ? cell.rule : QStringLiteral("segment:\"%1\"").arg(cell.segment);
        CompiledRule compiled;
        try {
            compiled = compiler.compile(ruleText);
        } catch (const Error &error) {
            throw Error(QStringLiteral("cell '%1': %2").arg(cell.name, error.message()));
        }
        CellData data = loadCell(db, compiled, columns, phones);
        CellPlan cp;
        cp.name = cell.name;
        cp.channel = cell.channel;
        cp.population = qint64(data.candidates.size());
        const EligibilityResult eligibility = applyEligibility(
            data.candidates, cell.channel, plan.contactDay.toJulianDay(), rules, taken);
        cp.removed = eligibility.removed;

        // The eligible customers, in id order, with their strata and forced flags.
        std::vector<size_t> kept;
        for (size_t i = 0; i < data.candidates.size(); ++i) {
            if (eligibility.eligible[i])
                kept.push_back(i);
        }
        cp.eligible = qint64(kept.size());
        // Strata numbered in the order of their values (missing first), so the numbering does
        // not depend on which customer came first.
        const bool stratified = !data.strata.codes.empty();
        std::vector<int> stratumOf; // code -> stratum index; the last entry is for missing
        if (stratified) {
            std::vector<int> order(data.strata.names.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&](int a, int b) {
                return data.strata.names[size_t(a)] < data.strata.names[size_t(b)];
            });
            stratumOf.assign(order.size() + 1, 0);
            for (size_t r = 0; r < order.size(); ++r)
                stratumOf[size_t(order[r])] = int(r) + 1;
        }
        SplitRequest request;
        request.controlShare = cell.controlShare;
        request.controlSize = cell.controlSize;
        request.seed = cellSeed(campaign.seed, ci);
        for (size_t i : kept) {
            if (stratified) {
                const int code = data.strata.codes[i];
                request.strata.push_back(code < 0 ? 0 : stratumOf[size_t(code)]);
            } else {
                request.strata.push_back(0);
            }
            const qint64 key = data.candidates[i].key;
            request.forcedControl.push_back(universal.contains(key) ||
                                            periodControls.contains(key));
        }
        const SplitResult split = splitControl(request);
        cp.plannedControl = split.planned;
        cp.control = split.controlCount;
        if (split.forced > split.planned)
            plan.warnings << QCoreApplication::translate(
                                 "cwb::CampaignPlanner",
                                 "cell '%1': %2 customers are control already in this "
                                 "period, more than the %3 planned")
                                 .arg(cell.name)
                                 .arg(split.forced)
                                 .arg(split.planned);
        std::vector<char> controlFlags(split.control);
        std::vector<Member> &members = cellMembers[size_t(ci)];
        for (size_t k = 0; k < kept.size(); ++k) {
            const Candidate &c = data.candidates[kept[k]];
            Member m;
            m.key = c.key;
            m.cell = ci;
            m.value = c.value;
            if (split.control[k]) {
                if (universal.contains(c.key)) {
                    m.role = Member::UniversalControl;
                    ++cp.universalControl;
                } else {
                    m.role = Member::Control;
                    if (periodControls.contains(c.key))
                        ++cp.periodControl;
                }
            } else {
                m.role = Member::Target;
                byChannel[cell.channel].emplace_back(ci, members.size());
                ++cp.targets;
            }
            members.push_back(std::move(m));
        }
        // Balance of the eligible customers: target vs control.
        std::vector<double> values;
        for (qsizetype b = 0; b < columns.numericBalance.size(); ++b) {
            values.clear();
            for (size_t i : kept)
                values.push_back(data.numeric[size_t(b)][i]);
            cp.balance.push_back(
                balanceNumeric(columns.numericBalance.at(b), values, controlFlags));
        }
        for (qsizetype b = 0; b < columns.categoricalBalance.size(); ++b) {
            const Interned &column = data.categorical[size_t(b)];
            std::vector<int> codes;
            codes.reserve(kept.size());
            for (size_t i : kept)
                codes.push_back(column.codes[i]);
            QStringList names;
            for (const std::string &name : column.names)
                names << QString::fromStdString(name);
            for (BalanceRow &row :
                 balanceCategorical(columns.categoricalBalance.at(b), codes, names, controlFlags))
                cp.balance.push_back(row);
        }
        for (const BalanceRow &row : cp.balance) {
            if (row.unbalanced && row.controlCount > 0 && row.targetCount > 0)
                plan.warnings << QCoreApplication::translate(
                                     "cwb::CampaignPlanner",
                                     "cell '%1': target and control differ on %2%3 "
                                     "(standardised difference %4)")
                                     .arg(cell.name, row.column,
                                          row.level.isEmpty() ? QString()
                                                              : QStringLiteral(" = ") + row.level)
                                     .arg(row.standardisedDifference, 0, 'f', 2);
        }
        plan.cells.append(cp);
    }

    // Capacity: per channel, highest value first into the earliest wave with room; equal values
    // go in the order of the customers' rows.
    const int waveCount = std::max<int>(1, int(campaign.waves.size()));
    for (CellPlan &cp : plan.cells)
        cp.perWave.assign(size_t(waveCount), 0);
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it) {
        std::vector<qint64> capacities;
        for (const Wave &wave : campaign.waves) {
            const auto cap = wave.capacity.constFind(it.key());
            capacities.push_back(cap == wave.capacity.cend() ? -1 : cap->capacity(wave.days));
        }
        if (capacities.empty())
            capacities.push_back(-1);
        std::vector<double> values;
        std::vector<qint64> ranks;
        values.reserve(it.value().size());
        ranks.reserve(it.value().size());
        for (const auto &[ci, mi] : it.value()) {
            values.push_back(cellMembers[size_t(ci)][mi].value);
            ranks.push_back(cellMembers[size_t(ci)][mi].key);
        }
        const std::vector<int> waves = assignWaves(values, ranks, capacities);
        for (size_t k = 0; k < waves.size(); ++k) {
            const auto &[ci, mi] = it.value()[k];
            cellMembers[size_t(ci)][mi].wave = waves[k];
            CellPlan &cp = plan.cells[ci];
            if (waves[k] < 0)
                ++cp.overCapacity;
            else
                ++cp.perWave[size_t(waves[k])];
        }
    }
    for (const CellPlan &cp : plan.cells) {
        if (cp.overCapacity > 0)
            plan.warnings << QCoreApplication::translate(
                                 "cwb::CampaignPlanner",
                                 "cell '%1': %2 targets found no room in any wave "
                                 "(channel %3): add a wave or capacity")
                                 .arg(cp.name)
                                 .arg(cp.overCapacity)
                                 .arg(cp.channel);
    }
    // Targets no wave had room for are not contacted this time: like the customers the policy
    // removed, they are counted in the waterfall but are not members (neither target nor
    // control), so an evaluation never counts them as treated.
    for (auto &members : cellMembers) {
        for (Member &m : members) {
            if (m.role != Member::Target || m.wave >= 0)
                plan.members.push_back(std::move(m));
        }
    }
    return plan;
}

void CampaignPlanner::commit(const CampaignPlan &plan)
{
    Database &db = m_workspace.db();
    Transaction transaction(db);
    if (m_workspace.dataVersion() != plan.dataVersion)
        throw Error(QStringLiteral("the customer data changed since campaign '%1' was planned; "
                                   "split it again")
                        .arg(plan.campaign.name));
    Statement find(db, "SELECT id FROM campaigns WHERE name = ?");
    find.bind(1, plan.campaign.name);
    if (!find.step())
        throw Error(QStringLiteral("no campaign '%1'").arg(plan.campaign.name));
    const qint64 id = find.int64(0);
    for (const char *sql : {"DELETE FROM campaign_members WHERE campaign_id = ?",
                            "DELETE FROM campaign_waterfall WHERE campaign_id = ?"}) {
        Statement remove(db, sql);
        remove.bind(1, id);
        remove.exec();
    }
    // The members go through a temporary table keyed by row, then into campaign_members in
    // customer id order (its key): one sorted insert instead of a random one per member.
    db.exec("CREATE TEMP TABLE IF NOT EXISTS split_members(key INTEGER PRIMARY KEY, cell "
            "INTEGER NOT NULL, role TEXT NOT NULL, wave INTEGER, value REAL)");
    db.exec("DELETE FROM temp.split_members");
    std::vector<const Member *> sorted;
    sorted.reserve(plan.members.size());
    for (const Member &m : plan.members)
        sorted.push_back(&m);
    std::sort(sorted.begin(), sorted.end(),
              [](const Member *a, const Member *b) { return a->key < b->key; });
    Statement stage(db, "INSERT INTO temp.split_members(key, cell, role, wave, value) VALUES "
                        "(?, ?, ?, ?, ?)");
    static const char *const roles[] = {"target", "control", "universal_control"};
    for (const Member *member : sorted) {
        const Member &m = *member;
        stage.reset();
        stage.bind(1, m.key);
        stage.bind(2, m.cell);
        stage.bindTextStatic(3, roles[int(m.role)]);
        if (m.role == Member::Target && m.wave >= 0)
            stage.bind(4, m.wave + 1);
        else
            stage.bindNull(4);
        stage.bind(5, m.value);
        stage.exec();
    }
    db.exec("CREATE TEMP TABLE IF NOT EXISTS split_cells(cell INTEGER PRIMARY KEY, name TEXT)");
    db.exec("DELETE FROM temp.split_cells");
    Statement cellName(db, "INSERT INTO temp.split_cells(cell, name) VALUES (?, ?)");
    for (int c = 0; c < plan.campaign.cells.size(); ++c) {
        cellName.reset();
        cellName.bind(1, c);
        cellName.bind(2, plan.campaign.cells.at(c).name);
        cellName.exec();
    }
    Statement insert(db, "INSERT INTO campaign_members(campaign_id, customer_id, cell, role, "
                         "wave, value) SELECT ?, c.customer_id, n.name, s.role, s.wave, s.value "
                         "FROM temp.split_members s JOIN customers c ON c.rowid = s.key JOIN "
                         "temp.split_cells n ON n.cell = s.cell ORDER BY c.customer_id");
    insert.bind(1, id);
    insert.exec();
    db.exec("DELETE FROM temp.split_members");
    Statement step(db, "INSERT INTO campaign_waterfall(campaign_id, cell, step, name, customers) "
                       "VALUES (?, ?, ?, ?, ?)");
    for (const CellPlan &cp : plan.cells) {
        const QList<WaterfallStep> steps = cp.waterfall();
        for (int s = 0; s < steps.size(); ++s) {
            step.reset();
            step.bind(1, id);
            step.bind(2, cp.name);
            step.bind(3, s);
            step.bind(4, steps.at(s).name);
            step.bind(5, steps.at(s).customers);
            step.exec();
        }
    }
    Statement mark(db, "UPDATE campaigns SET split_at = ?, split_data_version = ? WHERE id = ?");
    mark.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    mark.bind(2, plan.dataVersion);
    mark.bind(3, id);
    mark.exec();
    transaction.commit();
}

CampaignPlan CampaignPlanner::split(const QString &campaignName, JobControl *job, QDate today)
{
    CampaignStore store(m_workspace);
    const Campaign campaign = store.get(campaignName);
    CampaignPlan plan = this->plan(campaign, job, today);
    commit(plan);
    return plan;
}

} // namespace cwb::campaign
