// SPDX-License-Identifier: GPL-3.0-or-later
// The .xlsx reader against hostile archives: parts that inflate to gigabytes ("zip bombs"),
// directories that lie about sizes, counts that ask for huge reservations, giant cells and rows.
// Each must be refused with a message naming the file and the part, within bounded memory: the
// bombs are read in a child process whose address space is limited to 600 MB, which must end
// with the reader's clean error (never std::bad_alloc) and a peak resident size under 300 MB.
#include "xlsxpackage.h"

#include "core/error.h"
#include "import/xlsxreader.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <new>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cwb;
using namespace cwb::test;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

constexpr qint64 MiB = 1024 * 1024;

struct ChildRun
{
    int exitCode = -1;  // 0: cwb::Error, 1: read to the end, 3: bad_alloc, 4: other exception
    QString message;    // the cwb::Error's message
    long maxRssMb = -1; // the child's peak resident set
};

// Runs work in a child process limited to addressSpace bytes of memory (not under a sanitizer,
// whose shadow memory needs terabytes of address space).
ChildRun runLimited(const std::function<void()> &work, qint64 addressSpace = 600 * MiB)
{
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    const pid_t pid = fork();
    if (pid == 0) {
        ::close(fds[0]);
        if (!kSanitized) {
            const rlimit limit{rlim_t(addressSpace), rlim_t(addressSpace)};
            setrlimit(RLIMIT_AS, &limit);
        }
        int code = 4;
        QByteArray message;
        try {
            work();
            code = 1;
        } catch (const Error &e) {
            message = e.message().toUtf8();
            code = 0;
        } catch (const std::bad_alloc &) {
            code = 3;
        } catch (...) {
            code = 4;
        }
        qsizetype written = 0;
        while (written < message.size()) {
            const ssize_t n = ::write(fds[1], message.constData() + written,
                                      std::size_t(message.size() - written));
            if (n <= 0)
                break;
            written += n;
        }
        _exit(code);
    }
    ::close(fds[1]);
    QByteArray message;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        message.append(buffer, n);
    }
    ::close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    ChildRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.message = QString::fromUtf8(message);
    run.maxRssMb = usage.ru_maxrss / 1024;
    return run;
}

void readWorkbook(const QString &path, const xlsx::Limits &limits = {})
{
    XlsxReader reader(path, {}, limits);
    Record record;
    while (reader.next(record)) {
    }
}

QString errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

const QByteArray kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

// 1 MiB of shared strings: 1024 <si> entries of 1 KiB each.
QByteArray sharedStringBlock()
{
    const QByteArray si = "<si><t>" + QByteArray(1024 - 16, 'a') + "</t></si>";
    return si.repeated(1024);
}

// 1 MiB of rows, each one inline string.
QByteArray rowBlock()
{
    const QByteArray row =
        "<row><c t=\"inlineStr\"><is><t>" + QByteArray(1024 - 48, 'b') + "</t></is></c></row>";
    return row.repeated(1024);
}

QByteArray stringsHead(const QByteArray &uniqueCount = "1")
{
    return kXmlHead + "<sst xmlns=\"" + kMain + "\" uniqueCount=\"" + uniqueCount + "\">";
}

// The minimal package with one sheet referring to shared string 0.
QList<std::pair<QString, QByteArray>> stringsPackage()
{
    return package({{QStringLiteral("S"), sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v>"
                                                   "</c></row>")}},
                   kStyles, stringsHead() + "<si><t>x</t></si></sst>");
}

} // namespace

class TestXlsxLimits : public QObject
{
    Q_OBJECT

private slots:
    void sharedStringsBomb();
    void sharedStringsBombWithLyingDirectory();
    void uniqueCountIsOnlyAHint();
    void sheetCompressionRatio();
    void sheetBombWithLyingDirectory();
    void stylesPartTooLarge();
    void giantXmlText();
    void rowOfOneLongSharedString();
    void cellTooLong();
    void totalInflated();
    void zipsThatAreNotWorkbooks();

private:
    QString path(const char *name) const { return m_tmp.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_tmp;
};

void TestXlsxLimits::sharedStringsBomb()
{
    // 1 MB on disk, 1 GB of shared strings; the directory tells the truth.
    const QString file = path("strings-bomb.xlsx");
    writeRawZip(file,
                storedPackage(stringsPackage(),
                              bombMember(QStringLiteral("xl/sharedStrings.xml"), stringsHead(),
                                         sharedStringBlock(), 1000, "</sst>")));
    QVERIFY(QFileInfo(file).size() < 4 * MiB);
    const ChildRun run = runLimited([&] { readWorkbook(file); });
    QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("exit %1").arg(run.exitCode)));
    QVERIFY2(run.message.contains(QStringLiteral("strings-bomb.xlsx: xl/sharedStrings.xml expands "
                                                 "to 1,000 MB, more than the 192 MB")),
             qPrintable(run.message));
    QVERIFY2(run.maxRssMb < 300, qPrintable(QString::number(run.maxRssMb)));
}

