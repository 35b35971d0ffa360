// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluate/campaignevaluator.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace cwb {

class Workspace;

// Writes the daily battle report or the weekly summary of a campaign (models/evaluate/report.h)
// as a PDF or an xlsx workbook, the format taken from the file name. The weekly summary takes
// the conversion rule, the ROI plan and the confidence of the Evaluation step's options.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Kind
    {
        Daily,
        Weekly
    };

    ReportDialog(Workspace *workspace, const CampaignEvaluationOptions &options,
                 QWidget *parent = nullptr);

    void setKind(Kind kind);
    void setDate(const QDate &date); // the day, or the first day of the week
    void setPath(const QString &path);
    void setEnglish(bool english);
    // Builds and writes the report; returns the pages written (PDF) or 0 (xlsx). Throws
    // cwb::Error (and RuleError) with the engine's message.
    int write();

private:
    void browse();
    void kindChanged();
    void accept() override;

    Workspace *m_workspace;
    CampaignEvaluationOptions m_options;
    QComboBox *m_kind;
    QDateEdit *m_date;
    QComboBox *m_language;
    QLineEdit *m_path;
    QLabel *m_status;
};

} // namespace cwb
