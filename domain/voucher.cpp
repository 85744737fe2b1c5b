// Voucher lifecycle and rules.
#include "voucher.h"

#include "errors.h"

#include <array>

namespace innodesk::domain {
namespace {

using S = VoucherState;

constexpr std::array<EnumEntry<S>, 5> kStates{{
    {S::Issued, "issued", "Đã cấp", "Issued"},
    {S::Redeemed, "redeemed", "Đã sử dụng", "Redeemed"},
    {S::Reimbursed, "reimbursed", "Đã thanh toán", "Reimbursed"},
    {S::Expired, "expired", "Hết hạn", "Expired"},
    {S::Cancelled, "cancelled", "Đã hủy", "Cancelled"},
}};

constexpr std::array<std::pair<S, S>, 5> kMoves{{
    {S::Issued, S::Redeemed},
    {S::Issued, S::Expired},
    {S::Issued, S::Cancelled},
    {S::Redeemed, S::Reimbursed},
    // A redeemed voucher can still be cancelled before payment, e.g. when the invoice proves false.
    {S::Redeemed, S::Cancelled},
}};

constexpr Lifecycle<S> kLifecycle{kStates, kMoves, "phiếu hỗ trợ", "voucher"};

constexpr std::array<EnumEntry<CancelReason>, 5> kReasons{{
    {CancelReason::EnterpriseRequest, "enterprise_request", "Doanh nghiệp đề nghị hủy",
     "At the enterprise's request"},
    {CancelReason::IssuedInError, "issued_in_error", "Cấp nhầm", "Issued in error"},
    {CancelReason::ProviderUnavailable, "provider_unavailable", "Không có đơn vị cung cấp dịch vụ",
     "No provider available"},
    {CancelReason::Misuse, "misuse", "Sử dụng sai mục đích", "Misuse"},
    {CancelReason::FalseDeclaration, "false_declaration", "Kê khai không trung thực", "False declaration"},
}};

}  // namespace

const Lifecycle<VoucherState>& VoucherLifecycle() {
    return kLifecycle;
}
bool HoldsCommitment(VoucherState state) {
    return state == S::Issued || state == S::Redeemed || state == S::Reimbursed;
}
std::span<const EnumEntry<CancelReason>> CancelReasons() {
    return kReasons;
}
bool MayApplyAgain(CancelReason reason) {
    return reason != CancelReason::Misuse && reason != CancelReason::FalseDeclaration;
}

void ValidateNewVoucher(const Voucher& voucher, const SupportCap& cap) {
    RequireNonNegative(voucher.face_value, "face_value", "Mệnh giá phiếu", "The face value");
    RequireNonNegative(voucher.state_share, "state_share", "Phần ngân sách hỗ trợ", "The state share");
    if (voucher.face_value.IsZero())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Mệnh giá phiếu phải lớn hơn 0.", "The face value must be more than 0."},
                          "face_value");
    if (voucher.state_share > voucher.face_value)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Phần ngân sách " + voucher.state_share.Format() + " lớn hơn mệnh giá " +
                               voucher.face_value.Format() + ".",
                           "The state share " + voucher.state_share.Format() +
                               " is more than the face value " + voucher.face_value.Format() + "."},
                          "state_share");
    const Money allowed = voucher.face_value.PercentOf(cap.max_state_share_percent);
    if (voucher.state_share > allowed)
        throw DomainError(ErrorCode::CapExceeded,
                          {"Phần ngân sách " + voucher.state_share.Format() + " vượt " +
                               std::to_string(cap.max_state_share_percent) + "% mệnh giá (tối đa " +
                               allowed.Format() + ").",
                           "The state share " + voucher.state_share.Format() + " exceeds " +
                               std::to_string(cap.max_state_share_percent) + "% of the face value (at most " +
                               allowed.Format() + ")."},
                          "state_share");
    if (voucher.valid_until <= voucher.issued_on)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Hạn sử dụng " + voucher.valid_until.Format() + " phải sau ngày cấp " +
                               voucher.issued_on.Format() + ".",
                           "The expiry " + voucher.valid_until.Format() + " must be after the issue date " +
                               voucher.issued_on.Format() + "."},
                          "valid_until");
}

ServiceProvider NormaliseProvider(ServiceProvider provider, const TextRules& text) {
    provider.name = text.Clean(provider.name, "name");
    if (provider.name.empty())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Tên đơn vị cung cấp dịch vụ là bắt buộc.", "The provider's name is required."},
                          "name");
    if (provider.tax_code.Empty())
        throw DomainError(
            ErrorCode::InvalidTaxCode,
            {"Mã số thuế của đơn vị cung cấp là bắt buộc.", "The provider's tax code is required."},
            "tax_code");
    if (provider.contents.empty())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Đơn vị cung cấp phải đăng ký ít nhất một loại dịch vụ.",
                           "The provider must be registered for at least one service category."},
                          "contents");
    return provider;
}

}  // namespace innodesk::domain
