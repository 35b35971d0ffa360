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

namespace cwb {

class RuleCountRunner;
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
// The step's analyses are tabs of tabs(): today only the Rule tab. The segment profile chart,
// the value × risk grid and the clusters attach as further tabs and follow the rule through
// ruleCounted().
class SegmentView : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace); // nullptr: closed
    void refresh();                          // after the data changed (import)

    RuleEditor *editor() const { return m_editor; }
    RuleCountRunner *runner() const { return m_runner; }
    RuleSampleModel *sampleModel() const { return m_sample; }
    QTabWidget *tabs() const { return m_tabs; }
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
};

} // namespace cwb
