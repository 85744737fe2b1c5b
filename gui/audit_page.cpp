// Audit log page.
#include "audit_page.h"

#include "background_work.h"
#include "wx_text.h"

#include "app/audit_sentences.h"
#include "domain/audit_service.h"
#include "domain/user_service.h"

#include <wx/msgdlg.h>

namespace innodesk::gui {

AuditPage::AuditPage(wxWindow* parent, app::Workspace& session)
    : TablePage(parent, session,
                {{"#", 70, ColumnKind::Number},
                 {_("When"), 130, ColumnKind::Moment},
                 {_("Who"), 170},
                 {_("What happened"), 720}},
                "audit") {
    AddAction(_("Verify the chain"), "verify_chain", true, {}, [this] { VerifyChain(); });
    // Below the list: the selected entry in full, and its change field by field.
    m_sentence = new wxStaticText(this, wxID_ANY, _("Select an entry to see what it changed."));
    m_sentence->SetName("audit_sentence");
    m_changes = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 200)),
                                       wxDV_ROW_LINES | wxDV_SINGLE);
    m_changes->SetName("audit_changes");
    m_changes->AppendTextColumn(_("Field"), wxDATAVIEW_CELL_INERT, FromDIP(220), wxALIGN_LEFT,
                                wxDATAVIEW_COL_RESIZABLE);
    m_changes->AppendTextColumn(_("Before"), wxDATAVIEW_CELL_INERT, FromDIP(380), wxALIGN_LEFT,
                                wxDATAVIEW_COL_RESIZABLE);
    m_changes->AppendTextColumn(_("After"), wxDATAVIEW_CELL_INERT, FromDIP(380), wxALIGN_LEFT,
                                wxDATAVIEW_COL_RESIZABLE);
    GetSizer()->Add(m_sentence, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    GetSizer()->Add(m_changes, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    List()->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { ShowChanges(); });
}

std::vector<TableRow> AuditPage::LoadRows() {
    // People by the names colleagues know them by; an account gone or unreadable by its user name.
    std::map<std::string, std::string> display_names{{"system", S(Say("Hệ thống", "The system"))}};
    try {
        for (const auto& user : m_session.Users().List(m_session.Actor()))
            display_names[user.name] = user.display_name.empty() ? user.name : user.display_name;
    } catch (const domain::DomainError&) {
        // Not allowed to list accounts: the entries still show their user names.
    }
    auto audit = m_session.Audit();
    std::vector<TableRow> rows;
    m_entries.clear();
    for (auto& e : audit.Latest(2000)) {
        const auto known = display_names.find(e.actor);
        const std::string who = known == display_names.end() ? e.actor : known->second;
        rows.push_back({e.seq,
                        {TableCell::Number(e.seq),
                         TableCell::Moment(e.at_unix, U(m_session.Clock().FormatMoment(e.at_unix))), U(who),
                         U(app::AuditSentence(e, who, CurrentLanguage()))}});
        m_entries[e.seq] = {std::move(e), who};
    }
    CallAfter([this] { ShowChanges(); });  // the selection may now be another entry
    return rows;
}

void AuditPage::ShowChanges() {
    m_changes->DeleteAllItems();
    const auto selected = SelectedId();
    const auto entry = selected ? m_entries.find(*selected) : m_entries.end();
    if (entry == m_entries.end()) {
        m_sentence->SetLabel(_("Select an entry to see what it changed."));
        return;
    }
    const auto& [audited, who] = entry->second;
    m_sentence->SetLabel(U(app::AuditSentence(audited, who, CurrentLanguage())));
    const auto changes = app::AuditChanges(audited, CurrentLanguage(), [this](std::int64_t unix_seconds) {
        return m_session.Clock().FormatMoment(unix_seconds);
    });
    for (const auto& change : changes) {
        wxVector<wxVariant> row;
        row.push_back(U(change.label));
        row.push_back(U(change.before));
        row.push_back(U(change.after));
        m_changes->AppendItem(row);
    }
}

void AuditPage::VerifyChain() {
    domain::AuditVerification result;
    RunInBackground(this, _("Audit log"), _("Checking every entry of the audit log…"),
                    [&](domain::ProgressObserver& progress) {
                        // Its own connection: a database session belongs to one thread.
                        result = m_session.OpenForBackgroundWork()->Audit().Verify(&progress);
                    });
    if (result.broken)
        wxMessageBox(Say(result.broken->explanation), _("The audit log was changed"), wxOK | wxICON_ERROR,
                     this);
    else
        wxMessageBox(wxString::Format(_("The chain of %s entries is intact."), Grouped(result.entries)),
                     _("Audit log"), wxOK | wxICON_INFORMATION, this);
}

}  // namespace innodesk::gui
