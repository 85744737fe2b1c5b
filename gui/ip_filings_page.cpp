// IP filings page and the history dialog.
#include "ip_filings_page.h"

#include "error_dialog.h"
#include "wx_text.h"

#include "domain/enterprise_service.h"
#include "domain/ip_service.h"

#include <wx/dialog.h>

#include <map>

namespace innodesk::gui {

IpFilingsPage::IpFilingsPage(wxWindow* parent, Session& session)
    : TablePage(parent, session,
                {{_("Type"), 120},
                 {_("Route"), 110},
                 {_("Subject"), 190},
                 {_("Enterprise"), 170},
                 {_("Application number"), 110},
                 {_("Filed on"), 85},
                 {_("Status"), 130},
                 {_("Status date"), 85},
                 {_("Exploited"), 70}},
                "ip_filings") {
    AddAction(_("History…"), "ip_history", true, {}, [this] { ShowHistory(); });
}

std::vector<TableRow> IpFilingsPage::LoadRows() {
    domain::IpFilingFilter filter;
    filter.limit = 1'000'000;
    const auto filings = domain::IpService(*m_session.store, m_session.text, m_session.clock).List(filter);
    domain::EnterpriseService enterprises(*m_session.store, m_session.text);
    std::map<domain::EnterpriseId, std::string> names;
    std::vector<TableRow> rows;
    rows.reserve(filings.size());
    for (const auto& f : filings) {
        auto name = names.find(f.enterprise_id);
        if (name == names.end()) name = names.emplace(f.enterprise_id, enterprises.Get(f.enterprise_id).name).first;
        rows.push_back({f.id,
                        {EnumLabel(domain::IpTypes(), f.type), EnumLabel(domain::IpRoutes(), f.route), U(f.title),
                         U(name->second), f.application_number ? U(*f.application_number) : wxString(),
                         U(f.filed_on.Format()), EnumLabel(domain::IpLifecycle().states, f.status),
                         U(f.status_on.Format()), f.commercially_exploited ? _("yes") : _("no")}});
    }
    return rows;
}

void IpFilingsPage::ShowHistory() {
    const auto id = SelectedId();
    if (!id) return;
    domain::IpService service(*m_session.store, m_session.text, m_session.clock);
    const auto filing = service.Get(*id);
    const auto history = service.History(*id);
    wxDialog dialog(this, wxID_ANY, wxString::Format(_("History of filing: %s"), U(filing.title)), wxDefaultPosition,
                    wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    dialog.SetName("ip_history_dialog");
    auto* list = new wxDataViewListCtrl(&dialog, wxID_ANY, wxDefaultPosition, dialog.FromDIP(wxSize(760, 300)));
    list->SetName("ip_history_list");
    list->AppendTextColumn(_("From"), wxDATAVIEW_CELL_INERT, dialog.FromDIP(130));
    list->AppendTextColumn(_("To"), wxDATAVIEW_CELL_INERT, dialog.FromDIP(130));
    list->AppendTextColumn(_("On"), wxDATAVIEW_CELL_INERT, dialog.FromDIP(100));
    list->AppendTextColumn(_("Who"), wxDATAVIEW_CELL_INERT, dialog.FromDIP(110));
    list->AppendTextColumn(_("Note"), wxDATAVIEW_CELL_INERT, dialog.FromDIP(260));
    for (const auto& change : history) {
        wxVector<wxVariant> values;
        values.push_back(EnumLabel(domain::IpLifecycle().states, change.from));
        values.push_back(EnumLabel(domain::IpLifecycle().states, change.to));
        values.push_back(U(change.on.Format()));
        values.push_back(U(change.actor));
        values.push_back(U(change.note));
        list->AppendItem(values);
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(list, 1, wxEXPAND | wxALL, 8);
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK), 0, wxALL | wxEXPAND, 8);
    dialog.SetSizerAndFit(sizer);
    dialog.ShowModal();
}

}  // namespace innodesk::gui
