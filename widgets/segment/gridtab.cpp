// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/gridtab.h"

#include "core/error.h"
#include "segment/customerframe.h"
#include "segment/segmentstore.h"
#include "segment/segmenttabutil.h"
#include "segment/segmenttask.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cwb {

using segmenttab::percent;

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    return items;
}

std::vector<double> parseNumbers(const QString &text, const QString &what)
{
    std::vector<double> values;
    for (const QString &part : splitList(text)) {
        bool ok = false;
        const double v = part.toDouble(&ok);
        if (!ok)
            throw Error(GridTab::tr("%1: \"%2\" is not a number (write numbers separated by "
                                    "commas, e.g. 50, 120)")
                            .arg(what, part));
        values.push_back(v);
    }
    return values;
}

// The band's level in the user's language (bandLevel() gives the engine's English words).
QString bandName(int band, int bands)
{
    if (bands == 2)
        return band == 0 ? GridTab::tr("low") : GridTab::tr("high");
    if (bands == 3)
        return band == 0   ? GridTab::tr("low")
               : band == 1 ? GridTab::tr("mid")
                           : GridTab::tr("high");
    return GridTab::tr("band %1").arg(band + 1);
}

// The strategies cellStrategy() suggests (in English, as the engine gives them), marked for
// translation so that the grid shows them in the user's language.
[[maybe_unused]] const char *const kStrategies[] = {
    QT_TRANSLATE_NOOP("cwb::GridTab", "Retain first: outbound call with a retention bundle or an "
                                      "early contract renewal; door-to-door for the top customers"),
    QT_TRANSLATE_NOOP(
        "cwb::GridTab",
        "Watch and retain: care call, loyalty benefit, renewal offer before the contract ends"),
    QT_TRANSLATE_NOOP(
        "cwb::GridTab",
        "Keep and grow: loyalty care, upsell value-added services; no discount needed"),
    QT_TRANSLATE_NOOP("cwb::GridTab", "Retain at moderate cost: bundle to raise stickiness (add "
                                      "broadband or a family plan), renewal offer"),
    QT_TRANSLATE_NOOP("cwb::GridTab", "Stabilise: bundles and value-added services"),
    QT_TRANSLATE_NOOP("cwb::GridTab", "Upsell: a higher tariff tier or another product"),
    QT_TRANSLATE_NOOP(
        "cwb::GridTab",
        "Low-cost retention only: SMS or front-desk offers; no agent time or deep discounts"),
    QT_TRANSLATE_NOOP("cwb::GridTab", "Low-cost contact: SMS offers and self-service"),
    QT_TRANSLATE_NOOP("cwb::GridTab",
                      "Develop cheaply: SMS or front-desk upsell to a higher tier or a bundle"),
    QT_TRANSLATE_NOOP("cwb::GridTab", "Profile the cell before choosing an offer"),
};

enum SignalColumn
{
    NameColumn,
    ExpressionColumn,
    OpColumn,
    ThresholdColumn,
    WeightColumn
};

} // namespace

