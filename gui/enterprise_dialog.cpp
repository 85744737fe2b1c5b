// Enterprise form.
#include "enterprise_dialog.h"

#include "wx_text.h"

#include "domain/enterprise_service.h"

#include <wx/msgdlg.h>

namespace innodesk::gui {
namespace {

template <typename Enum>
wxChoice* EnumChoice(wxWindow* parent, std::span<const domain::EnumEntry<Enum>> entries, const char* name) {
    auto* choice = new wxChoice(parent, wxID_ANY);
    for (const auto& entry : entries)
        choice->Append(
            U(std::string(CurrentLanguage() == domain::Language::Vietnamese ? entry.vi : entry.en)));
    choice->SetSelection(0);
    choice->SetName(name);
    return choice;
}

template <typename Enum>
int IndexOf(std::span<const domain::EnumEntry<Enum>> entries, Enum value) {
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (entries[i].value == value) return static_cast<int>(i);
    return 0;
}

}  // namespace

wxTextCtrl* EnterpriseDialog::TrackedText(const wxString& label, bool required, const char* name) {
    auto* field = Text(required ? label + " *" : label, name);
    field->SetMinSize(FromDIP(wxSize(340, -1)));
    field->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        m_modified = true;
        CheckForm();
    });
    return field;
}

EnterpriseDialog::EnterpriseDialog(wxWindow* parent, app::Workspace& session,
                                   std::optional<domain::Enterprise> existing)
    : FormDialog(parent, existing ? _("Edit enterprise") : _("New enterprise"), "enterprise_dialog",
                 wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_session(session),
      m_existing(std::move(existing)) {
    m_tax_code = TrackedText(_("Tax code"), true, "tax_code");
    m_tax_code_status = new wxStaticText(this, wxID_ANY, wxEmptyString);
    m_tax_code_status->SetName("tax_code_status");
    UnderField(m_tax_code_status);
    m_name = TrackedText(_("Name"), true, "name");
    m_legal_form = EnumChoice(this, domain::LegalForms(), "legal_form");
    Field(_("Legal form"), m_legal_form);
    m_size = EnumChoice(this, domain::SizeClasses(), "size");
    Field(_("Size"), m_size);
    m_vsic = TrackedText(_("Sector (VSIC)"), false, "vsic");
    m_commune = TrackedText(_("Commune / ward"), false, "commune");
    m_province = TrackedText(_("Province"), true, "province");
    m_address = TrackedText(_("Address"), false, "address");
    m_phone = TrackedText(_("Phone"), false, "phone");
    m_email = TrackedText(_("Email"), false, "email");
    // The certificate's and the recognition's dates: a past quarter counts the register by them.
    m_st_since = TrackedText(_("S&T enterprise since (dd/mm/yyyy)"), false, "st_since");
    m_startup_since = TrackedText(_("Start-up since (dd/mm/yyyy)"), false, "startup_since");
    m_st_enterprise = new wxCheckBox(this, wxID_ANY, _("Science and technology enterprise"));
    m_startup = new wxCheckBox(this, wxID_ANY, _("Innovative start-up"));
    Below()->Add(m_st_enterprise, 0, wxLEFT | wxRIGHT, 12);
    Below()->Add(m_startup, 0, wxALL, 12);
    Below()->Add(new wxStaticText(this, wxID_ANY, _("* required")), 0, wxLEFT | wxRIGHT, 12);
    Finish();
    SetEscapeId(wxID_NONE);  // Esc goes through OnCancel, which asks before dropping an edit
    Bind(wxEVT_BUTTON, &EnterpriseDialog::OnCancel, this, wxID_CANCEL);
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() != WXK_ESCAPE) return event.Skip();
        wxCommandEvent cancel;
        OnCancel(cancel);
    });
    if (m_existing) m_tax_code->SetEditable(false);  // the tax code is the enterprise's identity
    m_modified = false;
    CheckForm();
}

bool EnterpriseDialog::TransferDataToWindow() {
    if (m_existing) Fill(*m_existing);
    return true;
}

void EnterpriseDialog::Fill(const domain::Enterprise& e) {
    m_tax_code->ChangeValue(U(e.tax_code.Value()));
    m_name->ChangeValue(U(e.name));
    m_legal_form->SetSelection(IndexOf(domain::LegalForms(), e.legal_form));
    m_size->SetSelection(IndexOf(domain::SizeClasses(), e.size_class));
    m_vsic->ChangeValue(U(e.vsic));
    m_commune->ChangeValue(U(e.commune));
    m_province->ChangeValue(U(e.province));
    m_address->ChangeValue(U(e.address));
    m_phone->ChangeValue(U(e.phone));
    m_email->ChangeValue(U(e.email));
    m_st_enterprise->SetValue(e.science_technology_enterprise);
    m_startup->SetValue(e.innovative_startup);
    m_st_since->ChangeValue(e.science_technology_since ? U(e.science_technology_since->Format())
                                                       : wxString());
    m_startup_since->ChangeValue(e.innovative_startup_since ? U(e.innovative_startup_since->Format())
                                                            : wxString());
}

