// The new and edit application dialog.
#include "new_application_dialog.h"
#include "number_text.h"

#include "application_conflict_dialog.h"
#include "wx_text.h"

#include "domain/application_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/tax_code.h"

namespace innodesk::gui {
namespace {

// Room for the longest cap and budget sentences, reserved so that they never push the buttons.
constexpr int kProblemLines = 4;

}  // namespace

NewApplicationDialog::NewApplicationDialog(wxWindow* parent, app::Workspace& session)
    : FormDialog(parent, _("New application"), "application_dialog"), m_session(session) {
    AddFields();
    Finish();
}

NewApplicationDialog::NewApplicationDialog(wxWindow* parent, app::Workspace& session,
                                           const domain::Application& editing)
    : FormDialog(parent, wxString::Format(_("Edit application %lld"), static_cast<long long>(editing.id)),
                 "edit_application_dialog"),
      m_session(session),
      m_editing(editing) {
    AddFields();
    Finish(wxString::Format(
        _("Application %lld, %s: what it asks for can be corrected until the review starts."),
        static_cast<long long>(editing.id), EnumLabel(domain::ApplicationLifecycle().states, editing.state)));
}

void NewApplicationDialog::AddFields() {
    m_tax_code = Text(_("Enterprise tax code") + " *", "enterprise");
    m_programme = Choice(_("Programme") + " *", "programme");
    m_year = Number(_("Year") + " *", "year", 2000, 2100, m_session.Clock().Today().Year());
    m_year.label = _("Year");
    m_content = Choice(_("Support content") + " *", "content");
    m_title = Text(_("Proposal title") + " *", "title");
    m_requested = Text(_("Requested support (VND)") + " *", "requested");
    m_co_funding = Text(_("Co-funding (VND)") + " *", "co_funding");
    m_amount_problems = new wxStaticText(this, wxID_ANY, wxEmptyString);
    m_amount_problems->SetName("amount_problems");
    m_amount_problems->SetForegroundColour(wxColour(0xB7, 0x1C, 0x1C));
    m_amount_problems->SetMinSize(wxSize(FromDIP(320), GetCharHeight() * kProblemLines));
    UnderField(m_amount_problems);
    for (auto* field : {m_tax_code, m_requested, m_co_funding, m_year.field})
        field->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { CheckAmounts(); });
    for (auto* choice : {m_programme, m_content})
        choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { CheckAmounts(); });
}

bool NewApplicationDialog::TransferDataToWindow() {
    m_programmes = m_session.Programmes().List();
    m_programme->Clear();
    for (const auto& programme : m_programmes)
        m_programme->Append(U(programme.code + " — " + programme.name));
    if (!m_programmes.empty()) m_programme->SetSelection(0);
    m_content->Clear();
    for (const auto& entry : domain::SupportContents())
        m_content->Append(
            U(std::string(CurrentLanguage() == domain::Language::Vietnamese ? entry.vi : entry.en)));
    m_content->SetSelection(0);
    if (!m_editing) {
        m_year.field->ChangeValue(wxString::Format("%d", m_session.Clock().Today().Year()));
        m_co_funding->ChangeValue("0");
        return true;
    }
    const auto& a = *m_editing;
    m_tax_code->ChangeValue(U(m_session.Enterprises().Get(a.enterprise_id).tax_code.Value()));
    for (std::size_t i = 0; i < m_programmes.size(); ++i)
        if (m_programmes[i].id == a.programme_id) m_programme->SetSelection(static_cast<int>(i));
    m_year.field->ChangeValue(wxString::Format("%d", a.year));
    for (std::size_t i = 0; i < domain::SupportContents().size(); ++i)
        if (domain::SupportContents()[i].value == a.content) m_content->SetSelection(static_cast<int>(i));
    m_title->ChangeValue(U(a.title));
    // The figures as an officer types them, without the currency mark the field's label names.
    m_requested->ChangeValue(AmountText(a.requested_amount).BeforeLast(' '));
    m_co_funding->ChangeValue(AmountText(a.co_funding_amount).BeforeLast(' '));
    CheckAmounts();
    return true;
}

domain::Application NewApplicationDialog::Draft() const {
    if (m_programme->GetSelection() == wxNOT_FOUND)
        throw domain::DomainError(domain::ErrorCode::NotFound,
                                  {"Chưa có chương trình nào.", "There is no programme yet."}, "programme");
    domain::Application draft = m_editing.value_or(domain::Application{});
    draft.enterprise_id = m_session.Enterprises().GetByTaxCode(S(m_tax_code->GetValue())).id;
    draft.programme_id = m_programmes[static_cast<std::size_t>(m_programme->GetSelection())].id;
    draft.year = m_year.Value();
    draft.content = domain::SupportContents()[static_cast<std::size_t>(m_content->GetSelection())].value;
    draft.title = S(m_title->GetValue());
    draft.requested_amount = domain::Money::Parse(S(m_requested->GetValue()), "requested");
    draft.co_funding_amount = domain::Money::Parse(S(m_co_funding->GetValue()), "co_funding");
    return draft;
}

void NewApplicationDialog::CheckAmounts() {
    wxString said;
    // Until the enterprise, the year and both amounts read there is nothing to check: the fields'
    // own refusals come at Save, as before.
    try {
        const auto draft = Draft();
        if (!draft.requested_amount.IsZero())
            for (const auto& problem : m_session.Applications().AmountProblems(draft))
                said += (said.empty() ? "" : "\n") + Say(problem.Text());
    } catch (const domain::DomainError&) {
        said.clear();
    }
    if (said == m_amount_problems->GetLabel()) return;
    m_amount_problems->SetLabel(said);
    m_amount_problems->Wrap(m_requested->GetSize().GetWidth() > 0 ? m_requested->GetSize().GetWidth()
                                                                  : FromDIP(320));
    // The space is reserved: a longer message does not move the fields or the buttons.
    Layout();
}

bool NewApplicationDialog::TransferDataFromWindow() {
    auto draft = Draft();
    if (m_editing) return SaveCorrection(std::move(draft));
    draft.id = 0;
    m_created = m_session.Applications().Create(draft, m_session.Actor()).id;
    return true;
}

bool NewApplicationDialog::SaveCorrection(domain::Application edited) {
    auto service = m_session.Applications();
    try {
        m_created = service.Edit(edited, m_session.Actor()).id;
        return true;
    } catch (const domain::DomainError& error) {
        if (error.Code() != domain::ErrorCode::Conflict) throw;
        switch (AskReloadOrOverwrite(this, Say(error.Text()))) {
            case ConflictChoice::Reload:
                m_editing = service.Get(edited.id);
                TransferDataToWindow();
                return false;
            case ConflictChoice::Overwrite:
                // What was typed, over the record as it now stands (a change of state since is
                // still refused by Edit).
                edited.version = service.Get(edited.id).version;
                m_created = service.Edit(edited, m_session.Actor()).id;
                return true;
            case ConflictChoice::KeepEditing:
                return false;
        }
    }
    return false;
}

}  // namespace innodesk::gui
