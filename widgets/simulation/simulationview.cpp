// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/simulationview.h"

#include "campaign/campaignstore.h"
#include "core/error.h"
#include "simulate/campaignplan.h"
#include "simulate/planreader.h"
#include "simulate/plansources.h"
#include "simulate/planwriter.h"
#include "simulation/channeldelegate.h"
#include "simulation/plancellmodel.h"
#include "simulation/plansummary.h"
#include "simulation/resultrows.h"
#include "simulation/simulationcharts.h"
#include "simulation/simulationrunner.h"

#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

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
      m_fromCampaign(new QPushButton(tr("From Campaign…"), this)),
      m_keepA(new QPushButton(tr("Keep as Scenario A"), this)),
      m_clearA(new QPushButton(tr("Clear Scenario A"), this)),
      m_print(new QPushButton(tr("Print Summary…"), this)),
      m_export(new QPushButton(tr("Export PDF…"), this)), m_status(new QLabel(this)),
      m_error(banner(this, QStringLiteral("QLabel { background: #fde2e1; color: #a40000; "
                                          "border: 1px solid #cc0000; padding: 6px; }"))),
      m_warnings(banner(this, QStringLiteral("QLabel { background: #fff4ce; color: #5c3c00; "
                                             "border: 1px solid #c4a000; padding: 6px; }"))),
      m_source(banner(this, QStringLiteral("QLabel { background: #e8f0fb; color: #1c3a5e; "
                                           "border: 1px solid #8aa9cf; padding: 6px; }"))),
      m_tabs(new QTabWidget(this)), m_results(new QTableWidget(this)),
      m_scenarios(new QWidget(this)), m_comparisonNote(new QLabel(this)),
      m_comparisonTable(new QTableWidget(this)), m_sourcesTable(new QTableWidget(this)),
      m_histogram(new QCustomPlot(this)), m_tornado(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("simulationView"));

    // Buttons
    auto *open = new QPushButton(tr("Open Plan…"), this);
    auto *save = new QPushButton(tr("Save Plan…"), this);
    auto *add = new QPushButton(tr("Add Cell"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(save);
    buttons->addWidget(m_fromCampaign);
    buttons->addSpacing(12);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_keepA);
    buttons->addWidget(m_clearA);
    // The status takes the free room and never widens the window ("Computed (1,000,000
    // draws)" pushed a 1280-pixel window off the screen).
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    buttons->addWidget(m_status, 1);
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
    inputsLayout->addWidget(m_source);
    inputsLayout->addWidget(m_error);
    inputsLayout->addWidget(m_warnings);

    // Results and charts
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->setVisible(true);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 6);
    m_results->setAccessibleName(tr("Simulation results"));
    for (QCustomPlot *plot : {m_histogram, m_tornado})
        plot->setMinimumSize(320, 130); // the step fits a 1366 x 768 screen
    auto *charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_histogram);
    charts->addWidget(m_tornado);
    // Scenarios side by side
    m_comparisonNote->setWordWrap(true);
    m_comparisonTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparisonTable->verticalHeader()->setDefaultSectionSize(
        m_comparisonTable->fontMetrics().height() + 6);
    m_comparisonTable->setAccessibleName(tr("Scenarios side by side"));
    auto *scenariosLayout = new QVBoxLayout(m_scenarios);
    scenariosLayout->addWidget(m_comparisonNote);
    scenariosLayout->addWidget(m_comparisonTable, 1);
    // Where the inputs come from
    m_sourcesTable->setColumnCount(4);
    m_sourcesTable->setHorizontalHeaderLabels(
        {tr("Cell"), tr("Input"), tr("Value"), tr("Where it comes from")});
    m_sourcesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sourcesTable->setWordWrap(true);
    m_sourcesTable->verticalHeader()->setVisible(false);
    m_sourcesTable->verticalHeader()->setDefaultSectionSize(m_sourcesTable->fontMetrics().height() +
                                                            6);
    m_sourcesTable->horizontalHeader()->setStretchLastSection(true);
    // A long source (the offer priced on the customers) wraps onto more lines.
    m_sourcesTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sourcesTable->setAccessibleName(tr("Where the inputs come from"));
    // The figures beside the charts; the sources and the scenarios take the whole width.
    auto *figures = new QSplitter(Qt::Horizontal, this);
    figures->addWidget(m_results);
    figures->addWidget(charts);
    figures->setStretchFactor(0, 3);
    figures->setStretchFactor(1, 2);
    figures->setSizes({600, 400}); // the figures of every cell and the total side by side
    m_tabs->addTab(figures, tr("Results"));
    m_tabs->addTab(m_sourcesTable, tr("Sources"));
    m_tabs->setTabToolTip(1, tr("Where every default, assumption and offer figure of the plan "
                                "comes from"));
    m_tabs->addTab(m_scenarios, tr("Scenarios"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(inputs);
    split->addWidget(m_tabs);
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
    connect(m_fromCampaign, &QPushButton::clicked, this, &SimulationView::fromCampaignAsked);
    connect(m_keepA, &QPushButton::clicked, this, [this] {
        if (keepAsScenarioA())
            m_tabs->setCurrentWidget(m_scenarios);
    });
    connect(m_clearA, &QPushButton::clicked, this, &SimulationView::clearScenarioA);
    m_fromCampaign->setToolTip(tr("Build the plan from a campaign of the open workspace"));
    m_keepA->setToolTip(tr("Keep this plan as scenario A, then edit or open scenario B to "
                           "compare them"));
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
    connect(m_runner, &SimulationRunner::compared, this, &SimulationView::showComparison);
    connect(m_runner, &SimulationRunner::failed, this, [this](int, const QString &message) {
        m_status->clear();
        showError(message);
    });

    SimulationPlan start; // the engine's defaults, with one pilot cell
    start.cells = m_cells->cells();
    setSource(start.sources, QStringLiteral("horizon_months"), start.horizonMonths,
              defaultSource(QStringLiteral("horizon_months")));
    setPlan(start);
    updateScenarioButtons();
}

SimulationView::~SimulationView() = default;

void SimulationView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_fromCampaign->setEnabled(workspace != nullptr);
}

