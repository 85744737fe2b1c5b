// IP filings page and the history dialog.
#include "ip_filings_page.h"

#include "enterprise_cache.h"
#include "error_dialog.h"
#include "form_dialog.h"
#include "list_dialog.h"
#include "wx_text.h"

#include "domain/enterprise_service.h"
#include "domain/ip_service.h"
#include "domain/programme_service.h"

#include <wx/msgdlg.h>

namespace innodesk::gui {
namespace {

// A new filing of a supported enterprise, in status 'filed' on its filing date.
class NewFilingDialog final : public FormDialog {
public:
    NewFilingDialog(wxWindow* parent, app::Workspace& session)
        : FormDialog(parent, _("New IP filing"), "new_filing_dialog"),
          m_programmes(session.Programmes().List()),
          m_enterprise(Enterprise(_("Enterprise tax code") + " *", "filing_tax_code", session)) {
        auto* type = Choice(_("Type") + " *", "ip_type");
        for (const auto& entry : domain::IpTypes()) type->Append(EnumLabel(domain::IpTypes(), entry.value));
        type->SetSelection(0);
        auto* route = Choice(_("Route") + " *", "ip_route");
        for (const auto& entry : domain::IpRoutes())
            route->Append(EnumLabel(domain::IpRoutes(), entry.value));
        route->SetSelection(0);
        auto* country = Text(_("Country (ISO code, national offices)"), "country");
        auto* title = Text(_("Subject") + " *", "ip_title");
        auto* number = Text(_("Application number"), "application_number");
        const auto filed = Date(_("Filed on") + " *", "filed_on", session.Clock().Today());
        auto* amount = Text(_("Supported amount (VND)"), "supported_amount", "0");
        auto* programme = Choice(_("Programme"), "programme");
        programme->Append(_("(none)"));
        for (const auto& p : m_programmes) programme->Append(U(p.code + " — " + p.name));
        programme->SetSelection(m_programmes.empty() ? 0 : 1);
        Finish({}, [&s = session, this, type, route, country, title, number, filed, amount, programme] {
            domain::IpFiling filing;
            filing.enterprise_id = m_enterprise.Resolve().id;
            filing.type = domain::IpTypes()[static_cast<std::size_t>(type->GetSelection())].value;
            filing.route = domain::IpRoutes()[static_cast<std::size_t>(route->GetSelection())].value;
            filing.country = S(country->GetValue());
            filing.title = S(title->GetValue());
            if (!number->GetValue().Strip(wxString::both).empty())
                filing.application_number = S(number->GetValue());
            filing.filed_on = filed.Value();
            filing.supported_amount = domain::Money::Parse(S(amount->GetValue()), "supported_amount");
            if (programme->GetSelection() > 0)
                filing.programme_id =
                    m_programmes[static_cast<std::size_t>(programme->GetSelection() - 1)].id;
            m_added = s.IpFilings().Add(filing, s.Actor()).id;
        });
    }
    domain::IpFilingId Added() const { return m_added; }

private:
    std::vector<domain::Programme> m_programmes;
    EnterpriseField m_enterprise;
    domain::IpFilingId m_added = 0;
};

// The next step the office took: only the statuses the lifecycle allows from the current one.
class StatusDialog final : public FormDialog {
public:
    StatusDialog(wxWindow* parent, app::Workspace& session, const domain::IpFiling& filing)
        : FormDialog(parent, wxString::Format(_("Status of: %s"), U(filing.title)), "ip_status_dialog") {
        for (const auto& entry : domain::IpLifecycle().states)
            if (domain::IpLifecycle().Allows(filing.status, entry.value)) m_next.push_back(entry.value);
        auto* to = Choice(_("New status") + " *", "ip_status");
        for (const auto status : m_next) to->Append(EnumLabel(domain::IpLifecycle().states, status));
        if (!m_next.empty()) to->SetSelection(0);
        const auto on = Date(_("On") + " *", "status_on", session.Clock().Today());
        auto* number = Text(_("Application number"), "application_number",
                            filing.application_number ? U(*filing.application_number) : wxString());
        auto* note = Text(_("Note"), "note");
        const wxString heading =
            wxString::Format(_("Now: %s since %s"), EnumLabel(domain::IpLifecycle().states, filing.status),
                             U(filing.status_on.Format()));
        Finish(heading, [&s = session, this, id = filing.id, version = filing.version, to, on, number, note] {
            if (to->GetSelection() == wxNOT_FOUND)
                throw domain::DomainError(domain::ErrorCode::InvalidTransition,
                                          {"Hồ sơ đã ở trạng thái cuối; không còn bước nào.",
                                           "The filing is in a final status; there is no further step."},
                                          "status");
            domain::IpStatusUpdate update;
            update.to = m_next[static_cast<std::size_t>(to->GetSelection())];
            update.on = on.Value();
            if (!number->GetValue().Strip(wxString::both).empty())
                update.application_number = S(number->GetValue());
            update.note = S(note->GetValue());
            update.expected_version = version;
            s.IpFilings().UpdateStatus(id, update, s.Actor());
        });
    }

private:
    std::vector<domain::IpStatus> m_next;
};

}  // namespace

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
    StatusDialog dialog(this, m_session, m_session.IpFilings().Get(*id));
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
                         f.application_number ? U(*f.application_number) : wxString(), U(f.filed_on.Format()),
                         EnumLabel(domain::IpLifecycle().states, f.status), U(f.status_on.Format()),
                         f.commercially_exploited ? _("yes") : _("no")}});
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
