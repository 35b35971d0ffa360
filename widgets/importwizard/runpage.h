// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobcontrol.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cwb {

class ImportJob;
class ImportWizard;
struct ImportResult;

// Third wizard page: the import running on a worker thread, with a progress bar (rows, MB/s,
// time left) and Cancel. A cancel or a failure leaves the workspace as it was; Back returns to
// the mapping.
class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Running,
        Cancelling,
        Finished,
        Cancelled,
        Failed
    };

    explicit RunPage(ImportWizard *wizard);
    ~RunPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isRunning() const { return m_state == State::Running || m_state == State::Cancelling; }
    State state() const { return m_state; }
    void cancelImport();

signals:
    void stateChanged(cwb::RunPage::State state);

private:
    void setState(State state);
    void showProgress(const Progress &progress);
    void importFinished(const ImportResult &result);

    ImportWizard *m_wizard;
    QLabel *m_file;
    QProgressBar *m_bar;
    QLabel *m_figures;
    QLabel *m_message;
    QPushButton *m_cancel;
    std::unique_ptr<ImportJob> m_job;
    State m_state = State::Idle;
};

} // namespace cwb
