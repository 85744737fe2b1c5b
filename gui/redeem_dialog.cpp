// The voucher redemption dialog.
#include "redeem_dialog.h"

#include "voucher_heading.h"
#include "wx_text.h"

#include "domain/voucher_service.h"

namespace innodesk::gui {

RedeemDialog::RedeemDialog(wxWindow* parent, app::Workspace& session, const domain::Voucher& voucher)
    : FormDialog(parent, wxString::Format(_("Redeem voucher %s"), U(voucher.serial)), "redeem_dialog"),
      m_session(session),
      m_voucher(voucher.id) {
    m_provider = Choice(_("Provider") + " *", "provider");
    m_number = Text(_("Invoice number") + " *", "invoice_number");
    m_date = Date(_("Invoice date") + " *", "invoice_date", session.Clock().Today());
    m_amount = Text(_("Invoice amount (VND)") + " *", "invoice_amount");
    Finish(VoucherHeading(voucher));
}

bool RedeemDialog::TransferDataToWindow() {
    m_providers.clear();
    for (const auto& provider : m_session.Vouchers().Providers())
        if (provider.active) m_providers.push_back(provider);
    m_provider->Clear();
    for (const auto& p : m_providers) m_provider->Append(U(p.name + " (" + p.tax_code.Value() + ")"));
    if (!m_providers.empty()) m_provider->SetSelection(0);
    m_date.Show(m_session.Clock().Today());
    return true;
}

bool RedeemDialog::TransferDataFromWindow() {
    if (m_provider->GetSelection() == wxNOT_FOUND)
        throw domain::DomainError(domain::ErrorCode::NotFound,
                                  {"Chưa có nhà cung cấp dịch vụ nào.", "There is no service provider yet."},
                                  "provider");
    domain::Redemption redemption;
    redemption.provider_id = m_providers[static_cast<std::size_t>(m_provider->GetSelection())].id;
    redemption.invoice_number = S(m_number->GetValue());
    redemption.invoice_date = m_date.Value();
    redemption.invoice_amount = domain::Money::Parse(S(m_amount->GetValue()), "invoice_amount");
    m_session.Vouchers().Redeem(m_voucher, redemption, m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
