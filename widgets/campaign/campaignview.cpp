// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaignview.h"

#include "campaign/campaigneditcommand.h"
#include "campaign/campaignsplitrunner.h"
#include "campaign/campaignstore.h"
#include "campaign/contactlistspanel.h"
#include "campaign/waterfallchart.h"
#include "core/atomicfile.h"
#include "core/error.h"
#include "simulate/simulatedefaults.h"
#include "simulation/channeldelegate.h"
#include "workspace/database.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <optional>

namespace cwb {

using namespace campaign;

namespace {

enum CellColumn
{
    CellName,
    CellSegment,
    CellRule,
    CellOffer,
    CellChannel,
    CellShare,
    CellSize,
    CellColumnCount
};

enum WaveColumn
{
    WaveName,
    WaveStart,
    WaveDays,
    WaveFirstChannel
};

bool sameDefinition(const Campaign &a, const Campaign &b)
{
    return toJson(a) == toJson(b);
}

QString capacityText(const ChannelCapacity &capacity)
{
    if (capacity.fixed >= 0)
        return QString::number(capacity.fixed);
    return QStringLiteral("%1 x %2").arg(capacity.staff).arg(capacity.perStaffPerDay);
}

// "" (unlimited), "500" (fixed) or "4 x 60" (staff x contacts per staff per day).
std::optional<std::optional<ChannelCapacity>> parseCapacity(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::optional<ChannelCapacity>();
    static const QRegularExpression fixed(QStringLiteral("^(\\d{1,12})$"));
    static const QRegularExpression staffed(QStringLiteral("^(\\d{1,6})\\s*[xX×*]\\s*(\\d{1,6})$"));
    ChannelCapacity capacity;
    if (const auto m = fixed.match(t); m.hasMatch()) {
        capacity.fixed = m.captured(1).toLongLong();
        return std::optional<ChannelCapacity>(capacity);
    }
    if (const auto m = staffed.match(t); m.hasMatch()) {
        capacity.staff = m.captured(1).toInt();
        capacity.perStaffPerDay = m.captured(2).toInt();
        return std::optional<ChannelCapacity>(capacity);
    }
    return std::nullopt;
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Sets a table cell's text, reusing its item: the table may be inside that item's own change
// notification (an edit being applied), so the item must outlive it.
QTableWidgetItem *setText(QTableWidget *table, int row, int column, const QString &text,
                          bool number = false)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        item = number ? numberItem(text) : new QTableWidgetItem(text);
        table->setItem(row, column, item);
    } else if (item->text() != text) {
        item->setText(text);
    }
    return item;
}

QString uniqueName(const QList<CampaignSummary> &campaigns, const QString &base)
{
    auto used = [&](const QString &name) {
        for (const CampaignSummary &c : campaigns)
            if (c.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    if (!used(base))
        return base;
    for (int i = 2;; ++i) {
        const QString name = QStringLiteral("%1 %2").arg(base).arg(i);
        if (!used(name))
            return name;
    }
}

} // namespace

CampaignView::CampaignView(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_undoStack(undoStack), m_list(new QListWidget(this)),
      m_new(new QPushButton(tr("&New"), this)),
      m_duplicate(new QPushButton(tr("D&uplicate"), this)),
      m_delete(new QPushButton(tr("&Delete..."), this)),
      m_importJson(new QPushButton(tr("&Import JSON..."), this)),
      m_exportJson(new QPushButton(tr("E&xport JSON..."), this)), m_tabs(new QTabWidget(this)),
      m_runner(new CampaignSplitRunner(this))
{
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("&Campaigns"), left);
    listLabel->setBuddy(m_list);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_new, 0, 0);
    buttons->addWidget(m_duplicate, 0, 1);
    buttons->addWidget(m_delete, 1, 0);
    buttons->addWidget(m_importJson, 2, 0);
    buttons->addWidget(m_exportJson, 2, 1);
    leftLayout->addLayout(buttons);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 1000});

    auto *design = new QWidget(m_tabs);
    buildDesignTab(design);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidget(design);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("Desi&gn"));
    auto *splitPage = new QWidget(m_tabs);
    buildSplitTab(splitPage);
    m_tabs->addTab(splitPage, tr("S&plit"));
    m_lists = new ContactListsPanel(m_tabs);
    m_tabs->addTab(m_lists, tr("&Lists"));

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_loading)
            loadCurrent();
    });
    connect(m_new, &QPushButton::clicked, this, [this] { newCampaign(); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { duplicateCampaign(); });
    connect(m_delete, &QPushButton::clicked, this, &CampaignView::deleteAsked);
    connect(m_importJson, &QPushButton::clicked, this, &CampaignView::importAsked);
    connect(m_exportJson, &QPushButton::clicked, this, &CampaignView::exportAsked);
    connect(m_runner, &CampaignSplitRunner::finished, this, &CampaignView::showPlan);
    connect(m_runner, &CampaignSplitRunner::failed, this, &CampaignView::showSplitFailure);
    setWorkspace(nullptr);
}

CampaignView::~CampaignView() = default;

