// SPDX-License-Identifier: GPL-3.0-or-later
#include "lists/listsscriptsview.h"

#include "campaign/campaignstore.h"
#include "core/error.h"
#include "export/exporthistory.h"
#include "lists/liststaskrunner.h"
#include "shell/setting.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cwb {

using namespace exporting;

namespace {

constexpr int kPreviewRows = 200;
constexpr int kIdRole = Qt::UserRole;

const Setting<int> agentsSetting{"lists/agents", 1};
const Setting<int> splitBySetting{"lists/splitBy", 0};
const Setting<int> agentModeSetting{"lists/agentMode", 0};
const Setting<int> languageSetting{"lists/language", 0};
const Setting<int> formatSetting{"lists/format", 0};
const Setting<int> encodingSetting{"lists/encoding", 0};
const Setting<QStringList> columnsSetting{"lists/columns", {}}; // checked, in order
const Setting<QString> exportFolder{"folders/callLists", {}};
const Setting<QString> scriptFolder{"folders/callScripts", {}};

constexpr auto kMarkdown = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                           QTextDocument::MarkdownNoHTML);

QString markdownOf(const QTextEdit *editor)
{
    return sectionMarkdown(*editor->document());
}

} // namespace

ListsScriptsView::ListsScriptsView(QWidget *parent)
    : QWidget(parent), m_runner(new ListsTaskRunner(this)), m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    m_tabs->addTab(buildListsTab(), tr("Call &lists"));
    m_tabs->addTab(buildScriptTab(), tr("Call &script"));

    connect(m_runner, &ListsTaskRunner::started, this, [this] { updateListControls(); });
    connect(m_runner, &ListsTaskRunner::progress, this, [this](int jobId, qint64 rows) {
        if (jobId == m_runner->latestJobId())
            m_progress->setFormat(tr("%1 rows").arg(QLocale().toString(rows)));
    });
    connect(m_runner, &ListsTaskRunner::built, this, &ListsScriptsView::showLists);
    connect(m_runner, &ListsTaskRunner::exported, this, &ListsScriptsView::showExport);
    connect(m_runner, &ListsTaskRunner::failed, this, &ListsScriptsView::showFailure);

    restoreChoices();
    resetScript(Language(m_language->currentIndex() == 1 ? Language::English : Language::Chinese));
    setWorkspace(nullptr);
}

ListsScriptsView::~ListsScriptsView() = default;

