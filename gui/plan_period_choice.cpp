// Plan and period choosers.
#include "plan_period_choice.h"

#include "wx_text.h"

namespace innodesk::gui {
namespace {

wxString PlanLabel(const domain::PlanSummary& plan) {
    return U(plan.code + " — " + plan.title.In(CurrentLanguage()));
}

}  // namespace

PlanPeriodChoice::PlanPeriodChoice(wxWindow* parent, app::Workspace& session, Options options)
    : m_session(session), m_options(std::move(options)) {
    m_plan = new wxChoice(parent, wxID_ANY);
    m_plan->SetName(m_options.plan_name);
    m_plan->SetMinSize(parent->FromDIP(wxSize(m_options.plan_width, -1)));
    m_period = new wxChoice(parent, wxID_ANY);
    m_period->SetName(m_options.period_name);
}

void PlanPeriodChoice::Reload() {
    const auto* before = ChosenPlan();
    const std::string chosen_code = before ? before->code : std::string();
    const auto chosen_period = ChosenPeriod();
    m_plans = m_session.Targets().List();
    m_plan->Clear();
    for (const auto& plan : m_plans) m_plan->Append(PlanLabel(plan));
    if (m_plans.empty()) {
        m_periods.clear();
        m_period->Clear();
        return;
    }
    if (!ChoosePlan(chosen_code)) {
        m_plan->SetSelection(0);
        FillPeriods();
        return;
    }
    for (std::size_t i = 0; chosen_period && i < m_periods.size(); ++i)
        if (m_periods[i] == *chosen_period) m_period->SetSelection(static_cast<int>(i));
}

void PlanPeriodChoice::FillPeriods() {
    m_periods.clear();
    m_period->Clear();
    const auto* plan = ChosenPlan();
    if (!plan) return;
    m_periods = m_options.periods(*plan);
    for (const auto& period : m_periods) m_period->Append(U(period.Label().In(CurrentLanguage())));
    if (!m_periods.empty())
        m_period->SetSelection(static_cast<int>(m_options.preferred(m_periods, m_session.Clock().Today())));
}

bool PlanPeriodChoice::ChoosePlan(const std::string& code) {
    for (std::size_t i = 0; i < m_plans.size(); ++i)
        if (m_plans[i].code == code) {
            m_plan->SetSelection(static_cast<int>(i));
            FillPeriods();
            return true;
        }
    return false;
}

const domain::PlanSummary* PlanPeriodChoice::ChosenPlan() const {
    const int chosen = m_plan->GetSelection();
    if (chosen == wxNOT_FOUND || static_cast<std::size_t>(chosen) >= m_plans.size()) return nullptr;
    return &m_plans[static_cast<std::size_t>(chosen)];
}

std::optional<domain::Period> PlanPeriodChoice::ChosenPeriod() const {
    const int chosen = m_period->GetSelection();
    if (chosen == wxNOT_FOUND || static_cast<std::size_t>(chosen) >= m_periods.size()) return std::nullopt;
    return m_periods[static_cast<std::size_t>(chosen)];
}

PlanPeriodChoice::Options DashboardPeriods() {
    PlanPeriodChoice::Options options;
    options.plan_name = "dashboard_plan";
    options.period_name = "dashboard_period";
    options.plan_width = 320;
    options.periods = [](const domain::PlanSummary& plan) {
        std::vector<domain::Period> periods;
        if (plan.last_year > plan.first_year)
            periods.push_back(domain::Period::Years(plan.first_year, plan.last_year));
        for (int year = plan.first_year; year <= plan.last_year; ++year) {
            periods.push_back(domain::Period::Year(year));
            for (int half = 1; half <= 2; ++half) periods.push_back(domain::Period::HalfYear(year, half));
            for (int quarter = 1; quarter <= 4; ++quarter)
                periods.push_back(domain::Period::Quarter(year, quarter));
        }
        return periods;
    };
    options.preferred = [](const std::vector<domain::Period>& periods, const domain::CalendarDate& today) {
        for (std::size_t i = 0; i < periods.size(); ++i)
            if (periods[i] == domain::Period::Year(today.Year())) return i;
        return std::size_t{0};
    };
    return options;
}

PlanPeriodChoice::Options ReportPeriods() {
    PlanPeriodChoice::Options options;
    options.plan_name = "report_plan";
    options.period_name = "report_period";
    options.plan_width = 300;
    options.periods = [](const domain::PlanSummary& plan) {
        std::vector<domain::Period> periods;
        for (int year = plan.first_year; year <= plan.last_year; ++year) {
            for (int quarter = 1; quarter <= 4; ++quarter)
                periods.push_back(domain::Period::Quarter(year, quarter));
            for (int half = 1; half <= 2; ++half) periods.push_back(domain::Period::HalfYear(year, half));
            periods.push_back(domain::Period::Year(year));
        }
        if (plan.last_year > plan.first_year)
            periods.push_back(domain::Period::Years(plan.first_year, plan.last_year));
        return periods;
    };
    options.preferred = [](const std::vector<domain::Period>& periods, const domain::CalendarDate& today) {
        std::size_t chosen = 0;
        for (std::size_t i = 0; i < periods.size(); ++i)
            if (periods[i].Kind() == domain::PeriodKind::Quarter && periods[i].To() < today) chosen = i;
        return chosen;
    };
    return options;
}

}  // namespace innodesk::gui
