// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation/reportdialog.h"

#include "core/error.h"
#include "evaluate/report.h"
#include "export/reportwriter.h"
#include "simulate/planreader.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cwb {

ReportDialog::ReportDialog(Workspace *workspace, const CampaignEvaluationOptions &options,
                           QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_options(options), m_kind(new QComboBox(this)),
      m_date(new QDateEdit(this)), m_language(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Report: %1").arg(options.campaign));
    m_kind->addItem(tr("Daily battle report"), Daily);
    m_kind->addItem(tr("Weekly summary"), Weekly);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    QDate last;
    if (workspace) {
        try {
            if (const std::optional<QDate> d = lastOutcomeDate(*workspace, options.campaign))
                last = *d;
        } catch (const Error &) {
            // No outcomes: the date stays today and the report will say so.
        }
    }
    m_date->setDate(last.isValid() ? last : QDate::currentDate());
    m_language->addItem(tr("Chinese"));
    m_language->addItem(tr("English"));
    m_path->setPlaceholderText(tr("report.pdf or report.xlsx"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("&Language:"), m_language);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::kindChanged);
    kindChanged();
}

void ReportDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
}

void ReportDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

void ReportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ReportDialog::setEnglish(bool english)
{
    m_language->setCurrentIndex(english ? 1 : 0);
}

void ReportDialog::kindChanged()
{
    auto *form = qobject_cast<QFormLayout *>(layout()->itemAt(0)->layout());
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_date)))
        label->setText(m_kind->currentData().toInt() == Weekly ? tr("&Week starts:") : tr("&Day:"));
}

void ReportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), m_path->text(),
                                                      tr("PDF (*.pdf);;Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

int ReportDialog::write()
{
    if (!m_workspace)
        throw Error(QStringLiteral("no workspace is open"));
    const QString path = m_path->text().trimmed();
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (!pdf && !xlsx)
        throw Error(QStringLiteral("the report file must end in .pdf or .xlsx: '%1'").arg(path));
    const exporting::Language language = m_language->currentIndex() == 1
                                             ? exporting::Language::English
                                             : exporting::Language::Chinese;
    if (m_kind->currentData().toInt() == Daily) {
        DailyReportOptions o;
        o.campaign = m_options.campaign;
        o.date = m_date->date();
        o.confidence = m_options.confidence;
        const DailyReport report = buildDailyReport(*m_workspace, o);
        if (pdf)
            return exporting::writeDailyReportPdf(report, path, language);
        exporting::writeDailyReportXlsx(report, path, language);
        return 0;
    }
    WeeklyReportOptions o;
    o.campaign = m_options.campaign;
    o.weekStart = m_date->date();
    o.confidence = m_options.confidence;
    o.conversionRule = m_options.conversionRule;
    o.conversionByOffer = m_options.conversionByOffer;
    if (!m_options.planSource.isEmpty()) {
        o.plan = simulate::readPlanFile(m_options.planSource);
        o.planSource = m_options.planSource;
    }
    const WeeklyReport report = buildWeeklyReport(*m_workspace, o);
    if (pdf)
        return exporting::writeWeeklyReportPdf(report, path, language);
    exporting::writeWeeklyReportXlsx(report, path, language);
    return 0;
}

void ReportDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        write();
        QApplication::restoreOverrideCursor();
        QDialog::accept();
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        m_status->setStyleSheet(QStringLiteral("color: #a40000;"));
        m_status->setText(e.message());
    }
}

} // namespace cwb
