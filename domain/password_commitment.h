// How the audit trail commits to a password hash without recording it: a user's audit view holds
// the SHA-256 of the stored hash string, so that reconciliation (app/reconciliation.h) names a hash
// replaced behind InnoDesk's back, while a reader of the trail gets nothing to attack offline (the
// digest hides the salt along with the hash).
#pragma once

#include "sha256.h"

#include <string>
#include <string_view>

namespace innodesk::domain {

// The field of a user's audit view (and of a rehash entry) holding the commitment; present when
// the user has a password. Entries written before it existed lack it.
inline constexpr std::string_view kPasswordCommitmentField = "credential_sha256";

inline std::string PasswordCommitment(const std::string& password_hash) {
    return Sha256Hex(password_hash);
}

}  // namespace innodesk::domain