QWidget *ListsScriptsView::buildListsTab()
{
    m_listsPages = new QStackedWidget(this);
    m_empty = new QLabel(m_listsPages);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listsPages->addWidget(m_empty);

    auto *page = new QWidget(m_listsPages);
    m_listsPages->addWidget(page);
    auto *layout = new QHBoxLayout(page);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    layout->addWidget(splitter);

    auto *settings = new QGroupBox(tr("Lists"), splitter);
    auto *form = new QFormLayout(settings);
    m_campaign = new QComboBox(settings);
    m_wave = new QComboBox(settings);
    m_splitBy = new QComboBox(settings);
    m_splitBy->addItem(tr("Agents"), int(SplitBy::Agent));
    m_splitBy->addItem(tr("Marketing grids"), int(SplitBy::Grid));
    m_agents = new QSpinBox(settings);
    m_agents->setRange(1, 999);
    m_agentMode = new QComboBox(settings);
    m_agentMode->addItem(tr("Round-robin (a like mix each)"), int(AgentMode::RoundRobin));
    m_agentMode->addItem(tr("Balanced blocks (customers stay together)"), int(AgentMode::Balanced));
    m_columns = new QListWidget(settings);
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setDefaultDropAction(Qt::MoveAction);
    m_columns->setToolTip(tr("Checked columns go into the lists in this order; drag or use "
                             "Up/Down to reorder."));
    m_columnUp = new QPushButton(tr("&Up"), settings);
    m_columnDown = new QPushButton(tr("Do&wn"), settings);
    m_columnsReset = new QPushButton(tr("Defaul&t columns"), settings);
    auto *columnButtons = new QHBoxLayout;
    columnButtons->addWidget(m_columnUp);
    columnButtons->addWidget(m_columnDown);
    columnButtons->addWidget(m_columnsReset);
    columnButtons->addStretch();
    auto *columnsBox = new QVBoxLayout;
    columnsBox->addWidget(m_columns);
    columnsBox->addLayout(columnButtons);
    // Masked (138****8000) unless chosen each time: full numbers are never remembered.
    m_fullPhones = new QCheckBox(tr("Full p&hone numbers"), settings);
    m_fullPhones->setToolTip(tr("Lists and call sheets show phone numbers as 138****8000 "
                                "unless this is checked; the choice is recorded with the "
                                "export."));
    m_language = new QComboBox(settings);
    m_language->addItem(tr("Chinese"), int(Language::Chinese));
    m_language->addItem(tr("English"), int(Language::English));
    m_format = new QComboBox(settings);
    m_format->addItem(tr("CSV"), int(FileFormat::Csv));
    m_format->addItem(tr("Excel (xlsx)"), int(FileFormat::Xlsx));
    m_encoding = new QComboBox(settings);
    m_encoding->addItem(tr("UTF-8 with BOM (Excel opens it)"), int(CsvEncoding::Utf8Bom));
    m_encoding->addItem(tr("GB18030 (older tools)"), int(CsvEncoding::Gb18030));

    auto label = [settings](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, settings);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Campaign:"), m_campaign), m_campaign);
    form->addRow(label(tr("Wa&ve:"), m_wave), m_wave);
    form->addRow(label(tr("Split &by:"), m_splitBy), m_splitBy);
    form->addRow(label(tr("&Agents per cell:"), m_agents), m_agents);
    form->addRow(label(tr("Assi&gnment:"), m_agentMode), m_agentMode);
    form->addRow(label(tr("C&olumns:"), m_columns), columnsBox);
    form->addRow(QString(), m_fullPhones);
    form->addRow(label(tr("La&nguage:"), m_language), m_language);
    form->addRow(label(tr("&Format:"), m_format), m_format);
    form->addRow(label(tr("CSV &encoding:"), m_encoding), m_encoding);

    m_previewButton = new QPushButton(tr("&Preview"), settings);
    m_previewButton->setShortcut(QKeySequence(Qt::Key_F5));
    m_previewButton->setToolTip(tr("Build the lists and show their first rows (F5)"));
    m_cancel = new QPushButton(tr("Cancel"), settings);
    m_export = new QPushButton(tr("E&xport..."), settings);
    m_export->setToolTip(tr("Write the lists into a folder and record the contacts in the "
                            "contact history"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_export);
    form->addRow(buttons);
    m_progress = new QProgressBar(settings);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(true);
    m_progress->hide();
    form->addRow(m_progress);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *partsLabel = new QLabel(tr("Pa&rts (rows):"), right);
    m_parts = new QListWidget(right);
    m_parts->setMaximumHeight(140);
    partsLabel->setBuddy(m_parts);
    m_preview = new QTableWidget(right);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->setDefaultSectionSize(22);
    m_status = new QLabel(right);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(partsLabel);
    rightLayout->addWidget(m_parts);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_status);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    connect(m_campaign, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            campaignChosen();
    });
    for (QComboBox *combo : {m_wave, m_splitBy, m_agentMode, m_language, m_format, m_encoding})
        connect(combo, &QComboBox::currentIndexChanged, this, &ListsScriptsView::listChoiceChanged);
    connect(m_agents, &QSpinBox::valueChanged, this, &ListsScriptsView::listChoiceChanged);
    connect(m_fullPhones, &QCheckBox::toggled, this, &ListsScriptsView::listChoiceChanged);
    connect(m_columns, &QListWidget::itemChanged, this, &ListsScriptsView::listChoiceChanged);
    connect(m_columns->model(), &QAbstractItemModel::rowsMoved, this,
            &ListsScriptsView::listChoiceChanged);
    auto move = [this](int by) {
        const int row = m_columns->currentRow();
        if (row < 0 || row + by < 0 || row + by >= m_columns->count())
            return;
        QListWidgetItem *item = m_columns->takeItem(row);
        m_columns->insertItem(row + by, item);
        m_columns->setCurrentRow(row + by);
        listChoiceChanged();
    };
    connect(m_columnUp, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_columnDown, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_columnsReset, &QPushButton::clicked, this, [this] {
        fillColumns(false);
        listChoiceChanged();
    });
    connect(m_previewButton, &QPushButton::clicked, this, [this] { buildPreview(); });
    connect(m_cancel, &QPushButton::clicked, m_runner, &ListsTaskRunner::cancel);
    connect(m_export, &QPushButton::clicked, this, &ListsScriptsView::exportAsked);
    connect(m_parts, &QListWidget::currentRowChanged, this, &ListsScriptsView::showPart);

    setTabOrder(m_campaign, m_wave);
    setTabOrder(m_wave, m_splitBy);
    setTabOrder(m_splitBy, m_agents);
    setTabOrder(m_agents, m_agentMode);
    setTabOrder(m_agentMode, m_columns);
    setTabOrder(m_columns, m_columnUp);
    setTabOrder(m_columnUp, m_columnDown);
    setTabOrder(m_columnDown, m_columnsReset);
    setTabOrder(m_columnsReset, m_fullPhones);
    setTabOrder(m_fullPhones, m_language);
    setTabOrder(m_language, m_format);
    setTabOrder(m_format, m_encoding);
    setTabOrder(m_encoding, m_previewButton);
    setTabOrder(m_previewButton, m_cancel);
    setTabOrder(m_cancel, m_export);
    setTabOrder(m_export, m_parts);
    setTabOrder(m_parts, m_preview);
    return m_listsPages;
}

