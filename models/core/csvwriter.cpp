// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvwriter.h"

#include "core/atomicfile.h"
#include "core/error.h"

#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>

namespace cwb {

namespace {

QStringEncoder encoderFor(CsvWriter::Encoding encoding)
{
    return encoding == CsvWriter::Encoding::Gb18030 ? QStringEncoder("GB18030")
                                                    : QStringEncoder(QStringEncoder::Utf8);
}

} // namespace

CsvWriter::CsvWriter(const QString &path, Encoding encoding, Formulas formulas)
    : m_path(path), m_owned(std::make_unique<QSaveFile>(path)), m_device(m_owned.get()),
      m_encoder(encoderFor(encoding)), m_formulas(formulas)
{
    if (!m_encoder.isValid())
        throw Error(QStringLiteral("GB18030 encoding is not available on this system"));
    openForWriting(*m_owned);
    start(encoding);
}

CsvWriter::CsvWriter(QFileDevice &device, const QString &name, Encoding encoding, Formulas formulas)
    : m_path(name), m_device(&device), m_encoder(encoderFor(encoding)), m_formulas(formulas)
{
    if (!m_encoder.isValid())
        throw Error(QStringLiteral("GB18030 encoding is not available on this system"));
    start(encoding);
}

CsvWriter::~CsvWriter() = default; // an uncommitted QSaveFile removes its temporary

void CsvWriter::start(Encoding encoding)
{
    if (encoding != Encoding::Utf8Bom)
        return;
    errno = 0;
    if (m_device->write("\xEF\xBB\xBF", 3) != 3)
        throwFileFailure(m_path, *m_device, errno);
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

bool CsvWriter::isPlainNumber(const QString &field)
{
    // Sign, digits (thousands separated by commas allowed), a decimal part, an exponent, a
    // percent sign: what Excel reads as a number, never as a formula.
    static const QRegularExpression number(
        QStringLiteral("^[+-]?([0-9][0-9,]*(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?%?$"));
    return number.match(field).hasMatch();
}

QString CsvWriter::neutraliseFormula(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.at(0);
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') ||
                       first == QLatin1Char('-') || first == QLatin1Char('@') ||
                       first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!risky || isPlainNumber(field))
        return field;
    return QLatin1Char('\'') + field;
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += quoteField(m_formulas == Formulas::Neutralise ? neutraliseFormula(fields.at(i))
                                                              : fields.at(i));
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = m_encoder.encode(line);
    if (m_encoder.hasError())
        throw Error(QStringLiteral("%1: a value cannot be written in this encoding").arg(m_path));
    errno = 0;
    if (m_device->write(bytes) != bytes.size() || m_device->error() != QFileDevice::NoError)
        throwFileFailure(m_path, *m_device, errno);
}

void CsvWriter::close()
{
    errno = 0;
    if (!m_device->flush())
        throwFileFailure(m_path, *m_device, errno);
    if (m_owned)
        commitFile(*m_owned);
}

} // namespace cwb
