// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/extractgenerator.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "demo/extractpopulation.h"

#include <QSaveFile>
#include <QSet>
#include <QStringEncoder>

#include <array>
#include <cmath>
#include <cstring>
#include <random>
#include <string_view>
#include <vector>

// The population model, the column formats and the planted defects are described in
// docs/demo-data.md; keep that file true when changing anything here.

namespace cwb {

namespace {

using namespace extractdata;

// Shares of the defect rate per defect kind (documented in docs/demo-data.md).
enum DefectKind
{
    NoDefect = -1,
    BlankId,
    DuplicateId,
    BadMobile,
    BadFee,
    ThousandsFee,
    BlankFee
};
constexpr std::array<double, 6> kDefectShares = {0.15, 0.15, 0.20, 0.15, 0.20, 0.15};

// Deterministic random numbers: std::mt19937_64 (its output is fixed by the standard) with our
// own distributions built from IEEE basic arithmetic and sqrt only, so the same seed gives the
// same bytes with any compiler and standard library.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}

    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // [0, n) for 0 < n < 2^32, by multiply-shift.
    int below(int n) { return int(((m_engine() >> 32) * quint64(n)) >> 32); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    bool chance(double p) { return uniform() < p; }
    double triangular(double lo, double mode, double hi)
    {
        const double u = uniform();
        const double cut = (mode - lo) / (hi - lo);
        if (u < cut)
            return lo + std::sqrt(u * (hi - lo) * (mode - lo));
        return hi - std::sqrt((1.0 - u) * (hi - lo) * (hi - mode));
    }
    template <std::size_t N> int pick(const std::array<double, N> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double u = uniform() * total;
        for (std::size_t i = 0; i < N; ++i) {
            if (u < weights[i])
                return int(i);
            u -= weights[i];
        }
        for (std::size_t i = N; i-- > 0;)
            if (weights[i] > 0)
                return int(i);
        return 0;
    }

private:
    std::mt19937_64 m_engine;
};

qint64 toCents(double yuan)
{
    return yuan <= 0 ? 0 : qint64(yuan * 100.0 + 0.5);
}

// Days since 1970-01-01 <-> civil date (H. Hinnant's algorithms), for dates without QDate.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, int &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yoe + era * 400 + (m <= 2));
}

// A fixed-capacity byte buffer that rows are formatted into (UTF-8).
class RowBuffer
{
public:
    explicit RowBuffer(std::size_t capacity) : m_data(capacity) {}

    void text(std::string_view s)
    {
        std::memcpy(m_data.data() + m_size, s.data(), s.size());
        m_size += s.size();
    }
    void ch(char c) { m_data[m_size++] = c; }
    void number(quint64 value, int width = 0)
    {
        char digits[24];
        int n = 0;
        do {
            digits[n++] = char('0' + value % 10);
            value /= 10;
        } while (value != 0);
        while (n < width)
            digits[n++] = '0';
        while (n > 0)
            m_data[m_size++] = digits[--n];
    }
    void money(qint64 cents)
    {
        number(quint64(cents / 100));
        ch('.');
        number(quint64(cents % 100), 2);
    }
    // "¥1,234.50" in quotes (the comma would otherwise split the field).
    void moneyThousands(qint64 cents)
    {
        ch('"');
        text("¥");
        char digits[24];
        int n = 0;
        quint64 yuan = quint64(cents / 100);
        do {
            if (n % 4 == 3)
                digits[n++] = ',';
            digits[n++] = char('0' + yuan % 10);
            yuan /= 10;
        } while (yuan != 0);
        while (n > 0)
            m_data[m_size++] = digits[--n];
        ch('.');
        number(quint64(cents % 100), 2);
        ch('"');
    }
    void date(qint64 days, bool dashes)
    {
        int y, m, d;
        civilFromDays(days, y, m, d);
        number(quint64(y), 4);
        if (dashes)
            ch('-');
        number(quint64(m), 2);
        if (dashes)
            ch('-');
        number(quint64(d), 2);
    }

