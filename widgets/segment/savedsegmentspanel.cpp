// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/savedsegmentspanel.h"

#include "core/error.h"
#include "segment/segmentstore.h"
#include "segment/segmenttabutil.h"
#include "segment/segmenttask.h"
#include "segment/segmentundo.h"
#include "workspace/workspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cwb {

namespace {

QTableWidgetItem *item(const QString &text, Qt::Alignment align = Qt::AlignLeft)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    cell->setTextAlignment(align | Qt::AlignVCenter);
    return cell;
}

} // namespace

SavedSegmentsPanel::SavedSegmentsPanel(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_name(new QLineEdit(this)),
      m_description(new QLineEdit(this)), m_owner(new QLineEdit(this)),
      m_save(new QPushButton(tr("&Save Current Rule"), this)), m_saveError(new QLabel(this)),
      m_open(new QPushButton(tr("&Open Rule"), this)),
      m_materialise(new QPushButton(tr("&Materialise"), this)),
      m_remove(new QPushButton(tr("Re&move…"), this)),
      m_overlapButton(new QPushButton(tr("O&verlap"), this)), m_status(new QLabel(this)),
      m_overlapTitle(new QLabel(this)), m_overlap(new QTableWidget(this)),
      m_task(new SegmentTask(this))
{
    setObjectName(QStringLiteral("savedSegmentsPanel"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Remove Segment"), question) == QMessageBox::Yes;
    };

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Members"), tr("Stale"), tr("Updated")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Saved segments"));
    m_table->setToolTip(tr("Select two or more segments to see their overlap"));

    m_name->setPlaceholderText(tr("for example: high_value_churners"));
    m_description->setPlaceholderText(tr("what the segment is for"));
    m_saveError->setWordWrap(true);
    m_saveError->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_saveError->setVisible(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("O&wner:"), m_owner);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *saveBox = new QVBoxLayout;
    saveBox->addWidget(new QLabel(tr("<b>Save the current rule as a segment</b>"), this));
    saveBox->addLayout(form);
    saveBox->addWidget(m_saveError);
    saveBox->addLayout(saveRow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_materialise);
    buttons->addWidget(m_overlapButton);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);

    m_overlap->verticalHeader()->setVisible(true);
    m_overlap->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overlap->setAccessibleName(tr("Overlap"));
    m_overlapTitle->setText(tr("Overlap: select two or more segments and press Overlap."));
    m_overlapTitle->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_task->createBusyRow(left));
    leftLayout->addWidget(m_status);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(saveBox);
    rightLayout->addSpacing(12);
    rightLayout->addWidget(m_overlapTitle);
    rightLayout->addWidget(m_overlap, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_save, &QPushButton::clicked, this, &SavedSegmentsPanel::saveCurrentRule);
    connect(m_name, &QLineEdit::returnPressed, this, &SavedSegmentsPanel::saveCurrentRule);
    connect(m_open, &QPushButton::clicked, this, &SavedSegmentsPanel::openSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &SavedSegmentsPanel::openSelected);
    connect(m_materialise, &QPushButton::clicked, this, &SavedSegmentsPanel::materialiseSelected);
    connect(m_remove, &QPushButton::clicked, this, &SavedSegmentsPanel::removeSelected);
    connect(m_overlapButton, &QPushButton::clicked, this, &SavedSegmentsPanel::overlapSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SavedSegmentsPanel::updateButtons);
    connect(m_task, &SegmentTask::failed, this,
            [this](const QString &message) { showStatus(message, true); });
    connect(m_task, &SegmentTask::finished, this, &SavedSegmentsPanel::updateButtons);

    setWorkspace(nullptr);
}

void SavedSegmentsPanel::setWorkspace(Workspace *workspace)
{
    m_task->cancel();
    m_workspace = workspace;
    m_task->setWorkspacePath(workspace ? workspace->path() : QString());
    m_overlap->clear();
    m_overlap->setRowCount(0);
    m_overlap->setColumnCount(0);
    reload();
}

