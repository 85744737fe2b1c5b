// The dialog that records the reimbursement of a voucher's provider: the amount paid and when.
#pragma once

#include "form_dialog.h"

#include "domain/voucher.h"

namespace innodesk::gui {

class ReimburseDialog final : public FormDialog {
public:
    ReimburseDialog(wxWindow* parent, app::Workspace& session, const domain::Voucher& voucher);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::Voucher m_voucher;
    wxTextCtrl* m_amount;
    DateInput m_paid_on;
};

}  // namespace innodesk::gui
