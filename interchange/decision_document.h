// The readable form of a decision for export: a self-contained HTML page (print it to PDF from any
// browser) in Vietnamese with the English beside it, the applications it covers with their
// enterprises and amounts, and the verification verdict as it was when exported.
#pragma once

#include "domain/decision.h"
#include "domain/errors.h"

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

struct DecisionDocument {
    domain::Decision decision;
    std::vector<DecisionDocumentRow> rows;
    std::string supersedes_number;  // empty when it supersedes nothing
    std::string verdict;            // "valid", "invalid", "indeterminate", "draft", "recorded"
    std::string reason;
    domain::LocalisedText explanation;
    std::string signer_subject;
    std::int64_t exported_at_unix = 0;
    // The zone its times are written in: the department's (Clock::Zone).
    domain::TimeZonePtr zone = domain::VietnamTimeZone();
};

std::string DecisionHtml(const DecisionDocument& document);

}  // namespace innodesk::interchange
