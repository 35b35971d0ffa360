// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/tablesource.h"

#include "core/error.h"
#include "import/importpipeline.h"
#include "import/xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace cwb {

std::unique_ptr<RecordSource> openTable(const QString &path, const QString &sheet,
                                        const CsvOptions &csv)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    const bool zip = file.read(4) == QByteArray("PK\x03\x04", 4);
    file.close();
    if (zip)
        return std::make_unique<XlsxReader>(path, sheet);
    return std::make_unique<CsvReader>(path, csv);
}

QString tableFileHash(const QString &path)
{
    return pipeline::fileHash(path);
}

} // namespace cwb