    const char *data() const { return m_data.data(); }
    std::size_t size() const { return m_size; }
    void clear() { m_size = 0; }

private:
    std::vector<char> m_data;
    std::size_t m_size = 0;
};

// One customer's values before formatting. Money in cents.
struct Customer
{
    int type = Mature;
    int combo = 0;
    int brand = 0;
    qint64 joinDay = 0;
    int grid = 0;
    std::string name;
    int fixedNumber = -1;                     // 7 digits after "0571-8"; -1: blank
    std::array<qint64, 2> mobiles = {-1, -1}; // 10 digits after the leading 1; -1: blank
    std::array<qint64, 3> total{}, local{}, longDistance{};
    qint64 roaming = 0, broadband = 0, fixedFee = 0, average = 0;
    std::array<qint64, 3> localMin{}, ldMin{}, dataMb{};
    qint64 roamMin = 0;
    int speed = 0;
    qint64 contractDay = -1; // -1: no contract
    int complaints = 0, latePayments = 0;
    bool optOut = false;

    // The 13 fee cells in file order.
    std::array<qint64, kFeeColumns> fees() const
    {
        return {total[0],  total[1],        total[2],        local[0],        local[1],
                local[2],  longDistance[0], longDistance[1], longDistance[2], roaming,
                broadband, fixedFee,        average};
    }
};

// Streams the rows: owns the random streams, the manager roster and the defect bookkeeping.
class ExtractWriter
{
public:
    explicit ExtractWriter(const ExtractOptions &options)
        : m_options(options), m_data(options.seed),
          m_defectRandom(options.seed ^ 0x9E3779B97F4A7C15ull)
    {
        Random setup(options.seed ^ 0xC2B2AE3D27D4EB4Full);
        for (int i = 0; i < kManagers; ++i) {
            std::string name;
            appendName(setup, name);
            m_managers.push_back(std::move(name));
        }
        for (const District &district : kDistricts)
            for (int g = 1; g <= district.grids; ++g)
                m_grids.push_back({district.name, g});
        for (int t = 0; t < TypeCount; ++t)
            m_typeWeights[std::size_t(t)] = kTypes[std::size_t(t)].share;
    }

    void header(RowBuffer &out)
    {
        for (std::size_t i = 0; i < kHeaders.size(); ++i) {
            if (i)
                out.ch(',');
            out.text(kHeaders[i]);
        }
        endLine(out);
    }