QString SimulationView::loadCampaign(const QString &name)
{
    if (!m_workspace)
        return tr("No workspace is open.");
    try {
        const CampaignSimulationPlan built = planFromCampaign(*m_workspace, name);
        m_planPath.clear();
        m_campaignName = name;
        setPlan(built.plan);
        // What the engine assumed beyond the reader's own warnings (shown with the results).
        QStringList notes;
        for (const QString &w : built.plan.warnings) {
            if (!w.contains(QStringLiteral("control_conversion_rate")))
                notes << w.toHtmlEscaped();
        }
        QString text = built.plan.description.toHtmlEscaped();
        if (!notes.isEmpty())
            text += QStringLiteral("<br>") + notes.join(QStringLiteral("<br>"));
        m_source->setText(text);
        m_source->setVisible(true);
        return QString();
    } catch (const Error &error) {
        showError(error.message());
        return error.message();
    }
}

QString SimulationView::sourceText() const
{
    return !m_source->isHidden() ? m_source->text() : QString();
}

void SimulationView::fromCampaignAsked()
{
    if (!m_workspace)
        return;
    QStringList names;
    try {
        for (const campaign::CampaignSummary &c : campaign::CampaignStore(*m_workspace).list())
            names << c.name;
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Plan from a campaign"), error.message());
        return;
    }
    if (names.isEmpty()) {
        QMessageBox::information(this, tr("Plan from a campaign"),
                                 tr("The workspace has no campaign yet."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Plan from a campaign"),
        tr("Campaign (customers from its split, or a dry split when it is not split):"), names, 0,
        false, &ok);
    if (!ok || name.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = loadCampaign(name);
    QGuiApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Plan from a campaign"),
                             tr("No plan could be built from the campaign:\n%1").arg(error));
}

bool SimulationView::keepAsScenarioA()
{
    if (!m_checkedPlan)
        return false;
    m_scenarioA = m_checkedPlan;
    m_scenarioAName = planName();
    m_runner->setBaseline(m_scenarioA);
    m_comparison.reset();
    updateScenarioButtons();
    m_runner->runNow(*m_checkedPlan);
    return true;
}

void SimulationView::clearScenarioA()
{
    m_scenarioA.reset();
    m_comparison.reset();
    m_runner->setBaseline(std::nullopt);
    updateScenarioButtons();
    if (m_checkedPlan)
        m_runner->runNow(*m_checkedPlan);
}

void SimulationView::updateScenarioButtons()
{
    m_clearA->setEnabled(m_scenarioA.has_value());
    if (!m_scenarioA) {
        m_comparisonTable->clear();
        m_comparisonTable->setRowCount(0);
        m_comparisonTable->setColumnCount(0);
        m_comparisonNote->setText(
            tr("To compare two plans: press “Keep as Scenario A”, then edit the plan or open "
               "another one (scenario B). Both are simulated with the same draws."));
    }
}

void SimulationView::showComparison(int, const ScenarioComparison &c)
{
    m_comparison = c;
    const auto money = [](double v) {
        return std::isfinite(v) ? QLocale().toString(v, 'f', 0) : QStringLiteral("–");
    };
    const auto percent = [](double v) {
        return std::isfinite(v) ? QLocale().toString(v * 100.0, 'f', 1) + QLatin1Char('%')
                                : QStringLiteral("–");
    };
    const Summary &na = c.a.total.net;
    const Summary &nb = c.b.total.net;
    const Summary &ra = c.a.total.roi;
    const Summary &rb = c.b.total.roi;
    const Summary &d = c.netDifference;
    struct Row
    {
        QString label;
        QString a, b, diff;
    };
    const auto roi = [&](const Summary &s, double Summary::*f) {
        return s.valid ? percent(s.*f) : QStringLiteral("–");
    };
    const QList<Row> rows = {
        {tr("Net, expected (yuan)"), money(c.a.total.expected.net), money(c.b.total.expected.net),
         money(c.b.total.expected.net - c.a.total.expected.net)},
        {tr("Net, mean (yuan)"), money(na.mean), money(nb.mean), money(d.mean)},
        {tr("Net P5"), money(na.p5), money(nb.p5), money(d.p5)},
        {tr("Net P50"), money(na.p50), money(nb.p50), money(d.p50)},
        {tr("Net P95"), money(na.p95), money(nb.p95), money(d.p95)},
        {tr("ROI P5"), roi(ra, &Summary::p5), roi(rb, &Summary::p5), QString()},
        {tr("ROI P50"), roi(ra, &Summary::p50), roi(rb, &Summary::p50), QString()},
        {tr("ROI P95"), roi(ra, &Summary::p95), roi(rb, &Summary::p95), QString()},
        {tr("P(ROI > 0)"), roi(ra, &Summary::probPositive), roi(rb, &Summary::probPositive),
         QString()},
        {tr("P(B − A > 0)"), QString(), QString(), percent(d.probPositive)},
    };
    m_comparisonTable->clear();
    m_comparisonTable->setColumnCount(3);
    m_comparisonTable->setRowCount(int(rows.size()));
    m_comparisonTable->setHorizontalHeaderLabels(
        {tr("A: %1").arg(m_scenarioAName), tr("B: %1").arg(planName()), tr("B − A")});
    QStringList labels;
    for (int r = 0; r < rows.size(); ++r) {
        labels << rows.at(r).label;
        const QStringList values = {rows.at(r).a, rows.at(r).b, rows.at(r).diff};
        for (int col = 0; col < 3; ++col) {
            auto *item = new QTableWidgetItem(values.at(col));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_comparisonTable->setItem(r, col, item);
        }
    }
    m_comparisonTable->setVerticalHeaderLabels(labels);
    m_comparisonTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparisonTable->horizontalHeader()->setStretchLastSection(true);
    m_comparisonNote->setText(
        tr("B minus A per draw, with the same %1 draws and seed %2 for both (common random "
           "numbers): net differs by %3 yuan on average; the difference is positive in %4 of "
           "the draws.")
            .arg(QLocale().toString(c.a.draws))
            .arg(c.a.seed)
            .arg(money(d.mean), percent(d.probPositive)));
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
    plan.description = m_description;
    plan.sources = m_planSources;
    return plan;
}

void SimulationView::setPlan(const SimulationPlan &plan)
{
    m_loading = true;
    m_description = plan.description;
    m_planSources = plan.sources;
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
    showSources(plan());
    // The engine's reader checks the typed plan exactly as it checks a PLAN.json file.
    SimulationPlan checked;
    try {
        checked = readPlan(PlanWriter::toBytes(plan()), tr("the plan"));
    } catch (const Error &error) {
        showError(error.message());
        return;
    }
    m_error->setVisible(false);
    m_checkedPlan = checked;
    m_runner->request(checked);
}

void SimulationView::showSources(const SimulationPlan &plan)
{
    const std::vector<SourceLine> lines = describeSources(plan);
    m_sourcesTable->setRowCount(int(lines.size()));
    for (int r = 0; r < int(lines.size()); ++r) {
        const SourceLine &line = lines[size_t(r)];
        const QStringList texts{line.cell.isEmpty() ? tr("(plan)") : line.cell, line.label,
                                line.value, line.source};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setToolTip(texts.at(c));
            if (c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            // An assumption stands out; a figure typed over its source is in italics.
            if (line.assumption)
                item->setForeground(QColor(0xa4, 0x00, 0x00));
            if (line.changed || line.kind != SourceLine::Kind::Input) {
                QFont font = item->font();
                font.setItalic(line.changed);
                font.setBold(line.kind != SourceLine::Kind::Input);
                item->setFont(font);
            }
            m_sourcesTable->setItem(r, c, item);
        }
    }
    m_sourcesTable->resizeColumnsToContents();
    for (int c = 0; c < 3; ++c)
        m_sourcesTable->setColumnWidth(
            c, std::min(m_sourcesTable->columnWidth(c), c == 1 ? 440 : 240));
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
    if (!m_campaignName.isEmpty())
        return tr("campaign %1").arg(m_campaignName);
    return tr("plan typed in");
}

QString SimulationView::openPlanFile(const QString &path)
{
    try {
        SimulationPlan plan = readPlanFile(path);
        m_planPath = path;
        m_campaignName.clear();
        m_source->setVisible(!plan.description.isEmpty());
        m_source->setText(plan.description.toHtmlEscaped());
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
