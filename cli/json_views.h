// JSON views of domain records for --json output: stable keys, money as whole đồng integers,
// dates as ISO strings, enumerations as their stable codes.
#pragma once

#include "domain/application.h"
#include "domain/decision.h"
#include "domain/enterprise.h"
#include "domain/programme.h"
#include "domain/voucher.h"

#include <nlohmann/json.hpp>

namespace innodesk::cli {

nlohmann::json ToJson(const domain::Enterprise& enterprise);
nlohmann::json ToJson(const domain::Application& application);
nlohmann::json ToJson(const domain::ApplicationTransition& transition);
nlohmann::json ToJson(const domain::Decision& decision);
nlohmann::json ToJson(const domain::Voucher& voucher);
nlohmann::json ToJson(const domain::ServiceProvider& provider);
nlohmann::json ToJson(const domain::Programme& programme);

}  // namespace innodesk::cli
