// SPDX-License-Identifier: GPL-3.0-or-later
// `cwb report daily|weekly` end to end on the small campaign of outcomesfixture.h: the files
// are written in both formats (the xlsx read back: the figures of tst_report), the default date
// is the last day with outcomes, and bad input exits with a message naming the problem.
#include "common/testsupport.h"
#include "evaluate/outcomesfixture.h"
#include "import/xlsxreader.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void reports()
    {
        QTemporaryDir dir;
        const auto [ws, outcomes, followup] = test::writeOutcomesFixtureFiles(dir);
        test::CwbRun run =
            test::runCwb({QStringLiteral("outcomes"), QStringLiteral("import"), outcomes,
                          QStringLiteral("--campaign"), QStringLiteral("Upsell"),
                          QStringLiteral("--workspace"), ws});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = test::runCwb({QStringLiteral("followup"), QStringLiteral("import"), followup,
                            QStringLiteral("--workspace"), ws});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // Daily, default date = 2026-11-05 (the last attempt), as xlsx in English.
        const QString dayXlsx = dir.filePath(QStringLiteral("day.xlsx"));
        run = test::runCwb({QStringLiteral("report"), QStringLiteral("daily"),
                            QStringLiteral("--workspace"), ws, QStringLiteral("--campaign"),
                            QStringLiteral("Upsell"), QStringLiteral("--out"), dayXlsx,
                            QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("2026-11-05"), run.out.constData());
        {
            XlsxReader reader(dayXlsx, QStringLiteral("Summary"));
            Record record;
            bool found = false;
            while (reader.next(record)) {
                if (!record.fields.empty() && record.fields[0] == "Today") {
                    // 11-05: c05 called and connected once.
                    QCOMPARE(record.fields[1], std::string_view("1"));
                    QCOMPARE(record.fields[2], std::string_view("1"));
                    found = true;
                }
            }
            QVERIFY(found);
        }

        // Daily PDF in Chinese for a given date.
        const QString dayPdf = dir.filePath(QStringLiteral("day.pdf"));
        run = test::runCwb({QStringLiteral("report"), QStringLiteral("daily"),
                            QStringLiteral("--workspace"), ws, QStringLiteral("--campaign"),
                            QStringLiteral("Upsell"), QStringLiteral("--date"),
                            QStringLiteral("2026-11-03"), QStringLiteral("--out"), dayPdf});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("(2 pages)"), run.out.constData());
        QFile pdf(dayPdf);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));

        // Weekly with the conversion rule, both formats.
        for (const QString &name : {QStringLiteral("week.pdf"), QStringLiteral("week.xlsx")}) {
            run = test::runCwb({QStringLiteral("report"), QStringLiteral("weekly"),
                                QStringLiteral("--workspace"), ws, QStringLiteral("--campaign"),
                                QStringLiteral("Upsell"), QStringLiteral("--week-start"),
                                QStringLiteral("2026-11-02"), QStringLiteral("--conversion"),
                                QStringLiteral("package = \"LD 200\""), QStringLiteral("--out"),
                                dir.filePath(name), QStringLiteral("--language"),
                                QStringLiteral("en")});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY(QFile::exists(dir.filePath(name)));
        }
        QVERIFY(XlsxReader::sheetNames(dir.filePath(QStringLiteral("week.xlsx")))
                    .contains(QStringLiteral("Control")));

        // Errors name the problem and exit 1 (bad values) or 2 (usage).
        auto fails = [&](const QStringList &args, int code, const char *message) {
            const test::CwbRun r = test::runCwb(args);
            QCOMPARE(r.exitCode, code);
            QVERIFY2(r.err.contains(message), r.err.constData());
        };
        fails({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--workspace"), ws,
               QStringLiteral("--campaign"), QStringLiteral("Nope"), QStringLiteral("--out"),
               dayPdf},
              1, "Nope");
        fails({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--workspace"), ws,
               QStringLiteral("--campaign"), QStringLiteral("Upsell"), QStringLiteral("--out"),
               dir.filePath(QStringLiteral("day.csv"))},
              1, "must end in .pdf or .xlsx");
        fails({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--workspace"), ws,
               QStringLiteral("--campaign"), QStringLiteral("Upsell"), QStringLiteral("--date"),
               QStringLiteral("3/11/2026"), QStringLiteral("--out"), dayPdf},
              1, "expected a date YYYY-MM-DD");
        fails({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--workspace"),
               ws, QStringLiteral("--campaign"), QStringLiteral("Upsell"), QStringLiteral("--out"),
               dayPdf},
              1, "--week-start");
        fails({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--workspace"), ws,
               QStringLiteral("--campaign"), QStringLiteral("Upsell"), QStringLiteral("--out"),
               dir.filePath(QStringLiteral("no/such/dir/day.pdf"))},
              1, "cannot write");
        fails({QStringLiteral("report"), QStringLiteral("monthly")}, 2, "unknown report 'monthly'");
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
