// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's messages reach the Chinese interface: real errors of the workspace, its lock, the
// CSV and .xlsx readers and the atomic file writer, raised through the engine API with the
// compiled zh_CN translation installed, come out in Chinese. Each is raised twice, first with no
// translation (the English text must name the expected problem, so the case really reaches that
// message), then in Chinese: CJK characters and none of the English words. A message whose
// context in the .qm differs from the context the code asks for at run time stays English.
#include "core/atomicfile.h"
#include "core/error.h"
#include "import/csvreader.h"
#include "import/xlsxreader.h"
#include "workspace/workspace.h"
#include "workspace/workspacelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <memory>

#include <zip.h>

using namespace cwb;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The message of the cwb::Error body throws ("" when it throws none).
QString errorOf(const std::function<void()> &body)
{
    try {
        body();
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

// A workspace with one small table, closed again.
QString workspaceWithRows(const QTemporaryDir &dir)
{
    const QString path = QFileInfo(dir.filePath(QStringLiteral("w.cwb"))).absoluteFilePath();
    auto workspace = Workspace::create(path);
    Database &db = workspace->db();
    Transaction transaction(db);
    db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, payload TEXT)");
    Statement insert(db, "INSERT INTO t(payload) VALUES (?)");
    for (int i = 0; i < 50; ++i) {
        insert.reset();
        insert.bind(1, QStringLiteral("row %1 ").arg(i).repeated(20));
        insert.exec();
    }
    transaction.commit();
    return path;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTranslator> m_zh;

    // Raises the error of body in English, then in Chinese, and checks both.
    void checkChinese(const std::function<void()> &body, const QStringList &englishWords,
                      const QString &alsoShown = {})
    {
        const QString english = errorOf(body);
        QVERIFY2(!english.isEmpty(), "no cwb::Error was thrown");
        for (const QString &word : englishWords)
            QVERIFY2(english.contains(word), qPrintable(english + QStringLiteral(" | ") + word));

        QCoreApplication::installTranslator(m_zh.get());
        const QString chinese = errorOf(body);
        QCoreApplication::removeTranslator(m_zh.get());
        QVERIFY2(!chinese.isEmpty(), "no cwb::Error was thrown in Chinese");
        QVERIFY2(hasCjk(chinese), qPrintable(chinese));
        for (const QString &word : englishWords)
            QVERIFY2(!chinese.contains(word), qPrintable(chinese + QStringLiteral(" | ") + word));
        if (!alsoShown.isEmpty()) // the arguments still reach the message
            QVERIFY2(chinese.contains(alsoShown), qPrintable(chinese));
    }

private slots:
    void initTestCase()
    {
        m_zh = std::make_unique<QTranslator>();
        QVERIFY(m_zh->load(QStringLiteral(":/translations/campaign-workbench_zh_CN.qm")));
    }

    void workspaceLockedByAnotherComputer()
    {
        QTemporaryDir dir;
        const QString path = workspaceWithRows(dir);
        QFile lock(WorkspaceLock::lockFilePath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4242\ncampaign-workbench\nbranch-laptop-07\n");
        lock.close();
        checkChinese([&] { Workspace::open(path); },
                     {QStringLiteral("is open for writing by"), QStringLiteral("on the computer"),
                      QStringLiteral("no longer has the workspace open")},
                     QStringLiteral("branch-laptop-07"));
    }

    void workspaceLockedByARunningProcessHere()
    {
        QTemporaryDir dir;
        const QString path = workspaceWithRows(dir);
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(sleeper.waitForStarted());
        QFile lock(WorkspaceLock::lockFilePath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(sleeper.processId()) + "\nsleep\n" +
                   QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        checkChinese([&] { Workspace::open(path); },
                     {QStringLiteral("is open for writing by"), QStringLiteral("on this computer"),
                      QStringLiteral("Wait until it has finished")},
                     QString::number(sleeper.processId()));
        sleeper.kill();
        sleeper.waitForFinished();
    }

    void damagedWorkspace()
    {
        QTemporaryDir dir;
        const QString path = workspaceWithRows(dir);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(120); // page 1 after the file header: the schema's b-tree page
        file.write(QByteArray(4000, '\x5a'));
        file.close();
        const auto open = [&] { Workspace::open(path, Workspace::Access::ReadOnly); };
        // Said once, not wrapped in a second "is damaged (...)".
        QCOMPARE(errorOf(open).count(QStringLiteral("is damaged")), 1);
        checkChinese(open, {QStringLiteral("is damaged"), QStringLiteral("restore")}, path);
    }

    void fileThatIsNoWorkspace()
    {
        QTemporaryDir dir;
        const QString path =
            write(dir, QStringLiteral("notes.cwb"), QByteArray("id,name\n1,a\n").repeated(400));
        checkChinese([&] { Workspace::open(path, Workspace::Access::ReadOnly); },
                     {QStringLiteral("is not a Campaign Workbench workspace"),
                      QStringLiteral("left unchanged")},
                     path);
    }

    void writeToAWorkspaceOpenReadOnly()
    {
        QTemporaryDir dir;
        const QString path = workspaceWithRows(dir);
        auto reader = Workspace::open(path, Workspace::Access::ReadOnly);
        checkChinese([&] { reader->db().exec("DELETE FROM t"); },
                     {QStringLiteral("is open read-only here")});
    }

    void csvNeitherUtf8NorGbk()
    {
        QTemporaryDir dir;
        // 0xFF starts no character in UTF-8 or in GB18030.
        const QString path =
            write(dir, QStringLiteral("extract.csv"), QByteArray("id,name\n1,\xff\xff\n2,b\n"));
        checkChinese([&] { CsvReader reader(path); },
                     {QStringLiteral("neither UTF-8 nor"), QStringLiteral("save it as")}, path);
    }

    void csvEncodingReason()
    {
        // Not an error, but shown in the import wizard beside the encoding it detected.
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("extract.csv"), "id,name\n1,客户\n");
        QCOMPARE(CsvReader::sniff(path).reason,
                 QStringLiteral("the first 17 bytes are valid UTF-8"));
        QCoreApplication::installTranslator(m_zh.get());
        const QString reason = CsvReader::sniff(path).reason;
        QCoreApplication::removeTranslator(m_zh.get());
        QVERIFY2(hasCjk(reason) && reason.contains(QStringLiteral("17")), qPrintable(reason));
    }

    void xlsxThatIsACutZip()
    {
        QTemporaryDir dir;
        const QString path =
            write(dir, QStringLiteral("extract.xlsx"), QByteArray("PK\x03\x04", 4) + "cut short");
        checkChinese([&] { XlsxReader reader(path); },
                     {QStringLiteral("damaged zip archive"), QStringLiteral("table of contents")},
                     QStringLiteral("extract.xlsx"));
    }

    void xlsxThatIsCsvText()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("extract.xlsx"), "id,name\n1,a\n2,b\n");
        checkChinese(
            [&] { XlsxReader reader(path); },
            {QStringLiteral("is not an .xlsx workbook"), QStringLiteral("not a zip archive")},
            QStringLiteral("extract.xlsx"));
    }

    void xlsxWithoutItsParts()
    {
        // A zip archive holding an .xlsx workbook's content types but not its sheets.
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(QStringLiteral("parts.xlsx"));
        int code = 0;
        zip_t *zip = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE, &code);
        QVERIFY(zip);
        static const char kTypes[] = "<Types/>";
        zip_source_t *source = zip_source_buffer(zip, kTypes, sizeof kTypes - 1, 0);
        QVERIFY(source && zip_file_add(zip, "[Content_Types].xml", source, 0) >= 0);
        QCOMPARE(zip_close(zip), 0);
        checkChinese([&] { XlsxReader reader(zipPath); },
                     {QStringLiteral("is a zip archive but not an .xlsx workbook")},
                     QStringLiteral("parts.xlsx"));
    }

    void atomicFileInAMissingFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/lists.csv"));
        checkChinese([&] { AtomicFile file(path); },
                     {QStringLiteral("cannot write"), QStringLiteral("does not exist")},
                     QStringLiteral("lists.csv"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
