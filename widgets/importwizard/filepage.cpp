// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard/filepage.h"

#include "importwizard/importwizard.h"
#include "shell/setting.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cwb {

namespace {

const Setting<QString> importFolder{"folders/imports", {}}; // where the last extract came from

} // namespace

FilePage::FilePage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_path(new QLineEdit(this)),
      m_encoding(new QComboBox(this)), m_delimiter(new QComboBox(this)),
      m_sheet(new QComboBox(this)), m_detected(new QLabel(this)), m_preview(new QTableWidget(this))
{
    setTitle(tr("Choose the Extract"));
    setSubTitle(tr("A CSV or text file (UTF-8, GBK/GB18030 or UTF-16) or an Excel workbook "
                   "(.xlsx). You can also drop the file onto this window."));
    setAcceptDrops(true);

    auto *layout = new QVBoxLayout(this);
    auto *fileRow = new QHBoxLayout;
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(tr("Drop a file here or choose one"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    auto *form = new QFormLayout;
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Detect automatically"), QStringLiteral("auto"));
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(tr("GB18030 (GBK)"), QStringLiteral("gb18030"));
    m_encoding->addItem(QStringLiteral("UTF-16"), QStringLiteral("utf-16"));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Detect automatically"), QStringLiteral("auto"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("tab"));
    m_delimiter->addItem(tr("Vertical bar ( | )"), QStringLiteral("pipe"));
    m_sheet->setObjectName(QStringLiteral("sheet"));
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(tr("Sheet:"), m_sheet);
    layout->addLayout(form);

    m_detected->setObjectName(QStringLiteral("detected"));
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detected);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->horizontalHeader()->setDefaultSectionSize(110);
    m_preview->verticalHeader()->setDefaultSectionSize(22);
    layout->addWidget(m_preview, 1);

    connect(browse, &QPushButton::clicked, this, &FilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_wizard->sourceFile())
            m_wizard->setSourceFile(m_path->text().trimmed());
    });
    for (QComboBox *box : {m_encoding, m_delimiter, m_sheet})
        connect(box, &QComboBox::currentIndexChanged, this, &FilePage::readingChanged);
    connect(m_wizard, &ImportWizard::planChanged, this, &FilePage::showPlan);
    showPlan();
}

bool FilePage::isComplete() const
{
    return m_wizard->isOpened();
}

void FilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the Extract"), importFolder.value(),
        tr("Customer extracts (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    importFolder.setValue(QFileInfo(path).absolutePath());
    m_path->setText(path);
    m_wizard->setSourceFile(path);
}

void FilePage::readingChanged()
{
    if (m_updating)
        return;
    ImportOptions &options = m_wizard->options();
    options.encoding = m_encoding->currentData().toString();
    options.delimiter = m_delimiter->currentData().toString();
    options.sheet = m_sheet->isEnabled() ? m_sheet->currentText() : QString();
    m_wizard->replan();
}

void FilePage::showPlan()
{
    m_updating = true;
    const ImportPlan &plan = m_wizard->plan();
    const ImportOptions &options = m_wizard->options();
    if (m_path->text() != m_wizard->sourceFile())
        m_path->setText(m_wizard->sourceFile());
    m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(options.encoding)));
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(options.delimiter)));
    const bool xlsx = plan.format == QLatin1String("xlsx");
    m_encoding->setEnabled(!xlsx);
    m_delimiter->setEnabled(!xlsx);
    m_sheet->clear();
    m_sheet->addItems(plan.sheets);
    m_sheet->setCurrentText(plan.sheet);
    m_sheet->setEnabled(xlsx && plan.sheets.size() > 1);

    const QLocale locale;
    if (m_wizard->sourceFile().isEmpty()) {
        m_detected->setText(tr("No file chosen yet."));
    } else if (!m_wizard->isOpened()) {
        m_detected->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                .arg(m_wizard->planError().toHtmlEscaped()));
    } else if (xlsx) {
        m_detected->setText(tr("Excel workbook, %1, sheet “%2” (%3 sheets); %4 columns.")
                                .arg(locale.formattedDataSize(plan.fileSize), plan.sheet)
                                .arg(plan.sheets.size())
                                .arg(plan.header.size()));
    } else {
        const QString delimiter = plan.delimiterName() == QLatin1String("tab") ? tr("tab")
                                  : plan.delimiterName() == QLatin1String("pipe")
                                      ? QStringLiteral("|")
                                      : plan.delimiterName();
        m_detected->setText(tr("Text file, %1; encoding %2 (%3); delimiter “%4”; %5 columns.")
                                .arg(locale.formattedDataSize(plan.fileSize),
                                     plan.encoding.toUpper(), plan.encodingReason, delimiter)
                                .arg(plan.header.size()));
    }

    const QStringList &header = m_wizard->previewHeader();
    const QList<QStringList> &rows = m_wizard->previewRows();
    m_preview->clear();
    m_preview->setColumnCount(int(header.size()));
    m_preview->setRowCount(int(rows.size()));
    m_preview->setHorizontalHeaderLabels(header);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size() && c < header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    m_preview->setToolTip(tr("The first %1 rows as they will be read").arg(rows.size()));
    m_updating = false;
    emit completeChanged();
}

void FilePage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void FilePage::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    event->acceptProposedAction();
    m_path->setText(path);
    m_wizard->setSourceFile(path);
}

} // namespace cwb