GridTab::GridTab(QWidget *parent)
    : QWidget(parent), m_valueColumns(new QLineEdit(this)), m_valueBands(new QComboBox(this)),
      m_valueThresholds(new QLineEdit(this)), m_model(new QComboBox(this)),
      m_modelPages(new QStackedWidget(this)), m_signals(new QTableWidget(this)),
      m_label(new QComboBox(this)), m_riskBands(new QComboBox(this)),
      m_riskThresholds(new QLineEdit(this)), m_run(new QPushButton(tr("&Build Grid"), this)),
      m_modelReport(new QLabel(this)), m_grid(new QTableWidget(this)),
      m_saveName(new QLineEdit(this)), m_save(new QPushButton(tr("Save Cell as &Segment"), this)),
      m_status(new QLabel(this)), m_task(new SegmentTask(this))
{
    setObjectName(QStringLiteral("gridTab"));
    m_valueColumns->setPlaceholderText(tr("default: total_fee_m1, total_fee_m2, total_fee_m3"));
    m_valueColumns->setToolTip(tr("Value = the average of these columns, comma separated"));
    for (QComboBox *bands : {m_valueBands, m_riskBands}) {
        bands->addItem(tr("2 bands"), 2);
        bands->addItem(tr("3 bands"), 3);
    }
    m_valueThresholds->setPlaceholderText(tr("quantiles; or edges, e.g. 50, 120"));
    m_riskThresholds->setPlaceholderText(tr("default edges; or e.g. 3"));
    m_model->addItem(tr("Risk score (weighted signals)"), int(RiskModel::Score));
    m_model->addItem(tr("Churn model (logistic regression)"), int(RiskModel::Logistic));

    m_signals->setColumnCount(5);
    m_signals->setHorizontalHeaderLabels(
        {tr("Signal"), tr("Expression"), tr("Op"), tr("Threshold"), tr("Weight")});
    m_signals->verticalHeader()->setVisible(false);
    m_signals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_signals->horizontalHeader()->setSectionResizeMode(ExpressionColumn, QHeaderView::Stretch);
    m_signals->setAccessibleName(tr("Risk signals"));
    auto *addSignal = new QPushButton(tr("Add Signal"), this);
    auto *removeSignal = new QPushButton(tr("Remove Signal"), this);
    auto *resetSignals = new QPushButton(tr("Defaults"), this);
    auto *scorePage = new QWidget(this);
    auto *scoreLayout = new QVBoxLayout(scorePage);
    scoreLayout->setContentsMargins(0, 0, 0, 0);
    scoreLayout->addWidget(m_signals, 1);
    auto *signalButtons = new QHBoxLayout;
    signalButtons->addWidget(addSignal);
    signalButtons->addWidget(removeSignal);
    signalButtons->addStretch(1);
    signalButtons->addWidget(resetSignals);
    scoreLayout->addLayout(signalButtons);
    auto *logisticPage = new QWidget(this);
    auto *logisticLayout = new QFormLayout(logisticPage);
    logisticLayout->setContentsMargins(0, 0, 0, 0);
    logisticLayout->addRow(tr("&Label column (1 = churned):"), m_label);
    m_modelPages->addWidget(scorePage);
    m_modelPages->addWidget(logisticPage);

    auto *form = new QFormLayout;
    form->addRow(tr("&Value columns:"), m_valueColumns);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_valueBands);
    valueRow->addWidget(m_valueThresholds, 1);
    auto *valueBandsLabel = new QLabel(tr("Value &bands:"), this);
    valueBandsLabel->setBuddy(m_valueBands);
    form->addRow(valueBandsLabel, valueRow);
    form->addRow(tr("&Risk:"), m_model);
    auto *riskRow = new QHBoxLayout;
    riskRow->addWidget(m_riskBands);
    riskRow->addWidget(m_riskThresholds, 1);
    auto *riskBandsLabel = new QLabel(tr("Risk b&ands:"), this);
    riskBandsLabel->setBuddy(m_riskBands);
    form->addRow(riskBandsLabel, riskRow);

    m_modelReport->setWordWrap(true);
    m_modelReport->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *optionsBox = new QWidget(this);
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addLayout(form);
    optionsLayout->addWidget(m_modelPages, 1);
    auto *runRow = new QHBoxLayout;
    runRow->addStretch(1);
    runRow->addWidget(m_run);
    optionsLayout->addLayout(runRow);
    optionsLayout->addWidget(m_modelReport);

    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setAccessibleName(tr("Value × risk grid"));
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_saveName->setPlaceholderText(tr("segment name"));
    m_status->setWordWrap(true);
    auto *gridBox = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridBox);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_grid, 1);
    gridLayout->addLayout(segmenttab::saveRow(m_saveName, m_save));
    gridLayout->addWidget(m_status);

    segmenttab::layOutOptionsAndResults(this, m_task, optionsBox, gridBox, 2);

    connect(m_model, &QComboBox::currentIndexChanged, m_modelPages,
            &QStackedWidget::setCurrentIndex);
    connect(addSignal, &QPushButton::clicked, this, [this] {
        const int row = m_signals->rowCount();
        m_signals->insertRow(row);
        const QStringList values{tr("signal %1").arg(row + 1), QString(), QStringLiteral(">"),
                                 QStringLiteral("0"), QStringLiteral("1")};
        for (int c = 0; c < values.size(); ++c)
            m_signals->setItem(row, c, new QTableWidgetItem(values.at(c)));
        m_signals->editItem(m_signals->item(row, ExpressionColumn));
    });
    connect(removeSignal, &QPushButton::clicked, this, [this] {
        if (m_signals->currentRow() >= 0)
            m_signals->removeRow(m_signals->currentRow());
    });
    connect(resetSignals, &QPushButton::clicked, this,
            [this] { fillSignals(defaultRiskSignals()); });
    connect(m_run, &QPushButton::clicked, this, &GridTab::runNow);
    connect(m_save, &QPushButton::clicked, this, &GridTab::saveSelectedCell);
    connect(m_task, &SegmentTask::failed, this,
            [this](const QString &message) { showStatus(message, true); });

    fillSignals(defaultRiskSignals());
    setWorkspace(nullptr);
}

