// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignplanner.h"

#include "campaign/assignment.h"
#include "campaign/campaignstore.h"
#include "core/error.h"
#include "core/jobcontrol.h"
#include "import/valueparser.h"
#include "segment/rulecompiler.h"
#include "segment/ruleresolver.h"
#include "segment/segmentstore.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <numeric>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace cwb::campaign {

QList<WaterfallStep> CellPlan::waterfall() const
{
    QList<WaterfallStep> steps;
    steps.append({QStringLiteral("segment"), population});
    for (int s = 0; s < kPolicyStepCount; ++s)
        steps.append({policyStepName(PolicyStep(s)), removed[size_t(s)]});
    steps.append({QStringLiteral("over_capacity"), overCapacity});
    steps.append({QStringLiteral("control"), control});
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
    std::vector<Candidate> candidates; // key: the customer's rowid
    // The customers' ids, one after another (shared with the plan, whose members point into it).
    std::shared_ptr<std::string> idArena = std::make_shared<std::string>();
    std::vector<quint32> idEnd;               // where each id ends in idArena
    Interned strata;                          // empty when not stratified
    std::vector<std::vector<double>> numeric; // per numeric balance column
    std::vector<Interned> categorical;        // per categorical balance column
    std::string_view id(size_t i) const
    {
        const quint32 begin = i == 0 ? 0 : idEnd[i - 1];
        return std::string_view(*idArena).substr(begin, idEnd[i] - begin);
    }
};

