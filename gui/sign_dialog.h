// The dialog in which an approver signs a decision: what is being signed (the decision's number,
// date and kind, each application with its enterprise, title and amount, and the total, or the
// task of a task acceptance), the key to sign with (a PKCS#12 file and its password — a demo
// database's keys offered — or the USB token and its PIN), unlocked first so that the certificate
// that will sign (subject, issuer, validity, serial) is shown before the final "Sign". A wrong
// password keeps the dialog open with the file still chosen.
#pragma once

#include "form_dialog.h"

#include "domain/decision.h"
#include "domain/decision_service.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>

namespace innodesk::gui {

class SignDialog final : public FormDialog {
public:
    SignDialog(wxWindow* parent, app::Workspace& session, const domain::Decision& decision);

    // Sign is only enabled once a key is unlocked; this keeps it so.
    bool TransferDataFromWindow() override;

    // After Sign: the unlocked key, handed over once.
    std::unique_ptr<domain::DecisionSigner> TakeSigner() { return std::move(m_signer); }

private:
    void ShowDecision(const domain::Decision& decision);
    void AddKeyChoice();
    // Loads the chosen key with the password or PIN typed (wiped once used); shows its certificate,
    // or why it could not be opened.
    void Unlock();
    // Any change of key forgets the key unlocked before.
    void Forget();
    void ShowCertificate();

    app::Workspace& m_session;
    std::vector<std::filesystem::path> m_demo_keys;
    wxRadioButton* m_use_file;
    wxChoice* m_demo_choice = nullptr;
    wxFilePickerCtrl* m_file;
    wxTextCtrl* m_password;
    wxRadioButton* m_use_token;
    wxTextCtrl* m_uri;
    wxTextCtrl* m_pin;
    wxStaticText* m_message;
    wxStaticText* m_certificate;
    std::unique_ptr<domain::DecisionSigner> m_signer;
};

}  // namespace innodesk::gui
