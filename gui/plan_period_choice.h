// The plan and period choosers the Dashboard and the Reports page share: the stored plans, the
// chosen plan's periods in the order the page lists them, and the choice kept across a reload
// (F5, a new "as of" date), so that a refresh never moves the officer to another period.
#pragma once

#include "app/workspace.h"
#include "domain/period.h"
#include "domain/target_service.h"

#include <wx/choice.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace innodesk::gui {

class PlanPeriodChoice {
public:
    struct Options {
        wxString plan_name;  // the controls' names, which the tests find them by
        wxString period_name;
        int plan_width = 300;  // DIP
        // The plan's periods, in the order the page lists them.
        std::function<std::vector<domain::Period>(const domain::PlanSummary&)> periods;
        // Which of them is chosen when a plan is chosen: an index into `periods`.
        std::function<std::size_t(const std::vector<domain::Period>&, const domain::CalendarDate& today)>
            preferred;
    };

    PlanPeriodChoice(wxWindow* parent, app::Workspace& session, Options options);

    wxChoice* PlanControl() const { return m_plan; }
    wxChoice* PeriodControl() const { return m_period; }

    // Reads the stored plans again, keeping the chosen plan (else the first) and its period.
    void Reload();
    // Lists the chosen plan's periods and chooses the preferred one: after the plan changed.
    void FillPeriods();
    // Chooses the plan with this code, with its preferred period; false when none has it.
    bool ChoosePlan(const std::string& code);

    const domain::PlanSummary* ChosenPlan() const;
    std::optional<domain::Period> ChosenPeriod() const;

private:
    app::Workspace& m_session;
    Options m_options;
    wxChoice* m_plan;
    wxChoice* m_period;
    std::vector<domain::PlanSummary> m_plans;
    std::vector<domain::Period> m_periods;
};

// The Dashboard's periods: the plan's whole period, then each year with its halves and quarters;
// this year chosen when the plan covers it.
PlanPeriodChoice::Options DashboardPeriods();
// The Reports page's periods: each year's quarters, halves and the year, then the whole plan; the
// quarter that ended last (the report due now) chosen.
PlanPeriodChoice::Options ReportPeriods();

}  // namespace innodesk::gui
