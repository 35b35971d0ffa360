// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the data audit's column profilers under the importer's load: a customer extract
// of N rows (default 1,000,000) x 38 columns fed row by row, as the parser thread does, then
// finish() on every column. Prints the time of the add loop, of the same loop with the
// profilers replaced by a checksum (value generation alone), and of finish().
// Usage: bench_audit [rows] [kind]   (kind: id, phone, fee, minutes, flag, date or category
// keeps only the columns of that kind, to see what each costs)
#include "import/audit.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

using namespace cwb;

namespace {

// Column kinds of a typical extract (DOMAIN.md: ids, contacts, fees, usage, flags, dates).
enum class Kind
{
    Id,
    Phone,
    Fee,
    Minutes,
    Flag,
    Date,
    Category
};

struct Column
{
    Kind kind;
    ColumnType type;
    int cardinality; // categories, for Category
};

std::vector<Column> extractColumns()
{
    std::vector<Column> columns;
    columns.push_back({Kind::Id, ColumnType::Integer, 0});
    for (int i = 0; i < 2; ++i)
        columns.push_back({Kind::Phone, ColumnType::Phone, 0});
    for (int i = 0; i < 18; ++i)
        columns.push_back({Kind::Fee, ColumnType::Decimal, 0});
    for (int i = 0; i < 5; ++i)
        columns.push_back({Kind::Minutes, ColumnType::Integer, 0});
    for (int i = 0; i < 4; ++i)
        columns.push_back({Kind::Flag, ColumnType::Boolean, 0});
    for (int i = 0; i < 4; ++i)
        columns.push_back({Kind::Date, ColumnType::Date, 0});
    for (int cardinality : {5, 40, 200, 1000})
        columns.push_back({Kind::Category, ColumnType::Text, cardinality});
    return columns;
}

// CPU time of this thread: on a shared machine it leaves out the time other processes ran
// (their cache pressure still shows).
double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + 1e-9 * double(now.tv_nsec);
}

double wallSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The fastest of several runs (wall and CPU seconds), the least disturbed by other load.
struct Timing
{
    double wall = 1e300, cpu = 1e300;
    template <typename F> void measure(F &&work)
    {
        const double wall0 = wallSeconds(), cpu0 = cpuSeconds();
        work();
        wall = std::min(wall, wallSeconds() - wall0);
        cpu = std::min(cpu, cpuSeconds() - cpu0);
    }
};

} // namespace

int main(int argc, char **argv)
{
    const long rows = argc > 1 ? std::atol(argv[1]) : 1000000;
    std::vector<Column> columns = extractColumns();
    if (argc > 2) {
        const std::string keep = argv[2];
        const char *names[] = {"id", "phone", "fee", "minutes", "flag", "date", "category"};
        std::erase_if(columns, [&](const Column &c) { return names[int(c.kind)] != keep; });
        if (columns.empty()) {
            std::fprintf(stderr, "unknown column kind %s\n", keep.c_str());
            return 2;
        }
    }

    // String pools built before timing: phones (11 digits, one per row), dates, categories.
    std::vector<std::string> phones(static_cast<std::size_t>(rows));
    std::vector<std::string> dates, categories;
    for (long r = 0; r < rows; ++r)
        phones[std::size_t(r)] = std::to_string(13000000000LL + (r * 7919LL) % 1000000000LL);
    for (int d = 0; d < 3650; ++d) {
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", 2014 + d / 365, 1 + (d / 28) % 12,
                      1 + d % 28);
        dates.push_back(buffer);
    }
    for (int c = 0; c < 1000; ++c)
        categories.push_back("category " + std::to_string(c));

    // The same generator drives both loops so that their difference is the profilers' cost.
    const auto run = [&](auto &&sinkNumber, auto &&sinkText, auto &&sinkNull) {
        std::uint64_t state = 0x1234567;
        for (long r = 0; r < rows; ++r) {
            for (std::size_t c = 0; c < columns.size(); ++c) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                const Column &column = columns[c];
                if ((state & 63) == 0 && column.kind != Kind::Id) {
                    sinkNull(c);
                    continue;
                }
                switch (column.kind) {
                case Kind::Id:
                    sinkNumber(c, double(r + 1));
                    break;
                case Kind::Phone:
                    sinkText(c, phones[std::size_t((r + long(c) * 7) % rows)]);
                    break;
                case Kind::Fee:
                    sinkNumber(c, double((state >> 20) % 50000) / 100.0);
                    break;
                case Kind::Minutes:
                    sinkNumber(c, double((state >> 20) % 3000));
                    break;
                case Kind::Flag:
                    sinkNumber(c, double((state >> 20) & 1));
                    break;
                case Kind::Date:
                    sinkText(c, dates[(state >> 20) % dates.size()]);
                    break;
                case Kind::Category:
                    sinkText(c, categories[(state >> 20) % std::uint64_t(column.cardinality)]);
                    break;
                }
            }
        }
    };

    constexpr int kRuns = 3;
    double checksum = 0;
    Timing generation, feeding, finishing;
    std::vector<ColumnAudit> audits;
    for (int r = 0; r < kRuns; ++r) {
        generation.measure([&] {
            run([&](std::size_t, double v) { checksum += v; },
                [&](std::size_t, const std::string &t) {
                    checksum += double(t.size() + std::uint8_t(t.front()) + std::uint8_t(t.back()));
                },
                [&](std::size_t) { checksum += 1; });
        });
        std::vector<ColumnProfiler> profilers;
        for (const Column &column : columns)
            profilers.emplace_back(column.type);
        feeding.measure([&] {
            run([&](std::size_t c, double v) { profilers[c].addNumber(v); },
                [&](std::size_t c, const std::string &t) { profilers[c].addText(t); },
                [&](std::size_t c) { profilers[c].addNull(); });
        });
        finishing.measure([&] {
            audits.clear();
            for (const ColumnProfiler &profiler : profilers)
                audits.push_back(profiler.finish());
        });
    }

    int approximate = 0;
    for (const ColumnAudit &audit : audits)
        approximate += audit.distinctExact ? 0 : 1;
    const double adds = double(rows) * double(columns.size());
    std::printf("rows %ld x columns %zu = %.0f adds (%d columns went approximate)\n", rows,
                columns.size(), adds, approximate);
    std::printf("best of %d runs          wall s   cpu s\n", kRuns);
    std::printf("value generation alone  %6.3f  %6.3f (checksum %.0f)\n", generation.wall,
                generation.cpu, checksum);
    std::printf("generation + add        %6.3f  %6.3f\n", feeding.wall, feeding.cpu);
    std::printf("add only (difference)   %6.3f  %6.3f = %.1f ns per add (cpu)\n",
                feeding.wall - generation.wall, feeding.cpu - generation.cpu,
                1e9 * (feeding.cpu - generation.cpu) / adds);
    std::printf("finish() x %zu           %6.3f  %6.3f\n", columns.size(), finishing.wall,
                finishing.cpu);
    std::printf("check: id distinct ~%lld, fee mean %.3f\n",
                static_cast<long long>(audits[0].distinct), audits[3].mean.value_or(-1.0));
    return 0;
}