void CampaignView::buildDesignTab(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;

    auto *settings = new QGroupBox(tr("Campaign"), page);
    auto *form = new QFormLayout(settings);
    m_name = new QLineEdit(settings);
    m_objective = new QLineEdit(settings);
    m_owner = new QLineEdit(settings);
    m_period = new QLineEdit(settings);
    m_period->setPlaceholderText(tr("e.g. 2026-12"));
    m_start = new QDateEdit(settings);
    m_end = new QDateEdit(settings);
    for (QDateEdit *date : {m_start, m_end}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_priority = new QSpinBox(settings);
    m_priority->setRange(-1000, 1000);
    m_seed = new QLineEdit(settings);
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), this));
    m_newSeed = new QPushButton(tr("New see&d"), settings);
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_newSeed);
    m_stratify = new QComboBox(settings);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Objective:"), m_objective);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("P&eriod:"), m_period);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("En&d:"), m_end);
    form->addRow(tr("P&riority:"), m_priority);
    form->addRow(tr("Seed:"), seedRow);
    form->addRow(tr("Stratify control &by:"), m_stratify);
    top->addWidget(settings, 2);

    auto *policy = new QGroupBox(tr("Contact policy"), page);
    auto *policyForm = new QFormLayout(policy);
    m_blacklist = new QCheckBox(tr("Blacklist: no marketing at all"), policy);
    m_graylist = new QCheckBox(tr("Graylist of the cell's channel"), policy);
    m_doNotDisturb = new QCheckBox(tr("Do-not-disturb answers"), policy);
    m_priorityRule = new QCheckBox(tr("Higher-priority campaigns of the period keep their "
                                      "customers"),
                                   policy);
    m_fatigueMax = new QSpinBox(policy);
    m_fatigueMax->setRange(0, 100);
    m_fatigueDays = new QSpinBox(policy);
    m_fatigueDays->setRange(0, 3650);
    m_fatigueDays->setSpecialValueText(tr("no fatigue rule"));
    m_fatigueDays->setSuffix(tr(" days"));
    policyForm->addRow(m_blacklist);
    policyForm->addRow(m_graylist);
    policyForm->addRow(m_doNotDisturb);
    policyForm->addRow(tr("&Fatigue: at most"), m_fatigueMax);
    policyForm->addRow(tr("contacts in any &window of"), m_fatigueDays);
    policyForm->addRow(m_priorityRule);
    top->addWidget(policy, 1);
    layout->addLayout(top);

    auto *cellsBox = new QGroupBox(tr("Cells"), page);
    auto *cellsLayout = new QVBoxLayout(cellsBox);
    m_cells = new QTableWidget(0, CellColumnCount, cellsBox);
    m_cells->setHorizontalHeaderLabels({tr("Name"), tr("Segment"), tr("Rule"), tr("Offer"),
                                        tr("Channel"), tr("Control share"), tr("Control size")});
    m_cells->horizontalHeaderItem(CellSegment)
        ->setToolTip(tr("A saved segment; leave empty and write a rule instead"));
    m_cells->horizontalHeaderItem(CellShare)->setToolTip(
        tr("Share held out as control, e.g. 0.1 for 10%"));
    m_cells->horizontalHeaderItem(CellSize)->setToolTip(
        tr("A fixed control size instead of the share; empty to use the share"));
    m_cells->setItemDelegateForColumn(CellChannel, new ChannelDelegate(m_cells));
    m_cells->horizontalHeader()->setSectionResizeMode(CellRule, QHeaderView::Stretch);
    m_cells->setMinimumHeight(150);
    m_cells->setTabKeyNavigation(false);
    cellsLayout->addWidget(m_cells);
    auto *cellButtons = new QHBoxLayout;
    m_addCell = new QPushButton(tr("&Add cell"), cellsBox);
    m_removeCell = new QPushButton(tr("Re&move cell"), cellsBox);
    cellButtons->addWidget(m_addCell);
    cellButtons->addWidget(m_removeCell);
    cellButtons->addStretch(1);
    cellsLayout->addLayout(cellButtons);
    layout->addWidget(cellsBox, 1);

    auto *wavesBox = new QGroupBox(tr("Waves"), page);
    auto *wavesLayout = new QVBoxLayout(wavesBox);
    const QStringList channels = simulate::channelNames();
    m_waves = new QTableWidget(0, WaveFirstChannel + int(channels.size()), wavesBox);
    QStringList headers = {tr("Name"), tr("Start"), tr("Days")};
    for (const QString &channel : channels)
        headers.append(tr("Capacity: %1").arg(ChannelDelegate::label(channel)));
    m_waves->setHorizontalHeaderLabels(headers);
    for (int c = WaveFirstChannel; c < m_waves->columnCount(); ++c)
        m_waves->horizontalHeaderItem(c)->setToolTip(
            tr("staff x contacts per staff per day (e.g. 4 x 60), a fixed number (e.g. 500), "
               "or empty for no limit"));
    m_waves->horizontalHeaderItem(WaveStart)->setToolTip(tr("yyyy-mm-dd"));
    m_waves->setMinimumHeight(110);
    m_waves->setTabKeyNavigation(false);
    wavesLayout->addWidget(m_waves);
    auto *waveButtons = new QHBoxLayout;
    m_addWave = new QPushButton(tr("Add &wave"), wavesBox);
    m_removeWave = new QPushButton(tr("Remove wa&ve"), wavesBox);
    waveButtons->addWidget(m_addWave);
    waveButtons->addWidget(m_removeWave);
    waveButtons->addStretch(1);
    wavesLayout->addLayout(waveButtons);
    layout->addWidget(wavesBox);

    auto *bottom = new QHBoxLayout;
    m_error = new QLabel(page);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #cc0000"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(page);
    m_message->setWordWrap(true);
    m_save = new QPushButton(tr("Sa&ve campaign"), page);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Save the campaign (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_error);
    texts->addWidget(m_message);
    bottom->addLayout(texts, 1);
    bottom->addWidget(m_save, 0, Qt::AlignTop);
    layout->addLayout(bottom);

    for (QLineEdit *line : {m_name, m_objective, m_owner, m_period, m_seed}) {
        const Field field = line == m_name        ? NameField
                            : line == m_objective ? ObjectiveField
                            : line == m_owner     ? OwnerField
                            : line == m_period    ? PeriodField
                                                  : SeedField;
        connect(line, &QLineEdit::editingFinished, this, [this, field] { fieldEdited(field); });
    }
    connect(m_start, &QDateEdit::dateChanged, this, [this] { fieldEdited(StartField); });
    connect(m_end, &QDateEdit::dateChanged, this, [this] { fieldEdited(EndField); });
    connect(m_priority, &QSpinBox::valueChanged, this, [this] { fieldEdited(PriorityField); });
    connect(m_fatigueMax, &QSpinBox::valueChanged, this, [this] { fieldEdited(FatigueMaxField); });
    connect(m_fatigueDays, &QSpinBox::valueChanged, this,
            [this] { fieldEdited(FatigueDaysField); });
    connect(m_stratify, &QComboBox::currentIndexChanged, this,
            [this] { fieldEdited(StratifyField); });
    for (QCheckBox *box : {m_blacklist, m_graylist, m_doNotDisturb, m_priorityRule})
        connect(box, &QCheckBox::toggled, this, [this] { fieldEdited(PolicyField); });
    connect(m_newSeed, &QPushButton::clicked, this, [this] {
        Campaign c = m_draft;
        c.seed = QRandomGenerator::system()->generate64() >> 1;
        edit(c, tr("New seed"));
    });
    connect(m_cells, &QTableWidget::cellChanged, this, &CampaignView::cellEdited);
    connect(m_waves, &QTableWidget::cellChanged, this, &CampaignView::waveEdited);
    connect(m_addCell, &QPushButton::clicked, this, [this] {
        Campaign c = m_draft;
        Cell cell;
        cell.name = tr("cell %1").arg(c.cells.size() + 1);
        cell.rule = QStringLiteral("total_fee_m1 > 0");
        c.cells.append(cell);
        edit(c, tr("Add cell"));
        m_cells->setCurrentCell(int(m_draft.cells.size()) - 1, CellName);
        m_cells->setFocus();
    });
    connect(m_removeCell, &QPushButton::clicked, this, [this] {
        const int row = m_cells->currentRow();
        if (row < 0 || row >= m_draft.cells.size())
            return;
        Campaign c = m_draft;
        c.cells.removeAt(row);
        edit(c, tr("Remove cell"));
    });
    connect(m_addWave, &QPushButton::clicked, this, [this] {
        Campaign c = m_draft;
        Wave wave;
        wave.name = c.waves.isEmpty() ? tr("test") : tr("rollout %1").arg(c.waves.size());
        wave.start = c.waves.isEmpty() ? c.start
                                       : c.waves.last().start.addDays(qMax(1, c.waves.last().days));
        wave.days = c.waves.isEmpty() ? 2 : 7;
        c.waves.append(wave);
        edit(c, tr("Add wave"));
        m_waves->setCurrentCell(int(m_draft.waves.size()) - 1, WaveName);
        m_waves->setFocus();
    });
    connect(m_removeWave, &QPushButton::clicked, this, [this] {
        const int row = m_waves->currentRow();
        if (row < 0 || row >= m_draft.waves.size())
            return;
        Campaign c = m_draft;
        c.waves.removeAt(row);
        edit(c, tr("Remove wave"));
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
}

void CampaignView::buildSplitTab(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    m_split = new QPushButton(tr("&Split"), page);
    m_split->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_split->setToolTip(tr("Plan the split of the campaign as edited (Ctrl+R): waterfall, "
                           "control group, waves"));
    m_cancel = new QPushButton(tr("&Cancel"), page);
    m_busy = new QProgressBar(page);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setVisible(false);
    m_commit = new QPushButton(tr("Co&mmit split"), page);
    m_commit->setToolTip(tr("Store this split as the campaign's members (the campaign must be "
                            "saved as split)"));
    top->addWidget(m_split);
    top->addWidget(m_cancel);
    top->addWidget(m_busy);
    top->addStretch(1);
    top->addWidget(m_commit);
    layout->addLayout(top);
    m_splitStatus = new QLabel(page);
    m_splitStatus->setWordWrap(true);
    m_splitStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_splitStatus);
    auto *cellRow = new QHBoxLayout;
    m_splitCell = new QComboBox(page);
    auto *cellLabel = new QLabel(tr("C&ell:"), page);
    cellLabel->setBuddy(m_splitCell);
    cellRow->addWidget(cellLabel);
    cellRow->addWidget(m_splitCell, 1);
    layout->addLayout(cellRow);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    m_waterfall = new QCustomPlot(splitter);
    m_waterfall->setMinimumSize(420, 300);
    m_balance = new QTableWidget(0, 5, splitter);
    m_balance->setHorizontalHeaderLabels(
        {tr("Column"), tr("Level"), tr("Target"), tr("Control"), tr("Std. difference")});
    m_balance->verticalHeader()->hide();
    m_balance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_balance->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_balance->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_balance->setToolTip(tr("Target and control means (shares for a level); a standardised "
                             "difference above %1 is highlighted")
                              .arg(QLocale().toString(kBalanceThreshold)));
    splitter->addWidget(m_waterfall);
    splitter->addWidget(m_balance);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_warnings = new QLabel(page);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #a05a00"));
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_warnings);

    connect(m_split, &QPushButton::clicked, this, [this] { split(); });
    connect(m_cancel, &QPushButton::clicked, m_runner, &CampaignSplitRunner::cancel);
    connect(m_commit, &QPushButton::clicked, this, [this] { commitSplit(); });
    connect(m_splitCell, &QComboBox::currentIndexChanged, this, &CampaignView::showCell);
    WaterfallChart::clear(m_waterfall, tr("Split the campaign to see its waterfall"));
}

