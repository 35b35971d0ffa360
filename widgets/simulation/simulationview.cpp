// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/simulationview.h"

#include "core/error.h"
#include "simulate/planreader.h"
#include "simulation/channeldelegate.h"
#include "simulation/plancellmodel.h"
#include "simulation/plansummary.h"
#include "simulate/planwriter.h"
#include "simulation/resultrows.h"
#include "simulation/simulationcharts.h"
#include "simulation/simulationrunner.h"

#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace cwb {

using namespace simulate;

namespace {

QDoubleSpinBox *doubleSpin(QWidget *parent, double min, double max, int decimals, double step)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setSingleStep(step);
    return spin;
}

QLabel *banner(QWidget *parent, const QString &style)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(style);
    label->setVisible(false);
    return label;
}

} // namespace

SimulationView::SimulationView(QWidget *parent)
    : QWidget(parent), m_cells(new PlanCellModel(this)), m_runner(new SimulationRunner(this)),
      m_cellTable(new QTableView(this)), m_horizon(doubleSpin(this, 0.1, 240, 1, 1)),
      m_draws(new QSpinBox(this)), m_seed(new QSpinBox(this)),
      m_alpha(doubleSpin(this, 0.001, 0.5, 3, 0.01)),
      m_power(doubleSpin(this, 0.5, 0.999, 3, 0.05)),
      m_remove(new QPushButton(tr("Remove Cell"), this)),
      m_print(new QPushButton(tr("Print Summary…"), this)),
      m_export(new QPushButton(tr("Export PDF…"), this)), m_status(new QLabel(this)),
      m_error(banner(this, QStringLiteral("QLabel { background: #fde2e1; color: #a40000; "
                                          "border: 1px solid #cc0000; padding: 6px; }"))),
      m_warnings(banner(this, QStringLiteral("QLabel { background: #fff4ce; color: #5c3c00; "
                                             "border: 1px solid #c4a000; padding: 6px; }"))),
      m_results(new QTableWidget(this)), m_histogram(new QCustomPlot(this)),
      m_tornado(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("simulationView"));

    // Buttons
    auto *open = new QPushButton(tr("Open Plan…"), this);
    auto *save = new QPushButton(tr("Save Plan…"), this);
    auto *add = new QPushButton(tr("Add Cell"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(save);
    buttons->addSpacing(12);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_status);
    buttons->addSpacing(12);
    buttons->addWidget(m_print);
    buttons->addWidget(m_export);

    // Plan settings
    m_draws->setRange(1, defaults::maxDraws);
    m_draws->setSingleStep(10000);
    m_draws->setGroupSeparatorShown(true);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_horizon->setSuffix(tr(" months"));
    auto *settings = new QHBoxLayout;
    const auto addSetting = [&](const QString &label, QWidget *editor, const QString &tip) {
        auto *l = new QLabel(label, this);
        l->setBuddy(editor);
        editor->setToolTip(tip);
        settings->addWidget(l);
        settings->addWidget(editor);
        settings->addSpacing(10);
    };
    addSetting(tr("&Horizon:"), m_horizon, tr("Months of incremental revenue counted"));
    addSetting(tr("&Draws:"), m_draws, tr("Monte Carlo draws (1 to 1,000,000)"));
    addSetting(tr("S&eed:"), m_seed, tr("Random seed: the same seed gives the same result"));
    addSetting(tr("&Alpha:"), m_alpha, tr("Two-sided test level of the control comparison"));
    addSetting(tr("&Power:"), m_power, tr("Power of the control comparison"));
    settings->addStretch(1);

    // Cells table
    m_cellTable->setModel(m_cells);
    m_cellTable->setItemDelegateForColumn(PlanCellModel::ChannelColumn,
                                          new ChannelDelegate(m_cellTable));
    m_cellTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cellTable->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_cellTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cellTable->horizontalHeader()->setSectionResizeMode(PlanCellModel::Name,
                                                          QHeaderView::Interactive);
    m_cellTable->setColumnWidth(PlanCellModel::Name, 170);
    m_cellTable->verticalHeader()->setDefaultSectionSize(m_cellTable->fontMetrics().height() + 10);
    m_cellTable->setAccessibleName(tr("Plan cells"));
    // room for the header, three cells and the scroll bar
    m_cellTable->setMinimumHeight(m_cellTable->horizontalHeader()->sizeHint().height() +
                                  3 * m_cellTable->verticalHeader()->defaultSectionSize() +
                                  m_cellTable->horizontalScrollBar()->sizeHint().height() + 4);

    auto *inputs = new QWidget(this);
    auto *inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->setContentsMargins(0, 0, 0, 0);
    inputsLayout->addLayout(buttons);
    inputsLayout->addLayout(settings);
    inputsLayout->addWidget(m_cellTable, 1);
    inputsLayout->addWidget(m_error);
    inputsLayout->addWidget(m_warnings);

    // Results and charts
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->setVisible(true);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 6);
    m_results->setAccessibleName(tr("Simulation results"));
    for (QCustomPlot *plot : {m_histogram, m_tornado})
        plot->setMinimumSize(320, 200);
    auto *charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_histogram);
    charts->addWidget(m_tornado);
    auto *outputs = new QSplitter(Qt::Horizontal, this);
    outputs->addWidget(m_results);
    outputs->addWidget(charts);
    outputs->setStretchFactor(0, 2);
    outputs->setStretchFactor(1, 3);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(inputs);
    split->addWidget(outputs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    m_print->setEnabled(false); // until a result is shown
    m_export->setEnabled(false);
    SimulationCharts::clear(m_histogram, tr("Computing…"));
    SimulationCharts::clear(m_tornado, QString());

    connect(open, &QPushButton::clicked, this, &SimulationView::openAsked);
    connect(save, &QPushButton::clicked, this, &SimulationView::saveAsked);
    connect(add, &QPushButton::clicked, m_cells, &PlanCellModel::addCell);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_cellTable->currentIndex();
        m_cells->removeCell(current.isValid() ? current.row() : m_cells->rowCount() - 1);
    });
    connect(m_print, &QPushButton::clicked, this, &SimulationView::printAsked);
    connect(m_export, &QPushButton::clicked, this, &SimulationView::exportAsked);
    connect(m_cells, &PlanCellModel::cellsChanged, this, &SimulationView::planChanged);
    connect(m_cells, &PlanCellModel::editRejected, this, &SimulationView::showError);
    for (QDoubleSpinBox *spin : {m_horizon, m_alpha, m_power})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &SimulationView::planChanged);
    for (QSpinBox *spin : {m_draws, m_seed})
        connect(spin, &QSpinBox::valueChanged, this, &SimulationView::planChanged);
    connect(m_runner, &SimulationRunner::started, this,
            [this] { m_status->setText(tr("Computing…")); });
    connect(m_runner, &SimulationRunner::finished, this, &SimulationView::showResult);
    connect(m_runner, &SimulationRunner::failed, this, [this](int, const QString &message) {
        m_status->clear();
        showError(message);
    });

    setPlan(SimulationPlan{{},
                           defaults::draws,
                           defaults::seed,
                           defaults::alpha,
                           defaults::power,
                           m_cells->cells(),
                           {}});
}

