// The vouchers' planner: providers, and vouchers from issue to reimbursement.
#include "demo/voucher_planner.h"

#include "demo/amounts.h"
#include "demo/names.h"
#include "domain/errors.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::demo {

using namespace domain;  // the planners speak the domain's language throughout

namespace {

// Vouchers only for contents the registered providers cover.
constexpr std::array<Weighted<SupportContent>, 7> kVoucherContents{{
    {SupportContent::TestingCertification, 30},
    {SupportContent::Consulting, 25},
    {SupportContent::IntellectualProperty, 15},
    {SupportContent::TechnologyTransfer, 10},
    {SupportContent::TradePromotion, 10},
    {SupportContent::OtherInnovation, 5},
    {SupportContent::TechnologyLicence, 5},
}};

constexpr std::array<Weighted<VoucherFate>, 5> kVoucherFates{{{VoucherFate::Issued, 29},
                                                              {VoucherFate::Redeemed, 10},
                                                              {VoucherFate::Reimbursed, 40},
                                                              {VoucherFate::Expired, 15},
                                                              {VoucherFate::Cancelled, 6}}};
// Misuse and false declarations are rare, and bar the family from the programme.
constexpr std::array<Weighted<CancelReason>, 5> kCancelReasons{{{CancelReason::EnterpriseRequest, 70},
                                                                {CancelReason::IssuedInError, 8},
                                                                {CancelReason::ProviderUnavailable, 10},
                                                                {CancelReason::Misuse, 8},
                                                                {CancelReason::FalseDeclaration, 4}}};

// What the officer writes on a cancellation.
std::string_view CancelNote(CancelReason reason) {
    switch (reason) {
        case CancelReason::EnterpriseRequest:
            return "Doanh nghiệp có văn bản đề nghị hủy do thay đổi kế hoạch sản xuất, kinh doanh";
        case CancelReason::IssuedInError:
            return "Cấp nhầm nội dung hỗ trợ, đã cấp lại phiếu khác";
        case CancelReason::ProviderUnavailable:
            return "Không có đơn vị cung cấp dịch vụ phù hợp trong thời hạn của phiếu";
        case CancelReason::Misuse:
            return "Kiểm tra phát hiện sử dụng phiếu sai mục đích";
        case CancelReason::FalseDeclaration:
            return "Hồ sơ thanh toán kê khai không trung thực";
    }
    return {};
}

class VoucherPlanner {
public:
    explicit VoucherPlanner(DemoRun& run) : m_run(run) {}

    void RegisterProviders() {
        // Providers an earlier run registered are reused, found by tax code or by name.
        std::map<std::string, ServiceProvider> existing;
        for (const auto& provider : m_run.outer->Vouchers().ListProviders()) {
            existing.emplace(provider.tax_code.Value(), provider);
            existing.emplace(provider.name, provider);
        }
        const auto named = NamedProviders();
        for (std::size_t i = 0; i < m_run.volumes.providers; ++i) {
            const ProviderPattern& pattern =
                i < named.size() ? named[i] : m_run.random.Pick(ProviderPatterns());
            ServiceProvider provider;
            provider.name = Fill(pattern.name, Brand(m_run.random), {});
            provider.tax_code =
                TaxCode::Parse(NewEnterpriseCode(pattern.tax_prefix, m_run.random, m_run.used_codes));
            provider.contents.assign(pattern.contents.begin(), pattern.contents.end());
            auto found = existing.find(provider.tax_code.Value());
            if (found == existing.end()) found = existing.find(provider.name);
            if (found != existing.end()) {
                provider = found->second;
            } else {
                provider = m_run.voucher_service.RegisterProvider(provider, m_run.actor);
                ++m_run.summary.providers;
            }
            if (provider.active)
                for (const auto content : provider.contents) m_run.providers[content].push_back(provider.id);
            m_run.meter.Advance();
        }
    }

