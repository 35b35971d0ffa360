// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnProfiler: the per-column statistics of the data audit, in bounded memory: exact mode,
// the switch to approximate mode, the reservoir sample and finish(). The count tables, hashing
// and HyperLogLog are in auditsketch.h; the table scan, storage and formatting of a whole report
// are in auditreport.cpp.
#include "import/audit.h"

#include "core/error.h"
#include "import/auditsketch.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace cwb {

using namespace auditdetail;

namespace {

// A sum with Neumaier compensation: add and subtract keep ~2x double precision.
struct CompensatedSum
{
    double sum = 0.0;
    double compensation = 0.0;
    void add(double x)
    {
        const double t = sum + x;
        if (std::abs(sum) >= std::abs(x))
            compensation += (sum - t) + x;
        else
            compensation += (x - t) + sum;
        sum = t;
    }
    double value() const { return sum + compensation; }
};

// Linear interpolation between closest ranks ("type 7"): h = (n - 1) p over sorted values given
// by `at(rank)`.
template <typename At> double quantileType7(std::int64_t n, double p, At at)
{
    const double h = double(n - 1) * p;
    const auto lo = std::int64_t(std::floor(h));
    const double fraction = h - double(lo);
    const double low = at(lo);
    if (fraction == 0.0 || lo + 1 >= n)
        return low;
    return low + fraction * (at(lo + 1) - low);
}

// Equal-width bins from lo to hi (the last bin closed); a single value gets the range
// [v - 0.5, v + 0.5] so that it lands in the middle bin.
struct Bins
{
    QList<double> edges;
    explicit Bins(double lo, double hi)
    {
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        const double width = (hi - lo) / ColumnProfiler::kHistogramBins;
        for (int i = 0; i < ColumnProfiler::kHistogramBins; ++i)
            edges.append(lo + width * i);
        edges.append(hi);
    }
    int index(double value) const
    {
        const int last = ColumnProfiler::kHistogramBins - 1;
        const double width = (edges.last() - edges.first()) / ColumnProfiler::kHistogramBins;
        int i = int(std::clamp((value - edges.first()) / width, 0.0, double(last)));
        // Agree exactly with the stored edges (a value on an edge goes to the bin it opens).
        while (i < last && value >= edges[i + 1])
            ++i;
        while (i > 0 && value < edges[i])
            --i;
        return i;
    }
};

} // namespace

