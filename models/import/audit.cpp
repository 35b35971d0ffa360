// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnProfiler: the per-column statistics of the data audit, in bounded memory. The flat hash
// tables, the HyperLogLog sketch and the reservoir sample live here; the table scan, storage and
// formatting of a whole report are in auditreport.cpp.
#include "import/audit.h"

#include "core/error.h"

#include <QLocale>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <string>
#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace cwb {

namespace {

__extension__ typedef unsigned __int128 Uint128;

// The splitmix64 finalizer: a bijective 64-bit mix with good avalanche.
inline std::uint64_t mix64(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 31;
    return x;
}

// A 64-bit hash of bytes: 8 bytes per multiply (the last word overlapping the one before), short
// strings read in two overlapping halves, then the splitmix finalizer. The length is mixed in
// first, so overlapping reads cannot make two strings of different lengths collide by design.
std::uint64_t hashBytes(std::string_view text)
{
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
    const char *p = text.data();
    const std::size_t n = text.size();
    std::uint64_t h = 0x243F6A8885A308D3ull ^ (std::uint64_t(n) * kMultiplier);
    std::uint64_t word = 0;
    if (n >= 8) {
        std::size_t offset = 0;
        for (; offset + 8 < n; offset += 8) {
            std::memcpy(&word, p + offset, 8);
            h = (h ^ word) * kMultiplier;
            h ^= h >> 29;
        }
        std::memcpy(&word, p + n - 8, 8);
    } else if (n >= 4) {
        std::uint32_t low, high;
        std::memcpy(&low, p, 4);
        std::memcpy(&high, p + n - 4, 4);
        word = (std::uint64_t(high) << 32) | low;
    } else if (n > 0) {
        word = (std::uint64_t(std::uint8_t(p[0])) << 16) |
               (std::uint64_t(std::uint8_t(p[n / 2])) << 8) | std::uint8_t(p[n - 1]);
    }
    return mix64((h ^ word) * kMultiplier);
}

// A number as a hash key: -0 folded into +0 (the caller has already turned NaN into null).
inline std::uint64_t numberKey(double value)
{
    if (value == 0.0)
        value = 0.0;
    return std::bit_cast<std::uint64_t>(value);
}

inline double keyNumber(std::uint64_t key)
{
    return std::bit_cast<double>(key);
}

// Is home position `home` outside the cyclic interval (hole, slot]? Then the entry at `slot`
// may move back into `hole` (backward-shift deletion for linear probing).
inline bool canShiftBack(std::size_t home, std::size_t hole, std::size_t slot)
{
    return slot > hole ? (home <= hole || home > slot) : (home <= hole && home > slot);
}

// A zeroed array of hash-table slots (trivially copyable, all-zero = empty). On Linux an array
// of 2 MiB or more is aligned to 2 MiB and marked for transparent huge pages: 18 columns of
// 50,000 distinct fees touch 36 MiB at random, and with 4 KiB pages nearly every add would also
// miss the TLB.
template <typename T> class SlotArray
{
public:
    SlotArray() = default;
    SlotArray(const SlotArray &) = delete;
    SlotArray &operator=(const SlotArray &) = delete;
    ~SlotArray() { std::free(m_data); }

    void assign(std::size_t count) // count zeroed slots
    {
        SlotArray fresh;
        std::size_t bytes = count * sizeof(T);
        void *data = nullptr;
#ifdef __linux__
        constexpr std::size_t kHugePage = 2 * 1024 * 1024;
        if (bytes >= kHugePage) {
            bytes = (bytes + kHugePage - 1) / kHugePage * kHugePage;
            data = std::aligned_alloc(kHugePage, bytes);
            if (data)
                madvise(data, bytes, MADV_HUGEPAGE); // a hint: failure only costs speed
        }
#endif
        if (!data)
            data = std::malloc(std::max<std::size_t>(bytes, 1));
        if (!data)
            throw std::bad_alloc();
        std::memset(data, 0, bytes);
        fresh.m_data = static_cast<T *>(data);
        fresh.m_size = count;
        swap(fresh);
    }
    void swap(SlotArray &other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
    }
    void clear()
    {
        SlotArray().swap(*this);
    }
    std::size_t size() const
    {
        return m_size;
    }
    bool empty() const
    {
        return m_size == 0;
    }
    T &operator[](std::size_t i)
    {
        return m_data[i];
    }
    const T &operator[](std::size_t i) const
    {
        return m_data[i];
    }
    T *begin()
    {
        return m_data;
    }
    T *end()
    {
        return m_data + m_size;
    }
    const T *begin() const
    {
        return m_data;
    }
    const T *end() const
    {
        return m_data + m_size;
    }

private:
    T *m_data = nullptr;
    std::size_t m_size = 0;
};

// Exact number -> count table: open addressing, linear probing, no tombstones (deletion shifts
// entries back). A slot with count 0 is empty. At most kExactLimit entries: 131072 slots.
class NumberCounts
{
public:
    struct Slot
    {
        std::uint64_t key = 0;
        std::int64_t count = 0;
    };

