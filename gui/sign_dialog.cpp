// The signing dialog.
#include "sign_dialog.h"

#include "table_cells.h"
#include "wx_text.h"

#include "app/demo_database.h"
#include "app/demo_keys.h"
#include "app/workspace.h"
#include "signing/certificate_details.h"
#include "signing/secret_wipe.h"

#include <wx/busyinfo.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

#include <utility>

namespace innodesk::gui {
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

// The refusal as the approver reads it; the library's own words (" (OpenSSL: error:…)") are for
// whoever looks into it, in the tooltip.
wxString WithoutLibraryCause(const wxString& message) {
    const int cause = message.Find(" (OpenSSL: ");
    return cause == wxNOT_FOUND ? message : message.Left(static_cast<std::size_t>(cause));
}

wxStaticText* Line(wxWindow* parent, const wxString& text, const char* name) {
    auto* line = new wxStaticText(parent, wxID_ANY, text);
    line->SetName(name);
    return line;
}

}  // namespace

SignDialog::SignDialog(wxWindow* parent, app::Workspace& session, const domain::Decision& decision,
                       SigningPurpose purpose, const std::string& suggested_number)
    : FormDialog(
          parent,
          wxString::Format(purpose == SigningPurpose::Issue ? _("Issue decision %s") : _("Sign decision %s"),
                           U(domain::DecisionReference(decision))),
          purpose == SigningPurpose::Issue ? "issue_dialog" : "sign_dialog"),
      m_session(session),
      m_purpose(purpose),
      // An approver is offered the approvers' demo keys, the clerk the department's.
      m_demo_keys(app::DemoKeyFiles(session.Target(), purpose == SigningPurpose::Issue
                                                          ? app::DemoKeyHolder::Organisation
                                                          : app::DemoKeyHolder::Approvers)) {
    if (purpose == SigningPurpose::Issue) {
        // The clerk's part of the document: what the register gives, and the day it is issued.
        m_issue_number = Text(_("Number and symbol"), "issue_number", U(suggested_number));
        m_issue_number->SetToolTip(
            _("The register's next number for the year; a number already given this "
              "year is refused."));
        m_issue_date = Date(_("Issue date"), "issue_date", session.Clock().Today());
    }
    ShowDecision(decision);
    AddKeyChoice();
    Finish(purpose == SigningPurpose::Issue
               ? _("Fill in the number and date, then seal the document with the department's certificate.")
               : wxString(),
           purpose == SigningPurpose::Issue ? FormButtons(_("Issue"), "issue", wxID_OK)
                                            : FormButtons(_("Sign"), "sign", wxID_OK));
    // Signing waits for the key to be unlocked and its certificate shown.
    SaveButton()->Disable();
    m_use_file->SetValue(true);
}

std::string SignDialog::IssueNumber() const {
    return m_issue_number ? S(m_issue_number->GetValue()) : std::string();
}

void SignDialog::ShowDecision(const domain::Decision& decision) {
    auto* below = Below();
    auto* what =
        Line(this,
             wxString::Format(_("Decision %s of %s: %s"), U(domain::DecisionReference(decision)),
                              U(decision.date.Format()), EnumLabel(domain::DecisionKinds(), decision.kind)),
             "decision_summary");
    what->SetFont(what->GetFont().Bold());
    below->Add(what, 0, wxLEFT | wxRIGHT | wxTOP, 10);
    if (decision.task_id) {
        const auto file = m_session.Tasks().File(*decision.task_id);
        below->Add(Line(this,
                        wxString::Format(_("Task %s: %s (lead: %s)"), U(file.task.code), U(file.task.title),
                                         U(file.lead_name)),
                        "decision_task"),
                   0, wxALL, 10);
        return;
    }
    const bool approval = decision.kind == domain::DecisionKind::Approval;
    auto* items = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(680, 96)),
                                 wxLC_REPORT | wxLC_SINGLE_SEL);
    items->SetName("decision_items");
    items->AppendColumn(_("Application"), wxLIST_FORMAT_LEFT, FromDIP(80));
    items->AppendColumn(_("Enterprise"), wxLIST_FORMAT_LEFT, FromDIP(220));
    items->AppendColumn(_("Application title"), wxLIST_FORMAT_LEFT, FromDIP(240));
    items->AppendColumn(_("Amount"), wxLIST_FORMAT_RIGHT, FromDIP(120));
    auto applications = m_session.Applications();
    auto enterprises = m_session.Enterprises();
    long row = 0;
    for (const auto& item : decision.items) {
        const auto application = applications.Get(item.application_id);
        const auto enterprise = enterprises.Get(application.enterprise_id);
        items->InsertItem(row, wxString::Format("#%lld", static_cast<long long>(application.id)));
        items->SetItem(row, 1, U(enterprise.name));
        items->SetItem(row, 2, U(application.title));
        items->SetItem(row, 3, approval ? TableCell::Amount(item.approved_amount).Text() : _("refused"));
        ++row;
    }
    below->Add(items, 1, wxLEFT | wxRIGHT | wxTOP | wxEXPAND, 10);
    const wxString total = approval
                               ? wxString::Format(_("Total: %s for %zu applications"),
                                                  TableCell::Amount(domain::TotalApproved(decision)).Text(),
                                                  decision.items.size())
                               : wxString::Format(_("%zu applications refused"), decision.items.size());
    auto* total_line = Line(this, total, "decision_total");
    total_line->SetFont(total_line->GetFont().Bold());
    below->Add(total_line, 0, wxLEFT | wxRIGHT | wxTOP | wxALIGN_RIGHT, 6);
}

