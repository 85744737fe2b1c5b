// Decisions page, the drafting dialog and the signing dialog.
#include "decisions_page.h"

#include "background_work.h"
#include "error_dialog.h"
#include "save_shortcut.h"
#include "typed_fields.h"
#include "wx_text.h"

#include "app/database_verifier.h"
#include "app/decision_export.h"
#include "app/token_module.h"
#include "domain/decision_service.h"
#include "domain/enterprise_service.h"
#include "domain/user_service.h"
#include "signing/domain_adapters.h"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dirdlg.h>
#include <wx/filepicker.h>
#include <wx/msgdlg.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <filesystem>

namespace innodesk::gui {
namespace {

constexpr std::size_t kSignatureColumn = 7;  // the badge, last of the columns below

wxString Badge(const domain::DecisionVerification& v) {
    using domain::VerificationStatus;
    if (v.status == VerificationStatus::Valid) return wxString::FromUTF8("✔ ") + _("valid");
    if (v.status == VerificationStatus::Draft) return _("draft, not signed");
    if (v.status == VerificationStatus::Recorded) return _("recorded, no digital signature");
    const bool invalid = v.status == VerificationStatus::Invalid;
    const wxString mark = invalid ? wxString::FromUTF8("✘ ") : wxString::FromUTF8("? ");
    return mark + (invalid ? _("invalid") : _("indeterminate")) + ": " + Say(v.explanation);
}

// Drafting: the applications recommended (approval) or not recommended (refusal), each ticked
// one approved at the amount requested unless changed; number, date (typed, refused unless it is
// on the calendar), legal basis and the approver who will sign.
class DraftDecisionDialog final : public wxDialog {
public:
    DraftDecisionDialog(wxWindow* parent, Session& session)
        : wxDialog(parent, wxID_ANY, _("Draft a decision"), wxDefaultPosition, wxDefaultSize,
                   wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
          m_session(session) {
        SetName("draft_decision_dialog");
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        auto* grid = new wxFlexGridSizer(2, 6, 10);
        grid->AddGrowableCol(1);
        grid->Add(new wxStaticText(this, wxID_ANY, _("Kind")), 0, wxALIGN_CENTER_VERTICAL);
        m_kind = new wxChoice(this, wxID_ANY);
        m_kind->SetName("kind");
        for (const auto& entry : domain::DecisionKinds())
            m_kind->Append(EnumLabel(domain::DecisionKinds(), entry.value));
        m_kind->SetSelection(0);
        grid->Add(m_kind, 1, wxEXPAND);
        grid->Add(new wxStaticText(this, wxID_ANY, _("Number") + " *"), 0, wxALIGN_CENTER_VERTICAL);
        m_number = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(360, -1)));
        m_number->SetHint("125/QĐ-SKHCN");
        m_number->SetName("number");
        grid->Add(m_number, 1, wxEXPAND);
        grid->Add(new wxStaticText(this, wxID_ANY, _("Date") + " *"), 0, wxALIGN_CENTER_VERTICAL);
        m_date = NewDateField(this, "date", session.clock.Today());
        grid->Add(m_date, 0);
        grid->Add(new wxStaticText(this, wxID_ANY, _("Legal basis")), 0, wxALIGN_CENTER_VERTICAL);
        m_basis = new wxTextCtrl(this, wxID_ANY, wxEmptyString);
        m_basis->SetName("legal_basis");
        grid->Add(m_basis, 1, wxEXPAND);
        grid->Add(new wxStaticText(this, wxID_ANY, _("Conditions")), 0, wxALIGN_CENTER_VERTICAL);
        m_conditions = new wxTextCtrl(this, wxID_ANY, wxEmptyString);
        grid->Add(m_conditions, 1, wxEXPAND);
        grid->Add(new wxStaticText(this, wxID_ANY, _("Signed by")), 0, wxALIGN_CENTER_VERTICAL);
        m_signer = new wxChoice(this, wxID_ANY);
        m_signer->SetName("signer");
        for (const auto& user :
             domain::UserService(*session.store, session.text, session.hasher, session.clock)
                 .List(session.actor))
            if (user.role == domain::Role::Approver && !user.disabled) m_signer->Append(U(user.display_name));
        if (m_signer->GetCount() > 0) m_signer->SetSelection(0);
        grid->Add(m_signer, 1, wxEXPAND);
        sizer->Add(grid, 0, wxEXPAND | wxALL, 12);
        sizer->Add(
            new wxStaticText(this, wxID_ANY, _("Applications (the amount granted is what was requested)")), 0,
            wxLEFT | wxRIGHT, 12);
        m_applications = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(620, 220)));
        m_applications->SetName("applications");
        sizer->Add(m_applications, 1, wxEXPAND | wxALL, 12);
        auto* buttons = new wxStdDialogButtonSizer();
        auto* save = new wxButton(this, wxID_SAVE, _("Save draft"));
        save->SetName("save_draft");
        save->SetDefault();
        AddSaveShortcut(this, save);
        buttons->AddButton(save);
        buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
        buttons->Realize();
        sizer->Add(buttons, 0, wxALL | wxEXPAND, 12);
        SetSizerAndFit(sizer);
        m_kind->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { FillApplications(); });
        save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Save(); });
        FillApplications();
    }

    domain::DecisionId Drafted() const { return m_drafted; }