    void row(RowBuffer &out)
    {
        Customer c;
        generate(c);
        DefectKind kind = drawDefect(c);

        // 客户ID
        if (kind == BlankId) {
            ++m_defects.blankId;
        } else if (kind == DuplicateId) {
            out.ch('C');
            out.number(quint64(m_duplicateOf), 8);
            ++m_defects.duplicateId;
        } else {
            const qint64 id = m_nextId++;
            out.ch('C');
            out.number(quint64(id), 8);
            if (kind == BadMobile || kind == BadFee)
                m_noDuplicate.insert(id); // the import rejects this row: do not repeat its id
        }
        out.ch(',');
        out.text(c.name);
        out.ch(',');
        out.text(kBrands[std::size_t(c.brand)]);
        out.ch(',');
        out.text(kCombos[std::size_t(c.combo)].name);
        out.ch(',');
        out.date(c.joinDay, true);
        out.ch(',');
        const auto &grid = m_grids[std::size_t(c.grid)];
        out.text(grid.first);
        out.text("网格");
        out.number(quint64(grid.second), 2);
        out.ch(',');
        out.text(m_managers[std::size_t(c.grid * kManagers / int(m_grids.size()))]);
        out.ch(',');
        if (c.fixedNumber >= 0) {
            out.text("0571-8");
            out.number(quint64(c.fixedNumber), 7);
        }
        out.ch(',');
        if (kind == BadMobile) {
            if (m_defectRandom.chance(0.5)) { // 10 digits
                out.ch('1');
                out.number(quint64(m_defectRandom.between(3, 9)));
                out.number(quint64(m_defectRandom.below(100000000)), 8);
            } else { // 11 digits starting 12
                out.text("12");
                out.number(quint64(m_defectRandom.below(1000000000)), 9);
            }
            ++m_defects.badMobile;
        } else if (c.mobiles[0] >= 0) {
            out.ch('1');
            out.number(quint64(c.mobiles[0]), 10);
        }
        out.ch(',');
        if (c.mobiles[1] >= 0) {
            out.ch('1');
            out.number(quint64(c.mobiles[1]), 10);
        }

        const std::array<qint64, kFeeColumns> fees = c.fees();
        for (int i = 0; i < kFeeColumns; ++i) {
            out.ch(',');
            if (i == m_defectColumn) {
                if (kind == BadFee) {
                    out.text(m_defectRandom.chance(0.5) ? "N/A" : "--");
                    continue;
                }
                if (kind == BlankFee)
                    continue;
                if (kind == ThousandsFee) {
                    out.moneyThousands(fees[std::size_t(i)]);
                    continue;
                }
            }
            out.money(fees[std::size_t(i)]);
        }
        for (int k = 0; k < 3; ++k) {
            out.ch(',');
            out.number(quint64(c.localMin[std::size_t(k)]));
        }
        for (int k = 0; k < 3; ++k) {
            out.ch(',');
            out.number(quint64(c.ldMin[std::size_t(k)]));
        }
        out.ch(',');
        out.number(quint64(c.roamMin));
        for (int k = 0; k < 3; ++k) {
            out.ch(',');
            out.number(quint64(c.dataMb[std::size_t(k)]));
        }
        out.ch(',');
        out.number(quint64(c.speed));
        out.ch(',');
        if (c.contractDay >= 0)
            out.date(c.contractDay, false);
        out.ch(',');
        out.number(quint64(c.complaints));
        out.ch(',');
        out.number(quint64(c.latePayments));
        out.ch(',');
        out.text(c.optOut ? "是" : "否");
        endLine(out);
    }

    const ExtractDefects &defects() const { return m_defects; }

private:
    void endLine(RowBuffer &out)
    {
        if (m_options.crlf)
            out.ch('\r');
        out.ch('\n');
    }

    static void appendName(Random &random, std::string &name)
    {
        name.clear();
        // Half the customers carry one of the 20 most common surnames.
        const int surname =
            random.chance(0.5) ? random.below(20) : random.below(int(kSurnames.size()));
        name += kSurnames[std::size_t(surname)];
        name += kGivenChars[std::size_t(random.below(int(kGivenChars.size())))];
        if (random.chance(0.7))
            name += kGivenChars[std::size_t(random.below(int(kGivenChars.size())))];
    }

