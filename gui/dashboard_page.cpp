// Dashboard page.
#include "dashboard_page.h"

#include "bar_chart.h"
#include "enterprise_cache.h"
#include "error_dialog.h"
#include "file_choice.h"
#include "form_dialog.h"
#include "indicator_dialog.h"
#include "list_dialog.h"
#include "number_text.h"
#include "target_card.h"
#include "wx_text.h"

#include "domain/deadline_service.h"
#include "domain/four_eyes_service.h"
#include "domain/support_content.h"
#include "interchange/plan_file.h"

#include <wx/button.h>
#include <wx/dateevt.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>

#include <algorithm>
#include <map>

namespace innodesk::gui {
namespace {

bool MayEnterPlans(const app::Workspace& session) {
    return session.Is(domain::Role::Officer) || session.Is(domain::Role::Admin);
}

wxString Money(std::int64_t dong) {
    return AmountText(domain::Money::Dong(dong));
}

}  // namespace

DashboardPage::DashboardPage(wxWindow* parent, app::Workspace& session) : Page(parent, session) {
    SetName("dashboard");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(new wxStaticText(this, wxID_ANY, _("Plan:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    m_choice.emplace(this, session, DashboardPeriods());
    bar->Add(m_choice->PlanControl(), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
    bar->Add(new wxStaticText(this, wxID_ANY, _("Period:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    bar->Add(m_choice->PeriodControl(), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
    bar->Add(new wxStaticText(this, wxID_ANY, _("As of:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    // The department's today (its time zone), not the machine's.
    m_as_of = new wxDatePickerCtrl(this, wxID_ANY, WxDate(session.Clock().Today()), wxDefaultPosition,
                                   wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    m_as_of->SetName("dashboard_as_of");
    bar->Add(m_as_of, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
    auto* import = new wxButton(this, wxID_ANY, _("Import a plan file…"));
    import->SetName("import_plan");
    if (!MayEnterPlans(session)) {
        import->Disable();
        import->SetToolTip(_("Only officers and administrators import plans; your role reads them."));
    }
    bar->Add(import, 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(bar, 0, wxEXPAND | wxALL, 8);

    m_summary = new wxStaticText(this, wxID_ANY, wxEmptyString);
    m_summary->SetName("dashboard_summary");
    m_summary->SetFont(m_summary->GetFont().Bold());
    sizer->Add(m_summary, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
    m_four_eyes = new wxStaticText(this, wxID_ANY, wxEmptyString);
    m_four_eyes->SetName("dashboard_four_eyes");
    m_four_eyes->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT));
    sizer->Add(m_four_eyes, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);

    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    m_targets =
        new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxBORDER_THEME);
    m_targets->SetName("dashboard_targets");
    m_targets->SetScrollRate(0, FromDIP(12));
    m_targets->SetSizer(new wxBoxSizer(wxVERTICAL));
    columns->Add(m_targets, 1, wxEXPAND | wxRIGHT, 8);

    // The side column keeps its width, so its lists and charts stay readable on a laptop screen.
    auto* side = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(380, -1)), wxVSCROLL);
    side->SetMinSize(FromDIP(wxSize(380, -1)));
    side->SetScrollRate(0, FromDIP(12));
    auto* side_sizer = new wxBoxSizer(wxVERTICAL);
    auto heading = [side](const wxString& text) {
        auto* label = new wxStaticText(side, wxID_ANY, text);
        label->SetFont(label->GetFont().Bold());
        label->Wrap(side->FromDIP(360));
        return label;
    };
    side_sizer->Add(heading(_("Coming up in the next 30 days")), 0, wxBOTTOM, 4);
    m_deadlines =
        new wxDataViewListCtrl(side, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 170)), wxDV_ROW_LINES);
    m_deadlines->SetName("dashboard_deadlines");
    m_deadlines->AppendTextColumn(_("Due"), wxDATAVIEW_CELL_INERT, FromDIP(82));
    m_deadlines->AppendTextColumn(_("When"), wxDATAVIEW_CELL_INERT, FromDIP(110));
    m_deadlines->AppendTextColumn(_("What"), wxDATAVIEW_CELL_INERT, FromDIP(420));
    side_sizer->Add(m_deadlines, 0, wxEXPAND | wxBOTTOM, 12);
    side_sizer->Add(heading(_("The plan's work items")), 0, wxBOTTOM, 4);
    m_work_summary = new wxStaticText(side, wxID_ANY, wxEmptyString);
    m_work_summary->SetName("dashboard_work_summary");
    side_sizer->Add(m_work_summary, 0, wxBOTTOM, 4);
    m_work_items =
        new wxDataViewListCtrl(side, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 150)), wxDV_ROW_LINES);
    m_work_items->SetName("dashboard_work_items");
    m_work_items->AppendTextColumn(_("Item"), wxDATAVIEW_CELL_INERT, FromDIP(62));
    m_work_items->AppendTextColumn(_("Due"), wxDATAVIEW_CELL_INERT, FromDIP(82));
    m_work_items->AppendTextColumn(_("Lead unit"), wxDATAVIEW_CELL_INERT, FromDIP(130));
    m_work_items->AppendTextColumn(_("Work"), wxDATAVIEW_CELL_INERT, FromDIP(420));
    side_sizer->Add(m_work_items, 0, wxEXPAND | wxBOTTOM, 12);
    side_sizer->Add(heading(_("Reports owed this period")), 0, wxBOTTOM, 4);
    m_duty_summary = new wxStaticText(side, wxID_ANY, wxEmptyString);
    m_duty_summary->SetName("dashboard_duty_summary");
    side_sizer->Add(m_duty_summary, 0, wxBOTTOM, 4);
    m_duties =
        new wxDataViewListCtrl(side, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 150)), wxDV_ROW_LINES);
    m_duties->SetName("dashboard_duties");
    m_duties->AppendTextColumn(_("Due"), wxDATAVIEW_CELL_INERT, FromDIP(82));
    m_duties->AppendTextColumn(_("State"), wxDATAVIEW_CELL_INERT, FromDIP(110));
    m_duties->AppendTextColumn(_("Who reports"), wxDATAVIEW_CELL_INERT, FromDIP(160));
    m_duties->AppendTextColumn(_("Report"), wxDATAVIEW_CELL_INERT, FromDIP(380));
    side_sizer->Add(m_duties, 0, wxEXPAND | wxBOTTOM, 12);
    side_sizer->Add(heading(_("Enterprises supported, by support content")), 0, wxBOTTOM, 4);
    m_by_content = new BarChart(side, "chart_by_content");
    side_sizer->Add(m_by_content, 0, wxEXPAND | wxBOTTOM, 12);
    side_sizer->Add(heading(_("Enterprises supported, by commune (first ten)")), 0, wxBOTTOM, 4);
    m_by_commune = new BarChart(side, "chart_by_commune");
    side_sizer->Add(m_by_commune, 0, wxEXPAND);
    side->SetSizer(side_sizer);
    columns->Add(side, 0, wxEXPAND);
    sizer->Add(columns, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    SetSizer(sizer);

    m_choice->PlanControl()->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        m_choice->FillPeriods();
        Attempt(this, [this] { ShowPlan(); });
    });
    m_choice->PeriodControl()->Bind(wxEVT_CHOICE,
                                    [this](wxCommandEvent&) { Attempt(this, [this] { ShowPlan(); }); });
    m_as_of->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { Reload(); });
    import->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Attempt(this, [this] { ImportPlan();
});
}  // namespace innodesk::gui
);
}

