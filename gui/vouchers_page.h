// Vouchers: every voucher issued, newest first, with the remaining budget of this year's
// envelopes above the list, and the officer's moves: issue, redeem at a provider, reimburse, cancel.
#pragma once

#include "table_page.h"

namespace innodesk::gui {

class VouchersPage final : public TablePage {
public:
    VouchersPage(wxWindow* parent, app::Workspace& session);
    wxString Title() const override { return _("Vouchers"); }
    void Reload() override;
    bool CanCreate() const override { return m_session.Is(domain::Role::Officer); }
    wxString CannotCreateReason() const override;
    void CreateRecord() override;  // issue a voucher

protected:
    std::vector<TableRow> LoadRows() override;

private:
    void UpdateBudget();
    void RedeemSelected();
    void ReimburseSelected();
    void CancelSelected();

    wxStaticText* m_budget = nullptr;
};

}  // namespace innodesk::gui
