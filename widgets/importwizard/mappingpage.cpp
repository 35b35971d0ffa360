// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard/mappingpage.h"

#include "core/error.h"
#include "import/fieldcatalog.h"
#include "import/mappingstore.h"
#include "importwizard/importwizard.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cwb {

namespace {

enum Column
{
    SourceColumn,
    SamplesColumn,
    TypeColumn,
    FieldColumn
};

const QString kLeaveOut = QStringLiteral("-");

QString typeLabel(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return MappingPage::tr("Text");
    case ColumnType::Integer:
        return MappingPage::tr("Whole number");
    case ColumnType::Decimal:
        return MappingPage::tr("Decimal number");
    case ColumnType::Date:
        return MappingPage::tr("Date");
    case ColumnType::Boolean:
        return MappingPage::tr("Yes / no");
    case ColumnType::Phone:
        return MappingPage::tr("Phone number");
    }
    return {};
}

QString fieldLabel(const CanonicalField &field)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return QStringLiteral("%1  (%2)").arg(chinese ? field.labelZh : field.labelEn, field.name);
}

} // namespace

MappingPage::MappingPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_saved(new QComboBox(this)),
      m_table(new QTableWidget(this)), m_mode(new QComboBox(this)),
      m_duplicates(new QComboBox(this)), m_rejectLimit(new QDoubleSpinBox(this)),
      m_generateIds(new QCheckBox(tr("Number the rows (the file has no customer id)"), this)),
      m_checks(new QLabel(this))
{
    setTitle(tr("Map the Columns"));
    setSubTitle(tr("Each column of the file goes to a known field, to a column of its own, or is "
                   "left out. Types were inferred from the first rows; change them where they "
                   "are wrong."));
    auto *layout = new QVBoxLayout(this);

    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(new QLabel(tr("Saved mapping:"), this));
    m_saved->setObjectName(QStringLiteral("savedMappings"));
    m_saved->setMinimumContentsLength(20);
    savedRow->addWidget(m_saved);
    auto *apply = new QPushButton(tr("Apply"), this);
    auto *save = new QPushButton(tr("Save Mapping…"), this);
    save->setObjectName(QStringLiteral("saveMapping"));
    savedRow->addWidget(apply);
    savedRow->addStretch(1);
    savedRow->addWidget(save);
    layout->addLayout(savedRow);

    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Source column"), tr("Sample values"), tr("Type"), tr("Goes to")});
    m_table->horizontalHeader()->setSectionResizeMode(SamplesColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(TypeColumn, 150);
    m_table->setColumnWidth(FieldColumn, 300);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_mode->addItem(tr("Replace the customers in the workspace"), int(ImportMode::Replace));
    m_mode->addItem(tr("Add to the customers in the workspace"), int(ImportMode::Append));
    m_duplicates->addItem(tr("Reject every row of a repeated customer id"),
                          int(DuplicatePolicy::Reject));
    m_duplicates->addItem(tr("Keep the first row of a repeated id"),
                          int(DuplicatePolicy::KeepFirst));
    m_duplicates->addItem(tr("Keep the last row of a repeated id"), int(DuplicatePolicy::KeepLast));
    m_rejectLimit->setRange(0.0, 100.0);
    m_rejectLimit->setDecimals(1);
    m_rejectLimit->setSuffix(QStringLiteral(" %"));
    m_rejectLimit->setToolTip(
        tr("The import stops, leaving the workspace unchanged, when more rows than this are "
           "rejected"));
    form->addRow(tr("Mode:"), m_mode);
    form->addRow(tr("Repeated ids:"), m_duplicates);
    form->addRow(tr("Stop when rejected rows exceed:"), m_rejectLimit);
    form->addRow(QString(), m_generateIds);
    layout->addLayout(form);

    m_checks->setObjectName(QStringLiteral("checks"));
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::RichText);
    layout->addWidget(m_checks);

    connect(apply, &QPushButton::clicked, this, &MappingPage::applySavedMapping);
    connect(save, &QPushButton::clicked, this, &MappingPage::saveMapping);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &MappingPage::optionsChanged);
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, &MappingPage::optionsChanged);
    connect(m_rejectLimit, &QDoubleSpinBox::valueChanged, this, &MappingPage::optionsChanged);
    connect(m_generateIds, &QCheckBox::toggled, this, &MappingPage::optionsChanged);
    connect(m_wizard, &ImportWizard::planChanged, this, [this] {
        if (isVisible())
            showPlan();
    });
}

