// The signing key dialog.
#include "sign_dialog.h"

#include "wx_text.h"

#include "app/workspace.h"
#include "signing/secret_wipe.h"

#include <wx/msgdlg.h>

#include <filesystem>
#include <utility>

namespace innodesk::gui {

SignDialog::SignDialog(wxWindow* parent, app::Workspace& session, const wxString& number)
    : FormDialog(parent, wxString::Format(_("Sign decision %s"), number), "sign_dialog"), m_session(session) {
    auto* below = Below();
    m_use_file = new wxRadioButton(this, wxID_ANY, _("Certificate file (PKCS#12: .p12 or .pfx)"),
                                   wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
    m_use_file->SetName("use_file");
    below->Add(m_use_file, 0, wxALL, 10);
    m_file = new wxFilePickerCtrl(this, wxID_ANY, wxEmptyString, _("Choose the certificate file"),
                                  _("PKCS#12 (*.p12;*.pfx)|*.p12;*.pfx"), wxDefaultPosition,
                                  FromDIP(wxSize(420, -1)),
                                  wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    m_file->SetName("p12_file");
    below->Add(m_file, 0, wxLEFT | wxRIGHT | wxEXPAND, 24);
    m_password =
        new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
    m_password->SetHint(_("Password of the file"));
    m_password->SetName("p12_password");
    below->Add(m_password, 0, wxLEFT | wxRIGHT | wxTOP | wxEXPAND, 24);
    m_use_token = new wxRadioButton(this, wxID_ANY, _("USB token (PKCS#11)"));
    m_use_token->SetName("use_token");
    below->Add(m_use_token, 0, wxALL, 10);
    m_uri = new wxTextCtrl(this, wxID_ANY, wxEmptyString);
    m_uri->SetHint("pkcs11:token=…;object=…");
    m_uri->SetName("pkcs11_uri");
    below->Add(m_uri, 0, wxLEFT | wxRIGHT | wxEXPAND, 24);
    m_pin = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
    m_pin->SetHint(_("PIN (tried once: tokens lock after a few wrong PINs)"));
    m_pin->SetName("pin");
    below->Add(m_pin, 0, wxLEFT | wxRIGHT | wxTOP | wxEXPAND, 24);
    Finish({}, FormButtons(_("Sign"), "sign", wxID_OK));
    m_use_file->SetValue(true);
}

bool SignDialog::TransferDataFromWindow() {
    m_from_file = m_use_file->GetValue();
    m_path = S(m_file->GetPath());
    m_token_uri = S(m_uri->GetValue());
    // Secrets leave the fields once read.
    m_secret = S(m_from_file ? m_password->GetValue() : m_pin->GetValue());
    m_password->Clear();
    m_pin->Clear();
    return true;
}

namespace {

// The approver is asked in a message box before a PKCS#11 module is used for the first time on
// this workstation. Notices (a module named by an old database setting) are shown on the Settings
// page, not in the middle of signing.
class DialogPrompts final : public app::KeyLoadingPrompts {
public:
    explicit DialogPrompts(wxWindow* parent) : m_parent(parent) {}
    void Notice(const domain::LocalisedText&) override {}
    bool AcceptModule(const domain::LocalisedText& shown) override {
        return wxMessageBox(
                   Say(shown) + "\n\n" +
                       _("Accept this module only if it is the software of the certificate authority that "
                         "issued your token. You will not be asked again while the file stays the same."),
                   _("First use of this PKCS#11 module"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING,
                   m_parent) == wxYES;
    }
    void ModuleAccepted(const domain::LocalisedText&) override {}

private:
    wxWindow* m_parent;
};

}  // namespace

std::unique_ptr<domain::DecisionSigner> SignDialog::LoadKey() {
    DialogPrompts prompts(this);
    // Whatever way this is left, the secret read from the field does not outlive it.
    const signing::SecretWiper wiper(m_secret);
    if (m_from_file)
        return m_session.LoadSigner(app::Pkcs12Key{m_path, std::exchange(m_secret, {})}, prompts);
    const auto read_pin = [this] { return std::exchange(m_secret, {}); };
    return m_session.LoadSigner(app::TokenKey{m_token_uri, read_pin, {}}, prompts);
}

}  // namespace innodesk::gui
