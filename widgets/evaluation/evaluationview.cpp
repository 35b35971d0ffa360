// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/evaluationview.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "evaluate/followup.h"
#include "evaluate/outcomeimporter.h"
#include "evaluation/evaluationcharts.h"
#include "evaluation/evaluationformat.h"
#include "evaluation/evaluationtables.h"
#include "evaluation/evaluationtask.h"
#include "evaluation/fileevaluationdialog.h"
#include "evaluation/reportdialog.h"
#include "evaluation/tableexport.h"
#include "segment/ruleast.h"
#include "segment/rulecompiler.h"
#include "segment/ruleeditor.h"
#include "simulate/planreader.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace cwb {

namespace {

using F = EvaluationFormat;

// What an evaluation run returns: the evaluation as asked, the same campaign by day for the
// time series (when the breakdown asked is not the day already), or the position of a rule
// error so the editor can mark it.
struct CampaignRun
{
    CampaignEvaluation evaluation;
    std::optional<CampaignEvaluation> days;
    bool ruleFailed = false;
    int ruleLine = 0;
    int ruleColumn = 0;
    QString ruleMessage;
};

QLabel *banner(QWidget *parent, const QString &style, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(style);
    label->setVisible(false);
    return label;
}

QTableWidget *table(QWidget *parent, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().lineSpacing() + 8);
    t->horizontalHeader()->setStretchLastSection(false);
    TableExport::install(t);
    return t;
}

// Fills a table: one row per entry; rows listed in flagged are tinted as noisy.
void fill(QTableWidget *t, const QStringList &headers, const QList<QStringList> &rows,
          const QList<bool> &flagged = {}, const QString &flagTip = {});

void fill(QTableWidget *t, const TableContent &content, const QString &flagTip = {})
{
    fill(t, content.headers, content.rows, content.flagged, flagTip);
}

void fill(QTableWidget *t, const QStringList &headers, const QList<QStringList> &rows,
          const QList<bool> &flagged, const QString &flagTip)
{
    t->clear();
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setRowCount(int(rows.size()));
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const bool flag = r < flagged.size() && flagged[r];
        for (qsizetype c = 0; c < rows[r].size() && c < headers.size(); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (flag) {
                item->setBackground(QColor(255, 244, 206));
                item->setToolTip(flagTip);
            }
            t->setItem(int(r), int(c), item);
        }
    }
    t->resizeColumnsToContents();
}

QCustomPlot *plot(QWidget *parent, const QString &name)
{
    auto *p = new QCustomPlot(parent);
    p->setObjectName(name);
    p->setMinimumHeight(220);
    return p;
}

QString level(double confidence)
{
    return F::level(confidence);
}

QString breakdownLabel(EvaluationBreakdown by)
{
    switch (by) {
    case EvaluationBreakdown::None:
        return EvaluationView::tr("None");
    case EvaluationBreakdown::Cell:
        return EvaluationView::tr("Cell");
    case EvaluationBreakdown::Wave:
        return EvaluationView::tr("Wave");
    case EvaluationBreakdown::Agent:
        return EvaluationView::tr("Agent");
    case EvaluationBreakdown::Grid:
        return EvaluationView::tr("Grid");
    case EvaluationBreakdown::Day:
        return EvaluationView::tr("Day");
    }
    return {};
}

// An outcome code of the outcomes table ("agreed_paid", ...) in the interface's words; the
// Chinese ones are the labels the outcome import reads (outcomeimporter.h).
QString outcomeLabel(const QString &code)
{
    const std::optional<OutcomeCode> parsed = parseOutcomeCode(code);
    if (!parsed)
        return code;
    switch (*parsed) {
    case OutcomeCode::AgreedPaid:
        return EvaluationView::tr("Agreed (paid)");
    case OutcomeCode::AgreedTrial:
        return EvaluationView::tr("Agreed (trial)");
    case OutcomeCode::Considering:
        return EvaluationView::tr("Considering");
    case OutcomeCode::Refused:
        return EvaluationView::tr("Refused");
    case OutcomeCode::DoNotDisturb:
        return EvaluationView::tr("Do not disturb");
    case OutcomeCode::WrongNumber:
        return EvaluationView::tr("Wrong number");
    case OutcomeCode::NotReached:
        return EvaluationView::tr("Not reached");
    }
    return code;
}

// The whole campaign's row is keyed "all" by the engine; the interface says it in its words.
QString wholeCampaign()
{
    return EvaluationView::tr("Whole campaign");
}

} // namespace