QWidget *ListsScriptsView::buildScriptTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *toolbar = new QToolBar(page);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *open = toolbar->addAction(tr("&Open..."), this, &ListsScriptsView::openAsked);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *save = toolbar->addAction(tr("Sa&ve..."), this, &ListsScriptsView::saveAsked);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    auto *resetMenu = new QMenu(tr("&Reset to template"), page);
    resetMenu->addAction(tr("&Chinese template"), this, [this] { resetScript(Language::Chinese); });
    resetMenu->addAction(tr("&English template"), this, [this] { resetScript(Language::English); });
    auto *resetButton = new QToolButton(toolbar);
    resetButton->setText(tr("&Reset to template"));
    resetButton->setMenu(resetMenu);
    resetButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(resetButton);
    toolbar->addSeparator();

    m_bold = toolbar->addAction(tr("Bold"));
    m_bold->setShortcut(QKeySequence::Bold);
    m_bold->setCheckable(true);
    QFont boldFont = m_bold->font();
    boldFont.setBold(true);
    m_bold->setFont(boldFont);
    m_italic = toolbar->addAction(tr("Italic"));
    m_italic->setShortcut(QKeySequence::Italic);
    m_italic->setCheckable(true);
    QFont italicFont = m_italic->font();
    italicFont.setItalic(true);
    m_italic->setFont(italicFont);
    m_bullets = toolbar->addAction(tr("Bullet list"));
    m_bullets->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    m_bullets->setCheckable(true);
    m_numbered = toolbar->addAction(tr("Numbered list"));
    m_numbered->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
    m_numbered->setCheckable(true);
    for (QAction *a : {m_bold, m_italic, m_bullets, m_numbered})
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
            a->text(), a->shortcut().toString(QKeySequence::NativeText)));
    toolbar->addSeparator();
    m_undo = toolbar->addAction(tr("Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = toolbar->addAction(tr("Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    for (QAction *a : {m_bold, m_italic, m_bullets, m_numbered, m_undo, m_redo})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toolbar->addSeparator();
    auto *fieldMenu = new QMenu(tr("Insert &field"), page);
    for (const QString &field : mergeFieldNames())
        fieldMenu->addAction(QStringLiteral("{%1}").arg(field), this,
                             [this, field] { insertField(field); });
    auto *fieldButton = new QToolButton(toolbar);
    fieldButton->setText(tr("Insert &field"));
    fieldButton->setMenu(fieldMenu);
    fieldButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(fieldButton);
    toolbar->addSeparator();
    QAction *preview =
        toolbar->addAction(tr("Print previe&w..."), this, &ListsScriptsView::previewAsked);
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *pdf = toolbar->addAction(tr("Save P&DF..."), this, &ListsScriptsView::pdfAsked);
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    for (QAction *a : {open, save, preview, pdf}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
            a->text().remove(QLatin1Char('&')), a->shortcut().toString(QKeySequence::NativeText)));
    }
    layout->addWidget(toolbar);

    auto *titleRow = new QHBoxLayout;
    m_title = new QLineEdit(page);
    auto *titleLabel = new QLabel(tr("&Title:"), page);
    titleLabel->setBuddy(m_title);
    titleRow->addWidget(titleLabel);
    titleRow->addWidget(m_title, 1);
    layout->addLayout(titleRow);

    m_sections = new QTabWidget(page);
    const QString names[SectionEditorCount] = {tr("O&pening"), tr("Selling poi&nts"), tr("Off&er"),
                                               tr("&Close")};
    for (int i = 0; i < SectionEditorCount; ++i) {
        auto *editor = new QTextEdit(m_sections);
        editor->setAcceptRichText(false); // pasted text comes in plain: no unsupported styles
        editor->setTabChangesFocus(true);
        m_editors[i] = editor;
        m_sections->addTab(editor, names[i]);
        connect(editor, &QTextEdit::textChanged, this, &ListsScriptsView::scriptEdited);
        connect(editor, &QTextEdit::currentCharFormatChanged, this,
                &ListsScriptsView::updateFormatActions);
        connect(editor, &QTextEdit::cursorPositionChanged, this,
                &ListsScriptsView::updateFormatActions);
        connect(editor, &QTextEdit::undoAvailable, this, &ListsScriptsView::updateFormatActions);
        connect(editor, &QTextEdit::redoAvailable, this, &ListsScriptsView::updateFormatActions);
    }
    auto *objectionsPage = new QWidget(m_sections);
    auto *objectionsLayout = new QVBoxLayout(objectionsPage);
    m_objections = new QTableWidget(0, 2, objectionsPage);
    m_objections->setHorizontalHeaderLabels({tr("Question"), tr("Answer")});
    m_objections->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_objections->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_objections->setWordWrap(true);
    m_objections->setTabKeyNavigation(false);
    auto *addRow = new QPushButton(tr("&Add objection"), objectionsPage);
    auto *removeRow = new QPushButton(tr("Re&move objection"), objectionsPage);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(addRow);
    rowButtons->addWidget(removeRow);
    rowButtons->addStretch();
    objectionsLayout->addWidget(m_objections);
    objectionsLayout->addLayout(rowButtons);
    m_sections->addTab(objectionsPage, tr("Ob&jections"));
    layout->addWidget(m_sections, 1);
    connect(m_objections, &QTableWidget::itemChanged, this, &ListsScriptsView::scriptEdited);
    connect(addRow, &QPushButton::clicked, this, [this] {
        addObjection({});
        m_objections->setCurrentCell(m_objections->rowCount() - 1, 0);
        m_objections->editItem(m_objections->currentItem());
    });
    connect(removeRow, &QPushButton::clicked, this, [this] {
        const int row = m_objections->currentRow();
        if (row >= 0) {
            m_objections->removeRow(row);
            scriptEdited();
        }
    });
    connect(m_sections, &QTabWidget::currentChanged, this, &ListsScriptsView::updateFormatActions);

    m_scriptError = new QLabel(page);
    m_scriptError->setWordWrap(true);
    layout->addWidget(m_scriptError);

    connect(m_title, &QLineEdit::textEdited, this, &ListsScriptsView::scriptEdited);
    connect(m_bold, &QAction::triggered, this, [this](bool on) {
        if (QTextEdit *editor = currentEditor()) {
            QTextCharFormat format;
            format.setFontWeight(on ? QFont::Bold : QFont::Normal);
            editor->mergeCurrentCharFormat(format);
        }
    });
    connect(m_italic, &QAction::triggered, this, [this](bool on) {
        if (QTextEdit *editor = currentEditor()) {
            QTextCharFormat format;
            format.setFontItalic(on);
            editor->mergeCurrentCharFormat(format);
        }
    });
    connect(m_bullets, &QAction::triggered, this, [this] { toggleList(false); });
    connect(m_numbered, &QAction::triggered, this, [this] { toggleList(true); });
    connect(m_undo, &QAction::triggered, this, [this] {
        if (QTextEdit *editor = currentEditor())
            editor->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (QTextEdit *editor = currentEditor())
            editor->redo();
    });
    setTabOrder(m_title, m_sections);
    return page;
}

