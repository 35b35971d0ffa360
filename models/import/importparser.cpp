// SPDX-License-Identifier: GPL-3.0-or-later
// The reading side of an import: records -> typed cells, validation and rejects (a thread of its
// own while the calling thread writes).
#include "import/importpipeline.h"

#include "core/error.h"
#include "import/displaytext.h"
#include "import/valueparser.h"

#include <QCoreApplication>
#include <QFile>

#include <cstring>

#include <xxhash.h>

namespace cwb::pipeline {

void profileCells(Shared &shared, const Cell *cells, const Batch &batch, bool add)
{
    const auto &columns = shared.plan->columns;
    for (int c = 0; c < columns.size(); ++c) {
        const Cell &cell = cells[c];
        ColumnProfiler &profiler = shared.profilers[std::size_t(c)];
        switch (cell.kind) {
        case NullCell:
            add ? profiler.addNull() : profiler.removeNull();
            break;
        case IntCell:
            add ? profiler.addNumber(double(cell.i)) : profiler.removeNumber(double(cell.i));
            break;
        case RealCell:
            add ? profiler.addNumber(cell.d) : profiler.removeNumber(cell.d);
            break;
        case TextCell:
            add ? profiler.addText(batch.view(cell.offset, cell.length))
                : profiler.removeText(batch.view(cell.offset, cell.length));
            break;
        }
    }
}

namespace {

// The 1-based character position of the first NUL byte in text, 0 when there is none.
std::size_t nulPosition(std::string_view text)
{
    const void *nul = std::memchr(text.data(), 0, text.size());
    if (!nul)
        return 0;
    const std::size_t at = std::size_t(static_cast<const char *>(nul) - text.data());
    std::size_t characters = 1;
    for (std::size_t i = 0; i < at; ++i)
        characters += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return characters;
}

} // namespace

// The reading thread: records -> typed cells, validation, rejects.
void Parser::parse(const std::vector<std::string_view> &fields, qint64 line, std::string_view raw,
                   Batch &batch)
{
    ++batch.rowsRead;
    const std::size_t width = std::size_t(m_shared.plan->header.size());
    if (fields.size() != width) {
        batch.rejects.push_back(
            {line, QString(),
             QCoreApplication::translate("cwb::Import", "%1 fields where the header has %2")
                 .arg(fields.size())
                 .arg(width),
             display::storedRaw(raw)});
        return;
    }
    const std::size_t firstCell = batch.cells.size();
    const std::size_t textStart = batch.text.size();
    m_errors.clear();
    for (int c = 0; c < m_columns.size(); ++c) {
        const ColumnPlan &column = m_columns.at(c);
        Cell cell;
        if (column.sourceIndex < 0) { // generated id: "<import>-<row>"
            const std::string id =
                std::to_string(m_shared.importId) + '-' + std::to_string(++m_generated);
            cell.kind = TextCell;
            cell.offset = std::uint32_t(batch.text.size());
            cell.length = std::uint32_t(id.size());
            batch.text += id;
            batch.cells.push_back(cell);
            continue;
        }
        const std::string_view value = value::trimmed(fields[std::size_t(column.sourceIndex)]);
        if (value.empty()) {
            if (c == 0)
                m_errors.push_back(
                    {c, QCoreApplication::translate("cwb::Import", "missing customer id")});
            batch.cells.push_back(cell);
            continue;
        }
        // A NUL byte is no part of any text: a damaged file, or fields padded with NULs by the
        // system that wrote it. The row is rejected rather than stored with it, or stored with it
        // silently removed (the rejects keep the line to look at).
        if (const std::size_t nul = nulPosition(value)) {
            m_errors.push_back(
                {c, QCoreApplication::translate("cwb::Import",
                                                "%1: '%2' contains a NUL byte (U+0000) at "
                                                "character %3; text never holds one: the file is "
                                                "damaged or its fields are padded with NUL bytes")
                        .arg(column.label, display::value(value))
                        .arg(nul)});
            batch.cells.push_back(cell);
            continue;
        }
        bool ok = true;
        std::string_view text = value;
        switch (column.type) {
        case ColumnType::Phone:
            // No-break and other Unicode spaces, full-width digits: stored as plain ASCII.
            if (value::normalizePhone(value, m_phone))
                text = m_phone;
            ok = value::isValidPhone(text);
            [[fallthrough]];
        case ColumnType::Text:
            cell.kind = TextCell;
            cell.offset = std::uint32_t(batch.text.size());
            cell.length = std::uint32_t(text.size());
            batch.text.append(text);
            break;
        case ColumnType::Integer:
            if (value::parseInteger(value, cell.i)) {
                cell.kind = IntCell;
            } else if (value::parseDecimal(value, cell.d)) {
                cell.kind = RealCell; // the column widens to decimal
                m_shared.promoted[std::size_t(c)] = true;
            } else {
                ok = false;
            }
            break;
        case ColumnType::Decimal:
            ok = value::parseDecimal(value, cell.d);
            cell.kind = RealCell;
            break;
        case ColumnType::Boolean: {
            bool flag = false;
            ok = value::parseBoolean(value, flag);
            cell.kind = IntCell;
            cell.i = flag ? 1 : 0;
            break;
        }
        case ColumnType::Date:
            ok = value::parseDate(value, m_scratch);
            cell.kind = TextCell;
            cell.offset = std::uint32_t(batch.text.size());
            cell.length = std::uint32_t(m_scratch.size());
            batch.text.append(m_scratch);
            break;
        }
        if (!ok) {
            m_errors.push_back({c, QCoreApplication::translate("cwb::Import", "%1: '%2' is not %3")
                                       .arg(column.label, display::value(value),
                                            value::expectation(column.type))});
        }
        batch.cells.push_back(cell);
    }
    if (!m_errors.empty()) {
        batch.cells.resize(firstCell);
        batch.text.resize(textStart);
        QStringList reasons;
        for (const auto &[column, reason] : m_errors) {
            reasons << reason;
            ++m_shared.invalid[std::size_t(column)];
        }
        batch.rejects.push_back({line, m_columns.at(m_errors.front().first).name,
                                 reasons.join(QStringLiteral("; ")), display::storedRaw(raw)});
        return;
    }
    batch.raw.emplace_back(std::uint32_t(batch.text.size()), std::uint32_t(raw.size()));
    batch.text.append(raw);
    batch.lines.push_back(line);
}

void readAll(OpenedSource &opened, Shared &shared, BatchQueue &queue)
{
    Parser parser(shared);
    std::vector<std::string_view> fields;
    std::unique_ptr<Batch> batch = queue.takeFree();
    auto flush = [&]() -> bool {
        batch->bytesRead = opened.source->bytesRead();
        batch->bytesTotal = opened.source->bytesTotal();
        if (shared.profile) {
            std::lock_guard lock(shared.profileMutex);
            const std::size_t width = std::size_t(shared.plan->columns.size());
            for (std::size_t r = 0; r < batch->rows(); ++r)
                profileCells(shared, batch->cells.data() + r * width, *batch, true);
        }
        queue.push(std::move(batch));
        batch = queue.takeFree();
        return batch != nullptr;
    };
    if (!batch)
        return;
    qint64 records = 0;
    auto checkpoint = [&](qint64 line, qint64 offset) {
        if (records++ % kCheckpointEvery == 0 && offset >= 0)
            shared.checkpoints.emplace_back(line, offset);
    };
    for (std::size_t s = 0; s < opened.sampleFields.size(); ++s) {
        checkpoint(opened.sampleLines[s], opened.sampleOffsets[s]);
        fields.assign(opened.sampleFields[s].begin(), opened.sampleFields[s].end());
        parser.parse(fields, opened.sampleLines[s], opened.sampleRaw[s], *batch);
        if ((batch->rowsRead >= kBatchRows || batch->text.size() >= kBatchBytes) && !flush())
            return;
    }
    Record record;
    while (!shared.stop.load(std::memory_order_relaxed) && opened.source->next(record)) {
        checkpoint(record.line, record.offset);
        parser.parse(record.fields, record.line, record.raw, *batch);
        if ((batch->rowsRead >= kBatchRows || batch->text.size() >= kBatchBytes) && !flush())
            return;
    }
    if (batch->rowsRead > 0)
        flush();
    else
        queue.giveBack(std::move(batch));
}

QString fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    XXH3_state_t *state = XXH3_createState();
    XXH3_128bits_reset(state);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        XXH3_128bits_update(state, buffer.constData(), size_t(n));
    }
    const XXH128_hash_t hash = XXH3_128bits_digest(state);
    XXH3_freeState(state);
    return QStringLiteral("xxh3-128:%1%2")
        .arg(hash.high64, 16, 16, QLatin1Char('0'))
        .arg(hash.low64, 16, 16, QLatin1Char('0'));
}

} // namespace cwb::pipeline
