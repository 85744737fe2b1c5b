// The acceptance decision dialog.
#include "acceptance_decision_dialog.h"

#include "wx_text.h"

#include "domain/decision_service.h"
#include "domain/user_service.h"

#include <wx/msgdlg.h>

namespace innodesk::gui {

AcceptanceDecisionDialog::AcceptanceDecisionDialog(wxWindow* parent, app::Workspace& session,
                                                   const domain::Task& task)
    : FormDialog(parent, wxString::Format(_("Acceptance decision for %s"), U(task.code)),
                 "acceptance_decision_dialog"),
      m_session(session),
      m_task(task) {
    m_number = Text(_("Number") + " *", "decision_number");
    m_number->SetHint("310/QĐ-SKHCN");
    m_date = Date(_("Date") + " *", "decision_date", session.Clock().Today());
    m_basis = Text(_("Legal basis"), "legal_basis");
    m_signer = Choice(_("Signed by"), "signer");
    wxString heading;
    if (task.acceptance)
        heading = wxString::Format(_("Issues the council's evaluation: %s, minutes %s."),
                                   EnumLabel(domain::AcceptanceResults(), task.acceptance->result),
                                   U(task.acceptance->minutes_number));
    Finish(wxControl::EscapeMnemonics(heading), FormButtons(_("Save draft"), "save_draft"));
}

bool AcceptanceDecisionDialog::TransferDataToWindow() {
    m_signer->Clear();
    for (const auto& user : m_session.Users().List(m_session.Actor()))
        if (user.role == domain::Role::Approver && !user.disabled) m_signer->Append(U(user.display_name));
    if (m_signer->GetCount() > 0) m_signer->SetSelection(0);
    return true;
}

bool AcceptanceDecisionDialog::TransferDataFromWindow() {
    domain::Decision decision;
    decision.kind = domain::DecisionKind::TaskAcceptance;
    decision.task_id = m_task.id;
    decision.number = S(m_number->GetValue());
    decision.date = m_date.Value();
    decision.legal_basis = S(m_basis->GetValue());
    decision.signer_name = S(m_signer->GetStringSelection());
    const auto outcome = m_session.Decisions().Draft(std::move(decision), m_session.Actor());
    m_drafted = outcome.decision.id;
    wxString text = _("The draft is on the Decisions page, where an approver signs it.");
    for (const auto& warning : outcome.warnings) text += "\n" + Say(warning.message);
    wxMessageBox(text, _("Acceptance decision drafted"), wxOK | wxICON_INFORMATION, this);
    return true;
}

}  // namespace innodesk::gui
