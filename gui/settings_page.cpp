// Settings page.
#include "settings_page.h"

#include "background_work.h"
#include "error_dialog.h"
#include "file_choice.h"
#include "pinned_roots_box.h"
#include "workstation_database.h"
#include "wx_text.h"

#include "app/department_time_zone.h"
#include "app/timestamp_authority.h"
#include "app/token_module.h"
#include "app/workspace.h"
#include "domain/timestamp_settings.h"
#include "domain/trust_service.h"
#include "signing/trust_items.h"

#include <wx/button.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include <fstream>
#include <iterator>

namespace innodesk::gui {

SettingsPage::SettingsPage(wxWindow* parent, app::Workspace& session) : Page(parent, session) {
    SetName("settings");
    const bool admin = session.Is(domain::Role::Admin);
    const wxString admin_only = _("Only administrators change this.");
    // Everything in a scrolled body: at 1280x800 the page is taller than the window.
    m_body = new wxScrolledWindow(this, wxID_ANY);
    m_body->SetName("settings_body");
    m_body->SetScrollRate(FromDIP(12), FromDIP(12));
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto* language = new wxStaticBoxSizer(wxHORIZONTAL, m_body, _("Language of this workstation"));
    m_language = new wxChoice(language->GetStaticBox(), wxID_ANY);
    m_language->SetName("language");
    m_language->Append(wxString::FromUTF8("Tiếng Việt"));
    m_language->Append("English");
    m_language->SetSelection(CurrentLanguage() == domain::Language::Vietnamese ? 0 : 1);
    language->Add(m_language, 0, wxALL, 6);
    language->Add(
        new wxStaticText(language->GetStaticBox(), wxID_ANY, _("(takes effect when InnoDesk starts again)")),
        0, wxALIGN_CENTER_VERTICAL | wxALL, 6);
    sizer->Add(language, 0, wxEXPAND | wxALL, 10);
    m_language->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        wxConfigBase::Get()->Write("/Language", m_language->GetSelection() == 0 ? "vi" : "en");
        wxConfigBase::Get()->Flush();
    });

    auto* database = new wxStaticBoxSizer(wxVERTICAL, m_body, _("Database of this workstation"));
    auto* database_row = new wxBoxSizer(wxHORIZONTAL);
    m_database = new wxTextCtrl(database->GetStaticBox(), wxID_ANY, U(m_session.Target().Describe()));
    m_database->SetName("database_location");
    m_database->SetHint("postgresql://canbo@db.skhcn.local/innodesk");
    database_row->Add(m_database, 1, wxALL, 6);
    auto* test = new wxButton(database->GetStaticBox(), wxID_ANY, _("Test connection"));
    test->SetName("test_database");
    database_row->Add(test, 0, wxALL, 6);
    auto* use = new wxButton(database->GetStaticBox(), wxID_ANY, _("Use at next start"));
    use->SetName("use_database");
    database_row->Add(use, 0, wxALL, 6);
    database->Add(database_row, 0, wxEXPAND);
    auto* database_help = new wxStaticText(
        database->GetStaticBox(), wxID_ANY,
        _("An SQLite file, or the department's PostgreSQL server as postgresql://user@host/database "
          "(the password goes in ~/.pgpass, never here). Empty: the embedded database."));
    database_help->Wrap(FromDIP(860));  // a long sentence is wrapped, never cut at the window's edge
    database->Add(database_help, 0, wxLEFT | wxRIGHT | wxBOTTOM, 6);
    sizer->Add(database, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);
    test->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Attempt(this, [this] { TestDatabase(); }); });
    use->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Attempt(this, [this] { SaveDatabase(); }); });

    auto* module = new wxStaticBoxSizer(wxVERTICAL, m_body,
                                        _("PKCS#11 module of the signing tokens (this workstation)"));
    m_module = new wxStaticText(module->GetStaticBox(), wxID_ANY, wxEmptyString);
    m_module->SetName("pkcs11_module");
    module->Add(m_module, 0, wxEXPAND | wxALL, 6);
    const auto files = app::WorkstationFilesFromEnvironment();
    auto* module_help =
        new wxStaticText(module->GetStaticBox(), wxID_ANY,
                         wxString::Format(_("Named by the line pkcs11_module = PATH in %s, written by this "
                                            "machine's administrator, or else in your own %s. The database "
                                            "never names it. You accept a module before its first use."),
                                          U(files.system_config.string()), U(files.user_config.string())));
    module_help->Wrap(FromDIP(860));
    module->Add(module_help, 0, wxLEFT | wxRIGHT | wxBOTTOM, 6);
    sizer->Add(module, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);

    // The department's zone: every "today" and every time shown, on every workstation.
    auto* zone = new wxStaticBoxSizer(wxHORIZONTAL, m_body, _("Time zone of the department"));
    m_time_zone = new wxTextCtrl(zone->GetStaticBox(), wxID_ANY);
    m_time_zone->SetName("time_zone");
    zone->Add(m_time_zone, 1, wxALL, 6);
    auto* save_zone = new wxButton(zone->GetStaticBox(), wxID_ANY, _("Save"));
    save_zone->SetName("save_time_zone");
    zone->Add(save_zone, 0, wxALL, 6);
    zone->Add(
        new wxStaticText(zone->GetStaticBox(), wxID_ANY,
                         _("An IANA name such as Asia/Ho_Chi_Minh: dates and times are the department's, "
                           "whatever the computer's clock is set to.")),
        0, wxALIGN_CENTER_VERTICAL | wxALL, 6);
    sizer->Add(zone, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);
    for (wxWindow* control : std::initializer_list<wxWindow*>{m_time_zone, save_zone})
        if (!admin) {
            control->Disable();
            control->SetToolTip(admin_only);
        }
    save_zone->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Attempt(this, [this] { SaveTimeZone(); }); });

    // Where signatures get their RFC 3161 timestamp: a signing setting, so a second administrator confirms.
    // One row, its explanation in the tooltips: the page has no room to spare at 1280x800.
    auto* tsa =
        new wxStaticBoxSizer(wxHORIZONTAL, m_body, _("Timestamping authority (TSA) of the department"));
    const wxString tsa_help = _(
        "Each signature gets an RFC 3161 timestamp from this address (http://…), checked against the CA "
        "certificate chosen here. Empty: no timestamp, and the signing time is the signer's claim. A change "
        "waits for a second administrator's confirmation.");
    m_tsa_url = new wxTextCtrl(tsa->GetStaticBox(), wxID_ANY);
    m_tsa_url->SetName("tsa_url");
    m_tsa_url->SetHint("http://tsa.example.vn/tsa");
    m_tsa_url->SetToolTip(tsa_help);
    m_tsa_url->SetMinSize(FromDIP(wxSize(300, -1)));  // an address stays readable beside a long CA name
    tsa->Add(m_tsa_url, 2, wxALL, 6);
    auto* save_tsa = new wxButton(tsa->GetStaticBox(), wxID_ANY, _("Propose address"));
    save_tsa->SetName("save_tsa_url");
    tsa->Add(save_tsa, 0, wxALL, 6);
    auto* choose_ca = new wxButton(tsa->GetStaticBox(), wxID_ANY, _("CA certificate (PEM)…"));
    choose_ca->SetName("choose_tsa_ca");
    tsa->Add(choose_ca, 0, wxALL, 6);
    m_tsa_ca = new wxStaticText(tsa->GetStaticBox(), wxID_ANY, wxEmptyString, wxDefaultPosition,
                                wxDefaultSize, wxST_ELLIPSIZE_END);
    m_tsa_ca->SetName("tsa_ca");
    m_tsa_ca->SetMinSize(FromDIP(wxSize(120, -1)));  // cut at the end (the tooltip has it whole), never wider
    tsa->Add(m_tsa_ca, 3, wxALIGN_CENTER_VERTICAL | wxALL, 6);
    sizer->Add(tsa, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);
    for (wxWindow* control : std::initializer_list<wxWindow*>{m_tsa_url, save_tsa, choose_ca})
        if (!admin) {
            control->Disable();
            control->SetToolTip(admin_only);
        }
    save_tsa->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Attempt(this, [this] { ProposeTsaUrl(); }); });
    choose_ca->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Attempt(this, [this] { ChooseTsaCa(); }); });

    // The roots trusted come from this workstation's folders; the database's items only help.
    m_pinned_roots = std::make_unique<PinnedRootsBox>(m_body);
    sizer->Add(m_pinned_roots->Sizer(), 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);

    auto* trust = new wxStaticBoxSizer(
        wxVERTICAL, m_body,
        _("In the database: intermediate CA certificates and revocation lists (they help build chains; a "
          "root here is never trusted)"));
    m_trust =
        new wxDataViewListCtrl(trust->GetStaticBox(), wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 200)));
    m_trust->SetName("trust_store");
    m_trust->AppendTextColumn(_("Certificate or list"), wxDATAVIEW_CELL_INERT, FromDIP(400));
    m_trust->AppendTextColumn(_("Role"), wxDATAVIEW_CELL_INERT, FromDIP(220));
    m_trust->AppendTextColumn(_("SHA-256"), wxDATAVIEW_CELL_INERT, FromDIP(300));
    trust->Add(m_trust, 1, wxEXPAND | wxALL, 6);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* add = new wxButton(trust->GetStaticBox(), wxID_ANY, _("Add PEM file…"));
    auto* remove = new wxButton(trust->GetStaticBox(), wxID_ANY, _("Remove"));
    add->SetName("add_trust_file");
    remove->SetName("remove_trust_item");
    buttons->Add(add, 0, wxRIGHT, 6);
    buttons->Add(remove, 0);
    trust->Add(buttons, 0, wxALL, 6);
    sizer->Add(trust, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);

    // Four eyes: what one administrator proposed, for a second to confirm or reject.
    auto* proposals = new wxStaticBoxSizer(wxVERTICAL, m_body,
                                           _("Changes to trust and signers awaiting a second administrator"));
    m_four_eyes = new wxStaticText(proposals->GetStaticBox(), wxID_ANY, wxEmptyString);
    m_four_eyes->SetName("four_eyes_status");
    proposals->Add(m_four_eyes, 0, wxEXPAND | wxALL, 6);
    m_proposals = new wxDataViewListCtrl(proposals->GetStaticBox(), wxID_ANY, wxDefaultPosition,
                                         FromDIP(wxSize(-1, 120)));
    m_proposals->SetName("proposals");
    m_proposals->AppendTextColumn(_("No."), wxDATAVIEW_CELL_INERT, FromDIP(50));
    m_proposals->AppendTextColumn(_("Change"), wxDATAVIEW_CELL_INERT, FromDIP(520));
    m_proposals->AppendTextColumn(_("Proposed by"), wxDATAVIEW_CELL_INERT, FromDIP(120));
    m_proposals->AppendTextColumn(_("Expires"), wxDATAVIEW_CELL_INERT, FromDIP(150));
    proposals->Add(m_proposals, 1, wxEXPAND | wxALL, 6);
    auto* decide = new wxBoxSizer(wxHORIZONTAL);
    auto* confirm = new wxButton(proposals->GetStaticBox(), wxID_ANY, _("Confirm"));
    confirm->SetName("confirm_proposal");
    auto* reject = new wxButton(proposals->GetStaticBox(), wxID_ANY, _("Reject"));
    reject->SetName("reject_proposal");
    decide->Add(confirm, 0, wxRIGHT, 6);
    decide->Add(reject, 0);
    proposals->Add(decide, 0, wxALL, 6);
    sizer->Add(proposals, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);
    m_body->SetSizer(sizer);
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(m_body, 1, wxEXPAND);
    SetSizer(outer);
    if (!admin) sizer->Hide(proposals);
    confirm->SetToolTip(_("Applies the change now. Another administrator's proposal only."));
    confirm->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Attempt(this, [this] { ConfirmProposal(); }); });
    reject->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Attempt(this, [this] { RejectProposal(); }); });

    for (wxWindow* control : std::initializer_list<wxWindow*>{add, remove})
        if (!admin) {
            control->Disable();
            control->SetToolTip(admin_only);
        }
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Attempt(this, [this] { AddTrustFile(); }); });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Attempt(this, [this] { RemoveTrustItem(); }); });
}

