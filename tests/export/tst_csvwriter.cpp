// SPDX-License-Identifier: GPL-3.0-or-later
// CsvWriter: RFC 4180 quoting, and cells Excel would run as formulas (= + - @, tab, carriage
// return first) written with a leading single quote unless they are plain numbers; the option
// is on by default and can be turned off.
#include "core/csvwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void neutralise_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        auto row = [](const char *name, const QString &cell, const QString &written) {
            QTest::newRow(name) << cell << written;
        };
        const QString hyperlink = QStringLiteral("=HYPERLINK(\"http://x.example\",\"退款\")");
        row("equals", QStringLiteral("=1+1"), QStringLiteral("'=1+1"));
        row("hyperlink", hyperlink, QLatin1Char('\'') + hyperlink);
        row("dde", QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("'=cmd|' /C calc'!A0"));
        row("plus formula", QStringLiteral("+1+A1"), QStringLiteral("'+1+A1"));
        row("minus formula", QStringLiteral("-2+3"), QStringLiteral("'-2+3"));
        row("at", QStringLiteral("@SUM(A1:A9)"), QStringLiteral("'@SUM(A1:A9)"));
        row("tab", QStringLiteral("\t=1"), QStringLiteral("'\t=1"));
        row("carriage return", QStringLiteral("\r=1"), QStringLiteral("'\r=1"));
        row("phone with spaces", QStringLiteral("+86 138 1234 5678"),
            QStringLiteral("'+86 138 1234 5678"));
        row("lone minus", QStringLiteral("-"), QStringLiteral("'-"));
        // Plain numbers stay as they are: Excel reads them as numbers, never as formulas.
        row("negative", QStringLiteral("-12.5"), QStringLiteral("-12.5"));
        row("international phone", QStringLiteral("+8613812345678"),
            QStringLiteral("+8613812345678"));
        row("thousands", QStringLiteral("-1,234.50"), QStringLiteral("-1,234.50"));
        row("percent", QStringLiteral("-3.2%"), QStringLiteral("-3.2%"));
        row("exponent", QStringLiteral("-1.5E-3"), QStringLiteral("-1.5E-3"));
        row("fraction", QStringLiteral("-.5"), QStringLiteral("-.5"));
        // Only the first character counts.
        row("mobile", QStringLiteral("13812345678"), QStringLiteral("13812345678"));
        row("masked", QStringLiteral("138****5678"), QStringLiteral("138****5678"));
        row("inside", QStringLiteral("a=b+c"), QStringLiteral("a=b+c"));
        row("chinese", QStringLiteral("长途通话多、协议即将到期"),
            QStringLiteral("长途通话多、协议即将到期"));
        row("empty", QString(), QString());
        row("full-width digits", QStringLiteral("+１２"), QStringLiteral("'+１２"));
    }
    void neutralise()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::neutraliseFormula(cell), written);
    }

    void writesNeutralisedCellsByDefault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        {
            CsvWriter writer(path, CsvWriter::Encoding::Utf8);
            writer.writeRow({QStringLiteral("=1+1"), QStringLiteral("-12.5"),
                             QStringLiteral("=SUM(1,2)"), QStringLiteral("say \"hi\"")});
            writer.close();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // The quote comes first, then RFC 4180 quoting of the whole cell where it needs it.
        QCOMPARE(file.readAll(), QByteArray("'=1+1,-12.5,\"'=SUM(1,2)\",\"say \"\"hi\"\"\"\r\n"));
    }

    void keepWritesCellsAsTheyAre()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        {
            CsvWriter writer(path, CsvWriter::Encoding::Utf8, CsvWriter::Formulas::Keep);
            writer.writeRow({QStringLiteral("=1+1"), QStringLiteral("@x")});
            writer.close();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("=1+1,@x\r\n"));
    }

    void encodingsStillApply()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gb.csv"));
        {
            CsvWriter writer(path, CsvWriter::Encoding::Gb18030);
            writer.writeRow({QStringLiteral("=客户")});
            writer.close();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("'=\xbf\xcd\xbb\xa7\r\n"));
        const QString bom = dir.filePath(QStringLiteral("bom.csv"));
        {
            CsvWriter writer(bom);
            writer.writeRow({QStringLiteral("a")});
            writer.close();
        }
        QFile bomFile(bom);
        QVERIFY(bomFile.open(QIODevice::ReadOnly));
        QCOMPARE(bomFile.readAll(), QByteArray("\xEF\xBB\xBF"
                                               "a\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
