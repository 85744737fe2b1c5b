// The department's own certificate (the organisation's key, on a token or a file held by the
// records clerk), with which the clerk seals the decisions it issues. Enrolled as a signing
// setting, so that it takes a second administrator's confirmation as an approver's certificate
// does (four_eyes.h); its history is the audit trail of that setting.
#pragma once

#include "pending_change.h"
#include "store.h"

#include <cstdint>
#include <optional>
#include <string>

namespace innodesk::domain {

inline constexpr const char* kSettingOrganisationCertificate = "organisation_certificate";

struct OrganisationCertificate {
    std::string fingerprint;  // lower-case hex SHA-256 of the DER certificate
    std::string subject;      // RFC 2253, for display
    std::int64_t valid_from_unix = 0;
    std::int64_t valid_until_unix = 0;
};

// The setting's value: "FINGERPRINT<TAB>VALID_FROM<TAB>VALID_UNTIL<TAB>SUBJECT" (unix seconds).
std::string OrganisationCertificateValue(const OrganisationCertificate& certificate);
// Nullopt when `value` is not such a line (a fingerprint of 64 lower-case hex digits, two numbers,
// a subject without tabs or line feeds).
std::optional<OrganisationCertificate> ParseOrganisationCertificate(const std::string& value);
// The proposal that enrols `certificate` as the organisation's.
ProposedChange EnrolOrganisationCertificateChange(const OrganisationCertificate& certificate);

// The organisation certificate enrolled now, if any.
std::optional<OrganisationCertificate> EnrolledOrganisationCertificate(Transaction& tx);
// True when `fingerprint` was the enrolled organisation certificate at `at_unix`, by the audit
// trail of the setting (enrolled at or before it, not replaced before it).
bool WasOrganisationCertificate(Transaction& tx, const std::string& fingerprint, std::int64_t at_unix);

}  // namespace innodesk::domain
