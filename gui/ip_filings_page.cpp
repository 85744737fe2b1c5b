// IP filings page.
#include "ip_filings_page.h"

#include "enterprise_cache.h"
#include "error_dialog.h"
#include "ip_status_dialog.h"
#include "list_dialog.h"
#include "new_filing_dialog.h"
#include "wx_text.h"

#include "domain/enterprise_service.h"
#include "domain/ip_service.h"

#include <wx/msgdlg.h>

namespace innodesk::gui {

IpFilingsPage::IpFilingsPage(wxWindow* parent, app::Workspace& session)
    : TablePage(parent, session,
                {{_("Type"), 120},
                 {_("Route"), 110},
                 {_("Subject"), 190},
                 {_("Enterprise"), 170},
                 {_("Application number"), 110},
                 {_("Filed on"), 85, ColumnKind::Date},
                 {_("Status"), 130},
                 {_("Status date"), 85, ColumnKind::Date},
                 {_("Exploited"), 70}},
                "ip_filings") {
    const bool officer = session.Is(domain::Role::Officer);
    const wxString why = CannotCreateReason();
    AddAction(_("New filing…"), "new_filing", officer, why, [this] { CreateRecord(); });
    AddAction(_("Status…"), "ip_status", officer, why, [this] { UpdateSelected(); });
    AddAction(_("Exploited commercially"), "ip_exploited", officer, why, [this] { ToggleExploited(); });
    AddAction(_("History…"), "ip_history", true, {}, [this] { ShowHistory(); });
}

wxString IpFilingsPage::CannotCreateReason() const {
    return _("Only officers record IP filings and their progress; your role reads them.");
}

void IpFilingsPage::CreateRecord() {
    if (!CanCreate()) return;
    NewFilingDialog dialog(this, m_session);
    if (dialog.ShowModal() != wxID_OK) return;
    ShowRecord(dialog.Added());
}

void IpFilingsPage::UpdateSelected() {
    const auto id = SelectedId();
    if (!id) return;
    IpStatusDialog dialog(this, m_session, m_session.IpFilings().Get(*id));
    if (dialog.ShowModal() == wxID_OK) Reload();
}

void IpFilingsPage::ToggleExploited() {
    const auto id = SelectedId();
    if (!id) return;
    auto service = m_session.IpFilings();
    const auto filing = service.Get(*id);
    const wxString question = filing.commercially_exploited
                                  ? _("Record that this right is no longer commercially exploited?")
                                  : _("Record that this granted right is commercially exploited?");
    if (wxMessageBox(question, U(filing.title), wxYES_NO | wxICON_QUESTION, this) != wxYES) return;
    service.SetExploited(*id, !filing.commercially_exploited, m_session.Actor(), filing.version);
    Reload();
}

std::vector<TableRow> IpFilingsPage::LoadRows() {
    domain::IpFilingFilter filter;
    filter.limit = 1'000'000;
    const auto filings = m_session.IpFilings().List(filter);
    EnterpriseCache enterprises(m_session);
    enterprises.Preload(filings, [](const auto& f) { return f.enterprise_id; });
    std::vector<TableRow> rows;
    rows.reserve(filings.size());
    for (const auto& f : filings) {
        rows.push_back({f.id,
                        {EnumLabel(domain::IpTypes(), f.type), EnumLabel(domain::IpRoutes(), f.route),
                         U(f.title), U(enterprises.Get(f.enterprise_id).name),
                         f.application_number ? U(*f.application_number) : wxString(),
                         TableCell::Date(f.filed_on), EnumLabel(domain::IpLifecycle().states, f.status),
                         TableCell::Date(f.status_on), f.commercially_exploited ? _("yes") : _("no")}});
    }
    return rows;
}

void IpFilingsPage::ShowHistory() {
    const auto id = SelectedId();
    if (!id) return;
    auto service = m_session.IpFilings();
    const auto filing = service.Get(*id);
    const auto history = service.History(*id);
    std::vector<std::vector<wxString>> rows;
    for (const auto& change : history)
        rows.push_back({EnumLabel(domain::IpLifecycle().states, change.from),
                        EnumLabel(domain::IpLifecycle().states, change.to), U(change.on.Format()),
                        U(change.actor), U(change.note)});
    ShowListDialog(this, wxString::Format(_("History of filing: %s"), U(filing.title)), "ip_history", {},
                   {{_("From"), 130}, {_("To"), 130}, {_("On"), 100}, {_("Who"), 110}, {_("Note"), 260}},
                   rows);
}

}  // namespace innodesk::gui