void ListsScriptsView::setWorkspace(Workspace *workspace)
{
    m_runner->cancel();
    m_workspace = workspace;
    m_set.reset();
    m_parts->clear();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    setStatus({}, false);
    refresh();
}

void ListsScriptsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // campaigns may have been split since
}

void ListsScriptsView::refresh()
{
    const QString previous = currentCampaign();
    QStringList names;
    QStringList stale;
    if (m_workspace) {
        try {
            for (const campaign::CampaignSummary &c : campaign::CampaignStore(*m_workspace).list())
                if (!c.splitAt.isEmpty())
                    (c.splitStale ? stale : names) << c.name;
        } catch (const Error &e) {
            setStatus(e.message(), true);
        }
    }
    m_loading = true;
    m_campaign->clear();
    for (const QString &name : names)
        m_campaign->addItem(name, name);
    const int keep = m_campaign->findData(previous);
    m_campaign->setCurrentIndex(keep >= 0 ? keep : (names.isEmpty() ? -1 : 0));
    m_loading = false;
    if (!m_workspace)
        m_empty->setText(tr("Open a workspace to produce call lists."));
    else if (names.isEmpty())
        m_empty->setText(
            stale.isEmpty()
                ? tr("No campaign is split yet.\n\nSplit a campaign into targets and control "
                     "in the Campaigns step (Split tab, then Commit); its call lists are made "
                     "here.")
                : tr("No campaign has a current split: %1 was split on data that a later "
                     "import replaced.\n\nSplit it again in the Campaigns step.")
                      .arg(stale.join(QStringLiteral(", "))));
    m_listsPages->setCurrentIndex(names.isEmpty() ? 0 : 1);
    if (m_campaign->currentData().toString() != previous || m_columns->count() == 0)
        campaignChosen();
    updateListControls();
}

bool ListsScriptsView::selectCampaign(const QString &name)
{
    const int index = m_campaign->findData(name);
    if (index < 0)
        return false;
    m_campaign->setCurrentIndex(index);
    return true;
}

QString ListsScriptsView::currentCampaign() const
{
    return m_campaign->currentData().toString();
}