domain::Enterprise EnterpriseDialog::Read() const {
    domain::Enterprise e = m_existing.value_or(domain::Enterprise{});
    e.tax_code = domain::TaxCode::Parse(S(m_tax_code->GetValue()));
    e.name = S(m_name->GetValue());
    e.legal_form = domain::LegalForms()[static_cast<std::size_t>(m_legal_form->GetSelection())].value;
    e.size_class = domain::SizeClasses()[static_cast<std::size_t>(m_size->GetSelection())].value;
    e.vsic = S(m_vsic->GetValue());
    e.commune = S(m_commune->GetValue());
    e.province = S(m_province->GetValue());
    e.address = S(m_address->GetValue());
    e.phone = S(m_phone->GetValue());
    e.email = S(m_email->GetValue());
    e.science_technology_enterprise = m_st_enterprise->GetValue();
    e.innovative_startup = m_startup->GetValue();
    // The box says whether it is one; the date since when (a flag ticked without one is dated the
    // day it is saved, a flag unticked ends that day).
    const auto date = [](wxTextCtrl* field, const char* name) -> std::optional<domain::CalendarDate> {
        const std::string typed = S(field->GetValue().Strip(wxString::both));
        if (typed.empty()) return std::nullopt;
        return domain::CalendarDate::Parse(typed, name);
    };
    e.science_technology_since = date(m_st_since, "science_technology_since");
    e.innovative_startup_since = date(m_startup_since, "innovative_startup_since");
    return e;
}

void EnterpriseDialog::CheckForm() {
    bool valid = true;
    const std::string tax_code = S(m_tax_code->GetValue());
    if (tax_code.empty()) {
        m_tax_code_status->SetLabel(_("Required: 10 digits, a branch's 10-3, or a 12-digit personal ID."));
        m_tax_code_status->SetForegroundColour(*wxBLACK);
        valid = false;
    } else {
        try {
            domain::TaxCode::Parse(tax_code);
            m_tax_code_status->SetLabel(_("Valid tax code."));
            m_tax_code_status->SetForegroundColour(wxColour(0x1b, 0x7f, 0x3a));
        } catch (const domain::DomainError& error) {
            m_tax_code_status->SetLabel(Say(error.Text()));
            m_tax_code_status->SetForegroundColour(wxColour(0xb3, 0x26, 0x1e));
            valid = false;
        }
    }
    m_tax_code_status->Wrap(FromDIP(340));
    valid = valid && !m_name->GetValue().Trim().IsEmpty() && !m_province->GetValue().Trim().IsEmpty();
    SaveButton()->Enable(valid);
    Layout();
}

bool EnterpriseDialog::TransferDataFromWindow() {
    try {
        auto service = m_session.Enterprises();
        m_saved = m_existing ? service.Update(Read(), m_session.Actor())
                             : service.Register(Read(), m_session.Actor());
        m_modified = false;
        return true;
    } catch (const domain::DomainError& error) {
        if (error.Code() != domain::ErrorCode::Conflict || !m_existing) throw;
        wxMessageDialog ask(
            this,
            Say(error.Text()) + "\n\n" +
                _("Reload shows the other officer's version and drops your changes; Keep editing "
                  "lets you look again before saving over it."),
            _("Changed by someone else"), wxYES_NO | wxICON_WARNING);
        ask.SetYesNoLabels(_("Reload"), _("Keep editing"));
        if (ask.ShowModal() == wxID_YES) {
            m_existing = m_session.Enterprises().Get(m_existing->id);
            Fill(*m_existing);
            m_modified = false;
        } else {
            // Saving again now overwrites deliberately: the user has seen that it changed.
            m_existing->version = m_session.Enterprises().Get(m_existing->id).version;
        }
        CheckForm();
        return false;
    }
}

void EnterpriseDialog::OnCancel(wxCommandEvent&) {
    if (m_modified && wxMessageBox(_("Discard the changes you made?"), _("Unsaved changes"),
                                   wxYES_NO | wxICON_QUESTION, this) != wxYES)
        return;
    EndModal(wxID_CANCEL);
}

}  // namespace innodesk::gui
