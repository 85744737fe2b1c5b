// Training: courses, workshops and connection events with their person-times and enterprises
// trained; a new event, an attendee, an attendance sheet imported from CSV or XLSX, and each
// event's attendance list.
#pragma once

#include "table_page.h"

namespace innodesk::gui {

class TrainingPage final : public TablePage {
public:
    TrainingPage(wxWindow* parent, app::Workspace& session);
    wxString Title() const override { return _("Training"); }
    bool CanCreate() const override { return m_session.Is(domain::Role::Officer); }
    wxString CannotCreateReason() const override;
    void CreateRecord() override;  // a new event

protected:
    std::vector<TableRow> LoadRows() override;

private:
    void AddAttendee();
    void ImportAttendance();
    void ShowAttendance();
};

}  // namespace innodesk::gui
