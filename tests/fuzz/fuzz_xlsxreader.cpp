// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the .xlsx reader (zip archive + workbook, relationships, styles, shared
// strings and sheet XML). The input is the bytes of an .xlsx file, written to a scratch file and
// read as the import reads it: the sheet names, then every record of the first sheet, then the
// other sheets by name. Properties:
// - every field is valid UTF-8;
// - data records are padded to at least the header's width;
// - a name that sheetNames() lists opens that sheet (or is refused with cwb::Error); an empty
//   name is left out, since XlsxReader reads it as "the first sheet".
//
// Byte mutations of a zip archive mostly break its checksums and deflate streams, so a custom
// mutator (below) unpacks the archive, mutates the bytes of one member with libFuzzer's own
// mutator and packs it again (stored or deflated); one mutation in eight works on the raw bytes
// so that broken archives are tried too. Crashing inputs are plain .xlsx files either way.
#include "fuzzsupport.h"

#include "import/xlsxreader.h"

#include <QStringList>

#include <zip.h>

#include <cstdint>
#include <cstring>
#include <optional>
#include <random>
#include <string>
#include <vector>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t *data, std::size_t size, std::size_t maxSize);

namespace {

constexpr const char *kTarget = "fuzz_xlsxreader";

void readSheet(cwb::XlsxReader &reader)
{
    cwb::Record record;
    std::size_t headerWidth = 0;
    bool first = true;
    while (reader.next(record)) {
        for (std::string_view field : record.fields) {
            if (!cwb::fuzz::validUtf8(field))
                cwb::fuzz::broken(kTarget, "a field is not valid UTF-8");
        }
        if (first) {
            headerWidth = record.fields.size();
            first = false;
        } else if (record.fields.size() < headerWidth) {
            cwb::fuzz::broken(kTarget, "a data record is narrower than the header",
                              QStringLiteral("row %1: %2 fields, header %3")
                                  .arg(record.line)
                                  .arg(record.fields.size())
                                  .arg(headerWidth));
        }
    }
}

// ---- the structure-aware mutator ----

struct Member
{
    std::string name;
    std::vector<std::uint8_t> data;
};

constexpr std::size_t kMaxUnpacked = 1 << 20; // members larger in total are mutated as raw bytes

std::optional<std::vector<Member>> unpack(const std::uint8_t *data, std::size_t size)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(data, size, 0, &error);
    if (!source)
        return std::nullopt;
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);
        return std::nullopt;
    }
    std::vector<Member> members;
    std::size_t total = 0;
    bool ok = true;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count && ok; ++i) {
        const char *name = zip_get_name(archive, zip_uint64_t(i), ZIP_FL_ENC_RAW);
        zip_file_t *file = name ? zip_fopen_index(archive, zip_uint64_t(i), 0) : nullptr;
        if (!file) {
            ok = false;
            break;
        }
        Member member{name, {}};
        std::uint8_t buffer[16384];
        for (;;) {
            const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
            if (n < 0 || total + std::size_t(n) > kMaxUnpacked) {
                ok = false;
                break;
            }
            if (n == 0)
                break;
            member.data.insert(member.data.end(), buffer, buffer + n);
            total += std::size_t(n);
        }
        zip_fclose(file);
        members.push_back(std::move(member));
    }
    zip_discard(archive); // also frees source
    if (!ok || members.empty())
        return std::nullopt;
    return members;
}

std::optional<std::vector<std::uint8_t>> pack(const std::vector<Member> &members,
                                              std::minstd_rand &random)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *target = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!target) {
        zip_error_fini(&error);
        return std::nullopt;
    }
    zip_t *archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(target);
        return std::nullopt;
    }
    zip_source_keep(target);
    bool ok = true;
    for (const Member &m : members) {
        zip_source_t *s = zip_source_buffer(archive, m.data.data(), m.data.size(), 0);
        const zip_int64_t index =
            s ? zip_file_add(archive, m.name.c_str(), s, ZIP_FL_ENC_RAW) : zip_int64_t(-1);
        if (index < 0) {
            zip_source_free(s);
            ok = false;
            break;
        }
        const bool deflate = random() % 4 == 0;
        zip_set_file_compression(archive, zip_uint64_t(index),
                                 deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 1);
    }
    if (!ok || zip_close(archive) != 0) {
        zip_discard(archive); // a failed zip_close leaves the archive open
        zip_source_free(target);
        return std::nullopt;
    }
    std::vector<std::uint8_t> out;
    zip_stat_t st;
    if (zip_source_stat(target, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
        zip_source_open(target) == 0) {
        out.resize(std::size_t(st.size));
        const zip_int64_t n = zip_source_read(target, out.data(), out.size());
        zip_source_close(target);
        if (n != zip_int64_t(out.size()))
            out.clear();
    }
    zip_source_free(target);
    if (out.empty())
        return std::nullopt;
    return out;
}

std::size_t mutateMember(std::uint8_t *data, std::size_t size, std::size_t maxSize,
                         std::minstd_rand &random)
{
    std::optional<std::vector<Member>> members = unpack(data, size);
    if (!members)
        return 0;
    Member &m = (*members)[random() % members->size()];
    const std::size_t used = m.data.size();
    m.data.resize(std::max<std::size_t>(used + 64, std::min<std::size_t>(used * 2, maxSize)));
    m.data.resize(LLVMFuzzerMutate(m.data.data(), used, m.data.size()));
    const std::optional<std::vector<std::uint8_t>> packed = pack(*members, random);
    if (!packed || packed->size() > maxSize)
        return 0;
    std::memcpy(data, packed->data(), packed->size());
    return packed->size();
}

} // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t *data, std::size_t size,
                                               std::size_t maxSize, unsigned int seed)
{
    std::minstd_rand random(seed);
    if (random() % 8 != 0) {
        if (const std::size_t n = mutateMember(data, size, maxSize, random))
            return n;
    }
    return LLVMFuzzerMutate(data, size, maxSize);
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cwb::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = cwb::fuzz::writeInput("input.xlsx", data, size);
    QStringList names;
    cwb::fuzz::expectOnlyErrors(kTarget, [&] { names = cwb::XlsxReader::sheetNames(path); });
    cwb::fuzz::expectOnlyErrors(kTarget, [&] {
        cwb::XlsxReader reader(path);
        readSheet(reader);
    });
    for (qsizetype i = 1; i < names.size() && i < 3; ++i) {
        if (names.at(i).isEmpty())
            continue; // an empty name asks for the first sheet (Excel never writes one)
        cwb::fuzz::expectOnlyErrors(kTarget, [&] {
            cwb::XlsxReader reader(path, names.at(i));
            if (reader.sheet() != names.at(i))
                cwb::fuzz::broken(kTarget, "asked for a sheet by name, opened another",
                                  names.at(i) + QStringLiteral(" -> ") + reader.sheet());
            readSheet(reader);
        });
    }
    return 0;
}
