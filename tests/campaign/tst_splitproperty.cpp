// SPDX-License-Identifier: GPL-3.0-or-later
// A property of every split, over random campaign designs on a generated base: bases, cells
// (rules, channels, control shares), strata and wave capacities, binding and not. For every
// cell and wave with at least 1,000 members, target and control are alike on the value capacity
// ranks by, the control share is the plan's within rounding, and no wave's targets exceed its
// capacity for their channel.
// "Alike": two random halves differ on a mean only by chance, with a standardised difference d
// whose standard error is sqrt(1/n_target + 1/n_control). So |d| must stay within 4 standard
// errors in every group, and below 0.1 in every group large enough for 0.1 to be 4 standard
// errors (both arms above ~3,200). A split that drew the control before capacity kept the
// highest-value targets (d around 0.6 on the demo data) fails both.
#include "campaign/campaignplanner.h"
#include "campaign/campaignstore.h"
#include "demo/extractgenerator.h"
#include "import/importer.h"
#include "workspace/workspace.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace cwb;
using namespace cwb::campaign;

namespace {

struct Moments
{
    qint64 n = 0;
    double sum = 0.0;
    double squares = 0.0;
    double mean() const { return n ? sum / double(n) : 0.0; }
    double variance() const
    {
        return n > 1 ? (squares - sum * sum / double(n)) / double(n - 1) : 0.0;
    }
};

struct Group
{
    Moments target;
    Moments control;
};

QString design(const Campaign &c)
{
    QStringList cells;
    for (const Cell &cell : c.cells)
        cells << QStringLiteral("%1[%2, %3, share %4]")
                     .arg(cell.name, cell.rule, cell.channel)
                     .arg(cell.controlShare);
    QStringList waves;
    for (const Wave &w : c.waves) {
        QStringList caps;
        for (auto it = w.capacity.cbegin(); it != w.capacity.cend(); ++it)
            caps << QStringLiteral("%1=%2").arg(it.key()).arg(it.value().capacity(w.days));
        waves << caps.join(QLatin1Char(','));
    }
    return QStringLiteral("seed %1, stratify '%2', cells %3, waves %4")
        .arg(c.seed)
        .arg(c.stratifyBy, cells.join(QStringLiteral("; ")), waves.join(QStringLiteral(" | ")));
}

} // namespace

