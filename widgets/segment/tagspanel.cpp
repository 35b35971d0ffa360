// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/tagspanel.h"

#include "core/atomicfile.h"
#include "core/error.h"
#include "segment/segmenttabutil.h"
#include "segment/segmentundo.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cwb {

TagsPanel::TagsPanel(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_name(new QLineEdit(this)),
      m_rule(new QLineEdit(this)), m_description(new QLineEdit(this)),
      m_saveButton(new QPushButton(tr("&Save Tag"), this)),
      m_newButton(new QPushButton(tr("&New"), this)),
      m_removeButton(new QPushButton(tr("Re&move…"), this)),
      m_insertButton(new QPushButton(tr("&Insert into Rule"), this)),
      m_importButton(new QPushButton(tr("&Import JSON…"), this)),
      m_exportButton(new QPushButton(tr("&Export JSON…"), this)), m_policy(new QComboBox(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("tagsPanel"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Remove Tag"), question) == QMessageBox::Yes;
    };
    m_chooseFile = [this](bool save) {
        const QString filter = tr("Tag library (*.json)");
        return save ? QFileDialog::getSaveFileName(this, tr("Export Tags"), {}, filter)
                    : QFileDialog::getOpenFileName(this, tr("Import Tags"), {}, filter);
    };

    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Rule"), tr("Description")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Tag library"));
    m_table->setToolTip(tr("Double-click inserts tag:NAME into the rule"));

    m_rule->setPlaceholderText(tr("for example: ld_fee_m1 / total_fee_m1 > 0.5"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Rule:"), m_rule);
    form->addRow(tr("&Description:"), m_description);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_newButton);
    formButtons->addStretch(1);
    formButtons->addWidget(m_saveButton);

    m_policy->addItem(tr("Skip tags whose name exists"), int(TagConflictPolicy::Skip));
    m_policy->addItem(tr("Replace tags whose name exists"), int(TagConflictPolicy::Replace));
    m_policy->addItem(tr("Rename imported tags whose name exists"), int(TagConflictPolicy::Rename));
    m_policy->setAccessibleName(tr("When an imported tag's name exists"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_insertButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_policy);
    buttons->addWidget(m_exportButton);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("<b>Add or edit a tag</b>"), this));
    layout->addLayout(form);
    layout->addLayout(formButtons);
    layout->addWidget(m_status);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TagsPanel::showSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &TagsPanel::insertSelected);
    connect(m_saveButton, &QPushButton::clicked, this, &TagsPanel::saveForm);
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        m_name->clear();
        m_rule->clear();
        m_description->clear();
        m_name->setFocus();
    });
    connect(m_removeButton, &QPushButton::clicked, this, &TagsPanel::removeSelected);
    connect(m_insertButton, &QPushButton::clicked, this, &TagsPanel::insertSelected);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseFile(false);
        if (!path.isEmpty())
            importFile(path, TagConflictPolicy(m_policy->currentData().toInt()));
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseFile(true);
        if (!path.isEmpty())
            exportFile(path);
    });

    setWorkspace(nullptr);
}

void TagsPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    for (QWidget *w :
         {static_cast<QWidget *>(m_saveButton), static_cast<QWidget *>(m_newButton),
          static_cast<QWidget *>(m_importButton), static_cast<QWidget *>(m_exportButton)})
        w->setEnabled(workspace != nullptr);
    reload();
}

void TagsPanel::reload()
{
    const QString selected = selectedTag();
    m_table->setRowCount(0);
    if (!m_workspace) {
        showSelected();
        return;
    }
    QList<TagDefinition> tags;
    try {
        tags = SegmentStore(*m_workspace).tags();
    } catch (const Error &e) {
        showStatus(e.message(), true);
    }
    m_table->setRowCount(int(tags.size()));
    for (int row = 0; row < tags.size(); ++row) {
        const TagDefinition &t = tags.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(t.name));
        m_table->setItem(row, 1, new QTableWidgetItem(t.rule));
        m_table->setItem(row, 2, new QTableWidgetItem(t.description));
        m_table->item(row, 1)->setToolTip(t.rule);
    }
    m_table->resizeColumnsToContents();
    selectTag(selected);
    showSelected();
}

QString TagsPanel::selectedTag() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 0)->text();
}

void TagsPanel::selectTag(const QString &name)
{
    m_table->clearSelection();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->text().compare(name, Qt::CaseInsensitive) == 0)
            m_table->selectRow(row);
}

