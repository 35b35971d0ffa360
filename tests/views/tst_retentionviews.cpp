// SPDX-License-Identifier: GPL-3.0-or-later
// The audit view's negative-fee check and masked personal columns, and the purge confirmation of
// Data ▸ Purge Rejected Rows…, offscreen at 1366 x 768. Set CWB_VIEW_SHOTS to a folder to save
// what they look like (PNG).
#include "audit/auditview.h"
#include "import/importer.h"
#include "import/rejects.h"
#include "itemmodels/audittablemodel.h"
#include "rejects/purgerejects.h"
#include "rejects/rejectsview.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace cwb;

namespace {

const char *const kSurnames[] = {"张", "王", "李", "赵", "陈", "刘", "杨", "黄"};
const char *const kGivenNames[] = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇"};
const char *const kBrands[] = {"全球通", "动感地带", "神州行"};

// 400 customers with names, mobiles (three share a placeholder number), brand, fee and data;
// lines 41, 161 and 281 have a negative fee, line 201 a negative data volume; lines 101 and 301
// have a field too many and are rejected.
QByteArray extract()
{
    QByteArray text = "客户ID,客户名称,手机,品牌,总费用_M1,上网流量MB_M1\n";
    for (int i = 1; i <= 400; ++i) {
        const int line = i + 1;
        const QString name =
            QString::fromUtf8(kSurnames[i % 8]) + QString::fromUtf8(kGivenNames[(i * 7) % 10]);
        const QString phone = i % 97 == 0 ? QStringLiteral("13800000000")
                                          : QStringLiteral("139%1").arg(10000000 + i * 7919);
        double fee = 38.0 + (i * 37) % 160;
        if (line == 41 || line == 161 || line == 281)
            fee = -25.5;
        const double data = line == 201 ? -300.0 : double((i * 131) % 4000);
        QString row = QStringLiteral("C%1,%2,%3,%4,%5,%6")
                          .arg(i, 5, 10, QLatin1Char('0'))
                          .arg(name, phone, QString::fromUtf8(kBrands[i % 3]))
                          .arg(fee)
                          .arg(data);
        if (line == 101 || line == 301)
            row += QStringLiteral(",extra");
        text += row.toUtf8() + '\n';
    }
    return text;
}

void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CWB_VIEW_SHOTS");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class TestRetentionViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_first = 0, m_second = 0;

private slots:
    void initTestCase()
    {
        const QString first = m_dir.filePath(QStringLiteral("客户宽表-2024-05.csv"));
        const QString second = m_dir.filePath(QStringLiteral("新增客户-2024-06.csv"));
        QFile file(first);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(extract());
        file.close();
        QFile more(second);
        QVERIFY(more.open(QIODevice::WriteOnly));
        more.write("客户ID,客户名称,手机,品牌,总费用_M1,上网流量MB_M1\n"
                   "D00001,周敏,13912340001,全球通,58,1200\n"
                   "D00002,吴强,1391234,神州行,18,300\n");
        more.close();
        m_workspace = Workspace::create(m_dir.filePath(QStringLiteral("pilot.cwb")));
        ImportOptions options;
        m_first = Importer::run(*m_workspace, first, options).importId;
        options.mode = ImportMode::Append;
        options.maxRejectRatio = 0.5;
        m_second = Importer::run(*m_workspace, second, options).importId;
        QCOMPARE(Rejects::count(m_workspace->db(), m_first), 2);
        QCOMPARE(Rejects::count(m_workspace->db(), m_second), 1);
    }

