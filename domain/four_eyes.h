// The four-eyes rule on trust and signers: which changes need a second administrator's
// confirmation, the department's explicit one-person rule, and applying a change (with its audit
// entry) the same way whether it is applied at once or on confirmation.
#pragma once

#include "actor.h"
#include "calendar_date.h"
#include "canonical_json.h"
#include "errors.h"
#include "pending_change.h"
#include "store.h"
#include "user.h"

#include <optional>
#include <string>

namespace innodesk::domain {

// "on": the department has one administrator, who changes trust and signers alone. It can be set
// at once only while there is exactly one active administrator (otherwise by confirmation), and it
// holds only while that stays so: a second active administrator brings the four eyes back.
inline constexpr const char* kSettingOnePersonRule = "one_person_rule";

int ActiveAdministrators(Transaction& tx);
// The one-person rule is configured and the department has exactly one active administrator.
bool OnePersonRuleApplies(Transaction& tx);
// Settings that change who signs or what a signed document names as signer or proposer.
bool IsSigningSetting(const std::string& key);
// True when `change` may not take effect without a second administrator's confirmation.
bool NeedsSecondAdministrator(Transaction& tx, const ProposedChange& change);
// Refuses (PermissionDenied) a change that needs a second administrator: for the services' methods
// that apply a change at once.
void RequireNoSecondAdministrator(Transaction& tx, const ProposedChange& change);

// Refuses a change that would leave no active administrator.
void RequireAnotherAdmin(Transaction& tx, const User& changed);

// What applying a change made: the user (without the password hash), the certificate or the item.
struct AppliedChange {
    std::optional<User> user;
    std::optional<EnrolledCertificate> certificate;
    std::optional<TrustItem> trust_item;
};

// Applies `change` in `tx` with the rules checked now (the user exists, the certificate is not
// enrolled for someone else, the trust item is new ...) and records its audit entry as `actor`'s.
AppliedChange ApplyChange(Transaction& tx, const Clock& clock, const Actor& actor,
                          const ProposedChange& change);

// One line saying what the change does, for lists and the confirmer.
LocalisedText DescribeChange(const ProposedChange& change);
// The change for the audit trail; never the password hash.
JsonValue AuditView(const ProposedChange& change);

}  // namespace innodesk::domain
