// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <memory>

class QFileDevice;
class QSaveFile;

namespace cwb {

// Writes RFC 4180 CSV (CRLF line ends, fields quoted when they hold a delimiter, quote or line
// break) in UTF-8 with a byte order mark (what Excel needs to show Chinese) or in GB18030.
// Files of customer data are opened in Excel, which runs a cell that starts with = + - @ (or a
// tab or carriage return before them) as a formula: by default such a cell is written with a
// leading single quote, except plain numbers (-12.5, +8613812345678), see neutraliseFormula.
class CsvWriter
{
public:
    enum class Encoding
    {
        Utf8Bom,
        Utf8,
        Gb18030
    };
    enum class Formulas
    {
        Neutralise, // customer data (the default): formula-like cells get a leading '
        Keep        // cells as they are, for files no spreadsheet opens
    };

    // Writes path whole or not at all: the rows go to a temporary file beside it (QSaveFile),
    // close() renames it into place. Until then, and when anything fails, an old file at path
    // stays as it was.
    explicit CsvWriter(const QString &path, Encoding encoding = Encoding::Utf8Bom,
                       Formulas formulas = Formulas::Neutralise);
    // Writes into device (open for writing; not owned, e.g. an AtomicFile's file()); name is the
    // file the messages speak of. close() flushes it.
    CsvWriter(QFileDevice &device, const QString &name, Encoding encoding = Encoding::Utf8Bom,
              Formulas formulas = Formulas::Neutralise);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeRow(const QStringList &fields);
    void close(); // flushes (and commits the file); throws cwb::Error when the disk refused it

    static QString quoteField(const QString &field, QChar delimiter = QLatin1Char(','));
    // A cell Excel would read as a formula (first character = + - @, tab or carriage return)
    // with a single quote before it (OWASP's advice); plain numbers stay as they are.
    static QString neutraliseFormula(const QString &field);
    // An optional sign, digits (commas between thousands allowed) with at most one decimal
    // point, an optional exponent and percent sign: -12.5, +8613812345678, -1,234.5, -3.2%.
    // Excel reads these as numbers, never as formulas.
    static bool isPlainNumber(const QString &field);

private:
    void start(Encoding encoding);

    QString m_path;
    std::unique_ptr<QSaveFile> m_owned;
    QFileDevice *m_device = nullptr;
    QStringEncoder m_encoder;
    Formulas m_formulas;
};

} // namespace cwb