void CampaignView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_drafts.clear();
    m_plan.reset();
    m_currentId = 0;
    m_lists->setWorkspace(workspace);
    m_loading = true;
    m_stratify->clear();
    m_stratify->addItem(tr("(not stratified)"), QString());
    for (const QString &column : customerColumns())
        m_stratify->addItem(column, column);
    m_loading = false;
    reloadList();
    loadCurrent();
}

void CampaignView::refresh()
{
    reloadList();
    m_lists->refresh();
}

QStringList CampaignView::customerColumns() const
{
    QStringList columns;
    if (!m_workspace)
        return columns;
    try {
        Statement select(m_workspace->db(), "SELECT name FROM customer_columns ORDER BY position");
        while (select.step())
            columns.append(select.text(0));
    } catch (const Error &) {
        // a workspace without an import has no columns yet
    }
    return columns;
}

void CampaignView::reloadList()
{
    const QString current = m_list->currentItem()
                                ? m_list->currentItem()->data(Qt::UserRole + 1).toString()
                                : QString();
    m_loading = true;
    m_list->clear();
    if (m_workspace) {
        try {
            const QLocale locale;
            for (const CampaignSummary &c : CampaignStore(*m_workspace).list()) {
                QString status;
                if (c.splitAt.isEmpty())
                    status = tr("not split");
                else if (c.splitStale)
                    status = tr("split is OUT OF DATE");
                else
                    status = tr("split: %1 targets, %2 controls")
                                 .arg(locale.toString(c.targets), locale.toString(c.controls));
                const bool modified = m_drafts.contains(c.id);
                auto *item = new QListWidgetItem(
                    QStringLiteral("%1%2\n%3 · %4 · %5")
                        .arg(c.name, modified ? QStringLiteral(" *") : QString(),
                             c.period.isEmpty() ? tr("no period") : c.period,
                             tr("priority %1").arg(c.priority), status),
                    m_list);
                item->setData(Qt::UserRole, c.id);
                item->setData(Qt::UserRole + 1, c.name);
                if (c.splitStale)
                    item->setForeground(QColor(204, 0, 0));
                if (c.name == current || (current.isEmpty() && c.id == m_currentId))
                    m_list->setCurrentItem(item);
            }
        } catch (const Error &e) {
            showMessage(e.message(), true);
        }
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_loading = false;
}

bool CampaignView::selectCampaign(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole + 1).toString() == name) {
            m_list->setCurrentRow(i);
            if (m_currentId != m_list->item(i)->data(Qt::UserRole).toLongLong())
                loadCurrent();
            return true;
        }
    return false;
}