void DashboardPage::Reload() {
    Attempt(this, [this] {
        m_choice->Reload();
        ShowPlan();
        ShowDeadlines();
    });
    Attempt(this, [this] { ShowFourEyes(); });
}

void DashboardPage::ShowFourEyes() {
    const auto status = domain::FourEyesService(m_session.Store(), m_session.Clock()).Status();
    wxString text;
    if (status.one_person_rule_applies)
        text = Say(status.summary);
    else if (m_session.Is(domain::Role::Admin) && status.pending_proposals > 0)
        text = wxString::Format(
            _("Changes to trust and signers awaiting a second administrator's confirmation: %d (Settings)."),
            status.pending_proposals);
    m_four_eyes->SetLabel(text);
    m_four_eyes->Show(!text.empty());
    Layout();
}

// The chosen plan's targets and breakdowns, from one reading of the records.
void DashboardPage::ShowPlan() {
    std::optional<domain::PlanDashboard> dashboard;
    if (const auto* plan = m_choice->ChosenPlan())
        dashboard = m_session.Targets().Dashboard(plan->code, m_choice->ChosenPeriod(), DateOf(m_as_of));
    m_evaluation.reset();
    if (dashboard) m_evaluation = std::move(dashboard->evaluation);
    ShowTargets();
    ShowBreakdown(dashboard ? &dashboard->breakdown : nullptr);
    ShowWorkItems();
    ShowDuties();
}

