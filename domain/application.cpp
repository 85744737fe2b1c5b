// Application lifecycle and the rules on its amounts.
#include "application.h"

#include "errors.h"

#include <array>

namespace innodesk::domain {
namespace {

using S = ApplicationState;

constexpr std::array<EnumEntry<S>, 13> kStates{{
    {S::Draft, "draft", "Nháp", "Draft"},
    {S::Submitted, "submitted", "Đã nộp", "Submitted"},
    {S::UnderReview, "under_review", "Đang thẩm định", "Under review"},
    {S::Recommended, "recommended", "Đề nghị hỗ trợ", "Recommended"},
    {S::NotRecommended, "not_recommended", "Không đề nghị hỗ trợ", "Not recommended"},
    {S::Approved, "approved", "Đã phê duyệt", "Approved"},
    {S::Refused, "refused", "Không phê duyệt", "Refused"},
    {S::Contracted, "contracted", "Đã ký hợp đồng", "Contracted"},
    {S::InProgress, "in_progress", "Đang thực hiện", "In progress"},
    {S::Accepted, "accepted", "Đã nghiệm thu", "Accepted"},
    {S::Monitoring, "monitoring", "Theo dõi sau nghiệm thu", "Post-acceptance monitoring"},
    {S::Closed, "closed", "Đã kết thúc", "Closed"},
    {S::Withdrawn, "withdrawn", "Đã rút", "Withdrawn"},
}};

constexpr std::array<std::pair<S, S>, 22> kMoves{{
    {S::Draft, S::Submitted},
    {S::Draft, S::Withdrawn},
    {S::Submitted, S::UnderReview},
    {S::Submitted, S::Withdrawn},
    {S::UnderReview, S::Recommended},
    {S::UnderReview, S::NotRecommended},
    {S::UnderReview, S::Withdrawn},
    {S::Recommended, S::Approved},
    {S::Recommended, S::Refused},
    {S::Recommended, S::Withdrawn},
    // The approving leader decides: a council's negative opinion can still be overruled.
    {S::NotRecommended, S::Refused},
    {S::NotRecommended, S::Approved},
    {S::NotRecommended, S::Withdrawn},
    {S::Approved, S::Contracted},
    {S::Approved, S::Withdrawn},
    {S::Contracted, S::InProgress},
    {S::Contracted, S::Withdrawn},
    {S::InProgress, S::Accepted},
    {S::InProgress, S::Withdrawn},
    {S::Accepted, S::Monitoring},
    {S::Accepted, S::Closed},
    {S::Monitoring, S::Closed},
}};

constexpr Lifecycle<S> kLifecycle{kStates, kMoves, "hồ sơ", "application"};

}  // namespace

const Lifecycle<ApplicationState>& ApplicationLifecycle() {
    return kLifecycle;
}

bool HoldsCommitment(ApplicationState state) {
    switch (state) {
        case S::Approved:
        case S::Contracted:
        case S::InProgress:
        case S::Accepted:
        case S::Monitoring:
        case S::Closed:
            return true;
        default:
            return false;
    }
}

Application NormaliseApplication(Application application, const TextRules& text) {
    application.title = text.Clean(application.title, "title");
    application.contract_number = text.Clean(application.contract_number, "contract_number");
    if (application.title.empty())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Tên hồ sơ (nội dung đề xuất) là bắt buộc.", "The application title is required."},
                          "title");
    RequireNonNegative(application.requested_amount, "requested_amount", "Kinh phí đề nghị hỗ trợ",
                       "The requested amount");
    RequireNonNegative(application.co_funding_amount, "co_funding_amount", "Kinh phí đối ứng",
                       "The co-funding amount");
    if (application.requested_amount.IsZero())
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Kinh phí đề nghị hỗ trợ phải lớn hơn 0.", "The requested amount must be more than 0."},
            "requested_amount");
    return application;
}

void RequireWithinCap(const SupportCap& cap, const Application& application, Money approved_amount,
                      Money already_approved_this_year) {
    RequireNonNegative(approved_amount, "approved_amount", "Kinh phí phê duyệt", "The approved amount");
    const Money total_cost = approved_amount + application.co_funding_amount;
    const Money allowed_share = total_cost.PercentOf(cap.max_state_share_percent);
    if (approved_amount > allowed_share)
        throw DomainError(
            ErrorCode::CapExceeded,
            {"Phần ngân sách " + approved_amount.Format() + " vượt " +
                 std::to_string(cap.max_state_share_percent) + "% tổng kinh phí " + total_cost.Format() +
                 " (tối đa " + allowed_share.Format() + "). Tăng đối ứng hoặc giảm mức hỗ trợ.",
             "The state share " + approved_amount.Format() + " exceeds " +
                 std::to_string(cap.max_state_share_percent) + "% of the total cost " + total_cost.Format() +
                 " (at most " + allowed_share.Format() + "). Raise the co-funding or lower the support."},
            "approved_amount");
    if (!cap.ceiling_per_contract.IsZero() && approved_amount > cap.ceiling_per_contract)
        throw DomainError(
            ErrorCode::CapExceeded,
            {"Mức hỗ trợ " + approved_amount.Format() + " vượt mức trần mỗi hợp đồng " +
                 cap.ceiling_per_contract.Format() + ".",
             "The support " + approved_amount.Format() + " exceeds the ceiling per contract of " +
                 cap.ceiling_per_contract.Format() + "."},
            "approved_amount");
    const Money year_total = already_approved_this_year + approved_amount;
    if (!cap.ceiling_per_enterprise_year.IsZero() && year_total > cap.ceiling_per_enterprise_year)
        throw DomainError(
            ErrorCode::CapExceeded,
            {"Tổng hỗ trợ năm " + std::to_string(application.year) + " cho doanh nghiệp sẽ là " +
                 year_total.Format() + " (đã có " + already_approved_this_year.Format() +
                 "), vượt mức trần " + cap.ceiling_per_enterprise_year.Format() + " mỗi năm.",
             "The enterprise's support in " + std::to_string(application.year) + " would be " +
                 year_total.Format() + " (already " + already_approved_this_year.Format() +
                 "), beyond the yearly ceiling of " + cap.ceiling_per_enterprise_year.Format() + "."},
            "approved_amount");
}

}  // namespace innodesk::domain
