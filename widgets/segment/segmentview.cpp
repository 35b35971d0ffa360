// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/segmentview.h"

#include "segment/clustertab.h"
#include "segment/gridtab.h"
#include "segment/profiletab.h"
#include "segment/rulecompiler.h"
#include "segment/rulecountrunner.h"
#include "segment/ruleeditor.h"
#include "segment/rulesamplemodel.h"
#include "segment/savedsegmentspanel.h"
#include "segment/tagspanel.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cwb {

namespace {

QString typeText(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return SegmentView::tr("text");
    case ColumnType::Integer:
    case ColumnType::Decimal:
        return SegmentView::tr("number");
    case ColumnType::Date:
        return SegmentView::tr("date");
    case ColumnType::Boolean:
        return SegmentView::tr("yes/no");
    case ColumnType::Phone:
        return SegmentView::tr("phone number");
    }
    return {};
}

// How a field is written in a rule: its label when it is a plain word, else its name.
QString ruleWord(const RuleField &field)
{
    const QString &label = field.label;
    bool plain = !label.isEmpty() && !label.front().isDigit();
    for (QChar c : label)
        plain = plain && (c.isLetterOrNumber() || c == QLatin1Char('_'));
    return plain ? label : field.name;
}

} // namespace

SegmentView::SegmentView(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_editor(new RuleEditor(this)),
      m_error(new QLabel(this)), m_count(new QLabel(this)), m_time(new QLabel(this)),
      m_countButton(new QPushButton(tr("&Count Now"), this)), m_sampleTitle(new QLabel(this)),
      m_sampleTable(new QTableView(this)), m_sample(new RuleSampleModel(this)),
      m_fields(new QListWidget(this)), m_runner(new RuleCountRunner(this)),
      m_segmentsPanel(new SavedSegmentsPanel(this)), m_tagsPanel(new TagsPanel(this)),
      m_profileTab(new ProfileTab(this)), m_gridTab(new GridTab(this)),
      m_clusterTab(new ClusterTab(this))
{
    setObjectName(QStringLiteral("segmentView"));

    auto *ruleLabel = new QLabel(tr("&Rule:"), this);
    ruleLabel->setBuddy(m_editor);
    auto *hint = new QLabel(tr("Ctrl+Space completes a field, Ctrl+Return counts now"), this);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *ruleHeader = new QHBoxLayout;
    ruleHeader->addWidget(ruleLabel);
    ruleHeader->addStretch(1);
    ruleHeader->addWidget(hint);

    m_editor->setPlaceholderText(tr("for example: total_fee_m1 > 100 AND NOT opt_out"));
    m_editor->setAccessibleName(tr("Segment rule"));
    QFont mono = m_editor->font();
    mono.setPointSizeF(mono.pointSizeF() * 1.15);
    m_editor->setFont(mono);
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 5 + 12);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 9 + 12);

    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #a40000; "
                                          "border: 1px solid #cc0000; padding: 6px; }"));
    m_error->setVisible(false);
    m_error->setAccessibleName(tr("Rule error"));

    QFont big = m_count->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_count->setFont(big);
    m_count->setAccessibleName(tr("Customers selected"));
    m_time->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_countButton->setToolTip(tr("Count the rule now (Ctrl+Return)"));
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addSpacing(12);
    countRow->addWidget(m_time);
    countRow->addStretch(1);
    countRow->addWidget(m_countButton);

    m_sampleTable->setModel(m_sample);
    m_sampleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sampleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sampleTable->verticalHeader()->setDefaultSectionSize(m_sampleTable->fontMetrics().height() +
                                                           6);
    m_sampleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_sampleTable->setAccessibleName(tr("Matching customers"));
    m_sampleTitle->setBuddy(m_sampleTable);

    auto *main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addLayout(ruleHeader);
    mainLayout->addWidget(m_editor);
    mainLayout->addWidget(m_error);
    mainLayout->addLayout(countRow);
    mainLayout->addSpacing(6);
    mainLayout->addWidget(m_sampleTitle);
    mainLayout->addWidget(m_sampleTable, 1);

    auto *fieldsLabel = new QLabel(tr("&Fields:"), this);
    fieldsLabel->setBuddy(m_fields);
    m_fields->setAccessibleName(tr("Fields"));
    m_fields->setToolTip(tr("Enter or double-click inserts the field into the rule"));
    m_fields->setMinimumWidth(m_fields->fontMetrics().horizontalAdvance(
                                  QStringLiteral("近三月平均总费用  (late_payments_3m)")) +
                              24);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(fieldsLabel);
    sideLayout->addWidget(m_fields, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(main);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *ruleTab = new QWidget(this);
    auto *ruleLayout = new QVBoxLayout(ruleTab);
    ruleLayout->addWidget(split);
    m_tabs->addTab(ruleTab, tr("Rule"));
    m_tabs->addTab(m_segmentsPanel, tr("Segments"));
    m_tabs->addTab(m_tagsPanel, tr("Tags"));
    m_tabs->addTab(m_profileTab, tr("Profile"));
    m_tabs->addTab(m_gridTab, tr("Value × Risk"));
    m_tabs->addTab(m_clusterTab, tr("Clusters"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &SegmentView::ruleEdited);
    connect(m_editor, &RuleEditor::countRequested, this, &SegmentView::countNow);
    connect(m_countButton, &QPushButton::clicked, this, &SegmentView::countNow);
    connect(m_fields, &QListWidget::itemActivated, this, &SegmentView::insertField);
    connect(m_runner, &RuleCountRunner::started, this,
            [this] { m_time->setText(tr("Counting…")); });
    connect(m_runner, &RuleCountRunner::finished, this, &SegmentView::showResult);

    m_segmentsPanel->setRuleSource([this] { return m_editor->rule(); });
    connect(m_segmentsPanel, &SavedSegmentsPanel::openRule, this, &SegmentView::setRule);
    connect(m_tagsPanel, &TagsPanel::insertText, this, [this](const QString &text) {
        m_tabs->setCurrentIndex(0);
        m_editor->insertPlainText(text);
        m_editor->setFocus();
    });
    connect(m_segmentsPanel, &SavedSegmentsPanel::segmentsChanged, this,
            &SegmentView::segmentsChanged);
    connect(m_tagsPanel, &TagsPanel::tagsChanged, this, &SegmentView::segmentsChanged);
    connect(m_gridTab, &GridTab::segmentsChanged, this, &SegmentView::segmentsChanged);
    connect(m_clusterTab, &ClusterTab::segmentsChanged, this, &SegmentView::segmentsChanged);
    connect(this, &SegmentView::ruleCounted, m_profileTab,
            [this](const QString &rule) { m_profileTab->setRule(rule); });

    setWorkspace(nullptr);
}

void SegmentView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_runner->setWorkspacePath(workspace ? workspace->path() : QString());
    refresh();
}

