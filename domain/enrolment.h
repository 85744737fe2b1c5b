// Whether a certificate was the one enrolled for a user at a given moment: how a signature is tied
// to the account that made it, for decisions and for audit checkpoints alike.
#pragma once

#include "store.h"

#include <cstdint>
#include <string>

namespace innodesk::domain {

// True when `fingerprint` was bound to the user named `user` at `at_unix` (bound at or before it,
// and not unbound before it).
bool WasEnrolled(Transaction& tx, const std::string& user, const std::string& fingerprint,
                 std::int64_t at_unix);

}  // namespace innodesk::domain
