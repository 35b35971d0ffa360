// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>
#include <string_view>
#include <vector>

namespace cwb {

// One record of a tabular source, in UTF-8. The views stay valid until the next call of next().
struct Record
{
    std::vector<std::string_view> fields;
    qint64 line = 0;      // 1-based line (CSV) or sheet row (XLSX) where the record starts
    std::string_view raw; // the record as it stood in the source, without its line terminator
    qint64 offset = -1;   // byte offset of the record in the file, when seek() can return to it
};

// A streaming source of records: the CSV reader and the XLSX reader implement it, and the import
// pipeline reads either through it. The first record is the header row. Structural problems
// (undecodable text, a broken archive) are thrown as cwb::Error naming file and line.
class RecordSource
{
public:
    virtual ~RecordSource() = default;
    virtual bool next(Record &record) = 0; // false at the end
    virtual qint64 bytesRead() const = 0;  // for progress: input consumed so far
    virtual qint64 bytesTotal() const = 0; // for progress: input size (0 if unknown)
    // Continues reading at a record's offset (from Record::offset), numbering it `line`.
    // Returns false when the source cannot seek (then read it again from the start).
    virtual bool seek(qint64 offset, qint64 line)
    {
        Q_UNUSED(offset);
        Q_UNUSED(line);
        return false;
    }
};

} // namespace cwb
