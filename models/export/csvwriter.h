// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

namespace cwb {

// Writes RFC 4180 CSV (CRLF line ends, fields quoted when they hold a delimiter, quote or line
// break) in UTF-8 with a byte order mark (what Excel needs to show Chinese) or in GB18030.
class CsvWriter
{
public:
    enum class Encoding
    {
        Utf8Bom,
        Utf8,
        Gb18030
    };
    CsvWriter(const QString &path, Encoding encoding = Encoding::Utf8Bom);
    void writeRow(const QStringList &fields);
    void close(); // flushes; throws cwb::Error when the disk refused the data

    static QString quoteField(const QString &field, QChar delimiter = QLatin1Char(','));

private:
    QString m_path;
    QFile m_file;
    QStringEncoder m_encoder;
};

} // namespace cwb
