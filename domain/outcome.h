// What a supported enterprise achieved: a technology applied, a new product, a standard adopted,
// an international standard met, in-depth consulting received — the plan's outcome targets.
#pragma once

#include "application.h"
#include "calendar_date.h"
#include "enterprise.h"
#include "text_rules.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace innodesk::domain {

using OutcomeId = std::int64_t;

enum class OutcomeKind {
    TechnologyApplied,
    NewProduct,
    StandardAdopted,
    InternationalStandard,
    InDepthConsulting,
    RdCooperation,  // hợp tác nghiên cứu, phát triển với viện, trường (001's indicator 37)
};
std::span<const EnumEntry<OutcomeKind>> OutcomeKinds();

struct EnterpriseOutcome {
    OutcomeId id = 0;
    EnterpriseId enterprise_id = 0;
    std::optional<ApplicationId> application_id;  // the support it came from, when known
    OutcomeKind kind = OutcomeKind::TechnologyApplied;
    std::string description;
    CalendarDate recorded_on;
    int year = 0;  // the plan year it counts towards
};

struct OutcomeFilter {
    std::optional<int> year;
    std::optional<EnterpriseId> enterprise_id;
    std::optional<OutcomeKind> kind;
    std::size_t limit = 1000;
};

// Cleans the description (required) and checks the year (2000–2100).
EnterpriseOutcome NormaliseOutcome(EnterpriseOutcome outcome, const TextRules& text);

}  // namespace innodesk::domain
