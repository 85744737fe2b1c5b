// SHA-256 in the standard library alone, for the few digests the domain writes itself: the audit
// trail's commitment to a password hash (audit_views.cpp), which lets reconciliation notice a hash
// replaced behind InnoDesk's back without ever recording the hash. The audit chain's own hash
// comes from the storage layer (signing::Sha256Hex), as before.
#pragma once

#include <string>
#include <string_view>

namespace innodesk::domain {

// Lower-case hex SHA-256 of `bytes` (FIPS 180-4).
std::string Sha256Hex(std::string_view bytes);

}  // namespace innodesk::domain