    // Draws every value of one customer from the data stream (the same number of draws
    // whatever defects are planted, so clean rows do not depend on the defect rate).
    void generate(Customer &c)
    {
        Random &r = m_data;
        c.type = r.pick(m_typeWeights);
        const TypeProfile &p = kTypes[std::size_t(c.type)];
        c.combo = r.pick(p.combo);
        const Combo &combo = kCombos[std::size_t(c.combo)];
        c.brand = r.pick(p.brand);
        c.grid = r.below(int(m_grids.size()));

        const qint64 joinFrom = daysFromCivil(p.joinFrom, 1, 1);
        const qint64 joinTo =
            p.joinTo >= 2026 ? daysFromCivil(2026, 10, 31) : daysFromCivil(p.joinTo, 12, 31);
        c.joinDay = joinFrom + r.below(int(joinTo - joinFrom + 1));

        appendName(r, c.name);
        const bool hasFixed = combo.fixed ? r.chance(0.95) : r.chance(0.15);
        const bool hasSecond = combo.mobile ? r.chance(0.97) : r.chance(0.55);
        const bool hasThird = r.chance(0.20);
        const int fixedNumber = r.below(10000000);
        c.fixedNumber = hasFixed ? fixedNumber : -1;
        for (std::size_t i = 0; i < 2; ++i) { // 1[3-9] + 9 digits
            // Two statements: the order of two draws in one expression is unspecified.
            const qint64 second = r.between(3, 9);
            const qint64 mobile = second * 1000000000 + r.below(1000000000);
            c.mobiles[i] = (i == 0 ? hasSecond : hasThird) ? mobile : -1;
        }

        // Recurring parts: broadband by speed, fixed-line rental.
        const double bundle = r.uniform(0.8, 1.0);
        const int speedIndex = r.pick(p.speed);
        const double fixedYuan = r.uniform(15, 35);
        double arpu = r.triangular(p.arpuLo, p.arpuMode, p.arpuHi);
        const double localShare = r.uniform(p.localLo, p.localHi);
        const double ldShare = r.uniform(p.ldLo, p.ldHi);
        const double roamShare = r.uniform(p.roamLo, p.roamHi);
        const double extra = r.uniform(5, 30);
        std::array<double, 3> monthFactor{};
        if (c.type == Churner) { // M3 at the base level, falling to M1
            monthFactor[0] = r.uniform(0.45, 0.75);
            monthFactor[1] = monthFactor[0] + (1.0 - monthFactor[0]) * r.uniform(0.3, 0.7);
            monthFactor[2] = r.uniform(0.95, 1.05);
        } else {
            monthFactor = {1.0, r.uniform(0.85, 1.15), r.uniform(0.85, 1.15)};
        }
        std::array<double, 3> callNoise = {1.0, r.uniform(0.9, 1.1), r.uniform(0.9, 1.1)};
        const int localRate = r.between(8, 20); // cents per minute
        const int ldRate = r.between(10, 30);
        const int roamRate = r.between(40, 80);
        const double dataBase = r.uniform(p.dataLo, p.dataHi);
        std::array<double, 3> dataNoise = {r.uniform(0.7, 1.3), r.uniform(0.7, 1.3),
                                           r.uniform(0.7, 1.3)};
        const double contractDraw = r.uniform();
        const int contractOffset = r.below(1200);
        const double complaintDraw = r.uniform();
        const double lateDraw = r.uniform();
        c.optOut = r.chance(c.type == Churner ? 0.12 : 0.04);

        const double broadbandYuan =
            combo.broadband ? kSpeedFeeYuan[std::size_t(speedIndex)] * bundle : 0.0;
        c.speed = combo.broadband ? kSpeeds[std::size_t(speedIndex)] : 0;
        const double fixed = combo.fixed ? fixedYuan : 0.0;
        const bool voice = combo.fixed || combo.mobile;
        if (arpu < broadbandYuan + fixed + 5)
            arpu = broadbandYuan + fixed + extra;
        const double rest = arpu - broadbandYuan - fixed; // calls, roaming, data, value-added
        double local = 0, ld = 0, roam = 0;
        if (voice) {
            local = rest * localShare;
            ld = c.type == LongDistance ? std::min(arpu * ldShare, rest * 0.85) : rest * ldShare;
            roam = rest * roamShare;
            const double calls = local + ld + roam;
            if (calls > rest * 0.95) { // keep room for the monthly rental of the plan
                const double scale = rest * 0.95 / calls;
                local *= scale;
                ld *= scale;
                roam *= scale;
            }
        }
        const double other = rest - local - ld - roam;

        // Month k (0 = M1): broadband and fixed-line rental recur unchanged; calls, roaming
        // and other usage follow the month factor (falling from M3 to M1 for churners).
        for (std::size_t k = 0; k < 3; ++k) {
            const bool churner = c.type == Churner;
            const double f = monthFactor[k];
            const double bb = broadbandYuan;
            const double fx = fixed;
            const double callF = k == 0 && !churner ? 1.0 : f * callNoise[k];
            const qint64 localC = toCents(local * callF);
            const qint64 ldC = toCents(ld * callF);
            const qint64 roamC = toCents(roam * f);
            const qint64 bbC = toCents(bb);
            const qint64 fxC = toCents(fx);
            const qint64 otherC = toCents(other * f);
            c.local[k] = localC;
            c.longDistance[k] = ldC;
            c.total[k] = localC + ldC + roamC + bbC + fxC + otherC;
            if (k == 0) {
                c.roaming = roamC;
                c.broadband = bbC;
                c.fixedFee = fxC;
            }
            c.localMin[k] = localC / localRate;
            c.ldMin[k] = ldC / ldRate;
            c.dataMb[k] = combo.mobile ? qint64(dataBase * f * dataNoise[k]) : 0;
        }
        c.roamMin = c.roaming / roamRate;
        c.average = (c.total[0] + c.total[1] + c.total[2] + 1) / 3; // rounded half up

        // Contract end (the extract is dated 2026-11-23).
        const qint64 today = daysFromCivil(2026, 11, 23);
        if (c.type == Prepaid) {
            c.contractDay = -1;
        } else if (c.type == Churner) {
            if (contractDraw < 0.70)
                c.contractDay = today + 1 + contractOffset % 97; // ends within ~3 months
            else if (contractDraw < 0.80)
                c.contractDay = today - 1 - contractOffset % 150; // already expired
            else
                c.contractDay = -1;
        } else if (contractDraw < 0.30) {
            c.contractDay = -1;
        } else if (contractDraw < 0.38) {
            c.contractDay = today + 1 + contractOffset % 97;
        } else {
            c.contractDay = daysFromCivil(2026, 12, 1) + contractOffset; // up to early 2030
        }

        if (c.type == Churner) {
            c.complaints = complaintDraw < 0.30   ? 0
                           : complaintDraw < 0.65 ? 1
                           : complaintDraw < 0.85 ? 2
                           : complaintDraw < 0.95 ? 3
                                                  : 4;
            c.latePayments = lateDraw < 0.50 ? 0 : lateDraw < 0.80 ? 1 : lateDraw < 0.95 ? 2 : 3;
        } else {
            c.complaints = complaintDraw < 0.93 ? 0 : complaintDraw < 0.99 ? 1 : 2;
            c.latePayments = c.type == Prepaid ? 0 : lateDraw < 0.95 ? 0 : lateDraw < 0.99 ? 1 : 2;
        }
    }