void CampaignView::loadCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    const qint64 id = item ? item->data(Qt::UserRole).toLongLong() : 0;
    if (id != m_currentId) {
        m_plan.reset();
        m_runner->cancel();
    }
    m_currentId = id;
    m_stored = Campaign();
    if (item && m_workspace) {
        try {
            m_stored = CampaignStore(*m_workspace).get(item->data(Qt::UserRole + 1).toString());
        } catch (const Error &e) {
            showMessage(e.message(), true);
        }
    }
    m_draft = m_drafts.value(id, m_stored);
    showDraft();
    if (!m_plan)
        showPlan(0, nullptr);
}

bool CampaignView::isModified() const
{
    return m_currentId != 0 && !sameDefinition(m_draft, m_stored);
}

void CampaignView::edit(const Campaign &edited, const QString &text, int mergeKey)
{
    if (m_currentId == 0 || sameDefinition(edited, m_draft))
        return;
    m_undoStack->push(new CampaignEditCommand(this, m_currentId, m_draft, edited, text, mergeKey));
}

void CampaignView::setDefinition(qint64 id, const Campaign &definition)
{
    if (id != m_currentId) {
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id) {
                m_list->setCurrentRow(i);
                break;
            }
        if (id != m_currentId) // the campaign is gone (deleted)
            return;
    }
    const bool wasModified = m_drafts.contains(id);
    if (sameDefinition(definition, m_stored))
        m_drafts.remove(id);
    else
        m_drafts.insert(id, definition);
    m_draft = definition;
    if (wasModified != m_drafts.contains(id))
        reloadList();
    showDraft();
}

