// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the file evaluator (models/evaluate/fileevaluator.h) and of `cwb evaluate-file`:
// a small file whose figures are computed by hand, the error messages, and the public Hillstrom
// e-mail test whose counts were computed independently with awk and python3 from the file.
#include "common/testsupport.h"
#include "core/error.h"
#include "core/jobcontrol.h"
#include "evaluate/fileevaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace cwb;

namespace {

// The small file: control "ctrl" has 4 rows (responses 0, 1, no, yes -> 2 successes; spend
// 0, 10, 0, 20), group B 3 rows (1, TRUE, false -> 2; spend 30, 10, 5), group C 1 row (0; 0).
const char *const smallCsv = "id,arm,resp,spend\n"
                             "1,ctrl,0,0\n"
                             "2,ctrl,1,10\n"
                             "3,ctrl,no,0\n"
                             "4,ctrl, yes ,20\n"
                             "5,B,1,30\n"
                             "\n"
                             "6,B,TRUE,10.0\n"
                             "7,B,false,5\n"
                             "8,C,0,0\n";

FileEvaluationOptions smallOptions()
{
    FileEvaluationOptions o;
    o.groupColumn = QStringLiteral("arm");
    o.controlValue = QStringLiteral("ctrl");
    o.responseColumns = {QStringLiteral("resp")};
    o.amountColumns = {QStringLiteral("spend")};
    o.bootstrapResamples = 500;
    o.seed = 5;
    return o;
}

} // namespace

// Runs the file evaluator on hand-made files and on the Hillstrom data set.
class TestFileEvaluator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    // The message of the cwb::Error thrown by evaluating content with options.
    QString errorOf(const QByteArray &content, const FileEvaluationOptions &options)
    {
        const QString path = write(QStringLiteral("bad.csv"), content);
        try {
            FileEvaluator(options).evaluateFile(path);
        } catch (const Error &error) {
            return error.message();
        }
        return QStringLiteral("(no error)");
    }

