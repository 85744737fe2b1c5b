// Loading the records a use case depends on, or refusing with NotFound and a sentence that names
// the missing record — the same sentence whichever service asks.
#pragma once

#include "store.h"

#include <string>
#include <string_view>

namespace innodesk::domain {

Enterprise RequireEnterprise(Transaction& tx, EnterpriseId id, std::string_view field = "enterprise_id");
Programme RequireProgramme(Transaction& tx, ProgrammeId id, std::string_view field = "programme_id");
// A stored plan by its code; NotFound says how to import one.
Plan RequirePlan(Transaction& tx, const std::string& code);
Application RequireApplication(Transaction& tx, ApplicationId id, std::string_view field = "application_id");

}  // namespace innodesk::domain
