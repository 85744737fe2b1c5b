// Tasks page.
#include "tasks_page.h"

#include "acceptance_decision_dialog.h"
#include "acceptance_dialog.h"
#include "contract_task_dialog.h"
#include "error_dialog.h"
#include "milestone_dialog.h"
#include "pay_tranche_dialog.h"
#include "report_milestone_dialog.h"
#include "task_dialog.h"
#include "task_file_panel.h"
#include "task_step_dialog.h"
#include "task_use_dialog.h"
#include "tranche_dialog.h"
#include "transfer_dialog.h"
#include "wx_text.h"

#include "domain/target_service.h"

#include <wx/button.h>

#include <algorithm>

namespace innodesk::gui {
namespace {

using domain::TaskState;

bool AnyOpenMilestone(const domain::TaskFile& file) {
    return std::any_of(file.milestones.begin(), file.milestones.end(),
                       [](const auto& m) { return m.Open(); });
}

bool AnyPlannedTranche(const domain::TaskFile& file) {
    return std::any_of(file.tranches.begin(), file.tranches.end(),
                       [](const auto& t) { return t.status == domain::TrancheStatus::Planned; });
}

bool Running(const domain::TaskFile& file) {
    return file.task.state == TaskState::Contracted || file.task.state == TaskState::InProgress;
}

// Tranches are planned and paid under a live contract, the last of them often after acceptance.
bool UnderContract(const domain::TaskFile& file) {
    return Running(file) || file.task.state == TaskState::Accepted ||
           file.task.state == TaskState::Transferred || file.task.state == TaskState::Applied;
}

}  // namespace

TasksPage::TasksPage(wxWindow* parent, app::Workspace& session)
    : TablePage(parent, session,
                {{"#", 35, ColumnKind::Number},
                 {_("Code"), 100},
                 {_("Title"), 100},
                 {_("Level"), 82},
                 {_("Award mode"), 148},
                 {_("Lead"), 92},
                 {_("State"), 148},
                 {_("Budget"), 122, ColumnKind::Money},
                 {_("Paid"), 116, ColumnKind::Money},
                 {_("Next due"), 80, ColumnKind::Date},
                 {_("Late"), 40}},
                "tasks") {
    AddFilters();
    AddSteps();
    m_panel = new TaskFilePanel(this, session);
    GetSizer()->Add(m_panel, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    m_panel->SetMinSize(FromDIP(wxSize(-1, 250)));
    m_panel->Clear();
    List()->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { ShowSelected(); });
}

wxString TasksPage::CannotCreateReason() const {
    return _("Only officers record tasks and their steps; your role reads them.");
}

void TasksPage::AddFilters() {
    const auto filter = [this](const char* name, const wxString& all, int width) {
        auto* choice = new wxChoice(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(width, -1)));
        choice->SetName(name);
        choice->Append(all);
        choice->SetSelection(0);
        AddToBar(choice);
        choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { Reload(); });
        return choice;
    };
    m_plan = filter("tasks_plan", _("All plans"), 150);
    Attempt(this, [this] {
        for (const auto& plan : m_session.Targets().List()) {
            m_plans.push_back(plan.code);
            m_plan->Append(U(plan.code));
        }
    });
    m_year = filter("tasks_year", _("All years"), 100);
    const int this_year = m_session.Clock().Today().Year();
    for (int year = this_year + 1; year >= this_year - 10; --year)
        m_year->Append(wxString::Format("%d", year));
    m_level = filter("tasks_level", _("All levels"), 110);
    for (const auto& entry : domain::TaskLevels())
        m_level->Append(EnumLabel(domain::TaskLevels(), entry.value));
    m_award = filter("tasks_award", _("All award modes"), 200);
    for (const auto& entry : domain::AwardModes())
        m_award->Append(EnumLabel(domain::AwardModes(), entry.value));
    m_state = filter("tasks_state", _("All states"), 170);
    for (const auto& entry : domain::TaskLifecycle().states)
        m_state->Append(EnumLabel(domain::TaskLifecycle().states, entry.value));
    m_lead = filter("tasks_lead", _("All leads"), 220);
}