void SettingsPage::Reload() {
    Attempt(this, [&] {
        auto trust = m_session.Trust();
        m_time_zone->ChangeValue(U(m_session.Clock().Zone()->Name()));
        ShowTsa(trust);
        m_trust->DeleteAllItems();
        m_trust_ids.clear();
        for (const auto& item : trust.List()) {
            wxVector<wxVariant> values;
            values.push_back(U(item.label));
            values.push_back(DatabaseItemRole(item));
            values.push_back(U(item.fingerprint));
            m_trust->AppendItem(values);
            m_trust_ids.push_back(item.id);
        }
        auto four_eyes = FourEyes();
        m_four_eyes->SetLabel(Say(four_eyes.Status().summary));
        m_four_eyes->Wrap(FromDIP(860));
        m_proposals->DeleteAllItems();
        m_proposal_ids.clear();
        if (!m_session.Is(domain::Role::Admin)) return;
        const std::int64_t now = four_eyes.Now();
        for (const auto& proposal : four_eyes.List(true, m_session.Actor())) {
            wxVector<wxVariant> values;
            values.push_back(wxString::Format("%lld", static_cast<long long>(proposal.id)));
            values.push_back(Say(domain::DescribeChange(proposal.change)) +
                             (domain::IsExpired(proposal, now)
                                  ? " (" + Say(domain::StateText(proposal, now)) + ")"
                                  : wxString()));
            values.push_back(U(proposal.proposed_by));
            values.push_back(U(domain::FormatVietnamTime(proposal.expires_at_unix)));
            m_proposals->AppendItem(values);
            m_proposal_ids.push_back(proposal.id);
        }
        Relayout();
    });
    Attempt(this, [this] { ShowModule(); });
    Attempt(this, [this] { m_pinned_roots->Reload(); });
}

