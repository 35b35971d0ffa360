// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluate/statistics.h"
#include "import/csvreader.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace cwb {

class JobControl;
class RecordSource;

// What to evaluate in a finished test/control file: one row per customer, a column naming the
// group, the value of that column that marks the control group, binary response columns
// (0/1, true/false, yes/no) and numeric amount columns.
struct FileEvaluationOptions
{
    QString groupColumn;
    QString controlValue;
    QStringList responseColumns;
    QStringList amountColumns;
    int bootstrapResamples = 2000;
    std::uint64_t seed = 20240601; // seed of every bootstrap interval (recorded in the result)
    double confidence = 0.95;
    CsvOptions csv;
};

// One response column of one target group against the control group.
struct ResponseEvaluation
{
    QString column;
    stats::ProportionComparison comparison;
    // Holm-adjusted p-value over the target groups tested on this column (stats::holmAdjust)
    std::optional<double> pValueHolm;
};

// One amount column of one target group against the control group.
struct AmountEvaluation
{
    QString column;
    stats::MeanComparison welch;
    // percentile interval of the difference in means
    std::optional<stats::BootstrapInterval> bootstrap;
    // Holm-adjusted Welch p-value over the target groups tested on this column
    std::optional<double> pValueHolm;
};

// A target group (a non-control value of the group column) compared with the control group.
struct GroupEvaluation
{
    QString group;
    qint64 rows = 0;
    std::vector<ResponseEvaluation> responses; // in the order of the options
    std::vector<AmountEvaluation> amounts;     // in the order of the options
};

// The whole evaluation of a file.
struct FileEvaluation
{
    QString source;  // file path (or a name given by the caller)
    qint64 rows = 0; // data rows read (header excluded, blank lines skipped)
    QString groupColumn;
    QString controlValue;
    qint64 controlRows = 0;
    int bootstrapResamples = 0;
    std::uint64_t seed = 0;
    double confidence = 0.95;
    std::vector<GroupEvaluation> groups; // target groups sorted by value
};

// Evaluates a test/control file in one streaming pass (several target groups against one
// control are tested at once: each response and amount column gets Holm-adjusted p-values over
// the groups beside the raw ones): per group it keeps counts of rows and
// successes, running moments of each amount, and the amount values themselves (for the
// bootstrap), never the rows. Errors (cwb::Error) name the file, line, column and value: an
// unknown column (with the list of available ones), a response value that is not binary, an
// amount that is not a number, a short row, or no control rows.
class FileEvaluator
{
public:
    explicit FileEvaluator(FileEvaluationOptions options);

    // Reads the CSV file at path through cwb::CsvReader.
    FileEvaluation evaluateFile(const QString &path, JobControl *job = nullptr) const;
    // Reads any record source whose first record is the header; sourceName is used in messages.
    FileEvaluation evaluate(RecordSource &source, const QString &sourceName,
                            JobControl *job = nullptr) const;

    // Parses a binary response cell: 0/1, true/false, yes/no (any case, surrounding blanks
    // ignored). Empty when the text is none of these.
    static std::optional<bool> parseBinary(std::string_view text);
    // Parses an amount cell (a decimal number, surrounding blanks ignored). Empty when it is not
    // a finite number.
    static std::optional<double> parseAmount(std::string_view text);

private:
    FileEvaluationOptions m_options;
};

} // namespace cwb
