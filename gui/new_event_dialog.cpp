// The new training event dialog.
#include "new_event_dialog.h"

#include "wx_text.h"

#include "domain/programme_service.h"
#include "domain/training_service.h"

namespace innodesk::gui {

NewEventDialog::NewEventDialog(wxWindow* parent, app::Workspace& session)
    : FormDialog(parent, _("New event"), "new_event_dialog"), m_session(session) {
    m_title = Text(_("Title") + " *", "event_title");
    m_kind = Choice(_("Kind") + " *", "event_kind");
    m_starts = Date(_("Starts") + " *", "starts_on", session.Clock().Today());
    m_ends = Date(_("Ends") + " *", "ends_on", session.Clock().Today());
    m_location = Text(_("Location"), "location");
    m_organiser = Text(_("Organiser"), "organiser");
    m_programme = Choice(_("Programme"), "programme");
    Finish();
}

bool NewEventDialog::TransferDataToWindow() {
    m_programmes = m_session.Programmes().List();
    m_kind->Clear();
    for (const auto& entry : domain::EventKinds())
        m_kind->Append(EnumLabel(domain::EventKinds(), entry.value));
    m_kind->SetSelection(0);
    m_starts.Show(m_session.Clock().Today());
    m_ends.Show(m_session.Clock().Today());
    m_programme->Clear();
    m_programme->Append(_("(none)"));
    for (const auto& p : m_programmes) m_programme->Append(U(p.code + " — " + p.name));
    m_programme->SetSelection(m_programmes.empty() ? 0 : 1);
    return true;
}

bool NewEventDialog::TransferDataFromWindow() {
    domain::TrainingEvent event;
    event.title = S(m_title->GetValue());
    event.kind = domain::EventKinds()[static_cast<std::size_t>(m_kind->GetSelection())].value;
    event.starts_on = m_starts.Value();
    event.ends_on = m_ends.Value();
    event.location = S(m_location->GetValue());
    event.organiser = S(m_organiser->GetValue());
    if (m_programme->GetSelection() > 0)
        event.programme_id = m_programmes[static_cast<std::size_t>(m_programme->GetSelection() - 1)].id;
    m_added = m_session.Training().AddEvent(event, m_session.Actor()).id;
    return true;
}

}  // namespace innodesk::gui
