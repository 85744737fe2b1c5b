// First-run dialog.
#include "first_run_dialog.h"

#include "wx_text.h"

#include "domain/password_policy.h"
#include "domain/user.h"

#include <wx/stattext.h>

namespace innodesk::gui {

FirstRunDialog::FirstRunDialog(wxWindow* parent, const wxString& location,
                               const std::vector<std::string>& provinces, const domain::TextRules& text_rules,
                               const domain::CommonPasswords& common)
    : FormDialog(parent, _("InnoDesk — New database"), "first_run_dialog"),
      m_text(text_rules),
      m_common(common) {
    // The choice between demo and empty comes before the fields, so all of it goes Below().
    auto* sizer = Below();
    auto* intro =
        new wxStaticText(this, wxID_ANY, wxString::Format(_("There is no database at %s yet."), location));
    intro->Wrap(FromDIP(460));
    sizer->Add(intro, 0, wxALL, 12);
    m_demo = new wxRadioButton(this, wxID_ANY,
                               _("Create it with demo data (2,000 enterprises, demo users and keys)"),
                               wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
    m_demo->SetName("demo");
    m_empty = new wxRadioButton(this, wxID_ANY, _("Create it empty, with a first administrator:"));
    m_empty->SetName("empty");
    sizer->Add(m_demo, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
    sizer->Add(m_empty, 0, wxLEFT | wxRIGHT, 12);
    auto* grid = new wxFlexGridSizer(2, 6, 8);
    grid->AddGrowableCol(1);
    const auto field = [&](const wxString& label, long style, const char* name) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        auto* text =
            new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(260, -1)), style);
        text->SetName(name);
        grid->Add(text, 1, wxEXPAND);
        return text;
    };
    // TRANSLATORS: the province of the Department of Science and Technology using InnoDesk
    grid->Add(new wxStaticText(this, wxID_ANY, _("Department's province")), 0, wxALIGN_CENTER_VERTICAL);
    m_province = new wxChoice(this, wxID_ANY);
    m_province->SetName("department_province");
    for (const auto& name : provinces) m_province->Append(U(name));
    m_province->SetToolTip(_("Enterprise lists without a province column are about this province."));
    grid->Add(m_province, 1, wxEXPAND);
    m_name = field(_("Sign-in name"), 0, "admin_name");
    m_display_name = field(_("Full name"), 0, "admin_display_name");
    m_password = field(_("Password (12 characters or more)"), wxTE_PASSWORD, "admin_password");
    m_repeat = field(_("Password again"), wxTE_PASSWORD, "admin_password_again");
    sizer->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 24);
    Finish({}, FormButtons(_("Create"), "create", wxID_OK, _("Quit")));
    m_demo->SetValue(true);
    m_demo->Bind(wxEVT_RADIOBUTTON, &FirstRunDialog::OnChoice, this);
    m_empty->Bind(wxEVT_RADIOBUTTON, &FirstRunDialog::OnChoice, this);
    wxCommandEvent initial;
    OnChoice(initial);
}

void FirstRunDialog::OnChoice(wxCommandEvent&) {
    const bool empty = m_empty->GetValue();
    for (auto* field : {m_name, m_display_name, m_password, m_repeat}) field->Enable(empty);
    m_province->Enable(empty);  // the demo department is Khánh Hòa's
}

bool FirstRunDialog::TransferDataFromWindow() {
    if (WantsDemo()) return true;
    if (Province().empty())
        throw domain::DomainError(
            domain::ErrorCode::InvalidValue,
            {"Chọn tỉnh của Sở: danh sách doanh nghiệp không có cột tỉnh được nhập vào tỉnh này.",
             "Choose the department's province: enterprise lists without a province column "
             "are imported into it."},
            "province");
    domain::CheckedUserName(AdminName());
    domain::RequireStrongPassword(AdminPassword(), AdminName(), m_text, m_common);
    if (m_password->GetValue() != m_repeat->GetValue())
        throw domain::DomainError(domain::ErrorCode::InvalidValue,
                                  {"Hai lần nhập mật khẩu không giống nhau.", "The two passwords differ."},
                                  "password");
    return true;
}

std::string FirstRunDialog::AdminName() const {
    return S(m_name->GetValue().Trim().Trim(false));
}
std::string FirstRunDialog::AdminDisplayName() const {
    return S(m_display_name->GetValue());
}
std::string FirstRunDialog::AdminPassword() const {
    return S(m_password->GetValue());
}
std::string FirstRunDialog::Province() const {
    return m_province->GetSelection() == wxNOT_FOUND ? std::string() : S(m_province->GetStringSelection());
}

}  // namespace innodesk::gui
