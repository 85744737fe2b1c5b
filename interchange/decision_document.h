// What the readable forms of an exported decision show (reports/decision_report.h lays them out
// as decision.pdf, decision-en.pdf, decision.html and decision-en.html): the decision, the
// applications it covers with their enterprises and amounts or the task it accepts, and the
// verification verdict as it was when exported.
#pragma once

#include "domain/decision.h"
#include "domain/errors.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::interchange {

struct DecisionDocumentRow {
    domain::ApplicationId application_id = 0;
    std::string enterprise_name;
    std::string tax_code;
    std::string title;
    domain::Money approved_amount;
};

// What a task acceptance decision issues, for its readable forms: the task and the council's
// evaluation, as labels ready to print.
struct DecisionDocumentTask {
    std::string code;
    std::string title;
    std::string level;       // "Cấp tỉnh"
    std::string award_mode;  // "Đặt hàng"
    std::string lead_name;
    std::string principal_investigator;
    std::string contract_number;
    domain::Money state_budget;
    std::string council;
    domain::CalendarDate held_on;
    std::string result;  // "Đạt" / "Passed"
    std::string result_en;
    std::string minutes_number;
    std::string level_en;  // "Provincial": the English rendering's (the printed decision-en.pdf)
    std::string award_mode_en;
};

struct DecisionDocument {
    domain::Decision decision;
    std::vector<DecisionDocumentRow> rows;     // the applications of an approval or refusal
    std::optional<DecisionDocumentTask> task;  // the task of a task acceptance
    std::string supersedes_number;             // empty when it supersedes nothing
    std::string verdict;                       // "valid", "invalid", "indeterminate", "draft", "recorded"
    std::string reason;
    domain::LocalisedText explanation;
    std::string signer_subject;
    std::int64_t exported_at_unix = 0;
    // The zone its times are written in: the department's (Clock::Zone).
    domain::TimeZonePtr zone = domain::VietnamTimeZone();
};

}  // namespace innodesk::interchange
