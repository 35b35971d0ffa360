// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace cwb {

class JobControl;

// What a synthetic customer extract should look like. See docs/demo-data.md.
struct ExtractOptions
{
    qint64 rows = 10000;        // data rows (the header line comes on top)
    quint64 seed = 20261123;    // same seed and options -> same bytes
    QString encoding = "utf-8"; // "utf-8" or "gb18030"
    double defectRate = 0.002;  // share of rows that carry one planted defect
    bool crlf = false;          // line ends: "\r\n" instead of "\n"
};

// How many defects of each kind writeExtract planted (each defective row carries exactly one).
// blankId, duplicateId, badMobile and badFee rows are invalid; thousandsFee ("¥1,234.50" in
// quotes) and blankFee (an empty fee cell, a NULL) are valid values the import must accept.
struct ExtractDefects
{
    qint64 blankId = 0;
    qint64 duplicateId = 0;
    qint64 badMobile = 0;
    qint64 badFee = 0;
    qint64 thousandsFee = 0;
    qint64 blankFee = 0;

    qint64 total() const
    {
        return blankId + duplicateId + badMobile + badFee + thousandsFee + blankFee;
    }
    // Rows an import should reject (the four invalid kinds).
    qint64 invalidRows() const { return blankId + duplicateId + badMobile + badFee; }
};

// The 38 column headers of the extract, in file order.
QStringList extractHeaders();

// Writes a synthetic city-branch customer extract (宽表, one wide row per customer) to path as
// CSV. Streams in ~1 MB buffers (constant memory), is deterministic for a seed, writes through
// a QSaveFile (nothing is left behind on failure or cancel). Throws cwb::Error on bad options
// or I/O failure, cwb::Cancelled when job asks to stop.
ExtractDefects writeExtract(const QString &path, const ExtractOptions &options,
                            JobControl *job = nullptr);

} // namespace cwb