void TagsPanel::showSelected()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    const bool one = !items.isEmpty();
    m_removeButton->setEnabled(one);
    m_insertButton->setEnabled(one);
    if (!one)
        return;
    const int row = items.first()->row();
    m_name->setText(m_table->item(row, 0)->text());
    m_rule->setText(m_table->item(row, 1)->text());
    m_description->setText(m_table->item(row, 2)->text());
}

void TagsPanel::showStatus(const QString &text, bool error)
{
    segmenttab::showStatus(m_status, text, error);
}

bool TagsPanel::saveForm()
{
    if (!m_workspace)
        return false;
    TagDefinition tag;
    tag.name = m_name->text().trimmed();
    tag.rule = m_rule->text().trimmed();
    tag.description = m_description->text().trimmed();
    std::optional<TagDefinition> existing;
    try {
        SegmentStore store(*m_workspace);
        existing = store.tag(tag.name);
        if (existing)
            tag.owner = existing->owner;
        // An existing name is an edit only when that tag is the one selected.
        const bool replace =
            existing && existing->name.compare(selectedTag(), Qt::CaseInsensitive) == 0;
        store.saveTag(tag, replace);
    } catch (const Error &e) {
        showStatus(e.message(), true);
        return false;
    }
    pushStoreChange(
        m_undo, this, m_workspace, tr("Save Tag %1").arg(tag.name),
        [tag](SegmentStore &store) { store.saveTag(tag, true); },
        [tag, existing](SegmentStore &store) {
            if (existing)
                store.saveTag(*existing, true);
            else
                store.removeTag(tag.name);
        },
        changedCallback());
    reload();
    selectTag(tag.name);
    showStatus(tr("Saved tag %1.").arg(tag.name));
    emit tagsChanged();
    return true;
}

void TagsPanel::removeSelected()
{
    const QString name = selectedTag();
    if (name.isEmpty() || !m_workspace)
        return;
    if (!m_confirm(tr("Remove tag %1?").arg(name)))
        return;
    std::optional<TagDefinition> removed;
    try {
        SegmentStore store(*m_workspace);
        removed = store.tag(name);
        store.removeTag(name);
    } catch (const Error &e) {
        showStatus(e.message(), true);
        return;
    }
    if (removed)
        pushStoreChange(
            m_undo, this, m_workspace, tr("Remove Tag %1").arg(name),
            [name](SegmentStore &store) { store.removeTag(name); },
            [tag = *removed](SegmentStore &store) { store.saveTag(tag); }, changedCallback());
    reload();
    showStatus(tr("Removed tag %1.").arg(name));
    emit tagsChanged();
}

void TagsPanel::insertSelected()
{
    const QString name = selectedTag();
    if (!name.isEmpty())
        emit insertText(QStringLiteral("tag:%1 ").arg(name));
}

bool TagsPanel::importFile(const QString &path, TagConflictPolicy policy)
{
    if (!m_workspace)
        return false;
    TagImportReport report;
    try {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
        report = SegmentStore(*m_workspace).importTags(file.readAll(), policy);
    } catch (const Error &e) {
        showStatus(e.message(), true);
        return false;
    }
    reload();
    QStringList renamed;
    for (const auto &pair : report.renamed)
        renamed << QStringLiteral("%1 → %2").arg(pair.first, pair.second);
    QString text = tr("Imported: %n added", nullptr, int(report.added.size()));
    if (!report.replaced.isEmpty())
        text += tr(", replaced %1").arg(report.replaced.join(QStringLiteral(", ")));
    if (!report.skipped.isEmpty())
        text += tr(", skipped %1").arg(report.skipped.join(QStringLiteral(", ")));
    if (!renamed.isEmpty())
        text += tr(", renamed %1").arg(renamed.join(QStringLiteral(", ")));
    if (!report.unchanged.isEmpty())
        text += tr(", %n already the same", nullptr, int(report.unchanged.size()));
    showStatus(text + QLatin1Char('.'));
    emit tagsChanged();
    return true;
}

bool TagsPanel::exportFile(const QString &path)
{
    if (!m_workspace)
        return false;
    try {
        saveFile(path, SegmentStore(*m_workspace).exportTags()); // whole or not at all
    } catch (const Error &e) {
        showStatus(e.message(), true);
        return false;
    }
    showStatus(tr("Exported %n tags to %1.", nullptr, m_table->rowCount()).arg(path));
    return true;
}

std::function<void()> TagsPanel::changedCallback()
{
    QPointer<TagsPanel> self(this);
    return [self] {
        if (self) {
            self->reload();
            emit self->tagsChanged();
        }
    };
}

QString TagsPanel::statusText() const
{
    return m_status->text();
}

} // namespace cwb
