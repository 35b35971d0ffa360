// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/planningstep.h"

#include <QWidget>

class QStackedWidget;
class QUndoStack;

namespace cwb {

class CampaignView;
class DataStep;
class ListsScriptsView;
class EvaluationView;
class NavigationBar;
class SegmentView;
class OfferView;
class SimulationView;
class Workspace;

// The body of the main window while a workspace is open: the planning-step navigation on the
// left, the current step's view on the right. Views that edit the plan push their commands on
// the undo stack the main window owns (undoStack()).
class WorkbenchShell : public QWidget
{
    Q_OBJECT

public:
    explicit WorkbenchShell(QUndoStack *undoStack, QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void refresh(); // after the data changed (import)
    void showStep(PlanningStep step);
    PlanningStep currentStep() const;
    DataStep *dataStep() const { return m_data; }
    SegmentView *segmentView() const { return m_segments; }
    OfferView *offerView() const { return m_offers; }
    CampaignView *campaignView() const { return m_campaigns; }
    SimulationView *simulationView() const { return m_simulation; }
    ListsScriptsView *listsView() const { return m_lists; }
    EvaluationView *evaluationView() const { return m_evaluation; }
    QUndoStack *undoStack() const { return m_undoStack; }

signals:
    void importRequested();

private:
    QUndoStack *m_undoStack;
    NavigationBar *m_navigation;
    QStackedWidget *m_pages;
    DataStep *m_data;
    SegmentView *m_segments;
    OfferView *m_offers = nullptr;
    CampaignView *m_campaigns;
    SimulationView *m_simulation = nullptr;
    ListsScriptsView *m_lists = nullptr;
    EvaluationView *m_evaluation = nullptr;
};

} // namespace cwb