void CampaignView::showDraft()
{
    m_loading = true;
    const bool has = m_currentId != 0;
    const Campaign &c = m_draft;
    m_name->setText(c.name);
    m_objective->setText(c.objective);
    m_owner->setText(c.owner);
    m_period->setText(c.period);
    m_start->setDate(c.start.isValid() ? c.start : QDate::currentDate());
    m_end->setDate(c.end.isValid() ? c.end : QDate::currentDate());
    m_priority->setValue(c.priority);
    m_seed->setText(QString::number(c.seed));
    const int stratify = m_stratify->findData(c.stratifyBy);
    if (stratify < 0 && !c.stratifyBy.isEmpty())
        m_stratify->addItem(c.stratifyBy, c.stratifyBy); // a column no longer imported
    m_stratify->setCurrentIndex(qMax(0, m_stratify->findData(c.stratifyBy)));
    m_blacklist->setChecked(c.policy.blacklist);
    m_graylist->setChecked(c.policy.graylist);
    m_doNotDisturb->setChecked(c.policy.doNotDisturb);
    m_priorityRule->setChecked(c.policy.priority);
    m_fatigueMax->setValue(c.policy.fatigueMaxContacts);
    m_fatigueDays->setValue(c.policy.fatigueWindowDays);
    fillCells();
    fillWaves();
    m_tabs->widget(0)->setEnabled(has);
    m_lists->setPeriod(c.period);
    m_loading = false;
    validateDraft();
    updateActions();
}

void CampaignView::fillCells()
{
    const bool loading = m_loading;
    m_loading = true;
    const int row = m_cells->currentRow(), column = m_cells->currentColumn();
    m_cells->setRowCount(int(m_draft.cells.size()));
    for (int r = 0; r < m_draft.cells.size(); ++r) {
        const Cell &cell = m_draft.cells[r];
        setText(m_cells, r, CellName, cell.name);
        setText(m_cells, r, CellSegment, cell.segment);
        setText(m_cells, r, CellRule, cell.rule);
        setText(m_cells, r, CellOffer, cell.offer);
        setText(m_cells, r, CellChannel, cell.channel);
        setText(m_cells, r, CellShare, QString::number(cell.controlShare), true);
        setText(m_cells, r, CellSize,
                cell.controlSize >= 0 ? QString::number(cell.controlSize) : QString(), true);
    }
    if (row >= 0 && row < m_cells->rowCount())
        m_cells->setCurrentCell(row, column);
    m_loading = loading;
}

void CampaignView::fillWaves()
{
    const bool loading = m_loading;
    m_loading = true;
    const QStringList channels = simulate::channelNames();
    const int row = m_waves->currentRow(), column = m_waves->currentColumn();
    m_waves->setRowCount(int(m_draft.waves.size()));
    const QLocale locale;
    for (int r = 0; r < m_draft.waves.size(); ++r) {
        const Wave &wave = m_draft.waves[r];
        setText(m_waves, r, WaveName, wave.name);
        setText(m_waves, r, WaveStart,
                wave.start.isValid() ? wave.start.toString(Qt::ISODate) : QString());
        setText(m_waves, r, WaveDays, QString::number(wave.days), true);
        for (int c = 0; c < channels.size(); ++c) {
            auto it = wave.capacity.constFind(channels[c]);
            QTableWidgetItem *item =
                setText(m_waves, r, WaveFirstChannel + c,
                        it == wave.capacity.constEnd() ? QString() : capacityText(*it), true);
            item->setToolTip(
                it == wave.capacity.constEnd()
                    ? tr("no limit")
                    : tr("%1 contacts in the wave").arg(locale.toString(it->capacity(wave.days))));
        }
    }
    if (row >= 0 && row < m_waves->rowCount())
        m_waves->setCurrentCell(row, column);
    m_loading = loading;
}

void CampaignView::validateDraft()
{
    if (m_currentId == 0) {
        m_error->clear();
        return;
    }
    try {
        validate(m_draft, tr("campaign"));
        m_error->clear();
    } catch (const Error &e) {
        m_error->setText(e.message());
    }
}

void CampaignView::updateActions()
{
    const bool has = m_currentId != 0;
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    const bool valid = m_error->text().isEmpty();
    m_new->setEnabled(writable);
    m_duplicate->setEnabled(writable && has);
    m_delete->setEnabled(writable && has);
    m_importJson->setEnabled(writable);
    m_exportJson->setEnabled(has && valid);
    m_save->setEnabled(writable && has && valid && isModified());
    m_split->setEnabled(has && valid && !m_runner->isRunning());
    m_cancel->setEnabled(m_runner->isRunning());
    m_busy->setVisible(m_runner->isRunning());
    m_commit->setEnabled(writable && m_plan && !m_runner->isRunning());
}

