// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"
#include "import/importplan.h"

#include <QList>
#include <QStringList>
#include <QWizard>

#include <optional>

namespace cwb {

class Workspace;

// The import wizard: choose a file and how it is read, map and type its columns, run the import
// on a worker thread, see the summary. It calls the same engine as `cwb import`
// (makeImportPlan's two steps, Importer::run) and keeps the user's choices in one ImportOptions.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        MappingPageId,
        RunPageId,
        SummaryPageId
    };
    static constexpr int kPreviewRows = 200;

    explicit ImportWizard(Workspace *workspace, QWidget *parent = nullptr);

    void setSourceFile(const QString &path);
    QString sourceFile() const { return m_file; }
    Workspace *workspace() const { return m_workspace; }

    ImportOptions &options() { return m_options; }
    // Plans again from the file and the current options (reading only the sample).
    void replan();
    const ImportPlan &plan() const { return m_plan; }
    bool isOpened() const { return m_opened; } // the file could be read (preview available)
    bool isPlanned() const { return m_planError.isEmpty() && m_opened; }
    QString planError() const { return m_planError; }
    const QStringList &previewHeader() const { return m_previewHeader; }
    const QList<QStringList> &previewRows() const { return m_previewRows; }
    // What validation makes of the sample rows with the current plan (nothing is written).
    const ImportPreview &validation() const { return m_validation; }

    void setResult(const ImportResult &result);
    const std::optional<ImportResult> &result() const { return m_result; }
    bool imported() const { return m_result.has_value(); }

    void reject() override; // not while an import runs: cancel it first

signals:
    void planChanged();
    void rejectsRequested();

private:
    Workspace *m_workspace;
    QString m_file;
    ImportOptions m_options;
    ImportPlan m_plan;
    bool m_opened = false;
    QString m_planError;
    QStringList m_previewHeader;
    QList<QStringList> m_previewRows;
    ImportPreview m_validation;
    std::optional<ImportResult> m_result;
};

} // namespace cwb
