// The canonical byte form of a decision's issue: what the organisation certificate signs when the
// records clerk issues a signed decision, and what verification rebuilds from the stored records.
// Specified in docs/SIGNATURES.md; a new form gets a new "format" value.
#pragma once

#include "calendar_date.h"

#include <string>

namespace innodesk::domain {

inline constexpr const char* kIssuePayloadFormat = "innodesk-decision-issue/1";

struct IssuePayloadFields {
    std::string approver_payload;           // the exact bytes the approver signed (decision_payload.h)
    std::string approver_signature_sha256;  // lower-case hex SHA-256 of the approver's CMS (DER)
    std::string number;                     // "126/QĐ-SKHCN"
    CalendarDate issued_on;
    std::string clerk_user;
    std::string organisation_certificate_sha256;
};

// Canonical JSON (canonical_json.h), UTF-8: {"approver_payload": the approver's bytes as a string,
// "approver_signature_sha256", "clerk", "format", "issued_on" (yyyy-mm-dd), "number",
// "organisation_certificate_sha256"}. The approver's payload stays as signed; the issue adds the
// number, the date and a hash binding it to that very signature.
std::string IssuePayload(const IssuePayloadFields& fields);

}  // namespace innodesk::domain