void ListsScriptsView::campaignChosen()
{
    m_loading = true;
    m_wave->clear();
    m_wave->addItem(tr("All waves"), -1);
    const QString name = currentCampaign();
    if (m_workspace && !name.isEmpty()) {
        try {
            const campaign::Campaign c = campaign::CampaignStore(*m_workspace).get(name);
            for (int i = 0; i < c.waves.size(); ++i) {
                const campaign::Wave &w = c.waves.at(i);
                m_wave->addItem(tr("Wave %1: %2 (from %3)")
                                    .arg(i + 1)
                                    .arg(w.name, QLocale().toString(w.start, QLocale::ShortFormat)),
                                i + 1);
            }
            if (c.waves.size() == 1)
                m_wave->setCurrentIndex(1);
        } catch (const Error &e) {
            setStatus(e.message(), true);
        }
    }
    fillColumns();
    m_loading = false;
    listChoiceChanged();
}

void ListsScriptsView::fillColumns(bool useSaved)
{
    QStringList customerColumns;
    QHash<QString, QString> labels;
    if (m_workspace) {
        try {
            Statement select(m_workspace->db(),
                             "SELECT name, label FROM customer_columns ORDER BY position");
            while (select.step()) {
                customerColumns << select.text(0);
                labels.insert(select.text(0), select.text(1));
            }
        } catch (const Error &) {
            // no extract imported yet: only the computed columns
        }
    }
    const QStringList computed = computedColumns();
    const QStringList defaults = defaultColumns();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_columns->clear();
    auto add = [&](const QString &id, bool checked) {
        QString text = id;
        if (!labels.value(id).isEmpty() && labels.value(id) != id)
            text = QStringLiteral("%1 (%2)").arg(id, labels.value(id));
        else if (computed.contains(id))
            text = tr("%1 (computed)").arg(id);
        auto *item = new QListWidgetItem(text, m_columns);
        item->setData(kIdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    QStringList done;
    // The last template used (its columns this workspace has), else the default one.
    const QStringList saved = useSaved ? columnsSetting.value() : QStringList();
    for (const QString &id : saved.isEmpty() ? defaults : saved)
        if (!done.contains(id) && (computed.contains(id) || customerColumns.contains(id))) {
            add(id, true);
            done << id;
        }
    for (const QString &id : customerColumns + computed)
        if (!done.contains(id)) {
            add(id, false);
            done << id;
        }
    m_loading = wasLoading;
}

CallListOptions ListsScriptsView::listOptions() const
{
    CallListOptions options;
    options.wave = m_wave->currentIndex() >= 0 ? m_wave->currentData().toInt() : -1;
    options.by = SplitBy(m_splitBy->currentData().toInt());
    options.agentMode = AgentMode(m_agentMode->currentData().toInt());
    options.agents = m_agents->value();
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            options.columns << m_columns->item(i)->data(kIdRole).toString();
    options.maskPhones = !m_fullPhones->isChecked();
    options.language = Language(m_language->currentData().toInt());
    return options;
}

void ListsScriptsView::listChoiceChanged()
{
    if (m_loading)
        return;
    saveChoices();
    updateListControls();
    // The preview shows the choices it was built with; a change makes it out of date.
    if (m_set)
        setStatus(tr("The choices changed: Preview (F5) builds the lists again."), false);
}

void ListsScriptsView::updateListControls()
{
    const bool running = m_runner->isRunning();
    const bool campaign = m_workspace && !currentCampaign().isEmpty();
    const bool agents = m_splitBy->currentData().toInt() == int(SplitBy::Agent);
    m_agents->setEnabled(agents);
    m_agentMode->setEnabled(agents);
    m_encoding->setEnabled(m_format->currentData().toInt() == int(FileFormat::Csv));
    m_previewButton->setEnabled(campaign && !running);
    m_export->setEnabled(campaign && !running && m_workspace && !m_workspace->isReadOnly());
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
}

void ListsScriptsView::saveChoices() const
{
    agentsSetting.setValue(m_agents->value());
    splitBySetting.setValue(m_splitBy->currentIndex());
    agentModeSetting.setValue(m_agentMode->currentIndex());
    languageSetting.setValue(m_language->currentIndex());
    formatSetting.setValue(m_format->currentIndex());
    encodingSetting.setValue(m_encoding->currentIndex());
    if (m_workspace) // without one, only the computed columns are listed
        columnsSetting.setValue(listOptions().columns);
}

void ListsScriptsView::restoreChoices()
{
    m_loading = true;
    auto index = [](QComboBox *combo, int value) {
        if (value >= 0 && value < combo->count())
            combo->setCurrentIndex(value);
    };
    m_agents->setValue(agentsSetting.value());
    index(m_splitBy, splitBySetting.value());
    index(m_agentMode, agentModeSetting.value());
    index(m_language, languageSetting.value());
    index(m_format, formatSetting.value());
    index(m_encoding, encodingSetting.value());
    m_loading = false;
}

int ListsScriptsView::buildPreview()
{
    if (!m_workspace || currentCampaign().isEmpty())
        return 0;
    m_progress->setFormat(tr("Building the lists..."));
    setStatus(tr("Building the lists..."), false);
    m_buildJob = m_runner->build(m_workspace->path(), currentCampaign(), listOptions());
    updateListControls();
    return m_buildJob;
}

void ListsScriptsView::showLists(int jobId, std::shared_ptr<const CallListSet> set)
{
    m_set = std::move(set);
    updateListControls();
    m_parts->clear();
    for (const CallListPart &part : m_set->parts)
        m_parts->addItem(tr("%1 · wave %2 · %3: %4 rows")
                             .arg(part.cell)
                             .arg(part.wave)
                             .arg(part.group, QLocale().toString(qint64(part.rows.size()))));
    QString status = tr("%1 customers in %2 lists; suggested call time: %3 (%4)")
                         .arg(QLocale().toString(m_set->rows))
                         .arg(m_set->parts.size())
                         .arg(m_set->callTime, m_set->callTimeSource);
    // What the lists leave empty, and why (e.g. an offer missing from the catalog).
    for (const QString &note : m_set->notes)
        status += QLatin1Char('\n') + tr("Note: %1").arg(note);
    setStatus(status, false);
    if (!m_set->parts.isEmpty())
        m_parts->setCurrentRow(0);
    else
        showPart(-1);
    emit previewShown(jobId);
}

void ListsScriptsView::showPart(int row)
{
    m_preview->clear();
    if (!m_set || row < 0 || row >= m_set->parts.size()) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    const CallListPart &part = m_set->parts.at(row);
    const int rows = int(std::min<size_t>(part.rows.size(), kPreviewRows));
    m_preview->setColumnCount(int(m_set->headers.size()));
    m_preview->setHorizontalHeaderLabels(m_set->headers);
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const QStringList &values = part.rows.at(size_t(r));
        for (int c = 0; c < values.size(); ++c) {
            auto *item = new QTableWidgetItem(values.at(c));
            if (m_set->numeric.value(c))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
}

void ListsScriptsView::showFailure(int jobId, const QString &message, bool cancelled)
{
    updateListControls();
    setStatus(cancelled ? tr("Cancelled.") : message, !cancelled);
    if (jobId == m_exportJob)
        emit exportFinished(jobId, false);
    else
        emit previewShown(jobId);
}

QString ListsScriptsView::reexportWarning() const
{
    if (!m_workspace || currentCampaign().isEmpty())
        return {};
    const int wave = listOptions().wave;
    const RecordedContacts recorded = recordedContacts(*m_workspace, currentCampaign(), wave);
    if (recorded.contacts == 0)
        return {};
    const QString which = wave < 0 ? tr("The campaign %1").arg(currentCampaign())
                                   : tr("Wave %1 of %2").arg(wave).arg(currentCampaign());
    return tr("%1 already has %2 contacts in the contact history (%3 exported lists, the "
              "latest on %4). Exporting again records them again, so the fatigue rule will "
              "count these customers as contacted twice.\n\nExport anyway?")
        .arg(which, QLocale().toString(recorded.contacts))
        .arg(recorded.lists)
        .arg(recorded.lastDate);
}

int ListsScriptsView::startExport(const QString &dir)
{
    if (!m_workspace || currentCampaign().isEmpty() || m_workspace->isReadOnly())
        return 0;
    m_progress->setFormat(tr("Exporting..."));
    setStatus(tr("Exporting the lists to %1...").arg(QDir::toNativeSeparators(dir)), false);
    m_exportJob = m_runner->exportLists(m_workspace->path(), currentCampaign(), listOptions(),
                                        FileFormat(m_format->currentData().toInt()),
                                        CsvEncoding(m_encoding->currentData().toInt()), dir);
    updateListControls();
    return m_exportJob;
}

void ListsScriptsView::exportAsked()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the call lists into"),
                                                          exportFolder.value());
    if (dir.isEmpty())
        return;
    exportFolder.setValue(dir);
    const QString warning = reexportWarning();
    if (!warning.isEmpty() && QMessageBox::warning(this, tr("Export again?"), warning,
                                                   QMessageBox::Yes | QMessageBox::Cancel,
                                                   QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    startExport(dir);
}

void ListsScriptsView::showExport(int jobId, const ExportResult &result)
{
    updateListControls();
    QStringList files;
    for (const QString &file : result.files)
        files << QDir::toNativeSeparators(file);
    setStatus(tr("List %1: %2 customers in %3 files, %4 contact history rows recorded:\n%5")
                      .arg(result.listId, QLocale().toString(result.rows))
                      .arg(result.files.size())
                      .arg(QLocale().toString(result.historyRows), files.join(QLatin1Char('\n'))) +
                  QLatin1Char('\n') +
                  (result.fullPhones ? tr("Phone numbers in full.") : tr("Phone numbers masked.")),
              false);
    emit exportFinished(jobId, true);
}

void ListsScriptsView::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

void ListsScriptsView::setScriptMessage(const QString &text, bool error)
{
    m_scriptError->setText(text);
    m_scriptError->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

QString ListsScriptsView::statusText() const
{
    return m_status->text();
}

// --- Script -------------------------------------------------------------------------------

CallScript ListsScriptsView::script() const
{
    CallScript s;
    s.title = m_title->text().trimmed();
    s.opening = markdownOf(m_editors[OpeningEditor]);
    s.sellingPoints = markdownOf(m_editors[SellingPointsEditor]);
    s.offer = markdownOf(m_editors[OfferEditor]);
    s.close = markdownOf(m_editors[CloseEditor]);
    for (int r = 0; r < m_objections->rowCount(); ++r) {
        auto text = [&](int c) {
            const QTableWidgetItem *item = m_objections->item(r, c);
            return item ? item->text().trimmed() : QString();
        };
        if (!text(0).isEmpty() || !text(1).isEmpty())
            s.objections.append({text(0), text(1)});
    }
    return s;
}

void ListsScriptsView::setScript(const CallScript &s)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_title->setText(s.title);
    const QString *bodies[SectionEditorCount] = {&s.opening, &s.sellingPoints, &s.offer, &s.close};
    for (int i = 0; i < SectionEditorCount; ++i) {
        m_editors[i]->document()->setMarkdown(*bodies[i], kMarkdown);
        m_editors[i]->document()->clearUndoRedoStacks();
    }
    m_objections->setRowCount(0);
    for (const Objection &o : s.objections)
        addObjection(o);
    m_objections->resizeRowsToContents();
    m_loading = wasLoading;
    scriptEdited();
}

void ListsScriptsView::addObjection(const Objection &objection)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_objections->rowCount();
    m_objections->insertRow(row);
    m_objections->setItem(row, 0, new QTableWidgetItem(objection.question));
    m_objections->setItem(row, 1, new QTableWidgetItem(objection.answer));
    m_loading = wasLoading;
}

QString ListsScriptsView::scriptError() const
{
    try {
        checkCallScript(script());
    } catch (const Error &e) {
        return e.message();
    }
    // Markdown keeps bold or italic only when its markers are next to a letter or a space: in
    // Chinese text a bold span that starts or ends with punctuation or a brace would come back
    // as literal asterisks.
    for (int i = 0; i < SectionEditorCount; ++i) {
        QTextDocument back;
        back.setMarkdown(markdownOf(m_editors[i]), kMarkdown);
        if (back.toPlainText().trimmed() != m_editors[i]->toPlainText().trimmed())
            return tr("%1: bold or italic text that starts or ends with punctuation or a "
                      "field next to Chinese text cannot be stored; include the neighbouring "
                      "character in it.")
                .arg(m_sections->tabText(i).remove(QLatin1Char('&')));
    }
    return {};
}

void ListsScriptsView::scriptEdited()
{
    if (m_loading)
        return;
    const QString error = scriptError();
    setScriptMessage(error.isEmpty() ? QString() : tr("Script: %1").arg(error));
}

QString ListsScriptsView::openScript(const QString &path)
{
    try {
        setScript(loadCallScript(path));
        return {};
    } catch (const Error &e) {
        setScriptMessage(e.message());
        return e.message();
    }
}

QString ListsScriptsView::saveScript(const QString &path)
{
    const QString error = scriptError();
    if (!error.isEmpty()) {
        setScriptMessage(tr("Script: %1").arg(error));
        return error;
    }
    try {
        saveCallScript(script(), path);
        return {};
    } catch (const Error &e) {
        setScriptMessage(e.message());
        return e.message();
    }
}

void ListsScriptsView::resetScript(Language language)
{
    try {
        setScript(defaultCallScript(language));
    } catch (const Error &e) {
        setScriptMessage(e.message());
    }
}

void ListsScriptsView::openAsked()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a call script"), scriptFolder.value(),
                                     tr("Call scripts (*.txt *.md);;All files (*)"));
    if (path.isEmpty())
        return;
    scriptFolder.setValue(QFileInfo(path).absolutePath());
    const QString error = openScript(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Open a call script"), error);
}

void ListsScriptsView::saveAsked()
{
    const QString error = scriptError();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save the call script"), error);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the call script"),
        QDir(scriptFolder.value()).filePath(QStringLiteral("call-script.txt")),
        tr("Call scripts (*.txt)"));
    if (path.isEmpty())
        return;
    scriptFolder.setValue(QFileInfo(path).absolutePath());
    const QString saveError = saveScript(path);
    if (!saveError.isEmpty())
        QMessageBox::warning(this, tr("Save the call script"), saveError);
}