QString formatAuditNumber(double value)
{
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

struct ColumnProfiler::State
{
    ColumnType type = ColumnType::Text;
    bool numeric = false;
    bool exact = true;
    qint64 rows = 0;
    qint64 nulls = 0;
    qint64 values = 0;    // non-null values currently counted
    qint64 negatives = 0; // numeric values below zero currently counted (exact in both modes)

    NumberCounts numbers; // exact mode, numeric columns
    TextCounts texts;     // exact mode, text columns

    // Approximate mode.
    HyperLogLog sketch;
    SplitMix random;
    std::vector<double> reservoir;
    std::uint64_t streamSeen = 0; // values offered to the reservoir (removals do not count)
    double minNumber = 0.0, maxNumber = 0.0;
    std::string minText, maxText;
    std::uint64_t minPrefix = 0, maxPrefix = 0; // bytePrefix() of minText and maxText

    // Approximate mode: the running text minimum and maximum (first: the first value seen).
    void offerText(std::string_view text, bool first)
    {
        const std::uint64_t prefix = bytePrefix(text);
        if (first || (prefix <= minPrefix && text < minText)) {
            minText.assign(text);
            minPrefix = prefix;
        }
        if (first || (prefix >= maxPrefix && text > maxText)) {
            maxText.assign(text);
            maxPrefix = prefix;
        }
    }
    double shift = 0.0; // sums are of (x - shift), shift = the mean when the mode changed
    CompensatedSum sum, sumSquares;

    void offerToReservoir(double value)
    {
        ++streamSeen;
        if (reservoir.size() < std::size_t(kReservoirSize)) {
            reservoir.push_back(value);
            return;
        }
        const std::uint64_t j = random.below(streamSeen);
        if (j < std::uint64_t(kReservoirSize))
            reservoir[j] = value;
    }

    // Exact mode buffers numbers in two halves of kBatch: when one half is full its table slots
    // are prefetched and the other half (prefetched one batch earlier, so its slots have
    // arrived) is counted. A column of 50,000 distinct fees has a 2 MiB table; without this
    // each add would wait alone for a cache miss. Flushed before anything reads or removes.
    static constexpr std::size_t kBatch = 64;
    std::uint64_t pending[2 * kBatch];
    std::size_t filling = 0;     // keys in the half being filled
    std::size_t fillingHalf = 0; // 0 or 1
    bool otherWaiting = false;   // the other half is full and prefetched

    void pushPending(std::uint64_t key)
    {
        std::uint64_t *half = pending + fillingHalf * kBatch;
        half[filling++] = key;
        if (filling < kBatch)
            return;
        if (otherWaiting)
            count(pending + (fillingHalf ^ 1) * kBatch, kBatch);
        if (exact)
            numbers.prefetch(half, kBatch);
        otherWaiting = true;
        fillingHalf ^= 1;
        filling = 0;
    }

    void flush()
    {
        if (otherWaiting)
            count(pending + (fillingHalf ^ 1) * kBatch, kBatch);
        otherWaiting = false;
        const std::size_t n = filling;
        filling = 0;
        count(pending + fillingHalf * kBatch, n);
    }

    // Counts buffered keys (already included in rows and values).
    void count(const std::uint64_t *keys, std::size_t n)
    {
        std::size_t k = 0;
        if (exact) {
            for (; k < n; ++k) {
                if (!numbers.add(keys[k], kExactLimit))
                    break;
            }
            if (k == n)
                return;
            numbersToApproximate(); // the table is full: the other keys go the approximate way
        }
        for (; k < n; ++k)
            addApproximateNumber(keyNumber(keys[k]));
    }

    void addApproximateNumber(double value)
    {
        sketch.add(mix64(numberKey(value)));
        offerToReservoir(value);
        minNumber = std::min(minNumber, value);
        maxNumber = std::max(maxNumber, value);
        const double d = value - shift;
        sum.add(d);
        sumSquares.add(d * d);
    }

    // Leaves exact mode for a numeric column: the sketch gets every distinct value once (the
    // same registers as if it had seen the whole stream), the sums start from the exact values,
    // and the reservoir is a uniform sample without replacement of the values so far
    // (selection sampling, Knuth's Algorithm S), which is what Algorithm R would hold.
    void numbersToApproximate()
    {
        const auto &table = numbers.table();
        CompensatedSum total;
        std::int64_t counted = 0; // values in the table (buffered ones are not yet)
        bool first = true;
        for (const auto &slot : table) {
            if (slot.count == 0)
                continue;
            const double v = keyNumber(slot.key);
            sketch.add(mix64(slot.key));
            total.add(v * double(slot.count));
            counted += slot.count;
            minNumber = first ? v : std::min(minNumber, v);
            maxNumber = first ? v : std::max(maxNumber, v);
            first = false;
        }
        shift = counted > 0 ? total.value() / double(counted) : 0.0;
        if (!std::isfinite(shift))
            shift = 0.0;
        std::uint64_t remaining = std::uint64_t(counted);
        std::uint64_t needed = std::min<std::uint64_t>(remaining, kReservoirSize);
        reservoir.reserve(kReservoirSize);
        for (const auto &slot : table) {
            if (slot.count == 0)
                continue;
            const double v = keyNumber(slot.key);
            const double d = v - shift;
            sum.add(d * double(slot.count));
            sumSquares.add(d * d * double(slot.count));
            for (std::int64_t k = 0; k < slot.count && needed > 0; ++k, --remaining) {
                if (random.below(remaining) < needed) {
                    reservoir.push_back(v);
                    --needed;
                }
            }
        }
        streamSeen = std::uint64_t(counted);
        numbers.clear();
        exact = false;
    }

    void textsToApproximate()
    {
        bool first = true;
        for (const auto &slot : texts.table()) {
            if (slot.count == 0)
                continue;
            const std::string_view text = texts.text(slot);
            sketch.add(hashBytes(text));
            offerText(text, first);
            first = false;
        }
        texts.clear();
        exact = false;
    }

    void finishNumbers(ColumnAudit &audit) const;
    void finishTexts(ColumnAudit &audit) const;
};

ColumnProfiler::ColumnProfiler(ColumnType type) : m_state(std::make_unique<State>())
{
    m_state->type = type;
    m_state->numeric = isNumeric(type);
}

ColumnProfiler::~ColumnProfiler() = default;
ColumnProfiler::ColumnProfiler(ColumnProfiler &&) noexcept = default;
ColumnProfiler &ColumnProfiler::operator=(ColumnProfiler &&) noexcept = default;

void ColumnProfiler::addNull()
{
    ++m_state->rows;
    ++m_state->nulls;
}

namespace {

[[noreturn]] void wrongKind(ColumnType type, const char *call)
{
    throw Error(QStringLiteral("audit: %1() called on a %2 column (numbers go to integer, decimal "
                               "and boolean columns, text to text, date and phone columns)")
                    .arg(QLatin1String(call), columnTypeName(type)));
}

} // namespace

void ColumnProfiler::addNumber(double value)
{
    State &s = *m_state;
    if (!s.numeric)
        wrongKind(s.type, "addNumber");
    if (!std::isfinite(value)) {
        addNull();
        return;
    }
    ++s.rows;
    ++s.values;
    s.negatives += value < 0.0 ? 1 : 0;
    if (s.exact) {
        s.pushPending(numberKey(value));
        return;
    }
    s.addApproximateNumber(value);
}

void ColumnProfiler::addText(std::string_view utf8)
{
    State &s = *m_state;
    if (s.numeric)
        wrongKind(s.type, "addText");
    ++s.rows;
    ++s.values;
    const std::uint64_t hash = hashBytes(utf8);
    if (s.exact) {
        if (s.texts.add(utf8, hash, kExactLimit, kExactTextBytes) == TextCounts::AddResult::Added)
            return;
        s.textsToApproximate();
    }
    s.sketch.add(hash);
    s.offerText(utf8, s.values == 1);
}

void ColumnProfiler::removeNull()
{
    if (m_state->nulls == 0)
        throw Error(QStringLiteral("audit: a null was removed from a column that has none"));
    --m_state->rows;
    --m_state->nulls;
}

void ColumnProfiler::removeNumber(double value)
{
    State &s = *m_state;
    if (!s.numeric)
        wrongKind(s.type, "removeNumber");
    s.flush();
    if (!std::isfinite(value)) {
        removeNull();
        return;
    }
    if (s.exact) {
        if (!s.numbers.remove(numberKey(value)))
            throw Error(QStringLiteral("audit: the value %1 was removed from a column that does "
                                       "not hold it")
                            .arg(formatAuditNumber(value)));
    } else {
        if (s.values == 0)
            throw Error(QStringLiteral("audit: a value was removed from an empty column"));
        // Approximate mode: counts and sums follow, the sketch, reservoir and min/max keep it.
        const double d = value - s.shift;
        s.sum.add(-d);
        s.sumSquares.add(-d * d);
    }
    --s.rows;
    --s.values;
    s.negatives -= value < 0.0 ? 1 : 0;
}

void ColumnProfiler::removeText(std::string_view utf8)
{
    State &s = *m_state;
    if (s.numeric)
        wrongKind(s.type, "removeText");
    if (s.exact) {
        if (!s.texts.remove(utf8, hashBytes(utf8)))
            throw Error(QStringLiteral("audit: the value \"%1\" was removed from a column that "
                                       "does not hold it")
                            .arg(QString::fromUtf8(utf8.data(), qsizetype(utf8.size()))));
    } else if (s.values == 0) {
        throw Error(QStringLiteral("audit: a value was removed from an empty column"));
    }
    // Approximate mode: only the counts follow (the sketch and min/max keep the value).
    --s.rows;
    --s.values;
}

void ColumnProfiler::State::finishNumbers(ColumnAudit &audit) const
{
    const bool boolean = type == ColumnType::Boolean;
    const std::int64_t n = values;
    if (exact) {
        struct Entry
        {
            double value;
            std::int64_t count;
        };
        std::vector<Entry> entries;
        entries.reserve(numbers.size());
        for (const auto &slot : numbers.table()) {
            if (slot.count != 0)
                entries.push_back({keyNumber(slot.key), slot.count});
        }
        std::sort(entries.begin(), entries.end(),
                  [](const Entry &a, const Entry &b) { return a.value < b.value; });
        audit.distinct = qint64(entries.size());
        if (n == 0)
            return;
        audit.minValue = formatAuditNumber(entries.front().value);
        audit.maxValue = formatAuditNumber(entries.back().value);

        CompensatedSum total;
        for (const Entry &e : entries)
            total.add(e.value * double(e.count));
        const double mean = total.value() / double(n);
        audit.mean = mean;
        if (n >= 2) {
            CompensatedSum squares;
            for (const Entry &e : entries)
                squares.add(double(e.count) * (e.value - mean) * (e.value - mean));
            audit.stddev = std::sqrt(squares.value() / double(n - 1));
        }

        std::vector<std::int64_t> cumulative(entries.size()); // ranks below the next entry
        std::int64_t running = 0;
        for (std::size_t i = 0; i < entries.size(); ++i)
            cumulative[i] = running += entries[i].count;
        const auto at = [&](std::int64_t rank) {
            const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), rank);
            return entries[std::size_t(it - cumulative.begin())].value;
        };
        const double q1 = quantileType7(n, 0.25, at);
        const double q3 = quantileType7(n, 0.75, at);
        audit.q1 = q1;
        audit.median = quantileType7(n, 0.5, at);
        audit.q3 = q3;
        audit.quantilesExact = true;
        audit.outliers = 0;
        if (!boolean) {
            const double lowFence = q1 - 1.5 * (q3 - q1);
            const double highFence = q3 + 1.5 * (q3 - q1);
            for (const Entry &e : entries) {
                if (e.value < lowFence || e.value > highFence)
                    audit.outliers += e.count;
            }
        }

        std::vector<Entry> top = entries;
        const auto byCount = [](const Entry &a, const Entry &b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        };
        const std::size_t keep = std::min<std::size_t>(top.size(), kTopValues);
        std::partial_sort(top.begin(), top.begin() + std::ptrdiff_t(keep), top.end(), byCount);
        for (std::size_t i = 0; i < keep; ++i)
            audit.topValues.append({formatAuditNumber(top[i].value), top[i].count});

        if (!boolean) {
            const Bins bins(entries.front().value, entries.back().value);
            audit.histogramEdges = bins.edges;
            audit.histogramCounts = QList<qint64>(kHistogramBins, 0);
            for (const Entry &e : entries)
                audit.histogramCounts[bins.index(e.value)] += e.count;
        }
        return;
    }

    // Approximate mode.
    audit.distinct = qint64(std::llround(sketch.estimate()));
    audit.distinctExact = false;
    audit.quantilesExact = false;
    if (n <= 0)
        return;
    audit.minValue = formatAuditNumber(minNumber);
    audit.maxValue = formatAuditNumber(maxNumber);
    const double s1 = sum.value();
    audit.mean = shift + s1 / double(n);
    if (n >= 2)
        audit.stddev =
            std::sqrt(std::max(0.0, (sumSquares.value() - s1 * s1 / double(n)) / double(n - 1)));
    std::vector<double> sample = reservoir;
    std::sort(sample.begin(), sample.end());
    if (!sample.empty()) {
        const auto m = std::int64_t(sample.size());
        const auto at = [&](std::int64_t rank) { return sample[std::size_t(rank)]; };
        audit.q1 = quantileType7(m, 0.25, at);
        audit.median = quantileType7(m, 0.5, at);
        audit.q3 = quantileType7(m, 0.75, at);
    }
    // The outliers are not estimated from the sample: -1 says "not counted", and auditTable
    // counts them exactly against these fences with one SQL query over the table.
    audit.outliers = boolean ? 0 : -1;
    if (!boolean && !sample.empty()) {
        const Bins bins(minNumber, maxNumber);
        std::vector<std::int64_t> sampleCounts(kHistogramBins, 0);
        for (double v : sample)
            ++sampleCounts[std::size_t(bins.index(v))];
        // Scale to the n values, rounding by largest remainder so that the bins sum to n.
        audit.histogramEdges = bins.edges;
        audit.histogramCounts = QList<qint64>(kHistogramBins, 0);
        std::vector<std::pair<double, int>> remainders;
        std::int64_t assigned = 0;
        for (int b = 0; b < kHistogramBins; ++b) {
            const double exactShare =
                double(sampleCounts[std::size_t(b)]) * double(n) / double(sample.size());
            const auto whole = std::int64_t(std::floor(exactShare));
            audit.histogramCounts[b] = whole;
            assigned += whole;
            remainders.push_back({exactShare - double(whole), b});
        }
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (std::size_t i = 0; assigned < n && i < remainders.size(); ++i, ++assigned)
            ++audit.histogramCounts[remainders[i].second];
    }
}

