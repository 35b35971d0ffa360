// SPDX-License-Identifier: GPL-3.0-or-later
#include "databrowser/databrowserview.h"

#include "itemmodels/customertablemodel.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cwb {

namespace {

// Shows a wait cursor while a sort or filter runs over the whole table.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

DataBrowserView::DataBrowserView(QWidget *parent)
    : QWidget(parent), m_model(new CustomerTableModel(this)), m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)), m_table(new QTableView(this)), m_filter(new QLineEdit(this)),
      m_filterColumn(new QComboBox(this)), m_status(new QLabel(this)), m_debounce(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter: type part of a name, id, phone…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the customers whose value contains this text (Enter applies "
                            "at once)"));
    m_filterColumn->setObjectName(QStringLiteral("filterColumn"));
    m_filterColumn->setToolTip(tr("The column the filter looks in"));
    m_filterColumn->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 2);
    bar->addWidget(new QLabel(tr("in"), this));
    bar->addWidget(m_filterColumn);
    bar->addSpacing(12);
    bar->addWidget(m_status, 3);

    m_table->setObjectName(QStringLiteral("customers"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(
        m_table->fontMetrics().height() + 8); // fixed heights: no per-row measuring of 10^6 rows
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    // Connected before sorting is enabled, so it runs before the table sorts the model: a sort
    // of 10^6 rows takes about a second, under a wait cursor.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        m_message.clear();
        if (m_model->rowCount() > 0) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            QTimer::singleShot(0, this, [] { QApplication::restoreOverrideCursor(); });
        }
    });
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    m_empty->setObjectName(QStringLiteral("emptyNote"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    auto *copy = new QAction(tr("&Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { copySelection(); });
    m_table->addAction(copy);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &DataBrowserView::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &DataBrowserView::applyFilter);
    connect(m_filterColumn, &QComboBox::currentIndexChanged, this, &DataBrowserView::applyFilter);
    connect(m_table, &QWidget::customContextMenuRequested, this, &DataBrowserView::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DataBrowserView::updateStatus);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &DataBrowserView::updateStatus);
    connect(m_model, &CustomerTableModel::errorOccurred, this, [this](const QString &message) {
        m_message = tr("Cannot read the customers: %1").arg(message);
        updateStatus();
    });
    setWorkspace(nullptr);
}

DataBrowserView::~DataBrowserView() = default;

void DataBrowserView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_debounce->stop();
    m_message.clear();
    {
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
    }
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setWorkspace(workspace);
    fillColumnChooser();
    fitColumns();
    updateStatus();
}

void DataBrowserView::refresh()
{
    m_message.clear();
    const int filterColumn = m_filterColumn->currentIndex();
    m_model->reload();
    fillColumnChooser();
    if (filterColumn < m_filterColumn->count())
        m_filterColumn->setCurrentIndex(filterColumn);
    fitColumns();
    updateStatus();
}

void DataBrowserView::fillColumnChooser()
{
    const QSignalBlocker blocker(m_filterColumn);
    m_filterColumn->clear();
    m_filterColumn->addItem(tr("all text columns"), -1);
    const auto &columns = m_model->columns();
    for (int c = 0; c < columns.size(); ++c)
        m_filterColumn->addItem(columns.at(c).label, c);
    m_filterColumn->setCurrentIndex(0);
}

void DataBrowserView::fitColumns()
{
    if (m_model->columnCount() == 0)
        return;
    // Widths from the header and the rows on screen only, then capped so one long address does
    // not push every other column off screen.
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c)
        header->resizeSection(c, std::clamp(header->sectionSize(c), 60, 260));
}

void DataBrowserView::applyFilter()
{
    m_debounce->stop();
    m_message.clear();
    const BusyCursor busy;
    m_model->setFilter(m_filter->text().trimmed(), m_filterColumn->currentData().toInt());
    updateStatus();
}

void DataBrowserView::updateStatus()
{
    const QLocale locale;
    QString text;
    if (!m_workspace) {
        m_empty->setText(tr("No workspace is open."));
    } else if (m_model->columnCount() == 0) {
        m_empty->setText(tr("This workspace holds no customers yet. Import a customer extract to "
                            "browse it here."));
    }
    m_stack->setCurrentWidget(m_model->columnCount() > 0 ? static_cast<QWidget *>(m_table)
                                                         : m_empty);
    m_filter->setEnabled(m_model->columnCount() > 0);
    m_filterColumn->setEnabled(m_model->columnCount() > 0);
    if (m_model->columnCount() > 0) {
        if (m_model->filterText().isEmpty())
            text = tr("%1 customers").arg(locale.toString(m_model->totalRows()));
        else
            text = tr("%1 of %2 customers match")
                       .arg(locale.toString(qint64(m_model->rowCount())),
                            locale.toString(m_model->totalRows()));
    }
    if (!m_message.isEmpty())
        text = text.isEmpty() ? m_message : text + QStringLiteral(" · ") + m_message;
    m_status->setText(text);
}

qint64 DataBrowserView::copySelection()
{
    const QItemSelection selection = m_table->selectionModel()->selection();
    qint64 cells = 0;
    for (const QItemSelectionRange &range : selection)
        cells += qint64(range.width()) * range.height();
    if (cells == 0)
        return 0;
    const QLocale locale;
    if (cells > kMaxCopyCells) {
        m_message = tr("Not copied: %1 cells selected, at most %2 can be copied")
                        .arg(locale.toString(cells), locale.toString(kMaxCopyCells));
        updateStatus();
        return 0;
    }
    const BusyCursor busy;
    QApplication::clipboard()->setText(cellsToTsv(*m_model, selection.indexes(), true));
    m_message = tr("%n cell(s) copied", nullptr, int(cells));
    updateStatus();
    return cells;
}

void DataBrowserView::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy"), this, [this] { copySelection(); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(m_table->selectionModel()->hasSelection());
    QAction *clearSort = menu.addAction(tr("Original &order"), this, [this] {
        const BusyCursor busy;
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_model->sort(-1);
    });
    clearSort->setEnabled(m_model->sortColumn() >= 0);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace cwb