void GridTab::fillSignals(const QList<RiskSignal> &signalList)
{
    m_signals->setRowCount(int(signalList.size()));
    for (int row = 0; row < signalList.size(); ++row) {
        const RiskSignal &s = signalList.at(row);
        m_signals->setItem(row, NameColumn, new QTableWidgetItem(s.name));
        m_signals->setItem(row, ExpressionColumn, new QTableWidgetItem(s.expression));
        m_signals->setItem(row, OpColumn, new QTableWidgetItem(s.op));
        m_signals->setItem(row, ThresholdColumn,
                           new QTableWidgetItem(QString::number(s.threshold)));
        m_signals->setItem(row, WeightColumn, new QTableWidgetItem(QString::number(s.weight)));
    }
}

void GridTab::setWorkspace(Workspace *workspace)
{
    m_task->cancel();
    m_workspace = workspace;
    m_task->setWorkspacePath(workspace ? workspace->path() : QString());
    m_hasGrid = false;
    m_grid->clear();
    m_grid->setRowCount(0);
    m_grid->setColumnCount(0);
    m_modelReport->clear();
    m_label->clear();
    const bool ready = workspace && workspace->hasCustomers();
    if (ready) {
        try {
            m_label->addItems(numericCustomerColumns(*workspace));
        } catch (const Error &) {
            // No numeric columns: the logistic model reports it when run.
        }
    }
    m_run->setEnabled(ready);
    m_save->setEnabled(false);
    showStatus(ready ? tr("Choose the options and build the grid.")
                     : tr("No customers yet: import an extract first."));
}

ValueRiskOptions GridTab::options() const
{
    ValueRiskOptions o;
    o.valueColumns = splitList(m_valueColumns->text());
    o.valueBands = m_valueBands->currentData().toInt();
    o.valueThresholds = parseNumbers(m_valueThresholds->text(), tr("Value thresholds"));
    o.riskBands = m_riskBands->currentData().toInt();
    o.riskThresholds = parseNumbers(m_riskThresholds->text(), tr("Risk thresholds"));
    o.riskModel = RiskModel(m_model->currentData().toInt());
    if (o.riskModel == RiskModel::Score) {
        for (int row = 0; row < m_signals->rowCount(); ++row) {
            const auto text = [&](int column) {
                const QTableWidgetItem *item = m_signals->item(row, column);
                return item ? item->text().trimmed() : QString();
            };
            RiskSignal s;
            s.name = text(NameColumn);
            s.expression = text(ExpressionColumn);
            s.op = text(OpColumn);
            const std::vector<double> threshold =
                parseNumbers(text(ThresholdColumn), tr("Threshold of signal %1").arg(s.name));
            const std::vector<double> weight =
                parseNumbers(text(WeightColumn), tr("Weight of signal %1").arg(s.name));
            if (threshold.size() != 1 || weight.size() != 1)
                throw Error(tr("Signal %1 needs one threshold and one weight").arg(s.name));
            s.threshold = threshold.front();
            s.weight = weight.front();
            o.riskSignals << s;
        }
        if (o.riskSignals.isEmpty())
            throw Error(tr("Add at least one risk signal (or press Defaults)"));
    } else {
        o.label = m_label->currentText();
    }
    return o;
}

void GridTab::runNow()
{
    if (!m_workspace || !m_workspace->hasCustomers())
        return;
    ValueRiskOptions o;
    try {
        o = options();
        if (o.riskModel == RiskModel::Score)
            validateSignals(o.riskSignals);
    } catch (const Error &e) {
        showStatus(e.message(), true);
        return;
    }
    m_save->setEnabled(false);
    m_task->run(tr("Building the value × risk grid…"),
                [this, o](Workspace &workspace, JobControl &job) -> SegmentTask::Done {
                    const ValueRiskAnalysis analysis = analyseValueRisk(workspace, o, &job);
                    return [this, analysis] { showAnalysis(analysis); };
                });
}

