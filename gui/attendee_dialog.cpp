// The training attendee dialog.
#include "attendee_dialog.h"

#include "wx_text.h"

#include "domain/training_service.h"

namespace innodesk::gui {

AttendeeDialog::AttendeeDialog(wxWindow* parent, app::Workspace& session, const domain::TrainingEvent& event)
    : FormDialog(parent, wxString::Format(_("Attendee of: %s"), U(event.title)), "attendee_dialog"),
      m_session(session),
      m_event(event.id) {
    m_name = Text(_("Full name") + " *", "attendee_name");
    m_personal_id = Text(_("Personal ID (12 digits)"), "personal_id");
    m_tax_code = Text(_("Enterprise tax code"), "attendee_tax_code");
    Finish();
}

bool AttendeeDialog::TransferDataFromWindow() {
    m_session.Training().AddAttendance(
        m_event, {S(m_name->GetValue()), S(m_personal_id->GetValue()), S(m_tax_code->GetValue())},
        m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
