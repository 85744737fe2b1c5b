// When repeated failed sign-ins lock an account. Read from the audit trail rather than kept in a
// column of its own: every failed sign-in is an audit entry anyway, and the hash chain makes the
// count tamper-evident (deleting failures to lift a lock breaks the chain).
#pragma once

#include "audit.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace innodesk::domain {

inline constexpr int kSignInFailuresBeforeLock = 5;
inline constexpr std::int64_t kSignInFailureWindowSeconds = 15 * 60;
inline constexpr std::int64_t kSignInLockSeconds = 15 * 60;

// Audit actions of the sign-in and its lock.
inline constexpr const char* kAuditSignInFailed = "user.sign_in_failed";
inline constexpr const char* kAuditSignInAfterFailures =
    "user.sign_in";  // a success that ends a run of failures
inline constexpr const char* kAuditUnlock = "user.unlock";
inline constexpr const char* kAuditRehashPassword = "user.rehash_password";

// How far back LockedUntil needs the account's entries: a lock that may still hold began at most
// kSignInLockSeconds ago, with its failures at most kSignInFailureWindowSeconds before that.
inline constexpr std::int64_t kSignInHistorySeconds = kSignInFailureWindowSeconds + kSignInLockSeconds;

// Until when the account is locked at `now`, given its audit entries since now - kSignInHistorySeconds
// in seq order: each failure that is the 5th (or later) within 15 minutes since the last successful
// sign-in or unlock locks the account for 15 minutes from that failure. Failures while locked count
// too, so that guessing on at that pace keeps it locked. Empty when not locked.
std::optional<std::int64_t> LockedUntil(const std::vector<AuditEntry>& recent, std::int64_t now);

// Failed sign-ins since the last successful sign-in or unlock among `recent`; a success after
// any is recorded, so that the next failures start a new count.
int FailuresSinceReset(const std::vector<AuditEntry>& recent);

}  // namespace innodesk::domain