void SignDialog::AddKeyChoice() {
    auto* below = Below();
    m_use_file = new wxRadioButton(this, wxID_ANY, _("Certificate file (PKCS#12: .p12 or .pfx)"),
                                   wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
    m_use_file->SetName("use_file");
    below->Add(m_use_file, 0, wxLEFT | wxRIGHT | wxTOP, 8);
    m_file = new wxFilePickerCtrl(this, wxID_ANY, wxEmptyString, _("Choose the certificate file"),
                                  _("PKCS#12 (*.p12;*.pfx)|*.p12;*.pfx"), wxDefaultPosition,
                                  FromDIP(wxSize(420, -1)),
                                  wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    m_file->SetName("p12_file");
    if (!m_demo_keys.empty()) {
        // A demo database: its approvers' keys (the department's to the clerk), the signer's own chosen.
        m_file->SetInitialDirectory(U(m_demo_keys.front().parent_path().string()));
        below->Add(Line(this,
                        wxString::Format(_("Demo keys of this demo database (their password is %s):"),
                                         app::kDemoKeyPassword),
                        "demo_keys_label"),
                   0, wxLEFT | wxRIGHT, 24);
        wxArrayString names;
        int mine = wxNOT_FOUND;
        for (const auto& key : m_demo_keys) {
            if (key.stem().string() == m_session.DisplayName()) mine = static_cast<int>(names.size());
            names.Add(U(key.stem().string()));
        }
        m_demo_choice = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, names);
        m_demo_choice->SetName("demo_keys");
        below->Add(m_demo_choice, 0, wxLEFT | wxRIGHT | wxBOTTOM | wxEXPAND, 24);
        m_demo_choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
            const int chosen = event.GetSelection();
            if (chosen < 0 || chosen >= static_cast<int>(m_demo_keys.size())) return;
            m_file->SetPath(U(m_demo_keys[static_cast<std::size_t>(chosen)].string()));
            m_use_file->SetValue(true);
            Forget();
        });
        // The clerk's one key, the department's, needs no choosing.
        if (mine == wxNOT_FOUND && m_purpose == SigningPurpose::Issue && m_demo_keys.size() == 1) mine = 0;
        if (mine != wxNOT_FOUND) {
            m_demo_choice->SetSelection(mine);
            m_file->SetPath(U(m_demo_keys[static_cast<std::size_t>(mine)].string()));
        }
    }
    below->Add(m_file, 0, wxLEFT | wxRIGHT | wxEXPAND, 24);
    m_password = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                wxTE_PASSWORD | wxTE_PROCESS_ENTER);
    m_password->SetHint(_("Password of the file"));
    m_password->SetName("p12_password");
    below->Add(m_password, 0, wxLEFT | wxRIGHT | wxTOP | wxEXPAND, 24);
    m_use_token = new wxRadioButton(this, wxID_ANY, _("USB token (PKCS#11)"));
    m_use_token->SetName("use_token");
    below->Add(m_use_token, 0, wxLEFT | wxRIGHT | wxTOP, 8);
    m_uri = new wxTextCtrl(this, wxID_ANY, wxEmptyString);
    m_uri->SetHint("pkcs11:token=…;object=…");
    m_uri->SetName("pkcs11_uri");
    below->Add(m_uri, 0, wxLEFT | wxRIGHT | wxEXPAND, 24);
    m_pin = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                           wxTE_PASSWORD | wxTE_PROCESS_ENTER);
    m_pin->SetHint(_("PIN (tried once: tokens lock after a few wrong PINs)"));
    m_pin->SetName("pin");
    below->Add(m_pin, 0, wxLEFT | wxRIGHT | wxTOP | wxEXPAND, 24);

    auto* unlock = new wxButton(this, wxID_ANY, _("Unlock the key and show its certificate"));
    unlock->SetName("unlock_key");
    below->Add(unlock, 0, wxLEFT | wxRIGHT | wxTOP, 10);
    m_message = Line(this, wxEmptyString, "key_message");
    m_message->SetForegroundColour(wxColour(0xb3, 0x26, 0x1e));
    below->Add(m_message, 0, wxLEFT | wxRIGHT | wxEXPAND, 10);
    m_certificate = Line(this,
                         _("No key unlocked yet: choose the file or token, type its password or PIN and "
                           "unlock it to see the certificate that will sign."),
                         "certificate");
    below->Add(m_certificate, 0, wxLEFT | wxRIGHT | wxTOP | wxEXPAND, 10);

    unlock->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Unlock(); });
    m_password->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { Unlock(); });
    m_pin->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { Unlock(); });
    m_file->Bind(wxEVT_FILEPICKER_CHANGED, [this](wxFileDirPickerEvent&) { Forget(); });
    m_uri->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { Forget(); });
    m_use_file->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { Forget(); });
    m_use_token->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { Forget(); });
}

