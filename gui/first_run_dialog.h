// When the database does not exist yet: create it empty with the department's province and a
// first administrator, or filled with demo data (the demo accounts of the README), or leave.
#pragma once

#include "form_dialog.h"

#include "domain/password_policy.h"
#include "domain/text_rules.h"

#include <wx/choice.h>
#include <wx/radiobut.h>
#include <wx/textctrl.h>

#include <string>
#include <vector>

namespace innodesk::gui {

class FirstRunDialog final : public FormDialog {
public:
    // `provinces`: the 34 units' names, in the order to offer them. The password rules are checked
    // here, before the database is made, with `text` and `common` (both outlive the dialog).
    FirstRunDialog(wxWindow* parent, const wxString& location, const std::vector<std::string>& provinces,
                   const domain::TextRules& text, const domain::CommonPasswords& common);

    bool WantsDemo() const { return m_demo->GetValue(); }
    std::string AdminName() const;
    std::string AdminDisplayName() const;
    std::string AdminPassword() const;  // the caller wipes its copy
    std::string Province() const;       // the department's, one of `provinces`; empty if none chosen

    // Creating an empty database: the province, the sign-in name and the password rules are
    // checked before anything is made. Nothing is saved here: the caller creates the database.
    bool TransferDataFromWindow() override;

private:
    void OnChoice(wxCommandEvent& event);

    const domain::TextRules& m_text;
    const domain::CommonPasswords& m_common;
    wxRadioButton* m_empty;
    wxRadioButton* m_demo;
    wxChoice* m_province;
    wxTextCtrl* m_name;
    wxTextCtrl* m_display_name;
    wxTextCtrl* m_password;
    wxTextCtrl* m_repeat;
};

}  // namespace innodesk::gui
