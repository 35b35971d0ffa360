// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/segmentprofile.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cwb {

class SegmentTask;
class Workspace;

// The Profile tab: the current rule (or a saved segment) against the whole base through
// profileSegment / profileRule, off the GUI thread. Size, share of base and revenue share above
// two charts: the index of each numeric column's mean (100 = base) and the shares of the top
// values of the categorical columns (segment beside base); all figures in the table below.
class ProfileTab : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileTab(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void reloadSegments();             // the saved segments in the source box
    void setRule(const QString &rule); // the current rule (profiled when the tab shows it)
    // The source box: 0 = the current rule, else a saved segment.
    void selectSource(const QString &segment); // empty: the current rule
    void profileNow();

    const SegmentProfile &profile() const { return m_profile; }
    bool hasProfile() const { return m_hasProfile; }
    QString summaryText() const;
    QTableWidget *table() const { return m_table; }
    SegmentTask *task() const { return m_task; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showProfile(const SegmentProfile &profile);
    void drawCharts();

    Workspace *m_workspace = nullptr;
    QString m_rule;
    bool m_dirty = false;
    QComboBox *m_source;
    QPushButton *m_run;
    QLabel *m_summary;
    QCustomPlot *m_indexPlot;
    QCustomPlot *m_sharePlot;
    QTableWidget *m_table;
    SegmentTask *m_task;
    SegmentProfile m_profile;
    bool m_hasProfile = false;
};

} // namespace cwb