// Saving and removing segments and tags are undoable on stack (the shell's).
void SegmentView::setUndoStack(QUndoStack *stack)
{
    m_segmentsPanel->setUndoStack(stack);
    m_tagsPanel->setUndoStack(stack);
    m_gridTab->setUndoStack(stack);
    m_clusterTab->setUndoStack(stack);
}

void SegmentView::setRule(const QString &rule)
{
    m_tabs->setCurrentIndex(0);
    m_editor->setPlainText(rule);
    m_editor->setFocus();
}

// A segment or tag was saved, changed or removed: every list of them follows.
void SegmentView::segmentsChanged()
{
    m_segmentsPanel->reload();
    m_tagsPanel->reload();
    m_profileTab->reloadSegments();
}

void SegmentView::refresh()
{
    m_runner->cancel();
    // The panels start again on the new data (their results would be of the old).
    m_segmentsPanel->setWorkspace(m_workspace);
    m_tagsPanel->setWorkspace(m_workspace);
    m_profileTab->setWorkspace(m_workspace);
    m_gridTab->setWorkspace(m_workspace);
    m_clusterTab->setWorkspace(m_workspace);
    QList<RuleField> fields;
    const bool ready = m_workspace && m_workspace->hasCustomers();
    if (ready)
        fields = RuleCompiler::loadFields(m_workspace->db());
    m_editor->setFields(fields);
    m_fields->clear();
    for (const RuleField &field : fields) {
        const QString word = ruleWord(field);
        QString text = word;
        if (word != field.name)
            text += QStringLiteral("  (%1)").arg(field.name);
        auto *item = new QListWidgetItem(text, m_fields);
        item->setData(Qt::UserRole, word);
        item->setToolTip(typeText(field.type));
    }
    m_editor->setEnabled(ready);
    m_countButton->setEnabled(ready);
    m_fields->setEnabled(ready);
    m_sample->clear();
    m_countedRule.clear();
    if (!ready) {
        m_count->setText(m_workspace ? tr("No customers yet: import an extract first.")
                                     : tr("No workspace is open."));
        m_time->clear();
        m_error->setVisible(false);
        m_sampleTitle->setText(tr("Matching customers"));
        return;
    }
    if (m_editor->rule().trimmed().isEmpty())
        showIdle();
    else
        countNow();
}

