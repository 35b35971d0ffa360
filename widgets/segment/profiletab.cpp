// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/profiletab.h"

#include "charts/chartbasics.h"
#include "core/error.h"
#include "segment/segmentstore.h"
#include "segment/segmenttabutil.h"
#include "segment/segmenttask.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include <qcustomplot.h>

namespace cwb {

using segmenttab::cell;
using segmenttab::percent;

namespace {

QString columnName(const ProfileColumn &column)
{
    return column.label.isEmpty() || column.label == column.name
               ? column.name
               : QStringLiteral("%1 (%2)").arg(column.label, column.name);
}

QString number(const std::optional<double> &value, int decimals = 2)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QStringLiteral("–");
}

const QColor kSegment(0x1f, 0x77, 0xb4);
const QColor kBase(0xb0, 0xb0, 0xb0);
constexpr int kIndexBars = 12;

} // namespace

ProfileTab::ProfileTab(QWidget *parent)
    : QWidget(parent), m_source(new QComboBox(this)), m_run(new QPushButton(tr("&Profile"), this)),
      m_summary(new QLabel(this)), m_indexPlot(new QCustomPlot(this)),
      m_sharePlot(new QCustomPlot(this)), m_table(new QTableWidget(this)),
      m_task(new SegmentTask(this))
{
    setObjectName(QStringLiteral("profileTab"));
    auto *sourceLabel = new QLabel(tr("Pro&file:"), this);
    sourceLabel->setBuddy(m_source);
    m_source->setMinimumContentsLength(24);
    auto *top = new QHBoxLayout;
    top->addWidget(sourceLabel);
    top->addWidget(m_source, 1);
    top->addWidget(m_run);

    QFont big = m_summary->font();
    big.setBold(true);
    m_summary->setFont(big);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (QCustomPlot *plot : {m_indexPlot, m_sharePlot}) {
        plot->setMinimumHeight(260);
        plot->setNoAntialiasingOnDrag(true);
    }
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Column"), tr("Value"), tr("Segment"), tr("Base"), tr("Index")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Segment profile"));

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_indexPlot);
    charts->addWidget(m_sharePlot);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_task->createBusyRow(this));
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &ProfileTab::profileNow);
    connect(m_source, &QComboBox::activated, this, &ProfileTab::profileNow);
    connect(m_task, &SegmentTask::failed, this,
            [this](const QString &message) { segmenttab::showStatus(m_summary, message, true); });
    setWorkspace(nullptr);
}

void ProfileTab::setWorkspace(Workspace *workspace)
{
    m_task->cancel();
    m_workspace = workspace;
    m_task->setWorkspacePath(workspace ? workspace->path() : QString());
    m_hasProfile = false;
    m_rule.clear();
    m_table->setRowCount(0);
    charts::reset(m_indexPlot);
    charts::reset(m_sharePlot);
    m_indexPlot->replot();
    m_sharePlot->replot();
    m_summary->setText(workspace ? tr("Type a rule or choose a saved segment.")
                                 : tr("No workspace is open."));
    reloadSegments();
}

void ProfileTab::reloadSegments()
{
    const QString current = m_source->currentData().toString();
    m_source->clear();
    m_source->addItem(tr("The current rule"), QString());
    if (m_workspace && m_workspace->hasCustomers()) {
        try {
            for (const SegmentInfo &s : SegmentStore(*m_workspace).segments())
                m_source->addItem(tr("Segment %1").arg(s.name), s.name);
        } catch (const Error &) {
            // The list stays with the current rule only; profiling reports the error.
        }
    }
    selectSource(current);
    m_run->setEnabled(m_workspace && m_workspace->hasCustomers());
}

void ProfileTab::selectSource(const QString &segment)
{
    const int index = m_source->findData(segment);
    m_source->setCurrentIndex(index < 0 ? 0 : index);
}

void ProfileTab::setRule(const QString &rule)
{
    if (rule == m_rule)
        return;
    m_rule = rule;
    m_dirty = true;
    if (isVisible() && m_source->currentIndex() == 0)
        profileNow();
}

void ProfileTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty && m_source->currentIndex() == 0)
        profileNow();
}

void ProfileTab::profileNow()
{
    if (!m_workspace || !m_workspace->hasCustomers())
        return;
    const QString segment = m_source->currentData().toString();
    const QString rule = m_rule;
    if (segment.isEmpty()) {
        m_dirty = false;
        if (rule.trimmed().isEmpty()) {
            m_summary->setText(tr("Type a rule on the Rule tab, or choose a saved segment."));
            return;
        }
    }
    m_task->run(segment.isEmpty() ? tr("Profiling the rule…") : tr("Profiling %1…").arg(segment),
                [this, segment, rule](Workspace &workspace, JobControl &job) -> SegmentTask::Done {
                    const SegmentProfile profile =
                        segment.isEmpty() ? profileRule(workspace, rule, {}, &job)
                                          : profileSegment(workspace, segment, {}, &job);
                    return [this, profile] { showProfile(profile); };
                });
}

QString ProfileTab::summaryText() const
{
    return m_summary->text();
}

void ProfileTab::showProfile(const SegmentProfile &profile)
{
    m_profile = profile;
    m_hasProfile = true;
    const QLocale locale;
    m_summary->setStyleSheet(QString());
    QString text = tr("%1 customers, %2 of the base of %3")
                       .arg(locale.toString(profile.size), percent(profile.share),
                            locale.toString(profile.base));
    if (profile.revenueShare)
        text += tr("; %1 of the revenue").arg(percent(*profile.revenueShare));
    if (profile.materialised)
        text += tr(" (stored membership)");
    m_summary->setText(text);

    m_table->setRowCount(0);
    for (const ProfileColumn &c : profile.columns) {
        if (c.kind == ProfileColumn::Kind::Numeric) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, cell(columnName(c)));
            m_table->setItem(row, 1, cell(tr("mean")));
            m_table->setItem(row, 2, cell(number(c.segmentMean), true));
            m_table->setItem(row, 3, cell(number(c.baseMean), true));
            m_table->setItem(
                row, 4,
                cell(c.index ? QString::number(qRound(*c.index * 100.0)) : QStringLiteral("–"),
                     true));
            continue;
        }
        for (const ValueShare &v : c.top) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, cell(columnName(c)));
            m_table->setItem(row, 1, cell(v.missing ? tr("(missing)") : v.value));
            m_table->setItem(row, 2, cell(percent(v.segmentShare), true));
            m_table->setItem(row, 3, cell(percent(v.baseShare), true));
            m_table->setItem(
                row, 4,
                cell(v.baseShare > 0 ? QString::number(qRound(v.segmentShare / v.baseShare * 100.0))
                                     : QStringLiteral("–"),
                     true));
        }
    }
    m_table->resizeColumnsToContents();
    drawCharts();
}

