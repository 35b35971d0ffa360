// SPDX-License-Identifier: GPL-3.0-or-later
// Offers: package definition and JSON, the catalog store, the pricing rules (overage, discount
// months, bundle) checked by hand, the recommendation rules and their stability, matching on a
// small workspace, tier design.
#include "common/testsupport.h"
#include "core/error.h"
#include "offer/customerscope.h"
#include "offer/matching.h"
#include "offer/packagestore.h"
#include "offer/pricing.h"
#include "offer/tiers.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cwb;

namespace {

QString errorOf(const std::function<void()> &body)
{
    try {
        body();
    } catch (const Error &e) {
        return e.message();
    }
    return QStringLiteral("(no error)");
}

Package unlimited(const QString &name, double fee)
{
    Package p;
    p.name = name;
    p.monthlyFee = fee;
    p.localMinutes = p.ldMinutes = p.dataMb = Package::kUnlimited;
    return p;
}

CustomerUsage flatUsage(double local, double ld, double data, double today)
{
    CustomerUsage c;
    for (MonthUsage &m : c.months)
        m = {local, ld, data};
    c.todayBill = today;
    return c;
}

// A table of customers for recommend(), every package eligible unless told.
UsageTable tableOf(const QList<CustomerUsage> &customers, int packages)
{
    UsageTable t;
    t.idStart.push_back(0);
    for (qsizetype i = 0; i < customers.size(); ++i) {
        t.rowids.push_back(i + 1);
        t.idChars += "c" + std::to_string(i + 1);
        t.idStart.push_back(std::uint32_t(t.idChars.size()));
        t.usage.push_back(customers.at(i));
        t.eligible.push_back((1u << packages) - 1);
        t.features.push_back(0);
    }
    return t;
}

// Customers shaped like an imported extract (the columns matching reads):
//  id  local m1 m2 m3   ld m1 m2 m3   data m1 m2 m3     total m1 m2 m3   bb  bb_fee roam fixed grid
//  a   200  200  200    0   0   0     1000 1000 1000    60   60   60     0   0      0    0    东
//  b   600  600  600    400 400 400   6000 6000 6000    150  150  150    0   0      10   0    西
//  c   NULL (all usage missing)                         NULL NULL 30     100 40     0    20   东
//  d   50   50   50     0   0   0     0    0    0       NULL NULL NULL   0   0      0    0    西
void fillWorkspace(Workspace &ws)
{
    Database &db = ws.db();
    const char *names[] = {
        "local_minutes_m1", "local_minutes_m2", "local_minutes_m3", "ld_minutes_m1",
        "ld_minutes_m2",    "ld_minutes_m3",    "data_mb_m1",       "data_mb_m2",
        "data_mb_m3",       "total_fee_m1",     "total_fee_m2",     "total_fee_m3",
        "broadband_mbps",   "broadband_fee_m1", "roaming_fee_m1",   "fixed_fee_m1"};
    QString create = QStringLiteral("CREATE TABLE customers(customer_id TEXT NOT NULL, grid TEXT");
    Statement column(db, "INSERT INTO customer_columns(position, name, label, source_header, type, "
                         "canonical) VALUES (?,?,?,?,?,1)");
    int position = 0;
    auto addColumn = [&](const QString &name, const QString &type) {
        column.bind(1, position++);
        column.bind(2, name);
        column.bind(3, name);
        column.bind(4, name);
        column.bind(5, type);
        column.exec();
        column.reset();
    };
    addColumn(QStringLiteral("customer_id"), QStringLiteral("text"));
    addColumn(QStringLiteral("grid"), QStringLiteral("text"));
    for (const char *name : names) {
        create += QStringLiteral(", %1 REAL").arg(QLatin1String(name));
        addColumn(QLatin1String(name), name == QLatin1String("broadband_mbps")
                                           ? QStringLiteral("integer")
                                           : QStringLiteral("decimal"));
    }
    create += QStringLiteral(", _import_id INTEGER, _line INTEGER)");
    db.exec(create.toStdString());
    db.exec("INSERT INTO customers VALUES "
            "('a', '东', 200, 200, 200, 0, 0, 0, 1000, 1000, 1000, 60, 60, 60, 0, 0, 0, 0, 1, 2),"
            "('b', '西', 600, 600, 600, 400, 400, 400, 6000, 6000, 6000, 150, 150, 150, 0, 0, 10, "
            "0, 1, 3),"
            "('c', '东', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 30, "
            "100, 40, 0, 20, 1, 4),"
            "('d', '西', 50, 50, 50, 0, 0, 0, 0, 0, 0, NULL, NULL, NULL, 0, 0, 0, 0, 1, 5)");
}

} // namespace

