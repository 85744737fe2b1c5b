// The voucher reimbursement dialog.
#include "reimburse_dialog.h"

#include "number_text.h"
#include "voucher_heading.h"
#include "wx_text.h"

#include "domain/voucher_service.h"

#include <algorithm>

namespace innodesk::gui {

ReimburseDialog::ReimburseDialog(wxWindow* parent, app::Workspace& session, const domain::Voucher& voucher)
    : FormDialog(parent, wxString::Format(_("Reimburse voucher %s"), U(voucher.serial)), "reimburse_dialog"),
      m_session(session),
      m_voucher(voucher) {
    m_amount = Text(_("Amount paid (VND)") + " *", "amount");
    m_paid_on = Date(_("Paid on") + " *", "paid_on", session.Clock().Today());
    Finish(VoucherHeading(voucher));
}

bool ReimburseDialog::TransferDataToWindow() {
    // The state's share, or the invoice when it came to less.
    domain::Money suggested = m_voucher.state_share;
    if (m_voucher.invoice_amount) suggested = std::min(suggested, *m_voucher.invoice_amount);
    m_amount->ChangeValue(AmountText(suggested));
    m_paid_on.Show(m_session.Clock().Today());
    return true;
}

bool ReimburseDialog::TransferDataFromWindow() {
    m_session.Vouchers().Reimburse(m_voucher.id, domain::Money::Parse(S(m_amount->GetValue()), "amount"),
                                   m_paid_on.Value(), m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