class TestSplitProperty : public QObject
{
    Q_OBJECT

private slots:
    void targetAndControlAreAlikeInEveryCellAndWave()
    {
        QTemporaryDir dir;
        QRandomGenerator random(20261207);
        const QStringList rules = {QStringLiteral("total_fee_m1 >= 0"),
                                   QStringLiteral("total_fee_m1 > 90"),
                                   QStringLiteral("total_fee_m1 > 150"),
                                   QStringLiteral("ld_fee_m1 > 0"),
                                   QStringLiteral("complaints_3m >= 1"),
                                   QStringLiteral("brand = \"全球通\""),
                                   QStringLiteral("avg_fee_3m BETWEEN 50 AND 200")};
        const QStringList channels = {QStringLiteral("call"), QStringLiteral("sms"),
                                      QStringLiteral("direct_mail")};
        const QStringList strata = {QString(), QStringLiteral("brand"), QStringLiteral("grid")};
        int groupsChecked = 0;
        int strictGroups = 0;
        int bindingDesigns = 0;
        for (int base = 0; base < 2; ++base) {
            const qint64 rows = base == 0 ? 30000 : 60000;
            const QString csv = dir.filePath(QStringLiteral("extract%1.csv").arg(base));
            ExtractOptions options;
            options.rows = rows;
            options.seed = 100 + quint64(base);
            options.defectRate = 0.0;
            writeExtract(csv, options);
            auto workspace = Workspace::create(dir.filePath(QStringLiteral("w%1.cwb").arg(base)));
            Importer::run(*workspace, csv, ImportOptions());
            CampaignStore store(*workspace);
            for (int d = 0; d < 10; ++d) {
                Campaign c;
                c.name = QStringLiteral("design %1.%2").arg(base).arg(d);
                c.period = QStringLiteral("p%1.%2").arg(base).arg(d); // no sharing between designs
                c.start = QDate(2026, 12, 1);
                c.seed = random.generate64();
                c.stratifyBy = strata.at(random.bounded(int(strata.size())));
                const int cellCount = 1 + random.bounded(3);
                for (int k = 0; k < cellCount; ++k) {
                    Cell cell;
                    cell.name = QStringLiteral("cell %1").arg(k);
                    cell.rule = rules.at(random.bounded(int(rules.size())));
                    cell.channel = channels.at(random.bounded(int(channels.size())));
                    cell.controlShare = 0.05 + 0.45 * random.generateDouble();
                    c.cells << cell;
                }
                const int waveCount = 1 + random.bounded(3);
                bool binding = false;
                for (int w = 0; w < waveCount; ++w) {
                    Wave wave;
                    wave.name = QStringLiteral("w%1").arg(w + 1);
                    wave.start = QDate(2026, 12, 1).addDays(7 * w);
                    wave.days = 5;
                    for (const QString &channel : channels) {
                        if (random.bounded(3) == 0)
                            continue; // unlimited in this wave
                        ChannelCapacity capacity;
                        capacity.fixed = qint64(random.bounded(500, int(rows / 3)));
                        wave.capacity.insert(channel, capacity);
                        binding = true;
                    }
                    c.waves << wave;
                }
                bindingDesigns += binding ? 1 : 0;
                store.create(c);
                const CampaignPlan plan =
                    CampaignPlanner(*workspace).split(c.name, nullptr, QDate(2026, 11, 30));
                const QString what = design(c);

                // Groups as stored.
                std::map<std::pair<QString, int>, Group> groups;
                Statement select(workspace->db(),
                                 "SELECT m.cell, m.wave, m.role, m.value FROM campaign_members m "
                                 "JOIN campaigns c ON c.id = m.campaign_id WHERE c.name = ?");
                select.bind(1, c.name);
                std::map<std::pair<QString, int>, qint64> targetsPerChannelWave;
                while (select.step()) {
                    QVERIFY2(!select.isNull(1), qPrintable(what)); // every member has a wave
                    Group &g = groups[{select.text(0), int(select.int64(1))}];
                    Moments &m = select.text(2) == QLatin1String("target") ? g.target : g.control;
                    const double v = select.real(3);
                    ++m.n;
                    m.sum += v;
                    m.squares += v * v;
                    if (select.text(2) == QLatin1String("target")) {
                        QString channel;
                        for (const Cell &cell : c.cells)
                            if (cell.name == select.text(0))
                                channel = cell.channel;
                        ++targetsPerChannelWave[{channel, int(select.int64(1))}];
                    }
                }
                for (const auto &[key, count] : targetsPerChannelWave) {
                    const Wave &wave = c.waves.at(key.second - 1);
                    const auto cap = wave.capacity.constFind(key.first);
                    if (cap != wave.capacity.cend())
                        QVERIFY2(count <= cap->capacity(wave.days),
                                 qPrintable(QStringLiteral("%1 wave %2: %3 targets over capacity "
                                                           "%4; %5")
                                                .arg(key.first)
                                                .arg(key.second)
                                                .arg(count)
                                                .arg(cap->capacity(wave.days))
                                                .arg(what)));
                }
                for (const auto &[key, g] : groups) {
                    const qint64 n = g.target.n + g.control.n;
                    if (n < 1000)
                        continue;
                    ++groupsChecked;
                    double share = 0.0;
                    for (const Cell &cell : c.cells)
                        if (cell.name == key.first)
                            share = cell.controlShare;
                    // Rounding: at most half a customer per stratum (brand 3, grid 12 values).
                    const double strataCount = c.stratifyBy.isEmpty() ? 1.0 : 16.0;
                    const double actual = double(g.control.n) / double(n);
                    QVERIFY2(std::abs(actual - share) <= (0.5 * strataCount + 0.5) / double(n),
                             qPrintable(QStringLiteral("%1 wave %2: control share %3, planned %4; "
                                                       "%5")
                                            .arg(key.first)
                                            .arg(key.second)
                                            .arg(actual)
                                            .arg(share)
                                            .arg(what)));
                    const double pooled =
                        std::sqrt((g.target.variance() + g.control.variance()) / 2.0);
                    const double diff =
                        pooled > 0 ? (g.target.mean() - g.control.mean()) / pooled : 0.0;
                    if (g.target.n < 2 || g.control.n < 2)
                        continue;
                    const double se =
                        std::sqrt(1.0 / double(g.target.n) + 1.0 / double(g.control.n));
                    if (4.0 * se <= 0.1)
                        ++strictGroups;
                    QVERIFY2(std::abs(diff) < std::max(4.0 * se, 0.1) &&
                                 (4.0 * se > 0.1 || std::abs(diff) < 0.1),
                             qPrintable(QStringLiteral("%1 wave %2: d = %3 (target %4, control "
                                                       "%5, n %6); %7")
                                            .arg(key.first)
                                            .arg(key.second)
                                            .arg(diff)
                                            .arg(g.target.mean())
                                            .arg(g.control.mean())
                                            .arg(n)
                                            .arg(what)));
                }
                // The plan reports the stored groups: its per-wave counts are theirs.
                for (const CellPlan &cp : plan.cells) {
                    for (size_t w = 0; w < cp.perWave.size(); ++w) {
                        const auto it = groups.find({cp.name, int(w) + 1});
                        const qint64 t = it == groups.end() ? 0 : it->second.target.n;
                        const qint64 k = it == groups.end() ? 0 : it->second.control.n;
                        QCOMPARE(cp.perWave[w], t);
                        QCOMPARE(cp.perWaveControl[w], k);
                    }
                }
            }
        }
        QVERIFY2(groupsChecked >= 30, qPrintable(QString::number(groupsChecked)));
        QVERIFY2(strictGroups >= 5, qPrintable(QString::number(strictGroups)));
        QVERIFY(bindingDesigns >= 10);
    }
};

QTEST_GUILESS_MAIN(TestSplitProperty)
#include "tst_splitproperty.moc"
