// The tranche payment dialog.
#include "pay_tranche_dialog.h"

#include "number_text.h"
#include "wx_text.h"

namespace innodesk::gui {

PayTrancheDialog::PayTrancheDialog(wxWindow* parent, app::Workspace& session, const domain::TaskFile& file)
    : FormDialog(parent, wxString::Format(_("Tranche paid: %s"), U(file.task.code)), "pay_tranche_dialog"),
      m_session(session),
      m_file(file) {
    m_tranche = Choice(_("Tranche") + " *", "tranche");
    m_paid_on = Date(_("Paid on") + " *", "paid_on", session.Clock().Today());
    m_reference = Text(_("Payment reference"), "payment_reference");
    Finish();
}

bool PayTrancheDialog::TransferDataToWindow() {
    m_planned.clear();
    m_tranche->Clear();
    for (const auto& tranche : m_file.tranches) {
        if (tranche.status != domain::TrancheStatus::Planned) continue;
        m_planned.push_back(tranche);
        m_tranche->Append(wxString::Format(_("%d. %s due %s"), tranche.number, AmountText(tranche.amount),
                                           U(tranche.due_on.Format())));
    }
    if (!m_planned.empty()) m_tranche->SetSelection(0);
    return true;
}

bool PayTrancheDialog::TransferDataFromWindow() {
    if (m_tranche->GetSelection() == wxNOT_FOUND)
        throw domain::DomainError(
            domain::ErrorCode::InvalidValue,
            {"Nhiệm vụ không còn đợt cấp kinh phí nào chưa cấp.", "The task has no tranche left to pay."},
            "tranche");
    m_session.Tasks().PayTranche(m_file.task.id,
                                 m_planned[static_cast<std::size_t>(m_tranche->GetSelection())].number,
                                 m_paid_on.Value(), S(m_reference->GetValue()), m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