SimulationView::~SimulationView() = default;

void SimulationView::setWorkspace(Workspace *)
{
    // Campaigns do not exist yet: the plan is typed in or opened from PLAN.json.
}

SimulationPlan SimulationView::plan() const
{
    SimulationPlan plan;
    plan.horizonMonths = m_horizon->value();
    plan.draws = m_draws->value();
    plan.seed = quint64(m_seed->value());
    plan.alpha = m_alpha->value();
    plan.power = m_power->value();
    plan.cells = m_cells->cells();
    return plan;
}

void SimulationView::setPlan(const SimulationPlan &plan)
{
    m_loading = true;
    m_horizon->setValue(plan.horizonMonths > 0 ? plan.horizonMonths : defaults::horizonMonths);
    m_draws->setValue(plan.draws);
    m_seed->setValue(int(qMin<quint64>(plan.seed, quint64(std::numeric_limits<int>::max()))));
    m_alpha->setValue(plan.alpha);
    m_power->setValue(plan.power);
    m_cells->setCells(plan.cells);
    m_loading = false;
    planChanged();
}

void SimulationView::planChanged()
{
    if (m_loading)
        return;
    m_remove->setEnabled(m_cells->rowCount() > 1);
    // The engine's reader checks the typed plan exactly as it checks a PLAN.json file.
    SimulationPlan checked;
    try {
        checked = readPlan(PlanWriter::toBytes(plan()), tr("the plan"));
    } catch (const Error &error) {
        showError(error.message());
        return;
    }
    m_error->setVisible(false);
    m_runner->request(checked);
}

