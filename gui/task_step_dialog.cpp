// The task step dialog.
#include "task_step_dialog.h"

#include "wx_text.h"

#include "domain/task_service.h"

namespace innodesk::gui {
namespace {

wxString TitleOf(TaskStep step) {
    switch (step) {
        case TaskStep::Award:
            return _("Award the task");
        case TaskStep::Start:
            return _("Start the work");
        case TaskStep::Extend:
            return _("Extend the contract");
        case TaskStep::Terminate:
            return _("Terminate the task");
    }
    return {};
}

const char* NameOf(TaskStep step) {
    switch (step) {
        case TaskStep::Award:
            return "award_task_dialog";
        case TaskStep::Start:
            return "start_task_dialog";
        case TaskStep::Extend:
            return "extend_task_dialog";
        case TaskStep::Terminate:
            return "terminate_task_dialog";
    }
    return "task_step_dialog";
}

}  // namespace

TaskStepDialog::TaskStepDialog(wxWindow* parent, app::Workspace& session, const domain::Task& task,
                               TaskStep step)
    : FormDialog(parent, TitleOf(step) + ": " + U(task.code), NameOf(step)),
      m_session(session),
      m_task(task),
      m_step(step) {
    const auto today = session.Clock().Today();
    switch (step) {
        case TaskStep::Award:
            m_date = Date(_("Awarded on") + " *", "step_date", today);
            m_text = Text(_("Decision or note"), "step_note");
            break;
        case TaskStep::Start:
            m_date = Date(_("Started on") + " *", "step_date", today);
            break;
        case TaskStep::Extend:
            m_date = Date(_("New end") + " *", "step_date", task.ends_on.value_or(today));
            m_text = Text(_("Reason") + " *", "step_reason");
            m_document = Text(_("Document") + " *", "step_document");
            break;
        case TaskStep::Terminate:
            m_date = Date(_("Terminated on") + " *", "step_date", today);
            m_text = Text(_("Reason") + " *", "step_reason");
            break;
    }
    const wxString heading =
        step == TaskStep::Extend && task.ends_on
            ? wxString::Format(_("The contract ends on %s now."), U(task.ends_on->Format()))
            : wxString::Format(_("%s — now: %s"), U(task.title),
                               EnumLabel(domain::TaskLifecycle().states, task.state));
    Finish(wxControl::EscapeMnemonics(heading));  // a title may hold "KH&CN"
}

bool TaskStepDialog::TransferDataToWindow() {
    return true;
}

bool TaskStepDialog::TransferDataFromWindow() {
    auto service = m_session.Tasks();
    const auto& actor = m_session.Actor();
    switch (m_step) {
        case TaskStep::Award:
            service.Award(m_task.id, m_date.Value(), S(m_text->GetValue()), actor);
            break;
        case TaskStep::Start:
            service.Start(m_task.id, m_date.Value(), actor);
            break;
        case TaskStep::Extend:
            service.Extend(m_task.id, m_date.Value(), S(m_text->GetValue()), S(m_document->GetValue()),
                           actor);
            break;
        case TaskStep::Terminate:
            service.Terminate(m_task.id, m_date.Value(), S(m_text->GetValue()), actor);
            break;
    }
    return true;
}

}  // namespace innodesk::gui
