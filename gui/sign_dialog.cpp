// The signing key dialog.
#include "sign_dialog.h"

#include "wx_text.h"

#include "app/token_module.h"
#include "signing/domain_adapters.h"

#include <wx/msgdlg.h>

#include <filesystem>

namespace innodesk::gui {

SignDialog::SignDialog(wxWindow* parent, Session&, const wxString& number)
    : FormDialog(parent, wxString::Format(_("Sign decision %s"), number), "sign_dialog") {
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

std::unique_ptr<domain::DecisionSigner> SignDialog::LoadKey() {
    std::string secret = std::move(m_secret);
    m_secret.clear();
    if (m_from_file)
        return std::make_unique<signing::KeyDecisionSigner>(
            signing::LoadPkcs12(std::filesystem::path(m_path), std::move(secret)));
    // The module comes from this workstation's files, never from the database, and is loaded
    // only once the approver has seen its path and accepted it.
    const auto files = app::WorkstationFilesFromEnvironment();
    auto module = app::FindTokenModule(files);
    if (!module.accepted) {
        if (wxMessageBox(
                Say(app::DescribeTokenModule(module, m_token_uri)) + "\n\n" +
                    _("Accept this module only if it is the software of the certificate authority that "
                      "issued your token. You will not be asked again while the file stays the same."),
                _("First use of this PKCS#11 module"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING,
                this) != wxYES)
            return nullptr;
        app::AcceptTokenModule(files, module);
        module.accepted = true;
    }
    return app::LoadTokenSigner(module, m_token_uri, std::move(secret));
}

}  // namespace innodesk::gui