wxString SettingsPage::DatabaseItemRole(const domain::TrustItem& item) {
    if (item.kind == domain::TrustKind::RevocationList) return _("Revocation list");
    return signing::ReadCertificateIdentity(item.pem, item.label).self_signed
               ? _("Root: a help only, not trusted unless pinned")
               : _("Intermediate CA");
}

// Only shown: nothing is loaded here. A module that would be refused when signing says why now.
void SettingsPage::ShowModule() {
    wxString text;
    try {
        const auto module = app::FindTokenModule(app::WorkstationFilesFromEnvironment());
        text = wxString::Format(_("%s (SHA-256 %s), named in %s."), U(module.path.string()), U(module.sha256),
                                U(module.named_in.string())) +
               "\n" +
               (module.accepted ? _("You have accepted this module.")
                                : _("You will be asked to accept it before its first use."));
    } catch (const domain::DomainError& error) {
        text = Say(error.Text());
    }
    if (const auto ignored = app::IgnoredDatabaseModule(m_session.Store(), m_session.Clock()))
        text += "\n" + Say(*ignored);
    m_module->SetLabel(text);
    m_module->Wrap(FromDIP(860));
    Relayout();
}

void SettingsPage::Relayout() {
    m_body->Layout();
    m_body->FitInside();
    Layout();
}

