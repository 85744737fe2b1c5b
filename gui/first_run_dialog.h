// When the database does not exist yet: create it empty with a first administrator, or filled
// with demo data (the demo accounts of the README), or leave.
#pragma once

#include "domain/password_policy.h"
#include "domain/text_rules.h"

#include <wx/dialog.h>
#include <wx/radiobut.h>
#include <wx/textctrl.h>

#include <string>

namespace innodesk::gui {

class FirstRunDialog final : public wxDialog {
public:
    // The password rules are checked here, before the database is made, with `text` and `common`
    // (both outlive the dialog).
    FirstRunDialog(wxWindow* parent, const wxString& location, const domain::TextRules& text,
                   const domain::CommonPasswords& common);

    bool WantsDemo() const { return m_demo->GetValue(); }
    std::string AdminName() const;
    std::string AdminDisplayName() const;
    std::string AdminPassword() const;  // the caller wipes its copy

private:
    void OnChoice(wxCommandEvent& event);
    void OnCreate(wxCommandEvent& event);

    const domain::TextRules& m_text;
    const domain::CommonPasswords& m_common;
    wxRadioButton* m_empty;
    wxRadioButton* m_demo;
    wxTextCtrl* m_name;
    wxTextCtrl* m_display_name;
    wxTextCtrl* m_password;
    wxTextCtrl* m_repeat;
};

}  // namespace innodesk::gui
