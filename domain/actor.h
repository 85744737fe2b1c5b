// Who is acting: a signed-in user with one role. Services take the Actor and check the role
// themselves; the name is what histories and the audit trail record.
#pragma once

#include "role.h"

#include <cstdint>
#include <initializer_list>
#include <string>

namespace innodesk::domain {

using UserId = std::int64_t;

struct Actor {
    std::string user_name;
    Role role = Role::Viewer;
    UserId user_id = 0;  // 0 for the system itself (migrations, the first administrator)
};

// Throws PermissionDenied naming the action and the roles that may do it.
// `action_vi` / `action_en` complete "… may not <action>", e.g. "phê duyệt quyết định".
void RequireRole(const Actor& actor, std::initializer_list<Role> allowed, const char* action_vi,
                 const char* action_en);

}  // namespace innodesk::domain
