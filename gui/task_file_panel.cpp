// The task file panel.
#include "task_file_panel.h"

#include "number_text.h"
#include "wx_text.h"

#include "domain/application_service.h"

#include <wx/sizer.h>

namespace innodesk::gui {
namespace {

void Append(wxDataViewListCtrl* list, const std::vector<wxString>& cells) {
    wxVector<wxVariant> values;
    for (const auto& cell : cells) values.push_back(cell);
    list->AppendItem(values);
}

wxString DateText(const std::optional<domain::CalendarDate>& date) {
    return date ? U(date->Format()) : wxString();
}

}  // namespace

TaskFilePanel::TaskFilePanel(wxWindow* parent, app::Workspace& session)
    : wxPanel(parent), m_session(session) {
    SetName("task_file");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // One line each, cut with "…" rather than wrapped: a wrapped line would push the next out of sight.
    for (const char* name : {"task_summary", "task_lead", "task_contract"}) {
        auto* line = new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                      wxST_ELLIPSIZE_END | wxST_NO_AUTORESIZE);
        line->SetName(name);
        sizer->Add(line, 0, wxEXPAND | wxBOTTOM, 2);
        m_lines.push_back(line);
    }
    m_tabs = new wxNotebook(this, wxID_ANY);
    m_tabs->SetName("task_tabs");
    sizer->Add(m_tabs, 1, wxEXPAND);
    SetSizer(sizer);
    m_outputs =
        AddList(_("Outputs and co-funding"), "task_outputs",
                {{_("Kind"), 170}, {_("Quantity"), 85}, {_("Description"), 420}, {_("Applied by"), 260}},
                &m_funding_heading);
    m_milestones = AddList(_("Milestones"), "task_milestones",
                           {{"#", 40},
                            {_("Content"), 300},
                            {_("Product"), 200},
                            {_("Due"), 90},
                            {_("Reported"), 90},
                            {_("Status"), 135},
                            {_("Evidence"), 200}},
                           nullptr);
    m_tranches = AddList(_("Tranches"), "task_tranches",
                         {{"#", 40},
                          {_("Amount"), 130},
                          {_("Due"), 90},
                          {_("Status"), 100},
                          {_("Paid on"), 90},
                          {_("Reference"), 200},
                          {_("Recorded by"), 120}},
                         nullptr);
    m_uses = AddList(
        _("Acceptance, transfer and use"), "task_uses",
        {{_("Reported on"), 120}, {_("Where it is applied"), 360}, {_("Since"), 90}, {_("Evidence"), 330}},
        &m_acceptance);
    m_history = AddList(_("History"), "task_history",
                        {{_("On"), 90}, {_("Step"), 200}, {_("Who"), 120}, {_("Note"), 520}}, nullptr);
    m_applications =
        AddList(_("Linked applications"), "task_applications",
                {{"#", 60}, {_("Title"), 460}, {_("Requested"), 130}, {_("State"), 160}}, nullptr);
}

wxDataViewListCtrl* TaskFilePanel::AddList(const wxString& tab, const char* name,
                                           const std::vector<std::pair<wxString, int>>& columns,
                                           wxStaticText** heading) {
    auto* page = new wxPanel(m_tabs);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    if (heading) {
        *heading = new wxStaticText(page, wxID_ANY, wxEmptyString);
        (*heading)->SetName(wxString(name) + "_heading");
        sizer->Add(*heading, 0, wxEXPAND | wxALL, 4);
    }
    auto* list = new wxDataViewListCtrl(page, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_ROW_LINES);
    list->SetName(name);
    for (const auto& [title, width] : columns)
        list->AppendTextColumn(title, wxDATAVIEW_CELL_INERT, FromDIP(width), wxALIGN_LEFT,
                               wxDATAVIEW_COL_RESIZABLE);
    sizer->Add(list, 1, wxEXPAND);
    page->SetSizer(sizer);
    m_tabs->AddPage(page, tab);
    return list;
}

void TaskFilePanel::Clear() {
    m_lines[0]->SetLabel(
        _("Select a task to see its outputs, milestones, payments, acceptance and history."));
    m_lines[1]->SetLabel(wxEmptyString);
    m_lines[2]->SetLabel(wxEmptyString);
    m_funding_heading->SetLabel(wxEmptyString);
    m_acceptance->SetLabel(wxEmptyString);
    for (auto* list : {m_outputs, m_milestones, m_tranches, m_uses, m_history, m_applications})
        list->DeleteAllItems();
}

