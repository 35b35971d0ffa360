// SPDX-License-Identifier: GPL-3.0-or-later
// Unit tests of the data audit (models/import/audit.h) against values computed by hand; the
// arithmetic is in the comments next to each check.
#include "common/testsupport.h"
#include "core/error.h"
#include "core/jobcontrol.h"
#include "import/audit.h"
#include "workspace/database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <string>

using namespace cwb;

namespace {

const char *const kSchema =
    "CREATE TABLE audit_runs(id INTEGER PRIMARY KEY, import_id INTEGER, computed_at TEXT NOT "
    "NULL, rows INTEGER NOT NULL, duplicate_ids INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE audit_columns(audit_id INTEGER NOT NULL REFERENCES audit_runs(id) ON DELETE "
    "CASCADE, position INTEGER NOT NULL, name TEXT NOT NULL, label TEXT, type TEXT NOT NULL, rows "
    "INTEGER, nulls INTEGER, distinct_count INTEGER, distinct_exact INTEGER, min_value TEXT, "
    "max_value TEXT, mean REAL, stddev REAL, q1 REAL, median REAL, q3 REAL, quantiles_exact "
    "INTEGER, invalid INTEGER, outliers INTEGER, top_values TEXT, histogram TEXT, PRIMARY "
    "KEY(audit_id, position));";

// Every field of two audits, exactly (doubles included): used where the same values must give
// the same result bit for bit.
QString differences(const ColumnAudit &a, const ColumnAudit &b)
{
    QStringList diff;
    const auto opt = [](const std::optional<double> &v) {
        return v ? QString::number(*v, 'g', 17) : QStringLiteral("none");
    };
#define CWB_CMP(field, show)                                                                       \
    if (!(a.field == b.field))                                                                     \
        diff << QStringLiteral(#field " %1 vs %2").arg(show(a.field), show(b.field));
    const auto num = [](qint64 v) { return QString::number(v); };
    const auto dbl = [](double v) { return QString::number(v, 'g', 17); };
    const auto str = [](const QString &v) { return v; };
    const auto flag = [](bool v) { return v ? QStringLiteral("true") : QStringLiteral("false"); };
    const auto list = [](const auto &v) { return QString::number(v.size()) + " items"; };
    CWB_CMP(position, num)
    CWB_CMP(name, str)
    CWB_CMP(label, str)
    CWB_CMP(rows, num)
    CWB_CMP(nulls, num)
    CWB_CMP(nullRate, dbl)
    CWB_CMP(distinct, num)
    CWB_CMP(distinctExact, flag)
    CWB_CMP(minValue, str)
    CWB_CMP(maxValue, str)
    CWB_CMP(mean, opt)
    CWB_CMP(stddev, opt)
    CWB_CMP(q1, opt)
    CWB_CMP(median, opt)
    CWB_CMP(q3, opt)
    CWB_CMP(quantilesExact, flag)
    CWB_CMP(invalid, num)
    CWB_CMP(outliers, num)
    CWB_CMP(topValues, list)
    CWB_CMP(histogramEdges, list)
    CWB_CMP(histogramCounts, list)
#undef CWB_CMP
    if (a.type != b.type)
        diff << QStringLiteral("type");
    return diff.join(QStringLiteral("; "));
}

// Terminal width as a reader counts it: CJK ideographs take two columns.
int terminalWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += (c >= 0x4E00 && c <= 0x9FFF) ? 2 : 1;
    return width;
}

} // namespace

#define CHECK_SAME(a, b)                                                                           \
    do {                                                                                           \
        const QString d_ = differences((a), (b));                                                  \
        if (!d_.isEmpty())                                                                         \
            QFAIL(qPrintable(d_));                                                                 \
    } while (false)

