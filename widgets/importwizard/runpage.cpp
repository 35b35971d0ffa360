// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard/runpage.h"

#include "importwizard/importjob.h"
#include "importwizard/importwizard.h"
#include "importwizard/progressfigures.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cwb {

namespace {

QString duration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    if (s < 60)
        return RunPage::tr("%n s", nullptr, int(s));
    return RunPage::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
}

} // namespace

RunPage::RunPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_file(new QLabel(this)),
      m_bar(new QProgressBar(this)), m_figures(new QLabel(this)), m_message(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel Import"), this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The file is read, checked and written in one step: if you cancel, or "
                   "something goes wrong, the workspace stays exactly as it was."));
    auto *layout = new QVBoxLayout(this);
    m_file->setWordWrap(true);
    layout->addWidget(m_file);
    m_bar->setObjectName(QStringLiteral("progress"));
    m_bar->setRange(0, 1000);
    layout->addWidget(m_bar);
    m_figures->setObjectName(QStringLiteral("figures"));
    layout->addWidget(m_figures);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    layout->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, &RunPage::cancelImport);
}

RunPage::~RunPage() = default;

void RunPage::initializePage()
{
    m_file->setText(tr("Importing %1 into %2")
                        .arg(QFileInfo(m_wizard->sourceFile()).fileName(),
                             QFileInfo(m_wizard->workspace()->path()).fileName()));
    m_bar->setValue(0);
    m_figures->clear();
    m_message->clear();
    m_job = std::make_unique<ImportJob>(m_wizard->workspace()->path(), m_wizard->sourceFile(),
                                        m_wizard->options());
    connect(m_job.get(), &ImportJob::progressed, this, &RunPage::showProgress);
    connect(m_job.get(), &ImportJob::finished, this, &RunPage::importFinished);
    connect(m_job.get(), &ImportJob::cancelled, this, [this] {
        m_message->setText(tr("The import was cancelled. Nothing was written; the workspace is "
                              "as it was. Go back to change the settings or close the wizard."));
        setState(State::Cancelled);
    });
    connect(m_job.get(), &ImportJob::failed, this, [this](const QString &message) {
        m_message->setText(QStringLiteral("<b>%1</b><br>%2<br><br>%3")
                               .arg(tr("The import failed.").toHtmlEscaped(),
                                    message.toHtmlEscaped(),
                                    tr("The workspace is as it was. Go back to change the "
                                       "mapping or the options.")
                                        .toHtmlEscaped()));
        setState(State::Failed);
    });
    setState(State::Running);
    m_job->start();
}

void RunPage::cleanupPage()
{
    // Back pressed after a cancel or failure: the job has ended.
    m_job.reset();
    setState(State::Idle);
}

bool RunPage::isComplete() const
{
    return m_state == State::Finished;
}

bool RunPage::validatePage()
{
    return m_state == State::Finished;
}

void RunPage::cancelImport()
{
    if (m_state != State::Running)
        return;
    m_job->cancel();
    m_message->setText(tr("Cancelling… the changes are being rolled back."));
    setState(State::Cancelling);
}

void RunPage::setState(State state)
{
    m_state = state;
    m_cancel->setEnabled(state == State::Running);
    m_cancel->setVisible(state == State::Running || state == State::Cancelling);
    emit completeChanged();
    // No way back while the worker writes (Cancel cancels the import); after it has ended,
    // Back leads to the mapping. QWizard re-enables Back on its own, so the button is taken
    // out of the layout rather than disabled.
    if (isRunning())
        wizard()->setButtonLayout({QWizard::Stretch, QWizard::CancelButton});
    else
        wizard()->setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                                   QWizard::FinishButton, QWizard::CancelButton});
    wizard()->button(QWizard::CancelButton)->setEnabled(state != State::Cancelling);
    emit stateChanged(state);
}

void RunPage::showProgress(const Progress &progress)
{
    if (m_state != State::Running)
        return;
    const ProgressFigures figures = ProgressFigures::from(progress);
    m_bar->setValue(int(figures.fraction * 1000.0));
    const QLocale locale;
    QString text = tr("%1 rows read · %2 MB/s")
                       .arg(locale.toString(progress.items))
                       .arg(locale.toString(figures.megabytesPerSecond, 'f', 1));
    if (figures.secondsLeft)
        text += QStringLiteral(" · ") + tr("about %1 left").arg(duration(*figures.secondsLeft));
    m_figures->setText(text);
}

void RunPage::importFinished(const ImportResult &result)
{
    m_bar->setValue(1000);
    m_wizard->setResult(result);
    setState(State::Finished);
    QTimer::singleShot(0, m_wizard, &QWizard::next);
}

} // namespace cwb
