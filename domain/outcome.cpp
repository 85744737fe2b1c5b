// Outcome kinds and rules.
#include "outcome.h"

#include "errors.h"

#include <array>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<OutcomeKind>, 6> kKinds{{
    {OutcomeKind::TechnologyApplied, "technology_applied", "Ứng dụng công nghệ, quy trình hoặc giải pháp số",
     "Technology, process or digital solution applied"},
    {OutcomeKind::NewProduct, "new_product", "Sản phẩm, dịch vụ hoặc mô hình kinh doanh mới",
     "New product, service or business model"},
    {OutcomeKind::StandardAdopted, "standard_adopted",
     "Áp dụng tiêu chuẩn, quy chuẩn, hệ thống quản lý hoặc công cụ năng suất",
     "Standard, regulation, management system or productivity tool adopted"},
    {OutcomeKind::InternationalStandard, "international_standard",
     "Đáp ứng tiêu chuẩn quốc tế, yêu cầu kỹ thuật của thị trường nước ngoài",
     "International standard or foreign-market requirement met"},
    {OutcomeKind::InDepthConsulting, "in_depth_consulting", "Được tư vấn chuyên sâu",
     "In-depth consulting received"},
    {OutcomeKind::RdCooperation, "rd_cooperation", "Hợp tác nghiên cứu, phát triển với viện, trường",
     "R&D cooperation with an institute or university"},
}};

}  // namespace

std::span<const EnumEntry<OutcomeKind>> OutcomeKinds() {
    return kKinds;
}

EnterpriseOutcome NormaliseOutcome(EnterpriseOutcome outcome, const TextRules& text) {
    outcome.description = text.Clean(outcome.description, "description");
    if (outcome.description.empty())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Cần mô tả kết quả (công nghệ nào, sản phẩm nào, tiêu chuẩn nào…).",
                           "Describe the outcome (which technology, product, standard…)."},
                          "description");
    if (outcome.year < 2000 || outcome.year > 2100)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Năm " + std::to_string(outcome.year) + " không hợp lệ; dùng năm từ 2000 đến 2100.",
             "Year " + std::to_string(outcome.year) + " is not valid; use a year from 2000 to 2100."},
            "year");
    return outcome;
}

}  // namespace innodesk::domain
