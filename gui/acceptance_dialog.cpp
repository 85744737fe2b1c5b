// The acceptance dialog.
#include "acceptance_dialog.h"

#include "wx_text.h"

#include "domain/task_service.h"

namespace innodesk::gui {

AcceptanceDialog::AcceptanceDialog(wxWindow* parent, app::Workspace& session, const domain::Task& task)
    : FormDialog(parent, wxString::Format(_("Acceptance of %s"), U(task.code)), "acceptance_dialog"),
      m_session(session),
      m_task(task) {
    m_council = Text(_("Council") + " *", "council");
    m_held_on = Date(_("Held on") + " *", "held_on", session.Clock().Today());
    m_result = Choice(_("Result") + " *", "acceptance_result");
    m_minutes = Text(_("Minutes number") + " *", "minutes_number");
    Finish(_("The task is accepted or failed when an approver signs the acceptance decision."));
}

bool AcceptanceDialog::TransferDataToWindow() {
    m_result->Clear();
    for (const auto& entry : domain::AcceptanceResults())
        m_result->Append(EnumLabel(domain::AcceptanceResults(), entry.value));
    m_result->SetSelection(static_cast<int>(domain::AcceptanceResult::Passed));
    if (m_task.acceptance) {
        m_council->ChangeValue(U(m_task.acceptance->council));
        m_held_on.Show(m_task.acceptance->held_on);
        m_result->SetSelection(static_cast<int>(m_task.acceptance->result));
        m_minutes->ChangeValue(U(m_task.acceptance->minutes_number));
    }
    return true;
}

bool AcceptanceDialog::TransferDataFromWindow() {
    domain::TaskAcceptance acceptance;
    acceptance.council = S(m_council->GetValue());
    acceptance.held_on = m_held_on.Value();
    acceptance.result = domain::AcceptanceResults()[static_cast<std::size_t>(m_result->GetSelection())].value;
    acceptance.minutes_number = S(m_minutes->GetValue());
    m_session.Tasks().RecordAcceptance(m_task.id, std::move(acceptance), m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
