// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/fileevaluationdialog.h"

#include "core/error.h"
#include "import/csvreader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace cwb {

namespace {

// A value that reads as "control" or "no treatment": the likely control group.
bool looksLikeControl(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v.contains(QLatin1String("control")) || v == QLatin1String("no") ||
           v.startsWith(QLatin1String("no ")) || v.startsWith(QLatin1String("no_")) ||
           v.contains(QStringLiteral("对照"));
}

} // namespace

FileEvaluationDialog::FileEvaluationDialog(QWidget *parent)
    : QDialog(parent), m_file(new QLineEdit(this)), m_group(new QComboBox(this)),
      m_control(new QComboBox(this)), m_responses(new QListWidget(this)),
      m_amounts(new QListWidget(this)), m_confidence(new QDoubleSpinBox(this)),
      m_resamples(new QSpinBox(this)), m_info(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("fileEvaluationDialog"));
    setWindowTitle(tr("Evaluate a Test/Control File"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV file, one row per customer"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileWidget = new QWidget(this); // the buddy of the row's label
    fileWidget->setFocusProxy(browse);
    auto *fileRow = new QHBoxLayout(fileWidget);
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_control->setEditable(true);
    m_control->setInsertPolicy(QComboBox::NoInsert);
    m_confidence->setRange(0.5, 0.999);
    m_confidence->setDecimals(3);
    m_confidence->setSingleStep(0.01);
    m_confidence->setValue(0.95);
    m_resamples->setRange(0, 100000);
    m_resamples->setSingleStep(500);
    m_resamples->setValue(2000);
    m_resamples->setGroupSeparatorShown(true);
    m_responses->setToolTip(tr("Binary columns (0/1, yes/no, true/false): rates and uplift"));
    m_amounts->setToolTip(tr("Numeric columns: means, Welch t-test and bootstrap interval"));
    m_info->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileWidget);
    form->addRow(tr("&Group column:"), m_group);
    form->addRow(tr("&Control value:"), m_control);
    form->addRow(tr("&Responses:"), m_responses);
    form->addRow(tr("&Amounts:"), m_amounts);
    form->addRow(tr("Confidence &level:"), m_confidence);
    form->addRow(tr("Bootstrap re&samples:"), m_resamples);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_info);
    layout->addWidget(m_buttons);
    resize(560, 600);

    connect(browse, &QPushButton::clicked, this, &FileEvaluationDialog::browse);
    connect(m_group, &QComboBox::currentIndexChanged, this, &FileEvaluationDialog::groupChanged);
    connect(m_control, &QComboBox::currentTextChanged, this, &FileEvaluationDialog::update);
    connect(m_responses, &QListWidget::itemChanged, this, &FileEvaluationDialog::update);
    connect(m_amounts, &QListWidget::itemChanged, this, &FileEvaluationDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString FileEvaluationDialog::loadFile(const QString &path)
{
    QStringList columns;
    QList<QSet<QString>> seen;
    QList<bool> binary, numeric, tooMany;
    qint64 rows = 0;
    try {
        CsvReader reader(path);
        Record record;
        if (!reader.next(record))
            throw Error(tr("%1: the file is empty, expected a header row").arg(path));
        for (const std::string_view field : record.fields)
            columns << QString::fromUtf8(field.data(), qsizetype(field.size())).trimmed();
        seen.resize(columns.size());
        binary.fill(true, columns.size());
        numeric.fill(true, columns.size());
        tooMany.fill(false, columns.size());
        while (rows < kSampleRows && reader.next(record)) {
            if (record.fields.size() == 1 && record.fields.front().empty())
                continue; // blank line
            ++rows;
            for (qsizetype i = 0; i < columns.size() && i < qsizetype(record.fields.size()); ++i) {
                const std::string_view field = record.fields[size_t(i)];
                binary[i] = binary[i] && FileEvaluator::parseBinary(field).has_value();
                numeric[i] = numeric[i] && FileEvaluator::parseAmount(field).has_value();
                if (!tooMany[i]) {
                    seen[i].insert(QString::fromUtf8(field.data(), qsizetype(field.size())));
                    tooMany[i] = seen[i].size() > kMaxValues;
                }
            }
        }
    } catch (const Error &e) {
        m_info->setText(e.message());
        return e.message();
    }
    m_path = path;
    m_columns = columns;
    m_rowsRead = rows;
    m_values.clear();
    m_binary.clear();
    m_numeric.clear();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (!tooMany[i]) {
            QStringList values(seen[i].begin(), seen[i].end());
            values.sort();
            m_values.insert(columns[i], values);
        }
        if (rows > 0 && binary[i])
            m_binary << columns[i];
        else if (rows > 0 && numeric[i])
            m_numeric << columns[i];
    }
    m_file->setText(path);

    const QSignalBlocker blockGroup(m_group);
    m_group->clear();
    m_responses->clear();
    m_amounts->clear();
    // The group column guessed: the first text column with 2 to 20 values one of which reads
    // as a control group, else the first text column with 2 to 20 values.
    int guess = -1, fallback = -1;
    for (const QString &column : columns) {
        m_group->addItem(column);
        const QStringList values = m_values.value(column);
        if (values.size() < 2 || values.size() > 20 || m_binary.contains(column) ||
            m_numeric.contains(column))
            continue;
        if (fallback < 0)
            fallback = m_group->count() - 1;
        if (guess < 0 && std::any_of(values.begin(), values.end(), looksLikeControl))
            guess = m_group->count() - 1;
    }
    if (guess < 0)
        guess = fallback;
    // Binary columns are listed first among the responses, numeric ones among the amounts;
    // the rest follow (the engine says which value does not fit).
    const auto fill = [&](QListWidget *list, const QStringList &first) {
        QStringList order = first;
        for (const QString &column : columns)
            if (!order.contains(column))
                order << column;
        for (const QString &column : order) {
            auto *item = new QListWidgetItem(column, list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
            if (!first.contains(column))
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    };
    {
        const QSignalBlocker r(m_responses), a(m_amounts);
        fill(m_responses, m_binary);
        fill(m_amounts, m_numeric);
    }
    m_group->setCurrentIndex(std::max(guess, 0));
    groupChanged();
    return {};
}

void FileEvaluationDialog::setGroupColumn(const QString &column)
{
    m_group->setCurrentIndex(m_group->findText(column));
}

void FileEvaluationDialog::setControlValue(const QString &value)
{
    m_control->setCurrentText(value);
}

void FileEvaluationDialog::setResponseColumns(const QStringList &columns)
{
    setChecked(m_responses, columns);
}

void FileEvaluationDialog::setAmountColumns(const QStringList &columns)
{
    setChecked(m_amounts, columns);
}

FileEvaluationOptions FileEvaluationDialog::options() const
{
    FileEvaluationOptions o;
    o.groupColumn = m_group->currentText();
    o.controlValue = m_control->currentText();
    o.responseColumns = checked(m_responses);
    o.amountColumns = checked(m_amounts);
    o.confidence = m_confidence->value();
    o.bootstrapResamples = m_resamples->value();
    return o;
}

QString FileEvaluationDialog::problem() const
{
    if (m_path.isEmpty())
        return tr("Choose a file.");
    if (m_group->currentText().isEmpty())
        return tr("Choose the column that names the group.");
    if (m_control->currentText().isEmpty())
        return tr("Choose the value that marks the control group.");
    const FileEvaluationOptions o = options();
    if (o.responseColumns.isEmpty() && o.amountColumns.isEmpty())
        return tr("Check at least one response or amount column.");
    if (o.responseColumns.contains(o.groupColumn) || o.amountColumns.contains(o.groupColumn))
        return tr("The group column cannot be a response or an amount.");
    return {};
}

void FileEvaluationDialog::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Test/Control File"), m_path,
                                     tr("Delimited text (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void FileEvaluationDialog::groupChanged()
{
    const QString column = m_group->currentText();
    const QStringList values = m_values.value(column);
    const QString previous = m_control->currentText();
    {
        const QSignalBlocker block(m_control);
        m_control->clear();
        m_control->addItems(values);
        int guess = -1;
        for (qsizetype i = 0; i < values.size() && guess < 0; ++i)
            if (looksLikeControl(values[i]))
                guess = int(i);
        if (values.contains(previous))
            m_control->setCurrentText(previous);
        else
            m_control->setCurrentIndex(guess);
        if (guess < 0 && !values.contains(previous))
            m_control->setCurrentText(QString());
    }
    update();
}

void FileEvaluationDialog::update()
{
    const QString why = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    if (m_path.isEmpty()) {
        m_info->setText(why);
        return;
    }
    const QString column = m_group->currentText();
    QString info =
        tr("%n row(s) read to list the values.", nullptr, int(m_rowsRead)) + QLatin1Char(' ');
    if (!column.isEmpty() && !m_values.contains(column))
        info += tr("Column %1 has more than %2 values: type the control value.")
                    .arg(column)
                    .arg(kMaxValues) +
                QLatin1Char(' ');
    m_info->setText(info + why);
}

QStringList FileEvaluationDialog::checked(const QListWidget *list)
{
    QStringList columns;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            columns << list->item(i)->text();
    return columns;
}

void FileEvaluationDialog::setChecked(QListWidget *list, const QStringList &columns)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(columns.contains(list->item(i)->text()) ? Qt::Checked
                                                                             : Qt::Unchecked);
}

} // namespace cwb