class TestOffer : public QObject
{
    Q_OBJECT

private slots:
    // Overage: fee 50 with 100 local / 50 ld minutes / 1000 MB included; 0.10 / 0.20 / 0.03.
    void pricingOverage()
    {
        Package p;
        p.name = QStringLiteral("P50");
        p.monthlyFee = 50;
        p.localMinutes = 100;
        p.ldMinutes = 50;
        p.dataMb = 1000;
        p.localPerMinute = 0.10;
        p.ldPerMinute = 0.20;
        p.dataPerMb = 0.03;
        CustomerUsage c;
        c.months[0] = {150, 40, 1500}; // M1: (150-100)*0.10 = 5, ld 0, (1500-1000)*0.03 = 15 -> 20
        c.months[1] = {100, 80, 500};  // M2: local 0, (80-50)*0.20 = 6, data 0 -> 6
        c.months[2] = {90, 60, 2000};  // M3: local 0, (60-50)*0.20 = 2, (2000-1000)*0.03 = 30 -> 32
        // Bills 70, 56, 82 -> mean 208 / 3 = 69.3333.
        const Quote q = quote(p, c);
        QVERIFY(q.fits);
        CHECK_NEAR(q.bill, 208.0 / 3.0, 1e-9);
        CHECK_NEAR(q.regularBill, 208.0 / 3.0, 1e-9);
        CHECK_NEAR(monthCharge(p, c.months[2], 1), 82.0, 1e-9);
        // Usage exactly at the allowance costs nothing extra.
        CHECK_NEAR(monthCharge(p, {100, 50, 1000}, 1), 50.0, 1e-9);
    }

    // Discount months: the package is replayed from M3 (month 1) to M1 (month 3).
    void pricingDiscountMonths()
    {
        Package p = unlimited(QStringLiteral("P100"), 100);
        const CustomerUsage c = flatUsage(500, 500, 500, 100);
        p.discount = {Discount::Kind::Amount, 30, 2};
        // Months 1, 2 at 100 - 30 = 70, month 3 at 100: (70 + 70 + 100) / 3 = 80; regular 100.
        CHECK_NEAR(quote(p, c).bill, 80.0, 1e-9);
        CHECK_NEAR(quote(p, c).regularBill, 100.0, 1e-9);
        p.discount = {Discount::Kind::Percent, 25, 1};
        // Month 1 at 100 * 0.75 = 75, then 100, 100: 275 / 3 = 91.6667.
        CHECK_NEAR(quote(p, c).bill, 275.0 / 3.0, 1e-9);
        p.discount = {Discount::Kind::Percent, 25, 6};
        // All three replayed months inside the discount: 75.
        CHECK_NEAR(quote(p, c).bill, 75.0, 1e-9);
        CHECK_NEAR(p.feeInMonth(6), 75.0, 1e-9);
        CHECK_NEAR(p.feeInMonth(7), 100.0, 1e-9);
        // The discount applies to the fee only, not to overage: 10 minutes over at 0.15.
        Package q = p;
        q.localMinutes = 490; // (500 - 490) * 0.15 = 1.5 a month
        CHECK_NEAR(quote(q, c).bill, 76.5, 1e-9);
        // An amount above the fee is refused with the figures.
        p.discount = {Discount::Kind::Amount, 120, 3};
        QCOMPARE(errorOf([&] { validatePackage(p); }),
                 QStringLiteral("package 'P100': the discount of 120 yuan exceeds the monthly fee "
                                "of 100 yuan"));
        p.discount = {Discount::Kind::Amount, 20, 0};
        QVERIFY(errorOf([&] { validatePackage(p); }).contains(QStringLiteral("months")));
    }

