// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvwriter.h"

#include "core/error.h"

namespace cwb {

CsvWriter::CsvWriter(const QString &path, Encoding encoding)
    : m_path(path), m_file(path),
      m_encoder(encoding == Encoding::Gb18030 ? QStringEncoder("GB18030")
                                              : QStringEncoder(QStringEncoder::Utf8))
{
    if (!m_encoder.isValid())
        throw Error(QStringLiteral("GB18030 encoding is not available on this system"));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(QStringLiteral("cannot write %1: %2").arg(path, m_file.errorString()));
    if (encoding == Encoding::Utf8Bom)
        m_file.write("\xEF\xBB\xBF");
}

QString CsvWriter::quoteField(const QString &field, QChar delimiter)
{
    if (!field.contains(delimiter) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += quoteField(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = m_encoder.encode(line);
    if (m_encoder.hasError())
        throw Error(QStringLiteral("%1: a value cannot be written in this encoding").arg(m_path));
    if (m_file.write(bytes) != bytes.size())
        throw Error(QStringLiteral("cannot write %1: %2").arg(m_path, m_file.errorString()));
}

void CsvWriter::close()
{
    if (!m_file.flush())
        throw Error(QStringLiteral("cannot write %1: %2").arg(m_path, m_file.errorString()));
    m_file.close();
}

} // namespace cwb
