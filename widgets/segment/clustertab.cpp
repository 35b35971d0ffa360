// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/clustertab.h"

#include "charts/chartbasics.h"
#include "core/error.h"
#include "segment/customerframe.h"
#include "segment/segmentstore.h"
#include "segment/segmenttabutil.h"
#include "segment/segmenttask.h"
#include "workspace/workspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace cwb {

using segmenttab::cell;
using segmenttab::percent;

namespace {

// Columns a k-means on a telecom extract usually starts from (when the workspace has them).
const QStringList kSuggested{QStringLiteral("total_fee_m1"), QStringLiteral("local_fee_m1"),
                             QStringLiteral("ld_fee_m1"), QStringLiteral("roaming_fee_m1"),
                             QStringLiteral("broadband_mbps")};

} // namespace

ClusterTab::ClusterTab(QWidget *parent)
    : QWidget(parent), m_features(new QListWidget(this)), m_conditions(new QLineEdit(this)),
      m_k(new QSpinBox(this)), m_seed(new QSpinBox(this)), m_starts(new QSpinBox(this)),
      m_elbowFrom(new QSpinBox(this)), m_elbowTo(new QSpinBox(this)),
      m_run(new QPushButton(tr("&Run k-means"), this)),
      m_elbow(new QPushButton(tr("&Elbow"), this)), m_elbowPlot(new QCustomPlot(this)),
      m_table(new QTableWidget(this)), m_saveName(new QLineEdit(this)),
      m_save(new QPushButton(tr("Save Cluster as &Segment"), this)), m_status(new QLabel(this)),
      m_task(new SegmentTask(this))
{
    setObjectName(QStringLiteral("clusterTab"));
    m_features->setAccessibleName(tr("Features"));
    m_features->setToolTip(tr("The columns the customers are clustered on"));
    m_conditions->setPlaceholderText(tr("more features: conditions, separated by ;"));
    m_k->setRange(1, 30);
    m_k->setValue(7);
    m_seed->setRange(1, 1000000);
    m_seed->setValue(1);
    m_starts->setRange(1, 100);
    m_starts->setValue(ClusterOptions().starts);
    m_starts->setToolTip(tr("Independent k-means++ starts; the one with the lowest inertia is "
                            "kept"));
    m_elbowFrom->setRange(1, 30);
    m_elbowFrom->setValue(2);
    m_elbowTo->setRange(2, 30);
    m_elbowTo->setValue(10);

    auto *form = new QFormLayout;
    form->addRow(tr("&k (clusters):"), m_k);
    form->addRow(tr("See&d:"), m_seed);
    form->addRow(tr("S&tarts:"), m_starts);
    auto *elbowRow = new QHBoxLayout;
    elbowRow->addWidget(m_elbowFrom);
    elbowRow->addWidget(new QLabel(tr("to"), this));
    elbowRow->addWidget(m_elbowTo);
    form->addRow(tr("Elbow for k:"), elbowRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_elbow);
    buttons->addStretch(1);
    buttons->addWidget(m_run);

    auto *optionsBox = new QWidget(this);
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *featuresLabel = new QLabel(tr("&Features:"), this);
    featuresLabel->setBuddy(m_features);
    optionsLayout->addWidget(featuresLabel);
    optionsLayout->addWidget(m_features, 1);
    optionsLayout->addWidget(m_conditions);
    optionsLayout->addLayout(form);
    optionsLayout->addLayout(buttons);

    m_elbowPlot->setMinimumHeight(220);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Cluster"), tr("Customers"), tr("Share"),
                                        tr("Revenue share"), tr("ARPU vs base"),
                                        tr("Description")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Clusters"));
    m_saveName->setPlaceholderText(tr("segment name"));
    m_status->setWordWrap(true);

    auto *results = new QSplitter(Qt::Vertical, this);
    results->addWidget(m_elbowPlot);
    results->addWidget(m_table);
    results->setStretchFactor(0, 2);
    results->setStretchFactor(1, 3);
    auto *resultBox = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(results, 1);
    resultLayout->addLayout(segmenttab::saveRow(m_saveName, m_save));
    resultLayout->addWidget(m_status);

    segmenttab::layOutOptionsAndResults(this, m_task, optionsBox, resultBox, 1);

    connect(m_run, &QPushButton::clicked, this, [this] { runNow(false); });
    connect(m_elbow, &QPushButton::clicked, this, [this] { runNow(true); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0) {
            showStatus(tr("Select a cluster first."), true);
            return;
        }
        saveCluster(row, m_saveName->text().trimmed());
    });
    connect(m_task, &SegmentTask::failed, this,
            [this](const QString &message) { showStatus(message, true); });
    setWorkspace(nullptr);
}

