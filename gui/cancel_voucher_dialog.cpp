// The voucher cancellation dialog.
#include "cancel_voucher_dialog.h"

#include "voucher_heading.h"
#include "wx_text.h"

#include "domain/voucher_service.h"

namespace innodesk::gui {

CancelVoucherDialog::CancelVoucherDialog(wxWindow* parent, app::Workspace& session,
                                         const domain::Voucher& voucher)
    : FormDialog(parent, wxString::Format(_("Cancel voucher %s"), U(voucher.serial)),
                 "cancel_voucher_dialog"),
      m_session(session),
      m_voucher(voucher.id) {
    m_reason = Choice(_("Reason") + " *", "reason");
    m_note = Text(_("Note"), "note");
    Finish(VoucherHeading(voucher));
}

bool CancelVoucherDialog::TransferDataToWindow() {
    m_reason->Clear();
    for (const auto& entry : domain::CancelReasons())
        m_reason->Append(EnumLabel(domain::CancelReasons(), entry.value));
    m_reason->SetSelection(0);
    return true;
}

bool CancelVoucherDialog::TransferDataFromWindow() {
    const auto reason = domain::CancelReasons()[static_cast<std::size_t>(m_reason->GetSelection())].value;
    m_session.Vouchers().Cancel(m_voucher, reason, S(m_note->GetValue()), m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
