// JSON views of plans' work items, their progress, reporting duties and their occurrences, for
// --json output: stable keys, codes for enumerations, ISO dates, both languages for labels.
#pragma once

#include "domain/reporting_duty_service.h"
#include "domain/work_item_service.h"

#include <nlohmann/json.hpp>

namespace innodesk::cli {

nlohmann::json ToJson(const domain::WorkItem& item);
nlohmann::json ToJson(const domain::WorkItemProgress& progress);
nlohmann::json ToJson(const domain::WorkItemView& view);
nlohmann::json ToJson(const domain::ReportingDuty& duty);
nlohmann::json ToJson(const domain::DutyReceipt& receipt);
nlohmann::json ToJson(const domain::DutyOccurrenceView& view);

}  // namespace innodesk::cli
