// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal building blocks of ColumnProfiler (models/import/audit.cpp only): 64-bit hashing,
// flat open-addressing count tables for numbers and text, a HyperLogLog sketch and a seeded
// generator. Not part of the engine's interface.

#include "core/error.h"

#include <QString>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <string_view>
#include <utility>
#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace cwb::auditdetail {

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
inline std::uint64_t hashBytes(std::string_view text)
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

// Equality of two byte ranges of the same length n, inlined for the short values of a customer
// column (dates, phones, codes) where a call to memcmp costs more than the comparison.
inline bool equalBytes(const char *a, const char *b, std::size_t n)
{
    if (n >= 8) {
        std::uint64_t x, y;
        for (std::size_t i = 0; i + 8 < n; i += 8) {
            std::memcpy(&x, a + i, 8);
            std::memcpy(&y, b + i, 8);
            if (x != y)
                return false;
        }
        std::memcpy(&x, a + n - 8, 8);
        std::memcpy(&y, b + n - 8, 8);
        return x == y;
    }
    if (n >= 4) {
        std::uint32_t x1, y1, x2, y2;
        std::memcpy(&x1, a, 4);
        std::memcpy(&y1, b, 4);
        std::memcpy(&x2, a + n - 4, 4);
        std::memcpy(&y2, b + n - 4, 4);
        return x1 == y1 && x2 == y2;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

// The first 8 bytes of a value as a big-endian number, zero-padded. If prefix(a) > prefix(b)
// then a > b byte-wise (the first difference lies in a byte a really has), so a running
// minimum or maximum needs a full comparison only when the prefixes do not decide.
inline std::uint64_t bytePrefix(std::string_view text)
{
    std::uint64_t word = 0;
    if constexpr (std::endian::native == std::endian::little) {
        if (text.size() >= 8) {
            std::memcpy(&word, text.data(), 8);
            return __builtin_bswap64(word);
        }
    }
    const std::size_t n = std::min<std::size_t>(text.size(), 8);
    for (std::size_t i = 0; i < n; ++i)
        word |= std::uint64_t(std::uint8_t(text[i])) << (56 - 8 * i);
    return word;
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
                equalBytes(m_arena.data() + slot.offset, value.data(), value.size())) {
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

} // namespace cwb::auditdetail
