// The application contract dialog.
#include "application_contract_dialog.h"
#include "number_text.h"

#include "wx_text.h"

#include "domain/application_service.h"

namespace innodesk::gui {

ApplicationContractDialog::ApplicationContractDialog(wxWindow* parent, app::Workspace& session,
                                                     const domain::Application& application)
    : FormDialog(parent,
                 wxString::Format(_("Contract for application %lld"), static_cast<long long>(application.id)),
                 "application_contract_dialog"),
      m_session(session),
      m_application(application) {
    const auto today = session.Clock().Today();
    m_number = Text(_("Contract number") + " *", "contract_number");
    m_signed_on = Date(_("Signed on") + " *", "signed_on", today);
    // A year's work is the usual term; the officer types the contract's own end.
    m_ends_on = Date(_("Ends on") + " *", "ends_on", today.AddDays(365));
    Finish(wxString::Format(_("%s, approved %s. Its acceptance falls due at the contract's end."),
                            U(application.title),
                            AmountText(application.approved_amount.value_or(domain::Money()))));
}

bool ApplicationContractDialog::TransferDataFromWindow() {
    m_application = m_session.Applications().Contract(
        m_application.id, S(m_number->GetValue()), m_session.Actor(), m_ends_on.Value(), m_signed_on.Value());
    return true;
}

}  // namespace innodesk::gui
