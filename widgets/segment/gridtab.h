// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/valuerisk.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QUndoStack;

namespace cwb {

class SegmentTask;
class Workspace;

// The Grid tab: the value x risk grid of analyseValueRisk, off the GUI thread. Options: the value
// columns, 2 or 3 value bands or explicit thresholds, the risk model (weighted signals the
// planner can edit, or a logistic regression on a label column with its AUC and weights), risk
// bands or thresholds. The grid shows per cell the count, its share, the revenue share and the
// suggested strategy, shaded by revenue share; the selected cell saves as a segment (its rule
// when exact, else a list segment of its customers).
class GridTab : public QWidget
{
    Q_OBJECT

public:
    explicit GridTab(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    ValueRiskOptions options() const; // from the form; throws Error on a malformed number
    void runNow();
    bool hasGrid() const { return m_hasGrid; }
    const ValueRiskAnalysis &analysis() const { return m_analysis; }
    // Saves the cell (value band, risk band) as segment name; false with the error shown.
    bool saveCell(int valueBand, int riskBand, const QString &name);
    void selectCell(int valueBand, int riskBand);

    QTableWidget *gridTable() const { return m_grid; }
    QTableWidget *signalTable() const { return m_signals; }
    QLineEdit *valueColumnsEdit() const { return m_valueColumns; }
    QLineEdit *riskThresholdsEdit() const { return m_riskThresholds; }
    QComboBox *modelBox() const { return m_model; }
    QComboBox *labelBox() const { return m_label; }
    QLineEdit *saveNameEdit() const { return m_saveName; }
    QString statusText() const;
    SegmentTask *task() const { return m_task; }

signals:
    void segmentsChanged();

private:
    void fillSignals(const QList<RiskSignal> &signalList);
    void showAnalysis(const ValueRiskAnalysis &analysis);
    void showStatus(const QString &text, bool error = false);
    void saveSelectedCell();

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undo = nullptr;
    QLineEdit *m_valueColumns;
    QComboBox *m_valueBands;
    QLineEdit *m_valueThresholds;
    QComboBox *m_model;
    QStackedWidget *m_modelPages;
    QTableWidget *m_signals;
    QComboBox *m_label;
    QComboBox *m_riskBands;
    QLineEdit *m_riskThresholds;
    QPushButton *m_run;
    QLabel *m_modelReport;
    QTableWidget *m_grid;
    QLineEdit *m_saveName;
    QPushButton *m_save;
    QLabel *m_status;
    SegmentTask *m_task;
    ValueRiskAnalysis m_analysis;
    bool m_hasGrid = false;
};

} // namespace cwb
