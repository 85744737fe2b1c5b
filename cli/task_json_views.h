// JSON views of tasks and the organisation register for --json output: stable keys, codes for
// enumerations, ISO dates, money as whole đồng.
#pragma once

#include "domain/organisation.h"
#include "domain/task.h"
#include "domain/task_repositories.h"
#include "domain/task_service.h"

#include <nlohmann/json.hpp>

namespace innodesk::cli {

nlohmann::json ToJson(const domain::Organisation& organisation);
nlohmann::json ToJson(const domain::Task& task);
nlohmann::json ToJson(const domain::TaskSummary& summary, const domain::CalendarDate& today);
nlohmann::json ToJson(const domain::Milestone& milestone, const domain::CalendarDate& today);
nlohmann::json ToJson(const domain::Tranche& tranche);
nlohmann::json ToJson(const domain::TaskUse& use);
nlohmann::json ToJson(const domain::TaskExtension& extension);
nlohmann::json ToJson(const domain::TaskTransition& transition);
// The task's whole file, as `task show --json` prints it.
nlohmann::json ToJson(const domain::TaskFile& file, const domain::CalendarDate& today);

}  // namespace innodesk::cli
