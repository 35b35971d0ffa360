// SPDX-License-Identifier: GPL-3.0-or-later
// SYNTHETIC DATA: made-up call outcomes and follow-up billing for demos, tests and benchmarks.
// The model is described in docs/demo-data.md; keep that file true when changing anything here.
#include "demo/outcomegenerator.h"

#include "campaign/campaignstore.h"
#include "core/error.h"
#include "core/jobcontrol.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <vector>

namespace cwb {

namespace {

// A small deterministic random stream per customer: SplitMix64 seeded from the seed, a purpose
// and the customer id (FNV-1a), so a customer's draws depend on nothing else. Distributions use
// IEEE basic arithmetic only: the same seed gives the same file with any compiler.
class Stream
{
public:
    Stream(quint64 seed, quint64 purpose, std::string_view id)
    {
        quint64 h = 0xcbf29ce484222325ULL;
        for (char c : id) {
            h ^= quint64(quint8(c));
            h *= 0x100000001b3ULL;
        }
        m_state = seed ^ (purpose * 0x9e3779b97f4a7c15ULL) ^ (h * 0xbf58476d1ce4e5b9ULL);
        next();
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    int below(int n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    bool chance(double p) { return uniform() < p; }
    // Approximately standard normal: the sum of 12 uniforms minus 6 (Irwin-Hall), exact in
    // basic arithmetic; its tails stop at +-6, which is fine for noise.
    double normal()
    {
        double s = 0.0;
        for (int i = 0; i < 12; ++i)
            s += uniform();
        return s - 6.0;
    }

private:
    quint64 m_state = 0;
};

constexpr quint64 kCallStream = 1;
constexpr quint64 kFollowupStream = 2;
constexpr quint64 kBadRowStream = 3;

enum Code : quint8
{
    AgreedPaid,
    AgreedTrial,
    Considering,
    Refused,
    DoNotDisturb,
    WrongNumber,
    NotReached
};

const char *codeText(Code code, bool chinese)
{
    static const char *zh[] = {"同意办理", "同意试用", "考虑",  "拒绝",
                               "勿扰",     "号码错误", "未接通"};
    static const char *en[] = {"agreed_paid",    "agreed_trial", "considering", "refused",
                               "do_not_disturb", "wrong_number", "not_reached"};
    return chinese ? zh[code] : en[code];
}

// Refusal reasons and their weights (price and "no need" dominate, as in refusal analyses).
constexpr std::array<const char *, 6> kReasonsZh = {"价格太高",   "不需要",   "已有其他套餐",
                                                    "合约未到期", "信号不好", "其他"};
constexpr std::array<const char *, 6> kReasonsEn = {"price too high",      "not needed",
                                                    "has another package", "contract not expired",
                                                    "poor signal",         "other"};
constexpr std::array<double, 6> kReasonWeights = {0.31, 0.27, 0.17, 0.12, 0.08, 0.05};

int pickReason(Stream &s)
{
    double u = s.uniform();
    for (size_t i = 0; i < kReasonWeights.size(); ++i) {
        if (u < kReasonWeights[i])
            return int(i);
        u -= kReasonWeights[i];
    }
    return int(kReasonWeights.size()) - 1;
}

constexpr int kFirstHour = 9; // attempts 9:00-20:59
constexpr int kHours = 12;

int slotOfHour(int hour)
{
    return hour < 12 ? 0 : (hour < 18 ? 1 : 2);
}

struct CellInfo
{
    QString name;
    QString offer;
    bool call = false;
    int offerIndex = -1; // into the package names
};

struct WaveInfo
{
    std::vector<qint64> days; // Julian days of the wave's weekdays (all days if none)
    int agents = 8;
    std::vector<double> skill; // per agent: intention factor, mean 1
};

struct Member
{
    QByteArray id;
    int cell = -1;
    char role = 't'; // 't' target, 'c' control, 'u' universal control
    int wave = -1;   // 0-based
    bool hasFee = false;
    double fee = 0.0;
};

// The campaign as the generators need it.
struct Setup
{
    QString campaign;
    std::vector<CellInfo> cells;
    std::vector<WaveInfo> waves;
    std::vector<QByteArray> packages; // offers first, then the catalog's other packages
    std::vector<Member> members;      // ordered by customer id
    double base = 0.0;                // connect chance of an attempt before the slot factor
};

void checkRates(const OutcomeRates &r)
{
    auto share = [](double v, const char *name) {
        if (!(v >= 0.0 && v <= 1.0))
            throw Error(QStringLiteral("outcome rates: %1 must be between 0 and 1, got %2")
                            .arg(QLatin1String(name))
                            .arg(v));
    };
    share(r.coverage, "coverage");
    share(r.wrongNumber, "wrong_number");
    share(r.connect, "connect");
    share(r.intention, "intention");
    share(r.agreedPaid, "agreed_paid");
    share(r.agreedTrial, "agreed_trial");
    share(r.completion, "completion");
    share(r.doNotDisturb, "do_not_disturb");
    share(r.packageMatch, "package_match");
    if (r.agreedPaid + r.agreedTrial > 1.0)
        throw Error(QStringLiteral("outcome rates: agreed_paid + agreed_trial must be at most 1"));
    if (r.completion > r.agreedPaid + r.agreedTrial)
        throw Error(QStringLiteral("outcome rates: completion (%1) cannot exceed the agreements' "
                                   "share of the intentions (%2): only agreements complete")
                        .arg(r.completion)
                        .arg(r.agreedPaid + r.agreedTrial));
    if (r.intention + r.doNotDisturb > 1.0)
        throw Error(QStringLiteral("outcome rates: intention + do_not_disturb must be at most 1"));
    if (r.wrongNumber >= 1.0 || r.connect > 1.0 - r.wrongNumber)
        throw Error(QStringLiteral("outcome rates: connect (%1) cannot exceed 1 - wrong_number")
                        .arg(r.connect));
    double attemptsTotal = 0.0;
    for (double w : r.maxAttempts) {
        if (!(w >= 0.0))
            throw Error(QStringLiteral("outcome rates: attempt shares must be >= 0"));
        attemptsTotal += w;
    }
    if (!(attemptsTotal > 0.0))
        throw Error(QStringLiteral("outcome rates: the attempt shares must not all be 0"));
    for (double f : r.slotFactor)
        if (!(f > 0.0))
            throw Error(QStringLiteral("outcome rates: slot factors must be > 0"));
}

// Expected share of reachable customers connected in their attempts, for a base chance.
double expectedConnect(const OutcomeRates &r, double base)
{
    double mean = 0.0; // mean connect chance of an attempt over the uniformly drawn hours
    for (int h = 0; h < kHours; ++h)
        mean += std::min(1.0, base * r.slotFactor[size_t(slotOfHour(kFirstHour + h))]);
    mean /= kHours;
    double total = 0.0, weights = 0.0;
    double miss = 1.0;
    for (size_t m = 0; m < r.maxAttempts.size(); ++m) {
        miss *= 1.0 - mean;
        total += r.maxAttempts[m] * (1.0 - miss);
        weights += r.maxAttempts[m];
    }
    return total / weights;
}

// The base chance so that connected / called = connect (wrong numbers never connect).
double solveBase(const OutcomeRates &r)
{
    const double want = r.wrongNumber < 1.0 ? r.connect / (1.0 - r.wrongNumber) : 0.0;
    double lo = 0.0, hi = 1.0 / *std::min_element(r.slotFactor.begin(), r.slotFactor.end());
    if (expectedConnect(r, hi) < want - 1e-12)
        throw Error(QStringLiteral("outcome rates: a connect rate of %1 cannot be reached in the "
                                   "attempts allowed")
                        .arg(r.connect));
    for (int i = 0; i < 100; ++i) {
        const double mid = 0.5 * (lo + hi);
        (expectedConnect(r, mid) < want ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

} // namespace

double baseConnectChance(const OutcomeRates &rates)
{
    checkRates(rates);
    return solveBase(rates);
}

namespace {

Setup loadSetup(Workspace &workspace, const OutcomeGenerationOptions &options, bool withFees)
{
    if (options.campaign.isEmpty())
        throw Error(QStringLiteral("generate: name the campaign (--campaign NAME)"));
    checkRates(options.rates);
    Database &db = workspace.db();
    const campaign::Campaign c = campaign::CampaignStore(workspace).get(options.campaign);
    Setup setup;
    setup.campaign = c.name;
    setup.base = solveBase(options.rates);

    QHash<QString, int> cellIndex;
    auto packageIndex = [&](const QString &name) {
        const QByteArray utf8 = name.toUtf8();
        for (size_t i = 0; i < setup.packages.size(); ++i)
            if (setup.packages[i] == utf8)
                return int(i);
        setup.packages.push_back(utf8);
        return int(setup.packages.size()) - 1;
    };
    for (const campaign::Cell &cell : c.cells) {
        CellInfo info;
        info.name = cell.name;
        info.offer = cell.offer;
        info.call = cell.channel == QLatin1String("call");
        if (!cell.offer.isEmpty())
            info.offerIndex = packageIndex(cell.offer);
        cellIndex.insert(cell.name, int(setup.cells.size()));
        setup.cells.push_back(info);
    }
    if (db.tableExists(QStringLiteral("packages"))) {
        Statement packages(db, "SELECT name FROM packages ORDER BY position, id");
        while (packages.step())
            packageIndex(packages.text(0));
    }
    for (const campaign::Wave &wave : c.waves) {
        WaveInfo info;
        std::vector<qint64> all;
        for (int d = 0; d < std::max(1, wave.days); ++d) {
            const QDate day = wave.start.addDays(d);
            all.push_back(day.toJulianDay());
            if (day.dayOfWeek() <= 5)
                info.days.push_back(day.toJulianDay());
        }
        if (info.days.empty())
            info.days = all;
        const auto call = wave.capacity.constFind(QStringLiteral("call"));
        if (call != wave.capacity.constEnd() && call->fixed < 0 && call->staff > 0)
            info.agents = std::min(call->staff, 99);
        // Every fourth agent is new and converts at 63% of the others (15.8% vs 25% in the
        // pilot); the others are scaled so that the mean factor is 1.
        const int newAgents = info.agents / 4;
        const double other = newAgents < info.agents
                                 ? (info.agents - 0.632 * newAgents) / (info.agents - newAgents)
                                 : 1.0;
        for (int a = 0; a < info.agents; ++a)
            info.skill.push_back(a % 4 == 3 ? 0.632 : other);
        setup.waves.push_back(info);
    }

    const QVariant id = db.scalar("SELECT id FROM campaigns WHERE name = ?", {c.name});
    const bool feeKnown =
        withFees && db.scalar("SELECT count(*) FROM customer_columns WHERE name = 'total_fee_m1'")
                            .toLongLong() > 0;
    Statement members(
        db, feeKnown ? "SELECT m.customer_id, m.cell, m.role, m.wave, c.total_fee_m1 FROM "
                       "campaign_members m LEFT JOIN customers c ON c.customer_id = "
                       "m.customer_id WHERE m.campaign_id = ? ORDER BY m.customer_id"
                     : "SELECT customer_id, cell, role, wave, NULL FROM campaign_members WHERE "
                       "campaign_id = ? ORDER BY customer_id");
    members.bind(1, id.toLongLong());
    QHash<QString, int> unknownCells;
    while (members.step()) {
        Member m;
        const std::string_view cid = members.textView(0);
        m.id = QByteArray(cid.data(), qsizetype(cid.size()));
        const auto cell = cellIndex.constFind(members.text(1));
        m.cell = cell == cellIndex.constEnd() ? -1 : *cell;
        const std::string_view role = members.textView(2);
        m.role = role == "target" ? 't' : (role == "control" ? 'c' : 'u');
        m.wave = members.isNull(3) ? -1 : int(members.int64(3)) - 1;
        if (m.wave >= int(setup.waves.size()))
            m.wave = -1;
        m.hasFee = !members.isNull(4);
        if (m.hasFee)
            m.fee = members.real(4);
        setup.members.push_back(std::move(m));
    }
    if (setup.members.empty())
        throw Error(QStringLiteral("campaign '%1' has no split yet: split it first (cwb campaign "
                                   "split)")
                        .arg(c.name));
    return setup;
}

// One row of the outcome file, compact (the rows are sorted by time before writing).
struct Row
{
    qint64 time = 0;    // seconds since the Julian day epoch
    qint32 member = -1; // index in Setup::members; -1: an unknown id (bad row)
    quint8 code = NotReached;
    quint8 agent = 0;
    qint8 reason = -1;
    quint8 connected = 0;
    qint16 completedAfter = -1; // days after the attempt (negative with bad completion rows)
    bool hasCompletion = false;
    qint16 package = -1;
    qint32 badId = -1; // unknown-id rows: the number in the made-up id
};

// What happened to one target on the phone; the same for writeOutcomes and writeFollowup.
struct CallStory
{
    bool called = false, connected = false, intention = false, agreement = false, completed = false,
         dnd = false, wrong = false;
    int package = -1; // chosen package, for agreements
    int attempts = 0;
};

CallStory simulate(const Setup &setup, const OutcomeRates &r, quint64 seed, qint32 index,
                   std::vector<Row> *rows)
{
    const Member &m = setup.members[size_t(index)];
    CallStory story;
    if (m.role != 't' || m.cell < 0 || m.wave < 0 || !setup.cells[size_t(m.cell)].call)
        return story;
    const WaveInfo &wave = setup.waves[size_t(m.wave)];
    const CellInfo &cell = setup.cells[size_t(m.cell)];
    Stream s(seed, kCallStream, std::string_view(m.id.constData(), size_t(m.id.size())));
    // The draws always happen in the same order and number, whatever the outcome.
    const bool called = s.uniform() < r.coverage;
    const int agent = s.below(wave.agents);
    const bool wrong = s.uniform() < r.wrongNumber;
    double u = s.uniform() * (r.maxAttempts[0] + r.maxAttempts[1] + r.maxAttempts[2]);
    int maxAttempts = 3;
    if (u < r.maxAttempts[0])
        maxAttempts = 1;
    else if (u < r.maxAttempts[0] + r.maxAttempts[1])
        maxAttempts = 2;
    std::array<qint64, 3> times{};
    for (qint64 &t : times) {
        const qint64 day = wave.days[size_t(s.below(int(wave.days.size())))];
        const int hour = kFirstHour + s.below(kHours);
        t = day * 86400 + hour * 3600 + s.below(60) * 60 + s.below(60);
    }
    std::array<double, 3> connectDraw{};
    for (double &d : connectDraw)
        d = s.uniform();
    const double uIntention = s.uniform(), uKind = s.uniform(), uComplete = s.uniform(),
                 uDnd = s.uniform(), uMatch = s.uniform();
    const int reason = pickReason(s);
    const int completionDelay = 1 + s.below(6);
    const int otherPackage = s.below(std::max(1, int(setup.packages.size()) - 1));
    if (!called)
        return story;

    story.called = true;
    const int n = wrong ? 1 : maxAttempts;
    std::sort(times.begin(), times.begin() + n);
    for (int i = 1; i < n; ++i) // two draws in the same second: a minute later
        if (times[size_t(i)] <= times[size_t(i - 1)])
            times[size_t(i)] = times[size_t(i - 1)] + 60;
    auto add = [&](const Row &row) {
        ++story.attempts;
        if (rows)
            rows->push_back(row);
    };
    Row base;
    base.member = index;
    base.agent = quint8(agent);
    if (wrong) {
        story.wrong = true;
        base.time = times[0];
        base.code = WrongNumber;
        add(base);
        return story;
    }
    for (int i = 0; i < n; ++i) {
        Row row = base;
        row.time = times[size_t(i)];
        const int hour = int((row.time % 86400) / 3600);
        const double p = std::min(1.0, setup.base * r.slotFactor[size_t(slotOfHour(hour))]);
        if (connectDraw[size_t(i)] >= p) {
            row.code = NotReached;
            add(row);
            continue;
        }
        story.connected = true;
        row.connected = 1;
        const double pIntention = std::min(1.0, r.intention * wave.skill[size_t(agent)]);
        if (uIntention < pIntention) {
            story.intention = true;
            if (uKind < r.agreedPaid)
                row.code = AgreedPaid;
            else if (uKind < r.agreedPaid + r.agreedTrial)
                row.code = AgreedTrial;
            else
                row.code = Considering;
            if (row.code != Considering) {
                story.agreement = true;
                const int offer = cell.offerIndex;
                if (offer < 0 && setup.packages.empty()) {
                    story.package = -1;
                } else if (offer < 0 || (uMatch >= r.packageMatch && setup.packages.size() > 1)) {
                    // another package than the offer (indices skip the offer)
                    int other = otherPackage;
                    if (offer >= 0 && other >= offer)
                        ++other;
                    story.package = std::min(other, int(setup.packages.size()) - 1);
                } else {
                    story.package = offer;
                }
                row.package = qint16(story.package);
                if (uComplete < r.completion / (r.agreedPaid + r.agreedTrial)) {
                    story.completed = true;
                    row.hasCompletion = true;
                    row.completedAfter = qint16(completionDelay);
                }
            }
        } else if (uDnd < r.doNotDisturb / (1.0 - pIntention)) {
            story.dnd = true;
            row.code = DoNotDisturb;
        } else {
            row.code = Refused;
            row.reason = qint8(reason);
        }
        add(row);
        break;
    }
    return story;
}

// Writes rows into a QSaveFile in ~1 MB pieces.
class Writer
{
public:
    explicit Writer(const QString &path) : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly))
            throw Error(QStringLiteral("cannot write %1: %2").arg(path, m_file.errorString()));
        m_buffer.reserve(1 << 20);
    }
    void text(const char *s) { m_buffer.append(s); }
    void text(const QByteArray &s) { m_buffer.append(s); }
    // A CSV field: quoted when it holds a comma, quote or line break.
    void field(const QByteArray &s)
    {
        if (s.contains(',') || s.contains('"') || s.contains('\n') || s.contains('\r')) {
            QByteArray quoted = s;
            quoted.replace("\"", "\"\"");
            m_buffer.append('"').append(quoted).append('"');
        } else {
            m_buffer.append(s);
        }
    }
    void ch(char c) { m_buffer.append(c); }
    void endLine()
    {
        m_buffer.append('\n');
        if (m_buffer.size() >= (1 << 20) - 512)
            flush();
    }
    qint64 bytes() const { return m_written + m_buffer.size(); }
    void commit()
    {
        flush();
        if (!m_file.commit())
            throw Error(
                QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    }

private:
    void flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            throw Error(
                QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_written += m_buffer.size();
        m_buffer.clear();
    }
    QSaveFile m_file;
    QByteArray m_buffer;
    qint64 m_written = 0;
};

void appendDateTime(Writer &out, qint64 time)
{
    const QDate day = QDate::fromJulianDay(time / 86400);
    const int secs = int(time % 86400);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", day.year(), day.month(),
                  day.day(), secs / 3600, (secs / 60) % 60, secs % 60);
    out.text(buffer);
}

void appendDate(Writer &out, qint64 julianDay)
{
    const QDate day = QDate::fromJulianDay(julianDay);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", day.year(), day.month(), day.day());
    out.text(buffer);
}

} // namespace

OutcomeGenerationResult writeOutcomes(Workspace &workspace, const QString &path,
                                      const OutcomeGenerationOptions &options, JobControl *job)
{
    if (!(options.badRows >= 0.0 && options.badRows < 1.0))
        throw Error(QStringLiteral("generate outcomes: the share of bad rows must be in [0, 1), "
                                   "got %1")
                        .arg(options.badRows));
    const Setup setup = loadSetup(workspace, options, false);
    const OutcomeRates &r = options.rates;
    OutcomeGenerationResult result;
    std::vector<Row> rows;
    std::vector<int> callTargets; // members that are targets of a call cell with a wave
    QSet<int> agentsUsed;
    for (qint32 i = 0; i < qint32(setup.members.size()); ++i) {
        if (job && (i & 4095) == 0)
            job->throwIfCancelled();
        const CallStory story = simulate(setup, r, options.seed, i, &rows);
        const Member &m = setup.members[size_t(i)];
        if (m.role == 't' && m.cell >= 0 && m.wave >= 0 && setup.cells[size_t(m.cell)].call) {
            ++result.callTargets;
            callTargets.push_back(i);
        }
        result.called += story.called;
        result.connected += story.connected;
        result.intentions += story.intention;
        result.agreements += story.agreement;
        result.completed += story.completed;
        result.doNotDisturb += story.dnd;
        result.wrongNumbers += story.wrong;
        if (story.completed && story.package >= 0 &&
            story.package == setup.cells[size_t(m.cell)].offerIndex)
            ++result.packageMatch;
        result.attempts += story.attempts;
    }
    if (result.callTargets == 0)
        throw Error(QStringLiteral("campaign '%1' has no targets in a call cell (channel call) "
                                   "with a wave: there is nothing to call")
                        .arg(setup.campaign));
    for (const Row &row : rows) {
        result.refusals += row.code == Refused;
        agentsUsed.insert(row.agent);
    }
    result.agents = int(agentsUsed.size());

    // Planted bad rows, from their own stream: an unknown id, connected = no with an agreement,
    // a completion before the attempt.
    const qint64 bad = qint64(std::llround(double(result.attempts) * options.badRows));
    if (bad > 0) {
        Stream s(options.seed, kBadRowStream, "bad rows");
        Statement isCustomer(workspace.db(),
                             "SELECT 1 FROM customers WHERE customer_id = ? LIMIT 1");
        for (qint64 b = 0; b < bad; ++b) {
            const int kind = int(b % 3);
            const qint32 member = callTargets[size_t(s.below(int(callTargets.size())))];
            const WaveInfo &wave = setup.waves[size_t(setup.members[size_t(member)].wave)];
            Row row;
            row.time = wave.days[size_t(s.below(int(wave.days.size())))] * 86400 +
                       (kFirstHour + s.below(kHours)) * 3600 + s.below(3600);
            row.agent = quint8(s.below(wave.agents));
            if (kind == 0) {
                row.member = -1;
                for (;;) { // an id the workspace does not hold
                    row.badId = 90000000 + s.below(9999999);
                    isCustomer.reset();
                    isCustomer.bind(1, QStringLiteral("X%1").arg(row.badId));
                    if (!isCustomer.step())
                        break;
                }
                row.code = Refused;
                row.connected = 1;
                row.reason = qint8(pickReason(s));
                ++result.badUnknownId;
            } else if (kind == 1) {
                row.member = member;
                row.code = AgreedPaid;
                row.connected = 0;
                ++result.badSequence;
            } else {
                row.member = member;
                row.code = AgreedPaid;
                row.connected = 1;
                row.hasCompletion = true;
                row.completedAfter = qint16(-1 - s.below(3));
                ++result.badCompletion;
            }
            rows.push_back(row);
        }
    }

    // The call system reports attempts in time order.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.time != b.time)
            return a.time < b.time;
        return a.member < b.member;
    });