private:
    domain::DecisionKind Kind() const {
        return domain::DecisionKinds()[static_cast<std::size_t>(m_kind->GetSelection())].value;
    }
    void FillApplications() {
        m_candidates.clear();
        m_applications->Clear();
        domain::ApplicationFilter filter;
        filter.state = Kind() == domain::DecisionKind::Approval ? domain::ApplicationState::Recommended
                                                                : domain::ApplicationState::NotRecommended;
        filter.limit = 2000;
        domain::EnterpriseService enterprises(*m_session.store, m_session.text);
        for (const auto& a :
             domain::ApplicationService(*m_session.store, m_session.text, m_session.clock).List(filter)) {
            m_candidates.push_back(a);
            m_applications->Append(wxString::Format("#%lld  %s — %s — %s", static_cast<long long>(a.id),
                                                    U(enterprises.Get(a.enterprise_id).name), U(a.title),
                                                    U(a.requested_amount.Format())));
        }
    }
    void Save() {
        Attempt(this, [&] {
            domain::Decision decision;
            decision.kind = Kind();
            decision.number = S(m_number->GetValue());
            decision.date = DateTyped(m_date, _("Date"));
            decision.legal_basis = S(m_basis->GetValue());
            decision.conditions = S(m_conditions->GetValue());
            decision.signer_name = S(m_signer->GetStringSelection());
            for (unsigned i = 0; i < m_applications->GetCount(); ++i)
                if (m_applications->IsChecked(i))
                    decision.items.push_back(
                        {m_candidates[i].id, decision.kind == domain::DecisionKind::Approval
                                                 ? m_candidates[i].requested_amount
                                                 : domain::Money()});
            const auto outcome = domain::DecisionService(*m_session.store, m_session.text, m_session.clock)
                                     .Draft(decision, m_session.actor);
            m_drafted = outcome.decision.id;
            if (!outcome.warnings.empty()) {
                wxString text;
                for (const auto& warning : outcome.warnings) text += Say(warning.message) + "\n";
                wxMessageBox(text, _("Double-funding warning"), wxOK | wxICON_WARNING, this);
            }
            EndModal(wxID_OK);
        });
    }

    Session& m_session;
    std::vector<domain::Application> m_candidates;
    wxChoice* m_kind;
    wxTextCtrl* m_number;
    wxTextCtrl* m_date;
    wxTextCtrl* m_basis;
    wxTextCtrl* m_conditions;
    wxChoice* m_signer;
    wxCheckListBox* m_applications;
    domain::DecisionId m_drafted = 0;
};

