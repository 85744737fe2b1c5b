// Enterprise form.
#include "enterprise_dialog.h"

#include "conflict_prompt.h"
#include "wx_text.h"

#include "domain/enterprise_fields.h"
#include "domain/enterprise_service.h"

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

wxTextCtrl* EnterpriseDialog::TrackedText(const wxString& label, bool required, const char* name,
                                          std::size_t max_characters) {
    auto* field = Text(required ? label + " *" : label, name);
    field->SetMinSize(FromDIP(wxSize(340, -1)));
    // GTK counts the limit in characters, as the domain does: the field takes no more than Save accepts.
    field->SetMaxLength(static_cast<unsigned long>(max_characters));
    field->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { CheckForm(); });
    return field;
}

EnterpriseDialog::EnterpriseDialog(wxWindow* parent, app::Workspace& session,
                                   std::optional<domain::Enterprise> existing)
    : FormDialog(parent, existing ? _("Edit enterprise") : _("New enterprise"), "enterprise_dialog",
                 wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_session(session),
      m_existing(std::move(existing)) {
    m_tax_code = TrackedText(_("Tax code"), true, "tax_code", 14);  // 0101248141-001
    m_tax_code_status = Feedback("tax_code_status");
    m_name = TrackedText(_("Name"), true, "name", domain::kEnterpriseNameMaxCharacters);
    m_name_status = Feedback("name_status");
    // GTK refuses a key (or a paste) that would go beyond the limit; say so rather than nothing.
    m_name->Bind(wxEVT_TEXT_MAXLEN, [this](wxCommandEvent&) {
        ShowFeedback(m_name_status,
                     wxString::Format(_("The name holds at most %zu characters."),
                                      domain::kEnterpriseNameMaxCharacters),
                     true);
    });
    m_legal_form = EnumChoice(this, domain::LegalForms(), "legal_form");
    Field(_("Legal form"), m_legal_form);
    m_size = EnumChoice(this, domain::SizeClasses(), "size");
    Field(_("Size"), m_size);
    m_vsic = TrackedText(_("Sector (VSIC)"), false, "vsic", domain::kEnterpriseVsicMaxCharacters);
    m_vsic_status = Feedback("vsic_status");
    m_commune = TrackedText(_("Commune / ward"), false, "commune", domain::kEnterpriseNameMaxCharacters);
    m_province = TrackedText(_("Province"), true, "province", domain::kEnterpriseNameMaxCharacters);
    m_address = TrackedText(_("Address"), false, "address", domain::kEnterpriseAddressMaxCharacters);
    m_phone = TrackedText(_("Phone"), false, "phone", domain::kEnterprisePhoneMaxCharacters);
    m_phone_status = Feedback("phone_status");
    m_email = TrackedText(_("Email"), false, "email", domain::kEnterpriseEmailMaxCharacters);
    m_email_status = Feedback("email_status");
    // The certificate's and the recognition's dates: a past quarter counts the register by them.
    m_st_since = OptionalDate(_("S&T enterprise since"), "st_since");
    m_startup_since = OptionalDate(_("Start-up since"), "startup_since");
    m_st_enterprise = new wxCheckBox(this, wxID_ANY, _("Science and technology enterprise"));
    m_startup = new wxCheckBox(this, wxID_ANY, _("Innovative start-up"));
    Below()->Add(m_st_enterprise, 0, wxLEFT | wxRIGHT, 12);
    Below()->Add(m_startup, 0, wxALL, 12);
    Below()->Add(new wxStaticText(this, wxID_ANY, _("* required")), 0, wxLEFT | wxRIGHT, 12);
    Finish();
    if (m_existing) m_tax_code->SetEditable(false);  // the tax code is the enterprise's identity
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
    e.science_technology_since = OptionalDateTyped(m_st_since, _("S&T enterprise since"));
    e.innovative_startup_since = OptionalDateTyped(m_startup_since, _("Start-up since"));
    return e;
}

bool EnterpriseDialog::CheckField(wxTextCtrl* field, wxStaticText* line, const char* name,
                                  const std::function<void(const std::string&)>& rule) {
    try {
        rule(m_session.Text().Clean(S(field->GetValue()), name));
        ShowFeedback(line, wxEmptyString, false);
        return true;
    } catch (const domain::DomainError& error) {
        // The words Save would refuse it with, shown while typing.
        ShowFeedback(line, Say(error.Text()), true);
        return false;
    }
}

void EnterpriseDialog::CheckForm() {
    bool valid = true;
    const std::string tax_code = S(m_tax_code->GetValue());
    if (tax_code.empty()) {
        ShowFeedback(m_tax_code_status, _("Required: 10 digits, a branch's 10-3, or a 12-digit personal ID."),
                     false);
        m_tax_code_status->SetForegroundColour(*wxBLACK);
        valid = false;
    } else {
        try {
            domain::TaxCode::Parse(tax_code);
            ShowFeedback(m_tax_code_status, _("Valid tax code."), false);
        } catch (const domain::DomainError& error) {
            ShowFeedback(m_tax_code_status, Say(error.Text()), true);
            valid = false;
        }
    }
    valid = CheckField(m_name, m_name_status, "name", domain::CheckEnterpriseName) && valid;
    valid = CheckField(m_vsic, m_vsic_status, "vsic",
                       [](const std::string& vsic) { domain::CheckEnterpriseVsic(vsic); }) &&
            valid;
    valid = CheckField(m_phone, m_phone_status, "phone", domain::CheckEnterprisePhone) && valid;
    valid = CheckField(m_email, m_email_status, "email", domain::CheckEnterpriseEmail) && valid;
    valid = valid && !m_name->GetValue().Trim().IsEmpty() && !m_province->GetValue().Trim().IsEmpty();
    SaveButton()->Enable(valid);
}

bool EnterpriseDialog::TransferDataFromWindow() {
    auto service = m_session.Enterprises();
    domain::Enterprise edited = Read();
    for (;;) {
        try {
            m_saved = m_existing ? service.Update(edited, m_session.Actor())
                                 : service.Register(edited, m_session.Actor());
            return true;
        } catch (const domain::DomainError& error) {
            if (error.Code() != domain::ErrorCode::Conflict || !m_existing) throw;
            switch (AskAboutConflict(this, error)) {
                case ConflictChoice::Reload:
                    m_existing = service.Get(m_existing->id);
                    Fill(*m_existing);
                    MarkUnchanged();
                    CheckForm();
                    return false;
                case ConflictChoice::Overwrite:
                    // Deliberately over the version stored now, which the user has been told of.
                    m_existing->version = service.Get(m_existing->id).version;
                    edited.version = m_existing->version;
                    continue;
                case ConflictChoice::KeepEditing:
                    return false;
            }
        }
    }
}

}  // namespace innodesk::gui