    std::size_t size() const { return m_size; }
    const SlotArray<Slot> &table() const { return m_slots; }

    // Makes room for `more` new keys without a rehash, then hints the CPU to load the home
    // slots of `keys`: a batch of adds then waits for its cache misses in parallel.
    void prefetch(const std::uint64_t *keys, std::size_t count)
    {
        while ((m_size + count) * 10 > m_slots.size() * 7)
            grow();
        for (std::size_t k = 0; k < count; ++k)
            __builtin_prefetch(&m_slots[mix64(keys[k]) & m_mask], 1);
    }

    // Adds one occurrence; returns false (and changes nothing) when `key` is new and the table
    // already holds `limit` keys.
    bool add(std::uint64_t key, std::size_t limit)
    {
        if ((m_size + 1) * 10 > m_slots.size() * 7)
            grow();
        std::size_t i = mix64(key) & m_mask;
        while (m_slots[i].count != 0) {
            if (m_slots[i].key == key) {
                ++m_slots[i].count;
                return true;
            }
            i = (i + 1) & m_mask;
        }
        if (m_size >= limit)
            return false;
        m_slots[i] = {key, 1};
        ++m_size;
        return true;
    }

    // Removes one occurrence; false when the key is not present.
    bool remove(std::uint64_t key)
    {
        if (m_slots.empty())
            return false;
        std::size_t i = mix64(key) & m_mask;
        while (m_slots[i].count != 0 && m_slots[i].key != key)
            i = (i + 1) & m_mask;
        if (m_slots[i].count == 0)
            return false;
        if (--m_slots[i].count > 0)
            return true;
        --m_size;
        std::size_t hole = i;
        for (std::size_t j = (i + 1) & m_mask; m_slots[j].count != 0; j = (j + 1) & m_mask) {
            if (canShiftBack(mix64(m_slots[j].key) & m_mask, hole, j)) {
                m_slots[hole] = m_slots[j];
                m_slots[j].count = 0;
                hole = j;
            }
        }
        m_slots[hole].count = 0;
        return true;
    }

    void clear()
    {
        m_slots.clear();
        m_mask = 0;
        m_size = 0;
    }

private:
    void grow()
    {
        SlotArray<Slot> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? 64 : old.size() * 2);
        m_mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.count == 0)
                continue;
            std::size_t i = mix64(slot.key) & m_mask;
            while (m_slots[i].count != 0)
                i = (i + 1) & m_mask;
            m_slots[i] = slot;
        }
    }

    SlotArray<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

// Exact text -> count table: 16-byte slots (hash tag, offset and length into a byte arena,
// count) with the same probing and deletion as NumberCounts. Removed values leave their bytes
// in the arena until it is compacted (when the waste exceeds half of the live bytes).
class TextCounts
{
public:
    struct Slot
    {
        std::uint32_t tag = 0; // low 32 bits of the hash (home position = tag & mask)
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
        std::uint32_t count = 0; // 0 = empty
    };

    std::size_t size() const { return m_size; }
    std::size_t liveBytes() const { return m_liveBytes; }
    const SlotArray<Slot> &table() const { return m_slots; }
    std::string_view text(const Slot &slot) const
    {
        return {m_arena.data() + slot.offset, slot.length};
    }

