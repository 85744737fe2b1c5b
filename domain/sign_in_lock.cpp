// Sign-in lock rule.
#include "sign_in_lock.h"

#include <deque>

namespace innodesk::domain {
namespace {

bool Resets(const AuditEntry& entry) {
    return entry.action == kAuditSignInAfterFailures || entry.action == kAuditUnlock;
}

}  // namespace

std::optional<std::int64_t> LockedUntil(const std::vector<AuditEntry>& recent, std::int64_t now) {
    std::deque<std::int64_t> window;  // times of the failures within 15 minutes of the latest
    std::optional<std::int64_t> until;
    for (const auto& entry : recent) {
        if (Resets(entry)) {
            window.clear();
            until.reset();
            continue;
        }
        if (entry.action != kAuditSignInFailed) continue;
        window.push_back(entry.at_unix);
        while (window.front() < entry.at_unix - kSignInFailureWindowSeconds) window.pop_front();
        if (static_cast<int>(window.size()) >= kSignInFailuresBeforeLock)
            until = entry.at_unix + kSignInLockSeconds;
    }
    if (until && *until > now) return until;
    return std::nullopt;
}

int FailuresSinceReset(const std::vector<AuditEntry>& recent) {
    int failures = 0;
    for (const auto& entry : recent) {
        if (Resets(entry)) failures = 0;
        if (entry.action == kAuditSignInFailed) ++failures;
    }
    return failures;
}

}  // namespace innodesk::domain