void ClusterTab::setWorkspace(Workspace *workspace)
{
    m_task->cancel();
    m_workspace = workspace;
    m_task->setWorkspacePath(workspace ? workspace->path() : QString());
    m_hasResult = false;
    m_features->clear();
    m_table->setRowCount(0);
    charts::reset(m_elbowPlot);
    m_elbowPlot->replot();
    const bool ready = workspace && workspace->hasCustomers();
    if (ready) {
        try {
            for (const QString &name : numericCustomerColumns(*workspace)) {
                auto *item = new QListWidgetItem(name, m_features);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(kSuggested.contains(name) ? Qt::Checked : Qt::Unchecked);
            }
        } catch (const Error &e) {
            showStatus(e.message(), true);
        }
    }
    m_run->setEnabled(ready);
    m_elbow->setEnabled(ready);
    m_save->setEnabled(false);
    showStatus(ready ? tr("Pick the features and k; the elbow helps choose k.")
                     : tr("No customers yet: import an extract first."));
}

void ClusterTab::setFeatures(const QStringList &features)
{
    QStringList conditions = features;
    for (int i = 0; i < m_features->count(); ++i) {
        const QString name = m_features->item(i)->text();
        m_features->item(i)->setCheckState(features.contains(name) ? Qt::Checked : Qt::Unchecked);
        conditions.removeAll(name);
    }
    m_conditions->setText(conditions.join(QStringLiteral("; ")));
}

QStringList ClusterTab::features() const
{
    QStringList picked;
    for (int i = 0; i < m_features->count(); ++i)
        if (m_features->item(i)->checkState() == Qt::Checked)
            picked << m_features->item(i)->text();
    for (const QString &condition : m_conditions->text().split(QLatin1Char(';')))
        if (!condition.trimmed().isEmpty())
            picked << condition.trimmed();
    return picked;
}

void ClusterTab::setK(int k)
{
    m_k->setValue(k);
}

void ClusterTab::setStarts(int starts)
{
    m_starts->setValue(starts);
}

void ClusterTab::runNow(bool withElbow)
{
    if (!m_workspace || !m_workspace->hasCustomers())
        return;
    ClusterOptions o;
    o.features = features();
    if (o.features.isEmpty()) {
        showStatus(tr("Pick at least one feature."), true);
        return;
    }
    o.k = m_k->value();
    o.seed = quint64(m_seed->value());
    o.starts = m_starts->value();
    if (withElbow) {
        if (m_elbowFrom->value() >= m_elbowTo->value()) {
            showStatus(tr("The elbow needs a range of k: from %1 to a larger k.")
                           .arg(m_elbowFrom->value()),
                       true);
            return;
        }
        o.elbowFrom = m_elbowFrom->value();
        o.elbowTo = m_elbowTo->value();
    }
    m_save->setEnabled(false);
    m_task->run(withElbow ? tr("Clustering for k = %1 to %2…").arg(o.elbowFrom).arg(o.elbowTo)
                          : tr("Clustering into %1…").arg(o.k),
                [this, o](Workspace &workspace, JobControl &job) -> SegmentTask::Done {
                    ClusterAnalysis analysis = clusterCustomers(workspace, o, &job);
                    return [this, analysis] { showAnalysis(analysis); };
                });
}

void ClusterTab::showAnalysis(const ClusterAnalysis &analysis)
{
    const std::vector<ElbowPoint> previousElbow = m_analysis.elbow;
    m_analysis = analysis;
    if (m_analysis.elbow.empty())
        m_analysis.elbow = previousElbow; // a plain run keeps the elbow chart
    m_hasResult = true;
    const QLocale locale;
    m_table->setRowCount(int(analysis.profiles.size()));
    for (int row = 0; row < int(analysis.profiles.size()); ++row) {
        const ClusterProfile &p = analysis.profiles[std::size_t(row)];
        m_table->setItem(row, 0, cell(QString::number(p.cluster + 1), true));
        m_table->setItem(row, 1, cell(locale.toString(p.size), true));
        m_table->setItem(row, 2, cell(percent(p.sizeShare), true));
        m_table->setItem(row, 3, cell(percent(p.revenueShare), true));
        m_table->setItem(row, 4,
                         cell(std::isnan(p.arpuRatio)
                                  ? QStringLiteral("–")
                                  : QStringLiteral("%1×").arg(locale.toString(p.arpuRatio, 'f', 2)),
                              true));
        m_table->setItem(row, 5, cell(p.description));
        m_table->item(row, 5)->setToolTip(p.description);
    }
    m_table->resizeRowsToContents();
    if (!analysis.profiles.empty())
        m_table->selectRow(0);
    drawElbow();
    showStatus(
        tr("%1 customers clustered into %2 (%3 left out: a feature missing); silhouette "
           "%4%5. Inertia %6, the best of %7 starts; %8 of them reached it.")
            .arg(locale.toString(analysis.clustered))
            .arg(analysis.kmeans.k)
            .arg(locale.toString(analysis.excluded))
            .arg(locale.toString(analysis.silhouette, 'f', 3))
            .arg(
                analysis.silhouetteSampled
                    ? tr(" on a sample of %1").arg(locale.toString(qint64(analysis.silhouetteRows)))
                    : QString())
            .arg(locale.toString(analysis.kmeans.inertia, 'f', 1))
            .arg(analysis.kmeans.starts)
            .arg(analysis.kmeans.startsAtBest));
    m_save->setEnabled(!analysis.profiles.empty());
}