// Choosing the key: a PKCS#12 file and its password, or the token (the module comes from the
// administrator's settings) and its PIN. Secrets leave the fields once read.
class SignDialog final : public wxDialog {
public:
    SignDialog(wxWindow* parent, Session& session, const wxString& number)
        : wxDialog(parent, wxID_ANY, wxString::Format(_("Sign decision %s"), number)), m_session(session) {
        SetName("sign_dialog");
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        m_use_file = new wxRadioButton(this, wxID_ANY, _("Certificate file (PKCS#12: .p12 or .pfx)"),
                                       wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
        m_use_file->SetName("use_file");
        sizer->Add(m_use_file, 0, wxALL, 10);
        m_file = new wxFilePickerCtrl(this, wxID_ANY, wxEmptyString, _("Choose the certificate file"),
                                      _("PKCS#12 (*.p12;*.pfx)|*.p12;*.pfx"), wxDefaultPosition,
                                      FromDIP(wxSize(420, -1)),
                                      wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
        m_file->SetName("p12_file");
        sizer->Add(m_file, 0, wxLEFT | wxRIGHT | wxEXPAND, 24);
        m_password =
            new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
        m_password->SetHint(_("Password of the file"));
        m_password->SetName("p12_password");
        sizer->Add(m_password, 0, wxLEFT | wxRIGHT | wxTOP | wxEXPAND, 24);
        m_use_token = new wxRadioButton(this, wxID_ANY, _("USB token (PKCS#11)"));
        m_use_token->SetName("use_token");
        sizer->Add(m_use_token, 0, wxALL, 10);
        m_uri = new wxTextCtrl(this, wxID_ANY, wxEmptyString);
        m_uri->SetHint("pkcs11:token=…;object=…");
        m_uri->SetName("pkcs11_uri");
        sizer->Add(m_uri, 0, wxLEFT | wxRIGHT | wxEXPAND, 24);
        m_pin =
            new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
        m_pin->SetHint(_("PIN (tried once: tokens lock after a few wrong PINs)"));
        m_pin->SetName("pin");
        sizer->Add(m_pin, 0, wxLEFT | wxRIGHT | wxTOP | wxEXPAND, 24);
        auto* buttons = new wxStdDialogButtonSizer();
        auto* sign = new wxButton(this, wxID_OK, _("Sign"));
        sign->SetName("sign");
        sign->SetDefault();
        buttons->AddButton(sign);
        buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
        buttons->Realize();
        sizer->Add(buttons, 0, wxALL | wxEXPAND, 12);
        SetSizerAndFit(sizer);
        m_use_file->SetValue(true);
    }

    // The key, loaded now; the password or PIN is wiped from the field. Null when the approver
    // declined this workstation's PKCS#11 module on its first use.
    std::unique_ptr<domain::DecisionSigner> LoadKey() {
        std::string secret;
        if (m_use_file->GetValue()) {
            secret = S(m_password->GetValue());
            m_password->Clear();
            return std::make_unique<signing::KeyDecisionSigner>(
                signing::LoadPkcs12(std::filesystem::path(S(m_file->GetPath())), std::move(secret)));
        }
        // The module comes from this workstation's files, never from the database, and is loaded
        // only once the approver has seen its path and accepted it.
        const auto files = app::WorkstationFilesFromEnvironment();
        auto module = app::FindTokenModule(files);
        const std::string uri = S(m_uri->GetValue());
        if (!module.accepted) {
            if (wxMessageBox(
                    Say(app::DescribeTokenModule(module, uri)) + "\n\n" +
                        _("Accept this module only if it is the software of the certificate authority that "
                          "issued your token. You will not be asked again while the file stays the same."),
                    _("First use of this PKCS#11 module"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING,
                    this) != wxYES) {
                m_pin->Clear();
                return nullptr;
            }
            app::AcceptTokenModule(files, module);
            module.accepted = true;
        }
        secret = S(m_pin->GetValue());
        m_pin->Clear();
        return app::LoadTokenSigner(module, uri, std::move(secret));
    }

private:
    Session& m_session;
    wxRadioButton* m_use_file;
    wxFilePickerCtrl* m_file;
    wxTextCtrl* m_password;
    wxRadioButton* m_use_token;
    wxTextCtrl* m_uri;
    wxTextCtrl* m_pin;
};

}  // namespace

DecisionsPage::DecisionsPage(wxWindow* parent, Session& session)
    : TablePage(parent, session,
                {{"#", 40},
                 {_("Number"), 130},
                 {_("Date"), 90, ColumnKind::Date},
                 {_("Kind"), 120},
                 {_("Applications"), 100, ColumnKind::Number},
                 {_("Total"), 120, ColumnKind::Money},
                 {_("Status"), 100},
                 {_("Signature"), 760}},
                "decisions"),
      m_verifying(this) {
    const bool officer = session.Is(domain::Role::Officer);
    const bool approver = session.Is(domain::Role::Approver);
    AddAction(_("Draft…"), "draft_decision", officer, CannotCreateReason(), [this] { CreateRecord(); });
    AddAction(_("Discard draft"), "discard_decision", officer, CannotCreateReason(),
              [this] { DiscardSelected(); });
    AddAction(_("Sign…"), "sign_decision", approver, _("Only approvers sign decisions."),
              [this] { SignSelected(); });
    AddAction(_("Export…"), "export_decision", true, {}, [this] { ExportSelected(); });
    AddAction(_("Verify all"), "verify_all", true, {}, [this] { VerifyAll(); });
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { VerifySomeMore(); }, m_verifying.GetId());
}

wxString DecisionsPage::CannotCreateReason() const {
    return _("Only officers draft decisions.");
}

void DecisionsPage::CreateRecord() {
    if (!CanCreate()) return;
    DraftDecisionDialog dialog(this, m_session);
    if (dialog.ShowModal() == wxID_OK) ShowRecord(dialog.Drafted());
}

std::vector<TableRow> DecisionsPage::LoadRows() {
    m_verifying.Stop();
    m_unverified.clear();
    m_next_unverified = 0;
    domain::DecisionService service(*m_session.store, m_session.text, m_session.clock);
    m_verifier = app::DatabaseVerifierForDisplay(*m_session.store, m_session.clock);
    domain::DecisionFilter filter;
    filter.limit = 5000;
    std::vector<TableRow> rows;
    std::size_t checked = 0;
    for (auto& d : service.List(filter)) {
        domain::Money total;
        for (const auto& item : d.items) total = total + item.approved_amount;
        // A draft costs nothing to check; the newest signed ones are checked now, the rest later.
        const bool now = !d.signature || checked < m_verified_on_load;
        const wxString badge = now ? Badge(service.Verify(d, *m_verifier)) : _("checking…");
        if (d.signature && now) ++checked;
        rows.push_back(
            {d.id,
             {wxString::Format("%lld", static_cast<long long>(d.id)), U(d.number), U(d.date.Format()),
              EnumLabel(domain::DecisionKinds(), d.kind), wxString::Format("%zu", d.items.size()),
              U(total.Format()), EnumLabel(domain::DecisionStatuses(), d.status), badge}});
        if (!now) m_unverified.push_back(std::move(d));
    }
    if (!m_unverified.empty()) m_verifying.StartOnce(1);
    return rows;
}

void DecisionsPage::VerifySomeMore() {
    // One step at a time: the next is scheduled only after this one, so that an error dialog
    // shown here is not followed by another from a timer firing behind it.
    const std::size_t until = std::min(m_unverified.size(), m_next_unverified + kVerifiedPerStep);
    const bool checked = Attempt(this, [&] {
        domain::DecisionService service(*m_session.store, m_session.text, m_session.clock);
        for (; m_next_unverified < until; ++m_next_unverified) {
            const auto& d = m_unverified[m_next_unverified];
            SetCell(d.id, kSignatureColumn, Badge(service.Verify(d, *m_verifier)));
        }
    });
    if (checked && m_next_unverified < m_unverified.size()) {
        m_verifying.StartOnce(1);
        return;
    }
    m_unverified.clear();  // all done, or a failure was shown: F5 starts over
    m_next_unverified = 0;
}

void DecisionsPage::SignSelected() {
    const auto id = SelectedId();
    if (!id) return;
    domain::DecisionService service(*m_session.store, m_session.text, m_session.clock);
    const auto decision = service.Get(*id);
    service.RequireCanSign(*id, m_session.actor);  // before anyone types a password or PIN
    SignDialog dialog(this, m_session, U(decision.number));
    if (dialog.ShowModal() != wxID_OK) return;
    const auto verifier = app::DatabaseVerifier(*m_session.store, m_session.clock);
    wxBusyCursor busy;
    const auto signer = dialog.LoadKey();
    if (!signer) return;
    const auto outcome = service.Sign(*id, *signer, *verifier, m_session.actor);
    Reload();
    const auto check = service.Verify(outcome.decision, *verifier);
    wxMessageBox(Badge(check), _("Decision signed"), wxOK | wxICON_INFORMATION, this);
}

void DecisionsPage::DiscardSelected() {
    const auto id = SelectedId();
    if (!id) return;
    if (wxMessageBox(_("Discard this draft decision?"), _("Discard draft"), wxYES_NO | wxICON_QUESTION,
                     this) != wxYES)
        return;
    domain::DecisionService(*m_session.store, m_session.text, m_session.clock).Discard(*id, m_session.actor);
    Reload();
}

void DecisionsPage::ExportSelected() {
    const auto id = SelectedId();
    if (!id) return;
    if (!domain::DecisionService(*m_session.store, m_session.text, m_session.clock).Get(*id).signature)
        throw domain::DomainError(
            domain::ErrorCode::InvalidValue,
            {"Chỉ xuất được quyết định đã ký số.", "Only digitally signed decisions are exported."});
    wxDirDialog ask(this, _("Folder for decision.json, decision.p7s, decision.pdf and decision.html"));
    if (ask.ShowModal() != wxID_OK) return;
    app::ExportDecision(*m_session.store, m_session.text, m_session.clock, *id,
                        std::filesystem::path(S(ask.GetPath())));
    wxMessageBox(wxString::Format(_("Exported to %s"), ask.GetPath()), _("Export"), wxOK | wxICON_INFORMATION,
                 this);
}

void DecisionsPage::VerifyAll() {
    domain::VerificationTally tally;
    const auto target = m_session.target;
    RunInBackground(this, _("Verifying"), _("Verifying every decision's signature…"),
                    [&](domain::ProgressObserver& progress) {
                        // Its own connection: a database session belongs to one thread.
                        auto store = persistence::SociStore::Open(target, persistence::OpenMode::MustExist);
                        text::IcuTextRules text;
                        const domain::SystemClock clock = m_session.clock;
                        const auto verifier = app::DatabaseVerifier(*store, clock);
                        domain::DecisionService service(*store, text, clock);
                        domain::DecisionFilter filter;
                        filter.limit = 10'000'000;
                        const auto decisions = service.List(filter);
                        for (std::size_t i = 0; i < decisions.size(); ++i) {
                            tally.Add(service.Verify(decisions[i], *verifier));
                            progress.Progress(i + 1, decisions.size());
                            if (progress.CancelRequested())
                                throw domain::DomainError(domain::ErrorCode::Cancelled,
                                                          {"Đã dừng kiểm tra.", "Verification stopped."});
                        }
                    });
    wxMessageBox(wxString::Format(_("Valid: %zu\nFailed: %zu\nNot digitally signed: %zu"), tally.valid,
                                  tally.failed, tally.unsigned_count),
                 _("Verify all"), wxOK | (tally.failed > 0 ? wxICON_WARNING : wxICON_INFORMATION), this);
    Reload();
}

}  // namespace innodesk::gui
