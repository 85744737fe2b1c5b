// JSON views of domain records for --json output: stable keys, money as whole đồng integers,
// dates as ISO strings, enumerations as their stable codes.
#pragma once

#include "domain/application.h"
#include "domain/decision.h"
#include "domain/enterprise.h"
#include "domain/ip_filing.h"
#include "domain/outcome.h"
#include "domain/programme.h"
#include "domain/review.h"
#include "domain/training.h"
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
nlohmann::json ToJson(const domain::ReviewCriterion& criterion);
nlohmann::json ToJson(const domain::Rubric& rubric);
nlohmann::json ToJson(const domain::Review& review);
nlohmann::json ToJson(const std::vector<domain::ReviewAssignment>& assignments);
nlohmann::json ToJson(const domain::PassMarks& pass_marks);
nlohmann::json ToJson(const domain::ApplicationReviews& reviews);
nlohmann::json ToJson(const domain::RankingEntry& entry);
nlohmann::json ToJson(const domain::IpFiling& filing);
nlohmann::json ToJson(const domain::IpStatusChange& change);
nlohmann::json ToJson(const domain::TrainingEvent& event);
nlohmann::json ToJson(const domain::EventSummary& summary);
nlohmann::json ToJson(const domain::Attendance& attendance);
nlohmann::json ToJson(const domain::EnterpriseOutcome& outcome);

}  // namespace innodesk::cli
