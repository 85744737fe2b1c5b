// Training: courses, workshops and connection events with their person-times and enterprises
// trained, and each event's attendance list.
#pragma once

#include "table_page.h"

namespace innodesk::gui {

class TrainingPage final : public TablePage {
public:
    TrainingPage(wxWindow* parent, Session& session);
    wxString Title() const override { return _("Training"); }

protected:
    std::vector<TableRow> LoadRows() override;

private:
    void ShowAttendance();
};

}  // namespace innodesk::gui
