// The dialog that adds one attendee to a training event.
#pragma once

#include "form_dialog.h"

#include "domain/training.h"

namespace innodesk::gui {

// One attendee: a name, and the personal ID and enterprise when known (they make person-times
// and trained enterprises countable without double counting).
class AttendeeDialog final : public FormDialog {
public:
    AttendeeDialog(wxWindow* parent, app::Workspace& session, const domain::TrainingEvent& event);

    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::TrainingEventId m_event;
    wxTextCtrl* m_name;
    wxTextCtrl* m_personal_id;
    wxTextCtrl* m_tax_code;
};

}  // namespace innodesk::gui
