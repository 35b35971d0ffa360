// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/fileevaluator.h"

#include "core/error.h"
#include "core/jobcontrol.h"

#include <charconv>
#include <cmath>
#include <map>
#include <string>

namespace cwb {

namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

bool equalsIgnoringCase(std::string_view text, std::string_view lowerWord)
{
    if (text.size() != lowerWord.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char ch = text[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = char(ch - 'A' + 'a');
        if (ch != lowerWord[i])
            return false;
    }
    return true;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Shows a cell value in a message, shortened if long.
QString quoted(std::string_view text)
{
    QString value = fromUtf8(text);
    if (value.size() > 40)
        value = value.left(40) + QStringLiteral("...");
    return QLatin1Char('"') + value + QLatin1Char('"');
}

// Everything kept about one group while the file streams by.
struct GroupAccumulator
{
    qint64 rows = 0;
    std::vector<qint64> successes;              // per response column
    std::vector<stats::RunningMoments> moments; // per amount column
    std::vector<std::vector<double>> values;    // per amount column, for the bootstrap
};

} // namespace

FileEvaluator::FileEvaluator(FileEvaluationOptions options) : m_options(std::move(options)) {}

std::optional<bool> FileEvaluator::parseBinary(std::string_view text)
{
    text = trimmed(text);
    if (text == "1" || equalsIgnoringCase(text, "true") || equalsIgnoringCase(text, "yes"))
        return true;
    if (text == "0" || equalsIgnoringCase(text, "false") || equalsIgnoringCase(text, "no"))
        return false;
    return std::nullopt;
}

std::optional<double> FileEvaluator::parseAmount(std::string_view text)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

FileEvaluation FileEvaluator::evaluateFile(const QString &path, JobControl *job) const
{
    CsvReader reader(path, m_options.csv);
    return evaluate(reader, path, job);
}

FileEvaluation FileEvaluator::evaluate(RecordSource &source, const QString &sourceName,
                                       JobControl *job) const
{
    const FileEvaluationOptions &o = m_options;
    if (o.groupColumn.isEmpty())
        throw Error(QStringLiteral("no group column given"));
    if (o.responseColumns.isEmpty() && o.amountColumns.isEmpty())
        throw Error(QStringLiteral("no response or amount column given: nothing to evaluate"));
    if (o.bootstrapResamples < 0)
        throw Error(QStringLiteral("the number of bootstrap resamples must not be negative (%1)")
                        .arg(o.bootstrapResamples));

    Record record;
    if (!source.next(record))
        throw Error(QStringLiteral("%1: the file is empty (no header row)").arg(sourceName));
    QStringList header;
    for (std::string_view field : record.fields)
        header.append(fromUtf8(trimmed(field)));
    const auto columnIndex = [&](const QString &name) {
        const qsizetype index = header.indexOf(name.trimmed());
        if (index < 0)
            throw Error(QStringLiteral("%1: no column named \"%2\"; the columns are: %3")
                            .arg(sourceName, name, header.join(QStringLiteral(", "))));
        if (header.lastIndexOf(name.trimmed()) != index)
            throw Error(QStringLiteral("%1: the column name \"%2\" occurs more than once in the "
                                       "header (columns %3 and %4)")
                            .arg(sourceName, name)
                            .arg(index + 1)
                            .arg(header.lastIndexOf(name.trimmed()) + 1));
        return std::size_t(index);
    };
    const std::size_t groupIndex = columnIndex(o.groupColumn);
    std::size_t needed = groupIndex + 1;
    std::vector<std::size_t> responseIndex, amountIndex;
    for (const QString &column : o.responseColumns) {
        responseIndex.push_back(columnIndex(column));
        needed = std::max(needed, responseIndex.back() + 1);
    }
    for (const QString &column : o.amountColumns) {
        amountIndex.push_back(columnIndex(column));
        needed = std::max(needed, amountIndex.back() + 1);
    }

    std::map<std::string, GroupAccumulator, std::less<>> groups;
    FileEvaluation result;
    result.source = sourceName;
    result.groupColumn = o.groupColumn;
    result.controlValue = o.controlValue;
    result.bootstrapResamples = o.bootstrapResamples;
    result.seed = o.seed;
    result.confidence = o.confidence;

    GroupAccumulator *last = nullptr; // rows of a group often come together
    std::string lastKey;
    while (source.next(record)) {
        const std::vector<std::string_view> &f = record.fields;
        bool blank = true;
        for (std::string_view field : f)
            blank = blank && trimmed(field).empty();
        if (blank)
            continue;
        if (f.size() < needed)
            throw Error(QStringLiteral("%1 line %2: the row has %3 fields, but column \"%4\" is "
                                       "field %5")
                            .arg(sourceName)
                            .arg(record.line)
                            .arg(f.size())
                            .arg(header.value(qsizetype(needed - 1)))
                            .arg(needed));
        const std::string_view key = trimmed(f[groupIndex]);
        if (!last || key != lastKey) {
            auto it = groups.find(key);
            if (it == groups.end()) {
                GroupAccumulator fresh;
                fresh.successes.assign(responseIndex.size(), 0);
                fresh.moments.assign(amountIndex.size(), stats::RunningMoments());
                fresh.values.assign(amountIndex.size(), {});
                it = groups.emplace(std::string(key), std::move(fresh)).first;
            }
            last = &it->second;
            lastKey = std::string(key);
        }
        GroupAccumulator &g = *last;
        ++g.rows;
        for (std::size_t r = 0; r < responseIndex.size(); ++r) {
            const std::string_view cell = f[responseIndex[r]];
            const std::optional<bool> value = parseBinary(cell);
            if (!value)
                throw Error(QStringLiteral("%1 line %2, column \"%3\": %4 is not a binary "
                                           "response (expected 0/1, true/false or yes/no)")
                                .arg(sourceName)
                                .arg(record.line)
                                .arg(o.responseColumns[qsizetype(r)], quoted(cell)));
            g.successes[r] += *value ? 1 : 0;
        }
        for (std::size_t a = 0; a < amountIndex.size(); ++a) {
            const std::string_view cell = f[amountIndex[a]];
            const std::optional<double> value = parseAmount(cell);
            if (!value)
                throw Error(QStringLiteral("%1 line %2, column \"%3\": %4 is not a number")
                                .arg(sourceName)
                                .arg(record.line)
                                .arg(o.amountColumns[qsizetype(a)], quoted(cell)));
            g.moments[a].add(*value);
            g.values[a].push_back(*value);
        }
        ++result.rows;
        if (job && (result.rows & 4095) == 0) {
            job->throwIfCancelled();
            job->report({source.bytesRead(), source.bytesTotal(), result.rows, 0.0});
        }
    }

    const auto control = groups.find(o.controlValue.trimmed().toStdString());
    if (control == groups.end()) {
        QStringList found;
        for (const auto &[value, unused] : groups) {
            if (found.size() == 20) {
                found.append(QStringLiteral("..."));
                break;
            }
            found.append(QLatin1Char('"') + QString::fromStdString(value) + QLatin1Char('"'));
        }
        throw Error(QStringLiteral("%1: no control rows: no row has %2 = \"%3\" (values found: %4)")
                        .arg(sourceName, o.groupColumn, o.controlValue,
                             found.isEmpty() ? QStringLiteral("none, the file has no data rows")
                                             : found.join(QStringLiteral(", "))));
    }
    const GroupAccumulator &c = control->second;
    result.controlRows = c.rows;

    for (const auto &[value, g] : groups) {
        if (&g == &c)
            continue;
        GroupEvaluation group;
        group.group = QString::fromStdString(value);
        group.rows = g.rows;
        for (std::size_t r = 0; r < responseIndex.size(); ++r)
            group.responses.push_back(
                {o.responseColumns[qsizetype(r)],
                 stats::compareProportions(g.successes[r], g.rows, c.successes[r], c.rows,
                                           o.confidence),
                 std::nullopt});
        for (std::size_t a = 0; a < amountIndex.size(); ++a) {
            AmountEvaluation amount;
            amount.column = o.amountColumns[qsizetype(a)];
            amount.welch = stats::welchTest(g.moments[a], c.moments[a], o.confidence);
            if (o.bootstrapResamples > 0)
                amount.bootstrap = stats::bootstrapMeanDiff(
                    g.values[a], c.values[a], o.bootstrapResamples, o.seed, o.confidence, job);
            group.amounts.push_back(std::move(amount));
        }
        result.groups.push_back(std::move(group));
    }
    // Several target groups against one control: Holm over the groups, column by column.
    for (std::size_t r = 0; r < responseIndex.size(); ++r) {
        std::vector<std::optional<double>> p;
        for (const GroupEvaluation &g : result.groups)
            p.push_back(g.responses[r].comparison.pValue);
        const std::vector<std::optional<double>> adjusted = stats::holmAdjust(p);
        for (std::size_t i = 0; i < result.groups.size(); ++i)
            result.groups[i].responses[r].pValueHolm = adjusted[i];
    }
    for (std::size_t a = 0; a < amountIndex.size(); ++a) {
        std::vector<std::optional<double>> p;
        for (const GroupEvaluation &g : result.groups)
            p.push_back(g.amounts[a].welch.pValue);
        const std::vector<std::optional<double>> adjusted = stats::holmAdjust(p);
        for (std::size_t i = 0; i < result.groups.size(); ++i)
            result.groups[i].amounts[a].pValueHolm = adjusted[i];
    }
    if (job)
        job->report({source.bytesRead(), source.bytesTotal(), result.rows, 0.0}, true);
    return result;
}

} // namespace cwb
