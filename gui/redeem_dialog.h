// The dialog that records a voucher's redemption: the provider that delivered and its invoice.
#pragma once

#include "form_dialog.h"

#include "domain/voucher.h"

#include <vector>

namespace innodesk::gui {

class RedeemDialog final : public FormDialog {
public:
    RedeemDialog(wxWindow* parent, app::Workspace& session, const domain::Voucher& voucher);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::VoucherId m_voucher;
    std::vector<domain::ServiceProvider> m_providers;  // the active ones, as the choice lists them
    wxChoice* m_provider;
    wxTextCtrl* m_number;
    DateInput m_date;
    wxTextCtrl* m_amount;
};

}  // namespace innodesk::gui
