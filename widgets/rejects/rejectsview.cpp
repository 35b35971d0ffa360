// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejects/rejectsview.h"

#include "core/error.h"
#include "import/rejects.h"
#include "itemmodels/rejectsmodel.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cwb {

namespace {

// Rejected rows the import log counts but the workspace no longer keeps, for the chosen import.
qint64 removedRejects(const RejectsModel *model)
{
    qint64 removed = 0;
    for (const RejectsImport &import : model->imports())
        if (model->importFilter() == 0 || model->importFilter() == import.id)
            removed += std::max<qint64>(0, import.logged - import.rejected);
    return removed;
}

} // namespace

RejectsView::RejectsView(QWidget *parent)
    : QWidget(parent), m_model(new RejectsModel(this)), m_imports(new QComboBox(this)),
      m_status(new QLabel(this)), m_export(new QPushButton(tr("&Export to CSV…"), this)),
      m_table(new QTableView(this)), m_detail(new QPlainTextEdit(this))
{
    m_imports->setObjectName(QStringLiteral("imports"));
    m_imports->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setObjectName(QStringLiteral("status"));
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setToolTip(tr("Save the rejected rows shown to a CSV file (UTF-8) to correct them "
                            "and import them again"));

    auto *bar = new QHBoxLayout;
    auto *importLabel = new QLabel(tr("&Import:"), this);
    importLabel->setBuddy(m_imports);
    bar->addWidget(importLabel);
    bar->addWidget(m_imports);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_export);

    m_table->setObjectName(QStringLiteral("rejects"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a rejected row to see its reason and full text."));
    m_detail->setMaximumBlockCount(200);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 140});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_imports, &QComboBox::currentIndexChanged, this, &RejectsView::importChosen);
    connect(m_export, &QPushButton::clicked, this, &RejectsView::exportCsv);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RejectsView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RejectsView::showCurrent);
    connect(m_model, &RejectsModel::errorOccurred, this, [this](const QString &message) {
        m_status->setText(tr("Cannot read the rejects: %1").arg(message));
    });
    setWorkspace(nullptr);
}

void RejectsView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_model->setWorkspace(workspace);
    fillImports();
}

void RejectsView::refresh()
{
    m_model->reload();
    fillImports();
}

void RejectsView::fillImports()
{
    const QSignalBlocker blocker(m_imports);
    const qint64 chosen = m_model->importFilter();
    m_imports->clear();
    qint64 all = 0;
    for (const RejectsImport &import : m_model->imports())
        all += import.rejected;
    const QLocale locale;
    m_imports->addItem(tr("All imports (%1 rejected)").arg(locale.toString(all)), qint64(0));
    for (const RejectsImport &import : m_model->imports()) {
        const QDateTime started = QDateTime::fromString(import.startedAt, Qt::ISODate);
        m_imports->addItem(tr("#%1 %2, %3 (%4 rejected)")
                               .arg(import.id)
                               .arg(import.fileName,
                                    locale.toString(started.toLocalTime(), QLocale::ShortFormat),
                                    locale.toString(import.rejected)),
                           import.id);
    }
    const int index = m_imports->findData(chosen);
    m_imports->setCurrentIndex(index < 0 ? 0 : index);
    m_imports->setEnabled(m_workspace != nullptr);
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c + 1 < m_model->columnCount(); ++c)
        header->resizeSection(
            c, std::min(header->sectionSize(c) + 8, c == RejectsModel::ReasonColumn ? 440 : 220));
    updateStatus();
}

void RejectsView::importChosen()
{
    m_model->setImportFilter(m_imports->currentData().toLongLong());
    updateStatus();
}

void RejectsView::updateStatus()
{
    const QLocale locale;
    if (!m_workspace)
        m_status->setText(tr("No workspace is open."));
    else if (m_model->imports().isEmpty())
        m_status->setText(tr("Nothing imported yet."));
    else if (m_model->rowCount() == 0 && removedRejects(m_model) > 0)
        m_status->setText(tr("%n rejected row(s) no longer kept (purged, or replaced by a later "
                             "import); the import log keeps the count.",
                             nullptr, int(removedRejects(m_model))));
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("No rows were rejected."));
    else
        m_status->setText(tr("%n row(s) rejected", nullptr, m_model->rowCount()));
    m_export->setEnabled(m_workspace && m_model->rowCount() > 0);
}

void RejectsView::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const auto cell = [&](int column) {
        return m_model->index(current.row(), column).data().toString();
    };
    m_detail->setPlainText(
        tr("Line %1, column %2: %3\n\n%4")
            .arg(cell(RejectsModel::LineColumn), cell(RejectsModel::ColumnNameColumn),
                 cell(RejectsModel::ReasonColumn), cell(RejectsModel::RawColumn)));
}

qint64 RejectsView::exportTo(const QString &path)
{
    if (!m_workspace)
        return 0;
    return Rejects::exportCsv(m_workspace->db(), m_model->importFilter(), path);
}

void RejectsView::exportCsv()
{
    if (!m_workspace)
        return;
    const QFileInfo workspace(m_workspace->path());
    const QString suggested = workspace.dir().filePath(workspace.completeBaseName() +
                                                       tr("-rejects") + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export rejected rows"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        const qint64 rows = exportTo(path);
        m_status->setText(
            tr("%n row(s) written to %1", nullptr, int(rows)).arg(QDir::toNativeSeparators(path)));
    } catch (const Error &error) {
        QMessageBox::warning(
            this, tr("Export rejected rows"),
            tr("The rejected rows could not be written:\n%1").arg(error.message()));
    }
}

} // namespace cwb