    Writer out(path);
    const bool zh = options.chinese;
    out.text(zh ? "客户ID,外呼时间,是否接通,外呼结果,坐席工号,竣工日期,办理套餐,拒绝原因"
                : "customer_id,attempt_time,connected,outcome,agent,completion_date,package,"
                  "refusal_reason");
    out.endLine();
    char agentId[8];
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        if (job && (i & 8191) == 0) {
            job->throwIfCancelled();
            job->report({out.bytes(), 0, qint64(i), 0.0});
        }
        if (row.member >= 0) {
            out.field(setup.members[size_t(row.member)].id);
        } else {
            char id[24];
            std::snprintf(id, sizeof id, "X%d", row.badId);
            out.text(id);
        }
        out.ch(',');
        appendDateTime(out, row.time);
        out.ch(',');
        out.text(row.connected ? (zh ? "是" : "Y") : (zh ? "否" : "N"));
        out.ch(',');
        out.text(codeText(Code(row.code), zh));
        out.ch(',');
        std::snprintf(agentId, sizeof agentId, "A%02d", row.agent + 1);
        out.text(agentId);
        out.ch(',');
        if (row.hasCompletion)
            appendDate(out, row.time / 86400 + row.completedAfter);
        out.ch(',');
        if (row.package >= 0)
            out.field(setup.packages[size_t(row.package)]);
        out.ch(',');
        if (row.reason >= 0)
            out.text(zh ? kReasonsZh[size_t(row.reason)] : kReasonsEn[size_t(row.reason)]);
        out.endLine();
    }
    out.commit();
    result.rows = qint64(rows.size());
    if (job)
        job->report({out.bytes(), out.bytes(), result.rows, 0.0}, true);
    return result;
}