void DashboardPage::ShowWorkItems() {
    m_work_items->DeleteAllItems();
    const auto* plan = m_choice->ChosenPlan();
    if (!plan) {
        m_work_summary->SetLabel(wxEmptyString);
        return;
    }
    const auto items = m_session.WorkItems().List(plan->code, DateOf(m_as_of));
    int done = 0, under_way = 0, overdue = 0;
    for (const auto& view : items) {
        const auto status = view.latest ? view.latest->status : domain::WorkItemStatus::NotStarted;
        if (status == domain::WorkItemStatus::Done || status == domain::WorkItemStatus::Dropped)
            ++done;
        else if (status == domain::WorkItemStatus::InProgress)
            ++under_way;
        if (!view.overdue) continue;
        ++overdue;
        wxVector<wxVariant> row;
        row.push_back(U(view.item.code));
        row.push_back(view.due ? U(view.due->Format()) : wxString());
        row.push_back(Say(view.item.lead_unit));
        row.push_back(Say(view.item.content));
        m_work_items->AppendItem(row);
    }
    m_work_summary->SetLabel(
        items.empty() ? _("This plan lists no work items.")
                      : wxString::Format(_("%zu items: %d done, %d under way, %d overdue (below)."),
                                         items.size(), done, under_way, overdue));
}

void DashboardPage::ShowDuties() {
    m_duties->DeleteAllItems();
    m_duty_summary->SetLabel(wxEmptyString);
    const auto* plan = m_choice->ChosenPlan();
    if (!plan) return;
    int received = 0, late = 0, due = 0;
    // The period's occurrences not yet received, and every earlier one still late.
    for (const auto& view : m_session.Duties().List(plan->code, m_choice->ChosenPeriod(), DateOf(m_as_of))) {
        if (view.state == domain::DutyState::Received) {
            ++received;
            continue;
        }
        ++(view.state == domain::DutyState::Late ? late : due);
        const wxString state = view.state == domain::DutyState::Late
                                   ? wxString::Format(_("late by %d days"), view.days_late)
                                   : _("not yet received");
        wxVector<wxVariant> row;
        row.push_back(U(view.occurrence.due.Format()));
        row.push_back(state);
        row.push_back(view.duty.from.vi.empty() ? _("(not stated)") : Say(view.duty.from));
        row.push_back(Say(view.duty.label) + " (" + Say(view.occurrence.period_label) + ")");
        m_duties->AppendItem(row);
    }
    m_duty_summary->SetLabel(
        received + late + due == 0
            ? _("No report of this plan falls due in this period.")
            : wxString::Format(_("%d received; not received: %d late, %d not yet due (listed below)."),
                               received, late, due));
    m_duty_summary->Wrap(FromDIP(360));
    m_duty_summary->GetParent()->Layout();
}

void DashboardPage::ShowTargets() {
    m_targets->Freeze();
    m_targets->DestroyChildren();
    auto* list = m_targets->GetSizer();
    list->Clear();
    if (!m_evaluation) {
        m_summary->SetLabel(
            _("No plan is stored yet. Import a plan file (the shipped ones are in data/plans) to track "
              "its targets here."));
    } else {
        std::map<domain::TargetStatus, int> counts;
        for (const auto& target : m_evaluation->targets) {
            ++counts[target.status];
            auto* card = new TargetCard(m_targets, target, [this, target] {
                if (target.manual)
                    EnterValue(target);
                else
                    OpenRecords(target);
            });
            if (target.manual && MayEnterPlans(m_session)) {
                card->SetToolTip(_("Click to enter its value, with its source and date."));
                card->SetCursor(wxCursor(wxCURSOR_HAND));
                auto open = [this, target](wxMouseEvent&) { EnterValue(target); };
                card->Bind(wxEVT_LEFT_UP, open);
                for (auto* child : card->GetChildren()) child->Bind(wxEVT_LEFT_UP, open);
            }
            list->Add(card, 0, wxEXPAND);
            auto* line = new wxWindow(m_targets, wxID_ANY, wxDefaultPosition, wxSize(-1, 1));
            line->SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_3DLIGHT));
            list->Add(line, 0, wxEXPAND);
        }
        wxString summary = wxString::Format(_("%s, %s, as of %s:"), U(m_evaluation->plan_code),
                                            U(m_evaluation->period.Label().In(CurrentLanguage())),
                                            U(m_evaluation->as_of.Format()));
        for (const auto& entry : domain::TargetStatuses())
            if (counts[entry.value])
                summary += wxString::Format("  %s %d", StatusLabel(entry.value), counts[entry.value]);
        m_summary->SetLabel(summary);
    }
    m_targets->FitInside();
    m_targets->Thaw();
    Layout();
}