void MappingPage::initializePage()
{
    fillSavedMappings();
    showPlan();
}

bool MappingPage::isComplete() const
{
    return m_wizard->isPlanned();
}

void MappingPage::fillSavedMappings()
{
    m_saved->clear();
    QStringList names;
    try {
        if (m_wizard->workspace())
            names = MappingStore::names(m_wizard->workspace()->db());
    } catch (const Error &error) {
        m_checks->setText(error.message().toHtmlEscaped());
    }
    if (names.isEmpty())
        m_saved->addItem(tr("(none saved yet)"));
    m_saved->addItems(names);
    m_saved->setEnabled(!names.isEmpty());
}

void MappingPage::applySavedMapping()
{
    if (!m_saved->isEnabled() || !m_wizard->workspace())
        return;
    try {
        const auto saved = MappingStore::load(m_wizard->workspace()->db(), m_saved->currentText());
        if (saved) {
            saved->applyTo(m_wizard->options());
            m_wizard->replan();
        }
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Saved Mapping"), error.message());
    }
}

void MappingPage::saveMapping()
{
    if (!m_wizard->workspace())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Mapping"),
                                               tr("Name of the mapping (e.g. “Monthly extract”):"),
                                               QLineEdit::Normal, m_saved->currentText(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    // Everything the user sees in the table is saved, so that the next file maps the same way
    // even if the synonyms change.
    SavedMapping mapping;
    mapping.name = name;
    const ImportPlan &plan = m_wizard->plan();
    for (const ColumnPlan &column : plan.columns) {
        if (column.sourceIndex >= 0)
            mapping.mapping.insert(column.sourceHeader, column.name);
    }
    for (const QString &header : plan.skipped)
        mapping.mapping.insert(header, kLeaveOut);
    mapping.types = m_wizard->options().types;
    try {
        MappingStore::save(m_wizard->workspace()->db(), mapping);
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Save Mapping"), error.message());
        return;
    }
    fillSavedMappings();
    m_saved->setCurrentText(mapping.name);
}

void MappingPage::optionsChanged()
{
    if (m_updating)
        return;
    ImportOptions &options = m_wizard->options();
    options.mode = ImportMode(m_mode->currentData().toInt());
    options.onDuplicate = DuplicatePolicy(m_duplicates->currentData().toInt());
    options.maxRejectRatio = m_rejectLimit->value() / 100.0;
    options.generateIds = m_generateIds->isChecked();
    m_wizard->replan();
}

void MappingPage::showPlan()
{
    m_updating = true;
    const ImportOptions &options = m_wizard->options();
    m_mode->setCurrentIndex(m_mode->findData(int(options.mode)));
    m_mode->setEnabled(m_wizard->workspace() && m_wizard->workspace()->hasCustomers());
    m_duplicates->setCurrentIndex(m_duplicates->findData(int(options.onDuplicate)));
    m_rejectLimit->setValue(options.maxRejectRatio * 100.0);
    m_generateIds->setChecked(options.generateIds);

    const ImportPlan &plan = m_wizard->plan();
    const QStringList &header = m_wizard->previewHeader();
    m_table->setRowCount(int(header.size()));
    for (int i = 0; i < header.size(); ++i) {
        const QString source = header.at(i);
        const ColumnPlan *column = nullptr;
        for (const ColumnPlan &c : plan.columns)
            if (c.sourceIndex == i)
                column = &c;

        auto *sourceItem =
            new QTableWidgetItem(source.isEmpty() ? tr("(column %1)").arg(i + 1) : source);
        m_table->setItem(i, SourceColumn, sourceItem);
        QStringList samples = column ? column->samples : QStringList();
        if (!column)
            for (const QStringList &row : m_wizard->previewRows())
                if (i < row.size() && !row.at(i).trimmed().isEmpty() && samples.size() < 5)
                    samples << row.at(i).trimmed();
        auto *samplesItem = new QTableWidgetItem(samples.join(QStringLiteral(" · ")));
        samplesItem->setToolTip(samples.join(QLatin1Char('\n')));
        m_table->setItem(i, SamplesColumn, samplesItem);

        auto *type = new QComboBox(m_table);
        for (ColumnType t : {ColumnType::Text, ColumnType::Integer, ColumnType::Decimal,
                             ColumnType::Date, ColumnType::Boolean, ColumnType::Phone})
            type->addItem(typeLabel(t), columnTypeName(t));
        if (column) {
            type->setCurrentIndex(type->findData(columnTypeName(column->type)));
            if (column->inferred)
                type->setToolTip(tr("Inferred from the first rows"));
        }
        type->setEnabled(column && column->name != QLatin1String("customer_id"));
        m_table->setCellWidget(i, TypeColumn, type);

        auto *field = new QComboBox(m_table);
        field->addItem(tr("— leave out —"), kLeaveOut);
        const QString own =
            column && !column->canonical ? column->name : FieldCatalog::safeColumnName(source, i);
        field->addItem(tr("Own column: %1").arg(own), own);
        field->insertSeparator(field->count());
        for (const CanonicalField &canonical : FieldCatalog::fields())
            field->addItem(fieldLabel(canonical), canonical.name);
        field->setCurrentIndex(column ? field->findData(column->name) : 0);
        m_table->setCellWidget(i, FieldColumn, field);

        const QString columnName = column ? column->name : QString();
        connect(type, &QComboBox::currentIndexChanged, this, [this, type, columnName] {
            if (m_updating || columnName.isEmpty())
                return;
            m_wizard->options().types.insert(columnName,
                                             *columnTypeFromName(type->currentData().toString()));
            QMetaObject::invokeMethod(m_wizard, &ImportWizard::replan, Qt::QueuedConnection);
        });
        connect(field, &QComboBox::currentIndexChanged, this, [this, field, source] {
            if (m_updating)
                return;
            m_wizard->options().mapping.insert(source, field->currentData().toString());
            // Replanning rebuilds this table (and this combo box): do it after the signal.
            QMetaObject::invokeMethod(m_wizard, &ImportWizard::replan, Qt::QueuedConnection);
        });
    }

    QStringList checks;
    if (!m_wizard->planError().isEmpty())
        checks << QStringLiteral("<span style='color:#b00020'>%1</span>")
                      .arg(m_wizard->planError().toHtmlEscaped());
    for (const QString &warning : plan.warnings)
        checks << warning.toHtmlEscaped();
    if (m_wizard->isPlanned()) {
        const ImportPreview &validation = m_wizard->validation();
        if (validation.wouldReject == 0) {
            checks << tr("Validation of the first %n rows: all would be imported.", nullptr,
                         int(validation.rowsChecked));
        } else {
            QStringList kinds;
            for (const auto &[kind, rows] : validation.reasons)
                kinds << tr("%1: %n rows", nullptr, int(rows)).arg(kind.toHtmlEscaped());
            checks << QStringLiteral("<span style='color:#8a5a00'>%1</span>")
                          .arg(tr("Validation of the first %1 rows: %2 would be rejected (%3).")
                                   .arg(validation.rowsChecked)
                                   .arg(validation.wouldReject)
                                   .arg(kinds.join(QStringLiteral(", "))));
            for (qsizetype i = 0; i < std::min<qsizetype>(3, validation.rejects.size()); ++i)
                checks << tr("Line %1: %2")
                              .arg(validation.rejects.at(i).first)
                              .arg(validation.rejects.at(i).second.toHtmlEscaped());
        }
        checks << tr("%1 columns will be imported, %2 left out. Rows that fail validation "
                     "(blank or repeated ids, values that do not fit their type) are set aside "
                     "with the reason and listed after the import.")
                      .arg(plan.columns.size())
                      .arg(plan.skipped.size());
    }
    m_checks->setText(checks.join(QStringLiteral("<br>")));
    m_updating = false;
    emit completeChanged();
}

} // namespace cwb
