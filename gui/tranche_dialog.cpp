// The tranche dialog.
#include "tranche_dialog.h"

#include "number_text.h"
#include "wx_text.h"

namespace innodesk::gui {

TrancheDialog::TrancheDialog(wxWindow* parent, app::Workspace& session, const domain::TaskFile& file)
    : FormDialog(parent, wxString::Format(_("Plan a tranche of %s"), U(file.task.code)), "tranche_dialog"),
      m_session(session),
      m_task(file.task.id) {
    m_amount = Text(_("Amount (VND)") + " *", "tranche_amount");
    m_due = Date(_("Due on") + " *", "tranche_due", session.Clock().Today());
    Finish(wxString::Format(_("State budget %s; planned so far %s."), AmountText(file.task.state_budget),
                            AmountText(file.Planned())));
}

bool TrancheDialog::TransferDataFromWindow() {
    m_session.Tasks().PlanTranche(m_task, domain::Money::Parse(S(m_amount->GetValue()), S(_("Amount (VND)"))),
                                  m_due.Value(), m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