    enum class AddResult
    {
        Added,
        Full
    };

    AddResult add(std::string_view value, std::uint64_t hash, std::size_t limit,
                  std::size_t byteLimit)
    {
        if ((m_size + 1) * 10 > m_slots.size() * 7)
            grow();
        const auto tag = std::uint32_t(hash);
        std::size_t i = tag & m_mask;
        while (m_slots[i].count != 0) {
            Slot &slot = m_slots[i];
            if (slot.tag == tag && slot.length == value.size() &&
                std::memcmp(m_arena.data() + slot.offset, value.data(), value.size()) == 0) {
                if (slot.count == std::numeric_limits<std::uint32_t>::max())
                    throw Error(QStringLiteral("audit: more than 4294967295 copies of one value "
                                               "in a column"));
                ++slot.count;
                return AddResult::Added;
            }
            i = (i + 1) & m_mask;
        }
        if (m_size >= limit || m_liveBytes + value.size() > byteLimit)
            return AddResult::Full;
        const auto offset = std::uint32_t(m_arena.size());
        if (m_arena.size() + value.size() > m_arena.capacity())
            m_arena.reserve(std::max(m_arena.size() + value.size(), m_arena.capacity() * 2));
        m_arena.insert(m_arena.end(), value.begin(), value.end());
        m_slots[i] = {tag, offset, std::uint32_t(value.size()), 1};
        ++m_size;
        m_liveBytes += value.size();
        return AddResult::Added;
    }

    bool remove(std::string_view value, std::uint64_t hash)
    {
        if (m_slots.empty())
            return false;
        const auto tag = std::uint32_t(hash);
        std::size_t i = tag & m_mask;
        while (m_slots[i].count != 0 && !(m_slots[i].tag == tag && text(m_slots[i]) == value))
            i = (i + 1) & m_mask;
        if (m_slots[i].count == 0)
            return false;
        if (--m_slots[i].count > 0)
            return true;
        --m_size;
        m_liveBytes -= m_slots[i].length;
        std::size_t hole = i;
        for (std::size_t j = (i + 1) & m_mask; m_slots[j].count != 0; j = (j + 1) & m_mask) {
            if (canShiftBack(m_slots[j].tag & m_mask, hole, j)) {
                m_slots[hole] = m_slots[j];
                m_slots[j].count = 0;
                hole = j;
            }
        }
        m_slots[hole].count = 0;
        const std::size_t waste = m_arena.size() - m_liveBytes;
        if (waste > 64 * 1024 && waste > m_liveBytes / 2)
            compact();
        return true;
    }

    void clear()
    {
        m_slots.clear();
        std::vector<char>().swap(m_arena);
        m_mask = 0;
        m_size = 0;
        m_liveBytes = 0;
    }

private:
    void grow()
    {
        SlotArray<Slot> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? 64 : old.size() * 2);
        m_mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.count == 0)
                continue;
            std::size_t i = slot.tag & m_mask;
            while (m_slots[i].count != 0)
                i = (i + 1) & m_mask;
            m_slots[i] = slot;
        }
    }

    void compact()
    {
        std::vector<char> arena;
        arena.reserve(m_liveBytes);
        for (Slot &slot : m_slots) {
            if (slot.count == 0)
                continue;
            const char *begin = m_arena.data() + slot.offset;
            slot.offset = std::uint32_t(arena.size());
            arena.insert(arena.end(), begin, begin + slot.length);
        }
        m_arena.swap(arena);
    }

    SlotArray<Slot> m_slots;
    std::vector<char> m_arena;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
    std::size_t m_liveBytes = 0;
};

// HyperLogLog with 2^14 one-byte registers over 64-bit hashes, estimated with Ertl's improved
// raw estimator ("New cardinality estimation algorithms for HyperLogLog sketches", 2017), which
// needs no empirical bias tables and is unbiased from 0 to far beyond 2^32. Standard error
// 1.04 / sqrt(16384) = 0.8%.
class HyperLogLog
{
public:
    static constexpr int kPrecision = 14;
    static constexpr int kRegisters = 1 << kPrecision;
    static constexpr int kMaxRank = 64 - kPrecision + 1; // q + 1