QTextEdit *ListsScriptsView::currentEditor() const
{
    const int index = m_sections->currentIndex();
    return index >= 0 && index < SectionEditorCount ? m_editors[index] : nullptr;
}

void ListsScriptsView::updateFormatActions()
{
    QTextEdit *editor = currentEditor();
    for (QAction *a : {m_bold, m_italic, m_bullets, m_numbered})
        a->setEnabled(editor != nullptr);
    if (!editor) {
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
        return;
    }
    const QTextCharFormat format = editor->currentCharFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::Bold);
    m_italic->setChecked(format.fontItalic());
    const QTextList *list = editor->textCursor().currentList();
    const bool numbered = list && list->format().style() == QTextListFormat::ListDecimal;
    m_bullets->setChecked(list && !numbered);
    m_numbered->setChecked(numbered);
    m_undo->setEnabled(editor->document()->isUndoAvailable());
    m_redo->setEnabled(editor->document()->isRedoAvailable());
}

void ListsScriptsView::toggleList(bool numbered)
{
    QTextEdit *editor = currentEditor();
    if (!editor)
        return;
    QTextCursor cursor = editor->textCursor();
    const QTextListFormat::Style style =
        numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    cursor.beginEditBlock();
    QTextList *list = cursor.currentList();
    if (list && list->format().style() == style) {
        // Off: the selected paragraphs leave the list.
        const int end = cursor.selectionEnd();
        QTextBlock block = editor->document()->findBlock(cursor.selectionStart());
        while (block.isValid() && block.position() <= end) {
            if (QTextList *l = block.textList())
                l->remove(block);
            QTextBlockFormat format = block.blockFormat();
            format.setIndent(0);
            QTextCursor(block).setBlockFormat(format);
            block = block.next();
        }
    } else if (list) {
        QTextListFormat format = list->format();
        format.setStyle(style);
        list->setFormat(format);
    } else {
        QTextListFormat format;
        format.setStyle(style);
        cursor.createList(format);
    }
    cursor.endEditBlock();
    updateFormatActions();
}