void TasksPage::AddStep(const wxString& label, const char* name,
                        std::function<bool(const domain::TaskFile&)> allowed,
                        std::function<bool(const domain::TaskFile&)> step) {
    const bool officer = m_session.Is(domain::Role::Officer);
    auto* button = AddAction(label, name, officer, CannotCreateReason(), [this, step] {
        if (!m_file) return;
        const auto id = m_file->task.id;
        // The file as stored now, not as it was when the row was selected.
        if (step(m_session.Tasks().File(id))) Changed(id);
    });
    m_steps.push_back({button, std::move(allowed)});
}

void TasksPage::AddSteps() {
    const auto allows = [](TaskState to) {
        return [to](const domain::TaskFile& f) { return domain::TaskLifecycle().Allows(f.task.state, to); };
    };
    const bool officer = m_session.Is(domain::Role::Officer);
    AddAction(_("Propose…"), "propose_task", officer, CannotCreateReason(), [this] { CreateRecord(); });
    AddStep(
        _("Edit…"), "edit_task",
        [](const auto& f) {
            return f.task.state == TaskState::Proposed || f.task.state == TaskState::Awarded;
        },
        [this](const auto& f) {
            TaskDialog dialog(this, m_session, f.task);
            return dialog.ShowModal() == wxID_OK;
        });
    const auto step_dialog = [this](TaskStep kind) {
        return [this, kind](const domain::TaskFile& f) {
            TaskStepDialog dialog(this, m_session, f.task, kind);
            return dialog.ShowModal() == wxID_OK;
        };
    };
    AddStep(_("Award…"), "award_task", allows(TaskState::Awarded), step_dialog(TaskStep::Award));
    AddStep(_("Contract…"), "contract_task", allows(TaskState::Contracted), [this](const auto& f) {
        ContractTaskDialog dialog(this, m_session, f.task);
        return dialog.ShowModal() == wxID_OK;
    });
    AddStep(_("Start…"), "start_task", allows(TaskState::InProgress), step_dialog(TaskStep::Start));
    AddStep(_("Extend…"), "extend_task", Running, step_dialog(TaskStep::Extend));
    AddStep(_("Terminate…"), "terminate_task", allows(TaskState::Terminated),
            step_dialog(TaskStep::Terminate));
    AddStep(
        _("Add milestone…"), "add_milestone",
        [](const auto& f) { return domain::TaskBeforeAcceptance(f.task.state); },
        [this](const auto& f) {
            MilestoneDialog dialog(this, m_session, f.task);
            return dialog.ShowModal() == wxID_OK;
        });
    AddStep(
        _("Report milestone…"), "report_milestone",
        [](const auto& f) { return Running(f) && AnyOpenMilestone(f); },
        [this](const auto& f) {
            ReportMilestoneDialog dialog(this, m_session, f);
            return dialog.ShowModal() == wxID_OK;
        });
    AddStep(_("Plan tranche…"), "plan_tranche", UnderContract, [this](const auto& f) {
        TrancheDialog dialog(this, m_session, f);
        return dialog.ShowModal() == wxID_OK;
    });
    AddStep(
        _("Pay tranche…"), "pay_tranche",
        [](const auto& f) { return UnderContract(f) && AnyPlannedTranche(f); },
        [this](const auto& f) {
            PayTrancheDialog dialog(this, m_session, f);
            return dialog.ShowModal() == wxID_OK;
        });
    AddStep(
        _("Record acceptance…"), "record_acceptance",
        [](const auto& f) {
            return f.task.state == TaskState::InProgress && !AnyOpenMilestone(f) && !AnyPlannedTranche(f);
        },
        [this](const auto& f) {
            AcceptanceDialog dialog(this, m_session, f.task);
            return dialog.ShowModal() == wxID_OK;
        });
    AddStep(
        _("Draft acceptance decision…"), "draft_acceptance_decision",
        [](const auto& f) { return f.task.state == TaskState::InProgress && f.task.acceptance.has_value(); },
        [this](const auto& f) {
            AcceptanceDecisionDialog dialog(this, m_session, f.task);
            return dialog.ShowModal() == wxID_OK;
        });
    AddStep(_("Transfer…"), "transfer_task", allows(TaskState::Transferred), [this](const auto& f) {
        TransferDialog dialog(this, m_session, f.task);
        return dialog.ShowModal() == wxID_OK;
    });
    AddStep(
        _("Record use…"), "record_use",
        [](const auto& f) {
            return f.task.state == TaskState::Transferred || f.task.state == TaskState::Applied;
        },
        [this](const auto& f) {
            TaskUseDialog dialog(this, m_session, f.task);
            return dialog.ShowModal() == wxID_OK;
        });
}