FollowupGenerationResult writeFollowup(Workspace &workspace, const QString &path,
                                       const OutcomeGenerationOptions &options,
                                       const FollowupEffect &effect, JobControl *job)
{
    auto nonNegative = [](double v, const char *name) {
        if (!(v >= 0.0) || !std::isfinite(v))
            throw Error(QStringLiteral("follow-up effect: %1 must be a number >= 0, got %2")
                            .arg(QLatin1String(name))
                            .arg(v));
    };
    nonNegative(effect.feeNoise, "fee_noise");
    nonNegative(effect.conversionGainSpread, "conversion_gain_spread");
    if (!(effect.baseConversion >= 0.0 && effect.baseConversion + effect.smsUplift <= 1.0 &&
          effect.smsUplift >= 0.0))
        throw Error(QStringLiteral("follow-up effect: base_conversion and base_conversion + "
                                   "sms_uplift must be between 0 and 1"));
    const Setup setup = loadSetup(workspace, options, true);
    FollowupGenerationResult result;
    Writer out(path);
    out.text(options.chinese ? "客户ID,总费用_M1,package" : "customer_id,total_fee_m1,package");
    out.endLine();
    char number[40];
    for (qint32 i = 0; i < qint32(setup.members.size()); ++i) {
        if (job && (i & 8191) == 0) {
            job->throwIfCancelled();
            job->report({out.bytes(), 0, qint64(i), 0.0});
        }
        const Member &m = setup.members[size_t(i)];
        const CallStory story = simulate(setup, options.rates, options.seed, i, nullptr);
        Stream s(options.seed, kFollowupStream,
                 std::string_view(m.id.constData(), size_t(m.id.size())));
        const double uConvert = s.uniform();
        const double noise = s.normal();
        const double gain = s.normal();
        const bool target = m.role == 't';
        const bool callCell = m.cell >= 0 && setup.cells[size_t(m.cell)].call;
        int package = -1;
        bool converted = false;
        if (story.completed) {
            converted = true;
            package = story.package;
        } else {
            const double p = effect.baseConversion + (target && !callCell ? effect.smsUplift : 0.0);
            if (uConvert < p) {
                converted = true;
                package = m.cell >= 0 ? setup.cells[size_t(m.cell)].offerIndex : -1;
            }
        }
        if (target) {
            ++result.targets;
            result.targetConversions += converted;
        } else {
            ++result.controls;
            result.controlConversions += converted;
        }
        out.field(m.id);
        out.ch(',');
        if (m.hasFee) {
            double fee = m.fee + effect.baseFeeChange + effect.feeNoise * noise;
            if (converted)
                fee += effect.conversionGain + effect.conversionGainSpread * gain;
            fee = std::max(0.0, std::round(fee * 100.0) / 100.0);
            std::snprintf(number, sizeof number, "%.2f", fee);
            out.text(number);
        } else {
            ++result.blankFee;
        }
        out.ch(',');
        if (package >= 0)
            out.field(setup.packages[size_t(package)]);
        out.endLine();
        ++result.rows;
    }
    out.commit();
    if (job)
        job->report({out.bytes(), out.bytes(), result.rows, 0.0}, true);
    return result;
}

} // namespace cwb