void ColumnProfiler::State::finishTexts(ColumnAudit &audit) const
{
    if (!exact) {
        audit.distinct = qint64(std::llround(sketch.estimate()));
        audit.distinctExact = false;
        if (values > 0) {
            audit.minValue = QString::fromStdString(minText);
            audit.maxValue = QString::fromStdString(maxText);
        }
        return;
    }
    struct Entry
    {
        std::string_view text;
        std::int64_t count;
    };
    std::vector<Entry> entries;
    entries.reserve(texts.size());
    for (const auto &slot : texts.table()) {
        if (slot.count != 0)
            entries.push_back({texts.text(slot), std::int64_t(slot.count)});
    }
    audit.distinct = qint64(entries.size());
    if (entries.empty())
        return;
    const auto toQString = [](std::string_view t) {
        return QString::fromUtf8(t.data(), qsizetype(t.size()));
    };
    const auto [minIt, maxIt] =
        std::minmax_element(entries.begin(), entries.end(),
                            [](const Entry &a, const Entry &b) { return a.text < b.text; });
    audit.minValue = toQString(minIt->text);
    audit.maxValue = toQString(maxIt->text);
    const std::size_t keep = std::min<std::size_t>(entries.size(), kTopValues);
    std::partial_sort(entries.begin(), entries.begin() + std::ptrdiff_t(keep), entries.end(),
                      [](const Entry &a, const Entry &b) {
                          return a.count != b.count ? a.count > b.count : a.text < b.text;
                      });
    for (std::size_t i = 0; i < keep; ++i)
        audit.topValues.append({toQString(entries[i].text), entries[i].count});
}

ColumnAudit ColumnProfiler::finish() const
{
    m_state->flush(); // buffered numbers only: the statistics themselves do not change
    const State &s = *m_state;
    ColumnAudit audit;
    audit.type = s.type;
    audit.rows = s.rows;
    audit.nulls = s.nulls;
    audit.nullRate = s.rows > 0 ? double(s.nulls) / double(s.rows) : 0.0;
    audit.negatives = s.negatives;
    if (s.numeric)
        s.finishNumbers(audit);
    else
        s.finishTexts(audit);
    return audit;
}

} // namespace cwb
