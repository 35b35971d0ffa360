// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the synthetic customer extract generator (models/demo): determinism, shape,
// encodings, planted defects (counted by parsing the file independently) and the fee rules.
#include "core/error.h"
#include "core/jobcontrol.h"
#include "demo/extractgenerator.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace cwb;

namespace {

// Column positions (0-based) as listed in docs/demo-data.md.
enum Col
{
    Id = 0,
    Name = 1,
    Brand = 2,
    Combo = 3,
    Joined = 4,
    Grid = 5,
    Manager = 6,
    Phone1 = 7,
    Phone2 = 8,
    Phone3 = 9,
    Total1 = 10,
    Total2 = 11,
    Total3 = 12,
    Local1 = 13,
    Ld1 = 16,
    Roam1 = 19,
    Broadband1 = 20,
    Fixed1 = 21,
    Average = 22,
    LocalMin1 = 23,
    LdMin1 = 26,
    RoamMin1 = 29,
    Data1 = 30,
    Speed = 33,
    Contract = 34,
    Complaints = 35,
    Late = 36,
    OptOut = 37,
    ColumnCount = 38
};
constexpr int kFirstFee = Total1, kLastFee = Average; // 13 fee columns

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Splits one CSV line; a field may be quoted (the thousands fee "¥1,234.50"), no "" escapes.
QStringList splitLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (QChar ch : line) {
        if (quoted) {
            if (ch == u'"')
                quoted = false;
            else
                field += ch;
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            fields << field;
            field.clear();
        } else {
            field += ch;
        }
    }
    fields << field;
    return fields;
}

// Data rows of a UTF-8 extract, header first.
QList<QStringList> parse(const QByteArray &bytes)
{
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines)
        rows << splitLine(line);
    return rows;
}

const QRegularExpression kPlainFee(QStringLiteral("^\\d+\\.\\d{2}$"));
const QRegularExpression kThousandsFee(QString::fromUtf8("^¥\\d{1,3}(,\\d{3})+\\.\\d{2}$"));
const QRegularExpression kMobile(QStringLiteral("^1[3-9]\\d{9}$"));
const QRegularExpression kFixedLine(QStringLiteral("^0571-8\\d{7}$"));

// A fee cell in cents, or -1 when it is not a number (blank, N/A, --).
qint64 cents(const QString &cell)
{
    QString text = cell;
    if (kThousandsFee.match(text).hasMatch())
        text = text.mid(1).remove(u',');
    else if (!kPlainFee.match(text).hasMatch())
        return -1;
    const qsizetype dot = text.indexOf(u'.');
    return text.left(dot).toLongLong() * 100 + text.mid(dot + 1).toLongLong();
}

QString generate(const QTemporaryDir &dir, const QString &name, const ExtractOptions &options,
                 ExtractDefects *defects = nullptr)
{
    const QString path = dir.filePath(name);
    const ExtractDefects d = writeExtract(path, options, nullptr);
    if (defects)
        *defects = d;
    return path;
}

} // namespace

class TestExtractGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameBytes()
    {
        QTemporaryDir dir;
        ExtractOptions options;
        options.rows = 3000;
        options.seed = 7;
        const QByteArray a = readAll(generate(dir, "a.csv", options));
        const QByteArray b = readAll(generate(dir, "b.csv", options));
        QCOMPARE(a, b);
        options.seed = 8;
        const QByteArray c = readAll(generate(dir, "c.csv", options));
        QVERIFY(a != c);
        // Different seeds differ row by row, not only in a few cells.
        const QList<QStringList> rowsA = parse(a), rowsC = parse(c);
        int sameNames = 0;
        for (int i = 1; i < rowsA.size(); ++i)
            sameNames += rowsA[i][Name] == rowsC[i][Name];
        QVERIFY2(sameNames < 300, qPrintable(QString::number(sameNames)));
    }

    void firstRowIsPinned()
    {
        // Guards the "same bytes on every platform" promise: the generator uses only
        // mt19937_64 (fixed by the standard), its own distributions and integer cents. This
        // changes only when the generator is changed on purpose (update docs/demo-data.md too).
        QTemporaryDir dir;
        ExtractOptions options;
        options.rows = 2;
        options.seed = 1;
        options.defectRate = 0.0;
        const QStringList lines =
            QString::fromUtf8(readAll(generate(dir, "pin.csv", options))).split(u'\n');
        QCOMPARE(lines.size(), 4); // header, 2 rows, empty after the last line end
        QCOMPARE(lines[1],
                 QString::fromUtf8(
                     "C00000001,丁丽兵,天翼,固话+宽带+移动,2011-04-26,城东网格01,徐萍晨,"
                     "0571-82216336,15249777923,,128.91,121.82,120.42,28.35,26.09,25.41,5.84,"
                     "5.37,5.23,1.86,35.80,20.72,123.72,157,144,141,32,29,29,3,5845,6729,7707,"
                     "100,20270109,0,0,否"));
        // A likely churner: fees falling from M3 to M1, contract ending, two complaints.
        QCOMPARE(lines[2],
                 QString::fromUtf8(
                     "C00000002,龚娟,我的e家,固话+宽带,2018-12-16,北郊网格03,胡霞宁,"
                     "0571-80140256,,,71.36,89.96,104.26,8.39,15.19,20.64,4.53,8.19,11.13,0.84,"
                     "32.10,15.01,88.53,55,101,137,22,40,55,1,0,0,0,100,20270112,2,0,否"));
    }

    void headerRowsAndColumns()
    {
        // The headers the import maps by name (copied from the task, not from the generator).
        const QStringList expected =
            QString::fromUtf8(
                "客户ID,客户名称,品牌,产品组合,入网时间,营销网格,客户经理,第一联系电话,"
                "第二联系电话,第三联系电话,总费用_M1,总费用_M2,总费用_M3,本地通话费_M1,"
                "本地通话费_M2,本地通话费_M3,长途费_M1,长途费_M2,长途费_M3,漫游费_M1,宽带费_M1,"
                "固话费_M1,近三月平均总费用,本地通话分钟_M1,本地通话分钟_M2,本地通话分钟_M3,"
                "长途通话分钟_M1,长途通话分钟_M2,长途通话分钟_M3,漫游通话分钟_M1,上网流量MB_M1,"
                "上网流量MB_M2,上网流量MB_M3,宽带速率,协议到期,近三月投诉次数,近三月欠费次数,"
                "拒绝营销")
                .split(u',');
        QCOMPARE(expected.size(), 38);
        QCOMPARE(extractHeaders(), expected);

        QTemporaryDir dir;
        ExtractOptions options;
        options.rows = 2000;
        options.defectRate = 0.01;
        const QByteArray bytes = readAll(generate(dir, "x.csv", options));
        QVERIFY(bytes.endsWith('\n'));
        QCOMPARE(bytes.count('\n'), 2001);
        QVERIFY(!bytes.contains('\r'));
        const QList<QStringList> rows = parse(bytes);
        QCOMPARE(rows.size(), 2001);
        QCOMPARE(rows[0], expected);
        for (int i = 1; i < rows.size(); ++i)
            QCOMPARE(rows[i].size(), int(ColumnCount));

        options.rows = 0;
        QCOMPARE(readAll(generate(dir, "empty.csv", options)), expected.join(u',').toUtf8() + '\n');
    }

    void crlfOnlyChangesLineEnds()
    {
        QTemporaryDir dir;
        ExtractOptions options;
        options.rows = 500;
        const QByteArray lf = readAll(generate(dir, "lf.csv", options));
        options.crlf = true;
        QByteArray crlf = readAll(generate(dir, "crlf.csv", options));
        QCOMPARE(crlf.count("\r\n"), 501);
        QCOMPARE(crlf.replace("\r\n", "\n"), lf);
    }

    void gb18030DecodesToTheUtf8Text()
    {
        QTemporaryDir dir;
        ExtractOptions options;
        options.rows = 5000;
        options.defectRate = 0.02; // plants "¥" fees, outside GBK, inside GB18030
        ExtractDefects defects;
        const QByteArray utf8 = readAll(generate(dir, "u.csv", options, &defects));
        QVERIFY(defects.thousandsFee > 0);
        options.encoding = QStringLiteral("gb18030");
        const QByteArray gb = readAll(generate(dir, "g.csv", options));
        QVERIFY(gb != utf8);
        // 客 is BF CD in GB18030 (GB2312 row 31, cell 45), E5 AE A2 in UTF-8.
        QVERIFY(gb.startsWith("\xBF\xCD\xBB\xA7ID,"));
        QStringDecoder decoder("GB18030");
        const QString decoded = decoder.decode(gb);
        QVERIFY(!decoder.hasError());
        QCOMPARE(decoded, QString::fromUtf8(utf8));
    }

    void plantedDefectsMatchTheFile()
    {
        QTemporaryDir dir;
        ExtractOptions options;
        options.rows = 20000;
        options.defectRate = 0.02;
        options.seed = 99;
        ExtractDefects planted;
        const QList<QStringList> rows = parse(readAll(generate(dir, "d.csv", options, &planted)));
        QCOMPARE(rows.size(), 20001);

        ExtractDefects found;
        QSet<QString> seen;
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows[i];
            if (row[Id].isEmpty())
                ++found.blankId;
            else if (seen.contains(row[Id]))
                ++found.duplicateId;
            seen.insert(row[Id]);
            for (int col : {Phone2, Phone3})
                if (!row[col].isEmpty() && !kMobile.match(row[col]).hasMatch())
                    ++found.badMobile;
            QVERIFY(row[Phone1].isEmpty() || kFixedLine.match(row[Phone1]).hasMatch());
            for (int col = kFirstFee; col <= kLastFee; ++col) {
                const QString &cell = row[col];
                if (cell.isEmpty())
                    ++found.blankFee;
                else if (kThousandsFee.match(cell).hasMatch())
                    ++found.thousandsFee;
                else if (!kPlainFee.match(cell).hasMatch())
                    ++found.badFee;
            }
        }
        QCOMPARE(found.blankId, planted.blankId);
        QCOMPARE(found.duplicateId, planted.duplicateId);
        QCOMPARE(found.badMobile, planted.badMobile);
        QCOMPARE(found.badFee, planted.badFee);
        QCOMPARE(found.thousandsFee, planted.thousandsFee);
        QCOMPARE(found.blankFee, planted.blankFee);
        // 400 expected defects at 2% of 20,000; every kind shows up, one defect per row.
        QVERIFY(planted.blankId > 0 && planted.duplicateId > 0 && planted.badMobile > 0 &&
                planted.badFee > 0 && planted.thousandsFee > 0 && planted.blankFee > 0);
        QVERIFY2(planted.total() > 300 && planted.total() < 500,
                 qPrintable(QString::number(planted.total())));

        // A clean file has no defect at all.
        options.defectRate = 0.0;
        ExtractDefects none;
        const QList<QStringList> clean = parse(readAll(generate(dir, "c.csv", options, &none)));
        QCOMPARE(none.total(), 0);
        QSet<QString> ids;
        for (int i = 1; i < clean.size(); ++i)
            ids.insert(clean[i][Id]);
        QCOMPARE(ids.size(), 20000);
        QVERIFY(ids.contains(QStringLiteral("C00000001")) &&
                ids.contains(QStringLiteral("C00020000")));
    }

    void feesAreConsistentOnEveryRow()
    {
        QTemporaryDir dir;
        ExtractOptions options;
        options.rows = 2000;
        ExtractDefects planted;
        const QList<QStringList> rows = parse(readAll(generate(dir, "f.csv", options, &planted)));
        const QSet<QString> brands = {QString::fromUtf8("天翼"), QString::fromUtf8("我的e家"),
                                      QString::fromUtf8("商务领航"), QString::fromUtf8("其他")};
        const QSet<QString> combos = {
            QString::fromUtf8("固话+宽带"), QString::fromUtf8("固话+宽带+移动"),
            QString::fromUtf8("移动"), QString::fromUtf8("宽带"), QString::fromUtf8("固话")};
        const QSet<QString> speeds = {"0", "100", "200", "300", "500", "1000"};
        const QRegularExpression joinDate(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
        const QRegularExpression contract(QStringLiteral("^\\d{8}$"));
        const QRegularExpression grid(QString::fromUtf8("^.+网格\\d{2}$"));
        const QRegularExpression count(QStringLiteral("^\\d$"));
        int checked = 0;
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows[i];
            const QString where = QStringLiteral("row %1: %2").arg(i).arg(row.join(u','));
            QVERIFY2(brands.contains(row[Brand]), qPrintable(where));
            QVERIFY2(combos.contains(row[Combo]), qPrintable(where));
            QVERIFY2(speeds.contains(row[Speed]), qPrintable(where));
            QVERIFY2(grid.match(row[Grid]).hasMatch(), qPrintable(where));
            QVERIFY2(row[Name].size() >= 2 && row[Name].size() <= 4, qPrintable(where));
            QVERIFY2(!row[Manager].isEmpty(), qPrintable(where));
            const auto joined = joinDate.match(row[Joined]);
            QVERIFY2(joined.hasMatch() && row[Joined] >= QLatin1String("2005-01-01") &&
                         row[Joined] <= QLatin1String("2026-10-31") &&
                         QDate::fromString(row[Joined], Qt::ISODate).isValid(),
                     qPrintable(where));
            QVERIFY2(row[Contract].isEmpty() ||
                         (contract.match(row[Contract]).hasMatch() &&
                          QDate::fromString(row[Contract], QStringLiteral("yyyyMMdd")).isValid()),
                     qPrintable(where));
            QVERIFY2(count.match(row[Complaints]).hasMatch() && count.match(row[Late]).hasMatch(),
                     qPrintable(where));
            QVERIFY2(row[OptOut] == QString::fromUtf8("是") ||
                         row[OptOut] == QString::fromUtf8("否"),
                     qPrintable(where));
            QVERIFY2((row[Speed] == QLatin1String("0")) ==
                         !row[Combo].contains(QString::fromUtf8("宽带")),
                     qPrintable(where));

            std::array<qint64, 13> fee{};
            bool numeric = true;
            for (int col = kFirstFee; col <= kLastFee; ++col) {
                fee[std::size_t(col - kFirstFee)] = cents(row[col]);
                numeric = numeric && fee[std::size_t(col - kFirstFee)] >= 0;
            }
            if (!numeric)
                continue; // a planted blank or non-numeric fee: the rule cannot be checked
            ++checked;
            auto at = [&](int col) { return fee[std::size_t(col - kFirstFee)]; };
            // total M1 >= local + long distance + roaming + broadband + fixed (M1)
            QVERIFY2(at(Total1) >= at(Local1) + at(Ld1) + at(Roam1) + at(Broadband1) + at(Fixed1),
                     qPrintable(where));
            for (int k = 0; k < 3; ++k)
                QVERIFY2(at(Total1 + k) >= at(Local1 + k) + at(Ld1 + k), qPrintable(where));
            // Average of the three totals, rounded to the cent (half up): 3 x avg is within
            // 1.5 cents of the sum, i.e. -1 <= 3 x avg - sum <= 1.
            const qint64 sum = at(Total1) + at(Total2) + at(Total3);
            QVERIFY2(qAbs(3 * at(Average) - sum) <= 1, qPrintable(where));
            // Minutes = fee / rate with rates 0.08-0.20 (local), 0.10-0.30 (long distance),
            // 0.40-0.80 (roaming) yuan per minute, rounded down.
            for (int k = 0; k < 3; ++k) {
                const qint64 localMin = row[LocalMin1 + k].toLongLong();
                const qint64 ldMin = row[LdMin1 + k].toLongLong();
                QVERIFY2(localMin * 8 <= at(Local1 + k) && at(Local1 + k) < (localMin + 1) * 20,
                         qPrintable(where));
                QVERIFY2(ldMin * 10 <= at(Ld1 + k) && at(Ld1 + k) < (ldMin + 1) * 30,
                         qPrintable(where));
                bool ok = false;
                QVERIFY2(row[Data1 + k].toLongLong(&ok) >= 0 && ok, qPrintable(where));
            }
            const qint64 roamMin = row[RoamMin1].toLongLong();
            QVERIFY2(roamMin * 40 <= at(Roam1) && at(Roam1) < (roamMin + 1) * 80,
                     qPrintable(where));
            // No broadband, no broadband fee; no voice product, no call fees.
            if (row[Speed] == QLatin1String("0"))
                QVERIFY2(at(Broadband1) == 0, qPrintable(where));
            if (row[Combo] == QString::fromUtf8("宽带"))
                QVERIFY2(at(Local1) == 0 && at(Ld1) == 0, qPrintable(where));
        }
        // Only rows with a planted blank or bad fee were skipped.
        QCOMPARE(qint64(rows.size() - 1 - checked), planted.badFee + planted.blankFee);
    }

    void populationLooksLikeABranch()
    {
        QTemporaryDir dir;
        ExtractOptions options;
        options.rows = 20000;
        options.defectRate = 0.0;
        const QList<QStringList> rows = parse(readAll(generate(dir, "p.csv", options)));
        int band50 = 0, band90 = 0, band140 = 0, low = 0, longDistance = 0, falling = 0,
            thirdBlank = 0, complained = 0, soon = 0;
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows[i];
            const qint64 t1 = cents(row[Total1]), t3 = cents(row[Total3]);
            band50 += t1 >= 5000 && t1 < 9000;
            band90 += t1 >= 9000 && t1 < 14000;
            band140 += t1 >= 14000 && t1 < 23000;
            low += t1 < 5000;
            longDistance += t1 >= 15000 && cents(row[Ld1]) * 10 >= t1 * 4; // LD >= 40% of ARPU
            falling += t1 * 10 < t3 * 8;                                   // M1 < 80% of M3
            thirdBlank += row[Phone3].isEmpty();
            complained += row[Complaints] != QLatin1String("0");
            soon += !row[Contract].isEmpty() && row[Contract] <= QLatin1String("20270228");
        }
        const double n = rows.size() - 1;
        const QString shares = QStringLiteral("50-89 %1, 90-139 %2, 140-229 %3, <50 %4, LD %5, "
                                              "falling %6, complaints %7, contract soon %8")
                                   .arg(band50 / n)
                                   .arg(band90 / n)
                                   .arg(band140 / n)
                                   .arg(low / n)
                                   .arg(longDistance / n)
                                   .arg(falling / n)
                                   .arg(complained / n)
                                   .arg(soon / n);
        qInfo().noquote() << shares;
        QVERIFY2(band50 / n > 0.15 && band90 / n > 0.15 && band140 / n > 0.10, qPrintable(shares));
        QVERIFY2((band50 + band90 + band140) / n > 0.55, qPrintable(shares));
        QVERIFY2(low / n > 0.10, qPrintable(shares));
        QVERIFY2(longDistance / n > 0.04, qPrintable(shares));
        QVERIFY2(falling / n > 0.06, qPrintable(shares));
        QVERIFY2(complained / n > 0.08 && complained / n < 0.25, qPrintable(shares));
        QVERIFY2(soon / n > 0.08, qPrintable(shares));
        QVERIFY2(thirdBlank / n > 0.7, qPrintable(shares));
    }

    void errorsAndCancel()
    {
        QTemporaryDir dir;
        ExtractOptions options;
        options.rows = 10;
        QVERIFY_THROWS_EXCEPTION(Error, writeExtract(dir.filePath("no/such/dir/x.csv"), options));
        options.encoding = QStringLiteral("latin1");
        QVERIFY_THROWS_EXCEPTION(Error, writeExtract(dir.filePath("x.csv"), options));
        options.encoding = QStringLiteral("utf-8");
        options.defectRate = 1.5;
        QVERIFY_THROWS_EXCEPTION(Error, writeExtract(dir.filePath("x.csv"), options));
        QVERIFY(!QFile::exists(dir.filePath("x.csv")));

        // Cancel after the first flushed megabyte: nothing is left on disk.
        options.defectRate = 0.002;
        options.rows = 100000;
        JobControl job;
        job.intervalMs = 0;
        int reports = 0;
        job.onProgress = [&](const Progress &progress) {
            ++reports;
            QVERIFY(progress.bytesDone > 0 && progress.items > 0);
            job.requestCancel();
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, writeExtract(dir.filePath("big.csv"), options, &job));
        QCOMPARE(reports, 1);
        QVERIFY(!QFile::exists(dir.filePath("big.csv")));
    }

    void commandLineWritesTheSameFile()
    {
        const QString exe = qEnvironmentVariable("CWB_EXE");
        if (exe.isEmpty() || !QFile::exists(exe))
            QSKIP("CWB_EXE not set or not built");
        QTemporaryDir dir;
        QProcess cwb;
        cwb.start(exe, {"generate", "--rows", "3000", "--out", dir.filePath("cli.csv"), "--seed",
                        "5", "--defects", "0.05", "--encoding", "gb18030", "--crlf"});
        QVERIFY(cwb.waitForFinished(60000));
        QCOMPARE(cwb.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(cwb.readAllStandardOutput()).object();

        ExtractOptions options;
        options.rows = 3000;
        options.seed = 5;
        options.defectRate = 0.05;
        options.encoding = QStringLiteral("gb18030");
        options.crlf = true;
        ExtractDefects d;
        const QString path = generate(dir, "api.csv", options, &d);
        QCOMPARE(readAll(dir.filePath("cli.csv")), readAll(path));
        const QJsonObject defects = json.value("defects").toObject();
        QCOMPARE(defects.value("blankId").toInteger(), d.blankId);
        QCOMPARE(defects.value("duplicateId").toInteger(), d.duplicateId);
        QCOMPARE(defects.value("badMobile").toInteger(), d.badMobile);
        QCOMPARE(defects.value("badFee").toInteger(), d.badFee);
        QCOMPARE(defects.value("thousandsFee").toInteger(), d.thousandsFee);
        QCOMPARE(defects.value("blankFee").toInteger(), d.blankFee);
        QCOMPARE(json.value("bytes").toInteger(), QFile(path).size());

        QProcess bad;
        bad.start(exe, {"generate", "--rows", "x", "--out", dir.filePath("bad.csv")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(bad.readAllStandardError().contains("--rows"));
    }
};

QTEST_GUILESS_MAIN(TestExtractGenerator)
#include "tst_extractgenerator.moc"