void CampaignView::fieldEdited(Field field)
{
    if (m_loading || m_currentId == 0)
        return;
    Campaign c = m_draft;
    QString text;
    switch (field) {
    case NameField:
        c.name = m_name->text().trimmed();
        text = tr("Rename campaign");
        break;
    case ObjectiveField:
        c.objective = m_objective->text().trimmed();
        text = tr("Edit objective");
        break;
    case OwnerField:
        c.owner = m_owner->text().trimmed();
        text = tr("Edit owner");
        break;
    case PeriodField:
        c.period = m_period->text().trimmed();
        text = tr("Edit period");
        break;
    case StartField:
        c.start = m_start->date();
        text = tr("Edit start date");
        break;
    case EndField:
        c.end = m_end->date();
        text = tr("Edit end date");
        break;
    case PriorityField:
        c.priority = m_priority->value();
        text = tr("Edit priority");
        break;
    case SeedField: {
        bool ok = false;
        const quint64 seed = m_seed->text().toULongLong(&ok);
        if (!ok) {
            showMessage(tr("Seed: expected a whole number"), true);
            m_seed->setText(QString::number(m_draft.seed));
            return;
        }
        c.seed = seed;
        text = tr("Edit seed");
        break;
    }
    case StratifyField:
        c.stratifyBy = m_stratify->currentData().toString();
        text = tr("Edit stratification");
        break;
    case FatigueMaxField:
        c.policy.fatigueMaxContacts = m_fatigueMax->value();
        text = tr("Edit fatigue rule");
        break;
    case FatigueDaysField:
        c.policy.fatigueWindowDays = m_fatigueDays->value();
        text = tr("Edit fatigue rule");
        break;
    case PolicyField:
        c.policy.blacklist = m_blacklist->isChecked();
        c.policy.graylist = m_graylist->isChecked();
        c.policy.doNotDisturb = m_doNotDisturb->isChecked();
        c.policy.priority = m_priorityRule->isChecked();
        text = tr("Edit contact policy");
        break;
    case CellsField:
    case WavesField:
        return;
    }
    edit(c, text, int(field));
}

void CampaignView::cellEdited(int row, int column)
{
    if (m_loading || row < 0 || row >= m_draft.cells.size())
        return;
    Campaign c = m_draft;
    Cell &cell = c.cells[row];
    const QString text =
        m_cells->item(row, column) ? m_cells->item(row, column)->text().trimmed() : QString();
    switch (column) {
    case CellName:
        cell.name = text;
        break;
    case CellSegment:
        cell.segment = text;
        break;
    case CellRule:
        cell.rule = text;
        break;
    case CellOffer:
        cell.offer = text;
        break;
    case CellChannel:
        cell.channel = text;
        break;
    case CellShare: {
        bool ok = false;
        double share = QLocale().toDouble(text, &ok);
        if (!ok)
            share = text.toDouble(&ok);
        if (!ok) {
            showMessage(tr("Cell %1, control share: expected a number such as 0.1, not \"%2\"")
                            .arg(row + 1)
                            .arg(text),
                        true);
            fillCells();
            return;
        }
        cell.controlShare = share;
        break;
    }
    case CellSize: {
        if (text.isEmpty()) {
            cell.controlSize = -1;
            break;
        }
        bool ok = false;
        const qint64 size = text.toLongLong(&ok);
        if (!ok || size < 0) {
            showMessage(tr("Cell %1, control size: expected a whole number of customers or "
                           "nothing, not \"%2\"")
                            .arg(row + 1)
                            .arg(text),
                        true);
            fillCells();
            return;
        }
        cell.controlSize = size;
        break;
    }
    default:
        return;
    }
    showMessage({}, false);
    edit(c, tr("Edit cell %1").arg(row + 1));
    if (sameDefinition(c, m_draft))
        fillCells(); // normalise what was typed (e.g. spaces)
}

void CampaignView::waveEdited(int row, int column)
{
    if (m_loading || row < 0 || row >= m_draft.waves.size())
        return;
    Campaign c = m_draft;
    Wave &wave = c.waves[row];
    const QString text =
        m_waves->item(row, column) ? m_waves->item(row, column)->text().trimmed() : QString();
    auto refuse = [&](const QString &message) {
        showMessage(message, true);
        fillWaves();
    };
    if (column == WaveName) {
        wave.name = text;
    } else if (column == WaveStart) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !date.isValid())
            return refuse(tr("Wave %1, start: expected a date as yyyy-mm-dd, not \"%2\"")
                              .arg(row + 1)
                              .arg(text));
        wave.start = date;
    } else if (column == WaveDays) {
        bool ok = false;
        const int days = text.toInt(&ok);
        if (!ok || days < 1)
            return refuse(tr("Wave %1, days: expected a whole number of days (1 or more), not "
                             "\"%2\"")
                              .arg(row + 1)
                              .arg(text));
        wave.days = days;
    } else {
        const QString channel = simulate::channelNames().value(column - WaveFirstChannel);
        const auto capacity = parseCapacity(text);
        if (!capacity)
            return refuse(tr("Wave %1, capacity of %2: expected staff x contacts per staff per "
                             "day (e.g. 4 x 60), a number (e.g. 500) or nothing, not \"%3\"")
                              .arg(row + 1)
                              .arg(channel, text));
        if (*capacity)
            wave.capacity.insert(channel, **capacity);
        else
            wave.capacity.remove(channel);
    }
    showMessage({}, false);
    edit(c, tr("Edit wave %1").arg(row + 1));
    fillWaves();
}

