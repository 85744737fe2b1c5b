// The transfer dialog.
#include "transfer_dialog.h"

#include "wx_text.h"

#include "domain/task_service.h"

namespace innodesk::gui {

TransferDialog::TransferDialog(wxWindow* parent, app::Workspace& session, const domain::Task& task)
    : FormDialog(parent, wxString::Format(_("Transfer of %s"), U(task.code)), "transfer_dialog"),
      m_session(session),
      m_task(task) {
    m_on = Date(_("Transferred on") + " *", "transferred_on", session.Clock().Today());
    m_unit = Text(_("Receiving unit") + " *", "receiving_unit");
    m_document = Text(_("Transfer record number") + " *", "transfer_document");
    m_note = Text(_("Note"), "transfer_note");
    Finish();
}

bool TransferDialog::TransferDataToWindow() {
    // The unit named on the task as the one that applies its results, which the officer may change.
    m_unit->ChangeValue(U(m_task.applying_unit));
    return true;
}

bool TransferDialog::TransferDataFromWindow() {
    domain::TaskTransfer transfer;
    transfer.on = m_on.Value();
    transfer.receiving_unit = S(m_unit->GetValue());
    transfer.document_number = S(m_document->GetValue());
    transfer.note = S(m_note->GetValue());
    m_session.Tasks().Transfer(m_task.id, std::move(transfer), m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
