// The canonical byte form of a decision: what an approver signs and what verification rebuilds
// from the stored records. Specified in docs/SIGNATURES.md; changing it invalidates every
// signature made before, so a new form gets a new "format" value and the old one stays readable.
#pragma once

#include "decision.h"
#include "support_content.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

inline constexpr const char* kDecisionPayloadFormat = "innodesk-decision/1";

// What the decision says about each application it covers, as stored.
struct DecisionPayloadItem {
    ApplicationId application_id = 0;
    std::string enterprise_tax_code;
    std::string programme_code;
    int year = 0;
    SupportContent content = SupportContent::OtherInnovation;
    std::string title;
    Money approved_amount;
};

// What an acceptance decision says about its task, as stored: the task and the council's
// evaluation it issues.
struct DecisionPayloadTask {
    std::string code;
    std::string title;
    std::string level;  // TaskLevels() code
    std::string award_mode;
    std::string lead_name;
    std::string principal_investigator;
    std::string contract_number;
    Money state_budget;
    std::string council;
    CalendarDate held_on;
    std::string result;  // AcceptanceResults() code
    std::string minutes_number;
};

struct DecisionPayloadSigner {
    std::string user;
    std::string certificate_sha256;
};

// Canonical JSON (see canonical_json.h), UTF-8 NFC, items in application id order. A task
// acceptance adds a "task" member; approvals and refusals have none, so their bytes are those
// signed before task acceptances existed.
std::string DecisionPayload(const Decision& decision, std::vector<DecisionPayloadItem> items,
                            const std::optional<std::string>& supersedes_number,
                            const DecisionPayloadSigner& signer,
                            const std::optional<DecisionPayloadTask>& task = std::nullopt);

}  // namespace innodesk::domain
