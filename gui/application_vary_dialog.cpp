// The vary-amount dialog.
#include "application_vary_dialog.h"
#include "number_text.h"

#include "application_disburse_dialog.h"
#include "wx_text.h"

#include "domain/application_service.h"

namespace innodesk::gui {

ApplicationVaryDialog::ApplicationVaryDialog(wxWindow* parent, app::Workspace& session,
                                             const domain::Application& application)
    : FormDialog(
          parent,
          wxString::Format(_("Vary the amount of application %lld"), static_cast<long long>(application.id)),
          "application_vary_dialog"),
      m_session(session),
      m_application(application) {
    const auto totals = TotalsOf(application, session.Applications().Disbursements(application.id));
    Figure(_("First approved"), "original_amount",
           AmountText(application.original_approved_amount.value_or(totals.approved)));
    Figure(_("Approved now"), "approved_amount", AmountText(totals.approved));
    Figure(_("Already paid"), "paid_amount", AmountText(totals.paid));
    m_amount = Text(_("New approved amount (VND)") + " *", "new_amount");
    m_reason = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(320, 70)),
                              wxTE_MULTILINE);
    m_reason->SetName("reason");
    Field(_("Reason") + " *", m_reason);
    Finish(U(application.title));
}

bool ApplicationVaryDialog::TransferDataFromWindow() {
    const auto amount = domain::Money::Parse(S(m_amount->GetValue()), "new_amount");
    m_application = m_session.Applications().VaryApprovedAmount(m_application.id, amount,
                                                                S(m_reason->GetValue()), m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
