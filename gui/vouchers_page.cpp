// Vouchers page and its dialogs.
#include "vouchers_page.h"

#include "enterprise_cache.h"
#include "error_dialog.h"
#include "form_dialog.h"
#include "wx_text.h"

#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/voucher_service.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <chrono>

namespace innodesk::gui {
namespace {

// A voucher's usual validity: six months, to the same day of the month or the month's last day.
domain::CalendarDate SixMonthsAfter(const domain::CalendarDate& date) {
    const int months = date.Year() * 12 + static_cast<int>(date.Month()) - 1 + 6;
    const int year = months / 12;
    const unsigned month = static_cast<unsigned>(months % 12) + 1;
    const std::chrono::year_month_day_last last{std::chrono::year{year},
                                                std::chrono::month_day_last{std::chrono::month{month}}};
    return domain::CalendarDate::FromYmd(year, month,
                                         std::min(date.Day(), static_cast<unsigned>(last.day())));
}

wxString Heading(const domain::Voucher& voucher) {
    return wxString::Format("%s — %s", U(voucher.serial), U(voucher.state_share.Format()));
}

// Redeeming: the provider that delivered the service and its invoice.
class RedeemDialog final : public FormDialog {
public:
    RedeemDialog(wxWindow* parent, app::Workspace& session, const domain::Voucher& voucher)
        : FormDialog(parent, wxString::Format(_("Redeem voucher %s"), U(voucher.serial)), "redeem_dialog") {
        auto service = session.Vouchers();
        for (const auto& provider : service.Providers())
            if (provider.active) m_providers.push_back(provider);
        auto* provider = Choice(_("Provider") + " *", "provider");
        for (const auto& p : m_providers) provider->Append(U(p.name + " (" + p.tax_code.Value() + ")"));
        if (!m_providers.empty()) provider->SetSelection(0);
        auto* number = Text(_("Invoice number") + " *", "invoice_number");
        const auto date = Date(_("Invoice date") + " *", "invoice_date", session.Clock().Today());
        auto* amount = Text(_("Invoice amount (VND)") + " *", "invoice_amount");
        Finish(Heading(voucher), [&s = session, id = voucher.id, this, provider, number, date, amount] {
            if (provider->GetSelection() == wxNOT_FOUND)
                throw domain::DomainError(
                    domain::ErrorCode::NotFound,
                    {"Chưa có nhà cung cấp dịch vụ nào.", "There is no service provider yet."}, "provider");
            domain::Redemption redemption;
            redemption.provider_id = m_providers[static_cast<std::size_t>(provider->GetSelection())].id;
            redemption.invoice_number = S(number->GetValue());
            redemption.invoice_date = date.Value();
            redemption.invoice_amount = domain::Money::Parse(S(amount->GetValue()), "invoice_amount");
            s.Vouchers().Redeem(id, redemption, s.Actor());
        });
    }

private:
    std::vector<domain::ServiceProvider> m_providers;
};

// Reimbursing the provider: the amount paid and when.
class ReimburseDialog final : public FormDialog {
public:
    ReimburseDialog(wxWindow* parent, app::Workspace& session, const domain::Voucher& voucher)
        : FormDialog(parent, wxString::Format(_("Reimburse voucher %s"), U(voucher.serial)),
                     "reimburse_dialog") {
        domain::Money suggested = voucher.state_share;
        if (voucher.invoice_amount) suggested = std::min(suggested, *voucher.invoice_amount);
        auto* amount = Text(_("Amount paid (VND)") + " *", "amount", U(suggested.Format()));
        const auto paid_on = Date(_("Paid on") + " *", "paid_on", session.Clock().Today());
        Finish(Heading(voucher), [&s = session, id = voucher.id, amount, paid_on] {
            s.Vouchers().Reimburse(id, domain::Money::Parse(S(amount->GetValue()), "amount"), paid_on.Value(),
                                   s.Actor());
        });
    }
};

// Cancelling: the reason (which decides whether the enterprise may apply again) and a note.
class CancelVoucherDialog final : public FormDialog {
public:
    CancelVoucherDialog(wxWindow* parent, app::Workspace& session, const domain::Voucher& voucher)
        : FormDialog(parent, wxString::Format(_("Cancel voucher %s"), U(voucher.serial)),
                     "cancel_voucher_dialog") {
        auto* reason = Choice(_("Reason") + " *", "reason");
        for (const auto& entry : domain::CancelReasons())
            reason->Append(EnumLabel(domain::CancelReasons(), entry.value));
        reason->SetSelection(0);
        auto* note = Text(_("Note"), "note");
        Finish(Heading(voucher), [&s = session, id = voucher.id, reason, note] {
            const auto chosen =
                domain::CancelReasons()[static_cast<std::size_t>(reason->GetSelection())].value;
            s.Vouchers().Cancel(id, chosen, S(note->GetValue()), s.Actor());
        });
    }
};

// Issuing: to a registered enterprise, for a support content of a programme year, at a face
// value with the state's share; the service checks the caps, the budget and the bars.
class IssueVoucherDialog final : public FormDialog {
public:
    IssueVoucherDialog(wxWindow* parent, app::Workspace& session)
        : FormDialog(parent, _("Issue a voucher"), "issue_voucher_dialog"),
          m_programmes(session.Programmes().List()),
          m_enterprise(Enterprise(_("Enterprise tax code") + " *", "voucher_tax_code", session)) {
        auto* programme = Choice(_("Programme") + " *", "programme");
        for (const auto& p : m_programmes) programme->Append(U(p.code + " — " + p.name));
        if (!m_programmes.empty()) programme->SetSelection(0);
        auto* content = Choice(_("Support content") + " *", "content");
        for (const auto& entry : domain::SupportContents())
            content->Append(EnumLabel(domain::SupportContents(), entry.value));
        content->SetSelection(0);
        const auto today = session.Clock().Today();
        const auto year = Number(_("Year") + " *", "year", 2000, 2100, today.Year());
        auto* face = Text(_("Face value (VND)") + " *", "face_value");
        auto* share = Text(_("State share (VND)") + " *", "state_share");
        const auto issued = Date(_("Issued on") + " *", "issued_on", today);
        const auto valid = Date(_("Valid until") + " *", "valid_until", SixMonthsAfter(today));
        Finish({}, [&s = session, this, programme, content, year, face, share, issued, valid] {
            if (programme->GetSelection() == wxNOT_FOUND)
                throw domain::DomainError(domain::ErrorCode::NotFound,
                                          {"Chưa có chương trình nào; thêm chương trình trước khi cấp phiếu.",
                                           "There is no programme yet; add one before issuing vouchers."},
                                          "programme");
            domain::VoucherRequest request;
            request.enterprise_id = m_enterprise.Resolve().id;
            request.programme_id = m_programmes[static_cast<std::size_t>(programme->GetSelection())].id;
            request.content =
                domain::SupportContents()[static_cast<std::size_t>(content->GetSelection())].value;
            request.year = year.Value();
            request.face_value = domain::Money::Parse(S(face->GetValue()), "face_value");
            request.state_share = domain::Money::Parse(S(share->GetValue()), "state_share");
            request.issued_on = issued.Value();
            request.valid_until = valid.Value();
            m_issued = s.Vouchers().Issue(request, s.Actor()).id;
        });
    }
    domain::VoucherId Issued() const { return m_issued; }

private:
    std::vector<domain::Programme> m_programmes;
    EnterpriseField m_enterprise;
    domain::VoucherId m_issued = 0;
};

}  // namespace

VouchersPage::VouchersPage(wxWindow* parent, app::Workspace& session)
    : TablePage(parent, session,
                {{_("Serial"), 130},
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
                                 U(remaining.Format()), U(amount.Format()));
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
        rows.push_back({v.id,
                        {U(v.serial), U(enterprises.Get(v.enterprise_id).name),
                         EnumLabel(domain::SupportContents(), v.content), wxString::Format("%d", v.year),
                         U(v.face_value.Format()), U(v.state_share.Format()), U(v.issued_on.Format()),
                         U(v.valid_until.Format()), EnumLabel(domain::VoucherLifecycle().states, v.state)}});
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
