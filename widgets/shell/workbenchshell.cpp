// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/workbenchshell.h"

#include "campaign/campaignview.h"
#include "evaluation/evaluationview.h"
#include "lists/listsscriptsview.h"
#include "offer/offerview.h"
#include "segment/segmentview.h"
#include "shell/datastep.h"
#include "shell/navigationbar.h"
#include "shell/plannedstepview.h"
#include "simulation/simulationview.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QStackedWidget>

namespace cwb {

WorkbenchShell::WorkbenchShell(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_undoStack(undoStack), m_navigation(new NavigationBar(this)),
      m_pages(new QStackedWidget(this)), m_data(new DataStep(this)),
      m_segments(new SegmentView(this)), m_campaigns(new CampaignView(undoStack, this))
{
    m_segments->setUndoStack(undoStack);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);

    for (const PlanningStepInfo &info : PlanningSteps::all()) {
        if (info.step == PlanningStep::Data)
            m_pages->addWidget(m_data);
        else if (info.step == PlanningStep::Segments)
            m_pages->addWidget(m_segments);
        else if (info.step == PlanningStep::Offers)
            m_pages->addWidget(m_offers = new OfferView(m_undoStack, m_pages));
        else if (info.step == PlanningStep::Campaigns)
            m_pages->addWidget(m_campaigns);
        else if (info.step == PlanningStep::Simulation)
            m_pages->addWidget(m_simulation = new SimulationView(m_pages));
        else if (info.step == PlanningStep::ListsScripts)
            m_pages->addWidget(m_lists = new ListsScriptsView(m_pages));
        else if (info.step == PlanningStep::Evaluation)
            m_pages->addWidget(m_evaluation = new EvaluationView(m_pages));
        else
            m_pages->addWidget(new PlannedStepView(info.step, m_pages));
    }
    connect(m_navigation, &NavigationBar::stepSelected, this,
            [this](PlanningStep step) { m_pages->setCurrentIndex(int(step)); });
    connect(m_data, &DataStep::importRequested, this, &WorkbenchShell::importRequested);
    // Outcome imports add to the do-not-disturb list: the other steps read it again.
    connect(m_evaluation, &EvaluationView::workspaceChanged, this, [this] {
        m_data->refresh();
        m_campaigns->refresh();
    });
    m_navigation->setCurrentStep(PlanningStep::Data);
}

void WorkbenchShell::setWorkspace(Workspace *workspace)
{
    m_data->setWorkspace(workspace);
    m_segments->setWorkspace(workspace);
    m_offers->setWorkspace(workspace);
    m_campaigns->setWorkspace(workspace);
    if (m_simulation)
        m_simulation->setWorkspace(workspace);
    if (m_lists)
        m_lists->setWorkspace(workspace);
    m_evaluation->setWorkspace(workspace);
}

void WorkbenchShell::refresh()
{
    m_data->refresh();
    m_segments->refresh();
    m_campaigns->refresh();
    if (m_lists)
        m_lists->refresh();
    m_evaluation->refresh();
}

void WorkbenchShell::showStep(PlanningStep step)
{
    m_navigation->setCurrentStep(step);
}

PlanningStep WorkbenchShell::currentStep() const
{
    return m_navigation->currentStep();
}

} // namespace cwb