    void add(std::uint64_t hash)
    {
        if (m_registers.empty())
            m_registers.assign(kRegisters, 0);
        const std::size_t index = hash >> (64 - kPrecision);
        const std::uint64_t rest = hash << kPrecision;
        const auto rank = std::uint8_t(rest == 0 ? kMaxRank : std::countl_zero(rest) + 1);
        if (rank > m_registers[index])
            m_registers[index] = rank;
    }

    double estimate() const
    {
        if (m_registers.empty())
            return 0.0;
        const double m = kRegisters;
        double histogram[kMaxRank + 1] = {};
        for (std::uint8_t r : m_registers)
            histogram[r] += 1.0;
        double z = m * tau(1.0 - histogram[kMaxRank] / m);
        for (int k = kMaxRank - 1; k >= 1; --k)
            z = 0.5 * (z + histogram[k]);
        z += m * sigma(histogram[0] / m);
        if (std::isinf(z))
            return 0.0;
        return (0.5 / std::log(2.0)) * m * m / z;
    }

private:
    static double sigma(double x)
    {
        if (x == 1.0)
            return std::numeric_limits<double>::infinity();
        double y = 1.0;
        double z = x;
        for (;;) {
            x *= x;
            const double previous = z;
            z += x * y;
            y += y;
            if (z == previous)
                return z;
        }
    }

    static double tau(double x)
    {
        if (x == 0.0 || x == 1.0)
            return 0.0;
        double y = 1.0;
        double z = 1.0 - x;
        for (;;) {
            x = std::sqrt(x);
            const double previous = z;
            y *= 0.5;
            z -= (1.0 - x) * (1.0 - x) * y;
            if (z == previous)
                return z / 3.0;
        }
    }

    std::vector<std::uint8_t> m_registers; // allocated on first add
};

// splitmix64 as a seeded generator (fixed seed: an audit is reproducible).
class SplitMix
{
public:
    std::uint64_t next()
    {
        m_state += 0x9E3779B97F4A7C15ull;
        return mix64(m_state);
    }
    // Uniform in [0, n) by Lemire's multiply-shift (bias below 2^-40 for n < 2^24 rows).
    std::uint64_t below(std::uint64_t n) { return std::uint64_t((Uint128(next()) * n) >> 64); }

private:
    std::uint64_t m_state = 0x5EED0A0D17C0FFEEull;
};

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
    qint64 values = 0; // non-null values currently counted

    NumberCounts numbers; // exact mode, numeric columns
    TextCounts texts;     // exact mode, text columns

    // Approximate mode.
    HyperLogLog sketch;
    SplitMix random;
    std::vector<double> reservoir;
    std::uint64_t streamSeen = 0; // values offered to the reservoir (removals do not count)
    double minNumber = 0.0, maxNumber = 0.0;
    std::string minText, maxText;
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
    static constexpr std::size_t kBatch = 32;
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
            if (first || text < minText)
                minText.assign(text);
            if (first || text > maxText)
                maxText.assign(text);
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

void ColumnProfiler::addNumber(double value)
{
    State &s = *m_state;
    if (!std::isfinite(value)) {
        addNull();
        return;
    }
    ++s.rows;
    ++s.values;
    if (s.exact) {
        s.pushPending(numberKey(value));
        return;
    }
    s.addApproximateNumber(value);
}

void ColumnProfiler::addText(std::string_view utf8)
{
    State &s = *m_state;
    ++s.rows;
    ++s.values;
    const std::uint64_t hash = hashBytes(utf8);
    if (s.exact) {
        if (s.texts.add(utf8, hash, kExactLimit, kExactTextBytes) == TextCounts::AddResult::Added)
            return;
        s.textsToApproximate();
    }
    s.sketch.add(hash);
    if (s.values == 1 || utf8 < s.minText)
        s.minText.assign(utf8);
    if (s.values == 1 || utf8 > s.maxText)
        s.maxText.assign(utf8);
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
}

void ColumnProfiler::removeText(std::string_view utf8)
{
    State &s = *m_state;
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
    if (s.numeric)
        s.finishNumbers(audit);
    else
        s.finishTexts(audit);
    return audit;
}

} // namespace cwb
