// The voucher issuing dialog.
#include "issue_voucher_dialog.h"

#include "wx_text.h"

#include "domain/programme_service.h"
#include "domain/voucher_service.h"

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

}  // namespace

IssueVoucherDialog::IssueVoucherDialog(wxWindow* parent, app::Workspace& session)
    : FormDialog(parent, _("Issue a voucher"), "issue_voucher_dialog"),
      m_session(session),
      m_enterprise(Enterprise(_("Enterprise tax code") + " *", "voucher_tax_code", session)) {
    const auto today = session.Clock().Today();
    m_programme = Choice(_("Programme") + " *", "programme");
    m_content = Choice(_("Support content") + " *", "content");
    m_year = Number(_("Year") + " *", "year", 2000, 2100, today.Year());
    m_face = Text(_("Face value (VND)") + " *", "face_value");
    m_share = Text(_("State share (VND)") + " *", "state_share");
    m_issued_on = Date(_("Issued on") + " *", "issued_on", today);
    m_valid_until = Date(_("Valid until") + " *", "valid_until", SixMonthsAfter(today));
    Finish();
}

bool IssueVoucherDialog::TransferDataToWindow() {
    m_programmes = m_session.Programmes().List();
    m_programme->Clear();
    for (const auto& p : m_programmes) m_programme->Append(U(p.code + " — " + p.name));
    if (!m_programmes.empty()) m_programme->SetSelection(0);
    m_content->Clear();
    for (const auto& entry : domain::SupportContents())
        m_content->Append(EnumLabel(domain::SupportContents(), entry.value));
    m_content->SetSelection(0);
    const auto today = m_session.Clock().Today();
    m_year.field->ChangeValue(wxString::Format("%d", today.Year()));
    m_issued_on.Show(today);
    m_valid_until.Show(SixMonthsAfter(today));
    return true;
}

bool IssueVoucherDialog::TransferDataFromWindow() {
    if (m_programme->GetSelection() == wxNOT_FOUND)
        throw domain::DomainError(domain::ErrorCode::NotFound,
                                  {"Chưa có chương trình nào; thêm chương trình trước khi cấp phiếu.",
                                   "There is no programme yet; add one before issuing vouchers."},
                                  "programme");
    domain::VoucherRequest request;
    request.enterprise_id = m_enterprise.Resolve().id;
    request.programme_id = m_programmes[static_cast<std::size_t>(m_programme->GetSelection())].id;
    request.content = domain::SupportContents()[static_cast<std::size_t>(m_content->GetSelection())].value;
    request.year = m_year.Value();
    request.face_value = domain::Money::Parse(S(m_face->GetValue()), "face_value");
    request.state_share = domain::Money::Parse(S(m_share->GetValue()), "state_share");
    request.issued_on = m_issued_on.Value();
    request.valid_until = m_valid_until.Value();
    m_issued = m_session.Vouchers().Issue(request, m_session.Actor()).id;
    return true;
}

}  // namespace innodesk::gui
