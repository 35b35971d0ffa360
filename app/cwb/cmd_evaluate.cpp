// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb evaluate-file`: evaluates a finished test/control file (rows are customers) with the
// engine's FileEvaluator and prints a table or JSON. All figures come from models/evaluate.
#include "cliutil.h"

#include "core/error.h"
#include "evaluate/fileevaluator.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace {

using namespace cwb;

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject responseJson(const ResponseEvaluation &r)
{
    const stats::ProportionComparison &c = r.comparison;
    QJsonObject o;
    o[QStringLiteral("column")] = r.column;
    o[QStringLiteral("target")] = QJsonObject{{QStringLiteral("n"), c.targetN},
                                              {QStringLiteral("successes"), c.targetSuccesses},
                                              {QStringLiteral("rate"), number(c.targetRate)}};
    o[QStringLiteral("control")] = QJsonObject{{QStringLiteral("n"), c.controlN},
                                               {QStringLiteral("successes"), c.controlSuccesses},
                                               {QStringLiteral("rate"), number(c.controlRate)}};
    o[QStringLiteral("uplift_abs")] = number(c.upliftAbs);
    o[QStringLiteral("uplift_rel")] = number(c.upliftRel);
    o[QStringLiteral("uplift_rel_ci_method")] = QStringLiteral("log-risk-ratio");
    o[QStringLiteral("uplift_rel_ci_low")] = c.relCi ? QJsonValue(c.relCi->low) : QJsonValue();
    o[QStringLiteral("uplift_rel_ci_high")] = c.relCi ? QJsonValue(c.relCi->high) : QJsonValue();
    o[QStringLiteral("ci_method")] = QStringLiteral("newcombe-wilson");
    o[QStringLiteral("ci_low")] = c.ci.low;
    o[QStringLiteral("ci_high")] = c.ci.high;
    o[QStringLiteral("wald_ci_low")] = c.waldCi ? QJsonValue(c.waldCi->low) : QJsonValue();
    o[QStringLiteral("wald_ci_high")] = c.waldCi ? QJsonValue(c.waldCi->high) : QJsonValue();
    o[QStringLiteral("z")] = c.z;
    o[QStringLiteral("p_value")] = c.pValue;
    o[QStringLiteral("p_value_holm")] = number(r.pValueHolm);
    return o;
}

QJsonObject amountJson(const AmountEvaluation &a)
{
    const stats::MeanComparison &w = a.welch;
    QJsonObject o;
    o[QStringLiteral("column")] = a.column;
    o[QStringLiteral("target")] = QJsonObject{{QStringLiteral("n"), w.targetN},
                                              {QStringLiteral("mean"), number(w.targetMean)}};
    o[QStringLiteral("control")] = QJsonObject{{QStringLiteral("n"), w.controlN},
                                               {QStringLiteral("mean"), number(w.controlMean)}};
    o[QStringLiteral("diff")] = number(w.diff);
    o[QStringLiteral("se")] = number(w.se);
    o[QStringLiteral("t")] = number(w.t);
    o[QStringLiteral("df")] = number(w.df);
    o[QStringLiteral("p_value")] = number(w.pValue);
    o[QStringLiteral("p_value_holm")] = number(a.pValueHolm);
    o[QStringLiteral("welch_ci_low")] = w.ci ? QJsonValue(w.ci->low) : QJsonValue();
    o[QStringLiteral("welch_ci_high")] = w.ci ? QJsonValue(w.ci->high) : QJsonValue();
    o[QStringLiteral("bootstrap_ci_low")] =
        a.bootstrap ? QJsonValue(a.bootstrap->low) : QJsonValue();
    o[QStringLiteral("bootstrap_ci_high")] =
        a.bootstrap ? QJsonValue(a.bootstrap->high) : QJsonValue();
    // Monte Carlo standard errors of the endpoints and the decimals they support
    o[QStringLiteral("bootstrap_se_low")] =
        a.bootstrap ? QJsonValue(a.bootstrap->seLow) : QJsonValue();
    o[QStringLiteral("bootstrap_se_high")] =
        a.bootstrap ? QJsonValue(a.bootstrap->seHigh) : QJsonValue();
    o[QStringLiteral("bootstrap_decimals")] =
        a.bootstrap ? QJsonValue(a.bootstrap->decimals) : QJsonValue();
    return o;
}