void SettingsPage::SaveTimeZone() {
    m_session.SetTimeZone(S(m_time_zone->GetValue()));
    Reload();
}

void SettingsPage::ShowTsa(domain::TrustService& trust) {
    m_tsa_url->ChangeValue(U(trust.Setting(domain::kSettingTsaUrl).value_or("")));
    const std::string ca = trust.Setting(domain::kSettingTsaCaPem).value_or("");
    if (ca.empty()) {
        m_tsa_ca->SetLabel(_("CA of the TSA: none chosen."));
    } else {
        const auto change = app::TimestampCaChange(ca, domain::kSettingTsaCaPem);
        m_tsa_ca->SetLabel(
            wxString::Format(_("CA of the TSA: %s (SHA-256 %s)"), U(change.subject), U(change.fingerprint)));
    }
    m_tsa_ca->Wrap(FromDIP(860));
}

void SettingsPage::ProposeTsaUrl() {
    Propose(app::TimestampUrlChange(S(m_tsa_url->GetValue())));
}

void SettingsPage::ChooseTsaCa() {
    const auto path =
        ChooseFile(this, {"tsa_ca_file", _("CA certificate of the timestamping authority"), wxEmptyString,
                          _("PEM (*.pem;*.crt)|*.pem;*.crt|All files|*"), false});
    if (!path) return;
    std::ifstream in(S(*path), std::ios::binary);
    const std::string pem{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    Propose(app::TimestampCaChange(pem, S(*path)));
}

void SettingsPage::TestDatabase() {
    const auto target = CheckedLocation(S(m_database->GetValue().Strip(wxString::both)));
    int version = 0;
    // A server that does not answer must not freeze the window while libpq waits for it.
    RunInBackground(this, _("Database of this workstation"), _("Connecting…"),
                    [&](domain::ProgressObserver&) {
                        version = app::OpenStore(target, persistence::OpenMode::MustExist)->SchemaVersion();
                    });
    wxMessageBox(wxString::Format(_("Connected to %s (schema version %d)."), U(target.Describe()), version),
                 _("Database of this workstation"), wxOK | wxICON_INFORMATION, this);
}

void SettingsPage::SaveDatabase() {
    const std::string location = S(m_database->GetValue().Strip(wxString::both));
    SaveDatabaseLocation(location);
    wxMessageBox(location.empty() ? _("InnoDesk will open the embedded database when it starts again.")
                                  : wxString::Format(_("InnoDesk will open %s when it starts again."),
                                                     U(CheckedLocation(location).Describe())),
                 _("Database of this workstation"), wxOK | wxICON_INFORMATION, this);
}

void SettingsPage::AddTrustFile() {
    wxFileDialog ask(this, _("CA certificates or CRLs (PEM)"), wxEmptyString, wxEmptyString,
                     _("PEM (*.pem;*.crt;*.crl)|*.pem;*.crt;*.crl|All files|*"),
                     wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (ask.ShowModal() != wxID_OK) return;
    std::ifstream in(S(ask.GetPath()), std::ios::binary);
    const std::string pem{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    for (const auto& item : signing::ReadTrustItems(pem, S(ask.GetPath()))) {
        Propose(domain::AddTrustChange(item));
    }
}

domain::FourEyesService SettingsPage::FourEyes() {
    return {m_session.Store(), m_session.Clock()};
}

void SettingsPage::Propose(const domain::ProposedChange& change) {
    const auto outcome = FourEyes().Propose(change, m_session.Actor());
    Reload();
    SayDone(Say(outcome.message));
}

std::int64_t SettingsPage::SelectedProposal() const {
    const int row = m_proposals->GetSelectedRow();
    if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= m_proposal_ids.size()) return 0;
    return m_proposal_ids[static_cast<std::size_t>(row)];
}

void SettingsPage::ConfirmProposal() {
    const std::int64_t id = SelectedProposal();
    if (id == 0) return;
    auto four_eyes = FourEyes();
    const auto proposal = four_eyes.Get(id, m_session.Actor());
    four_eyes.Confirm(id, m_session.Actor());
    Reload();
    SayDone(wxString::Format(_("Proposal %lld confirmed: %s."), static_cast<long long>(id),
                             Say(domain::DescribeChange(proposal.change))));
}

void SettingsPage::RejectProposal() {
    const std::int64_t id = SelectedProposal();
    if (id == 0) return;
    const auto decided = FourEyes().Reject(id, m_session.Actor());
    Reload();
    SayDone(wxString::Format(decided.status == domain::ProposalStatus::Withdrawn
                                 ? _("Proposal %lld withdrawn.")
                                 : _("Proposal %lld rejected."),
                             static_cast<long long>(id)));
}

void SettingsPage::RemoveTrustItem() {
    const int row = m_trust->GetSelectedRow();
    if (row == wxNOT_FOUND) return;
    if (wxMessageBox(
            _("Remove this item from the trust store? Signatures that chain to it will no longer verify."),
            _("Trust store"), wxYES_NO | wxICON_WARNING, this) != wxYES)
        return;
    const std::int64_t id = m_trust_ids[static_cast<std::size_t>(row)];
    domain::ProposedChange change;
    change.kind = domain::ChangeKind::RemoveTrust;
    change.trust_item_id = id;
    change.subject = S(m_trust->GetTextValue(static_cast<unsigned>(row), 0));
    change.fingerprint = S(m_trust->GetTextValue(static_cast<unsigned>(row), 1));
    Propose(change);
}

}  // namespace innodesk::gui