    // Decides this row's defect from the defect stream. Sets m_defectColumn (fee kinds) and
    // m_duplicateOf (duplicate id). Kinds that cannot be planted here fall back to a clean row
    // (a duplicate on the first row) or wait for a later row (a thousands fee below 1,000 yuan).
    DefectKind drawDefect(const Customer &c)
    {
        m_defectColumn = -1;
        DefectKind kind = NoDefect;
        if (m_defectRandom.uniform() < m_options.defectRate)
            kind = DefectKind(m_defectRandom.pick(kDefectShares));
        bool fromPending = false;
        if (kind == NoDefect && m_pendingThousands > 0) {
            kind = ThousandsFee;
            fromPending = true;
        }

        const auto fees = c.fees();
        switch (kind) {
        case NoDefect:
        case BlankId:
        case BadMobile:
            break;
        case DuplicateId:
            if (!chooseDuplicate())
                kind = NoDefect;
            break;
        case BadFee:
        case BlankFee:
            m_defectColumn = m_defectRandom.below(kFeeColumns);
            break;
        case ThousandsFee: {
            int large = 0;
            for (qint64 fee : fees)
                large += fee >= 100000;
            if (large == 0) { // no fee reaches 1,000 yuan: plant it in a later row
                if (!fromPending)
                    ++m_pendingThousands;
                return NoDefect;
            }
            int nth = m_defectRandom.below(large);
            for (int i = 0; i < kFeeColumns; ++i) {
                if (fees[std::size_t(i)] >= 100000 && nth-- == 0) {
                    m_defectColumn = i;
                    break;
                }
            }
            ++m_defects.thousandsFee;
            if (fromPending)
                --m_pendingThousands;
            break;
        }
        }
        if (kind == BadFee)
            ++m_defects.badFee;
        else if (kind == BlankFee)
            ++m_defects.blankFee;
        return kind;
    }