void ListsScriptsView::insertField(const QString &field)
{
    const QString text = QStringLiteral("{%1}").arg(field);
    if (QTextEdit *editor = currentEditor()) {
        editor->insertPlainText(text);
        editor->setFocus();
        return;
    }
    if (QTableWidgetItem *item = m_objections->currentItem())
        item->setText(item->text() + text);
    else if (m_title->hasFocus())
        m_title->insert(text);
}

bool ListsScriptsView::scriptReady()
{
    QString error = scriptError();
    if (error.isEmpty() && (!m_workspace || currentCampaign().isEmpty()))
        error = tr("Choose a split campaign on the Call lists tab: the printout holds its cells' "
                   "scripts and its call sheets.");
    if (error.isEmpty())
        return true;
    setScriptMessage(tr("Script: %1").arg(error));
    QMessageBox::warning(this, tr("Print the call script"), error);
    return false;
}

PrintResult ListsScriptsView::paintPrintout(QPagedPaintDevice &device)
{
    if (!m_workspace || currentCampaign().isEmpty())
        throw Error(QStringLiteral("no split campaign chosen"));
    PrintOptions options;
    options.list = listOptions();
    m_lastPrint = printCallScript(*m_workspace, currentCampaign(), script(), options, device);
    return m_lastPrint;
}