QString CampaignView::attempt(const std::function<void()> &body)
{
    try {
        body();
        return {};
    } catch (const Error &e) {
        showMessage(e.message(), true);
        return e.message();
    }
}

void CampaignView::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #cc0000") : QString());
}

QString CampaignView::newCampaign(const QString &name)
{
    if (!m_workspace)
        return tr("no workspace is open");
    return attempt([&] {
        CampaignStore store(*m_workspace);
        Campaign c;
        c.name = name.isEmpty() ? uniqueName(store.list(), tr("New campaign")) : name;
        const QDate first = QDate::currentDate().addMonths(1);
        c.start = QDate(first.year(), first.month(), 1);
        c.end = c.start.addMonths(1).addDays(-1);
        c.period = c.start.toString(QStringLiteral("yyyy-MM"));
        c.seed = QRandomGenerator::system()->generate64() >> 1;
        Cell cell;
        cell.name = tr("cell 1");
        cell.rule = QStringLiteral("total_fee_m1 > 0");
        c.cells.append(cell);
        store.create(c);
        reloadList();
        selectCampaign(c.name);
        showMessage(tr("Created campaign %1.").arg(c.name), false);
    });
}

QString CampaignView::duplicateCampaign()
{
    if (!m_workspace || m_currentId == 0)
        return tr("no campaign is selected");
    return attempt([&] {
        CampaignStore store(*m_workspace);
        Campaign c = m_draft;
        c.id = 0;
        c.name = uniqueName(store.list(), tr("%1 (copy)").arg(m_draft.name));
        validate(c, c.name);
        store.create(c);
        reloadList();
        selectCampaign(c.name);
        showMessage(tr("Created campaign %1.").arg(c.name), false);
    });
}

QString CampaignView::deleteCampaign()
{
    if (!m_workspace || m_currentId == 0)
        return tr("no campaign is selected");
    return attempt([&] {
        CampaignStore(*m_workspace).remove(m_stored.name);
        m_drafts.remove(m_currentId);
        showMessage(tr("Deleted campaign %1.").arg(m_stored.name), false);
        m_list->setCurrentItem(nullptr);
        reloadList();
        loadCurrent();
    });
}

void CampaignView::deleteAsked()
{
    if (m_currentId == 0)
        return;
    if (QMessageBox::question(
            this, tr("Delete campaign"),
            tr("Delete campaign %1 and its split? This cannot be undone.").arg(m_stored.name)) ==
        QMessageBox::Yes)
        deleteCampaign();
}

QString CampaignView::importJson(const QString &path)
{
    if (!m_workspace)
        return tr("no workspace is open");
    return attempt([&] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("%1: %2").arg(path, file.errorString()));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject())
            throw Error(tr("%1: not a JSON object (%2 at byte %3)")
                            .arg(path, error.errorString())
                            .arg(error.offset));
        const Campaign c = campaignFromJson(doc.object(), path);
        CampaignStore(*m_workspace).create(c);
        reloadList();
        selectCampaign(c.name);
        showMessage(tr("Imported campaign %1.").arg(c.name), false);
    });
}

void CampaignView::importAsked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import campaign"), QString(),
                                                      tr("Campaigns (*.json)"));
    if (!path.isEmpty())
        importJson(path);
}

QString CampaignView::exportJson(const QString &path)
{
    if (m_currentId == 0)
        return tr("no campaign is selected");
    return attempt([&] {
        validate(m_draft, m_draft.name);
        // Whole or not at all: a failed export leaves an older file as it was.
        saveFile(path, QJsonDocument(toJson(m_draft)).toJson(QJsonDocument::Indented));
        showMessage(tr("Exported to %1.").arg(path), false);
    });
}

void CampaignView::exportAsked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export campaign"),
                                                      m_draft.name + QStringLiteral(".json"),
                                                      tr("Campaigns (*.json)"));
    if (!path.isEmpty())
        exportJson(path);
}

QString CampaignView::save()
{
    if (!m_workspace || m_currentId == 0)
        return tr("no campaign is selected");
    return attempt([&] {
        CampaignStore store(*m_workspace);
        validate(m_draft, QStringLiteral("campaign '%1'").arg(m_draft.name));
        if (m_draft.name != m_stored.name)
            store.rename(m_stored.name, m_draft.name);
        store.update(m_draft);
        m_drafts.remove(m_currentId);
        m_stored = store.get(m_draft.name);
        m_draft = m_stored;
        reloadList();
        showDraft();
        showMessage(tr("Saved campaign %1.").arg(m_draft.name), false);
    });
}

