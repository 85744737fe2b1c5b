// The dialog that cancels a voucher with its reason (which decides whether the enterprise may
// apply again) and a note.
#pragma once

#include "form_dialog.h"

#include "domain/voucher.h"

namespace innodesk::gui {

class CancelVoucherDialog final : public FormDialog {
public:
    CancelVoucherDialog(wxWindow* parent, app::Workspace& session, const domain::Voucher& voucher);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::VoucherId m_voucher;
    wxChoice* m_reason;
    wxTextCtrl* m_note;
};

}  // namespace innodesk::gui
