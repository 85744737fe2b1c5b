// The dialog in which an approver chooses the key to sign a decision with: a PKCS#12 file and
// its password, or the USB token (the module comes from this workstation's settings) and its PIN.
#pragma once

#include "form_dialog.h"

#include "domain/decision_service.h"

#include <memory>
#include <string>

#include <wx/filepicker.h>
#include <wx/radiobut.h>

namespace innodesk::gui {

class SignDialog final : public FormDialog {
public:
    SignDialog(wxWindow* parent, app::Workspace& session, const wxString& number);

    // Reads the choice of key; the password or PIN leaves its field here.
    bool TransferDataFromWindow() override;

    // After Sign: the key, loaded now through the workspace; the secret is wiped. Null when the
    // approver declined this workstation's PKCS#11 module on its first use.
    std::unique_ptr<domain::DecisionSigner> LoadKey();

private:
    app::Workspace& m_session;
    wxRadioButton* m_use_file;
    wxFilePickerCtrl* m_file;
    wxTextCtrl* m_password;
    wxRadioButton* m_use_token;
    wxTextCtrl* m_uri;
    wxTextCtrl* m_pin;
    // What TransferDataFromWindow read.
    bool m_from_file = true;
    std::string m_path;
    std::string m_token_uri;
    std::string m_secret;
};

}  // namespace innodesk::gui