    void auditShowsNegativeFeesAndMaskedColumns()
    {
        AuditView view;
        view.resize(1366, 768);
        view.setWorkspace(m_workspace.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString header = view.findChild<QLabel *>("header")->text();
        // 总费用_M1: 3 rows (lines 41, 161, 281); 上网流量MB_M1: 1 row (line 201), all of the
        // first import (the audit is of the append, so the import is named).
        QVERIFY2(header.contains(QStringLiteral("总费用_M1: 3 row")), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("41, 161, 281 of import #%1)").arg(m_first)),
                 qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("上网流量MB_M1: 1 row")), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("Personal data (客户名称, 手机)")),
                 qPrintable(header));
        AuditTableModel *model = view.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const ColumnAudit *column = model->columnAt(row);
            const auto cell = [&](int c) { return model->index(row, c).data().toString(); };
            if (column->name == QLatin1String("total_fee_m1")) {
                QCOMPARE(cell(AuditTableModel::NegativeColumn), QStringLiteral("3"));
                QVERIFY(model->index(row, AuditTableModel::NegativeColumn)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("281")));
            } else if (column->name == QLatin1String("contact2")) {
                QCOMPARE(cell(AuditTableModel::MinColumn), QStringLiteral("masked"));
                QCOMPARE(cell(AuditTableModel::NegativeColumn), QStringLiteral("–"));
                // The placeholder number several customers share, masked, as the chart's bars.
                QCOMPARE(column->topValues.size(), 1);
                QCOMPARE(column->topValues.at(0).first, QStringLiteral("138****0000"));
                view.selectColumn(row);
                shot(&view, "audit-masked-phone");
            } else if (column->name == QLatin1String("brand")) {
                QCOMPARE(cell(AuditTableModel::NegativeColumn), QStringLiteral("–"));
            }
        }
        view.selectColumn(1);
        shot(&view, "audit-checks");
    }

    void purgeConfirmationListsImports()
    {
        const QList<HeldRejects> held = Retention::heldRejects(m_workspace->db());
        QCOMPARE(held.size(), 2);
        QList<HeldRejects> withOutcomes = held;
        withOutcomes.append({HeldRejects::Kind::Outcomes, 4, QStringLiteral("外呼结果-1102.csv"),
                             QStringLiteral("Upsell"), QStringLiteral("2024-06-03T08:00:00Z"), 6});
        {
            const auto box = PurgeRejects::confirmation(nullptr, withOutcomes);
            QVERIFY2(box->text().contains(QStringLiteral("Remove 9 rejected row")),
                     qPrintable(box->text()));
            QVERIFY2(box->text().contains(QStringLiteral("Call outcomes #4 外呼结果-1102.csv, "
                                                         "campaign Upsell")),
                     qPrintable(box->text()));
            QVERIFY2(box->text().contains(QStringLiteral("): 6 row")), qPrintable(box->text()));
        }
        // The real one, over the rejected rows it removes: shown by run(), Purge clicked, then
        // the report closed.
        RejectsView window;
        window.setWorkspace(m_workspace.get());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int step = 0;
        QString question;
        QTimer driver;
        connect(&driver, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (step == 0) {
                question = box->text();
                // The whole screen as a user sees it: the window with the question over it.
                if (!qEnvironmentVariable("CWB_VIEW_SHOTS").isEmpty()) {
                    QPixmap canvas = window.grab();
                    QPainter painter(&canvas);
                    const QPixmap dialog = box->grab();
                    painter.drawPixmap((canvas.width() - dialog.width()) / 2,
                                       (canvas.height() - dialog.height()) / 2, dialog);
                    painter.end();
                    canvas.save(QDir(qEnvironmentVariable("CWB_VIEW_SHOTS"))
                                    .filePath(QStringLiteral("purge-confirmation.png")));
                }
                box->findChild<QPushButton *>(QStringLiteral("purge"))->click();
            } else {
                box->accept();
            }
            ++step;
        });
        driver.start(50);
        QVERIFY(PurgeRejects::run(&window, *m_workspace));
        driver.stop();
        QVERIFY2(question.contains(QStringLiteral("Remove 3 rejected row")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("客户宽表-2024-05.csv")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral(": 2 row")), qPrintable(question));
        QCOMPARE(step, 2);
        QCOMPARE(Rejects::count(m_workspace->db(), 0), 0);
        QCOMPARE(m_workspace->db().scalar("SELECT sum(rejected) FROM imports").toLongLong(), 3);
        // The rejected rows view says what became of them rather than "none were rejected".
        RejectsView rejects;
        rejects.setWorkspace(m_workspace.get());
        const QString status = rejects.findChild<QLabel *>(QStringLiteral("status"))->text();
        QVERIFY2(status.contains(QStringLiteral("3 rejected row")) &&
                     status.contains(QStringLiteral("no longer kept")),
                 qPrintable(status));
        // Nothing left: an information instead of a question.
        step = 1;
        driver.start(50);
        QVERIFY(!PurgeRejects::run(&window, *m_workspace));
        driver.stop();
    }
};

QTEST_MAIN(TestRetentionViews)
#include "tst_retentionviews.moc"
