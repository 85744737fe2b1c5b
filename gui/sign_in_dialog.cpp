// Sign-in dialog.
#include "sign_in_dialog.h"

#include "wx_text.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace innodesk::gui {

SignInDialog::SignInDialog(wxWindow* parent, app::Workspace& session)
    : wxDialog(parent, wxID_ANY, _("InnoDesk — Sign in")), m_session(session) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(this, wxID_ANY, U(session.Target().Describe())), 0, wxALL, 10);
    auto* grid = new wxFlexGridSizer(2, 8, 8);
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(this, wxID_ANY, _("User name")), 0, wxALIGN_CENTER_VERTICAL);
    m_user = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(260, -1)));
    m_user->SetName("user");
    grid->Add(m_user, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Password")), 0, wxALIGN_CENTER_VERTICAL);
    m_password = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                wxTE_PASSWORD | wxTE_PROCESS_ENTER);
    m_password->SetName("password");
    grid->Add(m_password, 1, wxEXPAND);
    sizer->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, 10);
    m_message = new wxStaticText(this, wxID_ANY, wxEmptyString);
    m_message->SetForegroundColour(wxColour(0xb3, 0x26, 0x1e));
    sizer->Add(m_message, 0, wxALL | wxEXPAND, 10);
    auto* buttons = new wxStdDialogButtonSizer();
    auto* ok = new wxButton(this, wxID_OK, _("Sign in"));
    ok->SetDefault();
    buttons->AddButton(ok);
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
    buttons->Realize();
    sizer->Add(buttons, 0, wxALL | wxEXPAND, 10);
    SetSizerAndFit(sizer);
    ok->Bind(wxEVT_BUTTON, &SignInDialog::OnSignIn, this);
    m_password->Bind(wxEVT_TEXT_ENTER, &SignInDialog::OnSignIn, this);
    m_user->SetFocus();
}

void SignInDialog::OnSignIn(wxCommandEvent&) {
    std::string password = S(m_password->GetValue());
    m_password->Clear();
    try {
        wxBusyCursor busy;  // scrypt takes a moment on purpose
        m_session.SignIn(S(m_user->GetValue()), std::move(password));
        EndModal(wxID_OK);
    } catch (const domain::DomainError& error) {
        m_message->SetLabel(Say(error.Text()));
        Layout();
        Fit();
        if (++m_failures >= 3) EndModal(wxID_CANCEL);
    }
}

}  // namespace innodesk::gui
