// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/ruleengine.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace cwb {

class ClusterTab;
class GridTab;
class ProfileTab;
class RuleCountRunner;
class SavedSegmentsPanel;
class TagsPanel;
class RuleEditor;
class RuleSampleModel;
struct RuleRunResult;
class Workspace;

// The Segments step: a rule typed in the RuleEditor is counted as it changes (debounced, off the
// GUI thread, through RuleEngine), with its share of the base, the time the count took, the
// first 50 matching customers and, for a bad rule, the error under the editor and underlined in
// it. The fields of the workspace are listed beside the editor (Enter or double-click inserts
// one).
//
// The step's tabs(): Rule, Segments (the saved segments: save the rule, open, materialise,
// remove, overlap), Tags (the tag library), Profile (follows the counted rule through
// ruleCounted(), or a saved segment), Grid (value × risk) and Clusters (k-means); the last two
// save cells and clusters as segments.
class SegmentView : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace); // nullptr: closed
    void refresh();                          // after the data changed (import)
    void setUndoStack(QUndoStack *stack);    // where saving a segment is undoable

    // Replaces the rule in the editor (and shows the Rule tab).
    void setRule(const QString &rule);

    RuleEditor *editor() const { return m_editor; }
    RuleCountRunner *runner() const { return m_runner; }
    RuleSampleModel *sampleModel() const { return m_sample; }
    QTabWidget *tabs() const { return m_tabs; }
    SavedSegmentsPanel *segmentsPanel() const { return m_segmentsPanel; }
    TagsPanel *tagsPanel() const { return m_tagsPanel; }
    ProfileTab *profileTab() const { return m_profileTab; }
    GridTab *gridTab() const { return m_gridTab; }
    ClusterTab *clusterTab() const { return m_clusterTab; }
    QString countText() const;
    QString errorText() const;
    // The last rule that counted without an error, and its count.
    QString countedRule() const { return m_countedRule; }

public slots:
    void countNow();

signals:
    // A rule counted without an error (after each change that gives a new result).
    void ruleCounted(const QString &rule, const cwb::RuleCount &count);

private:
    void ruleEdited();
    void showResult(int jobId, const RuleRunResult &result);
    void insertField(QListWidgetItem *item);
    void showIdle();
    void segmentsChanged();

    Workspace *m_workspace = nullptr;
    QTabWidget *m_tabs;
    RuleEditor *m_editor;
    QLabel *m_error;
    QLabel *m_count;
    QLabel *m_time;
    QPushButton *m_countButton;
    QLabel *m_sampleTitle;
    QTableView *m_sampleTable;
    RuleSampleModel *m_sample;
    QListWidget *m_fields;
    RuleCountRunner *m_runner;
    QString m_countedRule;
    SavedSegmentsPanel *m_segmentsPanel;
    TagsPanel *m_tagsPanel;
    ProfileTab *m_profileTab;
    GridTab *m_gridTab;
    ClusterTab *m_clusterTab;
};

} // namespace cwb
