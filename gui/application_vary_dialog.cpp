// The dialog that drafts a variation decision.
#include "application_vary_dialog.h"
#include "number_text.h"

#include "application_disburse_dialog.h"
#include "wx_text.h"

#include "domain/decision_service.h"

namespace innodesk::gui {

ApplicationVaryDialog::ApplicationVaryDialog(wxWindow* parent, app::Workspace& session,
                                             const domain::Application& application)
    : FormDialog(parent,
                 wxString::Format(_("Draft a decision varying the amount of application %lld"),
                                  static_cast<long long>(application.id)),
                 "application_vary_dialog"),
      m_session(session),
      m_application(application) {
    const auto totals = TotalsOf(application, session.Applications().Disbursements(application.id));
    Figure(_("First approved"), "original_amount",
           AmountText(application.original_approved_amount.value_or(totals.approved)));
    Figure(_("Approved now"), "approved_amount", AmountText(totals.approved));
    Figure(_("Already paid"), "paid_amount", AmountText(totals.paid));
    m_number = Text(_("Decision number") + " *", "variation_number");
    m_date = Date(_("Decision date") + " *", "variation_date", session.Clock().Today());
    m_amount = Text(_("New approved amount (VND)") + " *", "new_amount");
    m_reason = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(320, 70)),
                              wxTE_MULTILINE);
    m_reason->SetName("reason");
    Field(_("Reason") + " *", m_reason);
    Finish(U(application.title) + "\n" +
           _("The amount changes only when an approver signs this decision on the Decisions page."));
}

bool ApplicationVaryDialog::TransferDataFromWindow() {
    domain::VariationDraft variation;
    variation.application_id = m_application.id;
    variation.number = S(m_number->GetValue());
    variation.date = m_date.Value();
    variation.new_amount = domain::Money::Parse(S(m_amount->GetValue()), "new_amount");
    variation.reason = S(m_reason->GetValue());
    m_drafted = m_session.Decisions().DraftVariation(variation, m_session.Actor()).decision;
    return true;
}

}  // namespace innodesk::gui
