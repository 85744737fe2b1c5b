// Dashboard: a plan's targets for a period as of a date — each with its status, actual against
// its bound, progress and quarters — its work items (overdue ones listed) and the reports units
// owe it this period, the deadlines coming up, and the support given by content
// and by commune. A target opens the records that count; a target entered by hand opens the
// form for its value. Plans are imported here from their files (docs/PLANS.md). A department whose
// single administrator changes trust and signers alone (the one-person rule) is told so here.
#pragma once

#include "page.h"
#include "plan_period_choice.h"

#include "domain/period.h"
#include "domain/target_evaluation.h"
#include "domain/target_service.h"

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/datectrl.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>

#include <optional>
#include <vector>

namespace innodesk::gui {

class BarChart;

class DashboardPage final : public Page {
public:
    DashboardPage(wxWindow* parent, app::Workspace& session);
    wxString Title() const override { return _("Dashboard"); }
    void Reload() override;

    // What the page shows now, for the tests.
    const std::optional<domain::PlanEvaluation>& Shown() const { return m_evaluation; }

private:
    void ShowPlan();
    void ShowTargets();
    void ShowDeadlines();
    // The one-person rule, in words, when it holds; administrators also see pending proposals.
    void ShowFourEyes();
    // The chosen plan's work items (how many done, under way, overdue; the overdue ones listed)
    // and its reporting duties in the period: who has not reported yet, who is late.
    void ShowWorkItems();
    void ShowDuties();
    void ShowBreakdown(const domain::SupportBreakdown* breakdown);
    void OpenRecords(const domain::TargetEvaluation& target);
    void EnterValue(const domain::TargetEvaluation& target);
    void ImportPlan();

    std::optional<PlanPeriodChoice> m_choice;  // made in the constructor, once the page exists
    std::optional<domain::PlanEvaluation> m_evaluation;
    wxDatePickerCtrl* m_as_of;
    wxStaticText* m_summary;
    wxStaticText* m_four_eyes;
    wxScrolledWindow* m_targets;
    wxDataViewListCtrl* m_deadlines;
    wxStaticText* m_work_summary;
    wxDataViewListCtrl* m_work_items;
    wxStaticText* m_duty_summary;
    wxDataViewListCtrl* m_duties;
    BarChart* m_by_content;
    BarChart* m_by_commune;
};

}  // namespace innodesk::gui