void SignDialog::Forget() {
    if (!m_signer) return;
    m_signer.reset();
    SaveButton()->Disable();
    m_certificate->SetLabel(
        _("No key unlocked yet: choose the file or token, type its password or PIN and "
          "unlock it to see the certificate that will sign."));
    Layout();
}

void SignDialog::Unlock() {
    Forget();
    const bool from_file = m_use_file->GetValue();
    wxTextCtrl* secret_field = from_file ? m_password : m_pin;
    std::string secret = S(secret_field->GetValue());
    // Whatever way this is left, the secret read from the field does not outlive it.
    const signing::SecretWiper wiper(secret);
    m_password->Clear();
    m_pin->Clear();
    if (from_file && m_file->GetPath().empty()) {
        m_message->SetLabel(_("Choose the certificate file first."));
        Layout();
        m_file->SetFocus();
        return;
    }
    try {
        wxBusyCursor busy;
        DialogPrompts prompts(this);
        if (from_file) {
            m_signer = m_session.LoadSigner(app::Pkcs12Key{S(m_file->GetPath()), std::exchange(secret, {})},
                                            prompts);
        } else {
            const auto read_pin = [&secret] { return std::exchange(secret, {}); };
            m_signer = m_session.LoadSigner(app::TokenKey{S(m_uri->GetValue()), read_pin, {}}, prompts);
        }
    } catch (const domain::DomainError& error) {
        // The file or token stays chosen; only the password or PIN is typed again.
        m_message->SetLabel(WithoutLibraryCause(Say(error.Text())));
        m_message->SetToolTip(Say(error.Text()));
        m_message->Wrap(FromDIP(640));
        Layout();
        Fit();
        secret_field->SetFocus();
        return;
    }
    if (!m_signer) {
        m_message->SetLabel(_("The module was not accepted: nothing was unlocked."));
        Layout();
        return;
    }
    m_message->SetLabel(wxEmptyString);
    m_message->UnsetToolTip();
    ShowCertificate();
    SaveButton()->Enable();
    SaveButton()->SetFocus();
}

void SignDialog::ShowCertificate() {
    wxString text;
    if (const auto details = signing::DescribeSigner(*m_signer)) {
        const auto& clock = m_session.Clock();
        text = wxString::Format(
            _("The certificate that will sign:\nSubject: %s\nIssuer: %s\nValid from %s to %s\n"
              "Serial number: %s"),
            U(details->subject), U(details->issuer), U(clock.FormatMoment(details->not_before_unix)),
            U(clock.FormatMoment(details->not_after_unix)), U(details->serial));
    } else {
        text = wxString::Format(_("The certificate that will sign:\nSubject: %s"),
                                U(m_signer->CertificateSubject()));
    }
    m_certificate->SetLabel(text);
    Layout();
    Fit();
}

bool SignDialog::TransferDataFromWindow() {
    if (m_signer) return true;
    m_message->SetLabel(_("Unlock the key first: its certificate is shown before you sign."));
    Layout();
    return false;
}

}  // namespace innodesk::gui