void SimulationView::showError(const QString &message)
{
    m_error->setText(tr("The plan cannot be simulated: %1").arg(message));
    m_error->setVisible(true);
}

QString SimulationView::errorText() const
{
    return !m_error->isHidden() ? m_error->text() : QString();
}

QString SimulationView::warningText() const
{
    return !m_warnings->isHidden() ? m_warnings->text() : QString();
}

void SimulationView::showResult(int jobId, const SimulationResult &result)
{
    m_result = result;
    m_resultPlan = m_runner->latestPlan();
    m_print->setEnabled(true);
    m_export->setEnabled(true);
    m_status->setText(tr("Computed (%1 draws)").arg(QLocale().toString(result.draws)));

    const QStringList titles = ResultRows::columnTitles(result);
    const QList<ResultRow> rows = ResultRows::rows(result);
    m_results->clear();
    m_results->setColumnCount(int(titles.size()));
    m_results->setRowCount(int(rows.size()));
    m_results->setHorizontalHeaderLabels(titles);
    QStringList labels;
    for (int r = 0; r < rows.size(); ++r) {
        const ResultRow &row = rows.at(r);
        labels << row.label;
        for (int c = 0; c < row.values.size(); ++c) {
            auto *item = new QTableWidgetItem(row.values.at(c));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_results->setItem(r, c, item);
        }
        if (row.section) {
            m_results->setSpan(r, 0, 1, int(titles.size()));
            auto *item = new QTableWidgetItem(QString());
            item->setBackground(palette().alternateBase());
            m_results->setItem(r, 0, item);
        }
    }
    m_results->setVerticalHeaderLabels(labels);
    for (int r = 0; r < rows.size(); ++r) {
        if (rows.at(r).section) {
            QFont bold = m_results->font();
            bold.setBold(true);
            m_results->verticalHeaderItem(r)->setFont(bold);
        }
    }
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setStretchLastSection(true);

    if (result.warnings.isEmpty()) {
        m_warnings->setVisible(false);
    } else {
        QString text = QStringLiteral("<b>%1</b><ul style=\"margin: 0\">")
                           .arg(tr("%n warning(s)", nullptr, int(result.warnings.size())));
        for (const QString &w : result.warnings)
            text += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
        m_warnings->setText(text + QStringLiteral("</ul>"));
        m_warnings->setVisible(true);
    }
    SimulationCharts::drawRoiHistogram(m_histogram, result);
    SimulationCharts::drawTornado(m_tornado, result);
    emit resultShown(jobId);
}

QString SimulationView::planName() const
{
    if (!m_planPath.isEmpty())
        return QFileInfo(m_planPath).completeBaseName();
    return tr("plan typed in");
}

QString SimulationView::openPlanFile(const QString &path)
{
    try {
        SimulationPlan plan = readPlanFile(path);
        m_planPath = path;
        setPlan(plan);
        return QString();
    } catch (const Error &error) {
        showError(error.message());
        return error.message();
    }
}

QString SimulationView::savePlanFile(const QString &path)
{
    try {
        PlanWriter::writeFile(plan(), path);
        m_planPath = path;
        return QString();
    } catch (const Error &error) {
        return error.message();
    }
}

void SimulationView::exportPdf(const QString &path)
{
    if (!m_result)
        throw Error(tr("There is no result to print yet."));
    PlanSummary::exportPdf(path, m_resultPlan, *m_result, planName());
}

void SimulationView::openAsked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a ROI plan"), QString(),
                                                      tr("ROI plans (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = openPlanFile(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Open a ROI plan"),
                             tr("The plan could not be opened:\n%1").arg(error));
}

void SimulationView::saveAsked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the ROI plan"), m_planPath.isEmpty() ? tr("plan.json") : m_planPath,
        tr("ROI plans (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = savePlanFile(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save the ROI plan"), error);
}

void SimulationView::exportAsked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the plan summary as PDF"),
        planName() + tr("-summary") + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        exportPdf(path);
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Export the plan summary as PDF"),
                             tr("The PDF could not be written:\n%1").arg(error.message()));
    }
}

void SimulationView::printAsked()
{
    if (!m_result)
        return;
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the plan summary"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        PlanSummary::render(&printer, m_resultPlan, *m_result, planName());
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Print the plan summary"), error.message());
    }
}

} // namespace cwb
