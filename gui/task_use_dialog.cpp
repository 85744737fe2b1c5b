// The task use dialog.
#include "task_use_dialog.h"

#include "wx_text.h"

#include "domain/task_service.h"

namespace innodesk::gui {

TaskUseDialog::TaskUseDialog(wxWindow* parent, app::Workspace& session, const domain::Task& task)
    : FormDialog(parent, wxString::Format(_("Results in use: %s"), U(task.code)), "task_use_dialog"),
      m_session(session),
      m_task(task) {
    const auto today = session.Clock().Today();
    m_reported_on = Date(_("Reported on") + " *", "use_reported_on", today);
    m_place = Text(_("Where it is applied") + " *", "use_place");
    m_since = Date(_("In use since") + " *", "use_since", today);
    m_evidence = Text(_("Evidence") + " *", "use_evidence");
    Finish(
        task.follow_up_years > 0
            ? wxString::Format(_("Its use is followed for %d years after acceptance."), task.follow_up_years)
            : wxString());
}

bool TaskUseDialog::TransferDataFromWindow() {
    domain::TaskUse use;
    use.reported_on = m_reported_on.Value();
    use.place = S(m_place->GetValue());
    use.since = m_since.Value();
    use.evidence = S(m_evidence->GetValue());
    m_session.Tasks().RecordUse(m_task.id, std::move(use), m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