void TasksPage::CreateRecord() {
    if (!CanCreate()) return;
    TaskDialog dialog(this, m_session, std::nullopt);
    if (dialog.ShowModal() == wxID_OK) Changed(dialog.Saved());
}

void TasksPage::Changed(domain::TaskId id) {
    ShowRecord(id);
    ShowSelected();
}

void TasksPage::Reload() {
    TablePage::Reload();
    // The page opens on the first task's file rather than on an empty panel.
    if (m_first_load && !SelectedId() && List()->GetItemCount() > 0) List()->SelectRow(0);
    m_first_load = false;
    ShowSelected();
}

std::vector<TableRow> TasksPage::LoadRows() {
    domain::TaskFilter filter;
    filter.limit = 20'000;
    if (m_plan->GetSelection() > 0)
        filter.plan_code = m_plans[static_cast<std::size_t>(m_plan->GetSelection() - 1)];
    if (m_year->GetSelection() > 0) filter.year = std::stoi(S(m_year->GetStringSelection()));
    if (m_level->GetSelection() > 0)
        filter.level = domain::TaskLevels()[static_cast<std::size_t>(m_level->GetSelection() - 1)].value;
    if (m_award->GetSelection() > 0)
        filter.award_mode = domain::AwardModes()[static_cast<std::size_t>(m_award->GetSelection() - 1)].value;
    if (m_state->GetSelection() > 0)
        filter.state =
            domain::TaskLifecycle().states[static_cast<std::size_t>(m_state->GetSelection() - 1)].value;
    if (m_lead->GetSelection() > 0) {
        const auto& lead = m_leads[static_cast<std::size_t>(m_lead->GetSelection() - 1)];
        filter.lead_enterprise_id = lead.enterprise;
        filter.lead_organisation_id = lead.organisation;
    }
    const auto tasks = m_session.Tasks().List(filter);
    const auto today = m_session.Clock().Today();
    std::vector<TableRow> rows;
    rows.reserve(tasks.size());
    for (const auto& s : tasks) {
        const auto& t = s.task;
        // The lead filter offers every lead seen so far; one stays offered while it is chosen.
        const bool known = std::any_of(m_leads.begin(), m_leads.end(), [&](const Lead& lead) {
            return lead.enterprise == t.lead_enterprise_id && lead.organisation == t.lead_organisation_id;
        });
        if (!known) {
            m_leads.push_back({t.lead_enterprise_id, t.lead_organisation_id, s.lead_name});
            m_lead->Append(U(s.lead_name));
        }
        const bool late = s.next_milestone_due && today > *s.next_milestone_due;
        rows.push_back(
            {t.id,
             {TableCell::Number(t.id), U(t.code), U(t.title), EnumLabel(domain::TaskLevels(), t.level),
              EnumLabel(domain::AwardModes(), t.award_mode), U(s.lead_name),
              EnumLabel(domain::TaskLifecycle().states, t.state), TableCell::Amount(t.state_budget),
              TableCell::Amount(s.paid),
              s.next_milestone_due ? TableCell::Date(*s.next_milestone_due) : TableCell(),
              late ? _("late") : wxString()}});
    }
    if (tasks.size() == filter.limit) NoteLimitReached(filter.limit);
    return rows;
}

void TasksPage::ShowSelected() {
    m_file.reset();
    const auto id = SelectedId();
    if (id) Attempt(this, [&] { m_file = m_session.Tasks().File(*id); });
    if (m_file)
        m_panel->Show(*m_file);
    else
        m_panel->Clear();
    const bool officer = m_session.Is(domain::Role::Officer);
    for (const auto& step : m_steps) {
        const bool allowed = officer && m_file && step.allowed(*m_file);
        step.button->Enable(allowed);
        if (!officer) continue;
        step.button->SetToolTip(
            !m_file   ? _("Select a task first.")
            : allowed ? wxString()
                      : wxString::Format(_("Not at this step: the task is %s."),
                                         EnumLabel(domain::TaskLifecycle().states, m_file->task.state)));
    }
}

}  // namespace innodesk::gui