void SavedSegmentsPanel::reload()
{
    const QStringList selected = selectedSegments();
    m_table->setRowCount(0);
    const bool ready = m_workspace && m_workspace->hasCustomers();
    m_save->setEnabled(ready);
    if (!m_workspace) {
        updateButtons();
        return;
    }
    QList<SegmentInfo> segments;
    try {
        segments = SegmentStore(*m_workspace).segments();
    } catch (const Error &e) {
        showStatus(e.message(), true);
    }
    const QLocale locale;
    m_table->setRowCount(int(segments.size()));
    for (int row = 0; row < segments.size(); ++row) {
        const SegmentInfo &s = segments.at(row);
        auto *name = item(s.name);
        name->setToolTip(s.kind == SegmentInfo::Kind::Rule ? s.rule : s.description);
        name->setData(Qt::UserRole, s.rule);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, item(s.kind == SegmentInfo::Kind::Rule ? tr("rule") : tr("list")));
        m_table->setItem(
            row, 2,
            item(s.members ? locale.toString(*s.members) : tr("not materialised"), Qt::AlignRight));
        // Stale: materialised, but on older data (a never materialised segment says so in Members).
        m_table->setItem(row, 3, item(s.stale && s.members ? tr("stale") : QString()));
        m_table->setItem(row, 4,
                         item(s.updatedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' '))));
        if (s.stale)
            m_table->item(row, 3)->setForeground(QColor(0xa4, 0x00, 0x00));
    }
    m_table->resizeColumnsToContents();
    selectSegments(selected);
    updateButtons();
}

bool SavedSegmentsPanel::saveCurrentRule()
{
    if (!m_workspace)
        return false;
    const QString name = m_name->text().trimmed();
    const QString rule = m_ruleSource ? m_ruleSource() : QString();
    const QString description = m_description->text().trimmed();
    const QString owner = m_owner->text().trimmed();
    try {
        if (rule.trimmed().isEmpty())
            throw Error(tr("Type a rule on the Rule tab first."));
        SegmentStore(*m_workspace).addSegment(name, rule, description, owner);
    } catch (const Error &e) {
        m_saveError->setText(e.message());
        m_saveError->setVisible(true);
        return false;
    }
    m_saveError->setVisible(false);
    pushStoreChange(
        m_undo, this, m_workspace, tr("Save Segment %1").arg(name),
        [=](SegmentStore &store) { store.addSegment(name, rule, description, owner); },
        [=](SegmentStore &store) { store.removeSegment(name); }, changedCallback());
    m_name->clear();
    m_description->clear();
    reload();
    selectSegments({name});
    showStatus(tr("Saved segment %1.").arg(name));
    emit segmentsChanged();
    return true;
}

void SavedSegmentsPanel::selectSegments(const QStringList &names)
{
    m_table->clearSelection();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (names.contains(m_table->item(row, 0)->text(), Qt::CaseInsensitive))
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select |
                                                  QItemSelectionModel::Rows);
}

QStringList SavedSegmentsPanel::selectedSegments() const
{
    QStringList names;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0) && m_table->item(row, 0)->isSelected())
            names << m_table->item(row, 0)->text();
    return names;
}

void SavedSegmentsPanel::updateButtons()
{
    const QStringList selected = selectedSegments();
    bool oneRule = false;
    if (selected.size() == 1)
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (m_table->item(row, 0)->isSelected())
                oneRule = !m_table->item(row, 0)->data(Qt::UserRole).toString().isEmpty();
    const bool idle = !m_task->isRunning();
    m_open->setEnabled(oneRule);
    m_materialise->setEnabled(oneRule && idle);
    m_remove->setEnabled(selected.size() == 1 && idle);
    m_overlapButton->setEnabled(selected.size() >= 2 && idle);
}

void SavedSegmentsPanel::showStatus(const QString &text, bool error)
{
    segmenttab::showStatus(m_status, text, error);
}

void SavedSegmentsPanel::openSelected()
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->isSelected()) {
            const QString rule = m_table->item(row, 0)->data(Qt::UserRole).toString();
            if (!rule.isEmpty())
                emit openRule(rule);
            return;
        }
}

void SavedSegmentsPanel::materialiseSelected()
{
    const QStringList selected = selectedSegments();
    if (selected.size() != 1)
        return;
    const QString name = selected.first();
    updateButtons();
    m_task->run(
        tr("Materialising %1…").arg(name),
        [this, name](Workspace &workspace, JobControl &job) -> SegmentTask::Done {
            const MaterialiseResult result = SegmentStore(workspace).materialise(name, &job);
            return [this, name, result] {
                reload();
                showStatus(tr("%1: %2 members on data version %3 (%4 s).")
                               .arg(name, QLocale().toString(result.members))
                               .arg(result.dataVersion)
                               .arg(QLocale().toString(result.seconds, 'f', 2)));
                emit segmentsChanged();
            };
        },
        true);
    updateButtons();
}