void TestXlsxLimits::sharedStringsBombWithLyingDirectory()
{
    // The directory says 2 KiB; the data inflate to 1 GB.
    const QString file = path("strings-liar.xlsx");
    writeRawZip(file,
                storedPackage(stringsPackage(),
                              bombMember(QStringLiteral("xl/sharedStrings.xml"), stringsHead(),
                                         sharedStringBlock(), 1000, "</sst>", 2048)));
    const ChildRun run = runLimited([&] { readWorkbook(file); });
    QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("exit %1").arg(run.exitCode)));
    QVERIFY2(run.message.contains(QStringLiteral("xl/sharedStrings.xml expands to more than the "
                                                 "2,048 bytes the archive's directory declares")),
             qPrintable(run.message));
    QVERIFY2(run.maxRssMb < 300, qPrintable(QString::number(run.maxRssMb)));
}

void TestXlsxLimits::uniqueCountIsOnlyAHint()
{
    // uniqueCount="2147483647" with three strings: nothing near 16 GB is reserved.
    auto parts =
        package({{QStringLiteral("S"), sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                                                "<c r=\"B1\" t=\"s\"><v>2</v></c></row>")}},
                kStyles,
                stringsHead("2147483647") +
                    "<si><t>id</t></si><si><t>y</t></si><si><t>name</t></si></sst>");
    const QString file = path("unique-count.xlsx");
    writeZip(file, parts);
    const ChildRun run = runLimited([&] {
        XlsxReader reader(file);
        Record record;
        if (!reader.next(record) || record.fields.size() != 2 || record.fields[1] != "name")
            throw Error(QStringLiteral("wrong first row"));
    });
    QVERIFY2(run.exitCode == 1,
             qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.message)));
    QVERIFY2(run.maxRssMb < 300, qPrintable(QString::number(run.maxRssMb)));
}

void TestXlsxLimits::sheetCompressionRatio()
{
    // 64 MB of sheet XML from about 70 KB: no real workbook compresses 900 times.
    const QString file = path("ratio.xlsx");
    const QByteArray head = kXmlHead + "<worksheet xmlns=\"" + kMain + "\"><sheetData>";
    auto parts = package({{QStringLiteral("S"), sheetXml({})}}, kStyles);
    writeRawZip(file,
                storedPackage(parts, bombMember(QStringLiteral("xl/worksheets/sheet1.xml"), head,
                                                rowBlock(), 64, "</sheetData></worksheet>")));
    const QString message = errorOf([&] { readWorkbook(file); });
    QVERIFY2(message.contains(QStringLiteral("ratio.xlsx: xl/worksheets/sheet1.xml expands ")) &&
                 message.contains(QStringLiteral("times (64 MB from ")) &&
                 message.contains(QStringLiteral("more than the 200 times")),
             qPrintable(message));
}

void TestXlsxLimits::sheetBombWithLyingDirectory()
{
    // A sheet whose directory entry says 4 KiB but whose data inflate to 1 GB, in one cell after
    // another: refused as soon as the inflated bytes pass what the directory declared.
    const QString file = path("sheet-liar.xlsx");
    const QByteArray head = kXmlHead + "<worksheet xmlns=\"" + kMain + "\"><sheetData>";
    auto parts = package({{QStringLiteral("S"), sheetXml({})}}, kStyles);
    writeRawZip(
        file, storedPackage(parts, bombMember(QStringLiteral("xl/worksheets/sheet1.xml"), head,
                                              rowBlock(), 1000, "</sheetData></worksheet>", 4096)));
    const ChildRun run = runLimited([&] { readWorkbook(file); });
    QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("exit %1").arg(run.exitCode)));
    QVERIFY2(run.message.contains(QStringLiteral("sheet-liar.xlsx, sheet 'S': "
                                                 "xl/worksheets/sheet1.xml expands to more than "
                                                 "the 4,096 bytes")),
             qPrintable(run.message));
}

void TestXlsxLimits::stylesPartTooLarge()
{
    const QString file = path("styles.xlsx");
    const QByteArray head = kXmlHead + "<styleSheet xmlns=\"" + kMain + "\"><cellXfs>";
    const QByteArray block = QByteArray("<xf numFmtId=\"0\"/>").repeated(1024 * 1024 / 18);
    auto parts =
        package({{QStringLiteral("S"), sheetXml("<row r=\"1\"><c><v>1</v></c></row>")}}, kStyles);
    writeRawZip(file, storedPackage(parts, bombMember(QStringLiteral("xl/styles.xml"), head, block,
                                                      40, "</cellXfs></styleSheet>")));
    const QString message = errorOf([&] { readWorkbook(file); });
    QVERIFY2(message.contains(QStringLiteral("styles.xlsx: xl/styles.xml expands to 40 MB, more "
                                             "than the 32 MB this part of a workbook may have")),
             qPrintable(message));
}