void ListsScriptsView::paintPreview(QPrinter *printer)
{
    try {
        paintPrintout(*printer);
    } catch (const Error &e) {
        setScriptMessage(e.message());
    }
}

void ListsScriptsView::previewAsked()
{
    if (!scriptReady())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(150);
    printer.setDocName(script().title.isEmpty() ? currentCampaign() : script().title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview: call script and call sheets"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ListsScriptsView::paintPreview);
    dialog.resize(1000, 800);
    dialog.exec();
}

QString ListsScriptsView::savePdf(const QString &path)
{
    const QString error = scriptError();
    if (!error.isEmpty())
        return error;
    if (!m_workspace || currentCampaign().isEmpty())
        return tr("Choose a split campaign on the Call lists tab first.");
    try {
        PrintOptions options;
        options.list = listOptions();
        m_lastPrint = printCallScript(*m_workspace, currentCampaign(), script(), options, path);
        return {};
    } catch (const Error &e) {
        return e.message();
    }
}

void ListsScriptsView::pdfAsked()
{
    if (!scriptReady())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the call script as PDF"),
        QDir(exportFolder.value()).filePath(currentCampaign() + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = savePdf(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save the call script as PDF"), error);
        return;
    }
    setScriptMessage(tr("Saved %1: %2 script pages, %3 call sheets on %4 pages.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(m_lastPrint.scriptPages)
                         .arg(m_lastPrint.sheets)
                         .arg(m_lastPrint.sheetPages),
                     false);
}

} // namespace cwb