    // Bundles: the broadband the customer pays today is carried unless the package includes it;
    // a slower bundle does not fit.
    void pricingBundle()
    {
        CustomerUsage c = flatUsage(0, 0, 0, 120);
        c.broadbandMbps = 100;
        c.broadbandFee = 40;
        c.fixedFee = 20;
        c.roamingFee = 5;
        // No broadband in the package: 50 + roaming 5 + fixed 20 + broadband 40 = 115.
        const Package plain = unlimited(QStringLiteral("plain"), 50);
        CHECK_NEAR(quote(plain, c).bill, 115.0, 1e-9);
        // A 200M bundle at 90 replaces the broadband: 90 + 5 + 20 = 115.
        Package bundle = unlimited(QStringLiteral("bundle"), 90);
        bundle.broadbandMbps = 200;
        QVERIFY(bundle.isBundle());
        QVERIFY(quote(bundle, c).fits);
        CHECK_NEAR(quote(bundle, c).bill, 115.0, 1e-9);
        // A 50M bundle would lower the speed: not a fit.
        Package slow = bundle;
        slow.broadbandMbps = 50;
        QVERIFY(!quote(slow, c).fits);
        // A customer without broadband can take any bundle: 90 + 5 + 20 = 115 again.
        c.broadbandMbps = 0;
        c.broadbandFee = 0;
        QVERIFY(quote(slow, c).fits);
        CHECK_NEAR(quote(slow, c).bill, 115.0, 1e-9);
        QVERIFY(addsFeature(slow, c, Feature::Broadband));
        QVERIFY(!addsFeature(plain, c, Feature::Broadband));
    }

    void packageJsonRoundTrip()
    {
        Package p = unlimited(QStringLiteral("畅聊 199"), 199);
        p.dataMb = 20480;
        p.broadbandMbps = 300;
        p.discount = {Discount::Kind::Percent, 20, 6};
        p.contractMonths = 24;
        p.eligibility = QStringLiteral("total_fee_m1 >= 150");
        p.channels = {QStringLiteral("call"), QStringLiteral("store")};
        p.validFrom = QDate(2026, 12, 1);
        const QByteArray json = catalogToJson({p, unlimited(QStringLiteral("B"), 10)});
        const QList<Package> back = catalogFromJson(json, QStringLiteral("t.json"));
        QCOMPARE(back.size(), 2);
        QVERIFY(back.at(0) == p);
        QVERIFY(std::isinf(back.at(0).localMinutes));
        // Unlimited is written as null.
        const QJsonObject o = packageToJson(p);
        QVERIFY(o.value(QStringLiteral("included"))
                    .toObject()
                    .value(QStringLiteral("local_minutes"))
                    .isNull());
    }

    void packageJsonErrors()
    {
        auto fileWith = [](const QString &package) {
            return QStringLiteral("{\"format\": \"cwb-packages\", \"version\": 1, \"packages\": "
                                  "[{\"name\": \"A\", \"monthly_fee\": 10}, %1]}")
                .arg(package)
                .toUtf8();
        };
        auto error = [&](const QString &package) {
            return errorOf([&] { catalogFromJson(fileWith(package), QStringLiteral("c.json")); });
        };
        QCOMPARE(error(QStringLiteral("{\"name\": \"B\", \"monthly_fee\": 10, \"overage\": "
                                      "{\"data_per_mb\": \"x\"}}")),
                 QStringLiteral("c.json: packages[1] ('B').overage.data_per_mb: expected a "
                                "number, got \"x\""));
        QCOMPARE(error(QStringLiteral("{\"name\": \"a\", \"monthly_fee\": 10}")),
                 QStringLiteral("c.json: packages[1]: the name 'a' appears twice (names are "
                                "compared without case)"));
        QCOMPARE(error(QStringLiteral("{\"name\": \"B\", \"monthly_fee\": -1}")),
                 QStringLiteral("c.json: packages[1]: package 'B': monthly_fee must be a number "
                                ">= 0, got -1"));
        QCOMPARE(error(QStringLiteral("{\"name\": \"B\", \"monthly_fee\": 1, \"channels\": "
                                      "[\"fax\"]}")),
                 QStringLiteral("c.json: packages[1]: package 'B': unknown channel 'fax' "
                                "(expected one of call, sms, direct_mail, door_to_door, store)"));
        QVERIFY(error(QStringLiteral("{\"name\": \"B\", \"monthly_fee\": 1, \"fee\": 2}"))
                    .contains(QStringLiteral("unknown field \"fee\"")));
        QVERIFY(error(QStringLiteral("{\"name\": \"B\", \"monthly_fee\": 1, \"eligibility\": "
                                     "\"x >\"}"))
                    .contains(QStringLiteral("eligibility rule")));
        QVERIFY(error(QStringLiteral("{\"name\": \"B\", \"monthly_fee\": 1, \"valid_from\": "
                                     "\"2027-01-01\", \"valid_to\": \"2026-01-01\"}"))
                    .contains(QStringLiteral("valid_to 2026-01-01 is before valid_from")));
        QVERIFY(errorOf([] {
                    catalogFromJson("{]", QStringLiteral("c.json"));
                }).startsWith(QStringLiteral("c.json: not valid JSON at byte")));
    }