    void PlanVouchers() {
        if (m_run.enterprises.empty()) return;
        const int year = m_run.spec.year;
        const CalendarDate expiry_cut = CalendarDate::FromYmd(year, 10, 15);
        for (std::size_t i = 0; i < m_run.volumes.vouchers; ++i) {
            PlannedVoucher voucher;
            voucher.enterprise = m_run.random.Below(m_run.enterprises.size());
            voucher.content = m_run.random.PickWeighted(kVoucherContents);
            voucher.fate = m_run.random.PickWeighted(kVoucherFates);
            const SupportCap& cap = m_run.caps.at(voucher.content);
            voucher.face = Dong(static_cast<std::int64_t>(m_run.random.Between(40, 400)) * 500 * kThousand);
            const int percent = std::min(m_run.random.Between(50, 70), cap.max_state_share_percent);
            std::int64_t share = FloorTo(voucher.face.PercentOf(percent).Dong(), kThousand);
            if (!cap.ceiling_per_contract.IsZero()) share = std::min(share, cap.ceiling_per_contract.Dong());
            voucher.share = Dong(share);
            // Validity periods are chosen so that ExpireDue on 15 October expires exactly the
            // vouchers meant to lapse and none of those still waiting to be used.
            int months = m_run.random.Between(6, 12);
            switch (voucher.fate) {
                case VoucherFate::Expired:
                    voucher.issued_on =
                        CalendarDate::FromYmd(year, 1, 10).AddDays(m_run.random.Between(0, 80));
                    months = 6;
                    break;
                case VoucherFate::Issued:
                    voucher.issued_on =
                        CalendarDate::FromYmd(year, 4, 15).AddDays(m_run.random.Between(0, 138));
                    break;
                default:
                    voucher.issued_on =
                        CalendarDate::FromYmd(year, 2, 1).AddDays(m_run.random.Between(0, 210));
                    break;
            }
            voucher.valid_until = AddMonths(voucher.issued_on, months);
            if (voucher.fate == VoucherFate::Issued && voucher.valid_until < expiry_cut)
                voucher.valid_until = expiry_cut;
            m_run.budget[{year, voucher.content}].planned += voucher.share;
            m_run.voucher_plans.push_back(voucher);
        }
        // Serial numbers follow the issue dates, as they would at the front desk.
        std::stable_sort(
            m_run.voucher_plans.begin(), m_run.voucher_plans.end(),
            [](const PlannedVoucher& a, const PlannedVoucher& b) { return a.issued_on < b.issued_on; });
    }

    // Vouchers are issued before the approvals are decided: an envelope's balance is summed
    // over everything committed to it, so issuing them while the envelopes hold only vouchers
    // keeps each check short on large runs. Dates, not the order of writing, tell the story.
    void IssueVouchers() {
        const int year = m_run.spec.year;
        std::size_t issued = 0;
        for (auto& voucher : m_run.voucher_plans) {
            m_run.meter.Advance();
            for (int attempt = 0; !MayIssueTo(voucher.enterprise); ++attempt) {
                if (attempt == 50)
                    throw DomainError(ErrorCode::InvalidValue,
                                      {"Không tìm được doanh nghiệp đủ điều kiện để cấp phiếu mẫu.",
                                       "No eligible enterprise is left for demo vouchers."});
                voucher.enterprise = m_run.random.Below(m_run.enterprises.size());
            }
            ContentBudget& budget = m_run.budget.at({year, voucher.content});
            if (voucher.share > budget.remaining) {
                // Only a second run on an envelope the first one used up gets here: the state's
                // share is lowered to what is left, or the voucher is not issued.
                voucher.share = Dong(FloorTo(budget.remaining.Dong(), kThousand));
                if (voucher.share.IsZero()) continue;
            }
            VoucherRequest request;
            request.enterprise_id = m_run.IdOf(voucher.enterprise);
            request.programme_id = m_run.programme.id;
            request.year = year;
            request.content = voucher.content;
            request.face_value = voucher.face;
            request.state_share = voucher.share;
            request.issued_on = voucher.issued_on;
            request.valid_until = voucher.valid_until;
            voucher.id = m_run.voucher_service.Issue(request, m_run.actor).id;
            budget.remaining -= voucher.share;
            ++m_voucher_counts[request.enterprise_id];
            ++issued;
        }
        m_run.summary.vouchers = issued;
    }

