// Issue payload.
#include "issue_payload.h"

#include "canonical_json.h"

namespace innodesk::domain {

std::string IssuePayload(const IssuePayloadFields& fields) {
    return JsonValue(JsonValue::Object{
                         {"format", kIssuePayloadFormat},
                         {"approver_payload", fields.approver_payload},
                         {"approver_signature_sha256", fields.approver_signature_sha256},
                         {"number", fields.number},
                         {"issued_on", fields.issued_on.Iso()},
                         {"clerk", fields.clerk_user},
                         {"organisation_certificate_sha256", fields.organisation_certificate_sha256},
                     })
        .Canonical();
}

}  // namespace innodesk::domain