private slots:
    void parsing()
    {
        QCOMPARE(FileEvaluator::parseBinary("1"), std::optional<bool>(true));
        QCOMPARE(FileEvaluator::parseBinary(" Yes "), std::optional<bool>(true));
        QCOMPARE(FileEvaluator::parseBinary("TRUE"), std::optional<bool>(true));
        QCOMPARE(FileEvaluator::parseBinary("no"), std::optional<bool>(false));
        QCOMPARE(FileEvaluator::parseBinary("False"), std::optional<bool>(false));
        QCOMPARE(FileEvaluator::parseBinary("0"), std::optional<bool>(false));
        QVERIFY(!FileEvaluator::parseBinary("2"));
        QVERIFY(!FileEvaluator::parseBinary(""));
        QVERIFY(!FileEvaluator::parseBinary("y"));
        QVERIFY(!FileEvaluator::parseBinary("1.0"));
        QCOMPARE(*FileEvaluator::parseAmount("12.5"), 12.5);
        QCOMPARE(*FileEvaluator::parseAmount(" -3 "), -3.0);
        QCOMPARE(*FileEvaluator::parseAmount("+1e3"), 1000.0);
        QVERIFY(!FileEvaluator::parseAmount(""));
        QVERIFY(!FileEvaluator::parseAmount("1,000"));
        QVERIFY(!FileEvaluator::parseAmount("abc"));
        QVERIFY(!FileEvaluator::parseAmount("inf"));
    }

    void smallFile()
    {
        const QString path = write(QStringLiteral("small.csv"), smallCsv);
        const FileEvaluation e = FileEvaluator(smallOptions()).evaluateFile(path);
        QCOMPARE(e.rows, 8); // the blank line is skipped
        QCOMPARE(e.controlRows, 4);
        QCOMPARE(e.groups.size(), std::size_t(2));
        QCOMPARE(e.groups[0].group, QStringLiteral("B"));
        QCOMPARE(e.groups[1].group, QStringLiteral("C"));

        // B vs ctrl: 2/3 vs 2/4; uplift 1/6, relative (1/6)/(1/2) = 1/3;
        // pooled 4/7, se = sqrt(4/7 * 3/7 * (1/3 + 1/4)) = sqrt(1/7) = 0.377964,
        // z = (1/6)/0.377964 = 0.440959, p = erfc(0.440959/sqrt2) = 0.659243
        const stats::ProportionComparison &b = e.groups[0].responses[0].comparison;
        QCOMPARE(b.targetN, 3);
        QCOMPARE(b.targetSuccesses, 2);
        QCOMPARE(b.controlN, 4);
        QCOMPARE(b.controlSuccesses, 2);
        CHECK_NEAR(*b.upliftAbs, 1.0 / 6.0, 1e-15);
        CHECK_NEAR(*b.upliftRel, 1.0 / 3.0, 1e-15);
        CHECK_NEAR(b.z, 0.4409585518440984, 1e-12);
        CHECK_NEAR(b.pValue, 0.6592430036926307, 1e-12);
        // Newcombe from Wilson 2/3 and 2/4 (python3 check): [-0.410534, 0.609804]
        CHECK_NEAR(b.ci.low, -0.41053364139570414, 1e-12);
        CHECK_NEAR(b.ci.high, 0.6098037218501158, 1e-12);

        // spend B {30, 10, 5}: mean 15, s^2 = (225 + 25 + 100)/2 = 175; ctrl {0, 10, 0, 20}:
        // mean 7.5, s^2 = (56.25 + 6.25 + 56.25 + 156.25)/3 = 91.666667. a = 175/3 = 58.333333,
        // b = 91.666667/4 = 22.916667, se = sqrt(81.25) = 9.013878, t = 7.5/9.013878 = 0.832050,
        // df = 81.25^2/(58.333333^2/2 + 22.916667^2/3) = 6601.5625/1876.4468 = 3.518119,
        // p = 0.458108 (t density integrated numerically)
        const AmountEvaluation &s = e.groups[0].amounts[0];
        CHECK_NEAR(*s.welch.targetMean, 15.0, 1e-12);
        CHECK_NEAR(*s.welch.controlMean, 7.5, 1e-12);
        CHECK_NEAR(*s.welch.diff, 7.5, 1e-12);
        CHECK_NEAR(*s.welch.t, 0.8320502943378437, 1e-12);
        CHECK_NEAR(*s.welch.df, 3.518118735543562, 1e-9);
        CHECK_NEAR(*s.welch.pValue, 0.4581084288019319, 1e-8);
        // bootstrap of 3 vs 4 values: the difference of resampled means lies between
        // min(B) - max(ctrl) = 5 - 20 = -15 and max(B) - min(ctrl) = 30 - 0 = 30
        QVERIFY(s.bootstrap);
        QVERIFY(s.bootstrap->low >= -15.0 && s.bootstrap->low < 7.5);
        QVERIFY(s.bootstrap->high > 7.5 && s.bootstrap->high <= 30.0);
        const FileEvaluation again = FileEvaluator(smallOptions()).evaluateFile(path);
        QCOMPARE(again.groups[0].amounts[0].bootstrap->low, s.bootstrap->low);
        QCOMPARE(again.groups[0].amounts[0].bootstrap->high, s.bootstrap->high);

        // C vs ctrl: 0/1 vs 2/4; pooled 2/5, se = sqrt(0.4 * 0.6 * (1 + 1/4)) = sqrt(0.3),
        // z = -0.5/0.547723 = -0.912871, p = 0.361310; one row: Welch undefined, diff -7.5
        const GroupEvaluation &c = e.groups[1];
        QCOMPARE(c.rows, 1);
        CHECK_NEAR(c.responses[0].comparison.z, -0.9128709291752769, 1e-12);
        CHECK_NEAR(c.responses[0].comparison.pValue, 0.36131042852617884, 1e-12);
        CHECK_NEAR(*c.amounts[0].welch.diff, -7.5, 1e-12);
        QVERIFY(!c.amounts[0].welch.pValue);

        // Two target groups against one control: Holm over B and C per column. resp: sorted
        // 0.361310 x 2 = 0.722621, then 0.659243 x 1, raised to 0.722621. spend: only B has a
        // test (C's Welch is undefined), so its p stays 0.458108 and C has none.
        CHECK_NEAR(*e.groups[0].responses[0].pValueHolm, 2.0 * 0.36131042852617884, 1e-12);
        CHECK_NEAR(*e.groups[1].responses[0].pValueHolm, 2.0 * 0.36131042852617884, 1e-12);
        CHECK_NEAR(*s.pValueHolm, 0.4581084288019319, 1e-8);
        QVERIFY(!c.amounts[0].pValueHolm);
    }

    void errors()
    {
        FileEvaluationOptions o = smallOptions();
        o.responseColumns = {QStringLiteral("respons")};
        QString message = errorOf(smallCsv, o);
        QVERIFY2(message.contains(QStringLiteral("no column named \"respons\"")) &&
                     message.contains(QStringLiteral("id, arm, resp, spend")),
                 qPrintable(message));

        message = errorOf("id,arm,resp,spend\n1,ctrl,0,1\n2,B,2,1\n", smallOptions());
        QVERIFY2(message.contains(QStringLiteral("bad.csv line 3")) &&
                     message.contains(QStringLiteral("\"resp\"")) &&
                     message.contains(QStringLiteral("\"2\"")) &&
                     message.contains(QStringLiteral("not a binary")),
                 qPrintable(message));

        message = errorOf("id,arm,resp,spend\n1,ctrl,0,1\n2,B,1,n/a\n", smallOptions());
        QVERIFY2(message.contains(QStringLiteral("line 3")) &&
                     message.contains(QStringLiteral("\"spend\"")) &&
                     message.contains(QStringLiteral("\"n/a\" is not a number")),
                 qPrintable(message));

        message = errorOf("id,arm,resp,spend\n1,A,0,1\n2,B,1,1\n", smallOptions());
        QVERIFY2(message.contains(QStringLiteral("no control rows")) &&
                     message.contains(QStringLiteral("\"A\", \"B\"")),
                 qPrintable(message));

        message = errorOf("id,arm,resp,spend\n1,ctrl,0\n", smallOptions());
        QVERIFY2(message.contains(QStringLiteral("line 2")) &&
                     message.contains(QStringLiteral("3 fields")),
                 qPrintable(message));

        message = errorOf("", smallOptions());
        QVERIFY2(message.contains(QStringLiteral("empty")), qPrintable(message));
    }

    void hillstrom()
    {
        const QByteArray shared = qgetenv("CWB_SHARED_DATA");
        if (shared.isEmpty())
            QSKIP("CWB_SHARED_DATA is not set: cannot find hillstrom_email_campaign.csv");
        const QString path =
            QString::fromLocal8Bit(shared) + QStringLiteral("/hillstrom_email_campaign.csv");
        QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" does not exist")));

        FileEvaluationOptions o;
        o.groupColumn = QStringLiteral("segment");
        o.controlValue = QStringLiteral("No E-Mail");
        o.responseColumns = {QStringLiteral("visit"), QStringLiteral("conversion")};
        o.amountColumns = {QStringLiteral("spend")};
        o.bootstrapResamples = 2000;
        o.seed = 1;
        const FileEvaluation e = FileEvaluator(o).evaluateFile(path);

        // Counts computed independently from the file:
        //   awk -F, 'NR>1{k=$(NF-3); n[k]++; v[k]+=$(NF-2); c[k]+=$(NF-1); s[k]+=$NF}
        //            END{for(k in n) print k, n[k], v[k], c[k], s[k]}'
        //   (fields counted from the end because history_segment holds quoted commas), and the
        //   same with python3 csv.DictReader:
        //   No E-Mail     n 21306, visit 2262, conversion 122, spend sum 13908.33
        //   Mens E-Mail   n 21307, visit 3894, conversion 267, spend sum 30311.69
        //   Womens E-Mail n 21387, visit 3238, conversion 189, spend sum 23038.11
        QCOMPARE(e.rows, 64000);
        QCOMPARE(e.controlRows, 21306);
        QCOMPARE(e.groups.size(), std::size_t(2));
        const GroupEvaluation &mens = e.groups[0];
        const GroupEvaluation &womens = e.groups[1];
        QCOMPARE(mens.group, QStringLiteral("Mens E-Mail"));
        QCOMPARE(womens.group, QStringLiteral("Womens E-Mail"));
        QCOMPARE(mens.rows, 21307);
        QCOMPARE(womens.rows, 21387);

        const stats::ProportionComparison &mv = mens.responses[0].comparison;
        const stats::ProportionComparison &mc = mens.responses[1].comparison;
        const stats::ProportionComparison &wv = womens.responses[0].comparison;
        const stats::ProportionComparison &wc = womens.responses[1].comparison;
        QCOMPARE(mv.targetSuccesses, 3894);
        QCOMPARE(mv.controlSuccesses, 2262);
        QCOMPARE(mc.targetSuccesses, 267);
        QCOMPARE(mc.controlSuccesses, 122);
        QCOMPARE(wv.targetSuccesses, 3238);
        QCOMPARE(wv.controlSuccesses, 2262);
        QCOMPARE(wc.targetSuccesses, 189);
        QCOMPARE(wc.controlSuccesses, 122);
        QCOMPARE(mv.controlN, 21306);
        QCOMPARE(wc.targetN, 21387);

        // By hand (python3 math) from the counts; z = (p1 - p2) / sqrt(q (1 - q)(1/n1 + 1/n2))
        // with q the pooled rate, p = erfc(|z|/sqrt 2):
        // Mens visit: 3894/21307 = 0.182756840 vs 2262/21306 = 0.106167277, uplift 0.076589564,
        //   relative 0.721404617, q = 6156/42613 = 0.144462957, z = 22.486040827,
        //   p = 5.685165e-112, Newcombe [0.069953308, 0.083226741]
        CHECK_NEAR(*mv.targetRate, 0.182756840, 1e-9);
        CHECK_NEAR(*mv.controlRate, 0.106167277, 1e-9);
        CHECK_NEAR(*mv.upliftAbs, 0.076589564, 1e-9);
        CHECK_NEAR(*mv.upliftRel, 0.721404617, 1e-9);
        CHECK_NEAR(mv.z, 22.486040827, 1e-8);
        CHECK_NEAR(mv.pValue / 5.685165e-112, 1.0, 1e-5);
        CHECK_NEAR(mv.ci.low, 0.069953308, 1e-9);
        CHECK_NEAR(mv.ci.high, 0.083226741, 1e-9);
        // Mens conversion: 267/21307 = 0.012531093 vs 122/21306 = 0.005726087, uplift
        //   0.006805007, relative 1.188421876, q = 389/42613, z = 7.385114411, p = 1.523224e-13,
        //   Newcombe [0.005014345, 0.008640723]
        CHECK_NEAR(*mc.upliftAbs, 0.006805007, 1e-9);
        CHECK_NEAR(*mc.upliftRel, 1.188421876, 1e-9);
        CHECK_NEAR(mc.z, 7.385114411, 1e-8);
        CHECK_NEAR(mc.pValue / 1.523224e-13, 1.0, 1e-5);
        CHECK_NEAR(mc.ci.low, 0.005014345, 1e-9);
        CHECK_NEAR(mc.ci.high, 0.008640723, 1e-9);
        // Womens visit: 3238/21387 = 0.151400383, uplift 0.045233107, relative 0.426055070,
        //   z = 13.949180655, p = 3.182403e-44, Newcombe [0.038894095, 0.051574343]
        CHECK_NEAR(*wv.targetRate, 0.151400383, 1e-9);
        CHECK_NEAR(*wv.upliftAbs, 0.045233107, 1e-9);
        CHECK_NEAR(*wv.upliftRel, 0.426055070, 1e-9);
        CHECK_NEAR(wv.z, 13.949180655, 1e-8);
        CHECK_NEAR(wv.pValue / 3.182403e-44, 1.0, 1e-5);
        CHECK_NEAR(wv.ci.low, 0.038894095, 1e-9);
        CHECK_NEAR(wv.ci.high, 0.051574343, 1e-9);
        // Womens conversion: 189/21387 = 0.008837144, uplift 0.003111058, relative 0.543313044,
        //   z = 3.779560958, p = 1.571051e-4, Newcombe [0.001501657, 0.004745471]
        CHECK_NEAR(*wc.upliftAbs, 0.003111058, 1e-9);
        CHECK_NEAR(*wc.upliftRel, 0.543313044, 1e-9);
        CHECK_NEAR(wc.z, 3.779560958, 1e-8);
        CHECK_NEAR(wc.pValue, 1.571051e-4, 1e-9);
        CHECK_NEAR(wc.ci.low, 0.001501657, 1e-9);
        CHECK_NEAR(wc.ci.high, 0.004745471, 1e-9);

        // spend, python3 statistics.variance over the values read with csv.DictReader:
        // Mens: mean 30311.69/21307 = 1.422616511, control 13908.33/21306 = 0.652789355,
        //   s1^2 = 315.211799, s2^2 = 134.286372, diff 0.769827156, se = 0.145246560,
        //   t = 5.300140358, df = 36671.157977, p = 1.163815e-7 (2 x the t density integrated
        //   from t to 80 with Simpson's rule; the normal approximation would give 1.157e-7)
        // Womens: mean 1.077201571, s1^2 = 228.496675, diff 0.424412216, se = 0.130332859,
        //   t = 3.256371576, df = 40064.884407, p = 1.129397e-3
        const stats::MeanComparison &ms = mens.amounts[0].welch;
        const stats::MeanComparison &ws = womens.amounts[0].welch;
        CHECK_NEAR(*ms.targetMean, 1.422616511, 1e-9);
        CHECK_NEAR(*ms.controlMean, 0.652789355, 1e-9);
        CHECK_NEAR(*ms.diff, 0.769827156, 1e-9);
        CHECK_NEAR(*ms.se, 0.145246560, 1e-9);
        CHECK_NEAR(*ms.t, 5.300140358, 1e-8);
        CHECK_NEAR(*ms.df, 36671.157977, 1e-5);
        CHECK_NEAR(*ms.pValue / 1.1638149708938734e-07, 1.0, 1e-5);
        CHECK_NEAR(*ws.diff, 0.424412216, 1e-9);
        CHECK_NEAR(*ws.t, 3.256371576, 1e-8);
        CHECK_NEAR(*ws.df, 40064.884407, 1e-5);
        CHECK_NEAR(*ws.pValue, 1.129397e-3, 1e-8);

        // The bootstrap interval brackets the difference and, with ~21,000 customers a group,
        // lies near the t interval diff -+ 1.96 se (Mens 0.7698 -+ 0.2847 = [0.485, 1.055]);
        // spend is very skewed (most customers spend 0), so allow 0.06 for skew and the Monte
        // Carlo error of 2,000 resamples.
        const std::optional<stats::BootstrapInterval> mb = mens.amounts[0].bootstrap;
        QVERIFY(mb);
        QVERIFY(mb->low < *ms.diff && *ms.diff < mb->high);
        CHECK_NEAR(mb->low, ms.ci->low, 0.06);
        CHECK_NEAR(mb->high, ms.ci->high, 0.06);
        // 2,000 resamples pin a 2.5% quantile of a distribution with sd ~0.145 to about
        // sqrt(0.025 x 0.975 / 2000) x 0.145 / phi(1.96) = 0.0087: three decimals, not four.
        QVERIFY2(mb->seLow > 0.004 && mb->seLow < 0.02, qPrintable(QString::number(mb->seLow)));
        QVERIFY2(mb->seHigh > 0.004 && mb->seHigh < 0.02, qPrintable(QString::number(mb->seHigh)));
        QCOMPARE(mb->decimals, 3);
        QCOMPARE(mb->resamples, 2000);
        // Holm over the two e-mails: the smaller p doubled, the larger kept (and never below).
        CHECK_NEAR(*mens.responses[0].pValueHolm / (2.0 * 5.685165e-112), 1.0, 1e-5);
        CHECK_NEAR(*womens.responses[0].pValueHolm / 3.182403e-44, 1.0, 1e-5);
        CHECK_NEAR(*mens.responses[1].pValueHolm / (2.0 * 1.523224e-13), 1.0, 1e-5);
        CHECK_NEAR(*womens.responses[1].pValueHolm, 1.571051e-4, 1e-9);
        CHECK_NEAR(*mens.amounts[0].pValueHolm / (2.0 * 1.1638149708938734e-07), 1.0, 1e-5);
        CHECK_NEAR(*womens.amounts[0].pValueHolm, 1.129397e-3, 1e-8);

        // Cancel: the evaluator checks the job every 4,096 rows and stops with Cancelled.
        JobControl job;
        qint64 reportedRows = 0;
        job.onProgress = [&](const Progress &progress) { reportedRows = progress.items; };
        job.intervalMs = 0;
        job.requestCancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, FileEvaluator(o).evaluateFile(path, &job));
        // Progress without cancel: the last report is forced and counts every row.
        JobControl watched;
        watched.onProgress = [&](const Progress &progress) { reportedRows = progress.items; };
        o.bootstrapResamples = 0;
        FileEvaluator(o).evaluateFile(path, &watched);
        QCOMPARE(reportedRows, 64000);
    }

    void commandLine()
    {
        const QString exe = QString::fromLocal8Bit(qgetenv("CWB_EXE"));
        if (exe.isEmpty())
            QSKIP("CWB_EXE is not set: cannot run cwb evaluate-file");
        QVERIFY2(QFile::exists(exe), qPrintable(exe + QStringLiteral(" does not exist")));
        const QString path = write(QStringLiteral("cli.csv"), smallCsv);
        QProcess cwb;
        cwb.start(exe,
                  {QStringLiteral("evaluate-file"), path, QStringLiteral("--group-column"),
                   QStringLiteral("arm"), QStringLiteral("--control"), QStringLiteral("ctrl"),
                   QStringLiteral("--response"), QStringLiteral("resp"), QStringLiteral("--amount"),
                   QStringLiteral("spend"), QStringLiteral("--json"), QStringLiteral("--bootstrap"),
                   QStringLiteral("200")});
        QVERIFY(cwb.waitForFinished(60000));
        QCOMPARE(cwb.exitCode(), 0);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(cwb.readAllStandardOutput(), &parseError);
        QVERIFY2(!doc.isNull(), qPrintable(parseError.errorString()));
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("control_rows")).toInteger(), 4);
        const QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 2);
        const QJsonObject b = groups[0].toObject();
        QCOMPARE(b.value(QStringLiteral("group")).toString(), QStringLiteral("B"));
        const QJsonObject resp = b.value(QStringLiteral("responses")).toArray()[0].toObject();
        // the same hand figures as in smallFile(): 2/3 vs 2/4, z = 0.440959, p = 0.659243
        QCOMPARE(resp.value(QStringLiteral("target")).toObject().value(QStringLiteral("n")).toInt(),
                 3);
        QCOMPARE(resp.value(QStringLiteral("control"))
                     .toObject()
                     .value(QStringLiteral("successes"))
                     .toInt(),
                 2);
        CHECK_NEAR(resp.value(QStringLiteral("uplift_abs")).toDouble(), 1.0 / 6.0, 1e-12);
        CHECK_NEAR(resp.value(QStringLiteral("z")).toDouble(), 0.4409585518440984, 1e-12);
        CHECK_NEAR(resp.value(QStringLiteral("p_value")).toDouble(), 0.6592430036926307, 1e-12);
        CHECK_NEAR(resp.value(QStringLiteral("p_value_holm")).toDouble(), 2.0 * 0.36131042852617884,
                   1e-12);
        // 2/3 vs 2/4: relative uplift 1/3; ln(4/3) -+ 1.959964 sqrt(1/2 - 1/3 + 1/2 - 1/4)
        // back-transformed less 1: [-0.623738, 3.724839].
        CHECK_NEAR(resp.value(QStringLiteral("uplift_rel_ci_low")).toDouble(), -0.6237378757, 1e-9);
        CHECK_NEAR(resp.value(QStringLiteral("uplift_rel_ci_high")).toDouble(), 3.7248385183, 1e-9);
        const QJsonObject spend = b.value(QStringLiteral("amounts")).toArray()[0].toObject();
        CHECK_NEAR(spend.value(QStringLiteral("diff")).toDouble(), 7.5, 1e-12);
        CHECK_NEAR(spend.value(QStringLiteral("t")).toDouble(), 0.8320502943378437, 1e-12);
        // group C has one row: its Welch statistics are null, not a made-up number
        const QJsonObject cSpend =
            groups[1].toObject().value(QStringLiteral("amounts")).toArray()[0].toObject();
        QVERIFY(cSpend.value(QStringLiteral("t")).isNull());

        // A usage error: unknown column -> exit code 1 and the column list on stderr.
        QProcess bad;
        bad.start(exe, {QStringLiteral("evaluate-file"), path, QStringLiteral("--group-column"),
                        QStringLiteral("nope"), QStringLiteral("--control"), QStringLiteral("ctrl"),
                        QStringLiteral("--response"), QStringLiteral("resp")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(QString::fromUtf8(bad.readAllStandardError())
                    .contains(QStringLiteral("id, arm, resp, spend")));
    }
};

QTEST_GUILESS_MAIN(TestFileEvaluator)
#include "tst_fileevaluator.moc"
