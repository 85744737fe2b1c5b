// The task proposal and edit dialog.
#include "task_dialog.h"

#include "number_text.h"
#include "wx_text.h"

#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/task_service.h"

#include <wx/sizer.h>

namespace innodesk::gui {
namespace {

constexpr int kSpareRows = 3;

wxString Cell(const wxGrid* grid, int row, int column) {
    return grid->GetCellValue(row, column).Strip(wxString::both);
}

}  // namespace

TaskDialog::TaskDialog(wxWindow* parent, app::Workspace& session, std::optional<domain::Task> task)
    : FormDialog(parent, task ? wxString::Format(_("Task %s"), U(task->code)) : _("Propose a task"),
                 "task_dialog", wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_session(session),
      m_task(std::move(task)) {
    m_code = Text(_("Task code") + " *", "task_code");
    m_code->SetHint("ĐTCT.2026.03");
    m_title = Text(_("Title") + " *", "task_title");
    m_level = Choice(_("Level") + " *", "task_level");
    m_award = Choice(_("Award mode") + " *", "award_mode");
    m_year = Number(_("Year") + " *", "task_year", 2000, 2100, session.Clock().Today().Year());
    if (!m_task) m_proposed_on = Date(_("Proposed on") + " *", "proposed_on", session.Clock().Today());
    m_programme = Choice(_("Programme"), "task_programme");
    m_plan = Text(_("Plan code"), "plan_code");
    m_plan_line = Text(_("Plan line"), "plan_line");
    m_organisation = Choice(_("Lead organisation") + " *", "lead_organisation");
    // Built in place, as FormDialog::Enterprise would: the field's handler keeps the object's address.
    m_tax_code = Text(_("Lead enterprise tax code"), "lead_tax_code");
    auto* feedback = new wxStaticText(this, wxID_ANY, wxEmptyString);
    feedback->SetName("lead_tax_code_feedback");
    UnderField(feedback);
    m_enterprise.emplace(this, session, m_tax_code, feedback);
    m_pi = Text(_("Principal investigator") + " *", "principal_investigator");
    m_ordering_unit = Text(_("Ordering unit"), "ordering_unit");
    m_applying_unit = Text(_("Applying unit"), "applying_unit");
    m_budget = Text(_("State budget (VND)"), "state_budget");
    m_follow_up = Number(_("Years followed after acceptance"), "follow_up_years", 0, 10, 3);
    const int funding_rows = static_cast<int>(m_task ? m_task->co_funding.size() : 0) + kSpareRows;
    const int output_rows = static_cast<int>(m_task ? m_task->outputs.size() : 0) + kSpareRows;
    Below()->Add(
        new wxStaticText(this, wxID_ANY, _("Co-funding (source and amount in VND; empty rows are ignored)")),
        0, wxLEFT | wxRIGHT, 12);
    m_co_funding = NewGrid("co_funding", {{_("Source"), 440}, {_("Amount (VND)"), 160}}, funding_rows);
    Below()->Add(m_co_funding, 0, wxEXPAND | wxALL, 12);
    Below()->Add(new wxStaticText(this, wxID_ANY, _("Outputs committed (empty rows are ignored)")), 0,
                 wxLEFT | wxRIGHT, 12);
    m_outputs = NewGrid(
        "outputs", {{_("Kind"), 170}, {_("Quantity"), 70}, {_("Description"), 250}, {_("Applied by"), 160}},
        output_rows);
    wxArrayString kinds;
    for (const auto& entry : domain::OutputKinds()) kinds.Add(EnumLabel(domain::OutputKinds(), entry.value));
    for (int row = 0; row < output_rows; ++row)
        m_outputs->SetCellEditor(row, 0, new wxGridCellChoiceEditor(kinds));
    Below()->Add(m_outputs, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
    Finish(m_task ? _("What was proposed may change until the contract is signed.") : wxString(),
           FormButtons(m_task ? _("Save") : _("Propose"), "save"));
}

wxGrid* TaskDialog::NewGrid(const char* name, const std::vector<std::pair<wxString, int>>& columns,
                            int rows) {
    auto* grid = new wxGrid(this, wxID_ANY);
    grid->SetName(name);
    grid->CreateGrid(rows, static_cast<int>(columns.size()));
    grid->HideRowLabels();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        grid->SetColLabelValue(static_cast<int>(i), columns[i].first);
        grid->SetColSize(static_cast<int>(i), FromDIP(columns[i].second));
    }
    return grid;
}

bool TaskDialog::TransferDataToWindow() {
    m_programmes = m_session.Programmes().List();
    m_organisations = m_session.Tasks().Organisations();
    m_level->Clear();
    for (const auto& entry : domain::TaskLevels())
        m_level->Append(EnumLabel(domain::TaskLevels(), entry.value));
    m_award->Clear();
    for (const auto& entry : domain::AwardModes())
        m_award->Append(EnumLabel(domain::AwardModes(), entry.value));
    m_programme->Clear();
    m_programme->Append(_("(none)"));
    for (const auto& p : m_programmes) m_programme->Append(U(p.code + " — " + p.name));
    m_organisation->Clear();
    m_organisation->Append(_("(an enterprise: its tax code below)"));
    for (const auto& o : m_organisations) m_organisation->Append(U(o.name));
    const domain::Task task = m_task.value_or(domain::Task{});
    m_level->SetSelection(static_cast<int>(task.level));
    m_award->SetSelection(static_cast<int>(task.award_mode));
    m_programme->SetSelection(0);
    for (std::size_t i = 0; i < m_programmes.size(); ++i)
        if (task.programme_id == m_programmes[i].id) m_programme->SetSelection(static_cast<int>(i) + 1);
    m_organisation->SetSelection(0);
    for (std::size_t i = 0; i < m_organisations.size(); ++i)
        if (task.lead_organisation_id == m_organisations[i].id)
            m_organisation->SetSelection(static_cast<int>(i) + 1);
    if (!m_task) return true;
    m_code->ChangeValue(U(task.code));
    m_title->ChangeValue(U(task.title));
    m_year.field->ChangeValue(wxString::Format("%d", task.year));
    m_plan->ChangeValue(U(task.plan_code));
    m_plan_line->ChangeValue(U(task.plan_line));
    if (task.lead_enterprise_id)
        m_tax_code->SetValue(U(m_session.Enterprises().Get(*task.lead_enterprise_id).tax_code.Value()));
    m_pi->ChangeValue(U(task.principal_investigator));
    m_ordering_unit->ChangeValue(U(task.ordering_unit));
    m_applying_unit->ChangeValue(U(task.applying_unit));
    m_budget->ChangeValue(AmountText(task.state_budget));
    m_follow_up.field->ChangeValue(wxString::Format("%d", task.follow_up_years));
    for (std::size_t i = 0; i < task.co_funding.size(); ++i) {
        m_co_funding->SetCellValue(static_cast<int>(i), 0, U(task.co_funding[i].source));
        m_co_funding->SetCellValue(static_cast<int>(i), 1, AmountText(task.co_funding[i].amount));
    }
    for (std::size_t i = 0; i < task.outputs.size(); ++i) {
        const auto& o = task.outputs[i];
        const int row = static_cast<int>(i);
        m_outputs->SetCellValue(row, 0, EnumLabel(domain::OutputKinds(), o.kind));
        m_outputs->SetCellValue(row, 1, wxString::Format("%d", o.quantity));
        m_outputs->SetCellValue(row, 2, U(o.description));
        m_outputs->SetCellValue(row, 3, U(o.applying_user));
    }
    return true;
}

bool TaskDialog::TransferDataFromWindow() {
    // A cell still being edited holds its text in the editor, not yet in the grid.
    m_co_funding->SaveEditControlValue();
    m_outputs->SaveEditControlValue();
    domain::Task task = m_task.value_or(domain::Task{});
    task.code = S(m_code->GetValue());
    task.title = S(m_title->GetValue());
    task.level = domain::TaskLevels()[static_cast<std::size_t>(m_level->GetSelection())].value;
    task.award_mode = domain::AwardModes()[static_cast<std::size_t>(m_award->GetSelection())].value;
    task.year = m_year.Value();
    task.programme_id.reset();
    if (m_programme->GetSelection() > 0)
        task.programme_id = m_programmes[static_cast<std::size_t>(m_programme->GetSelection() - 1)].id;
    task.plan_code = S(m_plan->GetValue());
    task.plan_line = S(m_plan_line->GetValue());
    task.lead_enterprise_id.reset();
    task.lead_organisation_id.reset();
    if (m_organisation->GetSelection() > 0)
        task.lead_organisation_id =
            m_organisations[static_cast<std::size_t>(m_organisation->GetSelection() - 1)].id;
    else
        task.lead_enterprise_id = m_enterprise->Resolve().id;
    task.principal_investigator = S(m_pi->GetValue());
    task.ordering_unit = S(m_ordering_unit->GetValue());
    task.applying_unit = S(m_applying_unit->GetValue());
    task.state_budget = m_budget->GetValue().Strip(wxString::both).empty()
                            ? domain::Money()
                            : domain::Money::Parse(S(m_budget->GetValue()), S(_("State budget (VND)")));
    task.follow_up_years = m_follow_up.Value();
    task.co_funding.clear();
    for (int row = 0; row < m_co_funding->GetNumberRows(); ++row) {
        const wxString source = Cell(m_co_funding, row, 0);
        const wxString amount = Cell(m_co_funding, row, 1);
        if (source.empty() && amount.empty()) continue;
        task.co_funding.push_back(
            {S(m_co_funding->GetCellValue(row, 0)),
             domain::Money::Parse(S(amount), S(wxString::Format(_("Co-funding, row %d"), row + 1)))});
    }
    task.outputs.clear();
    for (int row = 0; row < m_outputs->GetNumberRows(); ++row) {
        if (Cell(m_outputs, row, 0).empty() && Cell(m_outputs, row, 1).empty() &&
            Cell(m_outputs, row, 2).empty() && Cell(m_outputs, row, 3).empty())
            continue;
        const wxString label = wxString::Format(_("Output, row %d"), row + 1);
        const std::string kind_label = S(wxString::Format(_("The kind of output, row %d"), row + 1));
        domain::OutputCommitment output;
        output.kind = domain::ParseEnum(domain::OutputKinds(), S(Cell(m_outputs, row, 0)), "outputs.kind",
                                        kind_label, kind_label);
        output.quantity = ParseWholeNumber(Cell(m_outputs, row, 1), label, 1, 1'000'000);
        output.description = S(m_outputs->GetCellValue(row, 2));
        output.applying_user = S(m_outputs->GetCellValue(row, 3));
        task.outputs.push_back(std::move(output));
    }
    auto service = m_session.Tasks();
    m_saved = (m_task ? service.Edit(std::move(task), m_session.Actor())
                      : service.Propose(std::move(task), m_proposed_on->Value(), m_session.Actor()))
                  .id;
    return true;
}

}  // namespace innodesk::gui