    void storeChangesAreAllOrNothing()
    {
        QTemporaryDir dir;
        auto ws = Workspace::create(dir.filePath(QStringLiteral("w.cwb")));
        PackageStore store(*ws);
        store.add(unlimited(QStringLiteral("A"), 10));
        store.add(unlimited(QStringLiteral("B"), 20));
        QCOMPARE(errorOf([&] { store.add(unlimited(QStringLiteral("a"), 5)); }),
                 QStringLiteral("a package called 'a' already exists"));
        Package b2 = unlimited(QStringLiteral("B2"), 25);
        store.update(QStringLiteral("b"), b2);
        QCOMPARE(store.list().size(), 2);
        QCOMPARE(store.list().at(1).name, QStringLiteral("B2"));
        QCOMPARE(store.get(QStringLiteral("b2")).monthlyFee, 25.0);
        QVERIFY(errorOf([&] {
                    store.update(QStringLiteral("A"), b2);
                }).contains(QStringLiteral("that name is taken")));

        // Export, then import back: every name clashes, so nothing changes without replace.
        const QString file = dir.filePath(QStringLiteral("catalog.json"));
        store.exportFile(file);
        QVERIFY(errorOf([&] {
                    store.importFile(file, false);
                }).contains(QStringLiteral("nothing was imported")));
        QCOMPARE(store.list().size(), 2);
        QCOMPARE(store.importFile(file, true), 2);
        QCOMPARE(store.list().size(), 2);

        // A file with a good package and a bad one imports neither.
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": \"cwb-packages\", \"version\": 1, \"packages\": ["
                  "{\"name\": \"C\", \"monthly_fee\": 30},"
                  "{\"name\": \"D\", \"monthly_fee\": 30, \"discount\": {\"kind\": \"percent\", "
                  "\"value\": 150, \"months\": 3}}]}");
        bad.close();
        QVERIFY(errorOf([&] {
                    store.importFile(bad.fileName(), false);
                }).contains(QStringLiteral("a percent discount must be at most 100, got 150")));
        QCOMPARE(store.list().size(), 2);

