// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/csvreader.h"
#include "import/recordsource.h"

#include <QString>

#include <memory>

namespace cwb {

// Opens a table file for the evaluation's loaders (outcomes, follow-up extract): an .xlsx
// workbook (recognised by its content, a zip archive) through XlsxReader, anything else as CSV
// through CsvReader. The first record is the header row.
std::unique_ptr<RecordSource> openTable(const QString &path, const QString &sheet,
                                        const CsvOptions &csv);

// XXH3-128 of the file's bytes, as the customer import records it ("xxh3-128:<hex>").
QString tableFileHash(const QString &path);

} // namespace cwb
