// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard/importwizard.h"

#include "core/error.h"
#include "importwizard/filepage.h"
#include "importwizard/mappingpage.h"
#include "importwizard/runpage.h"
#include "importwizard/summarypage.h"
#include "workspace/workspace.h"

namespace cwb {

ImportWizard::ImportWizard(Workspace *workspace, QWidget *parent)
    : QWizard(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Import Customer Extract"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, new FilePage(this));
    setPage(MappingPageId, new MappingPage(this));
    setPage(RunPageId, new RunPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    resize(1000, 720);
}

void ImportWizard::setSourceFile(const QString &path)
{
    if (path == m_file)
        return;
    m_file = path;
    // A new file starts from the detected settings and the synonym mapping.
    m_options = ImportOptions();
    replan();
}

void ImportWizard::replan()
{
    m_plan = ImportPlan();
    m_opened = false;
    m_planError.clear();
    m_previewHeader.clear();
    m_previewRows.clear();
    m_validation = ImportPreview();
    if (m_file.isEmpty()) {
        emit planChanged();
        return;
    }
    try {
        OpenedSource opened = openSource(m_file, m_options, m_plan);
        m_opened = true;
        m_previewHeader = opened.header;
        const std::size_t rows = std::min<std::size_t>(opened.sampleFields.size(), kPreviewRows);
        for (std::size_t r = 0; r < rows; ++r) {
            QStringList row;
            for (const std::string &field : opened.sampleFields[r])
                row << QString::fromUtf8(field.data(), qsizetype(field.size()));
            m_previewRows << row;
        }
        const bool append =
            m_options.mode == ImportMode::Append && m_workspace && m_workspace->hasCustomers();
        planColumns(m_plan, opened, m_options,
                    append ? Importer::existingColumns(*m_workspace) : QList<ColumnPlan>());
        m_validation = Importer::validateSample(m_plan, opened, m_options);
    } catch (const Error &error) {
        m_planError = error.message();
    }
    emit planChanged();
}

void ImportWizard::setResult(const ImportResult &result)
{
    m_result = result;
}

void ImportWizard::reject()
{
    if (auto *run = qobject_cast<RunPage *>(currentPage()); run && run->isRunning()) {
        run->cancelImport();
        return;
    }
    QWizard::reject();
}

} // namespace cwb
