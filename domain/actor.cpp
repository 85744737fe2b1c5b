// Role checks.
#include "actor.h"

#include "errors.h"

#include <algorithm>

namespace innodesk::domain {

void RequireRole(const Actor& actor, std::initializer_list<Role> allowed, const char* action_vi,
                 const char* action_en) {
    if (std::find(allowed.begin(), allowed.end(), actor.role) != allowed.end()) return;
    std::string roles_vi;
    std::string roles_en;
    for (const Role role : allowed) {
        const auto& entry = EntryOf(Roles(), role);
        roles_vi += (roles_vi.empty() ? "" : ", ") + std::string(entry.vi);
        roles_en += (roles_en.empty() ? "" : ", ") + std::string(entry.en);
    }
    const auto& mine = EntryOf(Roles(), actor.role);
    throw DomainError(ErrorCode::PermissionDenied,
                      {"Người dùng " + actor.user_name + " (vai trò " + std::string(mine.vi) +
                           ") không được " + action_vi + ". Chỉ vai trò: " + roles_vi + ".",
                       "User " + actor.user_name + " (role " + std::string(mine.en) + ") may not " +
                           action_en + ". Only: " + roles_en + "."},
                      "role");
}

}  // namespace innodesk::domain