void TestXlsxLimits::giantXmlText()
{
    // One text node of 8 MB: the XML parser holds a text until it ends, so the reader stops
    // feeding it after Limits::tokenBytes (1 MiB here; the ratio check is set aside).
    const QString file = path("giant-text.xlsx");
    const QByteArray head = kXmlHead + "<worksheet xmlns=\"" + kMain +
                            "\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>";
    auto parts = package({{QStringLiteral("S"), sheetXml({})}}, kStyles);
    writeRawZip(file, storedPackage(parts, bombMember(QStringLiteral("xl/worksheets/sheet1.xml"),
                                                      head, QByteArray(MiB, 'c'), 8,
                                                      "</t></is></c></row></sheetData>"
                                                      "</worksheet>")));
    xlsx::Limits limits;
    limits.tokenBytes = MiB;
    limits.ratio = 1 << 30;
    const QString message = errorOf([&] { readWorkbook(file, limits); });
    QVERIFY2(message.contains(QStringLiteral("giant-text.xlsx, sheet 'S': "
                                             "xl/worksheets/sheet1.xml has a single XML element or "
                                             "text of more than 1 MB")),
             qPrintable(message));
}

void TestXlsxLimits::rowOfOneLongSharedString()
{
    // One 40 KB shared string in all 16,384 cells of a row: 640 MB of row text from a small,
    // honest file. The row is refused at Limits::rowBytes.
    QByteArray cells;
    for (int c = 0; c < 16384; ++c)
        cells += "<c t=\"s\"><v>0</v></c>";
    const QString file = path("wide-row.xlsx");
    writeZip(file,
             package({{QStringLiteral("S"), sheetXml("<row r=\"1\">" + cells + "</row>")}}, kStyles,
                     stringsHead() + "<si><t>" + QByteArray(40000, 'd') + "</t></si></sst>"));
    const ChildRun run = runLimited([&] { readWorkbook(file); });
    QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("exit %1").arg(run.exitCode)));
    QVERIFY2(run.message.contains(QStringLiteral("wide-row.xlsx, sheet 'S', row 1: the row holds "
                                                 "more than 32 MB of text")),
             qPrintable(run.message));
    QVERIFY2(run.maxRssMb < 300, qPrintable(QString::number(run.maxRssMb)));
}

void TestXlsxLimits::cellTooLong()
{
    const QString file = path("long-cell.xlsx");
    writeZip(file, package({{QStringLiteral("S"),
                             sheetXml("<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>" +
                                      QByteArray(2 * MiB, 'e') + "</t></is></c></row>")}},
                           kStyles));
    const QString message = errorOf([&] { readWorkbook(file); });
    QVERIFY2(message.contains(QStringLiteral("long-cell.xlsx, sheet 'S', row 1, column 2: the "
                                             "cell holds more than 1 MB of text")),
             qPrintable(message));
    // A shared string that long is refused as the table is read.
    const QString strings = path("long-string.xlsx");
    writeZip(strings,
             package({{QStringLiteral("S"), sheetXml("<row r=\"1\"><c t=\"s\"><v>0</v>"
                                                     "</c></row>")}},
                     kStyles,
                     stringsHead() + "<si><t>" + QByteArray(2 * MiB, 'e') + "</t></si></sst>"));
    const QString stringMessage = errorOf([&] { readWorkbook(strings); });
    QVERIFY2(stringMessage.contains(QStringLiteral("long-string.xlsx: shared string 1 in "
                                                   "xl/sharedStrings.xml holds more than 1 MB")),
             qPrintable(stringMessage));
}

void TestXlsxLimits::totalInflated()
{
    QByteArray rows;
    for (int r = 1; r <= 2000; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c><v>" + QByteArray::number(r) +
                "</v></c></row>";
    const QString file = path("total.xlsx");
    writeZip(file, package({{QStringLiteral("S"), sheetXml(rows)}}, kStyles));
    readWorkbook(file); // fine with the default limits
    xlsx::Limits limits;
    limits.totalBytes = 32 * 1024;
    const QString message = errorOf([&] { readWorkbook(file, limits); });
    QVERIFY2(message.contains(QStringLiteral("the workbook expands to more than")) &&
                 message.contains(QStringLiteral("MB in all")),
             qPrintable(message));
}

void TestXlsxLimits::zipsThatAreNotWorkbooks()
{
    const QString zipped = path("extract.xlsx");
    writeZip(zipped, {{QStringLiteral("data/extract.csv"), "id,name\n1,a\n"}});
    QString message = errorOf([&] { readWorkbook(zipped); });
    QVERIFY2(message.contains(QStringLiteral("extract.xlsx is a zip archive but not an .xlsx "
                                             "workbook: it has no xl/workbook.xml; it holds "
                                             "data/extract.csv: extract it and import the file "
                                             "inside")),
             qPrintable(message));
    const QString ods = path("sheet.xlsx");
    writeZip(ods, {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
                   {QStringLiteral("content.xml"), "<office:document-content/>"}});
    message = errorOf([&] { readWorkbook(ods); });
    QVERIFY2(message.contains(QStringLiteral("is an OpenDocument spreadsheet (.ods)")),
             qPrintable(message));
    const QString docx = path("letter.xlsx");
    writeZip(docx, {{QStringLiteral("word/document.xml"), "<w:document/>"}});
    message = errorOf([&] { XlsxReader::sheetNames(docx); });
    QVERIFY2(message.contains(QStringLiteral("is a Word document (.docx)")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestXlsxLimits)
#include "tst_xlsxlimits.moc"