void TaskFilePanel::Show(const domain::TaskFile& file) {
    Clear();
    const auto& t = file.task;
    const auto today = m_session.Clock().Today();
    m_lines[0]->SetLabelText(U(t.code) + " — " + U(t.title));
    m_lines[1]->SetLabelText(wxString::Format(_("Lead: %s; principal investigator: %s"), U(file.lead_name),
                                              U(t.principal_investigator)));
    m_lines[2]->SetLabelText(t.contract_number.empty()
                                 ? _("No contract yet.")
                                 : wxString::Format(_("Contract %s, %s – %s; paid %s of %s"),
                                                    U(t.contract_number), DateText(t.starts_on),
                                                    DateText(t.ends_on), U(file.Paid().Format()),
                                                    AmountText(t.state_budget)));

    wxString funding;
    for (const auto& f : t.co_funding)
        funding +=
            (funding.empty() ? wxString() : wxString("; ")) + U(f.source) + ": " + AmountText(f.amount);
    m_funding_heading->SetLabelText(funding.empty() ? _("No co-funding.")
                                                    : wxString::Format(_("Co-funding: %s"), funding));
    for (const auto& o : t.outputs)
        Append(m_outputs, {EnumLabel(domain::OutputKinds(), o.kind), wxString::Format("%d", o.quantity),
                           U(o.description), U(o.applying_user)});
    for (const auto& m : file.milestones)
        Append(m_milestones, {wxString::Format("%d", m.position), U(m.content), U(m.product),
                              U(m.due_on.Format()), DateText(m.reported_on),
                              EnumLabel(domain::MilestoneStatuses(), m.status) +
                                  (m.LateOn(today) ? " — " + _("late") : wxString()),
                              U(m.evidence)});
    for (const auto& tranche : file.tranches)
        Append(m_tranches, {wxString::Format("%d", tranche.number), AmountText(tranche.amount),
                            U(tranche.due_on.Format()), EnumLabel(domain::TrancheStatuses(), tranche.status),
                            DateText(tranche.paid_on), U(tranche.reference), U(tranche.recorded_by)});

    wxString acceptance;
    if (t.acceptance)
        acceptance = wxString::Format(_("Acceptance: %s on %s, %s, minutes %s"),
                                      EnumLabel(domain::AcceptanceResults(), t.acceptance->result),
                                      U(t.acceptance->held_on.Format()), U(t.acceptance->council),
                                      U(t.acceptance->minutes_number)) +
                     (t.acceptance->decision_id
                          ? " " + wxString::Format(_("(decision #%lld)"),
                                                   static_cast<long long>(*t.acceptance->decision_id))
                          : " " + _("(no decision signed yet)"));
    else
        acceptance = _("No acceptance recorded.");
    if (t.transfer)
        acceptance +=
            "\n" + wxString::Format(_("Transferred on %s to %s, record %s"), U(t.transfer->on.Format()),
                                    U(t.transfer->receiving_unit), U(t.transfer->document_number));
    m_acceptance->SetLabelText(acceptance);
    for (const auto& use : file.uses)
        Append(m_uses, {U(use.reported_on.Format()), U(use.place), U(use.since.Format()), U(use.evidence)});

    for (const auto& step : file.history)
        Append(m_history, {U(step.on.Format()), EnumLabel(domain::TaskLifecycle().states, step.to),
                           U(step.actor), U(step.note)});
    for (const auto& e : file.extensions)
        Append(m_history,
               {U(m_session.Clock().FormatMoment(e.at_unix)).BeforeFirst(' '),
                wxString::Format(_("Extended: %s → %s"), U(e.from_end.Format()), U(e.to_end.Format())),
                U(e.actor), U(e.document_number + " — " + e.reason)});
    auto applications = m_session.Applications();
    for (const auto id : file.applications) {
        const auto a = applications.Get(id);
        Append(m_applications,
               {wxString::Format("%lld", static_cast<long long>(id)), U(a.title),
                AmountText(a.requested_amount), EnumLabel(domain::ApplicationLifecycle().states, a.state)});
    }
    Layout();
}

}  // namespace innodesk::gui