    void SettleVouchers() {
        const int year = m_run.spec.year;
        std::int64_t invoice_number = 0;
        const CalendarDate year_end = CalendarDate::FromYmd(year, 12, 31);
        std::vector<const PlannedVoucher*> cancellations;
        for (const auto& voucher : m_run.voucher_plans) {
            m_run.meter.Advance();
            if (voucher.id == 0) continue;
            if (voucher.fate == VoucherFate::Cancelled) cancellations.push_back(&voucher);
            if (voucher.fate != VoucherFate::Redeemed && voucher.fate != VoucherFate::Reimbursed) continue;
            const auto& providers = m_run.providers.at(voucher.content);
            Redemption redemption;
            redemption.provider_id = providers[m_run.random.Below(providers.size())];
            const CalendarDate last = std::min(voucher.valid_until, year_end.AddDays(-20));
            const int window = std::max(0, voucher.issued_on.AddDays(14).DaysUntil(last));
            redemption.invoice_date =
                voucher.issued_on.AddDays(14 + m_run.random.Between(0, std::min(window, 120)));
            if (last < redemption.invoice_date) redemption.invoice_date = last;
            redemption.invoice_number = "1C" + Padded(year % 100, 2) + "TAA-" + Padded(++invoice_number, 8);
            redemption.invoice_amount =
                Dong(FloorTo(voucher.face.Dong() * m_run.random.Between(90, 120) / 100, kThousand));
            m_run.voucher_service.Redeem(voucher.id, redemption, m_run.actor);
            if (voucher.fate != VoucherFate::Reimbursed) continue;
            std::int64_t amount = std::min(voucher.share, redemption.invoice_amount).Dong();
            if (m_run.random.Chance(0.15)) amount = std::max(kThousand, FloorTo(amount * 9 / 10, kThousand));
            m_run.voucher_service.Reimburse(
                voucher.id, Dong(amount),
                std::min(year_end, redemption.invoice_date.AddDays(m_run.random.Between(7, 30))),
                m_run.actor);
        }
        // Cancellations come last: a misuse cancellation bars the family from anything later.
        for (const PlannedVoucher* voucher : cancellations) {
            const CancelReason reason = m_run.random.PickWeighted(kCancelReasons);
            m_run.voucher_service.Cancel(voucher->id, reason, std::string(CancelNote(reason)), m_run.actor);
        }
        if (m_run.summary.vouchers > 0)
            m_run.voucher_service.ExpireDue(CalendarDate::FromYmd(year, 10, 15), m_run.actor);
    }

private:
    // Whether the enterprise may have one more voucher this year (max three, no misuse record).
    bool MayIssueTo(std::size_t index) {
        if (m_run.Disqualified(index)) return false;
        const EnterpriseId id = m_run.IdOf(index);
        auto found = m_voucher_counts.find(id);
        if (found == m_voucher_counts.end()) {
            const int prior = m_run.programme_created ? 0
                                                      : m_run.outer->Vouchers().CountForEnterpriseYear(
                                                            id, m_run.programme.id, m_run.spec.year);
            found = m_voucher_counts.emplace(id, prior).first;
        }
        return found->second < kMaxVouchersPerYear;
    }

    DemoRun& m_run;
    std::map<EnterpriseId, int> m_voucher_counts;  // this year's, per enterprise
};

}  // namespace

void RegisterProviders(DemoRun& run) {
    VoucherPlanner(run).RegisterProviders();
}

void PlanVouchers(DemoRun& run) {
    VoucherPlanner(run).PlanVouchers();
}

void IssueVouchers(DemoRun& run) {
    VoucherPlanner(run).IssueVouchers();
}

void SettleVouchers(DemoRun& run) {
    VoucherPlanner(run).SettleVouchers();
}

}  // namespace innodesk::demo