int CampaignView::split()
{
    if (!m_workspace || m_currentId == 0)
        return 0;
    validateDraft();
    if (!m_error->text().isEmpty()) {
        m_splitStatus->setText(tr("Fix the definition first: %1").arg(m_error->text()));
        return 0;
    }
    const int id = m_runner->run(m_workspace->path(), m_workspace->isReadOnly(), m_draft);
    m_splitStatus->setText(tr("Splitting %1...").arg(m_draft.name));
    updateActions();
    return id;
}

void CampaignView::showPlan(int jobId, std::shared_ptr<const CampaignPlan> plan)
{
    m_plan = std::move(plan);
    m_loading = true;
    m_splitCell->clear();
    m_loading = false;
    m_balance->setRowCount(0);
    m_warnings->clear();
    if (!m_plan) {
        m_splitStatus->setText(m_currentId ? tr("Not split in this session. Split (Ctrl+R) "
                                                "plans the campaign as edited.")
                                           : QString());
        WaterfallChart::clear(m_waterfall, tr("Split the campaign to see its waterfall"));
        updateActions();
        return;
    }
    const QLocale locale;
    qint64 targets = 0, controls = 0;
    for (const Member &m : m_plan->members)
        (m.role == Member::Target ? targets : controls) += 1;
    m_splitStatus->setText(tr("Seed %1 · %2 members (%3 targets, %4 controls) · contact day %5")
                               .arg(QString::number(m_plan->campaign.seed),
                                    locale.toString(qint64(m_plan->members.size())),
                                    locale.toString(targets), locale.toString(controls),
                                    m_plan->contactDay.toString(Qt::ISODate)));
    m_loading = true;
    for (const CellPlan &cell : m_plan->cells)
        m_splitCell->addItem(tr("%1 (%2)").arg(cell.name, ChannelDelegate::label(cell.channel)));
    m_loading = false;
    m_warnings->setText(m_plan->warnings.isEmpty()
                            ? QString()
                            : tr("Warnings:\n%1").arg(m_plan->warnings.join(QLatin1Char('\n'))));
    showCell(m_splitCell->count() > 0 ? 0 : -1);
    updateActions();
    emit splitShown(jobId);
}

void CampaignView::showSplitFailure(int, const QString &message, bool cancelled)
{
    m_splitStatus->setText(cancelled ? tr("Split cancelled.")
                                     : tr("Split failed: %1").arg(message));
    updateActions();
}

void CampaignView::showCell(int index)
{
    if (m_loading)
        return;
    m_balance->setRowCount(0);
    if (!m_plan || index < 0 || index >= m_plan->cells.size()) {
        if (!m_plan)
            WaterfallChart::clear(m_waterfall, tr("Split the campaign to see its waterfall"));
        return;
    }
    const CellPlan &cell = m_plan->cells[index];
    WaterfallChart::draw(m_waterfall, cell);
    const QLocale locale;
    for (const BalanceRow &row : cell.balance) {
        const int r = m_balance->rowCount();
        m_balance->insertRow(r);
        const bool share = !row.level.isEmpty();
        auto figure = [&](double value) {
            return share ? locale.toString(value * 100.0, 'f', 1) + QLatin1Char('%')
                         : locale.toString(value, 'f', 2);
        };
        m_balance->setItem(r, 0, new QTableWidgetItem(row.column));
        m_balance->setItem(r, 1, new QTableWidgetItem(row.level));
        m_balance->setItem(r, 2, numberItem(figure(row.target)));
        m_balance->setItem(r, 3, numberItem(figure(row.control)));
        m_balance->setItem(r, 4, numberItem(locale.toString(row.standardisedDifference, 'f', 3)));
        if (row.unbalanced)
            for (int c = 0; c < m_balance->columnCount(); ++c) {
                m_balance->item(r, c)->setBackground(QColor(255, 220, 200));
                m_balance->item(r, c)->setToolTip(tr("Unbalanced: |standardised difference| > "
                                                     "%1")
                                                      .arg(locale.toString(kBalanceThreshold)));
            }
    }
    if (m_splitCell->currentIndex() != index) {
        m_loading = true;
        m_splitCell->setCurrentIndex(index);
        m_loading = false;
    }
}

QString CampaignView::commitSplit()
{
    if (!m_workspace || !m_plan)
        return tr("nothing to commit: split first");
    QString message;
    if (!sameDefinition(m_plan->campaign, m_stored) || m_drafts.contains(m_currentId))
        message = tr("Save the campaign as split before committing (the split was planned on "
                     "a definition that is not the saved one).");
    else
        try {
            CampaignPlanner(*m_workspace).commit(*m_plan);
        } catch (const Error &e) {
            message = e.message();
        }
    if (message.isEmpty()) {
        m_splitStatus->setText(m_splitStatus->text() + QLatin1Char('\n') +
                               tr("Committed: the members are stored."));
        reloadList();
    } else {
        m_splitStatus->setText(m_splitStatus->text() + QLatin1Char('\n') + message);
    }
    return message;
}

QString CampaignView::errorText() const
{
    return m_error->text();
}

QString CampaignView::messageText() const
{
    return m_message->text();
}

QString CampaignView::splitStatusText() const
{
    return m_splitStatus->text();
}

QString CampaignView::warningText() const
{
    return m_warnings->text();
}

} // namespace cwb