QJsonDocument toJson(const FileEvaluation &e)
{
    QJsonObject root;
    root[QStringLiteral("source")] = e.source;
    root[QStringLiteral("rows")] = e.rows;
    root[QStringLiteral("group_column")] = e.groupColumn;
    root[QStringLiteral("control")] = e.controlValue;
    root[QStringLiteral("control_rows")] = e.controlRows;
    root[QStringLiteral("confidence")] = e.confidence;
    root[QStringLiteral("bootstrap_resamples")] = e.bootstrapResamples;
    // JSON numbers are doubles: a seed above 2^53 is written as a string to stay exact.
    if (e.seed <= (std::uint64_t(1) << 53))
        root[QStringLiteral("seed")] = qint64(e.seed);
    else
        root[QStringLiteral("seed")] = QString::number(e.seed);
    QJsonArray groups;
    for (const GroupEvaluation &g : e.groups) {
        QJsonArray responses, amounts;
        for (const ResponseEvaluation &r : g.responses)
            responses.append(responseJson(r));
        for (const AmountEvaluation &a : g.amounts)
            amounts.append(amountJson(a));
        groups.append(QJsonObject{{QStringLiteral("group"), g.group},
                                  {QStringLiteral("rows"), g.rows},
                                  {QStringLiteral("responses"), responses},
                                  {QStringLiteral("amounts"), amounts}});
    }
    root[QStringLiteral("groups")] = groups;
    root[QStringLiteral("multiple_testing")] =
        QStringLiteral("p_value_holm: Holm's step-down adjustment over the target groups, for each "
                       "response and amount column");
    return QJsonDocument(root);
}

QString undefined()
{
    return QStringLiteral("n/a");
}

QString percent(const std::optional<double> &value, bool sign = false)
{
    if (!value)
        return undefined();
    return (sign && *value >= 0.0 ? QStringLiteral("+") : QString()) +
           QString::number(*value * 100.0, 'f', 2) + QLatin1Char('%');
}

QString fixed(const std::optional<double> &value, int decimals, bool sign = false)
{
    if (!value)
        return undefined();
    return (sign && *value >= 0.0 ? QStringLiteral("+") : QString()) +
           QString::number(*value, 'f', decimals);
}

QString pValue(const std::optional<double> &p)
{
    if (!p)
        return undefined();
    return *p >= 0.001 ? QString::number(*p, 'f', 4) : QString::number(*p, 'e', 2);
}

QString interval(double low, double high, double scale, int decimals)
{
    return QStringLiteral("[%1, %2]")
        .arg(fixed(low * scale, decimals, true), fixed(high * scale, decimals, true));
}

QString row(const QStringList &cells, const QList<int> &widths)
{
    QString line = QStringLiteral("  ");
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += i == 0 ? cells[i].leftJustified(widths[i]) : cells[i].rightJustified(widths[i]);
    return line;
}

void printTable(const FileEvaluation &e)
{
    const int level = int(std::lround(e.confidence * 100.0));
    cli::printOut(QStringLiteral("%1: %2 rows; control %3 = \"%4\": %5 rows; %6% intervals")
                      .arg(e.source)
                      .arg(e.rows)
                      .arg(e.groupColumn, e.controlValue)
                      .arg(e.controlRows)
                      .arg(level));
    if (e.groups.empty())
        cli::printOut(QStringLiteral("No target group: every row is in the control group."));
    const QList<int> rw{14, 22, 22, 11, 10, 20, 22, 9, 11, 11};
    const QList<int> aw{14, 11, 11, 11, 22, 8, 10, 11, 11, 22};
    for (const GroupEvaluation &g : e.groups) {
        cli::printOut(QString());
        cli::printOut(
            QStringLiteral("Target \"%1\" (%2 rows) vs control").arg(g.group).arg(g.rows));
        if (!g.responses.empty()) {
            cli::printOut(row({QStringLiteral("response"), QStringLiteral("target"),
                               QStringLiteral("control"), QStringLiteral("uplift"),
                               QStringLiteral("relative"), QStringLiteral("CI (relative)"),
                               QStringLiteral("CI (pp, Newcombe)"), QStringLiteral("z"),
                               QStringLiteral("p"), QStringLiteral("p (Holm)")},
                              rw));
            for (const ResponseEvaluation &r : g.responses) {
                const stats::ProportionComparison &c = r.comparison;
                cli::printOut(
                    row({r.column,
                         QStringLiteral("%1/%2 %3")
                             .arg(c.targetSuccesses)
                             .arg(c.targetN)
                             .arg(percent(c.targetRate)),
                         QStringLiteral("%1/%2 %3")
                             .arg(c.controlSuccesses)
                             .arg(c.controlN)
                             .arg(percent(c.controlRate)),
                         c.upliftAbs ? fixed(*c.upliftAbs * 100.0, 2, true) + QStringLiteral("pp")
                                     : undefined(),
                         percent(c.upliftRel, true),
                         c.relCi ? interval(c.relCi->low, c.relCi->high, 100.0, 1) : undefined(),
                         interval(c.ci.low, c.ci.high, 100.0, 2), QString::number(c.z, 'f', 2),
                         pValue(c.pValue), pValue(r.pValueHolm)},
                        rw));
            }
        }
        if (!g.amounts.empty()) {
            cli::printOut(
                row({QStringLiteral("amount"), QStringLiteral("target"), QStringLiteral("control"),
                     QStringLiteral("diff"), QStringLiteral("CI (Welch t)"), QStringLiteral("t"),
                     QStringLiteral("df"), QStringLiteral("p"), QStringLiteral("p (Holm)"),
                     QStringLiteral("CI (bootstrap)")},
                    aw));
            for (const AmountEvaluation &a : g.amounts) {
                const stats::MeanComparison &w = a.welch;
                cli::printOut(row(
                    {a.column, fixed(w.targetMean, 4), fixed(w.controlMean, 4),
                     fixed(w.diff, 4, true),
                     w.ci ? interval(w.ci->low, w.ci->high, 1.0, 4) : undefined(), fixed(w.t, 2),
                     fixed(w.df, 1), pValue(w.pValue), pValue(a.pValueHolm),
                     a.bootstrap
                         ? interval(a.bootstrap->low, a.bootstrap->high, 1.0, a.bootstrap->decimals)
                         : undefined()},
                    aw));
            }
        }
    }
    if (e.groups.size() > 1)
        cli::printOut(QStringLiteral("\np (Holm): %1 target groups tested against one control; "
                                     "Holm's step-down adjustment, per column, keeps the chance "
                                     "of any false finding among them at the test level.")
                          .arg(e.groups.size()));
    if (!e.groups.empty() && !e.groups.front().amounts.empty())
        cli::printOut(QStringLiteral("\nBootstrap: %1 resamples, seed %2; endpoints to the "
                                     "decimals the resamples support (Monte Carlo standard "
                                     "error).")
                          .arg(e.bootstrapResamples)
                          .arg(e.seed));
}

