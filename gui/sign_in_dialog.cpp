// Sign-in dialog.
#include "sign_in_dialog.h"

#include "wx_text.h"

#include <wx/utils.h>

namespace innodesk::gui {

SignInDialog::SignInDialog(wxWindow* parent, app::Workspace& session)
    : FormDialog(parent, _("InnoDesk — Sign in"), "sign_in_dialog"), m_session(session) {
    m_user = Text(_("User name"), "user");
    m_user->SetMinSize(FromDIP(wxSize(260, -1)));
    m_password = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                wxTE_PASSWORD | wxTE_PROCESS_ENTER);
    m_password->SetName("password");
    Field(_("Password"), m_password);
    m_message = new wxStaticText(this, wxID_ANY, wxEmptyString);
    m_message->SetForegroundColour(wxColour(0xb3, 0x26, 0x1e));
    Below()->Add(m_message, 0, wxLEFT | wxRIGHT | wxEXPAND, 12);
    Finish(U(session.Target().Describe()), FormButtons(_("Sign in"), "sign_in", wxID_OK));
    m_password->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { Save(); });
    m_user->SetFocus();
}

bool SignInDialog::TransferDataFromWindow() {
    std::string password = S(m_password->GetValue());
    m_password->Clear();
    try {
        wxBusyCursor busy;  // scrypt takes a moment on purpose
        m_session.SignIn(S(m_user->GetValue()), std::move(password));
        return true;
    } catch (const domain::DomainError& error) {
        m_message->SetLabel(Say(error.Text()));
        Layout();
        Fit();
        if (++m_failures >= 3) EndModal(wxID_CANCEL);
        return false;
    }
}

}  // namespace innodesk::gui
