// The dialog in which an approver signs a decision, or a records clerk issues one (with its number
// and date, and the department's certificate instead of the approver's): what is being signed (the decision's
// number, date and kind, each application with its enterprise, title and amount, and the total, or the task
// of a task acceptance), the key to sign with (a PKCS#12 file and its password — a demo database's keys
// offered — or the USB token and its PIN), unlocked first so that the certificate that will sign (subject,
// issuer, validity, serial) is shown before the final "Sign". A wrong password keeps the dialog open with the
// file still chosen.
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

// What the key signs: the approver's signature of the decision, or the records clerk's issue of a
// signed decision (its number and date, sealed with the department's organisation certificate).
enum class SigningPurpose { Sign, Issue };

class SignDialog final : public FormDialog {
public:
    // For an issue, `suggested_number` is the register's next number, which the clerk may change.
    SignDialog(wxWindow* parent, app::Workspace& session, const domain::Decision& decision,
               SigningPurpose purpose = SigningPurpose::Sign, const std::string& suggested_number = {});

    // The issue's number and date as typed (an issue only); the date throws a DomainError naming
    // the field when it is not a dd/mm/yyyy date.
    std::string IssueNumber() const;
    domain::CalendarDate IssueDate() const { return m_issue_date.Value(); }

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
    SigningPurpose m_purpose;
    wxTextCtrl* m_issue_number = nullptr;
    DateInput m_issue_date;
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
