// JSON views of plans, target evaluations, drill-down records and deadlines for --json output:
// stable keys, codes for enumerations, ISO dates, both languages for labels.
#pragma once

#include "domain/deadline.h"
#include "domain/plan.h"
#include "domain/target_evaluation.h"
#include "domain/target_service.h"

#include <nlohmann/json.hpp>

namespace innodesk::cli {

nlohmann::json ToJson(const domain::LocalisedText& text);
nlohmann::json ToJson(const domain::PlanSummary& summary);
nlohmann::json ToJson(const domain::Plan& plan);
nlohmann::json ToJson(const domain::PlanEvaluation& evaluation);
nlohmann::json ToJson(const domain::CountedRecord& record);
nlohmann::json ToJson(const domain::Deadline& deadline);
nlohmann::json ToJson(const domain::SupportBreakdown& breakdown);
nlohmann::json ToJson(const domain::ManualIndicator& indicator);

}  // namespace innodesk::cli