// Tests the column profiler, the table scan, storage and the JSON / text forms of an audit.
class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void numbersByHand()
    {
        ColumnProfiler profiler(ColumnType::Integer);
        for (double v : {1.0, 2.0, 100.0, 3.0, 4.0})
            profiler.addNumber(v);
        profiler.addNull();
        profiler.addNull();
        const ColumnAudit a = profiler.finish();
        QCOMPARE(a.rows, 7);
        QCOMPARE(a.nulls, 2);
        CHECK_NEAR(a.nullRate, 2.0 / 7.0, 1e-15);
        QCOMPARE(a.distinct, 5);
        QVERIFY(a.distinctExact);
        QCOMPARE(a.minValue, QStringLiteral("1"));
        QCOMPARE(a.maxValue, QStringLiteral("100"));
        // mean = (1 + 2 + 3 + 4 + 100) / 5 = 110 / 5 = 22
        CHECK_NEAR(*a.mean, 22.0, 1e-12);
        // deviations -21 -20 -19 -18 78; squares 441 + 400 + 361 + 324 + 6084 = 7610;
        // sample variance 7610 / 4 = 1902.5; stddev sqrt(1902.5) = 43.617656975128774
        CHECK_NEAR(*a.stddev, 43.617656975128774, 1e-12);
        // sorted 1 2 3 4 100, n = 5: h = 4p -> Q1 at rank 1 = 2, median rank 2 = 3, Q3 rank 3 = 4
        QVERIFY(a.quantilesExact);
        CHECK_NEAR(*a.q1, 2.0, 0);
        CHECK_NEAR(*a.median, 3.0, 0);
        CHECK_NEAR(*a.q3, 4.0, 0);
        // IQR 2 -> fences 2 - 3 = -1 and 4 + 3 = 7: only 100 lies outside
        QCOMPARE(a.outliers, 1);
        // all five values once: ties ordered by value ascending
        QCOMPARE(a.topValues.size(), 5);
        QCOMPARE(a.topValues.first(), qMakePair(QStringLiteral("1"), qint64(1)));
        QCOMPARE(a.topValues.last(), qMakePair(QStringLiteral("100"), qint64(1)));
        // 20 bins over [1, 100]: width 99 / 20 = 4.95; 1..4 < 5.95 in bin 0, 100 in bin 19
        QCOMPARE(a.histogramEdges.size(), 21);
        CHECK_NEAR(a.histogramEdges.at(1), 5.95, 1e-12);
        CHECK_NEAR(a.histogramEdges.last(), 100.0, 0);
        QList<qint64> expected(20, 0);
        expected[0] = 4;
        expected[19] = 1;
        QCOMPARE(a.histogramCounts, expected);
    }

    void interpolatedQuartiles()
    {
        // 1 2 3 4 (n = 4): Q1 h = 0.75 -> 1 + 0.75 (2 - 1) = 1.75; median h = 1.5 -> 2.5;
        // Q3 h = 2.25 -> 3 + 0.25 (4 - 3) = 3.25. Repeated values count by rank: 5 5 5 9 (Q3
        // h = 2.25 -> 5 + 0.25 (9 - 5) = 6), stored in the count map as 5 x3, 9 x1.
        ColumnProfiler a(ColumnType::Decimal);
        for (double v : {4.0, 3.0, 2.0, 1.0})
            a.addNumber(v);
        const ColumnAudit ra = a.finish();
        CHECK_NEAR(*ra.q1, 1.75, 1e-15);
        CHECK_NEAR(*ra.median, 2.5, 1e-15);
        CHECK_NEAR(*ra.q3, 3.25, 1e-15);
        ColumnProfiler b(ColumnType::Decimal);
        for (double v : {5.0, 9.0, 5.0, 5.0})
            b.addNumber(v);
        const ColumnAudit rb = b.finish();
        CHECK_NEAR(*rb.q1, 5.0, 0);
        CHECK_NEAR(*rb.median, 5.0, 0);
        CHECK_NEAR(*rb.q3, 6.0, 1e-15);
        QCOMPARE(rb.distinct, 2);
        QCOMPARE(rb.topValues.first(), qMakePair(QStringLiteral("5"), qint64(3)));
        // IQR 1, fences 3.5 and 7.5: the 9 is an outlier
        QCOMPARE(rb.outliers, 1);
        // decimal formatting of min/max: shortest round-trip form
        ColumnProfiler c(ColumnType::Decimal);
        c.addNumber(0.1);
        c.addNumber(-2.5);
        QCOMPARE(c.finish().minValue, QStringLiteral("-2.5"));
        QCOMPARE(c.finish().maxValue, QStringLiteral("0.1"));
        QVERIFY(c.finish().stddev.has_value()); // two values: stddev defined
        ColumnProfiler single(ColumnType::Decimal);
        single.addNumber(7.0);
        QVERIFY(!single.finish().stddev.has_value()); // one value: no sample stddev
        QVERIFY(ColumnProfiler(ColumnType::Decimal).finish().mean == std::nullopt);
    }

    void booleans()
    {
        ColumnProfiler profiler(ColumnType::Boolean);
        for (double v : {1.0, 0.0, 1.0, 1.0})
            profiler.addNumber(v);
        const ColumnAudit a = profiler.finish();
        // share of 1s = 3 / 4
        CHECK_NEAR(*a.mean, 0.75, 1e-15);
        // deviations .25 -.75 .25 .25 -> squares sum .75; / 3 = .25; stddev .5
        CHECK_NEAR(*a.stddev, 0.5, 1e-15);
        // sorted 0 1 1 1: Q1 h = .75 -> 0.75
        CHECK_NEAR(*a.q1, 0.75, 1e-15);
        QCOMPARE(a.outliers, 0);
        QVERIFY(a.histogramCounts.isEmpty());
        QCOMPARE(a.topValues.size(), 2);
        QCOMPARE(a.topValues.at(0), qMakePair(QStringLiteral("1"), qint64(3)));
        QCOMPARE(a.topValues.at(1), qMakePair(QStringLiteral("0"), qint64(1)));
    }

    void histogramByHand()
    {
        // min 0, max 20: width 1, edges 0 1 2 ... 20. 0 and 0.5 -> bin 0; 1 and 1 -> bin 1 (an
        // edge value opens its bin); 3 -> bin 3; 19.5 -> bin 19; 20 -> bin 19 (last bin closed).
        ColumnProfiler profiler(ColumnType::Decimal);
        for (double v : {0.0, 0.5, 1.0, 1.0, 3.0, 19.5, 20.0})
            profiler.addNumber(v);
        const ColumnAudit a = profiler.finish();
        QList<qint64> expected(20, 0);
        expected[0] = 2;
        expected[1] = 2;
        expected[3] = 1;
        expected[19] = 2;
        QCOMPARE(a.histogramCounts, expected);
        for (int i = 0; i <= 20; ++i)
            CHECK_NEAR(a.histogramEdges.at(i), double(i), 1e-12);
        // One distinct value: range [v - 0.5, v + 0.5], the value in the middle bin (10).
        ColumnProfiler constant(ColumnType::Integer);
        constant.addNumber(4);
        constant.addNumber(4);
        const ColumnAudit c = constant.finish();
        QCOMPARE(c.histogramCounts.at(10), 2);
        CHECK_NEAR(c.histogramEdges.first(), 3.5, 0);
        CHECK_NEAR(c.histogramEdges.last(), 4.5, 0);
    }

    void textAndDates()
    {
        ColumnProfiler text(ColumnType::Text);
        for (const char *v : {"b", "a", "c", "b", "a", "b", "d"})
            text.addText(v);
        text.addNull();
        const ColumnAudit t = text.finish();
        // 8 rows, 1 null: 1/8 = 0.125; counts b 3, a 2, c 1, d 1 (ties by value)
        CHECK_NEAR(t.nullRate, 0.125, 0);
        QCOMPARE(t.distinct, 4);
        QCOMPARE(t.minValue, QStringLiteral("a"));
        QCOMPARE(t.maxValue, QStringLiteral("d"));
        const QList<QPair<QString, qint64>> top = {{"b", 3}, {"a", 2}, {"c", 1}, {"d", 1}};
        QCOMPARE(t.topValues, top);
        QVERIFY(!t.mean && !t.q1 && t.histogramCounts.isEmpty());
        QCOMPARE(t.outliers, 0);

        // ISO dates: byte order is chronological.
        ColumnProfiler dates(ColumnType::Date);
        for (const char *v : {"2023-12-31", "2024-01-05", "2021-07-01", "2024-01-05"})
            dates.addText(v);
        const ColumnAudit d = dates.finish();
        QCOMPARE(d.minValue, QStringLiteral("2021-07-01"));
        QCOMPARE(d.maxValue, QStringLiteral("2024-01-05"));
        QCOMPARE(d.distinct, 3);
        QCOMPARE(d.topValues.first(), qMakePair(QStringLiteral("2024-01-05"), qint64(2)));

        // UTF-8 bytes: 上 U+4E0A = E4 B8 8A sorts before 北 U+5317 = E5 8C 97 (and before the
        // high bytes, every ASCII letter).
        ColumnProfiler cities(ColumnType::Text);
        for (const char *v : {"北京", "上海", "Zhuhai"})
            cities.addText(v);
        QCOMPARE(cities.finish().minValue, QStringLiteral("Zhuhai"));
        QCOMPARE(cities.finish().maxValue, QString::fromUtf8("北京"));

        // Top values keep 10 of 12 distinct values: the two least frequent are dropped.
        ColumnProfiler many(ColumnType::Phone);
        for (int i = 0; i < 12; ++i)
            for (int k = 0; k <= i; ++k)
                many.addText(std::to_string(13800000000LL + i));
        const ColumnAudit m = many.finish();
        QCOMPARE(m.topValues.size(), 10);
        QCOMPARE(m.topValues.first(), qMakePair(QStringLiteral("13800000011"), qint64(12)));
        QCOMPARE(m.topValues.last(), qMakePair(QStringLiteral("13800000002"), qint64(3)));
    }

    void removeUndoesAdd()
    {
        ColumnProfiler numbers(ColumnType::Decimal);
        ColumnProfiler texts(ColumnType::Text);
        for (int i = 0; i < 1000; ++i) {
            numbers.addNumber(std::sin(i) * 100.0);
            texts.addText(std::to_string(i % 37));
        }
        numbers.addNull();
        const ColumnAudit beforeNumbers = numbers.finish();
        const ColumnAudit beforeTexts = texts.finish();
        // Values new to the column (removed entirely) and repeats of present values.
        for (int i = 0; i < 300; ++i) {
            numbers.addNumber(1000.0 + i);
            numbers.addNumber(std::sin(i) * 100.0);
            texts.addText("extra " + std::to_string(i));
            texts.addText(std::to_string(i % 37));
            numbers.addNull();
        }
        for (int i = 299; i >= 0; --i) {
            numbers.removeNumber(1000.0 + i);
            numbers.removeNumber(std::sin(i) * 100.0);
            texts.removeText("extra " + std::to_string(i));
            texts.removeText(std::to_string(i % 37));
            numbers.removeNull();
        }
        CHECK_SAME(numbers.finish(), beforeNumbers);
        CHECK_SAME(texts.finish(), beforeTexts);
        QCOMPARE(numbers.finish().topValues, beforeNumbers.topValues);
        QCOMPARE(numbers.finish().histogramCounts, beforeNumbers.histogramCounts);
        QCOMPARE(texts.finish().topValues, beforeTexts.topValues);

        // Removing what is not there is an error.
        QVERIFY_THROWS_EXCEPTION(Error, numbers.removeNumber(12345.0));
        QVERIFY_THROWS_EXCEPTION(Error, texts.removeText("never added"));
        QVERIFY_THROWS_EXCEPTION(Error, texts.removeNull());
        // A value of the wrong kind for the column type is a programming error, not data.
        QVERIFY_THROWS_EXCEPTION(Error, texts.addNumber(1.0));
        QVERIFY_THROWS_EXCEPTION(Error, numbers.addText("1"));
        QVERIFY_THROWS_EXCEPTION(Error, ColumnProfiler(ColumnType::Date).removeNumber(1.0));
        QVERIFY_THROWS_EXCEPTION(Error, ColumnProfiler(ColumnType::Boolean).removeText("1"));
    }

    void textArenaCompaction()
    {
        // Adding and removing many distinct long values compacts the byte arena; the values
        // that stay must still read back (top values, min, max).
        ColumnProfiler texts(ColumnType::Text);
        texts.addText("keep-a");
        texts.addText("keep-b");
        texts.addText("keep-b");
        const std::string filler(200, 'x');
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 2000; ++i)
                texts.addText(filler + std::to_string(i));
            for (int i = 0; i < 2000; ++i)
                texts.removeText(filler + std::to_string(i));
        }
        const ColumnAudit a = texts.finish();
        QVERIFY(a.distinctExact);
        QCOMPARE(a.distinct, 2);
        QCOMPARE(a.minValue, QStringLiteral("keep-a"));
        QCOMPARE(a.topValues.first(), qMakePair(QStringLiteral("keep-b"), qint64(2)));
    }

    void exactLimit()
    {
        // Exactly kExactLimit distinct values stay exact; one more switches to the sketch.
        ColumnProfiler profiler(ColumnType::Integer);
        for (int i = 0; i < ColumnProfiler::kExactLimit; ++i)
            profiler.addNumber(i);
        ColumnAudit a = profiler.finish();
        QVERIFY(a.distinctExact);
        QCOMPARE(a.distinct, ColumnProfiler::kExactLimit);
        profiler.addNumber(ColumnProfiler::kExactLimit);
        a = profiler.finish();
        QVERIFY(!a.distinctExact);
        QVERIFY(!a.quantilesExact);
        QCOMPARE(a.outliers, -1);
        QVERIFY(a.topValues.isEmpty());
        CHECK_NEAR(double(a.distinct), 65537.0, 0.03 * 65537.0);
        // mean of 0..65536 = 32768 exactly (sums carried over from the exact map)
        CHECK_NEAR(*a.mean, 32768.0, 1e-9);
    }

    void approximateNumbers()
    {
        // 0 .. 199999 in a scrambled order (i * 7919 mod 200000; 7919 is prime, so a permutation)
        const int n = 200000;
        ColumnProfiler profiler(ColumnType::Integer);
        for (qint64 i = 0; i < n; ++i)
            profiler.addNumber(double((i * 7919) % n));
        profiler.addNull();
        const ColumnAudit a = profiler.finish();
        QCOMPARE(a.rows, n + 1);
        QCOMPARE(a.nulls, 1);
        QVERIFY(!a.distinctExact);
        QVERIFY(!a.quantilesExact);
        CHECK_NEAR(double(a.distinct), n, 0.03 * n);
        QCOMPARE(a.minValue, QStringLiteral("0"));
        QCOMPARE(a.maxValue, QStringLiteral("199999"));
        // mean (n - 1) / 2 = 99999.5; sample variance of 0..n-1 = n (n + 1) / 12
        //   = 200000 * 200001 / 12 = 3333350000 -> stddev 57735.1713...
        CHECK_NEAR(*a.mean, 99999.5, 1e-6);
        CHECK_NEAR(*a.stddev, std::sqrt(3333350000.0), 1e-6);
        // true type-7 quartiles: h = 199999 p -> 49999.75, 99999.5, 149999.25. The sample of
        // 65536 has a rank standard error sqrt(.25 * .75 / 65536) = 0.17% of the range (340):
        // allow 1.5% (3000).
        CHECK_NEAR(*a.q1, 49999.75, 3000);
        CHECK_NEAR(*a.median, 99999.5, 3000);
        CHECK_NEAR(*a.q3, 149999.25, 3000);
        QCOMPARE(a.outliers, -1); // counted by auditTable, not from the sample
        // histogram scaled to the 200000 values: 10000 per bin, within 8%
        qint64 total = 0;
        for (qint64 c : a.histogramCounts) {
            CHECK_NEAR(double(c), 10000.0, 800.0);
            total += c;
        }
        QCOMPARE(total, n);

        // Reproducible: the same input gives the same sample.
        ColumnProfiler again(ColumnType::Integer);
        for (qint64 i = 0; i < n; ++i)
            again.addNumber(double((i * 7919) % n));
        again.addNull();
        CHECK_SAME(again.finish(), a);

        // Removal in approximate mode adjusts counts and sums (documented): removing 199999
        // leaves 0..199998 with mean 99999; the sketch keeps its estimate.
        profiler.removeNumber(199999.0);
        profiler.removeNull();
        const ColumnAudit r = profiler.finish();
        QCOMPARE(r.rows, n - 1);
        QCOMPARE(r.nulls, 0);
        CHECK_NEAR(*r.mean, 99999.0, 1e-6);
        QCOMPARE(r.distinct, a.distinct);
    }

    void approximateTexts()
    {
        const int n = 200000;
        ColumnProfiler profiler(ColumnType::Text);
        char buffer[32];
        for (int i = n - 1; i >= 0; --i) {
            std::snprintf(buffer, sizeof buffer, "id-%06d", i);
            profiler.addText(buffer);
        }
        const ColumnAudit a = profiler.finish();
        QVERIFY(!a.distinctExact);
        CHECK_NEAR(double(a.distinct), n, 0.03 * n);
        QCOMPARE(a.minValue, QStringLiteral("id-000000"));
        QCOMPARE(a.maxValue, QStringLiteral("id-199999"));
        QVERIFY(a.topValues.isEmpty());
        QCOMPARE(a.rows, n);
        // Running min/max in approximate mode, byte-wise: a proper prefix is smaller
        // ("id-00000" < "id-000000", same first 8 bytes), a longer string with the max as prefix
        // is larger, and "ia" < "id-..." is decided in the first bytes.
        profiler.addText("id-00000");
        QCOMPARE(profiler.finish().minValue, QStringLiteral("id-00000"));
        profiler.addText("ia");
        profiler.addText("id-1999995");
        profiler.addText("id-1");
        QCOMPARE(profiler.finish().minValue, QStringLiteral("ia"));
        QCOMPARE(profiler.finish().maxValue, QStringLiteral("id-1999995"));

        // Long values leave exact mode by bytes (kExactTextBytes) before kExactLimit values.
        ColumnProfiler longText(ColumnType::Text);
        const std::string filler(100, 'y');
        const int count = ColumnProfiler::kExactTextBytes / 100 + 10;
        for (int i = 0; i < count; ++i)
            longText.addText(filler + std::to_string(i));
        const ColumnAudit l = longText.finish();
        QVERIFY(!l.distinctExact);
        CHECK_NEAR(double(l.distinct), count, 0.03 * count);
    }

    void auditTableMatchesProfilers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database db(dir.filePath("w.cwb"), Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE customers(\"id\" INTEGER, \"fee\" REAL, \"brand\" TEXT, \"join "
                "date\" TEXT, \"vip\" INTEGER)");
        struct Row
        {
            std::optional<qint64> id;
            std::optional<double> fee;
            std::optional<QString> brand, date;
            std::optional<qint64> vip;
        };
        const QList<Row> rows = {
            {1, 58.5, QString::fromUtf8("天翼"), "2020-01-31", 1},
            {2, 129.0, QString::fromUtf8("我的e家"), "2019-05-01", 0},
            {3, std::nullopt, QString::fromUtf8("天翼"), std::nullopt, 0},
            {4, 89.9, std::nullopt, "2021-11-11", std::nullopt},
            {5, 1200.0, QString::fromUtf8("天翼"), "2018-03-15", 1},
            {6, 58.5, "other", "2020-01-31", 0},
        };
        Statement insert(db, "INSERT INTO customers VALUES (?1, ?2, ?3, ?4, ?5)");
        ColumnProfiler id(ColumnType::Integer), fee(ColumnType::Decimal), brand(ColumnType::Text),
            date(ColumnType::Date), vip(ColumnType::Boolean);
        for (const Row &r : rows) {
            r.id ? insert.bind(1, *r.id) : insert.bindNull(1);
            r.fee ? insert.bind(2, *r.fee) : insert.bindNull(2);
            r.brand ? insert.bind(3, *r.brand) : insert.bindNull(3);
            r.date ? insert.bind(4, *r.date) : insert.bindNull(4);
            r.vip ? insert.bind(5, *r.vip) : insert.bindNull(5);
            insert.exec();
            insert.reset();
            r.id ? id.addNumber(double(*r.id)) : id.addNull();
            r.fee ? fee.addNumber(*r.fee) : fee.addNull();
            r.brand ? brand.addText(r.brand->toStdString()) : brand.addNull();
            r.date ? date.addText(r.date->toStdString()) : date.addNull();
            r.vip ? vip.addNumber(double(*r.vip)) : vip.addNull();
        }
        QList<ColumnAudit> columns(5);
        const QStringList names = {"id", "fee", "brand", "join date", "vip"};
        const QList<ColumnType> types = {ColumnType::Integer, ColumnType::Decimal, ColumnType::Text,
                                         ColumnType::Date, ColumnType::Boolean};
        for (int i = 0; i < 5; ++i) {
            columns[i].position = i + 1;
            columns[i].name = names[i];
            columns[i].label = QStringLiteral("label %1").arg(i);
            columns[i].type = types[i];
            columns[i].invalid = i; // carried over from the importer
        }
        JobControl job;
        qint64 reported = -1;
        job.onProgress = [&](const Progress &progress) { reported = progress.items; };
        const AuditReport report = auditTable(db, "customers", columns, &job);
        QCOMPARE(report.rows, 6);
        QCOMPARE(reported, 6); // the final progress report is forced
        QCOMPARE(report.columns.size(), 5);
        ColumnProfiler *profilers[] = {&id, &fee, &brand, &date, &vip};
        for (int i = 0; i < 5; ++i) {
            ColumnAudit expected = profilers[i]->finish();
            expected.position = i + 1;
            expected.name = names[i];
            expected.label = QStringLiteral("label %1").arg(i);
            expected.invalid = i;
            CHECK_SAME(report.columns.at(i), expected);
            QCOMPARE(report.columns.at(i).topValues, expected.topValues);
            QCOMPARE(report.columns.at(i).histogramCounts, expected.histogramCounts);
        }
        // fee: 58.5 58.5 89.9 129 1200 -> Q1 58.5, Q3 129, IQR 70.5, high fence 234.75: 1200 out
        QCOMPARE(report.columns.at(1).outliers, 1);
        QCOMPARE(report.columns.at(2).topValues.first(),
                 qMakePair(QString::fromUtf8("天翼"), qint64(3)));
        QCOMPARE(report.columns.at(3).minValue, QStringLiteral("2018-03-15"));

        // Cancel stops the scan.
        JobControl cancelled;
        cancelled.requestCancel();
        db.exec("CREATE TABLE big(v INTEGER)");
        db.exec("WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < 9999) "
                "INSERT INTO big SELECT i FROM s");
        ColumnAudit v;
        v.name = "v";
        v.type = ColumnType::Integer;
        QVERIFY_THROWS_EXCEPTION(Cancelled, auditTable(db, "big", {v}, &cancelled));
        QVERIFY_THROWS_EXCEPTION(Error, auditTable(db, "no such table", {v}));
    }

    void auditTableCountsOutliersInSql()
    {
        // 70000 distinct values 0..69999 (approximate mode) plus 10 rows of 10^7: quartiles of
        // the sample lie near 17500 and 52500 (IQR ~35000, fences ~ -35000 and ~105000), so the
        // exact count outside them is the 10 large values, counted by the SQL query.
        QTemporaryDir dir;
        Database db(dir.filePath("w.cwb"), Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE customers(arpu REAL, note TEXT)");
        db.exec("WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < 69999) "
                "INSERT INTO customers SELECT i, 'n' || (i % 3) FROM s");
        db.exec("WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < 9) "
                "INSERT INTO customers SELECT 10000000.0, NULL FROM s");
        ColumnAudit arpu, note;
        arpu.name = "arpu";
        arpu.type = ColumnType::Decimal;
        note.name = "note";
        note.type = ColumnType::Text;
        const AuditReport report = auditTable(db, "customers", {arpu, note});
        QCOMPARE(report.rows, 70010);
        const ColumnAudit &a = report.columns.at(0);
        QVERIFY(!a.quantilesExact);
        QCOMPARE(a.outliers, 10);
        QCOMPARE(report.columns.at(1).nulls, 10);
        QCOMPARE(report.columns.at(1).distinct, 3);
    }

    void storeAndLoad()
    {
        QTemporaryDir dir;
        Database db(dir.filePath("w.cwb"), Database::Mode::ReadWriteCreate);
        db.exec(kSchema);
        QCOMPARE(loadLatestAudit(db).auditId, 0);

        ColumnProfiler numbers(ColumnType::Decimal);
        for (double v : {1.0, 2.0, 3.0, 4.0, 100.0, 0.1})
            numbers.addNumber(v);
        numbers.addNull();
        ColumnProfiler text(ColumnType::Text);
        text.addText("天翼");
        text.addNull();
        AuditReport report;
        report.importId = 7;
        report.computedAt = "2024-05-01T10:00:00Z";
        report.rows = 7;
        report.duplicateIds = 2;
        report.columns = {numbers.finish(), text.finish()};
        report.columns[0].position = 1;
        report.columns[0].name = "fee";
        report.columns[0].label = QString::fromUtf8("月费");
        report.columns[0].invalid = 3;
        report.columns[1].position = 2;
        report.columns[1].name = "brand";

        const qint64 first = storeAudit(db, report);
        report.importId = 8;
        const qint64 second = storeAudit(db, report);
        QVERIFY(second > first);
        const AuditReport loaded = loadLatestAudit(db);
        QCOMPARE(loaded.auditId, second);
        QCOMPARE(loaded.importId, 8);
        QCOMPARE(loaded.computedAt, report.computedAt);
        QCOMPARE(loaded.rows, 7);
        QCOMPARE(loaded.duplicateIds, 2);
        QCOMPARE(loaded.columns.size(), 2);
        for (int i = 0; i < 2; ++i) {
            CHECK_SAME(loaded.columns.at(i), report.columns.at(i));
            QCOMPARE(loaded.columns.at(i).topValues, report.columns.at(i).topValues);
            QCOMPARE(loaded.columns.at(i).histogramEdges, report.columns.at(i).histogramEdges);
            QCOMPARE(loaded.columns.at(i).histogramCounts, report.columns.at(i).histogramCounts);
        }
        QCOMPARE(db.scalar("SELECT count(*) FROM audit_columns").toInt(), 4);
        QCOMPARE(db.scalar("SELECT mean FROM audit_columns WHERE position = 2"), QVariant());

        // A failing store leaves nothing behind (duplicate position -> primary key violation).
        AuditReport bad = report;
        bad.columns[1].position = 1;
        QVERIFY_THROWS_EXCEPTION(Error, storeAudit(db, bad));
        QCOMPARE(db.scalar("SELECT count(*) FROM audit_runs").toInt(), 2);
        QCOMPARE(loadLatestAudit(db).auditId, second);
    }

    void jsonAndText()
    {
        ColumnProfiler fee(ColumnType::Integer);
        for (double v : {1.0, 2.0, 3.0, 4.0, 100.0})
            fee.addNumber(v);
        fee.addNull();
        fee.addNull();
        ColumnProfiler brand(ColumnType::Text);
        brand.addText("天翼");
        brand.addText("other");
        AuditReport report;
        report.auditId = 3;
        report.rows = 7;
        report.duplicateIds = 1;
        report.columns = {fee.finish(), brand.finish()};
        report.columns[0].position = 1;
        report.columns[0].name = "fee";
        report.columns[0].label = QString::fromUtf8("月费金额");
        report.columns[1].position = 2;
        report.columns[1].name = "brand";
        report.columns[1].label = "brand";
        report.columns[1].distinctExact = false; // shown with "≈"

        const QJsonObject json = auditToJson(report);
        QCOMPARE(json.value("audit_id").toInteger(), 3);
        QVERIFY(json.value("import_id").isNull());
        QCOMPARE(json.value("duplicate_ids").toInteger(), 1);
        const QJsonObject c0 = json.value("columns").toArray().at(0).toObject();
        QCOMPARE(c0.value("null_rate").toDouble(), 2.0 / 7.0);
        QCOMPARE(c0.value("mean").toDouble(), 22.0);
        QCOMPARE(c0.value("median").toDouble(), 3.0);
        QCOMPARE(c0.value("outliers").toInteger(), 1);
        QCOMPARE(c0.value("histogram_counts").toArray().size(), 20);
        QCOMPARE(c0.value("top_values").toArray().at(0).toObject().value("value").toString(),
                 QStringLiteral("1"));
        const QJsonObject c1 = json.value("columns").toArray().at(1).toObject();
        QVERIFY(c1.value("mean").isNull());
        QVERIFY(c1.value("q1").isNull());
        QCOMPARE(c1.value("distinct_exact").toBool(), false);
        QCOMPARE(c1.value("type").toString(), QStringLiteral("text"));

        const QString text = auditToText(report);
        // Null rate 2/7 = 28.6%, mean 22, quartiles 2 / 3 / 4, distinct of brand estimated.
        QVERIFY2(text.contains("28.6%"), qPrintable(text));
        QVERIFY2(text.contains("2 / 3 / 4"), qPrintable(text));
        QVERIFY2(text.contains(QString::fromUtf8("≈2")), qPrintable(text));
        QVERIFY2(text.contains("duplicate ids: 1"), qPrintable(text));
        QVERIFY2(text.contains("rows: 7"), qPrintable(text));
        // Alignment in terminal columns: the type cell starts at the same column on the header
        // and both rows, though the label 月费金额 is 4 characters and 8 columns wide.
        const QStringList lines = text.split('\n');
        QList<int> typeColumns;
        for (const QString &line : lines) {
            for (const QString &type :
                 {QStringLiteral("type"), QStringLiteral("integer"), QStringLiteral("text  ")}) {
                const int at = line.indexOf(QStringLiteral("  ") + type);
                if (at >= 0 && !line.startsWith("rows") && !line.contains("estimated")) {
                    typeColumns.append(terminalWidth(line.left(at)));
                    break;
                }
            }
        }
        QCOMPARE(typeColumns.size(), 3);
        QCOMPARE(typeColumns.at(1), typeColumns.at(0));
        QCOMPARE(typeColumns.at(2), typeColumns.at(0));

        // 1 null in 2001 rows = 0.04998%: shown as "<0.1%", not as a misleading "0.0%"
        ColumnProfiler sparse(ColumnType::Integer);
        for (int i = 0; i < 2000; ++i)
            sparse.addNumber(i);
        sparse.addNull();
        AuditReport small;
        small.columns = {sparse.finish()};
        QVERIFY2(auditToText(small).contains("<0.1%"), qPrintable(auditToText(small)));
    }

    void millionsOfValues()
    {
        // The importer's load: 38 columns x 1,000,000 rows (timed in tests/bench/audit).
        std::vector<ColumnProfiler> profilers;
        for (int c = 0; c < 38; ++c)
            profilers.emplace_back(c % 4 == 3 ? ColumnType::Phone : ColumnType::Decimal);
        std::uint64_t state = 42;
        char phone[16];
        for (int row = 0; row < 1000000; ++row) {
            for (int c = 0; c < 38; ++c) {
                state = state * 6364136223846793005ull + 1442695040888963407ull;
                if (c % 4 == 3) {
                    std::snprintf(phone, sizeof phone, "1%010u", unsigned(state >> 34));
                    profilers[std::size_t(c)].addText(phone);
                } else if (c % 4 == 0) {
                    profilers[std::size_t(c)].addNumber(double(row)); // an id: all distinct
                } else {
                    profilers[std::size_t(c)].addNumber(double((state >> 40) % 50000) / 100.0);
                }
            }
        }
        const ColumnAudit id = profilers[0].finish();
        QCOMPARE(id.rows, 1000000);
        QVERIFY(!id.distinctExact);
        CHECK_NEAR(double(id.distinct), 1e6, 3e4);
        CHECK_NEAR(*id.mean, 499999.5, 1e-6);
        const ColumnAudit fee = profilers[1].finish();
        QVERIFY(fee.distinctExact); // 50000 possible values
        CHECK_NEAR(*fee.mean, 250.0, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