        store.remove(QStringLiteral("A"));
        QCOMPARE(store.list().size(), 1);
        QVERIFY(errorOf([&] {
                    store.remove(QStringLiteral("A"));
                }).startsWith(QStringLiteral("no package called 'A'")));
        store.replaceAll({unlimited(QStringLiteral("X"), 1), unlimited(QStringLiteral("Y"), 2)});
        QCOMPARE(store.list().at(1).name, QStringLiteral("Y"));
    }

    // The three rules on hand-made customers (no carried fees; all packages unlimited).
    // Packages: S 30, M 60, L 100 with 200 local minutes included (else unlimited).
    void recommendationRules()
    {
        Package s = unlimited(QStringLiteral("S"), 30);
        s.localMinutes = 100; // overage 0.15
        Package m = unlimited(QStringLiteral("M"), 60);
        Package l = unlimited(QStringLiteral("L"), 100);
        const QList<Package> packages{s, m, l};
        // c1: 300 local minutes, today 80: S = 30 + 200 * 0.15 = 60 (ties M at 60; equal
        //     regular bills -> catalog order -> S), M 60, L 100.
        // c2: 50 local minutes, today 40: S 30, M 60, L 100.
        // c3: 300 local, today unknown.
        const QList<CustomerUsage> customers{flatUsage(300, 0, 0, 80), flatUsage(50, 0, 0, 40),
                                             flatUsage(300, 0, 0, std::nan(""))};
        MatchResult cheapest =
            recommend(packages, tableOf(customers, 3), parseMatchRule(QStringLiteral("cheapest")));
        QCOMPARE(int(cheapest.choice[0]), 0);
        CHECK_NEAR(cheapest.bill[0], 60.0, 1e-9);
        CHECK_NEAR(cheapest.change(0), -20.0, 1e-9); // 60 - 80
        CHECK_NEAR(cheapest.savings(0), 20.0, 1e-9);
        QCOMPARE(int(cheapest.choice[1]), 0);
        QCOMPARE(int(cheapest.choice[2]), 0); // cheapest needs no bill today
        // Summary: S got 3 customers; today's known bills 80 + 40, expected 60 + 30 -> -30.
        QCOMPARE(cheapest.summary.at(0).customers, qint64(3));
        CHECK_NEAR(cheapest.summary.at(0).revenueEffect(), -30.0, 1e-9);

        // value:25 -> budget c1 105: S 60, M 60, L 100 fit; richest = L (fee 100).
        //             budget c2 65: S 30, M 60 fit -> M. c3: no bill today.
        MatchResult value =
            recommend(packages, tableOf(customers, 3), parseMatchRule(QStringLiteral("value:25")));
        QCOMPARE(int(value.choice[0]), 2);
        QCOMPARE(int(value.choice[1]), 1);
        QCOMPARE(int(value.choice[2]), -1);
        QCOMPARE(value.reason[2], NoMatch::NoBillToday);
        // value:0 for c2 (budget 40): only S.  For c1 (budget 80): S, M -> M (fee 60 > 30).
        MatchResult tight =
            recommend(packages, tableOf(customers, 3), parseMatchRule(QStringLiteral("value:0")));
        QCOMPARE(int(tight.choice[0]), 1);
        QCOMPARE(int(tight.choice[1]), 0);

        // upsell: c1 has "local" suggested. S (100 min) does not cover the 300-minute average;
        // M and L (unlimited) do; both bill >= 80? M 60 < 80 (not an upsell), L 100 -> L (+20).
        // c2: nothing suggested.
        UsageTable t = tableOf(customers, 3);
        t.features[0] = std::uint8_t(1u << int(Feature::Local));
        MatchResult upsell =
            recommend(packages, std::move(t), parseMatchRule(QStringLiteral("upsell")));
        QCOMPARE(int(upsell.choice[0]), 2);
        CHECK_NEAR(upsell.change(0), 20.0, 1e-9);
        QCOMPARE(upsell.reason[1], NoMatch::NoFeature);

        // Eligibility bits: c2 may only take L.
        UsageTable only = tableOf(customers, 3);
        only.eligible[1] = 1u << 2;
        only.eligible[2] = 0;
        MatchResult restricted = recommend(packages, std::move(only), MatchRule{});
        QCOMPARE(int(restricted.choice[1]), 2);
        QCOMPARE(restricted.reason[2], NoMatch::NoEligible);

        QVERIFY(errorOf([] {
                    parseMatchRule(QStringLiteral("value:-5"));
                }).startsWith(QStringLiteral("unknown recommendation rule 'value:-5'")));
    }

    // value:X keeps the budget exactly: bills are compared in whole fen, as shown.
    void valueBudgetInFen()
    {
        // Package "Big": 60 yuan with 100 local minutes, 0.0225 yuan a minute over; "Small" 55.
        Package big = unlimited(QStringLiteral("Big"), 60);
        big.localMinutes = 100;
        big.localPerMinute = 0.0225;
        Package small = big;
        small.name = QStringLiteral("Small");
        small.monthlyFee = 55;
        // c1: one month 1 minute over: bill 60 + 0.0225 / 3 = 60.0075 -> 6,001 fen; today
        //     (50.01 + 50 + 50) / 3 = 50.00333 -> 5,000 fen; value:10 allows 6,000 fen, so Big
        //     is out (it was in within half a fen: 60.0075 <= 50.00333 + 10 + 0.005, shown as
        //     60.01 against 50.00, 0.01 over the budget). Small: 55.0075 -> 5,501 fen, in.
        // c2: local minutes 100.44 in one month: 60 + 0.44 x 0.0225 / 3 = 60.0033 -> 6,000 fen
        //     = 50 + 10 exactly: in, shown as 60.00 and a change of exactly +10.00.
        CustomerUsage c1;
        c1.months[0] = {101, 0, 0};
        c1.months[1] = c1.months[2] = {100, 0, 0};
        c1.todayBill = (50.01 + 50.0 + 50.0) / 3.0;
        CustomerUsage c2 = c1;
        c2.months[0] = {100.44, 0, 0};
        c2.todayBill = 50.0;
        const MatchResult r = recommend({small, big}, tableOf({c1, c2}, 2),
                                        parseMatchRule(QStringLiteral("value:10")));
        QCOMPARE(int(r.choice[0]), 0); // Small
        QCOMPARE(r.bill[0], 55.01);
        QCOMPARE(r.today(0), 50.0);
        QCOMPARE(r.change(0), 5.01);
        QCOMPARE(int(r.choice[1]), 1); // Big, at the budget exactly
        QCOMPARE(r.bill[1], 60.0);
        QCOMPARE(r.change(1), 10.0);
        QCOMPARE(toFen(60.0075), qint64(6001));
        QCOMPARE(toFen(60.0033), qint64(6000));
        // Without Small, c1 has nothing within budget.
        const MatchResult onlyBig =
            recommend({big}, tableOf({c1}, 1), parseMatchRule(QStringLiteral("value:10")));
        QCOMPARE(int(onlyBig.choice[0]), -1);
        QCOMPARE(onlyBig.reason[0], NoMatch::NothingInBudget);
        // The budget is money: at most two decimals.
        QCOMPARE(parseMatchRule(QStringLiteral("value:9.99")).maxIncrease, 9.99);
        QVERIFY(errorOf([] {
                    parseMatchRule(QStringLiteral("value:10.005"));
                }).contains(QStringLiteral("at most 2 decimals")));
    }

    // Same input, same output: every customer's choice and bill are identical across runs.
    void recommendationIsStable()
    {
        QList<CustomerUsage> customers;
        for (int i = 0; i < 500; ++i)
            customers << flatUsage((i * 37) % 900, (i * 11) % 400, (i * 101) % 9000,
                                   20 + (i * 7) % 200);
        QList<Package> packages;
        for (int p = 0; p < 5; ++p) {
            Package pkg;
            pkg.name = QStringLiteral("T%1").arg(p);
            pkg.monthlyFee = 30 + 30 * p;
            pkg.localMinutes = 100 + 150 * p;
            pkg.ldMinutes = 50 * p;
            pkg.dataMb = 1000 + 2000 * p;
            packages << pkg;
        }
        for (const char *rule : {"cheapest", "value:20", "upsell"}) {
            UsageTable t1 = tableOf(customers, 5);
            UsageTable t2 = tableOf(customers, 5);
            for (std::size_t i = 0; i < t1.features.size(); ++i)
                t1.features[i] = t2.features[i] = std::uint8_t(i % 16);
            const MatchResult a =
                recommend(packages, std::move(t1), parseMatchRule(QLatin1String(rule)));
            const MatchResult b =
                recommend(packages, std::move(t2), parseMatchRule(QLatin1String(rule)));
            QVERIFY(a.choice == b.choice);
            QVERIFY(a.reason == b.reason);
            for (std::size_t i = 0; i < a.bill.size(); ++i)
                QVERIFY(a.bill[i] == b.bill[i] || (std::isnan(a.bill[i]) && std::isnan(b.bill[i])));
        }
    }

    // Matching on a workspace: scope rule, eligibility rule, validity date, missing values.
    void matchOnWorkspace()
    {
        QTemporaryDir dir;
        auto ws = Workspace::create(dir.filePath(QStringLiteral("m.cwb")));
        fillWorkspace(*ws);
        // Basic 40: 300 local, 100 ld, 2000 MB included; 0.15 / 0.25 / 0.03 over.
        Package basic;
        basic.name = QStringLiteral("Basic 40");
        basic.monthlyFee = 40;
        basic.localMinutes = 300;
        basic.ldMinutes = 100;
        basic.dataMb = 2000;
        // Max 129: unlimited calls and data, 200M broadband, only for 西 grid customers.
        Package max = unlimited(QStringLiteral("Max 129"), 129);
        max.broadbandMbps = 200;
        max.eligibility = QStringLiteral("grid = \"西\"");
        // Old 20: expired.
        Package old = unlimited(QStringLiteral("Old 20"), 20);
        old.validTo = QDate(2026, 1, 31);
        MatchOptions options;
        options.date = QDate(2026, 11, 23);
        const MatchResult r = matchPackages(*ws, AllCustomers(), {basic, max, old}, options);
        QCOMPARE(r.size(), qsizetype(4));
        QVERIFY(r.table.missingColumns.isEmpty());
        // a: Basic 40 = 40 (usage within allowances); Max not eligible (东); Old expired.
        QCOMPARE(r.table.customerId(0), QStringLiteral("a"));
        QCOMPARE(int(r.choice[0]), 0);
        CHECK_NEAR(r.bill[0], 40.0, 1e-9);
        CHECK_NEAR(r.change(0), -20.0, 1e-9); // today (60 + 60 + 60) / 3 = 60
        // b: Basic = 40 + (600-300)*0.15 + (400-100)*0.25 + (6000-2000)*0.03 + roaming 10
        //          = 40 + 45 + 75 + 120 + 10 = 290; Max = 129 + 10 = 139 -> Max.
        QCOMPARE(int(r.choice[1]), 1);
        CHECK_NEAR(r.bill[1], 139.0, 1e-9);
        CHECK_NEAR(r.savings(1), 11.0, 1e-9); // today 150
        // c: no usage (0); broadband 100M at 40 + fixed 20 carried: Basic 40 + 20 + 40 = 100;
        //    today's bill only M3 = 30 -> change +70.
        QCOMPARE(int(r.choice[2]), 0);
        CHECK_NEAR(r.bill[2], 100.0, 1e-9);
        CHECK_NEAR(r.today(2), 30.0, 1e-9);
        // d: Basic 40 (Max 129 eligible but dearer); no bill today.
        QCOMPARE(int(r.choice[3]), 0);
        QVERIFY(std::isnan(r.today(3)));

        // A rule scope and value:0: b (西, 150 today) -> Max 139 <= 150; d has no bill today.
        options.rule = parseMatchRule(QStringLiteral("value:0"));
        const MatchResult west = matchPackages(*ws, RuleScope(QStringLiteral("grid = \"西\"")),
                                               {basic, max, old}, options);
        QCOMPARE(west.size(), qsizetype(2));
        QCOMPARE(int(west.choice[0]), 1);
        QCOMPARE(west.reason[1], NoMatch::NoBillToday);

        // Upsell with the default feature rules: b is heavy on local (600 > 500), ld (400 >
        // 300) and data (6000 > 5000) and has broadband 0 < 100 with data > 3000: Max adds all
        // four at 139 but 139 < today 150 is not an upsell; Basic adds none -> no upsell.
        options.rule = parseMatchRule(QStringLiteral("upsell"));
        const MatchResult up = matchPackages(*ws, AllCustomers(), {basic, max}, options);
        QCOMPARE(up.reason[1], NoMatch::NoUpsell);
        QCOMPARE(up.reason[0], NoMatch::NoFeature);

        // Errors name what is wrong.
        Package broken = basic;
        broken.eligibility = QStringLiteral("no_such_column > 1");
        QVERIFY(errorOf([&] {
                    matchPackages(*ws, AllCustomers(), {broken}, options);
                }).startsWith(QStringLiteral("package 'Basic 40': eligibility rule:")));
        QCOMPARE(errorOf([&] { matchPackages(*ws, AllCustomers(), {}, options); }),
                 QStringLiteral("the package catalog is empty: add packages before matching"));

        // The CSV lists every customer.
        const QString csv = dir.filePath(QStringLiteral("match.csv"));
        writeMatchCsv(r, csv);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 6); // header + 4 rows + the empty piece after the last CRLF
        QCOMPARE(lines.at(2).trimmed(), QByteArray("b,Max 129,139.00,139.00,150.00,-11.00,11.00,"));
    }

    void histogramCounts()
    {
        const MeasureSample s = measureFromValues({1, 5, 12, 19, 25, -3, 40});
        const Histogram h = histogram(s.values, 0, 10, 3);
        QCOMPARE(h.below, qint64(1));                       // -3
        QCOMPARE(h.counts, (std::vector<qint64>{2, 2, 1})); // {1, 5}, {12, 19}, {25}
        QCOMPARE(h.above, qint64(1));                       // 40
    }

    void tierProposal()
    {
        // 1..10, 80% in 2 tiers, no rounding: k = 8, every window of 8 spans 7 -> the first,
        // 1..8; split at value index 4 -> edges 1, 5, just above 8: [1,5) = 4, [5,8] = 4.
        std::vector<double> v{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        TierProposal p = proposeTiers(v, 2, 0.8, 0);
        QCOMPARE(p.bands.size(), std::size_t(2));
        QCOMPARE(p.edges[1], 5.0);
        QCOMPARE(p.bands[0].count, qint64(4));
        QCOMPARE(p.bands[1].count, qint64(4));
        CHECK_NEAR(p.coverage, 0.8, 1e-12);

        // Skewed: the densest half is 20..24 (width 4; other windows of 5 span 13 or more).
        std::vector<double> skewed{0, 10, 20, 21, 22, 23, 24, 100, 200, 300};
        p = proposeTiers(skewed, 1, 0.5, 10); // rounded to [20, 30)
        QCOMPARE(p.edges, (std::vector<double>{20, 30}));
        CHECK_NEAR(p.coverage, 0.5, 1e-12);
        p = proposeTiers(skewed, 2, 0.5, 0); // split at index 2 + llround(2.5) = 5 -> 23
        QCOMPARE(p.edges[1], 23.0);
        QCOMPARE(p.bands[0].count, qint64(3)); // 20, 21, 22
        QCOMPARE(p.bands[1].count, qint64(2)); // 23, 24

        // The DOMAIN case: 1,000 customers, 349 in 50-89, 274 in 90-139, 174 in 140-229
        // (34.9% + 27.4% + 17.4% = 79.7%), the rest below 50 or from 230 up.
        std::vector<double> arpu;
        auto fill = [&arpu](int count, double from, double to) {
            for (int i = 0; i < count; ++i)
                arpu.push_back(from + (to - from) * i / count);
        };
        fill(110, 10, 50);
        fill(349, 50, 90);
        fill(274, 90, 140);
        fill(174, 140, 230);
        fill(93, 230, 600);
        std::sort(arpu.begin(), arpu.end());
        const TierProposal domain = evaluateEdges(arpu, {50, 90, 140, 230});
        CHECK_NEAR(domain.bands[0].share, 0.349, 1e-12);
        CHECK_NEAR(domain.bands[1].share, 0.274, 1e-12);
        CHECK_NEAR(domain.bands[2].share, 0.174, 1e-12);
        CHECK_NEAR(domain.coverage, 0.797, 1e-12);
        // Moving an edge moves the shares at once: 140 -> 120 takes 274 * 20 / 50 = 109.6 ->
        // the values 90 + 50 i / 274 < 120 are i < 164.4, i.e. 165 of them.
        const TierProposal moved = evaluateEdges(arpu, {50, 90, 120, 230});
        QCOMPARE(moved.bands[1].count, qint64(165));
        QCOMPARE(moved.bands[2].count, qint64(274 - 165 + 174));
        QVERIFY(errorOf([&] {
                    evaluateEdges(arpu, {50, 40});
                }).startsWith(QStringLiteral("band edges must ascend")));
        QVERIFY(errorOf([&] { proposeTiers(arpu, 3, 1.5); }).contains(QStringLiteral("(0, 1]")));
    }

    void tierDraft()
    {
        MeasureSample s = measureFromValues({10, 20, 30, 40, 55});
        s.localAvg = {100, 201, 305, 400, 0};
        s.ldAvg = {0, 0, 12, 30, 0};
        s.dataAvg = {500, 1500, 2501, 4000, 0};
        // Band [10, 50): fee median of 10, 20, 30, 40 = 25; local median (201 + 305) / 2 = 253
        // -> 260; ld median (0 + 12) / 2 = 6 -> 10; data (1500 + 2501) / 2 = 2000.5 -> 2100.
        const Package p = draftPackage(s, Band{10, 50, 4, 0.8}, QStringLiteral("Tier 1"));
        QCOMPARE(p.monthlyFee, 25.0);
        QCOMPARE(p.localMinutes, 260.0);
        QCOMPARE(p.ldMinutes, 10.0);
        QCOMPARE(p.dataMb, 2100.0);
        validatePackage(p);
        QVERIFY(errorOf([&] {
                    draftPackage(s, Band{60, 70, 0, 0}, QStringLiteral("x"));
                }).contains(QStringLiteral("holds no customer")));
        QVERIFY(draftWarnings(p, Band{10, 50, 4, 0.8}).isEmpty());
        // A band of customers who pay (almost) nothing: the median 0 of 0, 0, 0, 0.4 rounds to a
        // 0-yuan package, which is never proposed without a warning.
        MeasureSample zero = measureFromValues({0, 0, 0, 0.4, 30});
        zero.localAvg = zero.ldAvg = zero.dataAvg = {0, 0, 0, 0, 0};
        const Band low{0, 10, 4, 0.8};
        const Package free = draftPackage(zero, low, QStringLiteral("Tier 1"));
        QCOMPARE(free.monthlyFee, 0.0);
        const QStringList warnings = draftWarnings(free, low);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.front().startsWith(QStringLiteral("Tier 1: the monthly fee is 0 yuan")),
                 qPrintable(warnings.front()));
    }

    void measureFromWorkspace()
    {
        QTemporaryDir dir;
        auto ws = Workspace::create(dir.filePath(QStringLiteral("t.cwb")));
        fillWorkspace(*ws);
        // total_fee_m1 + total_fee_m3: a 120, b 300, c 0 + 30 = 30, d none (all missing).
        const MeasureSample s = loadMeasure(
            *ws, AllCustomers(), {QStringLiteral("total_fee_m1"), QStringLiteral("total_fee_m3")});
        QCOMPARE(s.values, (std::vector<double>{30, 120, 300}));
        QCOMPARE(s.missing, qint64(1));
        CHECK_NEAR(s.localAvg[1], 200.0, 1e-9); // a
        QCOMPARE(errorOf([&] { loadMeasure(*ws, AllCustomers(), {QStringLiteral("grid")}); }),
                 QStringLiteral("the fee measure column 'grid' is text, expected a number"));
    }
};

QTEST_GUILESS_MAIN(TestOffer)
#include "tst_offer.moc"
