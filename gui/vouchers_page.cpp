// Vouchers page.
#include "vouchers_page.h"

#include "cancel_voucher_dialog.h"
#include "enterprise_cache.h"
#include "error_dialog.h"
#include "issue_voucher_dialog.h"
#include "number_text.h"
#include "redeem_dialog.h"
#include "reimburse_dialog.h"
#include "wx_text.h"

#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/voucher_service.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace innodesk::gui {

VouchersPage::VouchersPage(wxWindow* parent, app::Workspace& session)
    : TablePage(parent, session,
                {{_("Serial"), 135, ColumnKind::Text, true},
                 {_("Enterprise"), 210},
                 {_("Support content"), 150},
                 {_("Year"), 50, ColumnKind::Number},
                 {_("Face value"), 115, ColumnKind::Money},
                 {_("State share"), 125, ColumnKind::Money},
                 {_("Issued on"), 85, ColumnKind::Date},
                 {_("Valid until"), 90, ColumnKind::Date},
                 {_("State"), 105}},
                "vouchers") {
    const bool officer = session.Is(domain::Role::Officer);
    const wxString why = CannotCreateReason();
    AddAction(_("Issue…"), "issue_voucher", officer, why, [this] { CreateRecord(); });
    AddAction(_("Redeem…"), "redeem", officer, why, [this] { RedeemSelected(); });
    AddAction(_("Reimburse…"), "reimburse", officer, why, [this] { ReimburseSelected(); });
    AddAction(_("Cancel…"), "cancel_voucher", officer, why, [this] { CancelSelected(); });
    // The budget left this year, between the actions and the list.
    m_budget = new wxStaticText(this, wxID_ANY, wxEmptyString);
    m_budget->SetName("vouchers_budget");
    m_budget->SetFont(m_budget->GetFont().Bold());
    GetSizer()->Insert(2, m_budget, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
}

wxString VouchersPage::CannotCreateReason() const {
    return _("Only officers issue, redeem, reimburse and cancel vouchers; your role reads them.");
}

void VouchersPage::CreateRecord() {
    if (!CanCreate()) return;
    IssueVoucherDialog dialog(this, m_session);
    if (dialog.ShowModal() != wxID_OK) return;
    ShowRecord(dialog.Issued());
}

void VouchersPage::Reload() {
    TablePage::Reload();
    UpdateBudget();
}

void VouchersPage::UpdateBudget() {
    if (!m_budget) return;
    const int year = m_session.Clock().Today().Year();
    wxString label;
    Attempt(this, [&] {
        auto programmes = m_session.Programmes();
        domain::Money amount, remaining;
        for (const auto& programme : programmes.List())
            for (const auto& report : programmes.Budget(programme.id))
                if (report.envelope.year == year) {
                    amount += report.balance.amount;
                    remaining += report.balance.Remaining();
                }
        label = wxString::Format(_("Budget remaining in %d: %s of %s (all programmes' envelopes)"), year,
                                 AmountText(remaining), AmountText(amount));
    });
    m_budget->SetLabel(label);
    Layout();
}

std::vector<TableRow> VouchersPage::LoadRows() {
    domain::VoucherFilter filter;
    filter.limit = 1'000'000;
    auto vouchers = m_session.Vouchers().List(filter);
    // Newest first: by the date of issue, then by the order they were recorded.
    std::stable_sort(vouchers.begin(), vouchers.end(),
                     [](const domain::Voucher& a, const domain::Voucher& b) {
                         if (a.issued_on != b.issued_on) return a.issued_on > b.issued_on;
                         return a.id > b.id;
                     });
    EnterpriseCache enterprises(m_session);
    enterprises.Preload(vouchers, [](const auto& v) { return v.enterprise_id; });
    std::vector<TableRow> rows;
    rows.reserve(vouchers.size());
    for (const auto& v : vouchers) {
        rows.push_back(
            {v.id,
             {U(v.serial), U(enterprises.Get(v.enterprise_id).name),
              EnumLabel(domain::SupportContents(), v.content), TableCell::Number(v.year),
              TableCell::Amount(v.face_value), TableCell::Amount(v.state_share), TableCell::Date(v.issued_on),
              TableCell::Date(v.valid_until), EnumLabel(domain::VoucherLifecycle().states, v.state)}});
    }
    return rows;
}

void VouchersPage::RedeemSelected() {
    const auto id = SelectedId();
    if (!id) return;
    RedeemDialog dialog(this, m_session, m_session.Vouchers().Get(*id));
    if (dialog.ShowModal() == wxID_OK) Reload();
}

void VouchersPage::ReimburseSelected() {
    const auto id = SelectedId();
    if (!id) return;
    ReimburseDialog dialog(this, m_session, m_session.Vouchers().Get(*id));
    if (dialog.ShowModal() == wxID_OK) Reload();
}

void VouchersPage::CancelSelected() {
    const auto id = SelectedId();
    if (!id) return;
    CancelVoucherDialog dialog(this, m_session, m_session.Vouchers().Get(*id));
    if (dialog.ShowModal() == wxID_OK) Reload();
}

}  // namespace innodesk::gui