    // Picks an earlier id that occurs exactly once in a row the import keeps.
    bool chooseDuplicate()
    {
        if (m_nextId <= 1)
            return false;
        const qint64 start = 1 + qint64(m_defectRandom.uniform() * double(m_nextId - 1));
        for (qint64 id = start; id >= 1; --id) {
            if (!m_noDuplicate.contains(id)) {
                m_duplicateOf = id;
                m_noDuplicate.insert(id);
                return true;
            }
        }
        for (qint64 id = start + 1; id < m_nextId; ++id) {
            if (!m_noDuplicate.contains(id)) {
                m_duplicateOf = id;
                m_noDuplicate.insert(id);
                return true;
            }
        }
        return false;
    }

    ExtractOptions m_options;
    Random m_data;
    Random m_defectRandom;
    std::array<double, TypeCount> m_typeWeights{};
    std::vector<std::string> m_managers;
    std::vector<std::pair<std::string_view, int>> m_grids;
    ExtractDefects m_defects;
    qint64 m_nextId = 1;        // next own customer number (C00000001 is the first)
    QSet<qint64> m_noDuplicate; // ids already duplicated or in a rejected row (O(defects))
    qint64 m_duplicateOf = 0;
    int m_defectColumn = -1;
    int m_pendingThousands = 0;
};

} // namespace

QStringList extractHeaders()
{
    QStringList headers;
    for (const char *header : kHeaders)
        headers << QString::fromUtf8(header);
    return headers;
}

ExtractDefects writeExtract(const QString &path, const ExtractOptions &options, JobControl *job)
{
    if (options.rows < 0)
        throw Error(
            QStringLiteral("extract generator: rows must be 0 or more, got %1").arg(options.rows));
    if (!(options.defectRate >= 0.0 && options.defectRate <= 1.0))
        throw Error(QStringLiteral("extract generator: defect rate must be between 0 and 1, got %1")
                        .arg(options.defectRate));
    const QString encoding = options.encoding.toLower();
    const bool gb18030 = encoding == QLatin1String("gb18030");
    if (!gb18030 && encoding != QLatin1String("utf-8") && encoding != QLatin1String("utf8"))
        throw Error(QStringLiteral("extract generator: encoding must be utf-8 or gb18030, got '%1'")
                        .arg(options.encoding));

    QStringEncoder encoder("GB18030");
    if (gb18030 && !encoder.isValid())
        throw Error(QStringLiteral("extract generator: this Qt build cannot encode GB18030"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));

    constexpr std::size_t kFlushAt = 1 << 20;
    RowBuffer buffer(kFlushAt + 64 * 1024); // a row is well under 2 KB
    qint64 bytesWritten = 0;
    qint64 rowsDone = 0;
    auto flush = [&] {
        if (buffer.size() == 0)
            return;
        qint64 written;
        qint64 expected;
        if (gb18030) {
            const QByteArray bytes =
                encoder.encode(QString::fromUtf8(buffer.data(), qsizetype(buffer.size())));
            if (encoder.hasError())
                throw Error(QStringLiteral("%1: text not encodable as GB18030 near row %2")
                                .arg(path)
                                .arg(rowsDone));
            expected = bytes.size();
            written = file.write(bytes);
        } else {
            expected = qint64(buffer.size());
            written = file.write(buffer.data(), expected);
        }
        if (written != expected)
            throw Error(QStringLiteral("cannot write %1 after %2 bytes: %3")
                            .arg(path)
                            .arg(bytesWritten)
                            .arg(file.errorString()));
        bytesWritten += written;
        buffer.clear();
        if (job) {
            job->throwIfCancelled();
            job->report(Progress{bytesWritten, 0, rowsDone, 0.0});
        }
    };

    if (job)
        job->throwIfCancelled();
    ExtractWriter writer(options);
    writer.header(buffer);
    for (; rowsDone < options.rows; ++rowsDone) {
        writer.row(buffer);
        if (buffer.size() >= kFlushAt)
            flush();
    }
    flush();
    if (job)
        job->throwIfCancelled();
    if (!file.commit())
        throw Error(QStringLiteral("cannot save %1: %2").arg(path, file.errorString()));
    if (job)
        job->report(Progress{bytesWritten, bytesWritten, rowsDone, 0.0}, true);
    return writer.defects();
}

} // namespace cwb
