// Decision record rules.
#include "decision.h"

#include "errors.h"

#include <algorithm>
#include <array>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<DecisionKind>, 3> kKinds{{
    {DecisionKind::Approval, "approval", "Phê duyệt hỗ trợ", "Approval"},
    {DecisionKind::Refusal, "refusal", "Không phê duyệt", "Refusal"},
    {DecisionKind::TaskAcceptance, "task_acceptance", "Công nhận kết quả nghiệm thu nhiệm vụ",
     "Task acceptance"},
}};

constexpr std::array<EnumEntry<DecisionStatus>, 3> kStatuses{{
    {DecisionStatus::Draft, "draft", "Dự thảo", "Draft"},
    {DecisionStatus::Signed, "signed", "Đã ký số", "Signed"},
    {DecisionStatus::Recorded, "recorded", "Đã ghi nhận (không ký số)", "Recorded (not digitally signed)"},
}};

}  // namespace

std::span<const EnumEntry<DecisionKind>> DecisionKinds() {
    return kKinds;
}
std::span<const EnumEntry<DecisionStatus>> DecisionStatuses() {
    return kStatuses;
}

std::string DecisionReference(const Decision& decision) {
    if (decision.issue) return decision.issue->number;
    if (!decision.number.empty()) return decision.number;
    return "#" + std::to_string(decision.id);
}

Decision NormaliseDecision(Decision decision, const TextRules& text) {
    decision.number = text.Clean(decision.number, "number");
    decision.conditions = text.Clean(decision.conditions, "conditions");
    decision.legal_basis = text.Clean(decision.legal_basis, "legal_basis");
    decision.signer_name = text.Clean(decision.signer_name, "signer_name");
    // A draft may leave its number to the records clerk, who gives it at issue from the register.
    // '#' starts no number: the database marks a draft without one so (docs/DATABASE.md).
    if (!decision.number.empty() && decision.number.front() == '#')
        throw DomainError(ErrorCode::InvalidValue,
                          {"Số quyết định không bắt đầu bằng '#' (ví dụ 125/QĐ-SKHCN).",
                           "A decision number does not start with '#' (e.g. 125/QĐ-SKHCN)."},
                          "number");
    if (decision.kind == DecisionKind::TaskAcceptance) {
        if (!decision.task_id || !decision.items.empty())
            throw DomainError(ErrorCode::InvalidValue,
                              {"Quyết định nghiệm thu nêu đúng một nhiệm vụ và không có hồ sơ hỗ trợ.",
                               "An acceptance decision names exactly one task and no applications."},
                              "task_id");
        return decision;
    }
    if (decision.task_id)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Chỉ quyết định nghiệm thu mới nêu nhiệm vụ.", "Only an acceptance decision names a task."},
            "task_id");
    if (decision.items.empty())
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Quyết định phải có ít nhất một hồ sơ.", "A decision must cover at least one application."},
            "items");
    for (std::size_t i = 0; i < decision.items.size(); ++i) {
        const auto& item = decision.items[i];
        RequireNonNegative(item.approved_amount, "approved_amount", "Kinh phí phê duyệt",
                           "The approved amount");
        if (decision.kind == DecisionKind::Approval && item.approved_amount.IsZero())
            throw DomainError(ErrorCode::InvalidValue,
                              {"Hồ sơ số " + std::to_string(item.application_id) +
                                   ": quyết định phê duyệt phải có kinh phí lớn hơn 0.",
                               "Application " + std::to_string(item.application_id) +
                                   ": an approval must grant more than 0."},
                              "approved_amount");
        for (std::size_t j = 0; j < i; ++j)
            if (decision.items[j].application_id == item.application_id)
                throw DomainError(ErrorCode::Duplicate,
                                  {"Hồ sơ số " + std::to_string(item.application_id) +
                                       " xuất hiện hai lần trong quyết định.",
                                   "Application " + std::to_string(item.application_id) +
                                       " appears twice in the decision."},
                                  "items");
    }
    return decision;
}

Money TotalApproved(const Decision& decision) {
    Money total;
    for (const auto& item : decision.items) total += item.approved_amount;
    return total;
}

void RequireExportable(const Decision& decision) {
    if (decision.signature) return;
    throw DomainError(
        ErrorCode::InvalidValue,
        {"Quyết định id " + std::to_string(decision.id) + " chưa được ký số; chỉ xuất được quyết định đã ký.",
         "Decision id " + std::to_string(decision.id) +
             " is not digitally signed; only signed decisions are exported."},
        "id");
}

}  // namespace innodesk::domain
