// Vouchers page and its dialogs.
#include "vouchers_page.h"

#include "error_dialog.h"
#include "wx_text.h"

#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/voucher_service.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <map>

namespace innodesk::gui {
namespace {

domain::CalendarDate DateOf(const wxDatePickerCtrl* picker) {
    const wxDateTime date = picker->GetValue();
    return domain::CalendarDate::FromYmd(date.GetYear(), static_cast<unsigned>(date.GetMonth()) + 1,
                                         static_cast<unsigned>(date.GetDay()));
}

// A dialog of labelled fields in two columns, with Save and Cancel; Save runs `save` and closes
// when it succeeds.
class FormDialog : public wxDialog {
protected:
    FormDialog(wxWindow* parent, const wxString& title, const char* name)
        : wxDialog(parent, wxID_ANY, title) {
        SetName(name);
        m_grid = new wxFlexGridSizer(2, 6, 10);
        m_grid->AddGrowableCol(1);
    }
    void Label(const wxString& label) {
        m_grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
    }
    wxTextCtrl* Text(const wxString& label, const char* name, const wxString& value = {}) {
        Label(label);
        auto* field = new wxTextCtrl(this, wxID_ANY, value, wxDefaultPosition, FromDIP(wxSize(320, -1)));
        field->SetName(name);
        m_grid->Add(field, 1, wxEXPAND);
        return field;
    }
    wxChoice* Choice(const wxString& label, const char* name) {
        Label(label);
        auto* field = new wxChoice(this, wxID_ANY);
        field->SetName(name);
        m_grid->Add(field, 1, wxEXPAND);
        return field;
    }
    wxDatePickerCtrl* Date(const wxString& label, const char* name) {
        Label(label);
        auto* field = new wxDatePickerCtrl(this, wxID_ANY, wxDateTime::Today(), wxDefaultPosition, wxDefaultSize,
                                           wxDP_DROPDOWN | wxDP_SHOWCENTURY);
        field->SetName(name);
        m_grid->Add(field, 0);
        return field;
    }
    void Finish(const wxString& heading, std::function<void()> save) {
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        if (!heading.empty()) sizer->Add(new wxStaticText(this, wxID_ANY, heading), 0, wxLEFT | wxRIGHT | wxTOP, 12);
        sizer->Add(m_grid, 1, wxEXPAND | wxALL, 12);
        auto* buttons = new wxStdDialogButtonSizer();
        auto* ok = new wxButton(this, wxID_SAVE, _("Save"));
        ok->SetName("save");
        ok->SetDefault();
        buttons->AddButton(ok);
        buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
        buttons->Realize();
        sizer->Add(buttons, 0, wxALL | wxEXPAND, 12);
        SetSizerAndFit(sizer);
        ok->Bind(wxEVT_BUTTON, [this, save = std::move(save)](wxCommandEvent&) {
            if (Attempt(this, save)) EndModal(wxID_OK);
        });
    }

private:
    wxFlexGridSizer* m_grid;
};

wxString Heading(const domain::Voucher& voucher) {
    return wxString::Format("%s — %s", U(voucher.serial), U(voucher.state_share.Format()));
}

// Redeeming: the provider that delivered the service and its invoice.
class RedeemDialog final : public FormDialog {
public:
    RedeemDialog(wxWindow* parent, Session& session, const domain::Voucher& voucher)
        : FormDialog(parent, wxString::Format(_("Redeem voucher %s"), U(voucher.serial)), "redeem_dialog") {
        domain::VoucherService service(*session.store, session.text, session.clock);
        for (const auto& provider : service.Providers())
            if (provider.active) m_providers.push_back(provider);
        auto* provider = Choice(_("Provider") + " *", "provider");
        for (const auto& p : m_providers) provider->Append(U(p.name + " (" + p.tax_code.Value() + ")"));
        if (!m_providers.empty()) provider->SetSelection(0);
        auto* number = Text(_("Invoice number") + " *", "invoice_number");
        auto* date = Date(_("Invoice date") + " *", "invoice_date");
        auto* amount = Text(_("Invoice amount (VND)") + " *", "invoice_amount");
        Finish(Heading(voucher), [&s = session, id = voucher.id, this, provider, number, date, amount] {
            if (provider->GetSelection() == wxNOT_FOUND)
                throw domain::DomainError(domain::ErrorCode::NotFound,
                                          {"Chưa có nhà cung cấp dịch vụ nào.", "There is no service provider yet."},
                                          "provider");
            domain::Redemption redemption;
            redemption.provider_id = m_providers[static_cast<std::size_t>(provider->GetSelection())].id;
            redemption.invoice_number = S(number->GetValue());
            redemption.invoice_date = DateOf(date);
            redemption.invoice_amount = domain::Money::Parse(S(amount->GetValue()), "invoice_amount");
            domain::VoucherService(*s.store, s.text, s.clock).Redeem(id, redemption, s.actor);
        });
    }

private:
    std::vector<domain::ServiceProvider> m_providers;
};

// Reimbursing the provider: the amount paid and when.
class ReimburseDialog final : public FormDialog {
public:
    ReimburseDialog(wxWindow* parent, Session& session, const domain::Voucher& voucher)
        : FormDialog(parent, wxString::Format(_("Reimburse voucher %s"), U(voucher.serial)), "reimburse_dialog") {
        domain::Money suggested = voucher.state_share;
        if (voucher.invoice_amount) suggested = std::min(suggested, *voucher.invoice_amount);
        auto* amount = Text(_("Amount paid (VND)") + " *", "amount", U(suggested.Format()));
        auto* paid_on = Date(_("Paid on") + " *", "paid_on");
        Finish(Heading(voucher), [&s = session, id = voucher.id, amount, paid_on] {
            domain::VoucherService(*s.store, s.text, s.clock)
                .Reimburse(id, domain::Money::Parse(S(amount->GetValue()), "amount"), DateOf(paid_on), s.actor);
        });
    }
};

// Cancelling: the reason (which decides whether the enterprise may apply again) and a note.
class CancelVoucherDialog final : public FormDialog {
public:
    CancelVoucherDialog(wxWindow* parent, Session& session, const domain::Voucher& voucher)
        : FormDialog(parent, wxString::Format(_("Cancel voucher %s"), U(voucher.serial)), "cancel_voucher_dialog") {
        auto* reason = Choice(_("Reason") + " *", "reason");
        for (const auto& entry : domain::CancelReasons()) reason->Append(EnumLabel(domain::CancelReasons(), entry.value));
        reason->SetSelection(0);
        auto* note = Text(_("Note"), "note");
        Finish(Heading(voucher), [&s = session, id = voucher.id, reason, note] {
            const auto chosen = domain::CancelReasons()[static_cast<std::size_t>(reason->GetSelection())].value;
            domain::VoucherService(*s.store, s.text, s.clock).Cancel(id, chosen, S(note->GetValue()), s.actor);
        });
    }
};

}  // namespace

VouchersPage::VouchersPage(wxWindow* parent, Session& session)
    : TablePage(parent, session,
                {{_("Serial"), 130},
                 {_("Enterprise"), 210},
                 {_("Support content"), 150},
                 {_("Year"), 50},
                 {_("Face value"), 115},
                 {_("State share"), 125},
                 {_("Issued on"), 85},
                 {_("Valid until"), 90},
                 {_("State"), 105}},
                "vouchers") {
    const bool officer = session.Is(domain::Role::Officer);
    const wxString why = _("Only officers redeem, reimburse and cancel vouchers; your role reads them.");
    AddAction(_("Redeem…"), "redeem", officer, why, [this] { RedeemSelected(); });
    AddAction(_("Reimburse…"), "reimburse", officer, why, [this] { ReimburseSelected(); });
    AddAction(_("Cancel…"), "cancel_voucher", officer, why, [this] { CancelSelected(); });
    // The budget left this year, between the actions and the list.
    m_budget = new wxStaticText(this, wxID_ANY, wxEmptyString);
    m_budget->SetName("vouchers_budget");
    m_budget->SetFont(m_budget->GetFont().Bold());
    GetSizer()->Insert(2, m_budget, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
}

void VouchersPage::Reload() {
    TablePage::Reload();
    UpdateBudget();
}

void VouchersPage::UpdateBudget() {
    if (!m_budget) return;
    const int year = m_session.clock.Today().Year();
    wxString label;
    Attempt(this, [&] {
        domain::ProgrammeService programmes(*m_session.store, m_session.text);
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
    auto vouchers = domain::VoucherService(*m_session.store, m_session.text, m_session.clock).List(filter);
    // Newest first: by the date of issue, then by the order they were recorded.
    std::stable_sort(vouchers.begin(), vouchers.end(), [](const domain::Voucher& a, const domain::Voucher& b) {
        if (a.issued_on != b.issued_on) return a.issued_on > b.issued_on;
        return a.id > b.id;
    });
    domain::EnterpriseService enterprises(*m_session.store, m_session.text);
    std::map<domain::EnterpriseId, std::string> names;
    std::vector<TableRow> rows;
    rows.reserve(vouchers.size());
    for (const auto& v : vouchers) {
        auto name = names.find(v.enterprise_id);
        if (name == names.end()) name = names.emplace(v.enterprise_id, enterprises.Get(v.enterprise_id).name).first;
        rows.push_back({v.id,
                        {U(v.serial), U(name->second), EnumLabel(domain::SupportContents(), v.content),
                         wxString::Format("%d", v.year), U(v.face_value.Format()), U(v.state_share.Format()),
                         U(v.issued_on.Format()), U(v.valid_until.Format()),
                         EnumLabel(domain::VoucherLifecycle().states, v.state)}});
    }
    return rows;
}

void VouchersPage::RedeemSelected() {
    const auto id = SelectedId();
    if (!id) return;
    RedeemDialog dialog(this, m_session,
                        domain::VoucherService(*m_session.store, m_session.text, m_session.clock).Get(*id));
    if (dialog.ShowModal() == wxID_OK) Reload();
}

void VouchersPage::ReimburseSelected() {
    const auto id = SelectedId();
    if (!id) return;
    ReimburseDialog dialog(this, m_session,
                           domain::VoucherService(*m_session.store, m_session.text, m_session.clock).Get(*id));
    if (dialog.ShowModal() == wxID_OK) Reload();
}

void VouchersPage::CancelSelected() {
    const auto id = SelectedId();
    if (!id) return;
    CancelVoucherDialog dialog(this, m_session,
                               domain::VoucherService(*m_session.store, m_session.text, m_session.clock).Get(*id));
    if (dialog.ShowModal() == wxID_OK) Reload();
}

}  // namespace innodesk::gui