void DashboardPage::ShowDeadlines() {
    m_deadlines->DeleteAllItems();
    const auto as_of = DateOf(m_as_of);
    for (const auto& deadline : m_session.Deadlines().Upcoming(as_of, 30)) {
        const int days = as_of.DaysUntil(deadline.due);
        const wxString when = days < 0    ? wxString::Format(_("overdue by %d days"), -days)
                              : days == 0 ? _("today")
                                          : wxString::Format(_("in %d days"), days);
        wxVector<wxVariant> row;
        row.push_back(U(deadline.due.Format()));
        row.push_back(when);
        row.push_back(Say(deadline.label));
        m_deadlines->AppendItem(row);
    }
}

void DashboardPage::ShowBreakdown(const domain::SupportBreakdown* breakdown) {
    if (!breakdown) {
        m_by_content->SetBars({});
        m_by_commune->SetBars({});
        return;
    }
    auto bars = [](const std::vector<domain::BreakdownRow>& rows, std::size_t limit) {
        std::vector<ChartBar> out;
        for (const auto& row : rows) {
            if (row.enterprises == 0) continue;
            if (out.size() == limit) break;
            out.push_back({Say(row.label), static_cast<double>(row.enterprises),
                           wxString::Format("%s · %s", Grouped(row.enterprises), Money(row.amount_vnd))});
        }
        return out;
    };
    m_by_content->SetBars(bars(breakdown->by_content, 20));
    m_by_commune->SetBars(bars(breakdown->by_commune, 10));
    Layout();
}

void DashboardPage::OpenRecords(const domain::TargetEvaluation& target) {
    if (!m_evaluation) return;
    Attempt(this, [&] {
        const auto records = m_session.Targets().Records(m_evaluation->plan_code, target.code,
                                                         m_evaluation->period, m_evaluation->as_of);
        EnterpriseCache enterprises(m_session);
        enterprises.Preload(records, [](const auto& record) { return record.enterprise_id; });
        std::vector<std::vector<wxString>> rows;
        for (const auto& record : records)
            rows.push_back({U(record.entity), wxString::Format("%lld", static_cast<long long>(record.id)),
                            record.enterprise_id ? U(enterprises.Get(record.enterprise_id).name) : wxString(),
                            record.on ? U(record.on->Format()) : wxString(), U(record.detail),
                            U(domain::FormatFigure(record.contributes, CurrentLanguage()))});
        ShowListDialog(this, U(target.code + " — " + target.label.In(CurrentLanguage())), "target_records",
                       wxString::Format(_("%s; %zu records count (the first 1.000 are listed)."),
                                        ActualText(target), records.size()),
                       {{_("Record"), 100},
                        {"#", 60},
                        {_("Enterprise"), 240},
                        {_("Date"), 90},
                        {_("What"), 220},
                        {_("Counts"), 70}},
                       rows, wxSize(860, 360));
    });
}

void DashboardPage::EnterValue(const domain::TargetEvaluation& target) {
    if (!m_evaluation || !MayEnterPlans(m_session)) return;
    IndicatorDialog dialog(this, m_session, m_evaluation->plan_code, target);
    if (dialog.ShowModal() == wxID_OK) Reload();
}

void DashboardPage::ImportPlan() {
    const auto path = ChooseFile(this, {"import_plan_file", _("Import a plan file"), wxEmptyString,
                                        _("Plan files (*.yaml;*.yml)|*.yaml;*.yml"), false});
    if (!path) return;
    const auto plan = interchange::ReadPlanFile(S(*path), m_session.Text());
    const auto stored = m_session.Targets().Import(plan, m_session.Actor());
    Reload();
    m_choice->ChoosePlan(stored.code);
    Attempt(this, [this] { ShowPlan(); });
    wxMessageBox(
        wxString::Format(_("Plan %s imported with %zu targets."), U(stored.code), stored.targets.size()),
        _("Import a plan file"), wxOK | wxICON_INFORMATION, this);
}

}  // namespace innodesk::gui