struct Columns
{
    QStringList phones;
    QString address; // empty when the customers have no address column
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
    for (const RuleField &f : fields) {
        if (f.name == QLatin1String("address") || f.label == QStringLiteral("地址") ||
            f.label == QStringLiteral("联系地址")) {
            c.address = f.name;
            break;
        }
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

bool hasDigits(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether one contact number reaches the customer through a channel that needs it.
bool reaches(std::string_view stored, Reach reach)
{
    if (stored.empty() || !hasDigits(stored))
        return false;
    if (reach == Reach::AnyPhone)
        return value::isValidPhone(stored);
    std::string digits;
    for (char ch : stored) {
        if (ch >= '0' && ch <= '9')
            digits.push_back(ch);
    }
    return isMobileNumber(digits);
}

// The customers a rule selects, in customer id order, with their ids, the value capacity ranks
// by, whether the channel can reach them (reach), their phone numbers as digits when a contact
// list holds numbers (phones), and the stratum and balance columns.
CellData loadCell(Database &db, const CompiledRule &rule, const Columns &columns, bool phones,
                  Reach reach)
{
    const bool readPhones = phones || reach == Reach::AnyPhone || reach == Reach::Mobile;
    const bool readAddress = reach == Reach::Address && !columns.address.isEmpty();
    QStringList select{QStringLiteral("rowid"), QStringLiteral("customer_id")};
    for (const QString &p : readPhones ? columns.phones : QStringList())
        select << Database::quoteIdentifier(p);
    select << (readAddress ? Database::quoteIdentifier(columns.address) : QStringLiteral("NULL"));
    for (const QString &v : columns.value)
        select << Database::quoteIdentifier(v);
    select << (columns.stratum.isEmpty() ? QStringLiteral("NULL")
                                         : Database::quoteIdentifier(columns.stratum));
    for (const QString &b : columns.numericBalance)
        select << Database::quoteIdentifier(b);
    for (const QString &b : columns.categoricalBalance)
        select << Database::quoteIdentifier(b);
    // Customer ids are unique in the customers table (the import keeps a unique index on them).
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
        data.idArena->append(statement.textView(col++));
        data.idEnd.push_back(quint32(data.idArena->size()));
        bool reachable = reach == Reach::Anyone || (reach == Reach::Address && !readAddress);
        for (qsizetype p = 0; readPhones && p < columns.phones.size(); ++p, ++col) {
            if (statement.isNull(col))
                continue;
            const std::string_view number = statement.textView(col);
            if (phones && p < 3)
                c.phones[size_t(p)] = digitsOf(number);
            if (!reachable && reach != Reach::Address)
                reachable = reaches(number, reach);
        }
        if (readAddress && !statement.isNull(col))
            reachable = !QString::fromUtf8(statement.textView(col).data(),
                                           qsizetype(statement.textView(col).size()))
                             .trimmed()
                             .isEmpty();
        ++col;
        c.reachable = reachable;
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

} // namespace

namespace {

// The balance of target and control among the given members of a cell's data (indices into its
// candidates), on every balance column.
std::vector<BalanceRow> balanceOf(const CellData &data, const Columns &columns,
                                  const std::vector<size_t> &rows, const std::vector<char> &control)
{
    std::vector<BalanceRow> balance;
    std::vector<double> values;
    for (qsizetype b = 0; b < columns.numericBalance.size(); ++b) {
        values.clear();
        for (size_t i : rows)
            values.push_back(data.numeric[size_t(b)][i]);
        balance.push_back(balanceNumeric(columns.numericBalance.at(b), values, control));
    }
    for (qsizetype b = 0; b < columns.categoricalBalance.size(); ++b) {
        const Interned &column = data.categorical[size_t(b)];
        std::vector<int> codes;
        codes.reserve(rows.size());
        for (size_t i : rows)
            codes.push_back(column.codes[i]);
        QStringList names;
        for (const std::string &name : column.names)
            names << QString::fromStdString(name);
        for (BalanceRow &row :
             balanceCategorical(columns.categoricalBalance.at(b), codes, names, control))
            balance.push_back(row);
    }
    return balance;
}

// Leaves out the customers a new wave must not draw again (the campaign's members).
void dropExcluded(CellData &data, const QSet<qint64> &exclude)
{
    CellData kept;
    kept.strata.names = data.strata.names;
    kept.strata.index = data.strata.index;
    kept.numeric.resize(data.numeric.size());
    kept.categorical.resize(data.categorical.size());
    for (size_t c = 0; c < data.categorical.size(); ++c) {
        kept.categorical[c].names = data.categorical[c].names;
        kept.categorical[c].index = data.categorical[c].index;
    }
    for (size_t i = 0; i < data.candidates.size(); ++i) {
        if (exclude.contains(data.candidates[i].key))
            continue;
        kept.candidates.push_back(data.candidates[i]);
        kept.idArena->append(data.id(i));
        kept.idEnd.push_back(quint32(kept.idArena->size()));
        if (!data.strata.codes.empty())
            kept.strata.codes.push_back(data.strata.codes[i]);
        for (size_t c = 0; c < data.numeric.size(); ++c)
            kept.numeric[c].push_back(data.numeric[c][i]);
        for (size_t c = 0; c < data.categorical.size(); ++c)
            kept.categorical[c].codes.push_back(data.categorical[c].codes[i]);
    }
    data = std::move(kept);
}

// A cell's eligible customers with what the assignment gave them.
struct CellWork
{
    CellData data;
    std::vector<size_t> eligible; // indices into data.candidates
    std::vector<int> wave;        // per eligible: -1 when not assigned
    std::vector<char> control;    // per eligible
    std::vector<char> forced;     // per eligible
    std::vector<int> stratum;     // per eligible
    double share = 0.0;
};

} // namespace

CampaignPlan CampaignPlanner::plan(const Campaign &campaign, JobControl *job, QDate today)
{
    return build(campaign, job, today, {});
}

CampaignPlan CampaignPlanner::planNewWave(const QString &campaignName, JobControl *job, QDate today)
{
    Database &db = m_workspace.db();
    const Campaign stored = CampaignStore(m_workspace).get(campaignName);
    Statement members(db, "SELECT c.rowid FROM campaign_members m JOIN customers c ON "
                          "c.customer_id = m.customer_id WHERE m.campaign_id = ?");
    members.bind(1, stored.id);
    QSet<qint64> existing;
    while (members.step())
        existing.insert(members.int64(0));
    if (existing.isEmpty())
        throw Error(QCoreApplication::translate("cwb::Campaign",
                                                "campaign '%1' was never split: split it first")
                        .arg(campaignName));
    const int lastWave =
        int(db.scalar("SELECT coalesce(max(wave), 0) FROM campaign_members WHERE campaign_id = ?",
                      {stored.id})
                .toLongLong());
    // One new wave with the capacity of the campaign's last wave (unlimited without waves).
    Campaign extension = stored;
    if (!extension.waves.isEmpty()) {
        Wave wave = extension.waves.last();
        wave.name = QCoreApplication::translate("cwb::Campaign", "new wave %1").arg(lastWave + 1);
        wave.start = today.isValid() ? today : QDate::currentDate();
        extension.waves = {wave};
    }
    CampaignPlan plan = build(extension, job, today, existing);
    plan.newWave = true;
    plan.waveOffset = lastWave;
    return plan;
}

CampaignPlan CampaignPlanner::build(const Campaign &campaign, JobControl *job, QDate today,
                                    const QSet<qint64> &exclude)
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
    SegmentStore segments(m_workspace, today);
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
    // Phone numbers are kept only when a list holds some.
    bool phones = !rules.blacklist.phones.isEmpty() || !rules.doNotDisturb.phones.isEmpty();
    for (const ListEntries &gray : rules.graylist)
        phones = phones || !gray.phones.isEmpty();

    // 1. Population and eligibility, cell by cell (a customer in two cells goes to the first).
    QSet<qint64> taken;
    std::vector<CellWork> work(size_t(campaign.cells.size()));
    for (int ci = 0; ci < campaign.cells.size(); ++ci) {
        if (job)
            job->throwIfCancelled();
        const Cell &cell = campaign.cells.at(ci);
        const QString ruleText =
            cell.segment.isEmpty() ? cell.rule : referenceText(false, cell.segment);
        CompiledRule compiled;
        try {
            compiled = segments.compile(ruleText);
        } catch (const Error &error) {
            throw Error(QStringLiteral("cell '%1': %2").arg(cell.name, error.message()));
        }
        CellWork &w = work[size_t(ci)];
        w.data = loadCell(db, compiled, columns, phones, reachNeeded(cell.channel));
        if (!exclude.isEmpty())
            dropExcluded(w.data, exclude);
        CellPlan cp;
        cp.name = cell.name;
        cp.channel = cell.channel;
        cp.population = qint64(w.data.candidates.size());
        const EligibilityResult eligibility = applyEligibility(
            w.data.candidates, cell.channel, plan.contactDay.toJulianDay(), rules, taken);
        cp.removed = eligibility.removed;
        for (size_t i = 0; i < w.data.candidates.size(); ++i) {
            if (eligibility.eligible[i])
                w.eligible.push_back(i);
        }
        cp.eligible = qint64(w.eligible.size());
        // A fixed control size is the share it makes of the eligible customers.
        w.share =
            cell.controlSize >= 0
                ? (cp.eligible > 0 ? std::min(1.0, double(cell.controlSize) / double(cp.eligible))
                                   : 0.0)
                : cell.controlShare;
        if (w.share >= 1.0)
            throw Error(QStringLiteral("cell '%1': a control group of %2 leaves no target among "
                                       "the %3 eligible customers")
                            .arg(cell.name)
                            .arg(cell.controlSize)
                            .arg(cp.eligible));
        // Strata numbered in the order of their values (missing first), so the numbering does
        // not depend on which customer came first.
        std::vector<int> stratumOf; // code -> stratum index
        if (!w.data.strata.codes.empty()) {
            std::vector<int> order(w.data.strata.names.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&](int a, int b) {
                return w.data.strata.names[size_t(a)] < w.data.strata.names[size_t(b)];
            });
            stratumOf.assign(order.size(), 0);
            for (size_t r = 0; r < order.size(); ++r)
                stratumOf[size_t(order[r])] = int(r) + 1;
        }
        for (size_t i : w.eligible) {
            int stratum = 0;
            if (!stratumOf.empty()) {
                const int code = w.data.strata.codes[i];
                stratum = code < 0 ? 0 : stratumOf[size_t(code)];
            }
            w.stratum.push_back(stratum);
            const qint64 key = w.data.candidates[i].key;
            w.forced.push_back(universal.contains(key) || periodControls.contains(key) ? 1 : 0);
        }
        plan.cells.append(cp);
    }

    // 2. Per channel: capacity decides who is assigned to which wave, then the draw in each
    //    cell, wave and stratum (assignment.h).
    const int waveCount = std::max<int>(1, int(campaign.waves.size()));
    QStringList channels;
    for (const Cell &cell : campaign.cells) {
        if (!channels.contains(cell.channel))
            channels << cell.channel;
    }
    for (const QString &channel : std::as_const(channels)) {
        if (job)
            job->throwIfCancelled();
        AssignmentInput input;
        for (int ci = 0; ci < campaign.cells.size(); ++ci)
            input.cellShare.push_back(work[size_t(ci)].share);
        for (const Wave &wave : campaign.waves) {
            const auto cap = wave.capacity.constFind(channel);
            input.capacities.push_back(cap == wave.capacity.cend() ? -1 : cap->capacity(wave.days));
        }
        std::vector<std::pair<int, size_t>> origin; // (cell, index into its eligible)
        for (int ci = 0; ci < campaign.cells.size(); ++ci) {
            if (campaign.cells.at(ci).channel != channel)
                continue;
            const CellWork &w = work[size_t(ci)];
            for (size_t k = 0; k < w.eligible.size(); ++k) {
                const size_t i = w.eligible[k];
                Eligible e;
                e.cell = ci;
                e.stratum = w.stratum[k];
                e.forced = w.forced[k] != 0;
                e.value = w.data.candidates[i].value;
                e.id = w.data.id(i);
                e.hash =
                    splitHash(campaign.seed, QByteArrayView(e.id.data(), qsizetype(e.id.size())));
                input.customers.push_back(e);
                origin.emplace_back(ci, k);
            }
        }
        const Assignment assignment = assign(input);
        for (size_t k = 0; k < origin.size(); ++k) {
            CellWork &w = work[size_t(origin[k].first)];
            if (w.wave.empty()) {
                w.wave.assign(w.eligible.size(), -1);
                w.control.assign(w.eligible.size(), 0);
            }
            w.wave[origin[k].second] = assignment.wave[k];
            w.control[origin[k].second] = assignment.control[k];
        }
    }

    // 3. Members, counts and the balance of the stored groups, per cell and per wave.
    for (int ci = 0; ci < campaign.cells.size(); ++ci) {
        CellWork &w = work[size_t(ci)];
        CellPlan &cp = plan.cells[ci];
        if (w.wave.empty()) {
            w.wave.assign(w.eligible.size(), -1);
            w.control.assign(w.eligible.size(), 0);
        }
        cp.perWave.assign(size_t(waveCount), 0);
        cp.perWaveControl.assign(size_t(waveCount), 0);
        std::vector<std::vector<size_t>> waveRows(static_cast<size_t>(waveCount));
        std::vector<std::vector<char>> waveControl(static_cast<size_t>(waveCount));
        std::vector<size_t> cellRows;
        std::vector<char> cellControl;
        std::map<std::tuple<int, int>, std::pair<qint64, qint64>> groups; // (wave, stratum)
        for (size_t k = 0; k < w.eligible.size(); ++k) {
            const int wave = w.wave[k];
            if (wave < 0) {
                ++cp.overCapacity;
                continue;
            }
            const size_t i = w.eligible[k];
            const Candidate &c = w.data.candidates[i];
            auto &group = groups[{wave, w.stratum[k]}];
            ++group.first;
            group.second += w.forced[k];
            Member m;
            m.key = c.key;
            m.cell = ci;
            m.value = c.value;
            m.wave = wave;
            m.id = w.data.id(i);
            if (w.control[k]) {
                if (universal.contains(c.key)) {
                    m.role = Member::UniversalControl;
                    ++cp.universalControl;
                } else {
                    m.role = Member::Control;
                    if (periodControls.contains(c.key))
                        ++cp.periodControl;
                }
                ++cp.control;
                ++cp.perWaveControl[size_t(wave)];
            } else {
                m.role = Member::Target;
                ++cp.targets;
                ++cp.perWave[size_t(wave)];
            }
            plan.members.push_back(m);
            cellRows.push_back(i);
            cellControl.push_back(w.control[k]);
            waveRows[size_t(wave)].push_back(i);
            waveControl[size_t(wave)].push_back(w.control[k]);
        }
        qint64 forcedTotal = 0;
        for (const auto &[key, group] : groups) {
            cp.plannedControl += controlQuota(group.first, w.share);
            forcedTotal += group.second;
        }
        if (forcedTotal > cp.plannedControl)
            plan.warnings << QCoreApplication::translate(
                                 "cwb::CampaignPlanner",
                                 "cell '%1': %2 customers are control already in this "
                                 "period, more than the %3 planned")
                                 .arg(cp.name)
                                 .arg(forcedTotal)
                                 .arg(cp.plannedControl);
        cp.balance = balanceOf(w.data, columns, cellRows, cellControl);
        for (int wave = 0; wave < waveCount; ++wave)
            cp.waveBalance.push_back(
                balanceOf(w.data, columns, waveRows[size_t(wave)], waveControl[size_t(wave)]));
        auto warnUnbalanced = [&](const std::vector<BalanceRow> &rows, const QString &where) {
            for (const BalanceRow &row : rows) {
                if (!row.unbalanced || row.controlCount == 0 || row.targetCount == 0)
                    continue;
                const QString what = row.level.isEmpty()
                                         ? row.column
                                         : row.column + QStringLiteral(" = ") + row.level;
                // Small random groups differ by chance: say how much, so a manager can tell
                // chance from a real difference.
                const double chance = balanceChance(row.targetCount, row.controlCount);
                plan.warnings
                    << (std::abs(row.standardisedDifference) <= chance
                            ? QCoreApplication::translate(
                                  "cwb::CampaignPlanner",
                                  "cell '%1'%2: target and control differ on %3 (standardised "
                                  "difference %4), within what chance gives for groups of "
                                  "this size (up to %5 in 19 draws of 20)")
                                  .arg(cp.name, where, what)
                                  .arg(row.standardisedDifference, 0, 'f', 2)
                                  .arg(chance, 0, 'f', 2)
                            : QCoreApplication::translate(
                                  "cwb::CampaignPlanner",
                                  "cell '%1'%2: target and control differ on %3 (standardised "
                                  "difference %4), more than chance gives for groups of this "
                                  "size (%5)")
                                  .arg(cp.name, where, what)
                                  .arg(row.standardisedDifference, 0, 'f', 2)
                                  .arg(chance, 0, 'f', 2));
            }
        };
        warnUnbalanced(cp.balance, QString());
        if (waveCount > 1) {
            for (int wave = 0; wave < waveCount; ++wave)
                warnUnbalanced(
                    cp.waveBalance[size_t(wave)],
                    QCoreApplication::translate("cwb::CampaignPlanner", ", wave %1").arg(wave + 1));
        }
        if (cp.overCapacity > 0)
            plan.warnings << QCoreApplication::translate(
                                 "cwb::CampaignPlanner",
                                 "cell '%1': %2 eligible customers found no room in any wave "
                                 "(channel %3) and are neither target nor control this time: "
                                 "add a wave or capacity")
                                 .arg(cp.name)
                                 .arg(cp.overCapacity)
                                 .arg(cp.channel);
    }
    for (CellWork &w : work)
        plan.idArenas.push_back(w.data.idArena); // the members' ids point into them
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
    const bool newWave = plan.newWave;
    if (!newWave) {
        if (const CampaignUse used = CampaignStore(m_workspace).use(plan.campaign.name);
            used.frozen())
            throw frozenError(plan.campaign.name, used,
                              QCoreApplication::translate("cwb::Campaign", "be split again"));
        for (const char *sql : {"DELETE FROM campaign_members WHERE campaign_id = ?",
                                "DELETE FROM campaign_waterfall WHERE campaign_id = ?"}) {
            Statement remove(db, sql);
            remove.bind(1, id);
            remove.exec();
        }
    } else if (db.scalar("SELECT coalesce(max(wave), 0) FROM campaign_members WHERE "
                         "campaign_id = ?",
                         {id})
                   .toLongLong() != plan.waveOffset) {
        throw Error(QStringLiteral("campaign '%1' changed since its new wave was planned; plan "
                                   "it again")
                        .arg(plan.campaign.name));
    }
    // In customer id order (the table's key): one sorted append instead of random inserts.
    std::vector<const Member *> sorted;
    sorted.reserve(plan.members.size());
    for (const Member &m : plan.members)
        sorted.push_back(&m);
    std::sort(sorted.begin(), sorted.end(),
              [](const Member *a, const Member *b) { return a->id < b->id; });
    std::vector<QByteArray> cellNames;
    for (const Cell &cell : plan.campaign.cells)
        cellNames.push_back(cell.name.toUtf8());
    Statement insert(db, "INSERT INTO campaign_members(campaign_id, customer_id, cell, role, "
                         "wave, value) VALUES (?, ?, ?, ?, ?, ?)");
    static const char *const roles[] = {"target", "control", "universal_control"};
    insert.bind(1, id);
    for (const Member *member : sorted) {
        const Member &m = *member;
        insert.resetKeep();
        insert.bindTextStatic(2, m.id);
        const QByteArray &cell = cellNames[size_t(m.cell)];
        insert.bindTextStatic(3, std::string_view(cell.constData(), size_t(cell.size())));
        insert.bindTextStatic(4, roles[int(m.role)]);
        if (m.wave >= 0)
            insert.bind(5, plan.waveOffset + m.wave + 1);
        else
            insert.bindNull(5);
        insert.bind(6, m.value);
        insert.exec();
    }
    Statement step(db, "INSERT INTO campaign_waterfall(campaign_id, cell, step, name, customers) "
                       "VALUES (?, ?, ?, ?, ?)");
    // A new wave keeps the first split's waterfall (its own is printed when it is made).
    for (const CellPlan &cp : newWave ? QList<CellPlan>() : plan.cells) {
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
    Statement mark(db, newWave ? "UPDATE campaigns SET split_at = ?, split_data_version = ?, "
                                 "split_algorithm = coalesce(split_algorithm, ?) WHERE id = ?"
                               : "UPDATE campaigns SET split_at = ?, split_data_version = ?, "
                                 "split_algorithm = ? WHERE id = ?");
    mark.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    mark.bind(2, plan.dataVersion);
    mark.bind(3, QString::fromLatin1(kSplitAlgorithm));
    mark.bind(4, id);
    mark.exec();
    transaction.commit();
}

CampaignPlan CampaignPlanner::split(const QString &campaignName, JobControl *job, QDate today)
{
    CampaignStore store(m_workspace);
    const Campaign campaign = store.get(campaignName);
    if (const CampaignUse used = store.use(campaign.name); used.frozen())
        throw frozenError(campaign.name, used,
                          QCoreApplication::translate("cwb::Campaign", "be split again"));
    CampaignPlan plan = this->plan(campaign, job, today);
    commit(plan);
    return plan;
}

} // namespace cwb::campaign