void GridTab::showAnalysis(const ValueRiskAnalysis &analysis)
{
    m_analysis = analysis;
    m_hasGrid = true;
    const QLocale locale;
    const ValueRiskGrid &grid = analysis.grid;
    m_grid->clear();
    m_grid->setRowCount(grid.valueBands);
    m_grid->setColumnCount(grid.riskBands);
    QStringList rowLabels, columnLabels;
    for (int v = grid.valueBands - 1; v >= 0; --v)
        rowLabels << tr("%1 value").arg(bandName(v, grid.valueBands));
    for (int r = 0; r < grid.riskBands; ++r)
        columnLabels << tr("%1 risk").arg(bandName(r, grid.riskBands));
    m_grid->setVerticalHeaderLabels(rowLabels);
    m_grid->setHorizontalHeaderLabels(columnLabels);
    double maxShare = 0;
    for (const GridCell &c : grid.cells)
        maxShare = std::max(maxShare, c.revenueShare);
    for (const GridCell &c : grid.cells) {
        auto *item = new QTableWidgetItem(tr("%1 customers (%2)\nrevenue %3\n%4")
                                              .arg(locale.toString(c.count), percent(c.countShare),
                                                   percent(c.revenueShare),
                                                   tr(c.strategy.toUtf8().constData())));
        item->setTextAlignment(Qt::AlignCenter);
        const double heat = maxShare > 0 ? c.revenueShare / maxShare : 0;
        item->setBackground(QColor::fromRgbF(1.0 - 0.55 * heat, 1.0 - 0.35 * heat, 1.0));
        item->setForeground(Qt::black);
        item->setToolTip(c.rule.isEmpty() ? tr("No exact rule: %1. Saved as a list of its %2 "
                                               "customers.")
                                                .arg(c.ruleNote, locale.toString(c.count))
                                          : tr("Rule: %1").arg(c.rule));
        m_grid->setItem(grid.valueBands - 1 - c.valueBand, c.riskBand, item);
    }

    QString report;
    if (analysis.logistic) {
        const LogisticReport &l = *analysis.logistic;
        QStringList weights;
        for (std::size_t j = 0; j < l.model.weights.size(); ++j)
            weights << QStringLiteral("%1 %2").arg(l.model.features.value(qsizetype(j)),
                                                   locale.toString(l.model.weights[j], 'f', 3));
        report = tr("Churn model: AUC %1 on the test rows (%2), %3 on the training rows (%4); "
                    "%5 churned. Weights (standardised): %6.")
                     .arg(locale.toString(l.testAuc, 'f', 3), locale.toString(l.testRows),
                          locale.toString(l.trainAuc, 'f', 3), locale.toString(l.trainRows),
                          percent(l.positiveShare), weights.join(QStringLiteral(", ")));
    } else {
        QStringList used;
        for (const RiskSignal &s : analysis.riskSignals)
            used << QStringLiteral("%1 (%2)").arg(s.name).arg(s.weight);
        report = tr("Risk score from: %1.").arg(used.join(QStringLiteral(", ")));
        if (!analysis.droppedSignals.isEmpty())
            report += QLatin1Char(' ') +
                      tr("Left out: %1.").arg(analysis.droppedSignals.join(QStringLiteral("; ")));
    }
    m_modelReport->setText(report);
    showStatus(tr("%1 customers in the grid, %2 without a value or a risk. Select a cell to save "
                  "it as a segment.")
                   .arg(locale.toString(grid.scored), locale.toString(grid.unscored)));
    m_save->setEnabled(true);
}

void GridTab::selectCell(int valueBand, int riskBand)
{
    if (!m_hasGrid)
        return;
    m_grid->setCurrentCell(m_analysis.grid.valueBands - 1 - valueBand, riskBand);
}

void GridTab::saveSelectedCell()
{
    if (!m_hasGrid || m_grid->currentRow() < 0 || m_grid->currentColumn() < 0) {
        showStatus(tr("Select a cell of the grid first."), true);
        return;
    }
    saveCell(m_analysis.grid.valueBands - 1 - m_grid->currentRow(), m_grid->currentColumn(),
             m_saveName->text().trimmed());
}

bool GridTab::saveCell(int valueBand, int riskBand, const QString &name)
{
    if (!m_hasGrid || !m_workspace)
        return false;
    const GridCell &cell = m_analysis.grid.cell(valueBand, riskBand);
    const QString description = tr("value × risk cell %1: %2").arg(cell.label, cell.strategy);
    const QString rule = cell.rule;
    const QStringList ids = cell.customerIds;
    const StoreChange add = [=](SegmentStore &store) {
        if (!rule.isEmpty())
            store.addSegment(name, rule, description);
        else
            store.addListSegment(name, ids, description);
    };
    try {
        segmenttab::addSegment(m_undo, this, m_workspace, tr("Save Segment %1").arg(name), name,
                               add, [this] { emit segmentsChanged(); });
    } catch (const Error &e) {
        showStatus(e.message(), true);
        return false;
    }
    showStatus(cell.rule.isEmpty() ? tr("Saved %1 as a list segment of %2 customers.")
                                         .arg(name, QLocale().toString(cell.count))
                                   : tr("Saved %1 with the cell's rule.").arg(name));
    m_saveName->clear();
    emit segmentsChanged();
    return true;
}

void GridTab::showStatus(const QString &text, bool error)
{
    segmenttab::showStatus(m_status, text, error);
}

QString GridTab::statusText() const
{
    return m_status->text();
}

} // namespace cwb
