// Training page.
#include "training_page.h"

#include "attendee_dialog.h"
#include "background_work.h"
#include "enterprise_cache.h"
#include "error_dialog.h"
#include "file_choice.h"
#include "list_dialog.h"
#include "new_event_dialog.h"
#include "wx_text.h"

#include "domain/enterprise_service.h"
#include "domain/training_service.h"
#include "interchange/table_file.h"

#include <wx/msgdlg.h>
#include <wx/stattext.h>

namespace innodesk::gui {

TrainingPage::TrainingPage(wxWindow* parent, app::Workspace& session)
    : TablePage(parent, session,
                {{_("Event"), 280},
                 {_("Kind"), 150},
                 {_("Starts"), 85, ColumnKind::Date},
                 {_("Ends"), 85, ColumnKind::Date},
                 {_("Location"), 200},
                 {_("Person-times"), 90, ColumnKind::Number},
                 {_("Enterprises"), 100, ColumnKind::Number}},
                "training") {
    const bool officer = session.Is(domain::Role::Officer);
    const wxString why = CannotCreateReason();
    AddAction(_("New event…"), "new_event", officer, why, [this] { CreateRecord(); });
    AddAction(_("Add attendee…"), "add_attendee", officer, why, [this] { AddAttendee(); });
    AddAction(_("Import attendance…"), "import_attendance", officer, why, [this] { ImportAttendance(); });
    AddAction(_("Attendance…"), "attendance", true, {}, [this] { ShowAttendance(); });
}

wxString TrainingPage::CannotCreateReason() const {
    return _("Only officers record events and attendance; your role reads them.");
}

void TrainingPage::CreateRecord() {
    if (!CanCreate()) return;
    NewEventDialog dialog(this, m_session);
    if (dialog.ShowModal() != wxID_OK) return;
    ShowRecord(dialog.Added());
}

void TrainingPage::AddAttendee() {
    const auto id = SelectedId();
    if (!id) return;
    AttendeeDialog dialog(this, m_session, m_session.Training().GetEvent(*id));
    if (dialog.ShowModal() == wxID_OK) Reload();
}

void TrainingPage::ImportAttendance() {
    const auto id = SelectedId();
    if (!id) return;
    const auto chosen =
        ChooseFile(this, {"import_attendance_file", _("Import an attendance sheet"), wxEmptyString,
                          _("Attendance sheets (*.csv;*.xlsx;*.tsv;*.txt)|*.csv;*.xlsx;*.tsv;*.txt"), false});
    if (!chosen) return;
    const std::string path = S(*chosen);
    domain::AttendanceImportReport report;
    // The import reads and stores on a worker thread with its own connection; the rows that pass
    // are stored in one transaction, so a cancelled import stores nothing.
    RunInBackground(
        this, _("Import attendance"), _("Reading and checking the attendance sheet…"),
        [&](domain::ProgressObserver& progress) {
            const auto table = interchange::ReadTableFile(path);
            const auto worker = m_session.OpenForBackgroundWork();
            report = worker->Training().ImportAttendance(*id, table, worker->Actor(), {false, &progress});
        });
    Reload();
    std::vector<std::vector<wxString>> rows;
    for (const auto& error : report.errors)
        rows.push_back(
            {wxString::Format("%zu", error.line), U(error.column), U(error.value), Say(error.reason)});
    const wxString summary = wxString::Format(_("%zu rows read, %zu attendees added, %zu rows refused."),
                                              report.rows, report.inserted, report.errors.size());
    if (rows.empty()) {
        wxMessageBox(summary, _("Import attendance"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    ShowListDialog(
        this, _("Import attendance"), "import_errors", summary + "\n" + _("These rows were not stored:"),
        {{_("Line"), 50}, {_("Column"), 120}, {_("Value"), 160}, {_("Reason"), 420}}, rows, wxSize(780, 320));
}

std::vector<TableRow> TrainingPage::LoadRows() {
    domain::EventFilter filter;
    filter.limit = 1'000'000;
    const auto events = m_session.Training().ListEvents(filter);
    std::vector<TableRow> rows;
    rows.reserve(events.size());
    for (const auto& e : events)
        rows.push_back(
            {e.event.id,
             {U(e.event.title), EnumLabel(domain::EventKinds(), e.event.kind),
              TableCell::Date(e.event.starts_on), TableCell::Date(e.event.ends_on), U(e.event.location),
              TableCell::GroupedNumber(e.person_times), TableCell::GroupedNumber(e.enterprises)}});
    return rows;
}

void TrainingPage::ShowAttendance() {
    const auto id = SelectedId();
    if (!id) return;
    auto service = m_session.Training();
    const auto event = service.GetEvent(*id);
    const auto attendances = service.Attendances(*id);
    EnterpriseCache enterprises(m_session);
    enterprises.Preload(attendances, [](const auto& a) { return a.enterprise_id; });
    std::vector<std::vector<wxString>> rows;
    for (const auto& a : attendances) {
        const domain::Enterprise* enterprise = a.enterprise_id ? &enterprises.Get(*a.enterprise_id) : nullptr;
        rows.push_back({wxString::Format("%zu", rows.size() + 1), U(a.person_name),
                        a.personal_id ? U(*a.personal_id) : wxString(),
                        enterprise ? U(enterprise->tax_code.Value()) : wxString(),
                        enterprise ? U(enterprise->name) : wxString()});
    }
    ShowListDialog(
        this, wxString::Format(_("Attendance: %s"), U(event.title)), "attendance",
        wxString::Format(_("%s – %s, %s: %s person-times"), U(event.starts_on.Format()),
                         U(event.ends_on.Format()), U(event.location),
                         Grouped(static_cast<std::int64_t>(attendances.size()))),
        {{"#", 40}, {_("Name"), 220}, {_("Personal ID"), 120}, {_("Tax code"), 110}, {_("Enterprise"), 260}},
        rows, wxSize(760, 360));
}

}  // namespace innodesk::gui