void ClusterTab::drawElbow()
{
    charts::reset(m_elbowPlot);
    charts::title(m_elbowPlot)->setText(tr("Elbow: inertia and silhouette by k"));
    m_elbowPlot->yAxis2->setVisible(false);
    if (m_analysis.elbow.empty()) {
        m_elbowPlot->replot();
        return;
    }
    QVector<double> ks, inertia, silhouettes;
    for (const ElbowPoint &p : m_analysis.elbow) {
        ks << p.k;
        inertia << p.inertia;
        silhouettes << p.silhouette;
    }
    auto *inertiaGraph = m_elbowPlot->addGraph(m_elbowPlot->xAxis, m_elbowPlot->yAxis);
    inertiaGraph->setData(ks, inertia, true);
    inertiaGraph->setName(tr("Inertia"));
    inertiaGraph->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
    inertiaGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    auto *silhouetteGraph = m_elbowPlot->addGraph(m_elbowPlot->xAxis, m_elbowPlot->yAxis2);
    silhouetteGraph->setData(ks, silhouettes, true);
    silhouetteGraph->setName(tr("Silhouette"));
    silhouetteGraph->setPen(QPen(QColor(0xd6, 0x27, 0x28), 2));
    silhouetteGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 6));
    m_elbowPlot->yAxis2->setVisible(true);
    m_elbowPlot->xAxis->setLabel(tr("k"));
    m_elbowPlot->yAxis->setLabel(tr("Inertia"));
    m_elbowPlot->yAxis2->setLabel(tr("Silhouette"));
    auto ticker = QSharedPointer<QCPAxisTickerFixed>(new QCPAxisTickerFixed);
    ticker->setTickStep(1);
    m_elbowPlot->xAxis->setTicker(ticker);
    m_elbowPlot->xAxis->setRange(ks.front() - 0.5, ks.back() + 0.5);
    inertiaGraph->rescaleValueAxis();
    m_elbowPlot->yAxis->setRangeLower(0);
    m_elbowPlot->yAxis2->setRange(
        std::min(0.0, *std::min_element(silhouettes.begin(), silhouettes.end())), 1);
    m_elbowPlot->legend->setVisible(true);
    m_elbowPlot->replot();
}

bool ClusterTab::saveCluster(int cluster, const QString &name)
{
    if (!m_hasResult || !m_workspace || cluster < 0 || cluster >= int(m_analysis.profiles.size()))
        return false;
    const ClusterProfile &p = m_analysis.profiles[std::size_t(cluster)];
    const QStringList ids = p.customerIds;
    const QString description =
        tr("cluster %1 of %2 on %3: %4")
            .arg(p.cluster + 1)
            .arg(m_analysis.kmeans.k)
            .arg(m_analysis.features.join(QStringLiteral(", ")), p.description);
    const StoreChange add = [=](SegmentStore &store) {
        store.addListSegment(name, ids, description);
    };
    try {
        segmenttab::addSegment(m_undo, this, m_workspace, tr("Save Segment %1").arg(name), name,
                               add, [this] { emit segmentsChanged(); });
    } catch (const Error &e) {
        showStatus(e.message(), true);
        return false;
    }
    showStatus(tr("Saved cluster %1 as the list segment %2 (%3 customers).")
                   .arg(p.cluster + 1)
                   .arg(name, QLocale().toString(p.size)));
    m_saveName->clear();
    emit segmentsChanged();
    return true;
}

void ClusterTab::showStatus(const QString &text, bool error)
{
    segmenttab::showStatus(m_status, text, error);
}

QString ClusterTab::statusText() const
{
    return m_status->text();
}

} // namespace cwb
