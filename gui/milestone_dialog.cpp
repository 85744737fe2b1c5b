// The milestone dialog.
#include "milestone_dialog.h"

#include "wx_text.h"

#include "domain/task_service.h"

namespace innodesk::gui {

MilestoneDialog::MilestoneDialog(wxWindow* parent, app::Workspace& session, const domain::Task& task)
    : FormDialog(parent, wxString::Format(_("Add a milestone to %s"), U(task.code)), "milestone_dialog"),
      m_session(session),
      m_task(task) {
    m_content = Text(_("Content") + " *", "milestone_content");
    m_product = Text(_("Product"), "milestone_product");
    m_due = Date(_("Due on") + " *", "milestone_due", task.ends_on.value_or(session.Clock().Today()));
    Finish();
}

bool MilestoneDialog::TransferDataFromWindow() {
    domain::Milestone milestone;
    milestone.content = S(m_content->GetValue());
    milestone.product = S(m_product->GetValue());
    milestone.due_on = m_due.Value();
    m_session.Tasks().AddMilestone(m_task.id, std::move(milestone), m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
