// The application payment dialog.
#include "application_disburse_dialog.h"
#include "number_text.h"

#include "wx_text.h"

#include "domain/application_service.h"

namespace innodesk::gui {

PaymentTotals TotalsOf(const domain::Application& application,
                       const std::vector<domain::Disbursement>& payments) {
    PaymentTotals totals;
    totals.approved = application.approved_amount.value_or(domain::Money());
    for (const auto& payment : payments) totals.paid += payment.amount;
    totals.remaining = totals.approved - totals.paid;
    return totals;
}

ApplicationDisburseDialog::ApplicationDisburseDialog(wxWindow* parent, app::Workspace& session,
                                                     const domain::Application& application)
    : FormDialog(parent,
                 wxString::Format(_("Payment on application %lld"), static_cast<long long>(application.id)),
                 "application_disburse_dialog"),
      m_session(session),
      m_application(application) {
    const auto totals = TotalsOf(application, session.Applications().Disbursements(application.id));
    // The figures the payment is measured against, read-only, in the fields' column.
    Figure(_("Signed amount"), "approved_amount", AmountText(totals.approved));
    Figure(_("Already paid"), "paid_amount", AmountText(totals.paid));
    Figure(_("Remaining"), "remaining_amount", AmountText(totals.remaining));
    m_amount = Text(_("Amount paid (VND)") + " *", "amount");
    m_paid_on = Date(_("Paid on") + " *", "paid_on", session.Clock().Today());
    m_reference = Text(_("Treasury reference"), "payment_reference");
    Finish(wxString::Format(_("%s, contract %s."), U(application.title), U(application.contract_number)));
}

bool ApplicationDisburseDialog::TransferDataFromWindow() {
    const auto amount = domain::Money::Parse(S(m_amount->GetValue()), "amount");
    // Bounded by what the governing decision signed: its signature is verified first.
    const auto verifier = m_session.VerifierForDisplay();
    m_session.Applications().Disburse(m_application.id, amount, m_paid_on.Value(), S(m_reference->GetValue()),
                                      m_session.Actor(), *verifier);
    m_paid = amount;
    return true;
}

}  // namespace innodesk::gui