int evaluateFile(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Evaluates a finished test/control file: one row per customer; each "
                       "non-control value of the group column is a target group compared with "
                       "the control group."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("CSV file to evaluate."));
    const QCommandLineOption groupColumn(QStringLiteral("group-column"),
                                         QStringLiteral("Column naming each row's group."),
                                         QStringLiteral("COL"));
    const QCommandLineOption control(QStringLiteral("control"),
                                     QStringLiteral("Value of the group column for the control "
                                                    "group."),
                                     QStringLiteral("VALUE"));
    const QCommandLineOption response(
        QStringLiteral("response"),
        QStringLiteral("Binary response column (0/1, true/false, yes/no); repeatable."),
        QStringLiteral("COL"));
    const QCommandLineOption amount(QStringLiteral("amount"),
                                    QStringLiteral("Numeric amount column; repeatable."),
                                    QStringLiteral("COL"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the bootstrap (default 20240601)."),
                                  QStringLiteral("S"));
    const QCommandLineOption bootstrap(
        QStringLiteral("bootstrap"),
        QStringLiteral("Bootstrap resamples (default 2000; 0 turns the bootstrap off)."),
        QStringLiteral("N"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      QStringLiteral("auto | utf-8 | gb18030 | utf-16"),
                                      QStringLiteral("ENC"), QStringLiteral("auto"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       QStringLiteral("auto | , | ; | tab | pipe"),
                                       QStringLiteral("D"), QStringLiteral("auto"));
    parser.addOptions(
        {groupColumn, control, response, amount, json, seed, bootstrap, encoding, delimiter});
    int exitCode = 0;
    if (!cli::parseArgs(parser, args, exitCode))
        return exitCode;

    const auto usage = [&](const QString &message) {
        cli::printErr(QStringLiteral("cwb evaluate-file: ") + message);
        cli::printErr(parser.helpText());
        return 2;
    };
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("give exactly one FILE"));
    if (!parser.isSet(groupColumn) || !parser.isSet(control))
        return usage(QStringLiteral("--group-column and --control are required"));
    if (!parser.isSet(response))
        return usage(QStringLiteral("give at least one --response column"));

    FileEvaluationOptions options;
    options.groupColumn = parser.value(groupColumn);
    options.controlValue = parser.value(control);
    options.responseColumns = parser.values(response);
    options.amountColumns = parser.values(amount);
    options.csv.encoding = parser.value(encoding);
    options.csv.delimiter = parser.value(delimiter);
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("--seed must be a non-negative integer, not \"%1\"")
                             .arg(parser.value(seed)));
    }
    if (parser.isSet(bootstrap)) {
        bool ok = false;
        options.bootstrapResamples = parser.value(bootstrap).toInt(&ok);
        if (!ok || options.bootstrapResamples < 0)
            return usage(QStringLiteral("--bootstrap must be a non-negative integer, not \"%1\"")
                             .arg(parser.value(bootstrap)));
    }

    return cli::guarded(QStringLiteral("evaluate-file"), [&] {
        const FileEvaluation result =
            FileEvaluator(options).evaluateFile(parser.positionalArguments().constFirst());
        if (parser.isSet(json))
            cli::printJson(toJson(result));
        else
            printTable(result);
        return 0;
    });
}

const cli::Registrar registrar(QStringLiteral("evaluate-file"),
                               QStringLiteral("Evaluate a test/control file: uplift, CI, p-values"),
                               evaluateFile);

} // namespace