void ProfileTab::drawCharts()
{
    // Index bars: one per numeric column, 100 = the base's mean.
    charts::reset(m_indexPlot);
    charts::title(m_indexPlot)
        ->setText(tr("Means against the base (index, 100 = base): the %1 most different")
                      .arg(kIndexBars));
    // At most kIndexBars bars, those that differ most from the base (|log index|), in the
    // workspace's column order; the table lists them all.
    QList<const ProfileColumn *> numeric;
    for (const ProfileColumn &c : m_profile.columns)
        if (c.kind == ProfileColumn::Kind::Numeric && c.index && *c.index > 0)
            numeric << &c;
    if (numeric.size() > kIndexBars) {
        QList<const ProfileColumn *> byDifference = numeric;
        std::stable_sort(byDifference.begin(), byDifference.end(),
                         [](const ProfileColumn *a, const ProfileColumn *b) {
                             return std::abs(std::log(*a->index)) > std::abs(std::log(*b->index));
                         });
        byDifference.resize(kIndexBars);
        numeric.removeIf([&](const ProfileColumn *c) { return !byDifference.contains(c); });
    }
    QVector<double> ticks, values;
    QVector<QString> labels;
    for (const ProfileColumn *c : numeric) {
        ticks << double(ticks.size() + 1);
        values << *c->index * 100.0;
        labels << (c->label.isEmpty() ? c->name : c->label);
    }
    auto *bars = new QCPBars(m_indexPlot->yAxis, m_indexPlot->xAxis);
    bars->setData(ticks, values, true);
    bars->setWidth(0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(kSegment);
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    ticker->addTicks(ticks, labels);
    m_indexPlot->yAxis->setTicker(ticker);
    m_indexPlot->yAxis->setRange(0.3, ticks.size() + 0.7);
    m_indexPlot->yAxis->setRangeReversed(true);
    m_indexPlot->yAxis->grid()->setVisible(false);
    double top = 200;
    for (double v : values)
        top = std::max(top, v * 1.1);
    m_indexPlot->xAxis->setRange(0, top);
    auto *baseLine = new QCPItemStraightLine(m_indexPlot);
    baseLine->point1->setCoords(100, 0);
    baseLine->point2->setCoords(100, 1);
    baseLine->setPen(QPen(Qt::darkGray, 1, Qt::DashLine));
    m_indexPlot->replot();

    // Share bars: the top values of each categorical column, segment beside base.
    charts::reset(m_sharePlot);
    charts::title(m_sharePlot)->setText(tr("Top values: share in the segment and in the base"));
    QVector<double> segTicks, segValues, baseTicks, baseValues, valueTicks;
    QVector<QString> valueLabels;
    int position = 0;
    for (const ProfileColumn &c : m_profile.columns) {
        if (c.kind != ProfileColumn::Kind::Categorical)
            continue;
        for (const ValueShare &v : c.top.mid(0, 3)) {
            ++position;
            valueTicks << position;
            valueLabels << QStringLiteral("%1 = %2").arg(c.label.isEmpty() ? c.name : c.label,
                                                         v.missing ? tr("(missing)") : v.value);
            segTicks << position - 0.2;
            segValues << v.segmentShare * 100.0;
            baseTicks << position + 0.2;
            baseValues << v.baseShare * 100.0;
        }
    }
    auto *segBars = new QCPBars(m_sharePlot->yAxis, m_sharePlot->xAxis);
    segBars->setData(segTicks, segValues, true);
    segBars->setWidth(0.38);
    segBars->setPen(Qt::NoPen);
    segBars->setBrush(kSegment);
    segBars->setName(tr("Segment"));
    auto *baseBars = new QCPBars(m_sharePlot->yAxis, m_sharePlot->xAxis);
    baseBars->setData(baseTicks, baseValues, true);
    baseBars->setWidth(0.38);
    baseBars->setPen(Qt::NoPen);
    baseBars->setBrush(kBase);
    baseBars->setName(tr("Base"));
    auto shareTicker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    shareTicker->addTicks(valueTicks, valueLabels);
    m_sharePlot->yAxis->setTicker(shareTicker);
    m_sharePlot->yAxis->setRange(0.4, position + 0.6);
    m_sharePlot->yAxis->setRangeReversed(true);
    m_sharePlot->yAxis->grid()->setVisible(false);
    m_sharePlot->xAxis->setRange(0, 100);
    m_sharePlot->xAxis->setLabel(tr("% of customers"));
    // The legend in a row of its own under the chart, where it hides no bar.
    QCPLegend *legend = m_sharePlot->legend;
    if (legend->layout() == m_sharePlot->axisRect()->insetLayout()) {
        m_sharePlot->axisRect()->insetLayout()->take(legend);
        QCPLayoutGrid *layout = m_sharePlot->plotLayout();
        layout->addElement(layout->rowCount(), 0, legend);
        layout->setRowStretchFactor(layout->rowCount() - 1, 0.001);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        legend->setBorderPen(Qt::NoPen);
    }
    legend->setVisible(true);
    m_sharePlot->replot();
}

} // namespace cwb
