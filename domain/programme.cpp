// Programme, envelope and cap rules.
#include "programme.h"

#include "errors.h"

#include <array>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<FundingSource>, 4> kSources{{
    {FundingSource::ProvincialScience, "provincial_science", "Sự nghiệp KH&CN tỉnh", "Provincial S&T budget"},
    {FundingSource::Central, "central", "Ngân sách trung ương", "Central budget"},
    {FundingSource::DevelopmentFund, "development_fund", "Quỹ phát triển KH&CN", "S&T development fund"},
    {FundingSource::Other, "other", "Nguồn khác", "Other sources"},
}};

[[noreturn]] void Invalid(const std::string& vi, const std::string& en, const char* field) {
    throw DomainError(ErrorCode::InvalidValue, {vi, en}, field);
}

}  // namespace

std::span<const EnumEntry<FundingSource>> FundingSources() {
    return kSources;
}

Programme NormaliseProgramme(Programme programme) {
    if (programme.code.empty())
        Invalid("Mã chương trình là bắt buộc.", "The programme code is required.", "code");
    if (programme.name.empty())
        Invalid("Tên chương trình là bắt buộc.", "The programme name is required.", "name");
    if (programme.start_year < 2000 || programme.start_year > 2100 ||
        programme.end_year < programme.start_year || programme.end_year > programme.start_year + 20)
        Invalid(
            "Giai đoạn " + std::to_string(programme.start_year) + "–" + std::to_string(programme.end_year) +
                " không hợp lệ: năm bắt đầu từ 2000, năm kết thúc không trước năm bắt đầu và trong vòng 20 "
                "năm.",
            "Period " + std::to_string(programme.start_year) + "–" + std::to_string(programme.end_year) +
                " is not valid: it starts in 2000 or later and ends within 20 years, not before it starts.",
            "period");
    return programme;
}

BudgetEnvelope ValidateEnvelope(BudgetEnvelope envelope, const Programme& programme) {
    if (envelope.year < programme.start_year || envelope.year > programme.end_year)
        Invalid("Năm " + std::to_string(envelope.year) + " nằm ngoài giai đoạn của chương trình " +
                    programme.code + " (" + std::to_string(programme.start_year) + "–" +
                    std::to_string(programme.end_year) + ").",
                "Year " + std::to_string(envelope.year) + " is outside programme " + programme.code +
                    "'s period (" + std::to_string(programme.start_year) + "–" +
                    std::to_string(programme.end_year) + ").",
                "year");
    RequireNonNegative(envelope.amount, "amount", "Dự toán", "The envelope amount");
    return envelope;
}

SupportCap ValidateCap(SupportCap cap) {
    if (cap.max_state_share_percent < 0 || cap.max_state_share_percent > 100)
        Invalid("Tỷ lệ hỗ trợ tối đa phải từ 0 đến 100%.", "The maximum state share must be 0–100%.",
                "max_state_share_percent");
    RequireNonNegative(cap.ceiling_per_contract, "ceiling_per_contract", "Mức trần mỗi hợp đồng",
                       "The ceiling per contract");
    RequireNonNegative(cap.ceiling_per_enterprise_year, "ceiling_per_enterprise_year",
                       "Mức trần mỗi doanh nghiệp mỗi năm", "The ceiling per enterprise per year");
    if (cap.max_vouchers_per_enterprise_year < 0)
        Invalid("Số phiếu tối đa không được âm.", "The maximum number of vouchers cannot be negative.",
                "max_vouchers_per_enterprise_year");
    return cap;
}

void RequireFunds(const BudgetEnvelope& envelope, const EnvelopeBalance& balance, Money amount) {
    const Money remaining = balance.Remaining();
    if (amount <= remaining) return;
    const std::string year = std::to_string(envelope.year);
    throw DomainError(
        ErrorCode::BudgetExceeded,
        {"Vượt dự toán năm " + year + ": cần " + amount.Format() + " nhưng chỉ còn " + remaining.Format() +
             " (dự toán " + balance.amount.Format() + ", đã cam kết " + balance.committed.Format() + ").",
         "Budget " + year + " would be overdrawn: " + amount.Format() + " needed but only " +
             remaining.Format() + " remains (envelope " + balance.amount.Format() + ", committed " +
             balance.committed.Format() + ")."},
        "amount");
}

}  // namespace innodesk::domain
