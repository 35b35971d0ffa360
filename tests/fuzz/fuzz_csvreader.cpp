// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the CSV reader and the import's value parsing. The input is the bytes of
// a CSV/TSV file. It is read as the import reads it (encoding and delimiter sniffed), then once
// more with the encoding and delimiter a user can name (picked by the last byte), and every field
// goes through the value parsers and each column through type inference. Properties:
// - records come in file order: each starts on a later line than the one before;
// - a record read as UTF-8 is valid UTF-8, and seek() to its offset reads the same record again;
// - parseDate writes "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS", which parses again to itself;
// - parseDecimal gives a finite number, and an integer parses as the same decimal;
// - trimmed() is a part of its input and trimming again changes nothing.
#include "fuzzsupport.h"

#include "import/csvreader.h"
#include "import/valueparser.h"

#include <QStringList>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace {

constexpr const char *kTarget = "fuzz_csvreader";
constexpr std::size_t kMaxColumns = 64;  // columns whose types are inferred
constexpr std::size_t kMaxSamples = 200; // samples per column

struct Copy
{
    qint64 line = 0;
    qint64 offset = -1;
    std::vector<std::string> fields;
};

void checkValue(std::string_view field)
{
    using namespace cwb::value;
    const std::string_view t = trimmed(field);
    if (t.data() < field.data() || t.data() + t.size() > field.data() + field.size())
        cwb::fuzz::broken(kTarget, "trimmed() is not a part of its input", cwb::fuzz::text(field));
    if (trimmed(t) != t)
        cwb::fuzz::broken(kTarget, "trimmed() is not idempotent", cwb::fuzz::text(field));

    std::string date;
    if (parseDate(field, date)) {
        std::string again;
        if ((date.size() != 10 && date.size() != 19) || !parseDate(date, again) || again != date)
            cwb::fuzz::broken(kTarget, "parseDate wrote a date that does not parse to itself",
                              cwb::fuzz::text(field) + QStringLiteral(" -> ") +
                                  QString::fromStdString(date));
    }
    double decimal = 0;
    const bool isDecimal = parseDecimal(field, decimal);
    if (isDecimal && !std::isfinite(decimal))
        cwb::fuzz::broken(kTarget, "parseDecimal gave a number that is not finite",
                          cwb::fuzz::text(field));
    std::int64_t integer = 0;
    if (parseInteger(field, integer) && (!isDecimal || decimal != double(integer)))
        cwb::fuzz::broken(kTarget, "an integer does not parse as the same decimal",
                          cwb::fuzz::text(field));
    bool boolean = false;
    (void)parseBoolean(field, boolean);
    (void)isValidPhone(field);
}

// Reads the whole file with options, checking the records and the values in them.
void readAll(const QString &path, const cwb::CsvOptions &options)
{
    cwb::CsvReader reader(path, options);
    const bool utf8 = reader.encoding().startsWith(QLatin1String("utf-8"));
    cwb::Record record;
    std::vector<Copy> firstRecords;
    std::vector<std::vector<std::string>> samples;
    QStringList headers;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        if (record.line <= lastLine)
            cwb::fuzz::broken(
                kTarget, "a record does not start after the one before",
                QStringLiteral("line %1 after line %2").arg(record.line).arg(lastLine));
        lastLine = record.line;
        if (firstRecords.size() < 3) {
            Copy copy{record.line, record.offset, {}};
            for (std::string_view f : record.fields)
                copy.fields.emplace_back(f);
            firstRecords.push_back(std::move(copy));
        }
        for (std::size_t c = 0; c < record.fields.size(); ++c) {
            const std::string_view field = record.fields[c];
            if (utf8 && !cwb::fuzz::validUtf8(field))
                cwb::fuzz::broken(kTarget, "a field read as UTF-8 is not valid UTF-8");
            checkValue(field);
            if (headers.isEmpty() || c >= kMaxColumns)
                continue;
            if (samples.size() <= c)
                samples.resize(c + 1);
            const std::string_view value = cwb::value::trimmed(field);
            if (!value.empty() && samples[c].size() < kMaxSamples)
                samples[c].emplace_back(value);
        }
        if (headers.isEmpty()) {
            for (std::string_view f : record.fields)
                headers << cwb::fuzz::text(f);
            if (headers.isEmpty())
                headers << QString();
        }
    }
    for (std::size_t c = 0; c < samples.size(); ++c) {
        const cwb::ColumnType type = cwb::inferColumnType(samples[c], headers.value(qsizetype(c)));
        (void)cwb::value::expectation(type);
    }

    // Seeking back to a record reads it again (UTF-8 input only).
    for (const Copy &copy : firstRecords) {
        if (!utf8 || copy.offset < 0)
            continue;
        if (!reader.seek(copy.offset, copy.line))
            cwb::fuzz::broken(kTarget, "seek() refused the offset of a record it read");
        cwb::Record again;
        if (!reader.next(again) || again.line != copy.line ||
            again.fields.size() != copy.fields.size())
            cwb::fuzz::broken(kTarget, "seek() to a record does not read the same record",
                              QStringLiteral("line %1").arg(copy.line));
        for (std::size_t k = 0; k < copy.fields.size(); ++k) {
            if (again.fields[k] != copy.fields[k])
                cwb::fuzz::broken(kTarget, "seek() to a record reads another field",
                                  QStringLiteral("line %1, field %2").arg(copy.line).arg(k + 1));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cwb::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = cwb::fuzz::writeInput("input.csv", data, size);
    cwb::fuzz::expectOnlyErrors(kTarget, [&] { readAll(path, {}); });
    if (size == 0)
        return 0;
    // The options a user can name on the command line or in the import wizard.
    static const char *const encodings[] = {"auto", "utf-8", "gb18030", "utf-16"};
    static const char *const delimiters[] = {"auto", ",", ";", "tab", "pipe"};
    const unsigned pick = data[size - 1];
    cwb::CsvOptions options;
    options.encoding = QString::fromLatin1(encodings[pick % 4]);
    options.delimiter = QString::fromLatin1(delimiters[(pick / 4) % 5]);
    cwb::fuzz::expectOnlyErrors(kTarget, [&] { readAll(path, options); });
    return 0;
}
