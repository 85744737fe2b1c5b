// Training page and the attendance dialog.
#include "training_page.h"

#include "error_dialog.h"
#include "wx_text.h"

#include "domain/enterprise_service.h"
#include "domain/training_service.h"

#include <wx/dialog.h>
#include <wx/stattext.h>

#include <map>

namespace innodesk::gui {

TrainingPage::TrainingPage(wxWindow* parent, Session& session)
    : TablePage(parent, session,
                {{_("Event"), 280},
                 {_("Kind"), 150},
                 {_("Starts"), 85},
                 {_("Ends"), 85},
                 {_("Location"), 200},
                 {_("Person-times"), 90},
                 {_("Enterprises"), 100}},
                "training") {
    AddAction(_("Attendance…"), "attendance", true, {}, [this] { ShowAttendance(); });
}

std::vector<TableRow> TrainingPage::LoadRows() {
    domain::EventFilter filter;
    filter.limit = 1'000'000;
    const auto events = domain::TrainingService(*m_session.store, m_session.text).ListEvents(filter);
    std::vector<TableRow> rows;
    rows.reserve(events.size());
    for (const auto& e : events)
        rows.push_back({e.event.id,
                        {U(e.event.title), EnumLabel(domain::EventKinds(), e.event.kind), U(e.event.starts_on.Format()),
                         U(e.event.ends_on.Format()), U(e.event.location), Grouped(e.person_times),
                         Grouped(e.enterprises)}});
    return rows;
}

void TrainingPage::ShowAttendance() {
    const auto id = SelectedId();
    if (!id) return;
    domain::TrainingService service(*m_session.store, m_session.text);
    const auto event = service.GetEvent(*id);
    const auto attendances = service.Attendances(*id);
    domain::EnterpriseService enterprises(*m_session.store, m_session.text);
    std::map<domain::EnterpriseId, domain::Enterprise> known;
    wxDialog dialog(this, wxID_ANY, wxString::Format(_("Attendance: %s"), U(event.title)), wxDefaultPosition,
                    wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    dialog.SetName("attendance_dialog");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(&dialog, wxID_ANY,
                                wxString::Format(_("%s – %s, %s: %s person-times"), U(event.starts_on.Format()),
                                                 U(event.ends_on.Format()), U(event.location),
                                                 Grouped(static_cast<std::int64_t>(attendances.size())))),
               0, wxLEFT | wxRIGHT | wxTOP, 8);
    auto* list = new wxDataViewListCtrl(&dialog, wxID_ANY, wxDefaultPosition, dialog.FromDIP(wxSize(760, 360)));
    list->SetName("attendance_list");
    list->AppendTextColumn("#", wxDATAVIEW_CELL_INERT, dialog.FromDIP(40));
    list->AppendTextColumn(_("Name"), wxDATAVIEW_CELL_INERT, dialog.FromDIP(220));
    list->AppendTextColumn(_("Personal ID"), wxDATAVIEW_CELL_INERT, dialog.FromDIP(120));
    list->AppendTextColumn(_("Tax code"), wxDATAVIEW_CELL_INERT, dialog.FromDIP(110));
    list->AppendTextColumn(_("Enterprise"), wxDATAVIEW_CELL_INERT, dialog.FromDIP(260));
    int number = 0;
    for (const auto& a : attendances) {
        wxVector<wxVariant> values;
        values.push_back(wxString::Format("%d", ++number));
        values.push_back(U(a.person_name));
        values.push_back(a.personal_id ? U(*a.personal_id) : wxString());
        if (a.enterprise_id) {
            auto found = known.find(*a.enterprise_id);
            if (found == known.end()) found = known.emplace(*a.enterprise_id, enterprises.Get(*a.enterprise_id)).first;
            values.push_back(U(found->second.tax_code.Value()));
            values.push_back(U(found->second.name));
        } else {
            values.push_back(wxString());
            values.push_back(wxString());
        }
        list->AppendItem(values);
    }
    sizer->Add(list, 1, wxEXPAND | wxALL, 8);
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK), 0, wxALL | wxEXPAND, 8);
    dialog.SetSizerAndFit(sizer);
    dialog.ShowModal();
}

}  // namespace innodesk::gui