EvaluationView::EvaluationView(QWidget *parent)
    : QWidget(parent), m_task(new EvaluationTask(this)), m_campaign(new QComboBox(this)),
      m_evaluate(new QPushButton(tr("&Evaluate"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_importOutcomes(new QPushButton(tr("Import &Outcomes…"), this)),
      m_importFollowup(new QPushButton(tr("Import &Follow-up…"), this)),
      m_openFile(new QPushButton(tr("Open &Test/Control File…"), this)),
      m_report(new QPushButton(tr("Daily/&Weekly Report…"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_optionsBox(new QWidget(this)), m_rule(new RuleEditor(this)), m_fee(new QComboBox(this)),
      m_breakdown(new QComboBox(this)), m_plan(new QLineEdit(this)),
      m_confidence(new QDoubleSpinBox(this)),
      m_error(banner(this,
                     QStringLiteral("QLabel { background: #fde2e1; color: #a40000; "
                                    "border: 1px solid #cc0000; padding: 6px; }"),
                     QStringLiteral("evaluationError"))),
      m_notes(banner(this,
                     QStringLiteral("QLabel { background: #fff4ce; color: #5c3c00; "
                                    "border: 1px solid #c4a000; padding: 6px; }"),
                     QStringLiteral("evaluationNotes"))),
      m_importInfo(banner(this,
                          QStringLiteral("QLabel { background: #e8f0fb; color: #1c3a5e; "
                                         "border: 1px solid #8aa9cf; padding: 6px; }"),
                          QStringLiteral("evaluationImport"))),
      m_pages(new QStackedWidget(this)), m_empty(new QLabel(this)), m_header(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_funnelPlot(plot(this, QStringLiteral("funnelPlot"))),
      m_upliftPlot(plot(this, QStringLiteral("upliftPlot"))),
      m_daysPlot(plot(this, QStringLiteral("daysPlot"))),
      m_agentsPlot(plot(this, QStringLiteral("agentsPlot"))),
      m_paretoPlot(plot(this, QStringLiteral("paretoPlot"))),
      m_breakdownTable(table(this, QStringLiteral("breakdownTable"))),
      m_agentsTable(table(this, QStringLiteral("agentsTable"))),
      m_outcomesTable(table(this, QStringLiteral("outcomesTable"))),
      m_conversionTable(table(this, QStringLiteral("conversionTable"))),
      m_arpuTable(table(this, QStringLiteral("arpuTable"))),
      m_roiTable(table(this, QStringLiteral("roiTable"))),
      m_roiCaption(new QLabel(tr("ROI, plan vs actual"), this)), m_fileHeader(new QLabel(this)),
      m_fileResponses(table(this, QStringLiteral("fileResponsesTable"))),
      m_fileAmounts(table(this, QStringLiteral("fileAmountsTable"))),
      m_fileUpliftPlot(plot(this, QStringLiteral("fileUpliftPlot")))
{
    setObjectName(QStringLiteral("evaluationView"));

    // Top row: what to evaluate and the imports
    auto *campaignLabel = new QLabel(tr("&Campaign:"), this);
    campaignLabel->setBuddy(m_campaign);
    m_campaign->setObjectName(QStringLiteral("evaluationCampaign"));
    m_campaign->setMinimumContentsLength(24);
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_progress->setMaximumWidth(160);
    // Long messages must not widen the window: the label is cut, its tooltip holds it all.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_evaluate->setDefault(true);
    m_evaluate->setToolTip(tr("Evaluate the campaign with the options below"));
    m_importOutcomes->setToolTip(
        tr("Import the call outcomes of a campaign (CSV or Excel, from the agents or the call "
           "system)"));
    m_importFollowup->setToolTip(tr("Import the follow-up extract (billing after the campaign): "
                                    "conversion and ARPU change are measured on it"));
    m_openFile->setToolTip(tr("Evaluate a finished test/control file (one row per customer)"));
    auto *top = new QHBoxLayout;
    top->addWidget(campaignLabel);
    top->addWidget(m_campaign);
    top->addWidget(m_evaluate);
    top->addWidget(m_cancel);
    top->addWidget(m_progress);
    top->addWidget(m_status, 1);
    // The imports, the file and the reports stand in a column beside the options, so that the
    // top row keeps room for the progress and Cancel on a 1280-pixel laptop screen.
    auto *actionsBox = new QWidget(this);
    auto *actions = new QVBoxLayout(actionsBox);
    m_actions = actions;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_importOutcomes);
    actions->addWidget(m_importFollowup);
    actions->addWidget(m_openFile);
    actions->addWidget(m_report);
    actions->addStretch(1);

    // Options
    m_rule->setObjectName(QStringLiteral("conversionRule"));
    m_rule->setPlaceholderText(tr("What counts as conversion, a rule over the follow-up extract, "
                                  "e.g. package = \"LD 200\" (empty: each cell's own offer)"));
    m_rule->setFixedHeight(m_rule->fontMetrics().lineSpacing() * 2 + 14);
    m_rule->setTabChangesFocus(true);
    m_fee->setEditable(true);
    m_fee->setInsertPolicy(QComboBox::NoInsert);
    m_fee->setToolTip(tr("ARPU change = this column in the follow-up extract − the same column "
                         "in the customer extract"));
    for (EvaluationBreakdown by :
         {EvaluationBreakdown::None, EvaluationBreakdown::Cell, EvaluationBreakdown::Wave,
          EvaluationBreakdown::Agent, EvaluationBreakdown::Grid, EvaluationBreakdown::Day})
        m_breakdown->addItem(breakdownLabel(by), int(by));
    m_breakdown->setCurrentIndex(1);
    m_plan->setPlaceholderText(tr("PLAN.json for ROI plan vs actual (optional)"));
    m_plan->setClearButtonEnabled(true);
    auto *planBrowse = new QPushButton(tr("&Plan…"), this);
    // In a widget of its own, so the row's label gets it as buddy (Alt+O moves to the plan).
    auto *planWidget = new QWidget(this);
    planWidget->setFocusProxy(m_plan);
    auto *planRow = new QHBoxLayout(planWidget);
    planRow->setContentsMargins(0, 0, 0, 0);
    planRow->addWidget(m_plan, 1);
    planRow->addWidget(planBrowse);
    m_confidence->setRange(0.5, 0.999);
    m_confidence->setDecimals(3);
    m_confidence->setSingleStep(0.01);
    m_confidence->setValue(0.95);
    auto *left = new QFormLayout;
    left->addRow(tr("Con&version rule:"), m_rule);
    auto *right = new QFormLayout;
    right->addRow(tr("Fee co&lumn:"), m_fee);
    right->addRow(tr("&Breakdown:"), m_breakdown);
    right->addRow(tr("RO&I plan:"), planWidget);
    right->addRow(tr("Confide&nce level:"), m_confidence);
    auto *options = new QHBoxLayout(m_optionsBox);
    options->setContentsMargins(0, 0, 0, 0);
    options->addLayout(left, 3);
    options->addSpacing(12);
    options->addLayout(right, 2);

    // Pages
    m_empty->setObjectName(QStringLiteral("evaluationEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_empty->setTextFormat(Qt::RichText);
    m_pages->addWidget(m_empty);
    auto *campaignPage = new QWidget(this);
    buildCampaignPage(campaignPage);
    m_pages->addWidget(campaignPage);
    auto *filePage = new QWidget(this);
    buildFilePage(filePage);
    m_pages->addWidget(filePage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_optionsBox, 1);
    middle->addSpacing(12);
    middle->addWidget(actionsBox, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(middle);
    layout->addWidget(m_importInfo);
    layout->addWidget(m_error);
    layout->addWidget(m_notes);
    layout->addWidget(m_pages, 1);

    connect(m_evaluate, &QPushButton::clicked, this, [this] { evaluate(); });
    connect(m_cancel, &QPushButton::clicked, this, &EvaluationView::cancel);
    connect(m_importOutcomes, &QPushButton::clicked, this, &EvaluationView::importOutcomesAsked);
    connect(m_importFollowup, &QPushButton::clicked, this, &EvaluationView::importFollowupAsked);
    connect(m_openFile, &QPushButton::clicked, this, &EvaluationView::openFileAsked);
    connect(m_report, &QPushButton::clicked, this, &EvaluationView::reportAsked);
    m_report->setToolTip(tr("Write the campaign's daily battle report or weekly summary as a PDF "
                            "or an Excel workbook"));
    connect(planBrowse, &QPushButton::clicked, this, &EvaluationView::browsePlan);
    connect(m_rule, &RuleEditor::countRequested, this, [this] { evaluate(); });
    connect(m_campaign, &QComboBox::activated, this, [this] {
        m_fileShown = false;
        evaluate();
    });
    connect(m_task, &EvaluationTask::finished, this, &EvaluationView::taskFinished);
    connect(m_task, &EvaluationTask::failed, this, &EvaluationView::taskFailed);
    connect(m_task, &EvaluationTask::progressed, this,
            [this](int, qint64 items, qint64 done, qint64 total) {
                if (total > 0) {
                    m_progress->setRange(0, 1000);
                    m_progress->setValue(int(1000.0 * double(done) / double(total)));
                } else if (items > 0) {
                    m_status->setText(tr("%1 rows…").arg(QLocale().toString(items)));
                }
            });
    refresh();
}

EvaluationView::~EvaluationView() = default;

void EvaluationView::buildCampaignPage(QWidget *page)
{
    m_header->setObjectName(QStringLiteral("evaluationHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *tiles = new QGridLayout;
    const QList<QPair<QString, QString>> names{
        {QStringLiteral("targets"), tr("Targets")},
        {QStringLiteral("called"), tr("Called (coverage)")},
        {QStringLiteral("connect"), tr("Connect rate")},
        {QStringLiteral("intention"), tr("Intention rate")},
        {QStringLiteral("completion"), tr("Completion rate")},
        {QStringLiteral("success"), tr("Success rate")},
        {QStringLiteral("package"), tr("Package match")}};
    int column = 0;
    for (const auto &[name, caption] : names) {
        auto *frame = new QFrame(page);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setStyleSheet(QStringLiteral("QFrame { background: #f4f7fb; }"));
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(8, 4, 8, 4);
        auto *title = new QLabel(caption, frame);
        title->setStyleSheet(QStringLiteral("color: #555;"));
        auto *value = new QLabel(frame);
        value->setObjectName(QStringLiteral("tile_") + name);
        QFont font = value->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.25);
        value->setFont(font);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true); // "12.3% [10.1, 14.8]" breaks before the interval when narrow
        title->setWordWrap(true);
        v->addWidget(title);
        v->addWidget(value);
        m_tiles.insert(name, value);
        tiles->addWidget(frame, 0, column++);
    }

    // Funnel and uplift side by side
    auto *funnelTab = new QSplitter(Qt::Horizontal, page);
    funnelTab->addWidget(m_funnelPlot);
    funnelTab->addWidget(m_upliftPlot);
    m_tabs->addTab(funnelTab, tr("F&unnel && Uplift"));
    m_tabs->addTab(m_daysPlot, tr("By &Day"));
    m_tabs->addTab(m_breakdownTable, tr("Brea&kdown"));
    auto *agents = new QSplitter(Qt::Vertical, page);
    agents->addWidget(m_agentsTable);
    agents->addWidget(m_agentsPlot);
    m_tabs->addTab(agents, tr("&Agents"));
    auto *refusals = new QSplitter(Qt::Horizontal, page);
    refusals->addWidget(m_paretoPlot);
    refusals->addWidget(m_outcomesTable);
    refusals->setStretchFactor(0, 2);
    refusals->setStretchFactor(1, 1);
    m_tabs->addTab(refusals, tr("&Refusals && Outcomes"));
    auto *versus = new QWidget(page);
    auto *versusLayout = new QVBoxLayout(versus);
    versusLayout->addWidget(new QLabel(tr("Conversion, target vs control"), versus));
    versusLayout->addWidget(m_conversionTable, 2);
    versusLayout->addWidget(new QLabel(tr("ARPU change, target vs control"), versus));
    // One fee column: a header, a row and a scroll bar.
    m_arpuTable->setMaximumHeight(m_arpuTable->fontMetrics().lineSpacing() * 5 + 24);
    versusLayout->addWidget(m_arpuTable);
    m_roiCaption->setWordWrap(true);
    versusLayout->addWidget(m_roiCaption);
    versusLayout->addWidget(m_roiTable, 3);
    m_tabs->addTab(versus, tr("Tar&get vs Control"));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addLayout(tiles);
    layout->addWidget(m_tabs, 1);
}

void EvaluationView::buildFilePage(QWidget *page)
{
    m_fileHeader->setObjectName(QStringLiteral("fileEvaluationHeader"));
    m_fileHeader->setWordWrap(true);
    m_fileHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QPushButton(tr("C&lose File"), page);
    connect(close, &QPushButton::clicked, this, [this] {
        m_fileShown = false;
        showPage();
    });
    auto *head = new QHBoxLayout;
    head->addWidget(m_fileHeader, 1);
    head->addWidget(close);
    auto *tables = new QWidget(page);
    auto *tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(new QLabel(tr("Responses, each target group vs control"), tables));
    tablesLayout->addWidget(m_fileResponses, 1);
    tablesLayout->addWidget(new QLabel(tr("Amounts, each target group vs control"), tables));
    tablesLayout->addWidget(m_fileAmounts, 1);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(tables);
    split->addWidget(m_fileUpliftPlot);
    // A few rows per table; the chart of every group and response gets the larger part.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(split, 1);
}

void EvaluationView::setWorkspace(Workspace *workspace)
{
    if (workspace != m_workspace) {
        m_task->cancel();
        m_evaluation.reset();
        m_days.reset();
        m_lastImport.reset();
    }
    m_workspace = workspace;
    refresh();
}

void EvaluationView::refresh()
{
    const QString previous = selectedCampaign();
    m_summaries.clear();
    if (m_workspace) {
        try {
            m_summaries = campaignOutcomeSummaries(*m_workspace);
        } catch (const Error &e) {
            showError(e.message());
        }
    }
    {
        const QSignalBlocker block(m_campaign);
        m_campaign->clear();
        for (const CampaignOutcomeSummary &s : m_summaries)
            if (s.split && s.attempts > 0)
                m_campaign->addItem(
                    tr("%1 (%n attempt(s))", nullptr, int(s.attempts)).arg(s.campaign), s.campaign);
        const int index = m_campaign->findData(previous);
        m_campaign->setCurrentIndex(index >= 0 ? index : 0);
    }
    reloadFollowupFields();
    if (m_evaluation && m_evaluation->campaign != selectedCampaign()) {
        m_evaluation.reset();
        m_days.reset();
    }

    QString text =
        QStringLiteral("<h3>%1</h3>").arg(tr("No campaign with call outcomes yet")) +
        QStringLiteral("<p>%1</p>")
            .arg(tr("A campaign is evaluated from the outcomes of its calls. Split the campaign "
                    "in the Campaigns step, then import the outcome file the agents or the call "
                    "system return with <b>Import Outcomes…</b> above, or on the command line:")) +
        QStringLiteral("<p><code>cwb outcomes import calls.csv --campaign NAME --workspace "
                       "W.cwb</code></p>") +
        QStringLiteral("<p>%1</p>")
            .arg(tr("Conversion and ARPU change against the control group need the follow-up "
                    "extract (billing after the campaign): <b>Import Follow-up…</b>.")) +
        QStringLiteral("<p>%1</p>")
            .arg(tr("A finished test/control file from elsewhere can be evaluated at once with "
                    "<b>Open Test/Control File…</b>."));
    if (!m_workspace)
        text = QStringLiteral("<p>%1</p>")
                   .arg(tr("Open a workspace to evaluate its campaigns, or evaluate a finished "
                           "test/control file with <b>Open Test/Control File…</b>."));
    m_empty->setText(text);
    showPage();
    updateEnabled();
    maybeEvaluate();
}

void EvaluationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    maybeEvaluate();
}

void EvaluationView::maybeEvaluate()
{
    const QString campaign = selectedCampaign();
    if (isVisible() && !m_task->isRunning() && !m_fileShown && !campaign.isEmpty() &&
        (!m_evaluation || m_evaluation->campaign != campaign))
        evaluate();
}

void EvaluationView::reloadFollowupFields()
{
    const QString current = m_fee->currentText();
    const QSignalBlocker block(m_fee);
    m_fee->clear();
    QList<RuleField> fields;
    if (m_workspace) {
        try {
            fields = Followup::fields(m_workspace->db());
        } catch (const Error &) {
            fields.clear(); // no follow-up table: no fee columns to offer, no completion
        }
    }
    const QString fallback = CampaignEvaluationOptions().feeColumn;
    m_fee->addItem(fallback);
    for (const RuleField &f : fields)
        if ((f.type == ColumnType::Decimal || f.type == ColumnType::Integer) && f.name != fallback)
            m_fee->addItem(f.name);
    m_fee->setCurrentText(current.isEmpty() ? fallback : current);
    m_rule->setFields(fields);
}

bool EvaluationView::selectCampaign(const QString &name)
{
    const int index = m_campaign->findData(name);
    if (index < 0)
        return false;
    m_campaign->setCurrentIndex(index);
    m_fileShown = false;
    showPage();
    return true;
}

QString EvaluationView::selectedCampaign() const
{
    return m_campaign->currentData().toString();
}

CampaignEvaluationOptions EvaluationView::options() const
{
    CampaignEvaluationOptions o;
    o.campaign = selectedCampaign();
    o.conversionRule = m_rule->rule().trimmed();
    const QString fee = m_fee->currentText().trimmed();
    if (!fee.isEmpty() && fee != o.feeColumn) {
        o.feeColumn = fee;
        o.feeColumnGiven = true;
    }
    o.by = EvaluationBreakdown(m_breakdown->currentData().toInt());
    o.planSource = m_plan->text().trimmed();
    o.confidence = m_confidence->value();
    return o;
}

int EvaluationView::evaluate()
{
    if (!m_workspace || selectedCampaign().isEmpty())
        return 0;
    const CampaignEvaluationOptions o = options();
    const QString path = m_workspace->path();
    const int id = m_task->run([path, o](JobControl &job) -> std::any {
        CampaignRun run;
        CampaignEvaluationOptions options = o;
        if (!options.planSource.isEmpty())
            options.plan = simulate::readPlanFile(options.planSource);
        auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
        try {
            run.evaluation = CampaignEvaluator::evaluate(*workspace, options, &job);
        } catch (const RuleError &e) {
            run.ruleFailed = true;
            run.ruleLine = e.line();
            run.ruleColumn = e.column();
            run.ruleMessage = e.message();
            return run;
        }
        if (options.by != EvaluationBreakdown::Day) {
            // The time series: the funnel by day only (no rule, no bootstrap, no plan).
            CampaignEvaluationOptions byDay = options;
            byDay.by = EvaluationBreakdown::Day;
            byDay.conversionRule.clear();
            byDay.bootstrapResamples = 0;
            byDay.plan.reset();
            run.days = CampaignEvaluator::evaluate(*workspace, byDay, &job);
        }
        return run;
    });
    startWork(Work::Evaluate, id, tr("Evaluating %1…").arg(o.campaign));
    return id;
}

int EvaluationView::importOutcomes(const QString &path, const QString &campaign)
{
    if (!m_workspace)
        return 0;
    const QString workspacePath = m_workspace->path();
    const int id = m_task->run([workspacePath, path, campaign](JobControl &job) -> std::any {
        auto workspace = Workspace::open(workspacePath, Workspace::Access::ReadWrite);
        OutcomeImportOptions options;
        options.campaign = campaign;
        return OutcomeImporter::run(*workspace, path, options, &job);
    });
    startWork(Work::ImportOutcomes, id,
              tr("Importing outcomes of %1 from %2…").arg(campaign, QFileInfo(path).fileName()));
    return id;
}

int EvaluationView::importFollowup(const QString &path)
{
    if (!m_workspace)
        return 0;
    const QString workspacePath = m_workspace->path();
    const int id = m_task->run([workspacePath, path](JobControl &job) -> std::any {
        auto workspace = Workspace::open(workspacePath, Workspace::Access::ReadWrite);
        return Followup::import(*workspace, path, {}, &job);
    });
    startWork(Work::ImportFollowup, id,
              tr("Importing the follow-up extract %1…").arg(QFileInfo(path).fileName()));
    return id;
}

int EvaluationView::evaluateFile(const QString &path, const FileEvaluationOptions &options)
{
    const int id = m_task->run([path, options](JobControl &job) -> std::any {
        return FileEvaluator(options).evaluateFile(path, &job);
    });
    startWork(Work::EvaluateFile, id, tr("Evaluating %1…").arg(QFileInfo(path).fileName()));
    return id;
}

void EvaluationView::cancel()
{
    m_task->cancel();
}

void EvaluationView::startWork(Work work, int, const QString &what)
{
    m_work = work;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_status->setText(what);
    m_status->setToolTip(what);
    m_error->setVisible(false);
    m_rule->clearError();
    updateEnabled();
}

void EvaluationView::taskFinished(int jobId, const std::any &result)
{
    const Work work = m_work;
    m_work = Work::None;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_status->clear();
    if (work == Work::Evaluate) {
        const auto &run = std::any_cast<const CampaignRun &>(result);
        if (run.ruleFailed) {
            m_rule->showError(run.ruleLine, run.ruleColumn);
            showError(tr("Conversion rule: %1").arg(run.ruleMessage));
            emit failedShown(jobId, run.ruleMessage);
        } else {
            showEvaluation(run.evaluation, run.days);
            emit evaluationShown(jobId);
        }
    } else if (work == Work::ImportOutcomes) {
        const auto &r = std::any_cast<const OutcomeImportResult &>(result);
        m_lastImport = r;
        QString text =
            r.alreadyImported
                ? tr("%1 was imported before for %2: nothing changed.")
                      .arg(QFileInfo(r.file).fileName(), r.campaign)
                : tr("%1: %2 attempts added, %3 unchanged, %4 rejected, %5 added to "
                     "do-not-disturb.")
                      .arg(QFileInfo(r.file).fileName(), F::count(r.added), F::count(r.unchanged),
                           F::count(r.rejected), F::count(r.dndAdded));
        if (r.rejected > 0 && !r.rejects.isEmpty()) {
            QStringList lines;
            for (const OutcomeReject &reject : r.rejects.mid(0, 5))
                lines << tr("line %1: %2").arg(reject.line).arg(reject.reason);
            text += QLatin1Char('\n') +
                    tr("%n row(s) rejected (all are kept in the workspace), first:", nullptr,
                       int(r.rejected)) +
                    QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        }
        m_importInfo->setText(text);
        m_importInfo->setVisible(true);
        refresh();
        selectCampaign(r.campaign);
        emit workspaceChanged();
        emit importFinished(jobId);
        evaluate();
    } else if (work == Work::ImportFollowup) {
        const auto &r = std::any_cast<const FollowupImportResult &>(result);
        QString text =
            tr("Follow-up extract %1: %2 customers, %3 rejected.")
                .arg(QFileInfo(r.file).fileName(), F::count(r.imported), F::count(r.rejected));
        if (!r.rejects.isEmpty())
            text += QLatin1Char('\n') + tr("%n row(s) rejected, first:", nullptr, int(r.rejected)) +
                    QLatin1Char('\n') + r.rejects.mid(0, 5).join(QLatin1Char('\n'));
        m_importInfo->setText(text);
        m_importInfo->setVisible(true);
        refresh();
        emit workspaceChanged();
        emit importFinished(jobId);
        evaluate();
    } else if (work == Work::EvaluateFile) {
        showFileEvaluation(std::any_cast<const FileEvaluation &>(result));
        emit fileEvaluationShown(jobId);
    }
    updateEnabled();
}

void EvaluationView::taskFailed(int jobId, const QString &message, bool cancelled)
{
    m_work = Work::None;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_status->setText(cancelled ? tr("Cancelled.") : QString());
    if (!cancelled)
        showError(message);
    updateEnabled();
    emit failedShown(jobId, message);
}

void EvaluationView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void EvaluationView::showPage()
{
    if (m_fileShown && m_file)
        m_pages->setCurrentIndex(FilePage);
    else if (m_campaign->count() > 0)
        m_pages->setCurrentIndex(CampaignPage);
    else
        m_pages->setCurrentIndex(EmptyPage);
    const bool campaign = m_pages->currentIndex() == CampaignPage;
    m_optionsBox->setVisible(m_pages->currentIndex() != FilePage);
    // Without the options beside them the buttons stand in a row, leaving the height to the file.
    m_actions->setDirection(m_pages->currentIndex() == FilePage ? QBoxLayout::LeftToRight
                                                                : QBoxLayout::TopToBottom);
    m_notes->setVisible(campaign && !m_notes->text().isEmpty() && m_evaluation.has_value());
}

EvaluationView::Page EvaluationView::page() const
{
    return Page(m_pages->currentIndex());
}

void EvaluationView::updateEnabled()
{
    const bool busy = m_task->isRunning();
    const bool hasCampaign = m_workspace && m_campaign->count() > 0;
    m_campaign->setEnabled(hasCampaign);
    m_evaluate->setEnabled(hasCampaign && !busy);
    m_optionsBox->setEnabled(hasCampaign);
    m_importOutcomes->setEnabled(m_workspace && !m_workspace->isReadOnly() && !busy);
    m_importFollowup->setEnabled(m_workspace && !m_workspace->isReadOnly() && !busy);
    m_openFile->setEnabled(!busy);
    m_report->setEnabled(m_workspace && !selectedCampaign().isEmpty() && !busy);
}

void EvaluationView::showEvaluation(const CampaignEvaluation &e,
                                    const std::optional<CampaignEvaluation> &days)
{
    m_evaluation = e;
    m_days = days;
    m_fileShown = false;
    const FunnelRow &t = e.total;
    m_header->setText(
        tr("<b>%1</b>: %2 targets, %3 controls (%4 universal controls left out), %5 call "
           "attempts. Rates with %6 Wilson intervals; groups with fewer than %7 connected "
           "customers are flagged small.")
            .arg(e.campaign.toHtmlEscaped(), F::count(e.targets), F::count(e.controls),
                 F::count(e.universalControls), F::count(e.attempts), level(e.confidence))
            .arg(e.smallSample) +
        QLatin1Char(' ') + evaluationtables::holmNote().toHtmlEscaped());
    m_header->setToolTip(evaluationtables::holmExplanation());
    m_tiles[QStringLiteral("targets")]->setText(F::count(e.targets));
    m_tiles[QStringLiteral("called")]->setText(
        QStringLiteral("%1 · %2").arg(F::count(t.counts.called), F::percent(t.coverage.value)));
    m_tiles[QStringLiteral("connect")]->setText(F::rate(t.kpis.connect));
    m_tiles[QStringLiteral("intention")]->setText(F::rate(t.kpis.intention));
    m_tiles[QStringLiteral("completion")]->setText(F::rate(t.kpis.completion));
    m_tiles[QStringLiteral("success")]->setText(F::rate(t.kpis.success));
    m_tiles[QStringLiteral("package")]->setText(F::rate(t.packageMatch));

    EvaluationCharts::drawFunnel(m_funnelPlot, t);
    QList<UpliftPoint> uplift;
    for (const ConversionEvaluation &c : e.conversion)
        uplift.append({uplift.isEmpty() ? wholeCampaign() : c.key, c.comparison});
    if (e.conversion.isEmpty())
        EvaluationCharts::clear(m_upliftPlot,
                                tr("Uplift: give a conversion rule (and import the follow-up "
                                   "extract) to compare target and control"));
    else
        EvaluationCharts::drawUplift(
            m_upliftPlot, uplift,
            tr("Conversion uplift vs control: %1")
                .arg(e.conversionByOffer ? tr("each cell's own offer") : e.conversionRule),
            e.confidence);
    const QList<FunnelRow> &dayRows =
        e.by == EvaluationBreakdown::Day ? e.rows : (days ? days->rows : QList<FunnelRow>());
    EvaluationCharts::drawDays(m_daysPlot, dayRows);
    EvaluationCharts::drawAgents(m_agentsPlot, e.agents, e.confidence);
    EvaluationCharts::drawPareto(m_paretoPlot, e.reasons);

    const QString smallTip =
        tr("Fewer than %1 connected customers: the rates are noisy").arg(e.smallSample);
    // Agents and days group attempts, not targets: no targets or coverage for them.
    const bool groupsOfTargets =
        e.by != EvaluationBreakdown::Agent && e.by != EvaluationBreakdown::Day;
    fill(m_breakdownTable,
         evaluationtables::funnel(breakdownLabel(e.by), e.rows, &t, groupsOfTargets), smallTip);
    fill(m_agentsTable, evaluationtables::funnel(tr("Agent"), e.agents, nullptr, false), smallTip);

    QList<QStringList> rows;
    for (const OutcomeMixRow &m : e.outcomes)
        rows << QStringList{outcomeLabel(m.code), F::count(m.attempts)};
    for (const ReasonRow &r : e.reasons)
        rows << QStringList{tr("refused: %1").arg(r.reason), F::count(r.count), F::percent(r.share),
                            F::percent(r.cumulativeShare)};
    fill(m_outcomesTable, {tr("Outcome"), tr("Attempts"), tr("Share"), tr("Cumulative")}, rows);

    fill(m_conversionTable, evaluationtables::conversion(e));
    fill(m_arpuTable, evaluationtables::arpu(e));
    m_roiCaption->setText(
        e.roi ? tr("ROI, plan vs actual: the plan per target, for the campaign's actual targets; "
                   "the actual intervals carry the conversion uplift's interval")
              : tr("ROI, plan vs actual: choose the campaign's ROI plan (PLAN.json) above, then "
                   "evaluate (conversion counts each cell's offer unless a rule is given)."));
    fill(m_roiTable, evaluationtables::roi(e));

    QStringList notes;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const EvaluationNote &note : e.notes)
        notes << evaluationNoteText(note, chinese);
    m_notes->setText(notes.join(QLatin1Char('\n')));
    showPage();
}

void EvaluationView::showFileEvaluation(const FileEvaluation &e)
{
    m_file = e;
    m_fileShown = true;
    m_fileHeader->setText(
        tr("<b>%1</b>: %2 rows; control %3 = “%4”: %5 rows; %n target group(s); %6 intervals.",
           nullptr, int(e.groups.size()))
            .arg(QFileInfo(e.source).fileName().toHtmlEscaped(), F::count(e.rows),
                 e.groupColumn.toHtmlEscaped(), e.controlValue.toHtmlEscaped(),
                 F::count(e.controlRows), level(e.confidence)) +
        (e.groups.size() > 1 ? QLatin1Char(' ') + evaluationtables::holmNote().toHtmlEscaped()
                             : QString()));
    m_fileHeader->setToolTip(e.groups.size() > 1 ? evaluationtables::holmExplanation() : QString());
    QList<UpliftPoint> uplift;
    for (const GroupEvaluation &g : e.groups)
        for (const ResponseEvaluation &r : g.responses)
            uplift.append({QStringLiteral("%1 · %2").arg(g.group, r.column), r.comparison});
    fill(m_fileResponses, evaluationtables::fileResponses(e));
    fill(m_fileAmounts, evaluationtables::fileAmounts(e));
    if (uplift.isEmpty())
        EvaluationCharts::clear(m_fileUpliftPlot, tr("No response column chosen: no uplift"));
    else
        EvaluationCharts::drawUplift(m_fileUpliftPlot, uplift,
                                     tr("Uplift vs control (%1)").arg(e.controlValue),
                                     e.confidence);
    showPage();
}

void EvaluationView::importOutcomesAsked()
{
    if (!m_workspace)
        return;
    QStringList names;
    for (const CampaignOutcomeSummary &s : m_summaries)
        if (s.split)
            names << s.campaign;
    if (names.isEmpty()) {
        showError(tr("No campaign was split yet: split a campaign in the Campaigns step before "
                     "importing its call outcomes."));
        return;
    }
    int current = int(names.indexOf(selectedCampaign()));
    bool ok = false;
    const QString campaign =
        QInputDialog::getItem(this, tr("Import Outcomes"), tr("The campaign the calls belong to:"),
                              names, std::max(current, 0), false, &ok);
    if (!ok || campaign.isEmpty())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Outcomes of %1").arg(campaign), QString(),
                                     tr("Outcome files (*.csv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        importOutcomes(path, campaign);
}

void EvaluationView::importFollowupAsked()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Follow-up Extract"), QString(),
                                     tr("Extracts (*.csv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        importFollowup(path);
}

void EvaluationView::openFileAsked()
{
    FileEvaluationDialog dialog(this);
    if (m_file)
        dialog.loadFile(m_file->source);
    if (dialog.exec() != QDialog::Accepted)
        return;
    evaluateFile(dialog.path(), dialog.options());
}

void EvaluationView::reportAsked()
{
    if (!m_workspace || selectedCampaign().isEmpty())
        return;
    ReportDialog dialog(m_workspace, options(), this);
    dialog.exec();
}

void EvaluationView::browsePlan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("ROI Plan"), m_plan->text(),
                                                      tr("Plans (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_plan->setText(path);
}

QString EvaluationView::headerText() const
{
    return m_header->text();
}

QString EvaluationView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString EvaluationView::importText() const
{
    return m_importInfo->isHidden() ? QString() : m_importInfo->text();
}

QString EvaluationView::notesText() const
{
    return m_notes->text();
}

QString EvaluationView::statusText() const
{
    return m_status->text();
}

QString EvaluationView::emptyText() const
{
    return m_empty->text();
}

QString EvaluationView::tileText(const QString &tile) const
{
    const QLabel *label = m_tiles.value(tile);
    return label ? label->text() : QString();
}

} // namespace cwb
