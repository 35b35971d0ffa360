// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/clusterprofile.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace cwb {

class SegmentTask;
class Workspace;

// The Clusters tab: k-means on the features picked (numeric columns, or conditions typed in the
// rule language) through clusterCustomers, off the GUI thread, the best of several k-means++
// starts. The elbow run charts inertia and silhouette for a range of k; a run shows each
// cluster's size, revenue share, ARPU against the base and its generated description, and how
// many starts reached the inertia kept; a cluster, named, saves as a list segment.
class ClusterTab : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterTab(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    // Checks the columns named (others unchecked); the other items become the conditions.
    void setFeatures(const QStringList &features);
    QStringList features() const; // checked columns, then the conditions typed
    void setK(int k);
    void setStarts(int starts);
    void runNow(bool withElbow = false);
    bool hasResult() const { return m_hasResult; }
    const ClusterAnalysis &analysis() const { return m_analysis; }
    // Saves cluster (0-based) as a list segment; false with the error shown.
    bool saveCluster(int cluster, const QString &name);

    QTableWidget *table() const { return m_table; }
    QCustomPlot *elbowPlot() const { return m_elbowPlot; }
    QString statusText() const;
    SegmentTask *task() const { return m_task; }

signals:
    void segmentsChanged();

private:
    void showAnalysis(const ClusterAnalysis &analysis);
    void drawElbow();
    void showStatus(const QString &text, bool error = false);

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undo = nullptr;
    QListWidget *m_features;
    QLineEdit *m_conditions;
    QSpinBox *m_k;
    QSpinBox *m_seed;
    QSpinBox *m_starts;
    QSpinBox *m_elbowFrom;
    QSpinBox *m_elbowTo;
    QPushButton *m_run;
    QPushButton *m_elbow;
    QCustomPlot *m_elbowPlot;
    QTableWidget *m_table;
    QLineEdit *m_saveName;
    QPushButton *m_save;
    QLabel *m_status;
    SegmentTask *m_task;
    ClusterAnalysis m_analysis;
    bool m_hasResult = false;
};

} // namespace cwb