void SavedSegmentsPanel::removeSelected()
{
    const QStringList selected = selectedSegments();
    if (selected.size() != 1 || !m_workspace)
        return;
    const QString name = selected.first();
    if (!m_confirm(tr("Remove segment %1?").arg(name)))
        return;
    // What undo needs to save it again: its definition, and a list segment's customers.
    SegmentInfo removed;
    QStringList ids;
    try {
        SegmentStore store(*m_workspace);
        removed = store.segmentOrThrow(name);
        if (removed.kind == SegmentInfo::Kind::List)
            ids = store.memberIds(name);
        store.removeSegment(name);
    } catch (const Error &e) {
        showStatus(e.message(), true);
        return;
    }
    pushStoreChange(
        m_undo, this, m_workspace, tr("Remove Segment %1").arg(name),
        [name](SegmentStore &store) { store.removeSegment(name); },
        [removed, ids](SegmentStore &store) {
            if (removed.kind == SegmentInfo::Kind::List)
                store.addListSegment(removed.name, ids, removed.description, removed.owner);
            else
                store.addSegment(removed.name, removed.rule, removed.description, removed.owner);
        },
        changedCallback());
    reload();
    showStatus(tr("Removed segment %1.").arg(name));
    emit segmentsChanged();
}

void SavedSegmentsPanel::overlapSelected()
{
    const QStringList names = selectedSegments();
    if (names.size() < 2)
        return;
    m_task->run(
        tr("Computing the overlap…"),
        [this, names](Workspace &workspace, JobControl &job) -> SegmentTask::Done {
            const OverlapMatrix matrix = SegmentStore(workspace).overlapMatrix(names, &job);
            return [this, matrix] {
                const QLocale locale;
                m_overlap->clear();
                if (matrix.names.size() == 2) {
                    const SegmentOverlap o = matrix.pair(0, 1);
                    m_overlapTitle->setText(tr("Overlap of %1 (A) and %2 (B), base %3:")
                                                .arg(o.a, o.b, locale.toString(o.base)));
                    const QList<QPair<QString, qint64>> rows{{tr("A only"), o.aOnly},
                                                             {tr("B only"), o.bOnly},
                                                             {tr("Both"), o.both},
                                                             {tr("Neither"), o.neither}};
                    m_overlap->setRowCount(int(rows.size()));
                    m_overlap->setColumnCount(2);
                    m_overlap->setHorizontalHeaderLabels({tr("Customers"), tr("Share of base")});
                    QStringList labels;
                    for (int r = 0; r < rows.size(); ++r) {
                        labels << rows.at(r).first;
                        m_overlap->setItem(
                            r, 0, item(locale.toString(rows.at(r).second), Qt::AlignRight));
                        m_overlap->setItem(
                            r, 1,
                            item(o.base > 0 ? locale.toString(100.0 * double(rows.at(r).second) /
                                                                  double(o.base),
                                                              'f', 1) +
                                                  QLatin1Char('%')
                                            : QString(),
                                 Qt::AlignRight));
                    }
                    m_overlap->setVerticalHeaderLabels(labels);
                    m_status->setText(
                        tr("Jaccard similarity %1.").arg(locale.toString(o.jaccard, 'f', 3)));
                } else {
                    m_overlapTitle->setText(
                        tr("Customers in both segments (the diagonal: the segment's size), "
                           "base %1:")
                            .arg(locale.toString(matrix.base)));
                    const int n = int(matrix.names.size());
                    m_overlap->setRowCount(n);
                    m_overlap->setColumnCount(n);
                    m_overlap->setHorizontalHeaderLabels(matrix.names);
                    m_overlap->setVerticalHeaderLabels(matrix.names);
                    for (int i = 0; i < n; ++i)
                        for (int j = 0; j < n; ++j)
                            m_overlap->setItem(
                                i, j,
                                item(locale.toString(matrix.both.at(i).at(j)), Qt::AlignRight));
                }
                m_overlap->resizeColumnsToContents();
                m_overlap->horizontalHeader()->setStretchLastSection(true);
            };
        });
    updateButtons();
}

std::function<void()> SavedSegmentsPanel::changedCallback()
{
    QPointer<SavedSegmentsPanel> self(this);
    return [self] {
        if (self) {
            self->reload();
            emit self->segmentsChanged();
        }
    };
}

QString SavedSegmentsPanel::saveError() const
{
    return m_saveError->isHidden() ? QString() : m_saveError->text();
}

QString SavedSegmentsPanel::statusText() const
{
    return m_status->text();
}

} // namespace cwb
