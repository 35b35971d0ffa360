// SPDX-License-Identifier: GPL-3.0-or-later
// Call scripts: merge fields, the script file format and its errors, the built-in templates, the
// PDF of script and call sheets (its text read back with pdftotext), and `cwb export calllist` /
// `cwb print script` end to end.
#include "common/testsupport.h"
#include "core/error.h"
#include "export/callscript.h"
#include "export/exporthistory.h"
#include "export/tenfixture.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace cwb;
using namespace cwb::exporting;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    process.waitForFinished(60000);
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split('\n'))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

} // namespace

class TestCallScript : public QObject
{
    Q_OBJECT

private slots:
    void mergeFieldsReplaceOrMark()
    {
        const QHash<QString, QString> values{
            {QStringLiteral("customer_name"), QStringLiteral("张三")},
            {QStringLiteral("savings"), QStringLiteral("23.5")}};
        QCOMPARE(mergeFields(QStringLiteral("您好{customer_name}，每月省{ savings }元{{注}}"),
                             values, Language::Chinese, QStringLiteral("t")),
                 QStringLiteral("您好张三，每月省23.5元{注}"));
        // A known field without a value prints as its placeholder.
        QCOMPARE(mergeFields(QStringLiteral("{package} at {price}"), values, Language::English,
                             QStringLiteral("t")),
                 QStringLiteral("[recommended package] at [package price]"));
        QCOMPARE(
            mergeFields(QStringLiteral("{package}"), {}, Language::Chinese, QStringLiteral("t")),
            QStringLiteral("【推荐套餐】"));
        try {
            mergeFields(QStringLiteral("{custmer_name}"), {}, Language::Chinese,
                        QStringLiteral("s.txt:4"));
            QFAIL("an unknown field was accepted");
        } catch (const Error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("s.txt:4: unknown merge "
                                                                         "field {custmer_name}")),
                     e.what());
        }
        QVERIFY_THROWS_EXCEPTION(Error, mergeFields(QStringLiteral("{features"), {},
                                                    Language::Chinese, QStringLiteral("t")));
        QVERIFY_THROWS_EXCEPTION(Error, mergeFields(QStringLiteral("a } b"), {}, Language::Chinese,
                                                    QStringLiteral("t")));
    }

    void scriptFormat()
    {
        const QString text = QStringLiteral("# 提速\n"
                                            "## 开场白\n您好{customer_name}\n\n"
                                            "## selling_points\n{features}\n"
                                            "## offer\n{package}\n"
                                            "## 异议处理\n问：太贵\n答：省{savings}元\n"
                                            "Q: busy\nA: call later\nwhen?\n"
                                            "## close\n再见\n");
        const CallScript s = parseCallScript(text, QStringLiteral("s.txt"));
        QCOMPARE(s.title, QStringLiteral("提速"));
        QCOMPARE(s.opening, QStringLiteral("您好{customer_name}"));
        QCOMPARE(s.sellingPoints, QStringLiteral("{features}"));
        QCOMPARE(s.offer, QStringLiteral("{package}"));
        QCOMPARE(s.objections.size(), 2);
        QCOMPARE(s.objections.at(0).question, QStringLiteral("太贵"));
        QCOMPARE(s.objections.at(0).answer, QStringLiteral("省{savings}元"));
        QCOMPARE(s.objections.at(1).answer, QStringLiteral("call later\nwhen?"));
        QCOMPARE(s.close, QStringLiteral("再见"));

        auto errorOf = [](const QString &bad) {
            try {
                parseCallScript(bad, QStringLiteral("s.txt"));
            } catch (const Error &e) {
                return QString::fromUtf8(e.what());
            }
            return QStringLiteral("<accepted>");
        };
        QVERIFY(errorOf(QStringLiteral("## opening\nhi\n## greeting\n"))
                    .startsWith(QStringLiteral("s.txt:3: unknown section 'greeting'")));
        QVERIFY(errorOf(QStringLiteral("## opening\nhi {nmae}\n"))
                    .startsWith(QStringLiteral("s.txt:2: unknown merge field {nmae}")));
        QVERIFY(errorOf(QStringLiteral("## objections\nQ: why\n## close\nbye\n"))
                    .startsWith(QStringLiteral("s.txt:2: the question has no answer")));
        QVERIFY(errorOf(QStringLiteral("hello\n## opening\nhi\n"))
                    .startsWith(QStringLiteral("s.txt:1: text before the first section")));
        QVERIFY(errorOf(QStringLiteral("# only a title\n"))
                    .startsWith(QStringLiteral("s.txt: the script has no sections")));
    }

    void markdownSections()
    {
        // Section bodies are Markdown: kept as written, lists and emphasis included.
        const QString text = QStringLiteral("# Offer\n## opening\nHello **{customer_name}**,\n\n"
                                            "- one *{features}*\n- two\n\n1. first\n"
                                            "## close\nbye\n");
        const CallScript s = parseCallScript(text, QStringLiteral("m.txt"));
        QCOMPARE(s.opening, QStringLiteral("Hello **{customer_name}**,\n\n- one *{features}*\n- "
                                           "two\n\n1. first"));
        auto errorOf = [](const QString &bad) {
            try {
                parseCallScript(bad, QStringLiteral("m.txt"));
            } catch (const Error &e) {
                return QString::fromUtf8(e.what());
            }
            return QStringLiteral("<accepted>");
        };
        // A heading inside a section is refused with its line: "### ", a bare "#", and a
        // line of '=' or '-' under text (a setext heading).
        QVERIFY(errorOf(QStringLiteral("## opening\nhi\n### sub\n"))
                    .startsWith(QStringLiteral("m.txt:3: a heading inside a section")));
        QVERIFY(errorOf(QStringLiteral("## close\n#\n"))
                    .startsWith(QStringLiteral("m.txt:2: a heading inside a section")));
        QVERIFY(errorOf(QStringLiteral("## offer\nBig offer\n===\n"))
                    .startsWith(QStringLiteral("m.txt:3: a heading inside a section")));
        QVERIFY(errorOf(QStringLiteral("## offer\nBig offer\n---\n"))
                    .startsWith(QStringLiteral("m.txt:3: a heading inside a section")));
        // ... but a list item before the dashes, or a blank line, makes no heading.
        QCOMPARE(errorOf(QStringLiteral("## offer\n- item\n\n---\n")),
                 QStringLiteral("<accepted>"));

        // The HTML the printout uses: bold as weight 700, lists as list items, no markers.
        const QString html =
            scriptMarkdownToHtml(QStringLiteral("Say **yes** and *no*\n\n- a\n- b\n\n1. c"));
        QVERIFY2(html.contains(QStringLiteral("font-weight:700;\">yes</span>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("font-style:italic;\">no</span>")));
        QCOMPARE(html.count(QStringLiteral("<li")), 3);
        QCOMPARE(html.count(QStringLiteral("<ul")), 1);
        QCOMPARE(html.count(QStringLiteral("<ol")), 1);
        QVERIFY(!html.contains(QStringLiteral("**")));

        // checkCallScript names the section and its line.
        CallScript edited = s;
        edited.offer = QStringLiteral("first\nsecond {pakage}");
        try {
            checkCallScript(edited);
            QFAIL("accepted an unknown field");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("offer, line 2: unknown merge field "
                                                           "{pakage}")),
                     qPrintable(e.message()));
        }
        edited.offer = QStringLiteral("## sub");
        try {
            checkCallScript(edited);
            QFAIL("accepted a heading");
        } catch (const Error &e) {
            QVERIFY(e.message().startsWith(QStringLiteral("offer, line 1: a heading")));
        }
    }

    void sectionMarkdownOfADocument()
    {
        // A long bold run stays on one line (no wrapping inside **...**), fields stay as they
        // are, syntax characters of the text are escaped, lists are numbered.
        const QString source =
            QStringLiteral("We picked a plan that **fits you better than the one you have, "
                           "with all the minutes you use each month**: {customer_name}\n\n"
                           "- calls: 5 \\* 3 minutes\n- snake_case and a_b\n\n"
                           "1. first\n2. *second*\n\n\\# not a heading\n\n\\- not a "
                           "list\n\n1990\\. a year");
        QTextDocument document;
        document.setMarkdown(source);
        QCOMPARE(sectionMarkdown(document), source);
        // Read back: the same text and formatting.
        QTextDocument back;
        back.setMarkdown(sectionMarkdown(document));
        QCOMPARE(back.toPlainText(), document.toPlainText());
        QCOMPARE(sectionMarkdown(back), source);
        // Spaces at the edges of a bold run go outside the markers.
        QTextDocument edges;
        QTextCursor cursor(&edges);
        cursor.insertText(QStringLiteral("say"));
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.insertText(QStringLiteral(" yes "), bold);
        cursor.insertText(QStringLiteral("now"), QTextCharFormat());
        QCOMPARE(sectionMarkdown(edges), QStringLiteral("say **yes** now"));
    }

    void saveRoundTrip()
    {
        QTemporaryDir dir;
        // The built-in templates and a script with every kind of formatting read back equal.
        CallScript custom;
        custom.title = QStringLiteral("{campaign}: test");
        custom.opening = QStringLiteral("Hello **{customer_name}**, *really*.\n\nSecond.");
        custom.sellingPoints = QStringLiteral("- one\n- two {features}\n\n1. first\n2. second");
        custom.offer = QStringLiteral("{package} at {price}");
        custom.objections = {
            {QStringLiteral("Too **dear**?"), QStringLiteral("Save {savings}\nmore")},
            {QStringLiteral("Busy"), QStringLiteral("Later")}};
        custom.close = QStringLiteral("Bye {{braces}}");
        const QList<CallScript> scripts{defaultCallScript(Language::Chinese),
                                        defaultCallScript(Language::English), custom};
        for (const CallScript &script : scripts) {
            const QString path = dir.filePath(QStringLiteral("s.txt"));
            saveCallScript(script, path);
            const CallScript back = loadCallScript(path);
            QCOMPARE(back.title, script.title);
            QCOMPARE(back.opening, script.opening);
            QCOMPARE(back.sellingPoints, script.sellingPoints);
            QCOMPARE(back.offer, script.offer);
            QCOMPARE(back.close, script.close);
            QCOMPARE(back.objections.size(), script.objections.size());
            for (qsizetype i = 0; i < back.objections.size(); ++i) {
                QCOMPARE(back.objections.at(i).question, script.objections.at(i).question);
                QCOMPARE(back.objections.at(i).answer, script.objections.at(i).answer);
            }
            QCOMPARE(formatCallScript(back), formatCallScript(script));
        }
        // Chinese titles get Chinese section names and 问：/答： lines.
        const QString zh = formatCallScript(defaultCallScript(Language::Chinese));
        QVERIFY(zh.contains(QStringLiteral("\n## 开场白\n")));
        QVERIFY(zh.contains(QStringLiteral("\n问：")));
        QVERIFY(formatCallScript(custom).contains(QStringLiteral("\n## selling_points\n- one\n")));

        // What cannot be written is refused and writes nothing.
        CallScript bad = custom;
        bad.objections[0].answer = QStringLiteral("fine\nQ: sneaky");
        const QString badPath = dir.filePath(QStringLiteral("bad.txt"));
        try {
            saveCallScript(bad, badPath);
            QFAIL("wrote an objection that reads back as two");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("objection 1: a line of it starts")),
                     qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(badPath));
        bad = custom;
        bad.close = QStringLiteral("# not a title");
        QVERIFY_THROWS_EXCEPTION(Error, saveCallScript(bad, badPath));
        QVERIFY(!QFile::exists(badPath));
    }

    void recordedContactsOfAWave()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        test::splitCampaign(*workspace);
        const QString name = QStringLiteral("宽带提速");
        QCOMPARE(recordedContacts(*workspace, name, 1).contacts, qint64(0));
        QCOMPARE(recordedContacts(*workspace, name, 1).lastDate, QString());
        CallListOptions options;
        options.wave = 1;
        options.agents = 2;
        exportCallLists(*workspace, name, options, FileFormat::Csv, CsvEncoding::Utf8Bom,
                        dir.filePath(QStringLiteral("a")));
        // 10 customers, 2 held out: 8 targets recorded (the 2 controls are not contacts).
        RecordedContacts r = recordedContacts(*workspace, name, 1);
        QCOMPARE(r.contacts, qint64(8));
        QCOMPARE(r.customers, qint64(8));
        QCOMPARE(r.lists, 1);
        QCOMPARE(r.lastDate, QStringLiteral("2026-12-01")); // recorded on the wave's start
        QCOMPARE(recordedContacts(*workspace, name, -1).contacts, qint64(8)); // any wave
        QCOMPARE(recordedContacts(*workspace, name, 2).contacts, qint64(0));  // no wave 2
        QCOMPARE(recordedContacts(*workspace, QStringLiteral("other"), -1).contacts, qint64(0));
        exportCallLists(*workspace, name, options, FileFormat::Csv, CsvEncoding::Utf8Bom,
                        dir.filePath(QStringLiteral("b")));
        // Exported again: 8 + 8 = 16 rows, still the 8 customers, now 2 lists.
        r = recordedContacts(*workspace, name, 1);
        QCOMPARE(r.contacts, qint64(16));
        QCOMPARE(r.customers, qint64(8));
        QCOMPARE(r.lists, 2);
    }

    void builtInTemplates()
    {
        for (const Language l : {Language::Chinese, Language::English}) {
            const CallScript s = defaultCallScript(l);
            QVERIFY(s.opening.contains(QStringLiteral("{customer_name}")));
            QVERIFY(s.sellingPoints.contains(QStringLiteral("{features}")));
            QVERIFY(s.offer.contains(QStringLiteral("{package}")));
            QVERIFY(s.offer.contains(QStringLiteral("{price}")));
            QVERIFY(s.offer.contains(QStringLiteral("{savings}")));
            QCOMPARE(s.objections.size(), 3);
            QVERIFY(!s.close.isEmpty());
        }
    }

    void pdfHasScriptAndSheets()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        test::fillTen(*workspace);
        test::splitCampaign(*workspace);
        PrintOptions options;
        options.list.agents = 2;
        const QString pdf = dir.filePath(QStringLiteral("script.pdf"));
        const PrintResult result =
            printCallScript(*workspace, QStringLiteral("宽带提速"),
                            defaultCallScript(Language::Chinese), options, pdf);
        // One cell: the script once; 8 targets over 2 agents: 2 sheets, 8 customers.
        QCOMPARE(result.sheets, 2);
        QCOMPARE(result.customers, qint64(8));
        QVERIFY(result.scriptPages >= 1);
        QVERIFY(result.sheetPages >= 2);
        QCOMPARE(pdfPages(pdf), result.scriptPages + result.sheetPages);
        const QString text = pdfText(pdf);
        // The Chinese text is in the PDF as text (fonts embedded with their Unicode map).
        QVERIFY2(text.contains(QStringLiteral("宽带提速：外呼营销脚本")),
                 qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("【LD 200】")));   // the cell's offer merged
        QVERIFY(text.contains(QStringLiteral("【客户姓名】"))); // per customer: a placeholder
        QVERIFY(text.contains(QStringLiteral("外呼记录单")));
        QVERIFY(text.contains(QStringLiteral("免打扰")));
        // The Markdown formatting is rendered, its markers never printed.
        // (masked phones hold "****": look at the formatted phrases themselves)
        QVERIFY(!text.contains(QStringLiteral("**更合适的方案**")));
        QVERIFY(!text.contains(QStringLiteral("**为您推荐")));
        QVERIFY(text.contains(QStringLiteral("更合适的方案")));
        // Printed numbers are masked: c01's 13800001000 shows as 138****1000, never in full.
        QStringList targets;
        Statement s(workspace->db(), "SELECT c.contact1 FROM campaign_members m JOIN customers c "
                                     "USING(customer_id) WHERE m.role = 'target'");
        while (s.step())
            targets << s.text(0);
        QCOMPARE(targets.size(), 8);
        for (const QString &phone : targets) {
            QVERIFY(!text.contains(phone));
            QVERIFY2(text.contains(maskPhone(phone)), qPrintable(maskPhone(phone)));
        }
        // Printing records nothing.
        QCOMPARE(workspace->db().scalar("SELECT count(*) FROM contact_history").toLongLong(),
                 qint64(0));
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.cwb"));
        {
            auto workspace = Workspace::create(path);
            test::fillTen(*workspace);
            test::splitCampaign(*workspace);
        }
        const QString out = dir.filePath(QStringLiteral("lists"));
        test::CwbRun run = test::runCwb(
            {QStringLiteral("export"), QStringLiteral("calllist"), QStringLiteral("--campaign"),
             QStringLiteral("宽带提速"), QStringLiteral("--wave"), QStringLiteral("1"),
             QStringLiteral("--agents"), QStringLiteral("3"), QStringLiteral("--format"),
             QStringLiteral("xlsx"), QStringLiteral("--mask-phones"), QStringLiteral("--out"), out,
             QStringLiteral("--workspace"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("8 customers in 3 files, 10 contact history rows recorded"));
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.xlsx")}).size(), 3);

        run = test::runCwb({QStringLiteral("export"), QStringLiteral("calllist"),
                            QStringLiteral("--campaign"), QStringLiteral("宽带提速"),
                            QStringLiteral("--format"), QStringLiteral("pdf"),
                            QStringLiteral("--out"), out, QStringLiteral("--workspace"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("--format: expected csv or xlsx, got 'pdf'"),
                 run.err.constData());

        const QString pdf = dir.filePath(QStringLiteral("s.pdf"));
        run = test::runCwb({QStringLiteral("print"), QStringLiteral("script"),
                            QStringLiteral("--campaign"), QStringLiteral("宽带提速"),
                            QStringLiteral("--language"), QStringLiteral("en"),
                            QStringLiteral("--out"), pdf, QStringLiteral("--workspace"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));

        const QString bad = dir.filePath(QStringLiteral("bad.txt"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("## opening\nhello {nmae}\n");
        badFile.close();
        run = test::runCwb(
            {QStringLiteral("print"), QStringLiteral("script"), QStringLiteral("--campaign"),
             QStringLiteral("宽带提速"), QStringLiteral("--template"), bad, QStringLiteral("--out"),
             dir.filePath(QStringLiteral("t.pdf")), QStringLiteral("--workspace"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("bad.txt:2: unknown merge field {nmae}"), run.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("t.pdf"))));
    }
};

QTEST_MAIN(TestCallScript)
#include "tst_callscript.moc"