void SegmentView::showIdle()
{
    m_count->setText(tr("Type a rule: the count follows as you type."));
    m_time->clear();
    m_error->setVisible(false);
    m_editor->clearError();
    m_sample->clear();
    m_sampleTitle->setText(tr("Matching customers"));
}

void SegmentView::ruleEdited()
{
    if (!m_editor->isEnabled())
        return;
    if (m_editor->rule().trimmed().isEmpty()) {
        m_runner->cancel();
        showIdle();
        return;
    }
    m_runner->request(m_editor->rule());
}

void SegmentView::countNow()
{
    if (!m_editor->isEnabled())
        return;
    if (m_editor->rule().trimmed().isEmpty()) {
        showIdle();
        return;
    }
    m_runner->runNow(m_editor->rule());
}

void SegmentView::showResult(int, const RuleRunResult &result)
{
    if (!result.error.isEmpty()) {
        m_time->clear();
        if (result.errorLine > 0) {
            m_error->setText(tr("Line %1, column %2: %3")
                                 .arg(result.errorLine)
                                 .arg(result.errorColumn)
                                 .arg(result.error));
            if (result.rule == m_editor->rule())
                m_editor->showError(result.errorLine, result.errorColumn);
        } else {
            m_error->setText(result.error);
        }
        m_error->setVisible(true);
        // The last good count stays, greyed, so the figure does not jump while typing.
        m_count->setEnabled(false);
        return;
    }
    const QLocale locale;
    m_error->setVisible(false);
    m_editor->clearError();
    m_count->setEnabled(true);
    m_count->setText(tr("%1 customers (%2% of %3)")
                         .arg(locale.toString(result.count.count),
                              locale.toString(result.count.share * 100.0, 'f', 1),
                              locale.toString(result.count.base)));
    m_time->setText(tr("counted in %1 ms")
                        .arg(locale.toString(result.countSeconds * 1000.0, 'f',
                                             result.countSeconds < 0.1 ? 1 : 0)));
    m_sample->setSample(result.sample);
    m_sampleTable->resizeColumnsToContents();
    m_sampleTitle->setText(
        result.count.count > result.sample.rows.size()
            ? tr("&Matching customers: the first %1 of %2")
                  .arg(locale.toString(qint64(result.sample.rows.size())),
                       locale.toString(result.count.count))
            : tr("&Matching customers: all %1").arg(locale.toString(result.count.count)));
    m_countedRule = result.rule;
    emit ruleCounted(result.rule, result.count);
}

void SegmentView::insertField(QListWidgetItem *item)
{
    if (!item)
        return;
    m_editor->insertPlainText(item->data(Qt::UserRole).toString() + QLatin1Char(' '));
    m_editor->setFocus();
}

QString SegmentView::countText() const
{
    return m_count->text();
}

QString SegmentView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace cwb
