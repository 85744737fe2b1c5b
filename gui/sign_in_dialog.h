// Sign-in: user name and password, checked by the users service. Three wrong tries close the
// window; the password field is cleared after every try.
#pragma once

#include "app/workspace.h"

#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace innodesk::gui {

class SignInDialog final : public wxDialog {
public:
    SignInDialog(wxWindow* parent, app::Workspace& session);
    wxTextCtrl* UserField() { return m_user; }
    wxTextCtrl* PasswordField() { return m_password; }

private:
    void OnSignIn(wxCommandEvent& event);

    app::Workspace& m_session;
    wxTextCtrl* m_user;
    wxTextCtrl* m_password;
    wxStaticText* m_message;
    int m_failures = 0;
};

}  // namespace innodesk::gui
